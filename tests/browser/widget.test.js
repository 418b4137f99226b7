// What needs Chromium (or one engine is enough for) of <kz-iin-application> and <kz-iin-input>,
// on the demo page served with the strict CSP: keyboard-only filling, the submit event and the
// POST, every rule's message in the summary and inline in each language, the host form's paste
// and back navigation, a locked institution, and Chromium's accessibility tree (CDP). The summary's
// focus, the language switch and axe in each state are scenarios run in every engine
// (tests/browser/scenarios.js).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import * as kz from 'kz-iin'
import { eventsOf, launchChromium, openDemo, recordEvents } from './helpers.js'
import { startServer } from '../../scripts/serve.js'
import { APPLICATIONS } from './fixtures.js'

const { today, cases } = APPLICATIONS
const DATES = ['birthDate', 'documentIssueDate', 'documentExpiryDate']
const LANGS = ['kk', 'ru', 'en']

let browser
let server
let url
// What the test endpoint received, and how it answers next (a queue of statuses).
const received = []
const answers = []

before(async () => {
  ;({ server, url } = await startServer({
    async handler(req, res) {
      if (req.url !== '/test/submit') return false
      let body = ''
      for await (const chunk of req) body += chunk
      received.push({ headers: req.headers, body: JSON.parse(body) })
      const status = answers.shift() ?? 201
      if (status === 'hang') return true // never answers: the widget's timeout must fire
      // A receipt as the service gives one, for the confirmation to show.
      res.writeHead(status, { 'content-type': 'application/json' }).end(status < 300 ? JSON.stringify({ id: 'a1', receipt: `DEU-2026-${String(received.length).padStart(6, '0')}` }) : '{}')
      return true
    },
  }))
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
  server?.close()
})

async function open({ bypassCSP = false } = {}) {
  const problems = []
  const { page, context } = await openDemo(browser, url, {
    today,
    bypassCSP,
    watch(page) {
      page.on('pageerror', (e) => problems.push(String(e)))
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
    },
  })
  return { page, context, problems }
}

// The focused element, through shadow roots.
const focused = (page) =>
  page.evaluate(() => {
    let a = document.activeElement
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement
    return { name: a?.getAttribute('name') ?? a?.id ?? '', tag: a?.tagName, cls: a?.className ?? '', text: a?.textContent ?? '' }
  })

const shadow = (page, fn, arg) => page.evaluate(([f, a]) => new Function('root', 'arg', `return (${f})(root, arg)`)(document.querySelector('kz-iin-application').shadowRoot, a), [fn.toString(), arg])

// The whole application typed with the keyboard alone: [control name, keys].
const KEYBOARD = [
  ['institution', 'Embassy of the Republic of Kazakhstan in the Federal Republic of Germany'],
  ['addresseePosition', 'Посол'],
  ['addresseeName', 'Иванов И. И.'],
  ['purpose', 'открытия банковского счёта'],
  ['givenNameLatin', 'Anna'],
  ['givenNameCyrillic', 'Анна'],
  ['surnameLatin', 'Müller'],
  ['surnameCyrillic', 'Мюллер'],
  ['patronymicLatin', ''],
  ['patronymicCyrillic', ''],
  ['birthDate-day', '17'],
  ['birthDate-month', 'May'],
  ['birthDate-year', '1990'],
  ['sex', 'ArrowDown'],
  ['citizenship', 'Germany'],
  ['nationality', 'немка'],
  ['arrivalCountry', 'Germany'],
  ['documentType', 'Passport'],
  ['documentNumber', 'c01x 00t47'],
  ['documentIssueDate-day', '10'],
  ['documentIssueDate-month', '1'],
  ['documentIssueDate-year', '2020'],
  ['documentExpiryDate-day', '9'],
  ['documentExpiryDate-month', '1'],
  ['documentExpiryDate-year', '2030'],
  ['documentIssuingCountry', 'Germany'],
  ['birthCountry', 'Germany'],
  ['birthRegion', 'Bayern'],
  ['birthDistrict', ''],
  ['birthAddress', 'München'],
  ['previousIin', ''],
  ['consentPersonalData', 'Space'],
  ['consentProtectedSecrets', 'Space'],
]
const EXPECTED = kz.validateApplication(
  {
    institution: 'deu', addresseePosition: 'Посол', addresseeName: 'Иванов И. И.', purpose: 'открытия банковского счёта',
    givenNameLatin: 'Anna', givenNameCyrillic: 'Анна', surnameLatin: 'Müller', surnameCyrillic: 'Мюллер', birthDate: '1990-05-17',
    sex: 'female', citizenship: 'DEU', nationality: 'немка', arrivalCountry: 'DEU', documentType: 'passport', documentNumber: 'c01x 00t47',
    documentIssueDate: '2020-01-10', documentExpiryDate: '2030-01-09', documentIssuingCountry: 'DEU', birthCountry: 'DEU',
    birthRegion: 'Bayern', birthAddress: 'München', consentPersonalData: true, consentProtectedSecrets: true,
  },
  { today },
).value

