// The service's events as a host's system receives them (issue 24): the release binary with
// WEBHOOK_URL pointing at a receiver here that refuses each event twice, then takes it. Every
// event arrives, once per id after deduplication, in order per application, and verifies with
// the Standard Webhooks reference library (npm `standardwebhooks`), written by others; a body
// changed by one character does not. A machine client's token decides without a cookie, and is
// 401 once revoked with `kz-iin-server token revoke`.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { createServer } from 'node:http'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Webhook } from 'standardwebhooks'
import { SERVER, startService } from './helpers.js'
import { APPLICATIONS } from './fixtures.js'

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
const { cases } = APPLICATIONS
const today = new Date().toISOString().slice(0, 10)

function applicationForToday(documentNumber) {
  const day = (years) => {
    const d = new Date()
    d.setUTCFullYear(d.getUTCFullYear() + years)
    return d.toISOString().slice(0, 10)
  }
  return { ...cases.find((c) => c.name === 'base').data, documentNumber, documentIssueDate: day(-1), documentExpiryDate: day(5) }
}

let dir
let service
let url
let receiver
const deliveries = []

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kz-iin-webhooks-'))
  receiver = createServer((request, response) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      const id = request.headers['webhook-id']
      const status = deliveries.filter((d) => d.id === id).length < 2 ? 500 : 200
      deliveries.push({ id, headers: { ...request.headers }, body, status })
      response.writeHead(status).end()
    })
  })
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  const hook = `http://127.0.0.1:${receiver.address().port}/events`
  ;({ child: service, url } = await startService(`sqlite://${dir}/kz-iin.db`, { WEBHOOK_URL: hook, WEBHOOK_SECRET: SECRET }))
})
after(() => {
  service?.kill()
  receiver?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** `kz-iin-server ARGS` on the test's database; its standard output. */
const command = (...args) =>
  execFileSync(SERVER, args, { env: { ...process.env, DATABASE_URL: `sqlite://${dir}/kz-iin.db` }, encoding: 'utf8' })

async function submit(key, body) {
  const response = await fetch(`${url}/api/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

const withToken = (token, path, body) =>
  fetch(`${url}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'en' },
    body: body && JSON.stringify(body),
  })

async function until(done, what) {
  for (let i = 0; i < 300; i++) {
    if (done()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  assert.fail(`not in 30 s: ${what}`)
}

test('every receipt and decision reaches the receiver, once per id, in order, verified by the Standard Webhooks library', async () => {
  const printed = command('token', 'add', '--institution', 'deu', '--scope', 'decide')
  const token = printed.trim().split('\n').at(-1)
  assert.match(token, /^kziin_[0-9a-f]{12}_[0-9a-f]{64}$/)

  const first = await submit('webhooks-1', applicationForToday('W1'))
  const second = await submit('webhooks-2', applicationForToday('W2'))
  assert.equal(first.status, 201)
  assert.equal(second.status, 201)
  // A retry under the same key: the same application, no second event.
  assert.equal((await submit('webhooks-1', applicationForToday('W1'))).status, 200)
  const certified = await withToken(token, `/api/staff/applications/${first.body.id}/certificate`, { iin: '960340000514', issueDate: today })
  assert.equal(certified.status, 201, await certified.text())

  const taken = () => deliveries.filter((d) => d.status === 200)
  await until(() => taken().length >= 3, 'three events taken')
  await new Promise((resolve) => setTimeout(resolve, 1500))
  // Deduplicated by webhook-id, as a receiver does: three events, each taken once.
  const ids = new Set(deliveries.map((d) => d.id))
  assert.equal(ids.size, 3)
  assert.equal(taken().length, 3)

  const wh = new Webhook(SECRET)
  const events = taken().map((d) => wh.verify(d.body, d.headers))
  assert.deepEqual(
    events.map((e) => [e.data.id, e.type]).sort(),
    [
      [first.body.id, 'application.certified'],
      [first.body.id, 'application.received'],
      [second.body.id, 'application.received'],
    ].sort(),
  )
  const received = events.find((e) => e.data.id === first.body.id && e.type === 'application.received')
  assert.deepEqual(received.data, { id: first.body.id, receipt: first.body.receipt, institution: 'deu' })
  // Every attempt, refused or taken, is signed; one character changed and it is not.
  for (const d of deliveries) assert.doesNotThrow(() => wh.verify(d.body, d.headers))
  const tampered = deliveries[0].body.replace('"application.', '"applicatioN.')
  assert.throws(() => wh.verify(tampered, deliveries[0].headers))
  assert.throws(() => new Webhook('whsec_' + Buffer.alloc(24, 7).toString('base64')).verify(deliveries[0].body, deliveries[0].headers))
  // In order per application: the certificate was first sent after the receipt was taken.
  const index = (pred) => deliveries.findIndex(pred)
  const receiptTaken = index((d) => d.status === 200 && d.body.includes(first.body.id) && d.body.includes('application.received'))
  const decisionFirstSent = index((d) => d.body.includes(first.body.id) && d.body.includes('application.certified'))
  assert.ok(decisionFirstSent > receiptTaken, `${decisionFirstSent} > ${receiptTaken}`)

  // The token, revoked, opens nothing.
  const id = /token ([0-9a-f]{12}) /.exec(printed)[1]
  assert.equal((await withToken(token, '/api/staff/applications')).status, 200)
  assert.match(command('token', 'revoke', id), /revoked/)
  assert.equal((await withToken(token, '/api/staff/applications')).status, 401)
  assert.match(command('token', 'list'), new RegExp(`^${id} deu decide made .* revoked `, 'm'))
  assert.match(command('events', 'status'), /0 events waiting, 0 given up on/)
})
