// <kz-iin-certificate> and <kz-iin-refusal>: the two documents of the service, as the core
// renders them (the same markup a server archives). Set `data` (see renderCertificate and
// renderRefusal); attributes `paper` (A4, A5) and `lang` (the language of an error message).
// When the core refuses (a mistyped IIN, say), the element shows why instead of a document.
import { renderCertificateParts, renderRefusalParts } from '../documents.js'
import { h, sheet, upgradeProperty } from './dom.js'

const PAGE_RULE = /@page\s*\{[^}]*\}/g

class DocumentElement extends HTMLElement {
  static observedAttributes = ['paper', 'lang']

  #root
  #data = null

  constructor() {
    super()
    this.#root = this.attachShadow({ mode: 'open' })
    upgradeProperty(this, 'data')
  }

  /** What to print: see renderCertificate / renderRefusal. */
  get data() {
    return this.#data
  }

  set data(value) {
    this.#data = value
    this.#render()
  }

  /** The error when the core refused to render, else null. */
  get error() {
    return this.#error
  }

  #error = null

  connectedCallback() {
    this.#render()
  }

  disconnectedCallback() {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.#page)
  }

  // Browsers ignore @page inside a shadow root: the paper size would fall back to the printer's
  // default (Letter in many places). The element's @page rule goes to the document instead.
  #page = null

  #setPage(rules) {
    this.#page ??= new CSSStyleSheet()
    this.#page.replaceSync(rules)
    if (!document.adoptedStyleSheets.includes(this.#page)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#page]
  }

  attributeChangedCallback() {
    this.#render()
  }

  #render() {
    if (!this.isConnected || this.#data == null) return
    const options = { paper: this.getAttribute('paper') ?? 'A4', lang: this.getAttribute('lang') || this.closest('[lang]')?.getAttribute('lang') || 'en' }
    try {
      const { css, body } = this.render(this.#data, options)
      this.#error = null
      this.#root.adoptedStyleSheets = [sheet(`:host { display: block; } ${css.replace(PAGE_RULE, '')}`)]
      this.#setPage((css.match(PAGE_RULE) ?? []).join('\n'))
      // The core escapes every value it puts in this markup (tests feed it XSS payloads).
      const template = document.createElement('template')
      template.innerHTML = body
      this.#root.replaceChildren(template.content)
    } catch (e) {
      this.#error = { code: e.code, field: e.field, message: e.message }
      this.#setPage('')
      this.#root.adoptedStyleSheets = [sheet(':host { display: block; } p { color: #d4351c; font-weight: 700; }')]
      this.#root.replaceChildren(h('p', { role: 'alert', 'data-code': e.code ?? '' }, e.message))
    }
    this.dispatchEvent(new CustomEvent('kz-iin-rendered', { bubbles: true, composed: true, detail: { error: this.#error } }))
  }
}

export class KzIinCertificateElement extends DocumentElement {
  static define(tag = 'kz-iin-certificate', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this)
    return this
  }

  render(data, options) {
    return renderCertificateParts(data, options)
  }
}

export class KzIinRefusalElement extends DocumentElement {
  static define(tag = 'kz-iin-refusal', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this)
    return this
  }

  render(data, options) {
    return renderRefusalParts(data, options)
  }
}
