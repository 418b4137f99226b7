// <kz-iin-input>: one IIN field that takes part in a host page's own <form> as a native control
// would (form-associated custom element): its compacted value is submitted, it matches :invalid,
// reportValidity shows the core's message, form reset and state restore work. Attributes:
// `name`, `required`, `lang`, `value` (the default value, as for <input>). Its error shows as the
// custom state :state(user-invalid).
import { compactNumber, validateIin } from '../iin.js'
import { asText, h, sheet, upgradeProperty } from './dom.js'
import { inputCss } from './styles.js'

export class KzIinInputElement extends HTMLElement {
  static formAssociated = true
  static observedAttributes = ['lang', 'required', 'value']

  static define(tag = 'kz-iin-input', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this)
    return this
  }

  #internals
  #input
  #error
  #shown = false

  constructor() {
    super()
    this.#internals = this.attachInternals()
    const root = this.attachShadow({ mode: 'open', delegatesFocus: true })
    root.adoptedStyleSheets = [sheet(inputCss)]
    this.#input = h('input', {
      type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', part: 'input', 'aria-describedby': 'error',
    })
    this.#error = h('p', { class: 'error', id: 'error', part: 'error-message' })
    root.append(this.#input, this.#error)
    this.#input.addEventListener('input', () => this.#update())
    // The message shows when the form validates (submit, reportValidity): never while typing,
    // and not when the field is left either, since a message appearing or going then moves the
    // page under a pointer on its way to the submit button.
    this.#input.addEventListener('change', () => this.#update())
    this.#input.addEventListener('paste', (e) => this.#paste(e))
    this.addEventListener('invalid', () => this.#showMessage())
    upgradeProperty(this, 'value')
  }

  connectedCallback() {
    if (!this.#input.value && this.hasAttribute('value')) this.#input.value = this.getAttribute('value')
    this.#labelInput()
    this.#update()
    // A successful submit of the host form takes a corrected field's old message away.
    this.#form = this.#internals.form
    this.#form?.addEventListener('submit', this.#onSubmit)
  }

  disconnectedCallback() {
    this.#form?.removeEventListener('submit', this.#onSubmit)
  }

  #form = null
  #onSubmit = () => {
    if (this.#shown) this.#paint()
  }

  attributeChangedCallback(name) {
    if (name === 'value' && !this.#input.value) this.#input.value = this.getAttribute('value') ?? ''
    this.#update()
  }

  get value() {
    return this.#input.value
  }

  set value(v) {
    this.#input.value = asText(v)
    this.#update()
  }

  get name() {
    return this.getAttribute('name')
  }

  // Settable, as an <input>'s is: React 19 sets `name` as a property when the element has one.
  set name(value) {
    if (value == null) this.removeAttribute('name')
    else this.setAttribute('name', value)
  }

  get form() {
    return this.#internals.form
  }

  get validity() {
    return this.#internals.validity
  }

  get validationMessage() {
    return this.#internals.validationMessage
  }

  checkValidity() {
    return this.#internals.checkValidity()
  }

  reportValidity() {
    return this.#internals.reportValidity()
  }

  formResetCallback() {
    this.#input.value = this.getAttribute('value') ?? ''
    this.#shown = false
    this.#update()
    this.#paint()
  }

  formStateRestoreCallback(state) {
    this.#input.value = typeof state === 'string' ? state : ''
    this.#update()
  }

  formDisabledCallback(disabled) {
    this.#input.disabled = disabled
  }

  get #lang() {
    return this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || 'en'
  }

  // The label a host writes (<label for="...">) names this element; the inner input gets its text,
  // since an ID reference cannot cross into the shadow root.
  #labelInput() {
    const text = [...this.#internals.labels].map((l) => l.textContent.trim()).join(' ')
    if (text) this.#input.setAttribute('aria-label', text)
    else if (this.hasAttribute('aria-label')) this.#input.setAttribute('aria-label', this.getAttribute('aria-label'))
  }

  #paste(event) {
    const text = event.clipboardData?.getData('text')
    if (!text) return
    event.preventDefault()
    const { selectionStart: a, selectionEnd: b, value } = this.#input
    this.#input.value = value.slice(0, a ?? value.length) + compactNumber(text) + value.slice(b ?? value.length)
    this.#input.dispatchEvent(new Event('input', { bubbles: true }))
  }

  /**
   * Asks the core, and tells the form: value (compacted when valid) and validity. Once a message
   * has been shown, what is shown follows the validity from then on, however the value changes
   * (typing, a script setting `value`, an attribute): a valid number never keeps an old error.
   */
  #update() {
    const raw = this.#input.value
    if (!raw.trim()) {
      this.#internals.setFormValue('', raw)
      if (this.hasAttribute('required')) {
        const message = validateIin('', { lang: this.#lang }).message
        this.#internals.setValidity({ valueMissing: true }, message, this.#input)
      } else this.#internals.setValidity({})
    } else {
      const result = validateIin(raw, { lang: this.#lang })
      this.#internals.setFormValue(result.valid ? result.value : raw, raw)
      if (result.valid) this.#internals.setValidity({})
      else this.#internals.setValidity({ customError: true }, result.message, this.#input)
    }
    if (this.#shown) this.#paint()
  }

  /** The form validated (submit, reportValidity, checkValidity): show its verdict from now on. */
  #showMessage() {
    this.#shown = true
    this.#labelInput()
    this.#paint()
  }

  /**
   * What is shown: the validity's message and aria-invalid when shown and invalid, else nothing;
   * and the custom state `user-invalid`, for hosts to style: engines apply the :user-invalid
   * pseudo-class to form-associated elements differently (Firefox from the first paint, before
   * anyone typed; Chromium and WebKit never), so the element says it itself.
   */
  #paint() {
    const message = this.#shown ? this.#internals.validationMessage : ''
    this.#error.textContent = message
    if (message) this.#input.setAttribute('aria-invalid', 'true')
    else this.#input.removeAttribute('aria-invalid')
    try {
      if (message) this.#internals.states.add('user-invalid')
      else this.#internals.states.delete('user-invalid')
    } catch {
      // No CustomStateSet (Safari before 17.4), or only the old --name syntax (Chromium before
      // 125): aria-invalid on the inner field still marks it.
    }
  }
}