async function fillByKeyboard(page) {
  await page.focus('#lang')
  for (const [name, keys] of KEYBOARD) {
    await page.keyboard.press('Tab')
    const f = await focused(page)
    assert.equal(f.name, name === 'sex' ? 'sex' : name, `Tab reaches ${name} (got ${f.name})`)
    if (keys === 'ArrowDown' || keys === 'Space') await page.keyboard.press(keys)
    else if (keys) await page.keyboard.type(keys)
  }
  // After every question, the draft's box ("keep my answers on this device"), left unticked.
  await page.keyboard.press('Tab')
  assert.equal((await focused(page)).name, 'kz-draft')
  await page.keyboard.press('Tab')
  assert.equal((await focused(page)).tag, 'BUTTON')
  await page.keyboard.press('Enter')
}

async function pressSend(page) {
  for (let i = 0; i < 80; i++) {
    const f = await focused(page)
    if (f.cls.includes('send')) return page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
  }
  throw new Error('the send button is not reachable by keyboard')
}

test('a valid application filled by keyboard alone is reviewed, then submitted as a kz-iin-submit event', async () => {
  const { page, problems } = await open()
  await page.evaluate(() => {
    window.submitted = []
    document.querySelector('kz-iin-application').addEventListener('kz-iin-submit', (e) => {
      window.submitted.push({ value: e.detail.value, bubbles: e.bubbles, composed: e.composed, cancelable: e.cancelable })
      e.preventDefault()
    })
  })
  await fillByKeyboard(page)
  // The review step: every answer, with a way back to change it (WCAG 3.3.4).
  assert.equal((await focused(page)).tag, 'H2')
  const review = await shadow(page, (root) => [...root.querySelectorAll('dl.answers > div')].map((d) => d.querySelector('dd').textContent))
  assert.ok(review.includes('Müller') && review.includes('17.05.1990') && review.includes('Germany') && review.includes('C01X00T47'), review.join(' | '))
  await pressSend(page)
  const [event] = await page.evaluate(() => window.submitted)
  assert.deepEqual(event, { value: EXPECTED, bubbles: true, composed: true, cancelable: true })
  assert.equal(received.length, 0, 'a cancelled event sends nothing')
  assert.deepEqual(problems, [])
  assert.deepEqual(await page.evaluate(() => window.violations), [])
})

