// The scenarios of tests/browser/scenarios.js in each of the three engines, on the demo and kiosk
// pages served with the strict policy, and axe-core in the empty, error, filled, review and kiosk
// states: no violation in any engine.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request, createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CSP, startServer } from '../../scripts/serve.js'
import { certifiedDocument, claim169, decidedDocument, startService } from './helpers.js'
import { DriverHang, ENGINES } from './engines.js'
import { SCENARIOS as WIDGET_SCENARIOS } from './scenarios.js'
import { SERVER_SCENARIOS } from './server-scenarios.js'
import { VERIFY_SCENARIOS } from './verify-scenarios.js'
import { AXE_SOURCE, BASE, MRZ, TODAY } from './fixtures.js'

const SCENARIOS = [...WIDGET_SCENARIOS, ...SERVER_SCENARIOS, ...VERIFY_SCENARIOS]

const AXE = AXE_SOURCE

let server
const ctx = {
  base: BASE,
  today: TODAY,
  zone: MRZ.cases.find((c) => c.name === 'germany-d'),
}
// What the test endpoint received, by token.
const received = new Map()
ctx.received = (token) => received.get(token) ?? []

// What goes wrong in a page, collected the same way in every engine (WebDriver classic has no
// event for it): a classic script the test server puts first in each page's <head>.
// The same script is the scenarios' page object: \`kz.app\` the application element, \`kz.root\` its
// shadow root, where everything a person sees of the form is.
const ERRORS_SCRIPT = `window.__kzErrors = []
addEventListener('error', (e) => __kzErrors.push(String(e.error?.stack ?? e.message)))
addEventListener('unhandledrejection', (e) => __kzErrors.push(String(e.reason?.stack ?? e.reason)))
document.addEventListener('securitypolicyviolation', (e) => __kzErrors.push(\`CSP: \${e.violatedDirective} \${e.blockedURI}\`))
window.kz = {
  get app() { return document.querySelector('kz-iin-application') },
  get root() { return document.querySelector('kz-iin-application')?.shadowRoot },
}`
const FRAME_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A narrow viewport</title></head><body><iframe id="frame" title="The page under test"></iframe></body></html>'
const withErrors = (html) => html.replace('<head>', '<head><script src="/test/errors.js"></script>')

const DOCUMENTS_PAGE = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>documents</title>
<script type="module" src="/test/documents-page.js"></script></head>
<body><kz-iin-certificate id="certificate" paper="A4"></kz-iin-certificate></body></html>`
const DOCUMENTS_SCRIPT = `import '/dist/elements/document-elements-define.js'
document.getElementById('certificate').data = {
  application: { surnameCyrillic: 'Мюллер', givenNameCyrillic: 'Анна', birthDate: '1990-05-17', birthCountry: 'DEU', birthAddress: 'München' },
  iin: '960340000514',
  issueDate: '2026-11-21',
}`

/**
 * A proxy in front of the service. `noscript`: every page's policy allows scripts from /test/
 * only (the tests' own: axe and the error collector, which the proxy serves), so the browser
 * runs none of the page's scripts, as when they fail to arrive. `gate`: the page's script
 * (www/apply.js, which imports the widget; www/verify.js) waits until `gate.open()`, so that a
 * test can type before the element upgrades, or see the verifier's page before its script.
 */
function proxy(target, { noscript = false, gate = null } = {}) {
  const server = createServer(async (req, res) => {
    if (gate && /\/www\/(apply|verify)\.js$/.test(req.url)) await gate.wait()
    if (req.url === '/test/errors.js' || req.url === '/test/axe.min.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(req.url === '/test/errors.js' ? ERRORS_SCRIPT : AXE)
      return
    }
    // Uncompressed, so that a page can have the error collector put in.
    const asked = { ...req.headers }
    delete asked['accept-encoding']
    const upstream = request(new URL(req.url, target), { method: req.method, headers: asked }, async (answer) => {
      const headers = { ...answer.headers }
      if (noscript && headers['content-security-policy']) headers['content-security-policy'] = headers['content-security-policy'].replace(/script-src [^;]*/, `script-src http://${req.headers.host}/test/`)
      // No cache across pages: each page must fetch (and so wait for) the script again.
      if (gate) headers['cache-control'] = 'no-store'
      if (!String(headers['content-type']).startsWith('text/html')) {
        res.writeHead(answer.statusCode, headers)
        answer.pipe(res)
        return
      }
      const chunks = []
      for await (const chunk of answer) chunks.push(chunk)
      const html = Buffer.concat(chunks).toString('utf8')
      delete headers['content-length']
      res.writeHead(answer.statusCode, headers).end(withErrors(html.replace('<!DOCTYPE html><html', '<!doctype html><html')))
    })
    req.pipe(upstream)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })))
}

