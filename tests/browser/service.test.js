// The service as `npm start` runs it (target/server/kz-iin-server, on a SQLite file of its own,
// with its demo officer), used as people would in Chromium: an application sent from the portal
// demo and one from the kiosk page are each stored once, and each person sees the receipt to say
// at the window; an officer signs in, finds an application by its receipt, issues the
// certificate and prints it to PDF, whose QR code reads back as the IIN; an officer of another
// institution cannot see it; axe finds nothing on the officers' pages.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SERVER, claim169, decidedDocument, launchChromium, qrCodesIn, qrCodesInImage, secretOf, startService, storedRows, tokenOf, totpCode } from './helpers.js'
import { APPLICATIONS, axeInPlaywright } from './fixtures.js'


const { cases } = APPLICATIONS

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
let demo
let dir
let browser
// The certificate the officer printed: its QR code's link and token.
let signed

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kz-iin-service-'))
  ;({ child: server, url, demo } = await startService(`sqlite://${dir}/kz-iin.db`, { DEMO_OFFICER: 'deu' }))
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
  // The confirmation, then the access code under its receipt (a module loaded once one came).
  await page.waitForFunction(() => !!document.querySelector('kz-iin-application').shadowRoot.querySelector('[part=confirmation]:not([hidden]) .access-code'), null, { timeout: 15_000 })
  return page.evaluate(() => {
    const root = document.querySelector('kz-iin-application').shadowRoot
    return {
      number: root.querySelector('.receipt-number')?.textContent,
      text: root.querySelector('.receipt')?.textContent,
      code: root.querySelector('.access-code')?.textContent,
      status: root.querySelector('.access a')?.href,
    }
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
  // The access code beside it, and the status page's link; with both, the status.
  assert.match(portal.code, /^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){2}$/)
  assert.equal(portal.status, `${url}/status?receipt=${portal.number}`)
  // And that link as a QR code, named for screen readers, which a phone reads off the screen.
  const qr = page.locator('kz-iin-application .access svg[role=img]')
  assert.equal(await qr.getAttribute('aria-label'), 'QR-код со ссылкой на страницу статуса')
  assert.deepEqual(qrCodesInImage(await qr.screenshot()), [portal.status])
  const told = await fetch(`${url}/api/applications/status`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'ru' },
    body: JSON.stringify({ receipt: portal.number, accessCode: portal.code }),
  })
  assert.equal(told.status, 200)
  assert.equal((await told.json()).status, 'received')

  const kiosk = await context.newPage()
  kiosk.on('pageerror', (e) => problems.push(String(e)))
  await kiosk.goto(`${url}/www/kiosk.html`)
  const atKiosk = await send(kiosk, 'kk')
  assert.equal(atKiosk.number, `DEU-${year}-000002`)
  assert.match(atKiosk.text, /Өтінішіңіздің нөмірі/)
  // The kiosk shows the code and its QR code too: the person photographs the screen.
  assert.deepEqual(qrCodesInImage(await kiosk.locator('kz-iin-application .access svg[role=img]').screenshot()), [atKiosk.status])

  assert.deepEqual(storedRows(join(dir, 'kz-iin.db')), [[`DEU-${year}-000001`, 'deu', 'ru'], [`DEU-${year}-000002`, 'deu', 'kk']])
  assert.deepEqual(problems, [])
  await context.close()
})

/** Signs in on the officers' page, as a person would: the form, then the queue. */
async function signIn(page, login, password, secret) {
  await page.goto(`${url}/staff/`)
  await page.waitForSelector('form[action="/staff/login"]')
  await page.fill('#login', login)
  await page.fill('#password', password)
  await page.fill('#code', totpCode(secret))
  await page.click('form[action="/staff/login"] button')
  await page.waitForURL(/\/staff\/applications$/)
}

const axe = axeInPlaywright

