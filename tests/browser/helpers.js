// Shared by the browser tests: Debian's Chromium via playwright-core, and the demo page opened
// for a test. Paths and vectors come from tests/js/helpers.js.
import { execFileSync, spawn } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { ROOT } from '../js/helpers.js'

export { ROOT, publishedBins, qrCodesIn, qrCodesInImage, tempDir, vectors } from '../js/helpers.js'

// Never download a browser: Debian's chromium, with the flags that keep it off the network.
export async function launchChromium() {
  const { chromium } = await import('playwright-core')
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  })
}

/**
 * Opens the demo page once the application widget has rendered, with the widget posting to
 * `/test/submit` on the day `today`, and CSP violations collected in `window.violations`.
 * `watch(page)` runs before the page loads (to attach listeners).
 */
export async function openDemo(browser, url, { today, bypassCSP = false, watch } = {}) {
  const context = await browser.newContext({ bypassCSP, viewport: { width: 1000, height: 900 } })
  const page = await context.newPage()
  watch?.(page)
  await page.goto(`${url}/www/index.html`)
  await page.waitForSelector('kz-iin-application select[name=institution]')
  await page.evaluate((day) => {
    window.violations = []
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective))
    const app = document.querySelector('kz-iin-application')
    app.setAttribute('today', day)
    app.setAttribute('action', '/test/submit')
  }, today)
  return { page, context }
}

/**
 * Waits for what injected markup could have set going (an image's error handler, a frame's load)
 * to have had its turn: a sentinel image of our own asks the server for a missing file, and its
 * error event comes after those of any image requested before it; then two frames pass. An event
 * to wait for, not a fixed time.
 */
export function settle(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const img = new Image()
        img.onload = img.onerror = () => requestAnimationFrame(() => requestAnimationFrame(resolve))
        img.src = `/kz-iin-settle-${Math.random().toString(36).slice(2)}.png`
      }),
  )
}

/** Starts recording the widget's events (they bubble and are composed) into `window.kzEvents`. */
export function recordEvents(page, types = ['kz-iin-submit', 'kz-iin-invalid', 'kz-iin-sent', 'kz-iin-mrz', 'kz-iin-reset']) {
  return page.evaluate((types) => {
    window.kzEvents = []
    for (const type of types) document.addEventListener(type, (e) => window.kzEvents.push({ type, detail: JSON.parse(JSON.stringify(e.detail)) }))
  }, types)
}

/** The events recorded since `recordEvents`, of one type. */
export const eventsOf = (page, type) => page.evaluate((type) => window.kzEvents.filter((e) => e.type === type).map((e) => e.detail), type)

/** The service as `npm start` builds it. */
export const SERVER = join(ROOT, 'target/server/kz-iin-server')

/**
 * The six digits an authenticator app shows for a base32 TOTP secret at `at` (RFC 6238:
 * HMAC-SHA-1 of the 30-second step), written here apart from the service's own, as an app is.
 */
export function totpCode(secret, at = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  const bits = [...secret.replace(/=+$/, '')].map((c) => alphabet.indexOf(c).toString(2).padStart(5, '0')).join('')
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)))
  const step = Buffer.alloc(8)
  step.writeBigUInt64BE(BigInt(Math.floor(at / 30000)))
  const mac = createHmac('sha1', key).update(step).digest()
  const offset = mac[19] & 15
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1e6).padStart(6, '0')
}

/** The secret of an `otpauth://` URI a command printed. */
export const secretOf = (text) => /otpauth:\/\/totp\/\S*[?&]secret=([A-Z2-7]+)/.exec(text)?.[1]

/**
 * Starts the service binary; resolves with the URL it prints, and the demo officer's login,
 * password and second factor's secret when it printed them.
 */
export function startService(databaseUrl, env = {}) {
  const child = spawn(SERVER, ['serve'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', STATIC_ROOT: ROOT, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let officer = null
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`kz-iin-server exited with ${code}`)))
    createInterface({ input: child.stdout }).on('line', (line) => {
      const printed = /demo officer for \w+: login (\S+), password (\S+) /.exec(line)
      if (printed) officer = { login: printed[1], password: printed[2], secret: secretOf(line) }
      const match = /^kz-iin-server: (http:\/\/\S+)\/www\/$/.exec(line)
      if (match) resolve({ child, url: match[1], demo: officer })
    })
  })
}

/** The rows of the SQLite file, read with Python's sqlite3 (no Node driver needed). */
export function storedRows(file) {
  const script = 'import sqlite3, json, sys; c = sqlite3.connect(sys.argv[1]); print(json.dumps(c.execute("select receipt, institution, lang from applications order by receipt").fetchall()))'
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }))
}

/** MOSIP's Claim 169 decoder from PyPI (tests/browser/claim169_reader.py): one JSON request, one answer. */
export function claim169(request) {
  const python = join(ROOT, '.venv/bin/python')
  return JSON.parse(execFileSync(python, [join(ROOT, 'tests/browser/claim169_reader.py')], { input: JSON.stringify(request), encoding: 'utf8' }))
}

/** The token of a `/verify#…` link, as the core reads it (percent-decoded). */
export const tokenOf = (link) => decodeURIComponent(link.slice(link.indexOf('#') + 1))

/** The document's `/verify#…` link, from the HTML the service prints (its second QR code's). */
export function verifyLinkIn(html) {
  const link = /<a href="([^"]*\/verify#[^"]*)"/.exec(html)?.[1]
  if (!link) throw new Error('no /verify link in the document')
  return link.replaceAll('&amp;', '&')
}

/**
 * A certificate decided and printed by the running service at `url` (its database at
 * `databaseUrl`), through the officers' API with a bearer token: the application as sent, the
 * document's HTML and its `/verify#…` link.
 */
export async function certifiedDocument(url, databaseUrl, application, iin = '960340000514') {
  return decidedDocument(url, databaseUrl, application, { certificate: { iin, issueDate: new Date().toISOString().slice(0, 10) } })
}

/**
 * An application sent and decided by the running service, through the officers' API with a
 * bearer token: `decision` is `{ certificate: body }` or `{ refusal: body }`. The application as
 * sent (`{ id, receipt }`), the document's HTML and its `/verify#…` link.
 */
export async function decidedDocument(url, databaseUrl, application, decision) {
  const [kind, body] = Object.entries(decision)[0]
  const key = `doc-${kind}-${application.documentNumber}`
  const token = execFileSync(SERVER, ['token', 'add', '--institution', application.institution, '--scope', 'decide'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  }).trim().split('\n').at(-1)
  const call = async (path, body) => {
    const response = await fetch(`${url}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    })
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
    return response
  }
  const sent = await (await fetch(`${url}/api/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(application),
  })).json()
  await call(`/api/staff/applications/${sent.id}/${kind}`, body)
  const html = await (await call(`/api/staff/applications/${sent.id}/document`)).text()
  return { sent, html, link: verifyLinkIn(html) }
}
