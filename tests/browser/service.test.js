// The service as `npm start` runs it (target/server/kz-iin-server, on a SQLite file of its own),
// used as people would in Chromium: an application sent from the portal demo and one from the
// kiosk page are each stored once, and each person sees the receipt to say at the window.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawn, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { ROOT, launchChromium } from './helpers.js'

const { cases } = JSON.parse(readFileSync(new URL('../vectors/applications.json', import.meta.url), 'utf8'))

/** The base application with its document's dates around the day the test runs. */
function applicationForToday() {
  const day = (years) => {
    const d = new Date()
    d.setUTCFullYear(d.getUTCFullYear() + years)
    return d.toISOString().slice(0, 10)
  }
  return { ...cases.find((c) => c.name === 'base').data, documentIssueDate: day(-1), documentExpiryDate: day(5) }
}

let server
let url
let dir
let browser

/** Starts the service binary; resolves with the URL it prints. */
export function startService(databaseUrl, env = {}) {
  const child = spawn(join(ROOT, 'target/server/kz-iin-server'), ['serve'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', STATIC_ROOT: ROOT, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`kz-iin-server exited with ${code}`)))
    createInterface({ input: child.stdout }).once('line', (line) => {
      const match = /^kz-iin-server: (http:\/\/\S+)\/www\/$/.exec(line)
      if (match) resolve({ child, url: match[1] })
      else reject(new Error(`unexpected first line: ${line}`))
    })
  })
}

/** The rows of the SQLite file, read with Python's sqlite3 (no Node driver needed). */
function storedRows(file) {
  const script = 'import sqlite3, json, sys; c = sqlite3.connect(sys.argv[1]); print(json.dumps(c.execute("select receipt, institution, lang from applications order by receipt").fetchall()))'
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }))
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kz-iin-service-'))
  ;({ child: server, url } = await startService(`sqlite://${dir}/kz-iin.db`))
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
  server?.kill()
  rmSync(dir, { recursive: true, force: true })
})

/** Fills the widget on `page`, reviews and sends; the confirmation's receipt. */
async function send(page, lang) {
  await page.waitForSelector('kz-iin-application select[name=institution]')
  await page.evaluate(([data, lang]) => {
    const app = document.querySelector('kz-iin-application')
    app.setAttribute('lang', lang)
    app.value = data
    app.shadowRoot.querySelector('form').requestSubmit()
    app.shadowRoot.querySelector('.send').click()
  }, [applicationForToday(), lang])
  await page.waitForFunction(() => !document.querySelector('kz-iin-application').shadowRoot.querySelector('[part=confirmation]').hidden, null, { timeout: 15_000 })
  return page.evaluate(() => {
    const root = document.querySelector('kz-iin-application').shadowRoot
    return { number: root.querySelector('.receipt-number')?.textContent, text: root.querySelector('.receipt')?.textContent }
  })
}

test('an application sent from the portal demo and one from the kiosk page are each stored once, with a receipt on screen', async () => {
  const year = new Date().getUTCFullYear()
  const problems = []
  const context = await browser.newContext()
  const page = await context.newPage()
  page.on('pageerror', (e) => problems.push(String(e)))
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  await page.goto(`${url}/www/`)
  const portal = await send(page, 'ru')
  assert.equal(portal.number, `DEU-${year}-000001`)
  assert.match(portal.text, /Номер вашего заявления/)

  const kiosk = await context.newPage()
  kiosk.on('pageerror', (e) => problems.push(String(e)))
  await kiosk.goto(`${url}/www/kiosk.html`)
  const atKiosk = await send(kiosk, 'kk')
  assert.equal(atKiosk.number, `DEU-${year}-000002`)
  assert.match(atKiosk.text, /Өтінішіңіздің нөмірі/)

  assert.deepEqual(storedRows(join(dir, 'kz-iin.db')), [[`DEU-${year}-000001`, 'deu', 'ru'], [`DEU-${year}-000002`, 'deu', 'kk']])
  assert.deepEqual(problems, [])
  await context.close()
})