test('an officer finds an application by its receipt, issues the certificate and prints it; another institution cannot see it', async () => {
  assert.ok(demo, 'npm start creates the demo officer on an empty database and prints its password once')
  // A person at the kiosk.
  const context = await browser.newContext({ bypassCSP: true })
  const kiosk = await context.newPage()
  await kiosk.goto(`${url}/www/kiosk.html`)
  const { number: receipt } = await send(kiosk, 'en')
  assert.match(receipt, /^DEU-\d{4}-\d{6}$/)

  // The officer of the institution, on the officers' pages (Russian).
  const officer = await context.newPage()
  const problems = []
  officer.on('pageerror', (e) => problems.push(String(e)))
  await officer.goto(`${url}/staff/login?lang=ru`)
  assert.deepEqual(await axe(officer), [], 'sign-in page')
  assert.match(demo.secret ?? '', /^[A-Z2-7]{32}$/, 'and its second factor')
  await signIn(officer, demo.login, demo.password, demo.secret)
  await officer.fill('#receipt', receipt.toLowerCase())
  await officer.click('form.filters button')
  await officer.waitForURL(/receipt=/)
  const rows = await officer.$$eval('table.queue tbody tr', (trs) => trs.map((tr) => tr.textContent))
  assert.equal(rows.length, 1)
  assert.match(rows[0], new RegExp(receipt))
  assert.deepEqual(await axe(officer), [], 'queue')
  await officer.click(`text=${receipt}`)
  await officer.waitForSelector('form.decision')
  assert.match(await officer.textContent('h1'), new RegExp(receipt))
  assert.match(await officer.textContent('dl.answers'), /Müller/)
  assert.deepEqual(await axe(officer), [], 'the application')
  // A wrong IIN first: the page says why (the core's words), and nothing is decided.
  await officer.fill('#iin', '960340000515')
  await officer.click('form[action$="/certificate"] button')
  await officer.waitForSelector('.summary')
  assert.match(await officer.textContent('.summary'), /контрольный разряд/)
  assert.equal(await officer.inputValue('#iin'), '960340000515', 'what was typed is kept')
  await officer.fill('#iin', '960340000514')
  await officer.click('form[action$="/certificate"] button')
  await officer.waitForSelector('p.decided')
  assert.match(await officer.textContent('p.decided'), /960340000514/)
  const documentUrl = await officer.getAttribute('p.documents a', 'href')

  // Printed to PDF from the stored application: the QR code reads back as the IIN.
  const printed = await context.newPage()
  await printed.goto(`${url}${documentUrl}`)
  assert.match(await printed.textContent('body'), /9603 4000 0514/)
  const pdf = await printed.pdf({ preferCSSPageSize: true, printBackground: true })
  const box = pdf.toString('latin1').match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/)
  assert.deepEqual([Math.round(box[1]), Math.round(box[2])], [595, 842], 'A4')
  assert.equal(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g).length, 1, 'one page')
  // Two QR codes of one signed token, read back from the paper: the Claim 169 text, and the
  // link a phone's camera opens.
  const codes = qrCodesIn(pdf)
  assert.equal(codes.length, 2, codes.join('\n'))
  const token = codes.find((c) => !c.startsWith('http'))
  const link = codes.find((c) => c.startsWith(`${url}/verify#`))
  assert.match(token, /^[0-9A-Z $%*+\-./:]{200,}$/, 'base45')
  assert.equal(tokenOf(link), token)
  // MOSIP's own decoder verifies it with the key the service publishes.
  const keys = await (await fetch(`${url}/.well-known/kz-iin/keys.json`)).json()
  assert.equal(keys.keys.length, 1)
  const read = claim169({ decode: token, x: keys.keys[0].x })
  assert.equal(read.verified, true, read.status)
  assert.equal(read.kid, keys.keys[0].kid)
  assert.equal(read.issuer, url)
  assert.deepEqual(
    [read.claims.id, read.claims.fullName, read.claims.dateOfBirth, read.claims.gender, read.claims.nationality, read.claims.countryOfIssuance],
    ['960340000514', 'Müller Anna', '19900517', 2, 'DEU', 'KAZ'],
  )
  // The page preloads its module graph and the verifier's WebAssembly, so they arrive at once.
  const verifyPage = await (await fetch(`${url}/verify`)).text()
  assert.match(verifyPage, /<link rel="modulepreload" href="\/assets\/[^"]+\/dist\/verifier\.js">/)
  assert.match(verifyPage, /<link rel="preload" href="\/assets\/[^"]+\/dist\/pkg\/verify\/kz_iin_bg\.wasm" as="fetch" type="application\/wasm" crossorigin>/)
  // The link, opened: genuine, in the browser, with nothing sent but the page's own requests.
  const verifier = await context.newPage()
  const asked = []
  verifier.on('request', (r) => asked.push(r.url()))
  await verifier.goto(link)
  await verifier.waitForSelector('#kz-verify-result:not([hidden]) .verdict.genuine')
  assert.match(await verifier.textContent('#kz-verify-result'), /9603 4000 0514/)
  assert.deepEqual(asked.filter((u) => u.includes(token.slice(0, 40)) || u.includes(encodeURIComponent(token.slice(0, 40)))), [], 'the token is sent nowhere')
  assert.deepEqual(await axe(verifier), [], 'the verifier')
  assert.deepEqual(problems, [])
  signed = { link, token, kid: keys.keys[0].kid }
  // On A5 too: one page, and the same token read back.
  await printed.goto(`${url}${documentUrl.split('?')[0]}?paper=A5`)
  const a5 = await printed.pdf({ preferCSSPageSize: true, printBackground: true })
  const a5Box = a5.toString('latin1').match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/)
  assert.deepEqual([Math.round(a5Box[1]), Math.round(a5Box[2])], [420, 595], 'A5')
  assert.equal(a5.toString('latin1').match(/\/Type\s*\/Page\b/g).length, 1, 'one A5 page')
  assert.ok(qrCodesIn(a5).includes(token), 'the A5 print carries the same token')
  // A refusal notice, printed the same way: its token names the receipt; MOSIP's decoder and
  // the page say so.
  const refused = await decidedDocument(url, `sqlite://${dir}/kz-iin.db`, { ...applicationForToday(), documentNumber: 'R0000001' }, { refusal: { reason: 'Паспорт недействителен', issueDate: new Date().toISOString().slice(0, 10) } })
  await printed.goto(`${url}/staff/applications/${refused.sent.id}/document`)
  const notice = await printed.pdf({ preferCSSPageSize: true, printBackground: true })
  assert.equal(notice.toString('latin1').match(/\/Type\s*\/Page\b/g).length, 1, 'one page')
  const noticeCodes = qrCodesIn(notice)
  const noticeToken = noticeCodes.find((c) => !c.startsWith('http'))
  assert.equal(tokenOf(noticeCodes.find((c) => c.startsWith(`${url}/verify#`))), noticeToken)
  const noticeRead = claim169({ decode: noticeToken, x: keys.keys[0].x })
  assert.deepEqual([noticeRead.verified, noticeRead.claims.id], [true, refused.sent.receipt])
  await verifier.goto(tokenOf(refused.link) === noticeToken ? refused.link : 'about:blank')
  await verifier.waitForSelector('#kz-verify-result:not([hidden]) .verdict.genuine')
  assert.match(await verifier.textContent('#kz-verify-result'), new RegExp(`${refused.sent.receipt}`))

  // An officer of another institution, added from the command line.
  const added = execFileSync(SERVER, ['staff', 'add', '--institution', 'usa', '--login', 'usa-officer'], {
    env: { ...process.env, DATABASE_URL: `sqlite://${dir}/kz-iin.db` },
    input: 'a password long enough\n',
    encoding: 'utf8',
  })
  const otherContext = await browser.newContext()
  const other = await otherContext.newPage()
  await signIn(other, 'usa-officer', 'a password long enough', secretOf(added))
  assert.equal(await other.$$eval('table.queue tbody tr', (trs) => trs.length), 0, 'the queue shows none of deu')
  const response = await other.goto(`${url}${documentUrl.replace(/\/document.*$/, '')}`)
  assert.equal(response.status(), 404)
  await otherContext.close()
  await context.close()
})

