// The kiosk's inactivity warning: after `idle-timeout` seconds without a touch or a key, a
// modal alertdialog counts down `idle-warning` seconds (never fewer than 20, WCAG 2.2.1) with
// "Continue" (also Escape) and "Clear the form now"; then the form is cleared for the next person.
// The clock and its dialog are a module of their own (elements/kiosk-idle.js), loaded only in
// kiosk mode: a portal's form never downloads them.
import { h } from '../dom.js'

// Kiosk: how long the confirmation stays before the screen is cleared for the next person.
const DEFAULT_CONFIRMATION_SECONDS = 20
const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel']

/**
 * The element's kiosk mode (`mode="kiosk"`): the idle clock and its dialog, the activity that
 * restarts it, the confirmation's time on screen, the language the kiosk goes back to, and a
 * page restored from the back/forward cache cleared. `clear(reason)` is the element's.
 */
export class KioskMode {
  #host
  #clear
  #idle = null
  #doneTimer = null
  #lang = null
  // Which sync is the latest: a clock loaded for an earlier one is not started.
  #turn = 0

  constructor(host, clear) {
    this.#host = host
    this.#clear = clear
  }

  get on() {
    return this.#host.getAttribute('mode') === 'kiosk'
  }

  #activity = () => {
    if (this.on) this.#idle?.touch()
  }

  // A kiosk page restored from the back/forward cache must not show the last person's answers.
  #pageshow = (event) => {
    if (event.persisted && this.on) this.#clear('pageshow')
  }

  // A passport reader types its zone wherever the focus is. Where nothing takes typing (the
  // page itself, or in the widget its title after a reset, a button, a box or a radio), its
  // first key moves the focus to the MRZ field, which then takes the zone. A text field, a
  // select (a person's type-ahead), the idle dialog and anything of the host page's keep
  // their keys.
  #typedAnywhere = (event) => {
    if (!this.on || event.isComposing || event.ctrlKey || event.altKey || event.metaKey || !/^[A-Za-z0-9<]$/.test(event.key)) return
    const root = this.#host.shadowRoot
    const active = document.activeElement
    if (active && active !== document.body && active !== this.#host) return
    let inside = active === this.#host ? root?.activeElement : null
    while (inside?.shadowRoot?.activeElement) inside = inside.shadowRoot.activeElement
    const typing = 'input:not([type=checkbox]):not([type=radio]), textarea, select, [contenteditable]'
    if (inside?.matches(typing) || inside?.closest('dialog[open]')) return
    root?.getElementById('kz-mrz')?.focus()
  }

  connect() {
    // Activity anywhere in the widget restarts the idle time.
    for (const type of ACTIVITY) this.#host.addEventListener(type, this.#activity)
    window.addEventListener('pageshow', this.#pageshow)
    document.addEventListener('keydown', this.#typedAnywhere, true)
    this.#lang ??= this.#host.getAttribute('lang')
  }

  disconnect() {
    for (const type of ACTIVITY) this.#host.removeEventListener(type, this.#activity)
    window.removeEventListener('pageshow', this.#pageshow)
    document.removeEventListener('keydown', this.#typedAnywhere, true)
    this.pause()
  }

  /** The idle dialog for a form being drawn (a placeholder until the clock runs). */
  dialog(ui) {
    return this.#idle?.render(ui, () => this.#clear('person')) ?? h('dialog', { class: 'idle', hidden: true })
  }

  /** Starts or stops the idle clock to match the mode and its attributes; `view` is the form drawn. */
  sync(view) {
    this.#idle?.stop()
    this.#idle = null
    const turn = ++this.#turn
    if (!this.on || !this.#host.isConnected) return
    import('../kiosk-idle.js').then(({ KioskIdle }) => {
      if (turn !== this.#turn || !this.on || !this.#host.isConnected) return
      this.#idle = new KioskIdle({
        idleSeconds: this.#host.getAttribute('idle-timeout'),
        warningSeconds: this.#host.getAttribute('idle-warning'),
        onExpire: () => this.#clear('idle'),
      })
      view.container.querySelector('dialog.idle')?.replaceWith(this.dialog(view.ui))
      this.#idle.start()
    })
  }

  /** Stops the clocks while the element forgets the last person. */
  pause() {
    clearTimeout(this.#doneTimer)
    this.#idle?.stop()
  }

  /** The next person: nothing of the last in storage, the kiosk's own language again. */
  forget() {
    if (!this.on) return
    forgetStorage()
    if (this.#lang && this.#host.getAttribute('lang') !== this.#lang) this.#host.setAttribute('lang', this.#lang)
  }

  resume() {
    this.#idle?.start()
  }

  /** The confirmation is on screen: cleared for the next person after `confirmation-time`. */
  confirmed() {
    if (!this.on) return
    const given = Number(this.#host.getAttribute('confirmation-time'))
    const wait = Math.max(1, given > 0 ? given : DEFAULT_CONFIRMATION_SECONDS)
    this.#doneTimer = setTimeout(() => this.#clear('submitted'), wait * 1000)
  }
}

/** Empties this origin's sessionStorage and localStorage: nothing of a person outlives them. */
export function forgetStorage() {
  for (const store of ['sessionStorage', 'localStorage']) {
    try {
      window[store].clear()
    } catch {
      // storage blocked by the browser: nothing was kept there
    }
  }
}
