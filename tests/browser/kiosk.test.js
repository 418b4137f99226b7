// Kiosk mode and passport MRZ prefill in Chromium, on the kiosk page served with the strict CSP:
// the ICAO specimens of every layout, a broken check digit fills nothing, the spelling
// suggestions, the idle warning answered and ignored, the full reset (after a confirmation, from
// the back/forward cache: CDP), 44 px targets, axe, and the offline page with its service worker
// (CDP's offline mode). A reader typing a zone into the focused field is a scenario run in every
// engine (tests/browser/scenarios.js).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { eventsOf, launchChromium, recordEvents } from './helpers.js'
import { startServer } from '../../scripts/serve.js'
import { APPLICATIONS, MRZ, axeInPlaywright } from './fixtures.js'

const mrz = MRZ
const apps = APPLICATIONS
const BASE = apps.cases.find((c) => c.name === 'base').data
const zone = (name) => mrz.cases.find((c) => c.name === name)

let browser
let server
let url
let down = false // the server unreachable: every connection dropped
const received = []
// What the service answers, and, while set, a promise the answer waits for (a slow service).
const ACCEPTED = '{"accepted":true}'
let answer = ACCEPTED
let hold = null
const ISSUED = { id: 'a-1', receipt: 'DEU-2026-000777', accessCode: '7KQM-2XWA-PD9R' }

before(async () => {
  ;({ server, url } = await startServer({
    async handler(req, res) {
      if (down) {
        req.socket.destroy()
        return true
      }
      if (req.url !== '/api/applications') return false
      let body = ''
      for await (const chunk of req) body += chunk
      received.push({ key: req.headers['idempotency-key'], body: JSON.parse(body) })
      const sent = answer
      await hold
      res.writeHead(201, { 'content-type': 'application/json' }).end(sent)
      return true
    },
  }))
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
  server?.close()
})

/**
 * The kiosk page in English on the vectors' day; `clock`: Playwright's fake timers; `bypassCSP`
 * only where axe must be injected as an inline script.
 */
async function openKiosk({ clock = false, lang = 'en', attrs = {}, bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1600 }, hasTouch: true, bypassCSP })
  const page = await context.newPage()
  const problems = []
  page.on('pageerror', (e) => problems.push(String(e)))
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  page.on('dialog', (d) => problems.push(`dialog: ${d.message()}`))
  if (clock) await page.clock.install()
  await page.goto(`${url}/www/kiosk.html`)
  await page.waitForSelector('kz-iin-application select[name=institution]')
  await page.evaluate(({ lang, today, attrs }) => {
    window.violations = []
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective))
    const app = document.querySelector('kz-iin-application')
    app.setAttribute('today', today)
    for (const [k, v] of Object.entries(attrs)) app.setAttribute(k, v)
    document.querySelector(`[data-lang="${lang}"]`).click()
  }, { lang, today: mrz.today, attrs })
  return { page, context, problems }
}

const values = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('kz-iin-application').shadowRoot
    const out = {}
    for (const el of root.querySelectorAll('input, select, textarea')) {
      if (el.type === 'radio' || el.type === 'checkbox') out[`${el.name}:${el.value}`] = el.checked
      else out[el.name || el.id] = el.value
    }
    return out
  })

const shadowText = (page, selector) =>
  page.evaluate((s) => document.querySelector('kz-iin-application').shadowRoot.querySelector(s)?.textContent ?? null, selector)

// Polled from Node: with Playwright's fake clock the page's own timers do not run by themselves.
async function until(page, fn) {
  for (let i = 0; i < 200; i++) {
    if (await page.evaluate(fn)) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`timed out waiting for ${fn}`)
}

const focusField = (page, name) =>
  page.evaluate((n) => document.querySelector('kz-iin-application').shadowRoot.querySelector(`[name="${n}"]`).focus(), name)

test('the ICAO specimens of all three layouts fill the names, number, dates and sex', async () => {
  const { page, context } = await openKiosk()
  for (const name of ['icao-td3-specimen', 'icao-td2-specimen', 'icao-td1-specimen']) {
    await page.evaluate(() => document.querySelector('kz-iin-application').clear())
    await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.getElementById('kz-mrz').focus())
    await page.keyboard.type(zone(name).text.replace(/\n/g, '\r') + '\r')
    const v = await values(page)
    assert.equal(v.surnameLatin, 'ERIKSSON', name)
    assert.equal(v.givenNameLatin, 'ANNA MARIA', name)
    assert.equal(v.documentNumber, zone(name).fields.documentNumber, name)
    assert.deepEqual([v['birthDate-day'], v['birthDate-month'], v['birthDate-year']], ['12', '08', '1974'], name)
    assert.equal(v['sex:female'], true, name)
    // Utopia is no country: the country lists do not take it, and the status does not claim it.
    assert.equal(v.citizenship, '', name)
    assert.doesNotMatch(await shadowText(page, '#kz-mrz-status'), /Citizenship/, name)
  }
  await context.close()
})