/** A gate the proxy's requests for the pages' scripts wait at while it is shut. */
function scriptGate() {
  let shut = false
  let waiting = []
  return {
    shut: () => {
      shut = true
    },
    open: () => {
      shut = false
      for (const go of waiting) go()
      waiting = []
    },
    wait: () => (shut ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve()),
  }
}

let service
let proxies = []
let serviceDir

before(async () => {
  // The service as npm start runs it, on a SQLite file of its own; and the two proxies.
  serviceDir = mkdtempSync(join(tmpdir(), 'kz-iin-engines-'))
  service = await startService(`sqlite://${serviceDir}/kz-iin.db`, { LOG: 'warn' })
  ctx.service = service.url
  // A certificate the service signed, and a token a forger signed with a key of their own.
  const day = (days) => new Date(Date.now() + 864e5 * days).toISOString().slice(0, 10)
  const applicant = { ...ctx.base, documentIssueDate: day(-365), documentExpiryDate: day(5 * 365) }
  const { link } = await certifiedDocument(service.url, `sqlite://${serviceDir}/kz-iin.db`, applicant)
  const refusal = await decidedDocument(service.url, `sqlite://${serviceDir}/kz-iin.db`, { ...applicant, documentNumber: 'R7654321' }, { refusal: { reason: 'Паспорт недействителен', issueDate: day(0) } })
  const { token: forged } = claim169({ sign: { id: '960340000514', full_name: 'Müller Anna', date_of_birth: '1990-05-17', gender: 2 } })
  ctx.signed = { link, forged, refusal: { link: refusal.link, receipt: refusal.sent.receipt } }
  const gate = scriptGate()
  const noscript = await proxy(service.url, { noscript: true })
  const gated = await proxy(service.url, { gate })
  proxies = [noscript.server, gated.server]
  ctx.noscript = noscript.url
  ctx.gated = { url: gated.url, shut: gate.shut, open: gate.open }
  ;({ server, url: ctx.url } = await startServer({
    async handler(req, res) {
      const path = req.url.split('?')[0]
      if (path === '/test/axe.min.js' || path === '/test/errors.js') {
        res.writeHead(200, { 'content-type': 'text/javascript' }).end(path === '/test/errors.js' ? ERRORS_SCRIPT : AXE)
        return true
      }
      if (/^\/www\/[\w-]+\.html$/.test(path) && req.method === 'GET') {
        const html = readFileSync(new URL(`../..${path}`, import.meta.url), 'utf8')
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP, 'cache-control': 'no-cache' }).end(withErrors(html))
        return true
      }
      // A viewport narrower than an engine's window (tests/browser/engines.js): a frame for it.
      if (path === '/test/frame.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP }).end(FRAME_PAGE)
        return true
      }
      if (path === '/test/documents.html' || path === '/test/documents-page.js') {
        const html = path.endsWith('.html')
        res.writeHead(200, {
          'content-type': html ? 'text/html; charset=utf-8' : 'text/javascript',
          'content-security-policy': CSP,
        }).end(html ? withErrors(DOCUMENTS_PAGE) : DOCUMENTS_SCRIPT)
        return true
      }
      // /test/submit/fail-once/<token> answers 500 the first time, then 201; /ok/ at once.
      const failing = /^\/test\/submit\/(fail-once|ok)\/(\w+)$/.exec(path)
      if (failing && req.method === 'POST') {
        let body = ''
        for await (const chunk of req) body += chunk
        const token = failing[2]
        if (!received.has(token)) received.set(token, [])
        received.get(token).push({ key: req.headers['idempotency-key'], body: JSON.parse(body) })
        const first = failing[1] === 'fail-once' && received.get(token).length === 1
        res.writeHead(first ? 500 : 201, { 'content-type': 'application/json' }).end(first ? '{}' : JSON.stringify({ id: token, receipt: `DEU-2026-${token}` }))
        return true
      }
      return false
    },
  }))
})
after(() => {
  server?.close()
  for (const p of proxies) p.close()
  service?.child.kill()
  if (serviceDir) rmSync(serviceDir, { recursive: true, force: true })
})

