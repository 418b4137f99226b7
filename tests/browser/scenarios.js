/* global kz */
// What a person sees and does, written once and run in every engine (tests/browser/engines.js):
// the error summary and where focus goes, dates, the review step, sending with the receipt and
// the retry, switching language, <kz-iin-input> in a native form, the kiosk's idle reset, the
// MRZ keyboard wedge, the printed documents, a phone-sized touch screen, the engines' known
// differences, and axe in each state. Each scenario gets `engine` (open a page: the harness
// closes it) and `ctx` ({ url, base: the base application, zone: a passport's MRZ, today,
// received }); what runs in the page is plain DOM, so the engines differ only where they do.
// In the page, `kz.app` is the application element and `kz.root` its shadow root (the page object
// the test server puts in every page: tests/browser/engines.test.js).
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WCAG, axeViolations } from './fixtures.js'

/** The first page's size as poppler's pdfinfo names it ("A4"), whatever wrote the PDF. */
function pdfPageSize(pdf) {
  const dir = mkdtempSync(join(tmpdir(), 'kz-iin-print-'))
  try {
    writeFileSync(join(dir, 'page.pdf'), pdf)
    const info = execFileSync('pdfinfo', [join(dir, 'page.pdf')], { encoding: 'utf8' })
    return /^Page size:.*\((\w+)\)/m.exec(info)?.[1] ?? info
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Where the engines differ, as seen on this machine, and what the widget does about it; the
 * last scenario checks each row in each engine, so that a change in an engine shows up here.
 *  - userInvalid: does `kz-iin-input:user-invalid` match [before anyone typed, after a failed
 *    submit]? Engines disagree for form-associated elements, so the element sets the custom state
 *    :state(user-invalid), which matches [false, true] everywhere.
 *  - clickFocusesButton: does a click focus a <button>? Safari on macOS does not (a platform
 *    rule, not in WebKitGTK): the widget never relies on it and moves focus itself at each step
 *    (the summary, the review's title, the retry button, a field to change): the scenarios above
 *    assert where focus lands after each click.
 *  - printsPdf: can the driver print the page? WebKitWebDriver has no Print Page command: there
 *    the printing scenario checks the document's @page rule and the layout on screen only.
 *  (Drivers differ too: WebKitWebDriver's Element Click calls a text field in a shadow root
 *  "intercepted", so its adapter clicks with the pointer, as the other two adapters do.)
 */
export const DIFFERENCES = {
  Chromium: { userInvalid: [false, false], clickFocusesButton: true, printsPdf: true },
  Firefox: { userInvalid: [true, true], clickFocusesButton: true, printsPdf: true },
  WebKit: { userInvalid: [false, false], clickFocusesButton: true, printsPdf: false },
}

// ----- in the page (serialised: no outer variables) ----------------------------------------------

/**
 * The page is ready: the widget drawn, and every custom element on it defined (<kz-iin-input>
 * waits for its WebAssembly module, and the page's own script runs only after that: in WebKit
 * the widget can be drawn first).
 */
const ready = () => !!kz.app?.shadowRoot?.querySelector('select[name=institution]') && !document.querySelector(':not(:defined)')

/** The focused element, through shadow roots: its name or id and tag. */
const focused = () => {
  let a = document.activeElement
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement
  return { name: a?.getAttribute('name') ?? '', id: a?.id ?? '', tag: a?.tagName ?? '', part: a?.getAttribute('part') ?? '' }
}

async function open(engine, ctx, path = '/www/index.html', options = {}) {
  const page = await engine.open(options)
  await page.goto(`${ctx.url}${path}`)
  await page.wait(ready)
  await page.run(({ today, action }) => {
    const app = kz.app
    app.setAttribute('today', today)
    if (action) app.setAttribute('action', action)
    window.kzEvents = []
    for (const type of ['kz-iin-submit', 'kz-iin-invalid', 'kz-iin-sent', 'kz-iin-mrz', 'kz-iin-reset']) {
      document.addEventListener(type, (e) => window.kzEvents.push({ type, detail: JSON.parse(JSON.stringify(e.detail)) }))
    }
  }, { today: ctx.today, action: options.action ?? null })
  return page
}

/** Every target a person can tap, through shadow roots, smaller than 24 × 24 CSS px. */
const smallTargets = () => {
  const small = []
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot)
      if (!el.matches('a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')) continue
      const box = el.getBoundingClientRect()
      if (box.width === 0 && box.height === 0) continue
      if (box.width < 24 || box.height < 24) small.push(`${el.tagName} ${el.id || el.textContent.trim().slice(0, 30)}: ${Math.round(box.width)} × ${Math.round(box.height)}`)
    }
  }
  walk(document)
  return small
}

