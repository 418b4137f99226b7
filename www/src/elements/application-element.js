// <kz-iin-application>: the whole application of appendix 1 (seed 000), validated in the
// browser by the same core a server runs. No rule lives here: the element lays out the form,
// reads what was typed, asks the core, and shows what it says, the GOV.UK way (nothing flagged
// while typing; on submit an error summary, focused, linking to each field; no value cleared).
import * as kz from '../application.js'
import { h, sheet } from './dom.js'
import { DEFAULT_IDLE_SECONDS, DEFAULT_WARNING_SECONDS, IdleTimer, MIN_WARNING_SECONDS, seconds } from './idle.js'
import { applicationCss } from './styles.js'
import en from './ui/en.js'
import kk from './ui/kk.js'
import ru from './ui/ru.js'

const UI = { en, kk, ru }
const DATES = new Set(['birthDate', 'documentIssueDate', 'documentExpiryDate'])
const COUNTRIES = new Set(['citizenship', 'arrivalCountry', 'documentIssuingCountry', 'birthCountry'])
const CONSENTS = ['consentPersonalData', 'consentProtectedSecrets']
const PARTS = ['day', 'month', 'year']

// The form's sections in the seed's order; a pair is shown side by side (Latin | Cyrillic).
const SECTIONS = [
  ['addressee', ['institution', 'addresseePosition', 'addresseeName']],
  ['request', ['purpose']],
  ['names', [['givenNameLatin', 'givenNameCyrillic'], ['surnameLatin', 'surnameCyrillic'], ['patronymicLatin', 'patronymicCyrillic']]],
  ['birth', ['birthDate', 'sex']],
  ['citizenship', ['citizenship', 'nationality', 'arrivalCountry']],
  ['document', ['documentType', 'documentNumber', 'documentIssueDate', 'documentExpiryDate', 'documentIssuingCountry']],
  ['birthPlace', ['birthCountry', 'birthRegion', 'birthDistrict', 'birthAddress']],
  ['previousIin', ['previousIin']],
  ['consents', CONSENTS],
]
const FIELDS = SECTIONS.flatMap(([, fields]) => fields.flat())

// WCAG 1.3.5: the purpose of the fields that have an autocomplete token. The Cyrillic names have
// none on purpose: autofill would put the Latin name there.
const AUTOCOMPLETE = {
  givenNameLatin: 'given-name',
  surnameLatin: 'family-name',
  patronymicLatin: 'additional-name',
  birthDate: ['bday-day', 'bday-month', 'bday-year'],
  sex: 'sex',
}
const HINTS = {
  addresseePosition: 'addresseePosition',
  addresseeName: 'addresseeName',
  purpose: 'purpose',
  givenNameLatin: 'latin',
  surnameLatin: 'latin',
  patronymicLatin: 'latin',
  givenNameCyrillic: 'cyrillic',
  surnameCyrillic: 'cyrillic',
  patronymicCyrillic: 'cyrillic',
  documentNumber: 'documentNumber',
  previousIin: 'previousIin',
}

const DEFAULT_TIMEOUT_MS = 30_000
// Kiosk: how long the confirmation stays before the screen is cleared for the next person.
const DEFAULT_CONFIRMATION_SECONDS = 20
// Name pairs for transliteration suggestions: each field offers a spelling for the other.
const NAME_PAIRS = SECTIONS[2][1]
const PARTNER = Object.fromEntries(NAME_PAIRS.flatMap(([l, c]) => [[l, c], [c, l]]))
// What a reader types (or a person pastes) that is an MRZ line rather than a name: a run of
// letters and digits with the < filler in it.
const MRZ_RUN = /[A-Za-z0-9]*<[A-Za-z0-9<]*/
// Complete zones (line counts and widths of TD3, TD2, TD1) are read as soon as they are typed.
const MRZ_SHAPES = [[2, 44], [2, 36], [3, 30]]

/** A fresh idempotency key (crypto.randomUUID needs a secure context; the fallback does not). */
function newKey() {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const b = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
}

const id = (field, part) => `kz-${field}${part ? `-${part}` : ''}`

/**
 * The application form as a custom element. Attributes: `lang` (kk, ru, en; switchable at any
 * time without losing input), `institution` (preselected; locked with `institution-locked`),
 * `action` (POST the JSON there), `today` (YYYY-MM-DD: the day of application), `timeout`
 * (milliseconds to wait for `action`), `mode="kiosk"` (shared touch screen: large targets, an
 * MRZ reader field, an inactivity warning after `idle-timeout` seconds (120) that counts down
 * `idle-warning` seconds (30, at least 20), then a full reset, as after a confirmation shown for
 * `confirmation-time` seconds (20) and on a page restored from the back/forward cache), `mrz`
 * (the MRZ field outside kiosk mode). Events: `kz-iin-submit` (cancelable, detail.value: the
 * normalised application), `kz-iin-invalid` (detail.errors), `kz-iin-sent` (detail.response),
 * `kz-iin-mrz` (detail: { filled: keys } or { errors }), `kz-iin-reset` (detail.reason: idle,
 * submitted, pageshow, person).
 */