test('with an action, the application is POSTed once with an idempotency key; a failure keeps everything and retries with the same key', async () => {
  const { page } = await open()
  received.length = 0
  answers.push(500, 201)
  await recordEvents(page)
  await fillByKeyboard(page)
  await pressSend(page)
  await page.waitForFunction(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('.status.failed'))
  const failure = await shadow(page, (root) => root.querySelector('.status').textContent)
  assert.match(failure, /500/)
  assert.equal(await shadow(page, (root) => root.querySelector('.send').disabled), false)
  // Everything typed is still there.
  assert.equal((await page.evaluate(() => document.querySelector('kz-iin-application').value)).surnameLatin, 'Müller')
  // Retry: a double click sends one request only.
  await shadow(page, (root) => {
    root.querySelector('.send').click()
    root.querySelector('.send').click()
  })
  await page.waitForFunction(() => !document.querySelector('kz-iin-application').shadowRoot.querySelector('[part=confirmation]').hidden)
  assert.equal(received.length, 2)
  assert.deepEqual(received[1].body, EXPECTED)
  assert.match(received[0].headers['idempotency-key'], /^[0-9a-f-]{32,36}$/)
  assert.equal(received[1].headers['idempotency-key'], received[0].headers['idempotency-key'])
  assert.equal(received[1].headers['content-type'], 'application/json')
  // The person's language, which the service keeps and words its refusals in.
  assert.equal(received[1].headers['accept-language'], 'en')
  // kz-iin-sent carries the answer, and the confirmation shows its receipt to say at the window.
  assert.deepEqual(await eventsOf(page, 'kz-iin-sent'), [{ status: 201, body: { id: 'a1', receipt: 'DEU-2026-000002' } }])
  assert.equal(await shadow(page, (root) => root.querySelector('.receipt-number').textContent), 'DEU-2026-000002')
  assert.match(await shadow(page, (root) => root.querySelector('.receipt').textContent), /application number/)
})

test('a host\'s values of another type are kept as text for the core to judge, and a timeout no timer can wait for is the default', async () => {
  const { page } = await open()
  const got = await page.evaluate(() => {
    const input = document.getElementById('host-iin')
    input.value = 960340000514
    const asNumber = input.value
    input.value = null
    const app = document.querySelector('kz-iin-application')
    app.value = { documentNumber: 12345678, surnameLatin: { not: 'text' } }
    return { asNumber, asNull: input.value, number: app.value.documentNumber, object: app.value.surnameLatin }
  })
  assert.deepEqual(got, { asNumber: '960340000514', asNull: '', number: '12345678', object: '' })
  // An element not yet in a page: validated and emptied as the answers set so far, no exception.
  const early = await page.evaluate(() => {
    const el = document.createElement('kz-iin-application')
    el.setAttribute('institution', 'deu')
    el.value = { surnameLatin: 'Müller', documentNumber: 12345678, purpose: () => 'not text' }
    const value = el.value
    const report = el.validate()
    el.reset()
    const fields = report.errors.map((e) => e.field)
    return { valid: report.valid, cyrillic: fields.includes('surnameCyrillic'), institution: fields.includes('institution'), number: fields.includes('documentNumber'), value, after: el.value }
  })
  assert.deepEqual(early, {
    valid: false,
    cyrillic: true,
    institution: false,
    number: false,
    value: { surnameLatin: 'Müller', documentNumber: '12345678', purpose: '', institution: 'deu' },
    after: { institution: 'deu' },
  })
  // timeout="-1" (or one past what a timer can wait) is the default, not a failure at once.
  received.length = 0
  answers.push(201)
  await page.evaluate(() => document.querySelector('kz-iin-application').setAttribute('timeout', '-1'))
  await fillByKeyboard(page)
  await pressSend(page)
  await page.waitForFunction(() => !document.querySelector('kz-iin-application').shadowRoot.querySelector('[part=confirmation]').hidden)
  assert.equal(received.length, 1)
})

test('a failed submit fires kz-iin-invalid with the errors the summary shows, and sends nothing', async () => {
  const { page } = await open()
  received.length = 0
  await recordEvents(page)
  await shadow(page, (root) => root.querySelector('form').requestSubmit())
  const invalid = await eventsOf(page, 'kz-iin-invalid')
  assert.equal(invalid.length, 1)
  const summary = await shadow(page, (root) => [...root.querySelectorAll('.summary li')].map((li) => [li.dataset.field, li.textContent]))
  assert.deepEqual(invalid[0].errors.map((e) => [e.field, e.message]), summary)
  assert.equal(invalid[0].errors[0].code, 'required')
  assert.deepEqual([await eventsOf(page, 'kz-iin-submit'), received.length], [[], 0])
})

