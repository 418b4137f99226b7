// Hardening in Chromium, on the demo page with the strict CSP: XSS payloads in every text field,
// what leaves the page (requests, storage, console), and the submission faults a consulate's
// network produces. The test server accepts one application per idempotency key.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { launchChromium, openDemo, settle } from './helpers.js'
import { startServer } from '../../scripts/serve.js'
import { APPLICATIONS } from './fixtures.js'

const { today, cases } = APPLICATIONS
const BASE = cases.find((c) => c.name === 'base').data
const XSS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '<style>*{display:none}</style>',
  '<details open ontoggle=alert(1)>',
]
const TEXT_FIELDS = ['addresseePosition', 'addresseeName', 'purpose', 'givenNameLatin', 'givenNameCyrillic', 'surnameLatin', 'surnameCyrillic',
  'patronymicLatin', 'patronymicCyrillic', 'nationality', 'documentNumber', 'birthRegion', 'birthDistrict', 'birthAddress', 'previousIin']

let browser
let server
let url
// Accepted applications by idempotency key, and how the next request is answered.
const accepted = new Map()
const plan = []
// While set, every connection is dropped (Chromium retries a reset POST on its own).
let dropping = false
// Resolved when the server has finished answering a slow request (a lost answer's first try).
let slowAnswered = null

before(async () => {
  ;({ server, url } = await startServer({
    async handler(req, res) {
      if (req.url !== '/test/submit') return false
      const step = dropping ? 'drop' : (plan.shift() ?? 'ok')
      if (step === 'drop') {
        req.socket.destroy()
        return true
      }
      let body = ''
      for await (const chunk of req) body += chunk
      if (step === 'slow') await new Promise((r) => setTimeout(r, 800))
      const key = req.headers['idempotency-key']
      if (!accepted.has(key)) accepted.set(key, [])
      accepted.get(key).push(JSON.parse(body))
      res.writeHead(accepted.get(key).length === 1 ? 201 : 200, { 'content-type': 'application/json' }).end('{}')
      if (step === 'slow') slowAnswered?.resolve()
      return true
    },
  }))
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
  server?.close()
})

async function open() {
  const seen = { dialogs: [], console: [], requests: [], errors: [] }
  const { page, context } = await openDemo(browser, url, {
    today,
    watch(page) {
      page.on('dialog', (d) => {
        seen.dialogs.push(d.message())
        d.dismiss()
      })
      page.on('console', (m) => seen.console.push(m.text()))
      page.on('pageerror', (e) => seen.errors.push(String(e)))
    },
  })
  // Everything the page asks for from now on.
  page.on('request', (r) => seen.requests.push(`${r.method()} ${new URL(r.url()).pathname}`))
  return { page, context, seen }
}

const inShadow = (page, fn, arg) =>
  page.evaluate(([f, a]) => new Function('root', 'arg', `return (${f})(root, arg)`)(document.querySelector('kz-iin-application').shadowRoot, a), [fn.toString(), arg])

test('XSS payloads typed into every text field are shown as typed and never run', async () => {
  const { page, seen } = await open()
  for (const payload of XSS) {
    // Every text field at once: names and numbers fail (the summary quotes the character),
    // free text passes to the review step; both show the payload as text only.
    const result = await page.evaluate(
      ([base, fields, payload]) => {
        const app = document.querySelector('kz-iin-application')
        const root = app.shadowRoot
        app.reset()
        app.value = { ...base, ...Object.fromEntries(fields.map((f) => [f, payload])) }
        root.querySelector('form').requestSubmit()
        const summary = [...root.querySelectorAll('.summary li')].map((li) => li.textContent)
        // Free text only: the application is valid and reaches the review step.
        app.reset()
        app.value = { ...base, purpose: payload, birthAddress: payload, addresseeName: payload, birthRegion: payload }
        root.querySelector('form').requestSubmit()
        const review = [...root.querySelectorAll('dl.answers dd')].map((dd) => dd.textContent)
        const injected = root.querySelectorAll('script, img, iframe, svg, details, style:not([data-kz]), a[href^="javascript"]').length + document.querySelectorAll('body img, body script:not([src])').length
        return { summary, review, injected, reviewShown: !root.querySelector('[part=review]').hidden }
      },
      [BASE, TEXT_FIELDS, payload],
    )
    assert.equal(result.injected, 0, payload)
    assert.ok(result.summary.length > 0, `${payload}: the names refuse markup`)
    assert.equal(result.reviewShown, true, `${payload}: free text accepts it as text`)
    assert.equal(result.review.filter((t) => t === payload).length, 4, `${payload} shown as typed in the review`)
  }
  await settle(page)
  assert.deepEqual(seen.dialogs, [])
  assert.deepEqual(seen.errors, [])
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'no CSP violation')
})