test('a scan with no field focused (the title after a reset) goes to the MRZ field and fills the form', async () => {
  const { page, context, problems } = await openKiosk()
  await page.evaluate(() => document.querySelector('kz-iin-application').clear())
  const focused = () => page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.activeElement?.id)
  assert.equal(await focused(), 'kz-title')
  await page.keyboard.type(zone('icao-td3-specimen').text.replace(/\n/g, '\r') + '\r')
  const v = await values(page)
  assert.equal(v.surnameLatin, 'ERIKSSON')
  assert.equal(v.documentNumber, zone('icao-td3-specimen').fields.documentNumber)
  // A select keeps its keys: a person's type-ahead is not taken for a scan.
  await focusField(page, 'institution')
  await page.keyboard.type('D')
  assert.equal(await focused(), 'kz-institution')
  // A box or a radio takes no typing: a scan there goes to the MRZ field too.
  await page.evaluate(() => document.querySelector('kz-iin-application').clear())
  await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('input[type=radio]').focus())
  await page.keyboard.type(zone('icao-td3-specimen').text.replace(/\n/g, '\r') + '\r')
  assert.equal((await values(page)).documentNumber, zone('icao-td3-specimen').fields.documentNumber)
  // The host page's own field keeps its keys.
  await page.evaluate(() => {
    const own = Object.assign(document.createElement('input'), { id: 'host-own' })
    document.body.append(own)
    own.focus()
  })
  await page.keyboard.type('ABC')
  assert.equal(await page.evaluate(() => document.getElementById('host-own').value), 'ABC')
  assert.deepEqual(problems, [])
  await context.close()
})

test('a scan into a field that holds capitals (an earlier scan\'s) reads the zone and leaves the field\'s text', async () => {
  const { page, context } = await openKiosk()
  await page.evaluate(() => {
    const app = document.querySelector('kz-iin-application')
    app.value = { documentNumber: 'N12' }
    app.shadowRoot.querySelector('[name=documentNumber]').focus()
  })
  await page.keyboard.type(zone('icao-td3-specimen').text.replace(/\n/g, '\r') + '\r')
  const v = await values(page)
  assert.equal(v.surnameLatin, 'ERIKSSON')
  assert.equal(v.documentNumber, zone('icao-td3-specimen').fields.documentNumber, 'the zone was read whole')
  await context.close()
})

test('a broken check digit names the field it protects, in each language, and fills nothing', async () => {
  const { page, context } = await openKiosk()
  const broken = zone('td3-number-check-digit')
  await recordEvents(page)
  for (const [lang, words] of [['en', 'the document number'], ['ru', 'номера документа'], ['kk', 'құжат нөмірінің']]) {
    await page.evaluate((l) => document.querySelector(`[data-lang="${l}"]`).click(), lang)
    await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.getElementById('kz-mrz').focus())
    await page.keyboard.type(broken.text.replace(/\n/g, '\r') + '\r')
    const error = await shadowText(page, '#kz-mrz-error')
    assert.ok(error.includes(words), `${lang}: ${error}`)
    const v = await values(page)
    assert.equal(v.surnameLatin, '', `${lang}: nothing filled`)
    assert.equal(v.documentNumber, '', `${lang}: nothing filled`)
    const invalid = await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.getElementById('kz-mrz').getAttribute('aria-invalid'))
    assert.equal(invalid, 'true')
    await page.evaluate(() => { document.querySelector('kz-iin-application').shadowRoot.getElementById('kz-mrz').value = '' })
  }
  // Each misread zone fires kz-iin-mrz with the error, in the language shown, and no `filled`.
  const events = await eventsOf(page, 'kz-iin-mrz')
  assert.equal(events.length, 3)
  for (const e of events) {
    assert.equal(e.filled, undefined)
    assert.deepEqual([e.errors[0].code, e.errors[0].field], ['mrz_check_digit', 'documentNumber'])
  }
  assert.match(events[1].errors[0].message, /номера документа/)
  await context.close()
})