test('a timeout is reported in the person\'s language and the answers are kept', async () => {
  const { page } = await open()
  received.length = 0
  answers.push('hang')
  await page.evaluate(() => document.querySelector('kz-iin-application').setAttribute('timeout', '500'))
  await fillByKeyboard(page)
  // Switching the language in the review step stays in the review step.
  await page.evaluate(() => document.querySelector('kz-iin-application').setAttribute('lang', 'kk'))
  assert.equal(await shadow(page, (root) => root.querySelector('[part=review]').hidden), false)
  assert.equal(await shadow(page, (root) => root.querySelector('#kz-review-title').textContent), 'Өтінішті жібермес бұрын жауаптарыңызды тексеріңіз')
  await shadow(page, (root) => root.querySelector('#kz-review-title').focus())
  await pressSend(page)
  await page.waitForFunction(() => document.querySelector('kz-iin-application').shadowRoot.querySelector('.status.failed'))
  assert.match(await shadow(page, (root) => root.querySelector('.status').textContent), /уақытында жауап бермеді/)
  assert.equal((await page.evaluate(() => document.querySelector('kz-iin-application').value)).givenNameLatin, 'Anna')
})

test('answers sent, changed and sent, then changed back, go again under their first key', async () => {
  const { page } = await open()
  received.length = 0
  answers.push('hang', 'hang', 201)
  await page.evaluate(() => document.querySelector('kz-iin-application').setAttribute('timeout', '500'))
  await fillByKeyboard(page)
  const sendNow = async () => {
    await shadow(page, (root) => root.querySelector('.send').click())
    await page.waitForFunction(() => {
      const root = document.querySelector('kz-iin-application').shadowRoot
      return root.querySelector('.status.failed') || !root.querySelector('[part=confirmation]').hidden
    })
  }
  const changeTo = async (purpose) => {
    await shadow(page, (root) => root.querySelector('[part=review] button.secondary').click())
    await page.evaluate((p) => { document.querySelector('kz-iin-application').value = { purpose: p } }, purpose)
    await shadow(page, (root) => root.querySelector('form button[type=submit]').click())
  }
  await sendNow() // A: no answer in time
  await changeTo('другая цель')
  await sendNow() // B: no answer in time
  await changeTo('открытия банковского счёта')
  await sendNow() // A again: received
  assert.equal(received.length, 3)
  assert.deepEqual(received.map((r) => r.body.purpose), ['открытия банковского счёта', 'другая цель', 'открытия банковского счёта'])
  const [a, b, again] = received.map((r) => r.headers['idempotency-key'])
  assert.notEqual(a, b)
  assert.equal(again, a, 'A under its first key')
})

// Expected messages: what the core says about what the widget holds (date boxes included).
function expectedFor(value, lang) {
  const report = kz.validateApplication(value, { lang, today })
  return report.errors.map((e) => {
    if (DATES.includes(e.field) && typeof value[e.field] === 'string') {
      const [year = '', month = '', day = ''] = value[e.field].split('-')
      const parts = kz.dateFromParts(e.field, day, month, year, lang)
      if (parts.part) return { field: e.field, code: e.code, message: parts.message }
    }
    return { field: e.field, code: e.code, message: e.message }
  })
}