export class KzIinApplicationElement extends HTMLElement {
  static observedAttributes = ['lang', 'institution', 'institution-locked', 'mode', 'mrz']

  static define(tag = 'kz-iin-application', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this)
    return this
  }

  #root
  #report = null
  #submitted = false
  #sending = false
  #step = 'form'
  #els = {}

  constructor() {
    super()
    this.#root = this.attachShadow({ mode: 'open' })
    this.#root.adoptedStyleSheets = [sheet(applicationCss)]
  }

  #idle = null
  #doneTimer = null
  #kioskLang = null
  // The MRZ reader's module (import('../mrz.js')), loaded when the MRZ panel is first rendered:
  // a portal's form without the panel never downloads it (README "Size").
  #mrzReader = null

  connectedCallback() {
    if (!this.#els.form) this.#render()
    // Activity anywhere in the widget restarts the kiosk's idle time.
    for (const type of ['pointerdown', 'keydown', 'input', 'wheel']) this.addEventListener(type, this.#activity)
    window.addEventListener('pageshow', this.#pageshow)
    this.#kioskLang ??= this.getAttribute('lang')
    this.#syncKiosk()
  }

  disconnectedCallback() {
    for (const type of ['pointerdown', 'keydown', 'input', 'wheel']) this.removeEventListener(type, this.#activity)
    window.removeEventListener('pageshow', this.#pageshow)
    this.#idle?.stop()
    clearTimeout(this.#doneTimer)
  }

  get #kiosk() {
    return this.getAttribute('mode') === 'kiosk'
  }

  #activity = () => {
    if (this.#kiosk) this.#idle?.touch()
  }

  // A kiosk page restored from the back/forward cache must not show the last person's answers.
  #pageshow = (event) => {
    if (event.persisted && this.#kiosk) this.clear('pageshow')
  }

  /** Starts or stops the idle clock to match the mode (and its attributes). */
  #syncKiosk() {
    this.#idle?.stop()
    this.#idle = null
    if (!this.#kiosk || !this.isConnected) return
    this.#idle = new IdleTimer({
      idleMs: seconds(this.getAttribute('idle-timeout'), DEFAULT_IDLE_SECONDS) * 1000,
      warnMs: seconds(this.getAttribute('idle-warning'), DEFAULT_WARNING_SECONDS, MIN_WARNING_SECONDS) * 1000,
      onWarn: (left) => this.#showIdle(left),
      onTick: (left) => this.#countdown(left),
      onExpire: () => this.clear('idle'),
    })
    this.#idle.start()
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#els.form || old === value) return
    // A lang that resolves to the language already shown changes nothing: no second render.
    if (name === 'lang' && this.lang === this.#els.container?.lang) return
    if (name === 'mode') this.#syncKiosk()
    const values = this.#read()
    // A new preselection wins over what the select held.
    if (name === 'institution' && value) values.institution = value
    const step = this.#step
    this.#render()
    this.#write(values)
    if (this.#submitted) {
      const report = this.#check({ focus: false })
      if (step === 'review' && report.valid) this.#showReview(report, { focus: false })
    }
    if (step === 'done') this.#show('done')
  }

  get lang() {
    return kz.resolveLang(this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || 'en')
  }

  set lang(value) {
    this.setAttribute('lang', value)
  }

  /** The answers as typed (dates as YYYY-MM-DD when complete). */
  get value() {
    return this.#collect().data
  }

  /** Fills the form (a host may prefill answers it already knows). */
  set value(data) {
    if (data && typeof data === 'object') this.#write(this.#fromApplication(data))
  }

  /** Validates now and returns the core's report (nothing is shown). */
  validate() {
    return this.#collect().report
  }

  /** Empties the form and returns to its start. */
  reset() {
    this.#els.form.reset()
    this.#write({})
    this.#clearErrors()
    this.#submitted = false
    this.#show('form')
  }

  /**
   * Forgets everything for the next person (the kiosk's reset): every answer, the review, the
   * pending submission and the model are dropped and the whole form is drawn anew, so no node
   * keeps what was typed; in kiosk mode the origin's sessionStorage and localStorage are
   * cleared too and the language goes back to the kiosk's. Focus returns to the start.
   * @param {string} [reason] for the `kz-iin-reset` event: idle, submitted, pageshow, person
   */
  clear(reason = 'person') {
    clearTimeout(this.#doneTimer)
    this.#idle?.stop()
    this.#report = null
    this.#pending = null
    this.#submitted = false
    this.#sending = false
    if (this.#kiosk) {
      for (const store of ['sessionStorage', 'localStorage']) {
        try {
          window[store].clear()
        } catch {
          // storage blocked by the browser: nothing was kept there
        }
      }
      if (this.#kioskLang && this.getAttribute('lang') !== this.#kioskLang) this.setAttribute('lang', this.#kioskLang)
    }
    this.#render()
    this.#root.getElementById('kz-title').focus()
    this.#idle?.start()
    this.dispatchEvent(new CustomEvent('kz-iin-reset', { bubbles: true, composed: true, detail: { reason } }))
  }

  get #ui() {
    return UI[this.lang]
  }

  // ----- rendering ------------------------------------------------------------------------------

  #render() {
    const lang = this.lang
    const ui = this.#ui
    const labels = kz.fieldLabels(lang)
    const required = new Set(kz.requiredFields())
    this.#els = {}
    const summaryList = h('ul', { part: 'error-summary-list' })
    const summary = h('div', { class: 'summary', part: 'error-summary', tabindex: '-1', hidden: true, 'aria-labelledby': 'kz-summary-title' },
      h('div', { role: 'alert' }, h('h2', { id: 'kz-summary-title' }, ui.problem), summaryList))
    summaryList.addEventListener('click', (e) => this.#followLink(e))

    const form = h('form', { novalidate: true, part: 'form', 'aria-labelledby': 'kz-title', autocomplete: this.#kiosk ? 'off' : null },
      h('h2', { id: 'kz-title', tabindex: '-1' }, ui.title),
      this.#kiosk || this.hasAttribute('mrz') ? this.#mrzPanel() : null,
      SECTIONS.map(([section, fields]) =>
        h('fieldset', { part: 'fieldset', 'data-section': section },
          h('legend', {}, ui.legends[section]),
          fields.map((f) => (Array.isArray(f) ? h('div', { class: 'pair' }, f.map((x) => this.#field(x, labels, required))) : this.#field(f, labels, required))))),
      h('button', { type: 'submit', class: 'button', part: 'button' }, ui.continue))
    form.addEventListener('submit', (e) => {
      e.preventDefault()
      this.#submit()
    })
    // After a failed submit, leaving a corrected field clears its error (never adds one).
    form.addEventListener('focusout', (e) => {
      this.#recheck(e.target)
      this.#offerSpelling(e.target)
    })
    form.addEventListener('input', (e) => {
      this.#mrzInput(e.target)
      // Typing one's own spelling dismisses the suggestion for that field.
      const offer = e.target?.name && this.#root.getElementById(id(e.target.name, 'suggest'))
      if (offer) offer.hidden = true
    })
    form.addEventListener('paste', (e) => this.#mrzPaste(e))

    const review = h('section', { class: 'review', part: 'review', hidden: true, 'aria-labelledby': 'kz-review-title' },
      h('h2', { id: 'kz-review-title', tabindex: '-1' }, ui.reviewTitle),
      h('p', {}, ui.reviewLead),
      h('dl', { class: 'answers' }),
      h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }),
      h('button', { type: 'button', class: 'button send', part: 'button', onclick: () => this.#send() }, ui.send),
      h('button', { type: 'button', class: 'button secondary', part: 'button', onclick: () => this.#backToForm() }, ui.back))
    const done = h('section', { class: 'panel', part: 'confirmation', hidden: true, 'aria-labelledby': 'kz-done-title' },
      h('h2', { id: 'kz-done-title', tabindex: '-1' }, ui.doneTitle),
      h('p', {}, ui.doneText),
      this.#kiosk ? h('p', {}, ui.kioskDone) : null,
      h('button', { type: 'button', class: 'button secondary', part: 'button', onclick: () => (this.#kiosk ? this.clear('submitted') : this.reset()) }, ui.newApplication))

    const idle = this.#kiosk ? this.#idleDialog() : null
    const container = h('div', { class: 'container', lang }, summary, form, review, done, idle)
    this.#root.replaceChildren(container)
    Object.assign(this.#els, { container, summary, summaryList, form, review, done, idle })
    const preset = this.getAttribute('institution')
    if (preset) this.#control('institution').value = preset
    this.#step = 'form'
    // For hosts' real-user monitoring (and npm run bench): when the form can first be typed into.
    if (!this.#ready) {
      this.#ready = true
      performance.mark?.('kz-iin-application-ready')
    }
  }

  #ready = false

  /** One field: label, hint, error and warning messages, control(s); all in this shadow root. */
  #field(field, labels, required) {
    const ui = this.#ui
    const optional = !required.has(field) && !field.startsWith('given') && !field.startsWith('patronymic')
    const labelText = [labels[field], optional ? ` ${ui.optional}` : '']
    const hintKey = HINTS[field] ?? (DATES.has(field) ? 'date' : null)
    const hint = hintKey && h('p', { class: 'hint', id: id(field, 'hint'), part: 'hint' }, ui.hints[hintKey])
    const error = h('p', { class: 'error', id: id(field, 'error'), part: 'error-message', hidden: true },
      h('span', { class: 'visually-hidden' }, ui.errorPrefix), ' ', h('span', { class: 'text' }))
    const warning = h('p', { class: 'warning', id: id(field, 'warning'), part: 'warning-message', hidden: true },
      h('span', { class: 'visually-hidden' }, ui.warningPrefix), ' ', h('span', { class: 'text' }))
    const described = hint ? id(field, 'hint') : null
    const wrap = (...children) => h('div', { class: 'field', part: 'field', 'data-field': field }, ...children)

    if (DATES.has(field)) {
      return wrap(h('fieldset', { class: 'group', role: 'group', 'aria-describedby': described },
        h('legend', {}, labelText), hint, error, warning,
        h('div', { class: 'date' }, PARTS.map((part, i) =>
          h('div', {},
            h('label', { for: id(field, part) }, ui[part]),
            h('input', { id: id(field, part), name: `${field}-${part}`, class: part, type: 'text', inputmode: 'numeric',
              autocomplete: AUTOCOMPLETE[field]?.[i] ?? 'off', spellcheck: 'false', 'aria-describedby': described, part: 'input' })))),
        h('input', { type: 'hidden', name: field })))
    }
    if (field === 'sex') {
      return wrap(h('fieldset', { class: 'group', 'aria-describedby': described },
        h('legend', {}, labelText), error, warning,
        ['male', 'female'].map((v) => h('div', { class: 'choice' },
          h('input', { type: 'radio', id: id(field, v), name: field, value: v, autocomplete: 'sex', part: 'input' }),
          h('label', { for: id(field, v) }, ui.sex[v])))))
    }
    if (CONSENTS.includes(field)) {
      return wrap(error,
        h('div', { class: 'choice consent' },
          h('input', { type: 'checkbox', id: id(field), name: field, value: 'true', part: 'input', 'aria-describedby': id(field, 'text') }),
          h('label', { for: id(field) }, h('span', { class: 'visually-hidden' }, labels[field], '. '), h('span', { id: id(field, 'text') }, ui.consents[field]))))
    }
    let control
    if (field === 'institution' || field === 'documentType' || COUNTRIES.has(field)) {
      const items =
        field === 'institution' ? kz.institutions(this.lang).map((i) => [i.id, i.name])
        : field === 'documentType' ? kz.documentTypes().map((t) => [t, ui.documentTypes[t]])
        : kz.countries(this.lang).map((c) => [c.id, c.name])
      const locked = field === 'institution' && this.hasAttribute('institution') && this.hasAttribute('institution-locked')
      control = h('select', { id: id(field), name: field, part: 'input', 'aria-describedby': described, disabled: locked },
        h('option', { value: '' }, ui.select), items.map(([value, text]) => h('option', { value }, text)))
    } else {
      const numeric = field === 'previousIin'
      control = h('input', {
        id: id(field), name: field, type: 'text', part: 'input', 'aria-describedby': described,
        autocomplete: AUTOCOMPLETE[field] ?? 'off', spellcheck: 'false',
        inputmode: numeric ? 'numeric' : null,
        autocapitalize: field === 'documentNumber' ? 'characters' : field.includes('Name') || field.startsWith('surname') || field.startsWith('patronymic') ? 'words' : null,
      })
    }
    const suggestion = PARTNER[field] ? h('p', { class: 'suggest', id: id(field, 'suggest'), hidden: true }) : null
    return wrap(h('label', { for: id(field) }, labelText), hint, error, warning, control, suggestion)
  }

  // ----- MRZ and spelling help ------------------------------------------------------------------

  #mrzPanel() {
    this.#loadMrzReader().catch(() => {
      // Offline before it arrived: #applyMrz says so when a zone is read.
    })
    const ui = this.#ui.mrz
    return h('fieldset', { part: 'fieldset mrz', 'data-section': 'mrz', class: 'mrz' },
      h('legend', {}, ui.legend),
      h('div', { class: 'field', 'data-field': 'mrz' },
        h('label', { for: 'kz-mrz' }, ui.label),
        h('p', { class: 'hint', id: 'kz-mrz-hint', part: 'hint' }, ui.hint),
        h('p', { class: 'error', id: 'kz-mrz-error', part: 'error-message', hidden: true },
          h('span', { class: 'visually-hidden' }, this.#ui.errorPrefix), ' ', h('span', { class: 'text' })),
        h('textarea', { id: 'kz-mrz', class: 'mrz-text', rows: '3', part: 'input', autocomplete: 'off', spellcheck: 'false',
          autocapitalize: 'characters', 'aria-describedby': 'kz-mrz-hint' }),
        h('p', { class: 'status', id: 'kz-mrz-status', role: 'status' })),
      h('button', { type: 'button', class: 'button secondary', part: 'button', onclick: () => this.#applyMrz() }, ui.fill))
  }

  /** A reader typing into a name or number field: its line goes to the MRZ field instead. */
  #mrzInput(target) {
    const mrz = this.#root.getElementById('kz-mrz')
    if (!mrz) return
    if (target === mrz) {
      const lines = mrz.value.split(/\r\n|\r|\n/).map((l) => l.replace(/[ \t]/g, '')).filter(Boolean)
      if (MRZ_SHAPES.some(([n, w]) => lines.length === n && lines.every((l) => l.length === w))) this.#applyMrz()
      return
    }
    if (!(target instanceof HTMLInputElement) || target.type !== 'text') return
    const run = MRZ_RUN.exec(target.value)
    if (!run) return
    target.value = target.value.slice(0, run.index)
    mrz.value += run[0]
    mrz.focus()
    mrz.setSelectionRange(mrz.value.length, mrz.value.length)
  }

  /** A zone pasted into any field is read, not pasted. */
  #mrzPaste(event) {
    const mrz = this.#root.getElementById('kz-mrz')
    const text = event.clipboardData?.getData('text') ?? ''
    if (!mrz || event.target === mrz || !/<</.test(text) || text.replace(/\s/g, '').length < 60) return
    event.preventDefault()
    mrz.value = text
    this.#applyMrz()
  }

  #loadMrzReader() {
    this.#mrzReader ??= import('../mrz.js').catch((error) => {
      this.#mrzReader = null // a later zone tries again
      throw error
    })
    return this.#mrzReader
  }

  async #applyMrz() {
    const panel = this.#root.getElementById('kz-mrz')
    const text = panel.value
    let result
    try {
      const { parseMrz } = await this.#loadMrzReader()
      result = parseMrz(text, { lang: this.lang, today: this.getAttribute('today') || undefined })
    } catch {
      result = { valid: false, errors: [{ code: 'mrz_unavailable', message: this.#ui.mrz.unavailable }] }
    }
    // The panel may have been rendered again (a language switch, a reset) while the reader loaded.
    const mrz = this.#root.getElementById('kz-mrz')
    const box = this.#root.getElementById('kz-mrz-error')
    const status = this.#root.getElementById('kz-mrz-status')
    if (mrz !== panel || !mrz.value) return
    const ui = this.#ui.mrz
    status.textContent = ''
    if (!result.valid) {
      box.hidden = false
      box.dataset.code = result.errors[0].code
      box.querySelector('.text').textContent = result.errors.map((e) => e.message).join(' ')
      mrz.setAttribute('aria-invalid', 'true')
      mrz.setAttribute('aria-describedby', 'kz-mrz-hint kz-mrz-error')
      this.dispatchEvent(new CustomEvent('kz-iin-mrz', { bubbles: true, composed: true, detail: { errors: structuredClone(result.errors) } }))
      return
    }
    box.hidden = true
    mrz.removeAttribute('aria-invalid')
    mrz.setAttribute('aria-describedby', 'kz-mrz-hint')
    const filled = this.#fill(result.fields)
    // The zone is personal data: once its values are in the fields, it is not kept twice.
    mrz.value = ''
    const labels = kz.fieldLabels(this.lang)
    status.textContent = ui.filled(filled.map((f) => labels[f]).join(', ')) + (result.namesTruncated ? ` ${ui.truncated}` : '')
    this.dispatchEvent(new CustomEvent('kz-iin-mrz', { bubbles: true, composed: true, detail: { filled } }))
  }

  /** Puts values into the form; returns the keys that took (a select may not know a code). */
  #fill(fields) {
    const values = this.#fromApplication(fields)
    this.#write(values)
    return FIELDS.filter((field) => {
      if (!(field in fields)) return false
      if (DATES.has(field) || field === 'sex') return true
      return this.#control(field)?.value === fields[field]
    })
  }

  /** Leaving a name: offer the other script's spelling for its empty partner field. */
  #offerSpelling(target) {
    const field = target?.name
    const partner = PARTNER[field]
    if (!partner || !target.value.trim()) return
    const other = this.#control(partner)
    if (other.value.trim()) return
    const cyrillic = partner.endsWith('Cyrillic')
    const spelling = cyrillic ? kz.suggestCyrillic(target.value.trim()) : kz.suggestLatin(target.value.trim())
    if (spelling) this.#suggestIn(this.#root.getElementById(id(partner, 'suggest')), partner, spelling)
  }

  /** Shows "Suggested spelling: [Use “…”]" in `box`; one tap puts it in `field`. */
  #suggestIn(box, field, spelling) {
    if (!box) return
    const ui = this.#ui.suggest
    const slot = box.classList.contains('suggest') ? box : box.appendChild(h('span', { class: 'suggestion' }))
    slot.replaceChildren(ui.lead, ' ',
      h('button', { type: 'button', class: 'link', 'data-value': spelling, onclick: () => {
        this.#control(field).value = spelling
        if (slot === box) box.hidden = true
        else slot.remove()
        this.#control(field).focus()
      } }, ui.use(spelling)))
    box.hidden = false
  }

  // ----- kiosk ---------------------------------------------------------------------------------

  #idleDialog() {
    const ui = this.#ui.idle
    const dialog = h('dialog', { class: 'idle', part: 'idle-dialog', role: 'alertdialog', 'aria-modal': 'true',
      'aria-labelledby': 'kz-idle-title', 'aria-describedby': 'kz-idle-text' },
      h('h2', { id: 'kz-idle-title' }, ui.title),
      h('p', { id: 'kz-idle-text' }, ''),
      h('button', { type: 'button', class: 'button', part: 'button', onclick: () => this.#stillHere() }, ui.continue),
      h('button', { type: 'button', class: 'button secondary', part: 'button', onclick: () => this.clear('person') }, ui.restart))
    // Escape means "I am still here", not "clear my answers".
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault()
      this.#stillHere()
    })
    return dialog
  }

  #showIdle(left) {
    const dialog = this.#els.idle
    if (!dialog) return
    this.#countdown(left)
    if (!dialog.open) dialog.showModal()
    dialog.querySelector('button').focus()
  }

  #countdown(left) {
    const text = this.#root.getElementById('kz-idle-text')
    if (text) text.textContent = this.#ui.idle.text(left)
  }

  #stillHere() {
    this.#els.idle?.close()
    this.#idle?.start()
  }

  // ----- values ---------------------------------------------------------------------------------

  #control(field, part) {
    return this.#root.getElementById(id(field, part))
  }

  /** What is typed, field by field: strings, {day, month, year} for dates, booleans for consents. */
  #read() {
    const values = {}
    const f = this.#els.form
    if (!f) return values
    for (const field of FIELDS) {
      if (DATES.has(field)) values[field] = Object.fromEntries(PARTS.map((p) => [p, this.#control(field, p).value]))
      else if (field === 'sex') values[field] = f.querySelector('input[name="sex"]:checked')?.value ?? ''
      else if (CONSENTS.includes(field)) values[field] = this.#control(field).checked
      else values[field] = this.#control(field).value
    }
    return values
  }

  #write(values) {
    for (const field of FIELDS) {
      const v = values[field]
      if (DATES.has(field)) for (const p of PARTS) this.#control(field, p).value = v?.[p] ?? ''
      else if (field === 'sex') for (const r of this.#els.form.querySelectorAll('input[name="sex"]')) r.checked = r.value === v
      else if (CONSENTS.includes(field)) this.#control(field).checked = v === true
      else if (field === 'institution' && this.hasAttribute('institution-locked') && this.hasAttribute('institution')) continue
      else this.#control(field).value = typeof v === 'string' ? v : ''
    }
    this.#syncHiddenDates()
  }

  /** Read values from an application object (dates as YYYY-MM-DD). */
  #fromApplication(data) {
    const values = this.#read()
    for (const field of FIELDS) {
      if (!(field in data)) continue
      const v = data[field]
      if (DATES.has(field)) {
        const [year = '', month = '', day = ''] = typeof v === 'string' ? v.split('-') : []
        values[field] = { day, month, year }
      } else values[field] = CONSENTS.includes(field) ? v === true : v
    }
    return values
  }

  #syncHiddenDates() {
    for (const field of DATES) {
      const hidden = this.#els.form?.querySelector(`input[type="hidden"][name="${field}"]`)
      if (hidden) hidden.value = this.#dateOf(field).value ?? ''
    }
  }

  #dateOf(field) {
    const c = (p) => this.#control(field, p).value
    return kz.dateFromParts(field, c('day'), c('month'), c('year'), this.lang)
  }

  /** The application to validate, and the core's report on it (date boxes read by the core). */
  #collect() {
    const values = this.#read()
    const data = {}
    const partErrors = {}
    for (const field of FIELDS) {
      if (!DATES.has(field)) {
        data[field] = values[field]
        continue
      }
      const date = this.#dateOf(field)
      if (date.part) {
        partErrors[field] = date
        const { day, month, year } = values[field]
        data[field] = `${year}-${month}-${day}`
      } else if (date.value) data[field] = date.value
    }
    if (this.hasAttribute('institution-locked') && this.getAttribute('institution')) data.institution = this.getAttribute('institution')
    if (!data.institution) delete data.institution
    const today = this.getAttribute('today') || undefined
    const report = kz.validateApplication(data, { lang: this.lang, today })
    for (const e of report.errors) {
      if (partErrors[e.field]) Object.assign(e, { message: partErrors[e.field].message, part: partErrors[e.field].part })
    }
    return { data, report }
  }

  // ----- validation and errors ------------------------------------------------------------------

  #submit() {
    this.#submitted = true
    const report = this.#check({ focus: true })
    if (report.valid) this.#showReview(report)
  }

  #check({ focus }) {
    const { report } = this.#collect()
    this.#syncHiddenDates()
    this.#report = report
    this.#clearErrors()
    for (const w of report.warnings) {
      this.#message(w.field, 'warning', w.message, null, w.code)
      if (w.suggestion) this.#suggestIn(this.#root.getElementById(id(w.field, 'warning')), w.field, w.suggestion)
    }
    if (report.valid) return report
    for (const e of report.errors) {
      this.#message(e.field, 'error', e.message, e.part, e.code)
      this.#els.summaryList.append(h('li', { 'data-field': e.field ?? '', 'data-code': e.code },
        h('a', { href: `#${this.#focusTarget(e.field, e.part)?.id ?? ''}` }, e.message)))
    }
    this.#els.summary.hidden = false
    if (focus) {
      this.#els.summary.focus()
      this.dispatchEvent(new CustomEvent('kz-iin-invalid', { bubbles: true, composed: true, detail: { errors: structuredClone(report.errors) } }))
    }
    return report
  }

  /**
   * Leaving a field after a failed submit: if the core no longer finds an error there, the
   * inline error goes (screen readers stop hearing it at once) but keeps its space, and the
   * summary waits for the next submit: nothing moves under a pointer on its way to a button.
   */
  #recheck(target) {
    if (!this.#submitted || !this.#els.summary || this.#els.summary.hidden) return
    const field = target?.closest?.('[data-field]')?.dataset.field
    if (!field) return
    const { report } = this.#collect()
    if (report.errors.some((e) => e.field === field)) return
    const box = this.#root.getElementById(id(field, 'error'))
    if (!box || box.hidden) return
    box.classList.add('resolved')
    box.closest('.field').classList.remove('has-error')
    for (const control of this.#controlsOf(field)) {
      control.removeAttribute('aria-invalid')
      const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== box.id)
      if (ids.length) control.setAttribute('aria-describedby', ids.join(' '))
      else control.removeAttribute('aria-describedby')
    }
  }

  #clearErrors() {
    this.#els.summaryList?.replaceChildren()
    if (this.#els.summary) this.#els.summary.hidden = true
    for (const field of FIELDS) {
      this.#message(field, 'error', null)
      this.#message(field, 'warning', null)
    }
  }

  /** Shows (or with null text hides) a field's error or warning, wiring aria-describedby. */
  #message(field, kind, text, part, code) {
    const box = this.#root.getElementById(id(field, kind))
    if (!box) return
    box.hidden = text == null
    box.classList.remove('resolved')
    if (code) box.dataset.code = code
    else delete box.dataset.code
    box.querySelector('.text').textContent = text ?? ''
    box.querySelector('.suggestion')?.remove()
    const wrapper = box.closest('.field')
    if (kind === 'error') wrapper.classList.toggle('has-error', text != null)
    for (const control of this.#controlsOf(field)) {
      const ids = new Set((control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean))
      if (text == null) ids.delete(box.id)
      else ids.add(box.id)
      if (ids.size) control.setAttribute('aria-describedby', [...ids].join(' '))
      else control.removeAttribute('aria-describedby')
      if (kind === 'error') {
        const invalid = text != null && (!part || control.id === id(field, part))
        if (invalid) control.setAttribute('aria-invalid', 'true')
        else control.removeAttribute('aria-invalid')
      }
    }
  }

  #controlsOf(field) {
    if (DATES.has(field)) return PARTS.map((p) => this.#control(field, p))
    if (field === 'sex') return [...this.#els.form.querySelectorAll('input[name="sex"]')]
    const c = this.#control(field)
    return c ? [c] : []
  }

  /** Where a summary link takes the person: the field, a date's wrong box, the first radio. */
  #focusTarget(field, part) {
    if (DATES.has(field)) return this.#control(field, part ?? 'day')
    if (field === 'sex') return this.#control('sex', 'male')
    return this.#control(field) ?? null
  }

  #followLink(event) {
    const link = event.target.closest('a')
    if (!link) return
    // Fragment links do not reach into a shadow root: move focus ourselves.
    event.preventDefault()
    const target = this.#root.getElementById(link.getAttribute('href').slice(1))
    target?.scrollIntoView({ block: 'center' })
    target?.focus()
  }

  // ----- review and sending -----------------------------------------------------------------------

  #show(step) {
    this.#step = step
    this.#els.form.hidden = step !== 'form'
    this.#els.review.hidden = step !== 'review'
    this.#els.done.hidden = step !== 'done'
    if (step !== 'form') this.#els.summary.hidden = true
  }

  #displayValue(field, value) {
    const ui = this.#ui
    if (value == null || value === '') return ui.notGiven
    if (DATES.has(field)) return value.split('-').reverse().join('.')
    if (field === 'sex') return ui.sex[value]
    if (CONSENTS.includes(field)) return ui.yes
    if (field === 'documentType') return ui.documentTypes[value]
    if (field === 'institution') return kz.institutions(this.lang).find((i) => i.id === value)?.name ?? value
    if (COUNTRIES.has(field)) return kz.countries(this.lang).find((c) => c.id === value)?.name ?? value
    return value
  }

  #showReview(report, { focus = true } = {}) {
    const ui = this.#ui
    const labels = kz.fieldLabels(this.lang)
    const rows = FIELDS.map((field) =>
      h('div', {},
        h('dt', {}, labels[field]),
        h('dd', {}, this.#displayValue(field, report.value[field])),
        h('dd', {}, h('button', { type: 'button', class: 'link', onclick: () => this.#backToForm(field) },
          ui.change, h('span', { class: 'visually-hidden' }, ` ${labels[field]}`)))))
    this.#els.review.querySelector('dl').replaceChildren(...rows)
    const send = this.#els.review.querySelector('.send')
    send.textContent = ui.send
    send.disabled = false
    this.#setStatus('')
    this.#show('review')
    if (focus) this.#els.review.querySelector('h2').focus()
  }

  #backToForm(field) {
    this.#show('form')
    const target = field ? this.#focusTarget(field) : this.#els.form.querySelector('input, select')
    target?.focus()
  }

  #setStatus(text, failed = false) {
    const status = this.#els.review.querySelector('.status')
    status.textContent = text
    status.classList.toggle('failed', failed)
  }

  async #send() {
    if (this.#sending || !this.#report?.valid) return
    const value = this.#report.value
    const ui = this.#ui
    const submit = new CustomEvent('kz-iin-submit', { bubbles: true, composed: true, cancelable: true, detail: { value: structuredClone(value) } })
    if (!this.dispatchEvent(submit)) return
    const action = this.getAttribute('action')
    if (!action) return this.#finish(null)

    // The same answers keep the same key, so a retry after a lost answer is not a second application.
    const body = JSON.stringify(value)
    if (this.#pending?.body !== body) this.#pending = { body, key: newKey() }
    this.#sending = true
    const button = this.#els.review.querySelector('.send')
    button.disabled = true
    this.#setStatus(ui.sending)
    const timeout = Number(this.getAttribute('timeout')) || DEFAULT_TIMEOUT_MS
    try {
      const response = await fetch(action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': this.#pending.key },
        body,
        signal: AbortSignal.timeout(timeout),
        credentials: 'same-origin',
      })
      if (!response.ok) throw Object.assign(new Error('status'), { status: response.status })
      this.#finish(response)
    } catch (e) {
      const failed = this.#ui.sendFailed
      const text = e.status ? failed.status(e.status)
        : e.name === 'TimeoutError' || e.name === 'AbortError' ? failed.timeout
        : navigator.onLine === false ? failed.offline : failed.network
      this.#setStatus(text, true)
      button.textContent = this.#ui.retry
      button.disabled = false
      button.focus()
    } finally {
      this.#sending = false
    }
  }

  #pending = null

  #finish(response) {
    this.#pending = null
    this.#show('done')
    this.#els.done.querySelector('h2').focus()
    if (this.#kiosk) {
      const wait = seconds(this.getAttribute('confirmation-time'), DEFAULT_CONFIRMATION_SECONDS)
      this.#doneTimer = setTimeout(() => this.clear('submitted'), wait * 1000)
    }
    this.dispatchEvent(new CustomEvent('kz-iin-sent', { bubbles: true, composed: true, detail: { status: response?.status ?? null } }))
  }
}