test('a name in one script gets a one-tap spelling in the other; an ICAO mismatch is a warning with the ICAO spelling', async () => {
  const { page, context } = await openKiosk()
  await focusField(page, 'surnameLatin')
  await page.keyboard.type('Shchukina')
  await page.keyboard.press('Tab')
  const offer = await shadowText(page, '#kz-surnameCyrillic-suggest')
  assert.match(offer, /Щукина/)
  await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('#kz-surnameCyrillic-suggest button').click())
  assert.equal((await values(page)).surnameCyrillic, 'Щукина')
  // A Cyrillic name offers its ICAO Latin form.
  await focusField(page, 'givenNameCyrillic')
  await page.keyboard.type('Юлия')
  await page.keyboard.press('Tab')
  assert.match(await shadowText(page, '#kz-givenNameLatin-suggest'), /Iuliia/)
  // A Russian citizen's "Yulia" for Юлия: a warning on submit, and one tap takes ICAO's spelling.
  await page.evaluate((base) => {
    const app = document.querySelector('kz-iin-application')
    app.value = { ...base, citizenship: 'RUS', givenNameLatin: 'Yulia', givenNameCyrillic: 'Юлия', surnameLatin: 'Shchukina', surnameCyrillic: 'Щукина' }
  }, BASE)
  await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('form button[type=submit]').click())
  // Warnings do not block: the review step is shown; back to the form to take the suggestion.
  await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('.review .secondary').click())
  const warning = await shadowText(page, '#kz-givenNameLatin-warning')
  assert.match(warning, /“Iuliia”/)
  await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('#kz-givenNameLatin-warning button').click())
  assert.equal((await values(page)).givenNameLatin, 'Iuliia')
  await context.close()
})

/** Everything personal the page could still hold. */
async function leftovers(page) {
  return page.evaluate(async () => {
    const app = document.querySelector('kz-iin-application')
    const root = app.shadowRoot
    const filled = [...root.querySelectorAll('input:not([type=radio]):not([type=checkbox]):not([type=hidden]), select, textarea')]
      .filter((e) => e.value !== '' && !(e.name === 'institution' && app.hasAttribute('institution-locked')))
      .map((e) => e.name || e.id)
    const checked = [...root.querySelectorAll('input:checked')].map((e) => e.name)
    const dbs = indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : []
    return { filled, checked, html: root.innerHTML, local: localStorage.length, session: sessionStorage.length, cookie: document.cookie, dbs }
  })
}

test('after the idle time a warning counts down; ignored, it clears every trace; answered, it keeps everything', async () => {
  const { page, context, problems } = await openKiosk({ clock: true })
  await recordEvents(page)
  await page.evaluate((base) => {
    document.querySelector('kz-iin-application').value = base
    // A host that put something in storage: a kiosk reset leaves nothing behind.
    sessionStorage.setItem('draft', 'Müller')
    localStorage.setItem('draft', 'Müller')
  }, BASE)
  await focusField(page, 'purpose')
  await page.keyboard.press('Shift') // the idle time counts from the last activity
  await page.clock.runFor(119_000)
  const dialogOpen = () => page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('dialog.idle').open)
  assert.equal(await dialogOpen(), false, 'no warning before 120 s')
  await page.clock.runFor(1_500)
  assert.equal(await dialogOpen(), true, 'the warning after 120 s')
  const dialog = await page.evaluate(() => {
    const d = document.querySelector('kz-iin-application').shadowRoot.querySelector('dialog.idle')
    return { role: d.getAttribute('role'), text: d.textContent }
  })
  assert.equal(dialog.role, 'alertdialog')
  assert.match(dialog.text, /cleared in 30 seconds/)
  await page.clock.runFor(10_000)
  assert.match(await shadowText(page, '#kz-idle-text'), /cleared in 20 seconds/, 'a visible countdown')
  // "Continue": everything kept, and the idle time starts again.
  await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('dialog.idle button').click())
  assert.equal(await dialogOpen(), false)
  assert.equal((await values(page)).surnameLatin, 'Müller')
  await page.clock.runFor(60_000)
  await focusField(page, 'purpose')
  await page.keyboard.press('Shift') // activity restarts the idle time
  await page.clock.runFor(100_000)
  assert.equal(await dialogOpen(), false, 'activity restarted the idle time')
  // Ignored: after 120 s and the 30 s countdown, nothing of the person remains.
  await page.clock.runFor(21_000 + 31_000)
  const left = await leftovers(page)
  assert.deepEqual(left.filled, [])
  assert.deepEqual(left.checked, [])
  for (const personal of ['Müller', 'Мюллер', 'C01X00T47', 'Bayern']) assert.ok(!left.html.includes(personal), personal)
  assert.deepEqual([left.local, left.session, left.cookie, left.dbs], [0, 0, '', []])
  const active = await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.activeElement?.id)
  assert.equal(active, 'kz-title', 'focus returns to the start')
  assert.deepEqual(await eventsOf(page, 'kz-iin-reset'), [{ reason: 'idle' }], '"Continue" reset nothing; the timeout did')
  // The next warning answered with "Clear the form now": a reset the person asked for.
  await page.clock.runFor(121_000)
  assert.equal(await dialogOpen(), true)
  await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.querySelectorAll('dialog.idle button')[1].click())
  assert.deepEqual(await eventsOf(page, 'kz-iin-reset'), [{ reason: 'idle' }, { reason: 'person' }])
  assert.equal(await dialogOpen(), false)
  assert.deepEqual(problems, [])
  await context.close()
})