test('every rule shows its message in the summary and inline, in each language', async () => {
  const { page } = await open()
  const errorCases = cases.filter((c) => c.errors.length && c.data && typeof c.data === 'object' && !Array.isArray(c.data))
  let represented = 0
  for (const lang of LANGS) {
    const shown = await page.evaluate(
      ([list, lang]) => {
        const app = document.querySelector('kz-iin-application')
        app.setAttribute('lang', lang)
        const root = app.shadowRoot
        return list.map((data) => {
          app.reset()
          app.value = data
          root.querySelector('form').requestSubmit()
          return {
            value: app.value,
            summary: [...root.querySelectorAll('.summary li')].map((li) => ({ field: li.dataset.field, code: li.dataset.code, message: li.textContent })),
            inline: [...root.querySelectorAll('.error:not([hidden])')].map((p) => ({
              field: p.closest('[data-field]').dataset.field,
              message: p.querySelector('.text').textContent,
              prefix: p.querySelector('.visually-hidden').textContent,
            })),
            focusedSummary: root.activeElement?.classList.contains('summary') ?? false,
          }
        })
      },
      [errorCases.map((c) => c.data), lang],
    )
    shown.forEach((s, i) => {
      const c = errorCases[i]
      const expected = expectedFor(s.value, lang)
      assert.ok(expected.length > 0, `${c.name}: the widget holds an invalid application`)
      assert.deepEqual(s.summary, expected, `${c.name} [${lang}] summary`)
      assert.deepEqual(s.inline.map(({ field, message }) => ({ field, message })), expected.map(({ field, message }) => ({ field, message })), `${c.name} [${lang}] inline`)
      assert.ok(s.inline.every((x) => x.prefix === { kk: 'Қате:', ru: 'Ошибка:', en: 'Error:' }[lang]))
      assert.ok(s.focusedSummary, `${c.name}: the summary takes focus`)
      // Where the form can hold the case's data as given, its errors are the case's errors.
      const same = Object.entries(c.data).every(([k, v]) => !(k in s.value) || s.value[k] === v || (typeof v === 'string' && s.value[k] === v))
      if (same && !c.errors.some((e) => e.code === 'invalid_type') && Object.keys(c.data).every((k) => k in s.value || k === 'favouriteColour')) {
        assert.deepEqual(s.summary.map(({ field, code }) => ({ field, code })), c.errors, `${c.name} [${lang}] codes`)
        represented++
      }
    })
  }
  assert.ok(represented >= 3 * 25, `${represented} cases shown exactly as the vectors say`)
})

test('<kz-iin-input> takes part in a host form: validity, compacted value, paste, reset, back navigation', async () => {
  const { page } = await open()
  const input = page.locator('#host-iin input')
  await input.fill('960340000515')
  await page.click('#host button[type=submit]')
  const invalid = await page.evaluate(() => {
    const el = document.getElementById('host-iin')
    return { matches: el.matches(':invalid'), message: el.validationMessage, shown: el.shadowRoot.querySelector('.error').textContent, result: document.getElementById('host-result').textContent }
  })
  assert.equal(invalid.matches, true)
  assert.equal(invalid.result, '', 'an invalid IIN stops the host form')
  assert.match(invalid.message, /check digit/)
  assert.equal(invalid.shown, invalid.message)
  await page.selectOption('#lang', 'ru')
  assert.match(await page.evaluate(() => document.getElementById('host-iin').validationMessage), /контрольный разряд/)

  // What is shown agrees with the validity however the value changes: a script setting a valid
  // number takes the old error and its red border away; an invalid one shows its own message.
  const shown = () => page.evaluate(() => {
    const el = document.getElementById('host-iin')
    const inner = el.shadowRoot.querySelector('input')
    return { valid: el.checkValidity(), text: el.shadowRoot.querySelector('.error').textContent, invalid: inner.getAttribute('aria-invalid'), border: getComputedStyle(inner).borderTopColor }
  })
  const before = await shown()
  assert.equal(before.invalid, 'true')
  await page.evaluate(() => { document.getElementById('host-iin').value = '960340000514' })
  const fixed = await shown()
  assert.deepEqual([fixed.valid, fixed.text, fixed.invalid], [true, '', null])
  assert.notEqual(fixed.border, before.border, 'the error border goes with the error')
  await page.evaluate(() => { document.getElementById('host-iin').value = '96034000051' })
  const broken = await shown()
  assert.deepEqual([broken.valid, broken.invalid], [false, 'true'])
  assert.equal(broken.text, await page.evaluate(() => document.getElementById('host-iin').validationMessage))
  assert.match(broken.text, /12/)

  await input.fill('')
  await input.focus()
  await page.evaluate(() => {
    const data = new DataTransfer()
    data.setData('text', ' 960 340-000 514 ')
    document.querySelector('#host-iin').shadowRoot.querySelector('input').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  })
  assert.equal(await input.inputValue(), '960340000514')
  await page.click('#host button[type=submit]')
  assert.equal(await page.textContent('#host-result'), 'iin=960340000514')

  await page.click('#host button[type=reset]')
  assert.equal(await input.inputValue(), '')
  assert.equal(await page.evaluate(() => document.getElementById('host-iin').matches(':invalid')), true, 'required and empty')

  await input.fill('9603 4000 0514')
  await page.goto(`${url}/www/favicon.svg`)
  await page.goBack()
  await page.waitForSelector('#host-iin')
  assert.equal(await page.locator('#host-iin input').inputValue(), '9603 4000 0514', 'state restored after back navigation')
})


