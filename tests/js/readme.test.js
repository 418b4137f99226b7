// The README's server example, run as written: a valid application is accepted (201) with its
// normalised value, an invalid one refused (422) with localized errors, garbage refused too.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { ROOT } from './helpers.js'

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const example = readme.split('### Re-check on the server')[1].match(/```js\n([\s\S]*?)```/)[1]
const { cases } = JSON.parse(readFileSync(new URL('../vectors/applications.json', import.meta.url), 'utf8'))

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })

test('the README server example accepts and refuses applications', async () => {
  const port = await freePort()
  const server = spawn(process.execPath, ['--input-type=module', '-e', example], { cwd: ROOT, env: { ...process.env, PORT: String(port) } })
  try {
    const post = async (body, lang = 'en') => {
      for (let i = 0; ; i++) {
        try {
          const r = await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', body, headers: { 'accept-language': lang } })
          return [r.status, await r.json()]
        } catch (e) {
          if (i > 50) throw e
          await new Promise((r) => setTimeout(r, 100))
        }
      }
    }
    // The example judges on the machine's date, so the document's dates are set around the day
    // the test runs: issued a year ago, expiring in five years.
    const day = (years) => {
      const d = new Date()
      d.setUTCFullYear(d.getUTCFullYear() + years)
      return d.toISOString().slice(0, 10)
    }
    const base = { ...cases.find((c) => c.name === 'base').data, documentIssueDate: day(-1), documentExpiryDate: day(5) }
    const [ok, accepted] = await post(JSON.stringify({ ...base, surnameLatin: '  Müller ' }))
    assert.equal(ok, 201)
    assert.equal(accepted.accepted.surnameLatin, 'Müller')
    const [bad, refused] = await post(JSON.stringify({ ...base, citizenship: 'KAZ' }), 'ru')
    assert.equal(bad, 422)
    assert.deepEqual(refused.errors.map((e) => e.code), ['citizenship_kaz'])
    assert.match(refused.errors[0].message, /иностранных граждан/)
    const [garbage, report] = await post('{not json')
    assert.equal(garbage, 422)
    assert.equal(report.errors[0].code, 'not_an_object')
  } finally {
    server.kill()
  }
})