test('the screen is cleared after a confirmation, and on a page restored from the back/forward cache', async () => {
  const { page, context } = await openKiosk({ clock: true, attrs: { 'confirmation-time': '10' } })
  await recordEvents(page)
  const before = received.length
  await page.evaluate((base) => { document.querySelector('kz-iin-application').value = base }, BASE)
  await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('form button[type=submit]').click())
  await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('.send').click())
  await until(page, () => !document.querySelector('kz-iin-application').shadowRoot.querySelector('[part=confirmation]').hidden)
  assert.equal(received.length, before + 1)
  assert.equal(received.at(-1).body.surnameLatin, 'Müller')
  await page.clock.runFor(11_000)
  let left = await leftovers(page)
  assert.deepEqual(left.filled, [])
  assert.ok(!left.html.includes('Müller'))
  assert.equal(await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('[part=confirmation]').hidden), true)
  // A page shown again from the back/forward cache.
  await page.evaluate((base) => { document.querySelector('kz-iin-application').value = base }, BASE)
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })))
  left = await leftovers(page)
  assert.deepEqual(left.filled, [])
  assert.deepEqual(await eventsOf(page, 'kz-iin-reset'), [{ reason: 'submitted' }, { reason: 'pageshow' }])
  assert.equal((await eventsOf(page, 'kz-iin-sent'))[0].status, 201)
  await context.close()
})

const app = (page, fn, arg) => page.evaluate(fn, arg)
const confirmation = (page) =>
  app(page, () => {
    const done = document.querySelector('kz-iin-application').shadowRoot.querySelector('[part=confirmation]')
    return { shown: !done.hidden, text: done.textContent }
  })
async function sendBase(page, surnameLatin = 'Müller') {
  await app(page, (v) => { document.querySelector('kz-iin-application').value = v }, { ...BASE, surnameLatin })
  await app(page, () => document.querySelector('kz-iin-application').shadowRoot.querySelector('form button[type=submit]').click())
  await app(page, () => document.querySelector('kz-iin-application').shadowRoot.querySelector('.send').click())
}

test('a person who leaves while their application is out: its answer, arriving later, is shown to no one', async () => {
  const { page, context, problems } = await openKiosk()
  await recordEvents(page)
  const before = received.length
  let release
  hold = new Promise((resolve) => (release = resolve))
  answer = JSON.stringify(ISSUED)
  try {
    await sendBase(page)
    for (let i = 0; received.length === before && i < 200; i++) await new Promise((r) => setTimeout(r, 25))
    assert.equal(received.length, before + 1, 'the application is out')
    // The screen is cleared for the next person (the idle time, or "start again") while it is out.
    await app(page, () => document.querySelector('kz-iin-application').clear('idle'))
    release()
    await new Promise((r) => setTimeout(r, 500))
    const seen = await confirmation(page)
    assert.equal(seen.shown, false, 'no confirmation for the next person')
    assert.ok(!seen.text.includes(ISSUED.receipt) && !seen.text.includes(ISSUED.accessCode), seen.text)
    assert.deepEqual(await eventsOf(page, 'kz-iin-sent'), [])
  } finally {
    hold = null
    answer = ACCEPTED
  }
  // The next person's own application goes under a key of its own, and is confirmed.
  await sendBase(page, 'Schmidt')
  await until(page, () => !document.querySelector('kz-iin-application').shadowRoot.querySelector('[part=confirmation]').hidden)
  assert.equal(received.length, before + 2)
  assert.equal(received.at(-1).body.surnameLatin, 'Schmidt')
  assert.notEqual(received.at(-1).key, received.at(-2).key)
  assert.deepEqual(problems, [])
  await context.close()
})