test('privacy: during a whole application the page asks for nothing but the action, and stores nothing', async () => {
  const { page, context, seen } = await open()
  accepted.clear()
  await page.evaluate((base) => {
    const app = document.querySelector('kz-iin-application')
    app.value = base
    app.shadowRoot.querySelector('form').requestSubmit()
    app.shadowRoot.querySelector('.send').click()
  }, BASE)
  await page.waitForFunction(() => !document.querySelector('kz-iin-application').shadowRoot.querySelector('[part=confirmation]').hidden)
  assert.deepEqual(seen.requests, ['POST /test/submit'])
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    idb: (await indexedDB.databases()).length,
    caches: 'caches' in window ? (await caches.keys()).length : 0,
  }))
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0, idb: 0, caches: 0 })
  assert.deepEqual(await context.cookies(), [])
  const personal = [BASE.surnameLatin, BASE.surnameCyrillic, BASE.documentNumber, BASE.birthDate]
  assert.deepEqual(seen.console.filter((line) => personal.some((p) => line.includes(p))), [])
  assert.equal(accepted.size, 1)
})

async function fill(page) {
  await page.evaluate((base) => {
    const app = document.querySelector('kz-iin-application')
    app.value = base
    app.shadowRoot.querySelector('form').requestSubmit()
  }, BASE)
}
const status = (page) => inShadow(page, (root) => root.querySelector('.status').textContent)
const failed = (page) => page.waitForFunction(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('.status.failed'))
const done = (page) => page.waitForFunction(() => !document.querySelector('kz-iin-application').shadowRoot.querySelector('[part=confirmation]').hidden)

test('a dropped connection, then going offline: every field kept, the person told in their language, retry works, one application per key', async () => {
  const { page, context } = await open()
  accepted.clear()
  await page.evaluate(() => document.querySelector('kz-iin-application').setAttribute('lang', 'ru'))
  await fill(page)
  // A broken connection: Chromium retries a reset POST by itself, so every attempt is dropped.
  dropping = true
  await inShadow(page, (root) => root.querySelector('.send').click())
  await failed(page)
  dropping = false
  assert.match(await status(page), /нет связи с сервером/)

  await context.setOffline(true)
  await inShadow(page, (root) => root.querySelector('.send').click())
  await page.waitForFunction(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('.send').disabled === false)
  // Offline is named as such: the person knows to wait for the connection, not to blame the server.
  assert.match(await status(page), /устройство не подключено к сети.*сохранены/)
  assert.equal(accepted.size, 0)
  assert.deepEqual(await page.evaluate(() => document.querySelector('kz-iin-application').value.surnameLatin), BASE.surnameLatin)

  await context.setOffline(false)
  await inShadow(page, (root) => root.querySelector('.send').click())
  await done(page)
  assert.equal(accepted.size, 1)
  assert.equal([...accepted.values()][0].length, 1)
})

test('a slow success and a second click: the server receives exactly one application', async () => {
  const { page } = await open()
  accepted.clear()
  await fill(page)
  plan.push('slow')
  await inShadow(page, (root) => {
    const send = root.querySelector('.send')
    send.click()
    send.click()
    setTimeout(() => send.click(), 100)
  })
  await done(page)
  assert.equal(accepted.size, 1)
  assert.equal([...accepted.values()][0].length, 1)
})

test('a retry after a lost answer reuses the key, so the server can tell it is the same application', async () => {
  const { page } = await open()
  accepted.clear()
  await page.evaluate(() => document.querySelector('kz-iin-application').setAttribute('timeout', '400'))
  await fill(page)
  // The server accepts it, but too slowly: the widget gives up and the person retries once
  // the server has stored the first try (so the retry is the repeat the key must catch).
  plan.push('slow')
  slowAnswered = {}
  slowAnswered.promise = new Promise((resolve) => (slowAnswered.resolve = resolve))
  await inShadow(page, (root) => root.querySelector('.send').click())
  await failed(page)
  await slowAnswered.promise
  assert.equal(accepted.size, 1, 'the first try was stored, though its answer came too late')
  await inShadow(page, (root) => root.querySelector('.send').click())
  await done(page)
  assert.equal(accepted.size, 1, 'one key')
  assert.equal([...accepted.values()][0].length, 2, 'received twice under that key: the server keeps one')
})
