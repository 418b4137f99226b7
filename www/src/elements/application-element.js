// <kz-iin-application>: the whole application of appendix 1 (seed 000), validated in the
// browser by the same core a server runs. No rule and no field lives here: the form is drawn
// from the core's field table (application/render.js), what is typed is read and written by
// kind (values.js), the core's report is shown the GOV.UK way (errors.js), then reviewed and
// sent (review.js); kiosks add an inactivity warning (kiosk.js) and a passport reader
// (mrz-panel.js); names get spelling help (spelling.js). This class wires them together.
import * as kz from '../application.js'
import { asText, h, sheet, upgradeProperty } from './dom.js'
import { applicationCss } from './styles.js'
import { clearIssues, followLink, focusTarget, renderSummary, resolveFixed, showIssues } from './application/errors.js'
import { KioskMode } from './application/kiosk.js'
import { MrzReader, mrzInput, mrzPaste, readPanel, renderMrzPanel } from './application/mrz-panel.js'
import { renderSections } from './application/render.js'
import { fillReview, renderDone, renderReview, setStatus, showReceipt } from './application/review.js'
import { dismissOffer, offerSpelling, suggestIn } from './application/spelling.js'
import { collect, control, fromApplication, read, syncHiddenDates, tookValues, write } from './application/values.js'
import { wordsFor } from './application/words.js'
import { keepFocusedVisible } from './application/viewport.js'

/**
 * The application form as a custom element. Attributes: `lang` (kk, ru, en; switchable at any
 * time without losing input), `institution` (preselected; locked with `institution-locked`),
 * `action` (POST the JSON there), `today` (YYYY-MM-DD: the day of application), `timeout`
 * (milliseconds to wait for `action`), `mode="kiosk"` (shared touch screen: large targets, an
 * MRZ reader field, an inactivity warning after `idle-timeout` seconds (120) that counts down
 * `idle-warning` seconds (30, at least 20), then a full reset, as after a confirmation shown for
 * `confirmation-time` seconds (20) and on a page restored from the back/forward cache), `mrz`
 * (the MRZ field outside kiosk mode). Events: `kz-iin-submit` (cancelable, detail.value: the
 * normalised application), `kz-iin-invalid` (detail.errors), `kz-iin-sent` (detail.status and
 * detail.body: the answer's JSON, with its `receipt`), `kz-iin-mrz` (detail: { filled: keys } or
 * { errors }), `kz-iin-reset` (detail.reason: idle, submitted, pageshow, person).
 */
export class KzIinApplicationElement extends HTMLElement {
  static observedAttributes = ['lang', 'institution', 'institution-locked', 'mode', 'mrz']