// While working on one engine or scenario: KZ_ENGINES=firefox,webkit KZ_SCENARIO=sending.
const engines = Object.entries(ENGINES).filter(([key]) => !process.env.KZ_ENGINES || process.env.KZ_ENGINES.split(',').includes(key))
const scenarios = SCENARIOS.filter((s) => !process.env.KZ_SCENARIO || s.name.includes(process.env.KZ_SCENARIO))

// A scenario's time limit (its own `limit`, in ms, where it waits on purpose) and an engine's: a
// scenario that overruns fails with its name. A driver that stops answering a command
// (DriverHang: the engine's fault, not the page's) is started again and the scenario run once
// more, said in the output; a second hang fails the scenario.
const SCENARIO_LIMIT_MS = 120_000
const ENGINE_LIMIT_MS = 20 * 60_000

function within(ms, what, promise) {
  let timer
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms)
  })
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer))
}

for (const [key, launch] of engines) {
  test(`${key}: every scenario, and axe in every state`, { timeout: ENGINE_LIMIT_MS }, async (t) => {
    let browser = await launch()
    t.diagnostic(`${browser.name}: ${browser.version}`)
    // The pages a scenario opened, closed after it whatever happened (WebKitWebDriver holds one
    // session at a time: a page left open would fail every scenario after it).
    let pages = []
    const engine = {
      name: browser.name,
      async open(options) {
        const page = await browser.open(options)
        pages.push(page)
        return page
      },
    }
    const axeCounts = {}
    const attempt = async (scenario) => {
      try {
        await within(scenario.limit ?? SCENARIO_LIMIT_MS, `${browser.name}: "${scenario.name}"`, scenario.run(engine, ctx, axeCounts))
        // (A page whose scripts are blocked on purpose has no collector either.)
        for (const page of pages) assert.deepEqual(await page.run(() => window.__kzErrors ?? []), [], 'no error in the page')
      } finally {
        for (const page of pages) await page.close().catch(() => {})
        pages = []
      }
    }
    try {
      for (const scenario of scenarios) {
        const skip = scenario.engines && !scenario.engines.includes(browser.name) ? `not in ${browser.name}: see the scenario` : false
        const limit = scenario.limit ?? SCENARIO_LIMIT_MS
        await t.test(`${browser.name}: ${scenario.name}`, { skip, timeout: 2 * limit + 4 * 60_000 }, async (st) => {
          try {
            await attempt(scenario)
          } catch (e) {
            if (!(e instanceof DriverHang)) throw e
            st.diagnostic(`${e.message}: ${browser.name} started again, and the scenario run once more`)
            await browser.close().catch(() => {})
            browser = await launch()
            await attempt(scenario)
          }
        })
      }
      const ran = scenarios.filter((s) => !s.engines || s.engines.includes(browser.name)).length
      t.diagnostic(`${browser.name}: ${ran} scenarios; axe violations ${JSON.stringify(axeCounts)}`)
      if (scenarios.length < SCENARIOS.length) return
      assert.deepEqual(Object.keys(axeCounts).sort(), ['empty', 'error', 'filled', 'kiosk', 'review'])
      for (const [state, count] of Object.entries(axeCounts)) assert.equal(count, 0, `${browser.name}: axe in the ${state} state`)
    } finally {
      await browser.close().catch(() => {})
    }
  })
}