test('in Chromium\'s accessibility tree every control has its label as name and, after a failed submit, its error as description', async () => {
  const { page, context } = await open()
  await page.selectOption('#lang', 'ru')
  await shadow(page, (root) => root.querySelector('form').requestSubmit())
  const cdp = await context.newCDPSession(page)
  await cdp.send('Accessibility.enable')
  const { nodes } = await cdp.send('Accessibility.getFullAXTree')
  const controls = nodes.filter((n) => ['textbox', 'combobox', 'radio', 'checkbox'].includes(n.role?.value) && !n.ignored)
  const labels = kz.fieldLabels('ru')
  const report = kz.validateApplication({}, { lang: 'ru', today })
  const errorOf = Object.fromEntries(report.errors.map((e) => [e.field, e.message]))
  const names = controls.map((n) => n.name?.value ?? '')
  for (const field of ['surnameLatin', 'purpose', 'institution', 'documentNumber', 'citizenship']) {
    const node = controls.find((n) => n.name?.value?.startsWith(labels[field]))
    assert.ok(node, `${field}: a control named "${labels[field]}" (names: ${names.join(' | ')})`)
    assert.ok(node.description?.value?.includes(errorOf[field]), `${field}: described by "${errorOf[field]}" (got "${node.description?.value}")`)
    assert.ok(node.properties?.some((p) => p.name === 'invalid' && p.value.value !== 'false'), `${field}: invalid`)
  }
  for (const part of ['День', 'Месяц', 'Год']) assert.ok(names.includes(part), `${part} box named`)
  assert.ok(controls.filter((n) => n.role.value === 'radio').every((n) => ['Мужской', 'Женский'].includes(n.name.value)))
  assert.ok(controls.every((n) => (n.name?.value ?? '').trim() !== ''), `unnamed: ${JSON.stringify(controls.filter((n) => !n.name?.value).map((n) => n.role.value))}`)
})

test('a host preselects the institution, and may lock it', async () => {
  const { page } = await open()
  const state = await page.evaluate(() => {
    const app = document.querySelector('kz-iin-application')
    app.setAttribute('institution', 'tur-istanbul')
    const select = app.shadowRoot.querySelector('select[name=institution]')
    const preselected = [select.value, select.disabled]
    app.setAttribute('institution-locked', '')
    const locked = app.shadowRoot.querySelector('select[name=institution]')
    locked.value = 'deu'
    app.value = { institution: 'usa' }
    return { preselected, locked: [locked.disabled, app.value.institution, app.validate().value.institution] }
  })
  assert.deepEqual(state.preselected, ['tur-istanbul', false])
  // Locked: neither the person nor a value set later changes it, and it is what is sent.
  assert.deepEqual(state.locked, [true, 'tur-istanbul', 'tur-istanbul'], 'disabled; the answers and the report hold the host\'s institution')
})