  static define(tag = 'kz-iin-application', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this)
    return this
  }

  #root
  // What #render drew: { root, lang, ui, specs, form, summary, summaryList, review, done, container }.
  #view = null
  #report = null
  #submitted = false
  #step = 'form'
  // The sender (elements/sending.js, loaded once the form is drawn) and its module; how many
  // times the form was cleared (a send waiting for the module is dropped by a clear).
  #sender = null
  #sendingModule = null
  #cleared = 0
  #kiosk = new KioskMode(this, (reason) => this.clear(reason))
  #mrz = new MrzReader()
  // The draft on this device (elements/draft.js), once loaded; never in kiosk mode.
  #draft = null
  #ready = false
  #unwatchViewport = null

  constructor() {
    super()
    // A server may have sent the form in the page already (declarative shadow DOM): that root.
    this.#root = this.shadowRoot ?? this.attachShadow({ mode: 'open' })
    this.#root.adoptedStyleSheets = [sheet(applicationCss)]
    upgradeProperty(this, 'value')
  }

  connectedCallback() {
    if (!this.#view) {
      this.#render()
      if (this.#pending) this.value = this.#pending
      if (!this.#kiosk.on) this.#loadDraft()
      this.#pending = null
    }
    this.#kiosk.connect()
    this.#unwatchViewport ??= keepFocusedVisible(this.#root)
    this.#kiosk.sync(this.#view)
  }

  disconnectedCallback() {
    this.#kiosk.disconnect()
    this.#unwatchViewport?.()
    this.#unwatchViewport = null
  }

  attributeChangedCallback(name, old, value) {
    if (!this.#view || old === value) return
    // A lang that resolves to the language already shown changes nothing: no second render.
    if (name === 'lang' && this.lang === this.#view.lang) return
    const values = read(this.#view)
    // A new preselection wins over what the select held.
    if (name === 'institution' && value) values.institution = value
    const step = this.#step
    this.#render()
    if (name === 'mode') this.#kiosk.sync(this.#view)
    write(this.#view, values, this.#locked)
    if (this.#submitted) {
      const report = this.#check({ focus: false })
      if (step === 'review' && report.valid) this.#showReview(report, { focus: false })
    }
    if (step === 'done') {
      this.#fillDone()
      this.#show('done')
    }
  }

  get lang() {
    return kz.resolveLang(this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || 'en')
  }

  set lang(value) {
    this.setAttribute('lang', value)
  }

  /** The answers as typed (dates as YYYY-MM-DD when complete). */
  get value() {
    return this.#view ? this.#collect().data : this.#pendingValues()
  }

  // The answers set before the form is drawn, as its controls will hold them: text (a number as
  // its digits), a consent's true or false, the host's institution where the select will show it.
  #pendingValues() {
    const data = {}
    for (const [key, v] of Object.entries(this.#pending ?? {})) data[key] = typeof v === 'boolean' ? v : asText(v)
    const institution = this.getAttribute('institution')
    if (institution && (this.#locked('institution') || !data.institution)) data.institution = institution
    return data
  }

  /**
   * Fills the form (a host may prefill answers it already knows). Frameworks set properties
   * before the element is in the page: kept until the form is drawn.
   */
  set value(data) {
    if (!data || typeof data !== 'object') return
    if (this.#view) write(this.#view, fromApplication(this.#view, data), this.#locked)
    else this.#pending = { ...this.#pending, ...data }
  }

  #pending = null

  /** Validates now and returns the core's report (nothing is shown). */
  validate() {
    // Before the element is in a page: the answers set so far, as the form will hold them.
    if (!this.#view) return kz.validateApplication(this.value, { lang: this.lang, today: this.getAttribute('today') || undefined })
    return this.#collect().report
  }

  /** Empties the form and returns to its start. */
  reset() {
    if (!this.#view) {
      this.#pending = null
      return
    }
    // A send still out is abandoned: its answer must not land on the emptied form.
    this.#cleared++
    this.#sender?.forget()
    this.#report = null
    this.#draft?.forget()
    this.#view.form.reset()
    write(this.#view, {}, this.#locked)
    clearIssues(this.#view)
    // The last confirmation's receipt and access code go with it.
    this.#answer = null
    showReceipt(this.#view.done, this.#view.ui, null)
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
    this.#kiosk.pause()
    this.#report = null
    this.#answer = null
    this.#cleared++
    this.#sender?.forget()
    this.#submitted = false
    this.#draft?.forget()
    this.#kiosk.forget()
    this.#render()
    this.#root.getElementById('kz-title').focus()
    this.#kiosk.resume()
    this.dispatchEvent(new CustomEvent('kz-iin-reset', { bubbles: true, composed: true, detail: { reason } }))
  }

  // ----- a draft on this device ------------------------------------------------------------------

  /** Loads the draft's module (elements/draft.js): it restores a kept draft into an empty form. */
  async #loadDraft() {
    const { Draft } = await import('./draft.js')
    if (this.#draft || this.#kiosk.on) return
    this.#draft = new Draft(() => read(this.#view), (kept) => (kept ? write(this.#view, kept, this.#locked) : this.reset()))
    this.#draft.place(this.#view.form, this.#view.lang)
  }

  #locked = (field) => field === 'institution' && this.hasAttribute('institution-locked') && this.hasAttribute('institution')

  // ----- drawing ----------------------------------------------------------------------------------

  #render() {
    const lang = this.lang
    const ui = wordsFor(lang)
    const table = kz.fields(lang)
    const view = { root: this.#root, lang, ui, specs: new Map(table.flatMap((s) => s.fields).map((f) => [f.key, f])) }
    // The form a server sent in the page (declarative shadow DOM, src/markup.rs) is adopted as it
    // is, with what was typed into it and the focus. It holds neither the kiosk's parts nor the
    // MRZ panel: then it is drawn anew, keeping the answers.
    let container = this.#view ? null : this.#root.querySelector('.container')
    const adopt = container?.lang === lang && !this.#kiosk.on && !this.hasAttribute('mrz')
    if (!adopt) {
      const typed = container && read({ ...view, form: true })
      const items = (list) => (list === 'institutions' ? kz.institutions(lang).map((i) => [i.id, i.name]) : kz.countries(lang).map((c) => [c.id, c.name]))
      const form = h('form', { novalidate: true, part: 'form', 'aria-labelledby': 'kz-title', autocomplete: this.#kiosk.on ? 'off' : null },
        h('h2', { id: 'kz-title', tabindex: '-1' }, ui.title),
        this.#kiosk.on || this.hasAttribute('mrz') ? renderMrzPanel(ui, this.#mrz, () => this.#applyMrz()) : null,
        renderSections(table, { ui, items, locked: this.#locked, kiosk: this.#kiosk.on }),
        h('button', { type: 'submit', class: 'button', part: 'button' }, ui.continue))
      const idle = this.#kiosk.on ? this.#kiosk.dialog(ui) : null
      container = h('div', { class: 'container', lang }, renderSummary(ui), form, renderReview(ui), renderDone(ui, this.#kiosk.on), idle)
      this.#root.replaceChildren(container)
      if (typed) write({ ...view, form }, typed)
    }
    const [summary, form, review, done] = container.children
    const summaryList = summary.querySelector('ul')
    summaryList.addEventListener('click', (e) => followLink(view, e))
    form.addEventListener('submit', (e) => {
      e.preventDefault()
      this.#submit()
    })
    // After a failed submit, leaving a corrected field clears its error (never adds one).
    form.addEventListener('focusout', (e) => {
      this.#recheck(e.target)
      offerSpelling(view, e.target)
    })
    form.addEventListener('input', (e) => {
      mrzInput(this.#root, e.target, () => this.#applyMrz())
      dismissOffer(view, e.target)
      if (e.target.id !== 'kz-draft') this.#draft?.typed()
    })
    form.addEventListener('paste', (e) => mrzPaste(this.#root, e, () => this.#applyMrz()))
    const [send, back] = review.querySelectorAll(':scope > button')
    send.onclick = () => this.#send()
    back.onclick = () => this.#backToForm()
    done.querySelector(':scope > button').onclick = () => (this.#kiosk.on ? this.clear('submitted') : this.reset())
    this.#view = Object.assign(view, { container, summary, summaryList, form, review, done })
    if (!this.#kiosk.on) this.#draft?.place(form, lang)
    // A page the server sent back with errors (a post without script) counts as submitted.
    if (adopt) this.#submitted = !summary.hidden
    const preset = this.getAttribute('institution')
    if (preset && !adopt) control(view, 'institution').value = preset
    this.#step = 'form'
    // Sending's module, now, so that it is there when the person sends (and kept by an
    // offline kiosk's worker); a failed load is tried again then.
    this.#loadSending().catch(() => {})
    // For hosts' real-user monitoring (and npm run bench): when the form can first be typed into.
    if (!this.#ready) {
      this.#ready = true
      performance.mark?.('kz-iin-application-ready')
    }
  }

  #show(step) {
    const view = this.#view
    this.#step = step
    view.form.hidden = step !== 'form'
    view.review.hidden = step !== 'review'
    view.done.hidden = step !== 'done'
    if (step !== 'form') view.summary.hidden = true
  }

  // ----- validation -------------------------------------------------------------------------------

  #collect() {
    const institution = this.#locked('institution') ? this.getAttribute('institution') : undefined
    return collect(this.#view, { institution, today: this.getAttribute('today') || undefined })
  }

  #submit() {
    this.#submitted = true
    const report = this.#check({ focus: true })
    if (report.valid) this.#showReview(report)
  }

  #check({ focus }) {
    const { report } = this.#collect()
    syncHiddenDates(this.#view)
    this.#report = report
    showIssues(this.#view, report, (box, field, spelling) => suggestIn(this.#view, box, field, spelling))
    if (!report.valid && focus) {
      this.#view.summary.focus()
      this.dispatchEvent(new CustomEvent('kz-iin-invalid', { bubbles: true, composed: true, detail: { errors: structuredClone(report.errors) } }))
    }
    return report
  }

  /** Leaving a field after a failed submit: its error goes once the core no longer finds it. */
  #recheck(target) {
    if (!this.#submitted || this.#view.summary.hidden) return
    const field = target?.closest?.('[data-field]')?.dataset.field
    if (field && this.#view.specs.has(field)) resolveFixed(this.#view, field, this.#collect().report)
  }

  // ----- review and sending -----------------------------------------------------------------------

  #showReview(report, { focus = true } = {}) {
    fillReview(this.#view, report, (field) => this.#backToForm(field))
    this.#show('review')
    if (focus) this.#view.review.querySelector('h2').focus()
  }

  #backToForm(field) {
    this.#show('form')
    const target = field ? focusTarget(this.#view, field) : this.#view.form.querySelector('input, select')
    target?.focus()
  }

  async #send() {
    const send = this.#view.review.querySelector('.send')
    if (this.#sender?.sending || send.disabled || !this.#report?.valid) return
    const value = this.#report.value
    const submit = new CustomEvent('kz-iin-submit', { bubbles: true, composed: true, cancelable: true, detail: { value: structuredClone(value) } })
    if (!this.dispatchEvent(submit)) return
    const action = this.getAttribute('action')
    if (!action) return this.#finish(null, null)
    send.disabled = true
    const cleared = this.#cleared
    let sending
    try {
      sending = await this.#loadSending()
      // Cleared meanwhile (the next person, or reset()): nothing is sent.
      if (cleared !== this.#cleared) return
    } catch {
      // Offline before the module came: told as a send that failed, with the retry.
      setStatus(this.#view, this.#view.ui.sendFailed[navigator.onLine === false ? 'offline' : 'network'], true)
      this.#view.review.querySelector('.send').disabled = false
      return
    }
    this.#sender ??= new sending.Sender()
    const answer = await sending.sendFromReview(() => this.#view, this.#sender, action, value, this.getAttribute('timeout'), setStatus)
    if (answer) this.#finish(answer.response, answer.body)
  }

  /** The sending module, asked for once (again after a failed load). */
  #loadSending() {
    this.#sendingModule ??= import('./sending.js').catch((e) => {
      this.#sendingModule = null
      throw e
    })
    return this.#sendingModule
  }

  #finish(response, body) {
    this.#sender?.forget()
    // Sent: the draft goes (a refusal by the service keeps it, for another try).
    if (!response || response.ok) this.#draft?.forget()
    this.#answer = body
    this.#fillDone()
    this.#show('done')
    this.#view.done.querySelector('h2').focus()
    this.#kiosk.confirmed()
    const detail = { status: response?.status ?? null, body: body == null ? null : structuredClone(body) }
    this.dispatchEvent(new CustomEvent('kz-iin-sent', { bubbles: true, composed: true, detail }))
  }

  // The service's answer to the last send, while its confirmation is shown: the access code is
  // given only in it, so a change of language, which draws the confirmation anew, shows it again.
  #answer = null

  #fillDone() {
    const body = this.#answer
    showReceipt(this.#view.done, this.#view.ui, body)
    if (body?.accessCode) {
      import('./sent.js').then(({ showAccess }) => {
        if (this.#step === 'done' && this.#answer === body) showAccess(this.#view.done, this.#view.lang, body, this.getAttribute('action'))
      })
    }
  }

  // ----- passport zone ----------------------------------------------------------------------------

  async #applyMrz() {
    const detail = await readPanel(this.#root, this.#mrz, { lang: this.lang, today: this.getAttribute('today') || undefined }, () => this.#view.ui, (fields) => {
      write(this.#view, fromApplication(this.#view, fields), this.#locked)
      const filled = tookValues(this.#view, fields)
      return { filled, labels: filled.map((f) => this.#view.specs.get(f).label) }
    })
    if (detail) this.dispatchEvent(new CustomEvent('kz-iin-mrz', { bubbles: true, composed: true, detail }))
  }
}
