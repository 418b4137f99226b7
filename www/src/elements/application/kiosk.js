// The kiosk's inactivity warning: after `idle-timeout` seconds without a touch or a key, a
// modal alertdialog counts down `idle-warning` seconds (never fewer than 20, WCAG 2.2.1) with
// "Continue" (also Escape) and "Clear the form now"; then the form is cleared for the next person.
import { h } from '../dom.js'
import { fill } from './words.js'
import { DEFAULT_IDLE_SECONDS, DEFAULT_WARNING_SECONDS, IdleTimer, MIN_WARNING_SECONDS, seconds } from './idle.js'

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

  connect() {
    // Activity anywhere in the widget restarts the idle time.
    for (const type of ACTIVITY) this.#host.addEventListener(type, this.#activity)
    window.addEventListener('pageshow', this.#pageshow)
    this.#lang ??= this.#host.getAttribute('lang')
  }

  disconnect() {
    for (const type of ACTIVITY) this.#host.removeEventListener(type, this.#activity)
    window.removeEventListener('pageshow', this.#pageshow)
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
    if (!this.on || !this.#host.isConnected) return
    this.#idle = new KioskIdle({
      idleSeconds: this.#host.getAttribute('idle-timeout'),
      warningSeconds: this.#host.getAttribute('idle-warning'),
      onExpire: () => this.#clear('idle'),
    })
    view.container.querySelector('dialog.idle')?.replaceWith(this.dialog(view.ui))
    this.#idle.start()
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
    const wait = seconds(this.#host.getAttribute('confirmation-time'), DEFAULT_CONFIRMATION_SECONDS)
    this.#doneTimer = setTimeout(() => this.#clear('submitted'), wait * 1000)
  }
}

export class KioskIdle {
  #timer
  #dialog = null
  #ui = null

  /**
   * @param {{ idleSeconds: string | null, warningSeconds: string | null, onExpire: () => void }} options
   *   the attributes as given, and what clears the form
   */
  constructor({ idleSeconds, warningSeconds, onExpire }) {
    this.#timer = new IdleTimer({
      idleMs: seconds(idleSeconds, DEFAULT_IDLE_SECONDS) * 1000,
      warnMs: seconds(warningSeconds, DEFAULT_WARNING_SECONDS, MIN_WARNING_SECONDS) * 1000,
      onWarn: (left) => this.#show(left),
      onTick: (left) => this.#countdown(left),
      onExpire,
    })
  }

  /** The dialog, in the words of the current language (drawn again with the form). */
  render(ui, onClear) {
    this.#ui = ui.idle
    this.#dialog = h('dialog', { class: 'idle', part: 'idle-dialog', role: 'alertdialog', 'aria-modal': 'true',
      'aria-labelledby': 'kz-idle-title', 'aria-describedby': 'kz-idle-text' },
      h('h2', { id: 'kz-idle-title' }, this.#ui.title),
      h('p', { id: 'kz-idle-text' }, ''),
      h('button', { type: 'button', class: 'button', part: 'button', onclick: () => this.stillHere() }, this.#ui.continue),
      h('button', { type: 'button', class: 'button secondary', part: 'button', onclick: onClear }, this.#ui.restart))
    // Escape means "I am still here", not "clear my answers".
    this.#dialog.addEventListener('cancel', (e) => {
      e.preventDefault()
      this.stillHere()
    })
    return this.#dialog
  }

  /** Activity in the form: the idle time starts again (the warning needs its own answer). */
  touch() {
    this.#timer.touch()
  }

  start() {
    this.#timer.start()
  }

  stop() {
    this.#timer.stop()
  }

  stillHere() {
    this.#dialog?.close()
    this.#timer.start()
  }

  #show(left) {
    if (!this.#dialog) return
    this.#countdown(left)
    if (!this.#dialog.open) this.#dialog.showModal()
    this.#dialog.querySelector('button').focus()
  }

  #countdown(left) {
    const text = this.#dialog?.querySelector('#kz-idle-text')
    if (text) text.textContent = fill(this.#ui.text, left)
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