test('a printed certificate still verifies after retention erased its application, after the signing key was rotated, and offline', async () => {
  assert.ok(signed, 'the certificate printed by the test before')
  const env = { ...process.env, DATABASE_URL: `sqlite://${dir}/kz-iin.db` }
  const erased = execFileSync(SERVER, ['retention'], { env: { ...env, RETENTION_DAYS: '0' }, encoding: 'utf8' })
  assert.match(erased, /erased [1-9]\d* decided/)
  // A second process on the same data with a key from the host's secret store: a rotation.
  const rotated = await startService(`sqlite://${dir}/kz-iin.db`, { SIGNING_KEY: 'ab'.repeat(32) })
  try {
    const keys = await (await fetch(`${rotated.url}/.well-known/kz-iin/keys.json`)).json()
    assert.equal(keys.keys.length, 2, 'the new key and the one before')
    assert.notEqual(keys.keys[0].kid, signed.kid, 'the current key first')
    assert.equal(keys.keys[1].kid, signed.kid)
    const printed = execFileSync(SERVER, ['keys'], { env: { ...env, SIGNING_KEY: 'ab'.repeat(32) }, encoding: 'utf8' })
    assert.deepEqual(JSON.parse(printed), keys, 'kz-iin-server keys prints the same set')

    const context = await browser.newContext()
    const page = await context.newPage()
    const fragment = signed.link.slice(signed.link.indexOf('#'))
    await page.goto(`${rotated.url}/verify${fragment}`)
    await page.waitForSelector('#kz-verify-result:not([hidden]) .verdict.genuine')
    assert.match(await page.textContent('#kz-verify-result'), /Müller Anna/)
    assert.equal(await page.locator('#kz-verify-result .kept-keys').count(), 0, 'online, the keys are the service\'s own')
    // The service worker keeps the page, its modules and the keys: offline, it still verifies.
    await page.waitForFunction(async () => {
      const cache = await caches.open('kz-iin-verify-v1')
      // The page's list is added at once (Cache.addAll): the page itself, its modules, the
      // verifier and the keys, all or none.
      const kept = (await cache.keys()).map((r) => new URL(r.url).pathname)
      return kept.includes('/verify') && kept.includes('/.well-known/kz-iin/keys.json') && kept.some((p) => p.endsWith('/verify/kz_iin_bg.wasm'))
    })
    // The browser's own cache answers for the keys' minute (max-age=60) even offline: emptied,
    // as after it, so that the worker's kept copy answers.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.clearBrowserCache')
    await cdp.detach()
    await context.setOffline(true)
    await page.goto(`${rotated.url}/verify?again${fragment}`)
    await page.waitForSelector('#kz-verify-result:not([hidden]) .verdict.genuine')
    // Offline, the verdict says whose keys it used: those this device received, and when (a key
    // withdrawn since still verifies here).
    const note = await page.textContent('#kz-verify-result .kept-keys')
    assert.match(note, /as this device last received them, on \w+ \d+, \d{4}/, note)
    await page.fill('#kz-verify-text', signed.token.slice(0, 100) + (signed.token[100] === 'A' ? 'B' : 'A') + signed.token.slice(101))
    await page.click('#kz-verify-form button')
    await page.waitForSelector('#kz-verify-result .verdict.altered')
    // The worker kept the verifier's own files only, and never a link's fragment (a person's
    // names and date of birth).
    const kept = await page.evaluate(async () => (await (await caches.open('kz-iin-verify-v1')).keys()).map((r) => r.url))
    assert.ok(kept.length >= 5, kept.join('\n'))
    for (const u of kept) assert.match(new URL(u).pathname, /^\/(verify$|assets\/|\.well-known\/kz-iin\/)/, u)
    assert.ok(kept.every((u) => !u.includes('#') && !u.includes(signed.token.slice(0, 30))), kept.join('\n'))
    // Online, but the keys answered by a failing proxy (503): as good as no network, so the kept
    // keys answer, and the verdict says so.
    await context.setOffline(false)
    await context.route('**/.well-known/kz-iin/keys.json', (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }))
    const cdp2 = await context.newCDPSession(page)
    await cdp2.send('Network.clearBrowserCache')
    await cdp2.detach()
    await page.goto(`${rotated.url}/verify?failing${fragment}`)
    await page.waitForSelector('#kz-verify-result:not([hidden]) .verdict.genuine')
    assert.match(await page.textContent('#kz-verify-result .kept-keys'), /as this device last received them/)
    await context.unroute('**/.well-known/kz-iin/keys.json')
    // A network's sign-in page answering for the keys (200, HTML): the same, and the kept keys
    // are not replaced by it.
    await context.route('**/.well-known/kz-iin/keys.json', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Sign in to the Wi-Fi</h1>' }))
    await page.goto(`${rotated.url}/verify?portal${fragment}`)
    await page.waitForSelector('#kz-verify-result:not([hidden]) .verdict.genuine')
    assert.match(await page.textContent('#kz-verify-result .kept-keys'), /as this device last received them/)
    const keptKeys = await page.evaluate(async () => (await (await caches.open('kz-iin-verify-v1')).match('/.well-known/kz-iin/keys.json'))?.headers.get('content-type'))
    assert.equal(keptKeys, 'application/jwk-set+json')
    await context.unroute('**/.well-known/kz-iin/keys.json')
    await context.close()
  } finally {
    rotated.child.kill()
  }
})
