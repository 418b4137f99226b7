// The browser entry in Debian's Chromium: a plain <script type="module"> page, served with the
// strict CSP (script-src 'self' 'wasm-unsafe-eval'), initialises the module by itself.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { launchChromium } from './helpers.js'
import { startServer } from '../../scripts/serve.js'

let browser
let server
let url

before(async () => {
  ;({ server, url } = await startServer())
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
  server?.close()
})

async function openDemo() {
  const context = await browser.newContext()
  const page = await context.newPage()
  const problems = []
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  page.on('pageerror', (e) => problems.push(String(e)))
  const requests = []
  page.on('request', (r) => requests.push(new URL(r.url()).pathname))
  await page.goto(`${url}/www/index.html`)
  // The demo is ready once the application widget has rendered (the page settles then).
  await page.waitForSelector('kz-iin-application select[name=institution]')
  await page.evaluate(() => {
    window.violations = []
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective))
  })
  return { page, problems, requests }
}

test('the demo page checks a number with the WebAssembly core, under a strict CSP', async () => {
  const { page, problems, requests } = await openDemo()
  await page.fill('#number', '9603 4000 0514')
  await page.click('#check button[type=submit]')
  await page.waitForFunction(() => document.getElementById('result').textContent !== '')
  assert.equal(await page.textContent('#result'), '✓ 960340000514')

  await page.selectOption('#lang', 'kk')
  await page.fill('#number', '960340000515')
  await page.press('#number', 'Enter')
  await page.waitForFunction(() => document.getElementById('result').dataset.valid === 'false')
  assert.equal(await page.textContent('#result'), 'ЖСН қате енгізілген: бақылау разряды сәйкес келмейді. Әр цифрды тексеріңіз')

  assert.ok(requests.includes('/dist/pkg/iin/kz_iin_bg.wasm') && requests.includes('/dist/pkg/form/kz_iin_bg.wasm'), requests.join(' '))
  // A portal's form has no MRZ panel, so the MRZ reader's module is never downloaded.
  assert.ok(!requests.some((r) => r.includes('mrz')), requests.join(' '))
  assert.deepEqual(await page.evaluate(() => window.violations), [])
  assert.deepEqual(problems, [])
})

test('the same module gives the same answers in the browser as in Node', async () => {
  const { page } = await openDemo()
  const inBrowser = await page.evaluate(async () => {
    const kz = await import('/dist/index.js')
    return [kz.validateIin('900101300811'), kz.validateIin('\u202e1', { lang: 'ru' }), kz.formIin('83071735086'), [...kz.validateMany('1\n960340000514')]]
  })
  const kz = await import('kz-iin')
  assert.deepEqual(inBrowser, [kz.validateIin('900101300811'), kz.validateIin('\u202e1', { lang: 'ru' }), kz.formIin('83071735086'), [...kz.validateMany('1\n960340000514')]])
})

test('the widget with its mrz attribute loads the MRZ reader when it shows the panel, and reads a zone', async () => {
  const { page, problems, requests } = await openDemo()
  assert.ok(!requests.some((r) => r.includes('mrz')), 'not before the panel is shown')
  await page.evaluate(() => document.getElementById('application').setAttribute('mrz', ''))
  await page.evaluate(() => {
    const zone = document.getElementById('application').shadowRoot.getElementById('kz-mrz')
    zone.value = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10'
    zone.dispatchEvent(new Event('input', { bubbles: true }))
  })
  await page.waitForFunction(() => document.getElementById('application').shadowRoot.querySelector('[name=surnameLatin]').value === 'ERIKSSON')
  assert.ok(requests.includes('/dist/pkg/mrz/kz_iin_bg.wasm'), requests.join(' '))
  assert.deepEqual(problems, [])
})

test('when the MRZ reader cannot be loaded, a scanned zone says so and fills nothing', async () => {
  const { page, problems } = await openDemo()
  await page.route('**/dist/mrz.js', (route) => route.abort('internetdisconnected'))
  await page.evaluate(() => document.getElementById('application').setAttribute('mrz', ''))
  await page.evaluate(() => {
    const zone = document.getElementById('application').shadowRoot.getElementById('kz-mrz')
    zone.value = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10'
    zone.dispatchEvent(new Event('input', { bubbles: true }))
  })
  await page.waitForFunction(() => !document.getElementById('application').shadowRoot.getElementById('kz-mrz-error').hidden)
  const shown = await page.evaluate(() => {
    const root = document.getElementById('application').shadowRoot
    return { code: root.getElementById('kz-mrz-error').dataset.code, text: root.getElementById('kz-mrz-error').textContent, surname: root.querySelector('[name=surnameLatin]').value }
  })
  assert.equal(shown.code, 'mrz_unavailable')
  assert.match(shown.text, /could not be loaded/)
  assert.equal(shown.surname, '', 'nothing is filled')
  // Back online, the next zone loads the reader and is read.
  await page.unroute('**/dist/mrz.js')
  await page.evaluate(() => {
    const zone = document.getElementById('application').shadowRoot.getElementById('kz-mrz')
    zone.dispatchEvent(new Event('input', { bubbles: true }))
  })
  await page.waitForFunction(() => document.getElementById('application').shadowRoot.querySelector('[name=surnameLatin]').value === 'ERIKSSON')
  assert.deepEqual(problems.filter((p) => !/Failed to load|ERR_INTERNET_DISCONNECTED|mrz\.js/.test(p)), [])
})