test('the confirmation keeps its receipt and access code through a change of language', async () => {
  const { page, context } = await openKiosk()
  answer = JSON.stringify(ISSUED)
  try {
    await sendBase(page)
    await until(page, () => !!document.querySelector('kz-iin-application').shadowRoot.querySelector('.access-code'))
    await app(page, () => document.querySelector('[data-lang="ru"]').click())
    await until(page, () => document.querySelector('kz-iin-application').shadowRoot.querySelector('.access-code')?.textContent.includes('7KQM'))
    const seen = await confirmation(page)
    assert.equal(seen.shown, true)
    assert.ok(seen.text.includes(ISSUED.receipt), seen.text)
    assert.ok(/[А-Яа-я]/.test(seen.text), 'in Russian now')
  } finally {
    answer = ACCEPTED
  }
  await context.close()
})

test('in kiosk mode no control offers the browser\'s autofill', async () => {
  const { page, context } = await openKiosk()
  // The form says off; a control's own token would override it.
  const { form, offered } = await app(page, () => {
    const root = document.querySelector('kz-iin-application').shadowRoot
    const controls = [...root.querySelectorAll('form input:not([type=hidden]), form select, form textarea')]
    return {
      form: root.querySelector('form').getAttribute('autocomplete'),
      offered: controls.filter((e) => e.hasAttribute('autocomplete') && e.getAttribute('autocomplete') !== 'off').map((e) => `${e.name || e.id}: ${e.getAttribute('autocomplete')}`),
    }
  })
  assert.equal(form, 'off')
  assert.deepEqual(offered, [])
  await context.close()
})

/** Every visible control smaller than 44×44 CSS px, in the page and the widget. */
function smallTargets(page) {
  return page.evaluate(() => {
    const root = document.querySelector('kz-iin-application').shadowRoot
    const all = [...document.querySelectorAll('button, a, input, select, textarea'), ...root.querySelectorAll('button, a, input, select, textarea')]
    return all
      .filter((e) => e.type !== 'hidden' && e.getClientRects().length > 0)
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ e, r }) => `${e.tagName}#${e.id || e.name || e.textContent.trim().slice(0, 20)} ${Math.round(r.width)}×${Math.round(r.height)}`)
  })
}

const axe = axeInPlaywright

test('in kiosk mode every target is at least 44×44 px, and axe finds no WCAG 2.2 A/AA violation', async () => {
  const { page, context } = await openKiosk({ clock: true, bypassCSP: true })
  assert.deepEqual(await smallTargets(page), [], 'empty form')
  assert.deepEqual(await axe(page), [], 'empty form')
  // With a spelling suggestion and errors shown.
  await focusField(page, 'surnameLatin')
  await page.keyboard.type('Ivanov')
  await page.keyboard.press('Tab')
  await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('form button[type=submit]').click())
  assert.deepEqual(await axe(page), [], 'errors')
  // The idle warning.
  await page.clock.runFor(121_000)
  assert.deepEqual(await smallTargets(page), [], 'idle warning')
  assert.deepEqual(await axe(page), [], 'idle warning')
  await context.close()
})

test('the kiosk page works offline once loaded; a submission that fails offline is kept, told, and retried', async () => {
  const { page, context, problems } = await openKiosk()
  await page.waitForFunction(() => document.documentElement.dataset.offlineReady === 'true')
  // Offline, and the server gone: the page must come from the service worker's cache.
  await context.setOffline(true)
  down = true
  try {
    await page.reload()
    await page.waitForSelector('kz-iin-application select[name=institution]')
    await page.evaluate((today) => document.querySelector('kz-iin-application').setAttribute('today', today), apps.today)
    await page.evaluate(() => document.querySelector('[data-lang="en"]').click())
    // The MRZ reader, a module the widget imports on its own, also comes from the cache.
    await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.getElementById('kz-mrz').focus())
    await page.keyboard.type(zone('icao-td3-specimen').text.replace(/\n/g, '\r') + '\r')
    await page.waitForFunction(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('[name=surnameLatin]').value === 'ERIKSSON')
    await page.evaluate((base) => { document.querySelector('kz-iin-application').value = base }, BASE)
    await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('form button[type=submit]').click())
    await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('.send').click())
    await page.waitForFunction(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('.review .status').classList.contains('failed'))
    assert.match(await shadowText(page, '.review .status'), /offline.*kept/)
    assert.match(await shadowText(page, '.review .send'), /Try again/)
  } finally {
    await context.setOffline(false)
    down = false
  }
  const before = received.length
  await page.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('.send').click())
  await page.waitForFunction(() => !document.querySelector('kz-iin-application').shadowRoot.querySelector('[part=confirmation]').hidden)
  assert.equal(received.length, before + 1)
  assert.equal(received.at(-1).body.surnameLatin, 'Müller', 'every answer survived the failed attempt')
  assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|net::/.test(p)), [])
  await context.close()
})