/** What a phone's screen shows in a state: wider than the viewport? targets too small? */
async function phoneCheck(page, state) {
  const { scrollWidth, width } = await page.run(() => ({ scrollWidth: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }))
  // The viewport really is a phone's (less a classic scroll bar where the engine draws one).
  assert.ok(width > 300 && width <= 320, `${state}: a 320 px viewport (${width})`)
  assert.ok(scrollWidth <= width, `${state}: no horizontal scrolling (${scrollWidth} > ${width})`)
  assert.deepEqual(await page.run(smallTargets), [], `${state}: every target at least 24 × 24`)
}

const events = (page, type) => page.run((t) => window.kzEvents.filter((e) => e.type === t).map((e) => e.detail), type)

/** axe-core, loaded from the test server (same origin: the pages' policy allows it). */
export async function axe(page) {
  await page.run(async () => {
    if (window.axe) return
    await new Promise((resolve, reject) => {
      const s = document.createElement('script')
      s.src = '/test/axe.min.js'
      s.onload = resolve
      s.onerror = reject
      document.head.append(s)
    })
  })
  return page.run(axeViolations, WCAG)
}

// ----- the scenarios ------------------------------------------------------------------------------

export const SCENARIOS = [
  {
    // The scenarios' reloads rest on this: WebKit's adapter once took the page being left for the
    // next one, and a scenario's steps then ran on it until the reload landed among them.
    name: 'the test driver: going to the address a page already has gives the next document, not the one left',
    async run(engine, ctx) {
      const page = await open(engine, ctx)
      await page.run(() => {
        window.__kzBefore = true
      })
      await page.goto(`${ctx.url}/www/index.html`)
      assert.equal(await page.run(() => window.__kzBefore ?? false), false)
      await page.wait(ready)
    },
  },
  {
    name: 'a failed submit shows the error summary, focused, whose links move focus to the field (a date to its wrong box); a fixed field drops its error when left, without moving the page, and the summary waits for the next submit',
    async run(engine, ctx, axeCounts) {
      const page = await open(engine, ctx)
      await page.run((base) => {
        const app = kz.app
        // A Latin "e" among the Cyrillic letters of the surname.
        app.value = { ...base, institution: '', surnameCyrillic: 'Мюллeр', birthDate: '1990-02-31' }
      }, ctx.base)
      await page.click(() => kz.root.querySelector('form button[type=submit]'))
      await page.wait(() => !kz.root.querySelector('.summary').hidden)
      assert.equal((await page.run(focused)).part, 'error-summary', 'the summary takes focus')
      const links = await page.run(() => [...kz.root.querySelectorAll('.summary a')].map((a) => a.getAttribute('href')))
      assert.deepEqual(links, ['#kz-institution', '#kz-surnameCyrillic', '#kz-birthDate-day'])
      axeCounts.error = (axeCounts.error ?? 0) + (await axe(page)).length
      await page.click(() => kz.root.querySelectorAll('.summary a')[2])
      assert.equal((await page.run(focused)).id, 'kz-birthDate-day')
      await page.click(() => kz.root.querySelector('.summary a'))
      assert.equal((await page.run(focused)).id, 'kz-institution')
      assert.equal((await events(page, 'kz-iin-invalid')).length, 1)
      // The surname, fixed and left: its error goes for everyone at once (hidden, no longer
      // described or invalid) but keeps its space, so nothing below moves; the summary waits.
      await page.click(() => kz.root.querySelectorAll('.summary a')[1])
      assert.equal((await page.run(focused)).id, 'kz-surnameCyrillic')
      const below = () => Math.round(kz.root.getElementById('kz-givenNameLatin').getBoundingClientRect().top + scrollY)
      const before = await page.run(below)
      await page.run(() => kz.root.getElementById('kz-surnameCyrillic').select())
      await page.type('Мюллер')
      await page.press('Tab')
      const fixed = await page.run(() => {
        const root = kz.root
        const input = root.getElementById('kz-surnameCyrillic')
        return {
          value: input.value,
          error: getComputedStyle(root.getElementById('kz-surnameCyrillic-error')).visibility,
          invalid: input.getAttribute('aria-invalid'),
          describedBy: input.getAttribute('aria-describedby'),
          summary: [...root.querySelectorAll('.summary li')].map((li) => li.dataset.field),
        }
      })
      assert.deepEqual(fixed, { value: 'Мюллер', error: 'hidden', invalid: null, describedBy: 'kz-surnameCyrillic-hint', summary: ['institution', 'surnameCyrillic', 'birthDate'] })
      assert.equal(await page.run(below), before, 'the fields below have not moved')
      // The next submit brings the summary up to date.
      await page.click(() => kz.root.querySelector('form button[type=submit]'))
      await page.wait(() => [...kz.root.querySelectorAll('.summary li')].length === 2)
      assert.deepEqual(await page.run(() => [...kz.root.querySelectorAll('.summary li')].map((li) => li.dataset.field)), ['institution', 'birthDate'])
    },
  },
  {
    name: 'dates: three boxes typed with the keyboard are read as one date, a month by its name; a wrong box is named',
    async run(engine, ctx) {
      const page = await open(engine, ctx)
      await page.run(() => kz.app.setAttribute('lang', 'ru'))
      await page.wait(() => kz.root.querySelector('.container').lang === 'ru')
      await page.click(() => kz.root.getElementById('kz-birthDate-day'))
      await page.type('17')
      await page.press('Tab')
      await page.type('марта')
      await page.press('Tab')
      await page.type('1990')
      const value = await page.run(() => kz.app.value.birthDate)
      assert.equal(value, '1990-03-17')
      await page.click(() => kz.root.getElementById('kz-birthDate-month'))
      await page.run(() => { kz.root.getElementById('kz-birthDate-month').value = '13' })
      await page.run(() => kz.root.querySelector('form').requestSubmit())
      const error = await page.run(() => {
        const root = kz.root
        return { text: root.getElementById('kz-birthDate-error').textContent, invalid: root.getElementById('kz-birthDate-month').getAttribute('aria-invalid'), day: root.getElementById('kz-birthDate-day').getAttribute('aria-invalid') }
      })
      assert.match(error.text, /месяц/)
      assert.deepEqual([error.invalid, error.day], ['true', null], 'only the wrong box is marked')
    },
  },
  {
    name: 'the review step lists every answer, and "Change" goes back to the field',
    async run(engine, ctx, axeCounts) {
      const page = await open(engine, ctx)
      axeCounts.empty = 0
      for (const lang of ['kk', 'ru', 'en']) {
        await page.run((l) => kz.app.setAttribute('lang', l), lang)
        axeCounts.empty += (await axe(page)).length
      }
      await page.run((base) => { kz.app.value = base }, ctx.base)
      axeCounts.filled = (await axe(page)).length
      await page.click(() => kz.root.querySelector('form button[type=submit]'))
      await page.wait(() => !kz.root.querySelector('[part=review]').hidden)
      assert.equal((await page.run(focused)).id, 'kz-review-title')
      const answers = await page.run(() => [...kz.root.querySelectorAll('dl.answers dd:first-of-type')].map((d) => d.textContent))
      assert.ok(answers.includes('Müller') && answers.includes('17.05.1990') && answers.includes('C01X00T47'), answers.join(' | '))
      axeCounts.review = (await axe(page)).length
      await page.click(() => [...kz.root.querySelectorAll('dl.answers button')].find((b) => b.textContent.includes('Surname in Latin')))
      assert.equal((await page.run(focused)).name, 'surnameLatin')
      assert.equal(await page.run(() => kz.root.querySelector('form').hidden), false)
    },
  },
  {
    name: 'sending: a failed POST keeps every answer and offers a retry under the same key; then the receipt',
    async run(engine, ctx) {
      const token = Math.random().toString(36).slice(2)
      const page = await open(engine, ctx, '/www/index.html', { action: `/test/submit/fail-once/${token}` })
      await page.run((base) => {
        const app = kz.app
        app.value = base
        app.shadowRoot.querySelector('form').requestSubmit()
      }, ctx.base)
      await page.wait(() => !kz.root.querySelector('[part=review]').hidden)
      await page.click(() => kz.root.querySelector('.send'))
      await page.wait(() => kz.root.querySelector('.status.failed') !== null)
      assert.match(await page.run(() => kz.root.querySelector('.status').textContent), /500/)
      assert.equal((await page.run(focused)).tag, 'BUTTON', 'focus on the retry')
      assert.equal(await page.run(() => kz.app.value.surnameLatin), 'Müller')
      await page.click(() => kz.root.querySelector('.send'))
      await page.wait(() => !kz.root.querySelector('[part=confirmation]').hidden)
      assert.equal(await page.run(() => kz.root.querySelector('.receipt-number').textContent), `DEU-2026-${token}`)
      const [sent] = await events(page, 'kz-iin-sent')
      assert.equal(sent.status, 201)
      const seen = ctx.received(token)
      assert.equal(seen.length, 2)
      assert.equal(seen[0].key, seen[1].key, 'the retry is the same application')
    },
  },
  {
    name: 'a draft on this device: kept only when asked, restored with "start again", gone after 7 days, forgotten on send, never in kiosk mode',
    async run(engine, ctx) {
      const token = Math.random().toString(36).slice(2)
      const page = await open(engine, ctx, '/www/index.html', { action: `/test/submit/ok/${token}` })
      const kept = () => page.run(() => JSON.parse(localStorage.getItem('kz-iin-draft') ?? 'null'))
      // The draft's box comes with its module, once the form is drawn.
      const drafting = () => page.wait(() => !!kz.root.getElementById('kz-draft'))
      const reload = async () => {
        await page.goto(`${ctx.url}/www/index.html`)
        await page.wait(ready)
        await drafting()
        // Retried until it holds: WebKit's driver once refused a script just after the reload.
        await page.wait((action) => {
          const app = kz.app
          app?.setAttribute('action', action)
          return app?.getAttribute('action') === action
        }, `/test/submit/ok/${token}`)
      }
      // Read once the form and its draft parts are all there (WebKit once ran this between a
      // reload's drawing of the form and of its draft parts).
      const state = () => page.wait(() => {
        const root = kz.root
        const [surname, box, notice] = [root?.getElementById('kz-surnameLatin'), root?.getElementById('kz-draft'), root?.querySelector('.draft-notice')]
        return surname && box && notice ? { surname: surname.value, box: box.checked, notice: !notice.hidden } : null
      })
      await page.run(() => localStorage.clear())
      await drafting()
      // Typed without asking: nothing kept.
      await page.click(() => kz.root.getElementById('kz-surnameLatin'))
      await page.type('Müller')
      await new Promise((resolve) => setTimeout(resolve, 700))
      assert.equal(await kept(), null, 'nothing kept unless asked')
      // Asked (the box at the form's end, ticked as a script would: WebKitWebDriver's click at
      // the foot of a long shadow root is not what is tested here): kept now, and as typing
      // goes on.
      await page.run(() => kz.root.getElementById('kz-draft').click())
      assert.equal((await kept())?.values?.surnameLatin, 'Müller', 'kept at once')
      await page.click(() => kz.root.getElementById('kz-surnameLatin'))
      await page.type('s')
      await page.wait(() => JSON.parse(localStorage.getItem('kz-iin-draft') ?? 'null')?.values?.surnameLatin === 'Müllers')
      // The next visit: restored, said so, with "start again".
      await reload()
      assert.deepEqual(await state(), { surname: 'Müllers', box: true, notice: true })
      assert.deepEqual(await axe(page), [], 'axe with the restored notice')
      await page.click(() => kz.root.querySelector('.draft-notice button'))
      assert.deepEqual(await state(), { surname: '', box: false, notice: false })
      assert.equal(await kept(), null, '"start again" forgets it')
      // Kept 8 days ago (the clock moved on): gone, and not restored.
      await page.run(() => localStorage.setItem('kz-iin-draft', JSON.stringify({ savedAt: Date.now() - 8 * 24 * 3600 * 1000, values: { surnameLatin: 'Old' } })))
      await reload()
      assert.deepEqual(await state(), { surname: '', box: false, notice: false })
      assert.equal(await kept(), null, 'an expired draft is deleted')
      // Sent: forgotten.
      await page.run((base) => {
        const app = kz.app
        app.value = base
        app.shadowRoot.getElementById('kz-draft').click()
      }, ctx.base)
      assert.equal((await kept())?.values?.surnameLatin, 'Müller')
      await page.run(() => kz.root.querySelector('form').requestSubmit())
      await page.wait(() => !kz.root.querySelector('[part=review]').hidden)
      await page.click(() => kz.root.querySelector('.send'))
      await page.wait(() => !kz.root.querySelector('[part=confirmation]').hidden)
      assert.equal(await kept(), null, 'sent: forgotten')
      // A kiosk: no box, and a draft in the storage is not shown to the next person.
      await page.run(() => localStorage.setItem('kz-iin-draft', JSON.stringify({ savedAt: Date.now(), values: { surnameLatin: 'Someone' } })))
      await page.goto(`${ctx.url}/www/kiosk.html`)
      await page.wait(ready)
      await new Promise((resolve) => setTimeout(resolve, 500))
      const kiosk = await page.run(() => {
        const root = kz.root
        return { box: !!root.getElementById('kz-draft'), surname: root.getElementById('kz-surnameLatin').value }
      })
      assert.deepEqual(kiosk, { box: false, surname: '' })
    },
  },
  {
    name: 'switching the language relabels the form and keeps every value',
    async run(engine, ctx) {
      const page = await open(engine, ctx)
      await page.click(() => kz.root.getElementById('kz-surnameLatin'))
      await page.type('Müller')
      await page.run(() => kz.app.setAttribute('lang', 'kk'))
      const kk = await page.run(() => {
        const root = kz.root
        return { label: root.querySelector('label[for=kz-surnameLatin]').textContent, value: root.getElementById('kz-surnameLatin').value, title: root.getElementById('kz-title').textContent }
      })
      assert.deepEqual(kk, { label: 'Тегі латын транскрипциясында', value: 'Müller', title: 'Жеке сәйкестендіру нөмірін (ЖСН) беру туралы өтініш' })
      // Through every language and back, every answer of a whole application stays as it was.
      const seen = await page.run((base) => {
        const app = kz.app
        app.value = { ...base, surnameLatin: 'Müller' }
        const before = JSON.stringify(app.value)
        return ['ru', 'en', 'kk'].map((lang) => {
          app.setAttribute('lang', lang)
          return { label: app.shadowRoot.querySelector('label[for=kz-surnameLatin]').textContent, same: JSON.stringify(app.value) === before, birthDate: app.value.birthDate, cyrillic: app.value.surnameCyrillic }
        })
      }, ctx.base)
      assert.deepEqual(seen.map((s) => s.label), ['Фамилия в латинской транскрипции', 'Surname in Latin transcription', 'Тегі латын транскрипциясында'])
      assert.ok(seen.every((s) => s.same && s.birthDate === '1990-05-17' && s.cyrillic === 'Мюллер'), JSON.stringify(seen))
    },
  },
  {
    name: '<kz-iin-input> in a native form: checkValidity, reportValidity, what is shown, and reset',
    async run(engine, ctx, axeCounts) {
      const page = await open(engine, ctx)
      await page.click(() => document.getElementById('host-iin').shadowRoot.querySelector('input'))
      await page.type('960340000515')
      const invalid = await page.run(() => {
        const el = document.getElementById('host-iin')
        return { check: el.checkValidity(), report: el.reportValidity(), shown: el.shadowRoot.querySelector('.error').textContent, message: el.validationMessage, matches: el.matches(':invalid') }
      })
      assert.equal(invalid.check, false)
      assert.equal(invalid.report, false)
      assert.equal(invalid.matches, true)
      assert.match(invalid.message, /check digit/)
      assert.equal(invalid.shown, invalid.message)
      // Its error, shown, as axe reads it (counted with the application's errors).
      axeCounts.error = (axeCounts.error ?? 0) + (await axe(page)).length
      // Set by a script to a valid number: the error and its border go at once.
      const fixed = await page.run(() => {
        const el = document.getElementById('host-iin')
        el.value = '960340000514'
        return { check: el.checkValidity(), shown: el.shadowRoot.querySelector('.error').textContent, invalid: el.shadowRoot.querySelector('input').getAttribute('aria-invalid') }
      })
      assert.deepEqual(fixed, { check: true, shown: '', invalid: null })
      await page.click(() => document.querySelector('#host button[type=submit]'))
      await page.wait(() => document.getElementById('host-result').textContent)
      assert.equal(await page.run(() => document.getElementById('host-result').textContent), 'iin=960340000514')
      await page.click(() => document.querySelector('#host button[type=reset]'))
      const reset = await page.run(() => {
        const el = document.getElementById('host-iin')
        return { value: el.value, valid: el.checkValidity() }
      })
      assert.deepEqual(reset, { value: '', valid: false }, 'reset, and required again')
    },
  },
  {
    name: 'kiosk: after the idle time a warning counts down, then every answer is cleared',
    async run(engine, ctx, axeCounts) {
      const page = await open(engine, ctx, '/www/kiosk.html')
      axeCounts.kiosk = (await axe(page)).length
      await page.run((base) => {
        const app = kz.app
        app.setAttribute('idle-timeout', '1')
        app.setAttribute('idle-warning', '20')
        // The mode again, so that the new times are taken.
        app.removeAttribute('mode')
        app.setAttribute('mode', 'kiosk')
        app.value = base
      }, ctx.base)
      await page.wait(() => kz.root.querySelector('dialog.idle')?.open, null, 10_000)
      assert.match(await page.run(() => kz.root.getElementById('kz-idle-text').textContent), /cleared in \d+ seconds|секунд/)
      await page.wait(() => window.kzEvents.some((e) => e.type === 'kz-iin-reset'), null, 40_000)
      const after = await page.run(() => {
        const root = kz.root
        return { surname: root.getElementById('kz-surnameLatin').value, dialog: root.querySelector('dialog.idle').open, html: root.innerHTML.includes('Müller') }
      })
      assert.deepEqual(after, { surname: '', dialog: false, html: false })
      assert.deepEqual(await events(page, 'kz-iin-reset'), [{ reason: 'idle' }])
    },
  },
  {
    name: 'kiosk: a passport reader typing its zone into the focused field fills the form',
    async run(engine, ctx) {
      const page = await open(engine, ctx, '/www/kiosk.html')
      // Clicked until the page's own script has taken it: the form can be drawn (the element
      // defined) a moment before www/kiosk.js has put its listeners on the language buttons.
      await page.wait(() => {
        document.querySelector('[data-lang="en"]').click()
        return kz.app.getAttribute('lang') === 'en'
      })
      // The person had begun to type there: that stays in the field, and the zone is read whole.
      await page.click(() => kz.root.getElementById('kz-surnameLatin'))
      await page.type(`Anna${ctx.zone.text}\n`)
      await page.wait(() => window.kzEvents.some((e) => e.type === 'kz-iin-mrz'))
      const [mrz] = await events(page, 'kz-iin-mrz')
      assert.deepEqual([...mrz.filled].sort(), Object.keys(ctx.zone.fields).sort())
      const filled = await page.run(() => {
        const root = kz.root
        return { surname: root.getElementById('kz-surnameLatin').value, number: root.getElementById('kz-documentNumber').value, zone: root.getElementById('kz-mrz').value }
      })
      assert.deepEqual(filled, { surname: ctx.zone.fields.surnameLatin, number: ctx.zone.fields.documentNumber, zone: '' })
      // Every field the zone carries, as the application's value has it.
      const value = await page.run(() => kz.app.value)
      for (const [key, want] of Object.entries(ctx.zone.fields)) assert.equal(value[key], want, key)
      const status = await page.run(() => kz.root.getElementById('kz-mrz-status').textContent)
      assert.match(status, /Filled in from your document: .*Surname in Latin transcription.*Number of identity document/)
      // Everything stays editable.
      await page.click(() => kz.root.getElementById('kz-surnameLatin'))
      await page.press('End')
      await page.type('-SCHMIDT')
      assert.equal(await page.run(() => kz.root.getElementById('kz-surnameLatin').value), `${ctx.zone.fields.surnameLatin}-SCHMIDT`)
    },
  },
  {
    name: 'the printed documents: both columns side by side, the QR code at its size, the page A4',
    async run(engine, ctx) {
      const page = await engine.open()
      await page.goto(`${ctx.url}/test/documents.html`)
      await page.wait(() => document.getElementById('certificate')?.shadowRoot?.querySelector('.kz-doc') != null)
      const layout = await page.run(() => {
        const root = document.getElementById('certificate').shadowRoot
        const cols = [...root.querySelectorAll('.col')].map((c) => c.getBoundingClientRect())
        const qr = root.querySelector('.qr svg').getBoundingClientRect()
        return { cols: cols.length, sameRow: Math.abs(cols[0].top - cols[1].top) < 2, leftToRight: cols[0].right <= cols[1].left, qr: [Math.round(qr.width), Math.round(qr.height)], text: root.textContent.includes('9603 4000 0514') }
      })
      assert.deepEqual([layout.cols, layout.sameRow, layout.leftToRight, layout.text], [2, true, true, true])
      // 32 mm at 96 dpi is 121 px.
      assert.ok(Math.abs(layout.qr[0] - 121) <= 2 && Math.abs(layout.qr[1] - 121) <= 2, `QR ${layout.qr}`)
      // The paper size is the document's: browsers ignore @page inside a shadow root, so the
      // element puts its rule on the document.
      const pageRule = await page.run(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules]).filter((r) => r instanceof CSSPageRule).map((r) => r.style.getPropertyValue('size')))
      // (WebKit serialises the keyword in lower case.)
      assert.deepEqual(pageRule.map((size) => size.toUpperCase()), ['A4'])
      const pdf = await page.pdf()
      assert.equal(pdf !== null, DIFFERENCES[engine.name].printsPdf, 'the driver prints')
      if (pdf) assert.equal(pdfPageSize(pdf), 'A4', 'the PDF')
    },
  },
  {
    name: 'engine differences, named: :user-invalid on a form-associated element (the element\'s own state instead), a clicked button\'s focus',
    async run(engine, ctx) {
      const page = await open(engine, ctx)
      const matching = () => {
        const el = document.getElementById('host-iin')
        return [el.matches(':user-invalid'), el.matches(':state(user-invalid)')]
      }
      const before = await page.run(matching)
      await page.click(() => document.getElementById('host-iin').shadowRoot.querySelector('input'))
      await page.type('123')
      await page.click(() => document.querySelector('#host button[type=submit]'))
      const failed = await page.run(matching)
      await page.run(() => { document.getElementById('host-iin').value = '960340000514' })
      const fixed = await page.run(matching)
      const expected = DIFFERENCES[engine.name]
      assert.deepEqual([before[0], failed[0]], expected.userInvalid, ':user-invalid')
      assert.deepEqual([before[1], failed[1], fixed[1]], [false, true, false], ':state(user-invalid), the same everywhere')
      await page.run(() => {
        const b = Object.assign(document.createElement('button'), { type: 'button', id: 'probe', textContent: 'probe' })
        document.body.prepend(b)
      })
      await page.click(() => document.getElementById('probe'))
      assert.equal(await page.run(() => document.activeElement?.id === 'probe'), expected.clickFocusesButton, 'a click focuses a button')
    },
  },
  {
    name: 'a phone, 320 px wide and touch: the main flow with no horizontal scrolling and targets of 24 × 24 or more; the focused field stays visible as the keyboard opens',
    // WebKitGTK has no touch emulation, and its window is never narrower than 447 px: there the
    // page runs in a 320 px frame (tests/browser/engines.js), clicked with a mouse.
    async run(engine, ctx) {
      const token = Math.random().toString(36).slice(2)
      const page = await open(engine, ctx, '/www/index.html', { width: 320, height: 640, touch: true, action: `/test/submit/ok/${token}` })
      await phoneCheck(page, 'empty')
      await page.click(() => kz.root.querySelector('form button[type=submit]'))
      await page.wait(() => !kz.root.querySelector('.summary').hidden)
      await phoneCheck(page, 'errors')
      await page.run((base) => { kz.app.value = base }, ctx.base)
      await page.click(() => kz.root.querySelector('form button[type=submit]'))
      await page.wait(() => !kz.root.querySelector('[part=review]').hidden)
      await phoneCheck(page, 'review')
      await page.click(() => kz.root.querySelector('.send'))
      await page.wait(() => !kz.root.querySelector('[part=confirmation]').hidden)
      await phoneCheck(page, 'confirmation')

      // The keyboard: a field in the lower half takes focus, then the viewport loses 340 px.
      // The same page loaded afresh (WebKitWebDriver holds one session at a time).
      const keyboard = page
      await keyboard.goto(`${ctx.url}/www/index.html`)
      await keyboard.wait(ready)
      await keyboard.run(() => {
        const field = kz.root.getElementById('kz-nationality')
        scrollTo(0, field.getBoundingClientRect().top + scrollY - 520)
      })
      await keyboard.click(() => kz.root.getElementById('kz-nationality'))
      await keyboard.type('немка')
      await keyboard.resize(320, 300)
      await keyboard.wait(() => (window.visualViewport?.height ?? innerHeight) <= 300)
      const seen = await keyboard.wait(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
        const root = kz.root
        const box = root.getElementById('kz-nationality').getBoundingClientRect()
        const viewport = window.visualViewport ?? { offsetTop: 0, height: innerHeight }
        resolve({ focused: root.activeElement?.id, top: box.top - viewport.offsetTop, bottom: box.bottom - viewport.offsetTop, height: viewport.height })
      }))))
      assert.equal(seen.focused, 'kz-nationality')
      assert.ok(seen.top >= 0 && seen.bottom <= seen.height, `the focused field is in view: ${JSON.stringify(seen)}`)
      assert.equal(await keyboard.run(() => kz.app.value.nationality), 'немка', 'and what was typed is kept')
    },
  },
]
