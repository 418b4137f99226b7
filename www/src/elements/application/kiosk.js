// The kiosk's inactivity warning: after `idle-timeout` seconds without a touch or a key, a
// modal alertdialog counts down `idle-warning` seconds (never fewer than 20, WCAG 2.2.1) with
// "Continue" (also Escape) and "Clear the form now"; then the form is cleared for the next person.
import { h } from '../dom.js'
import { fill } from './words.js'
import { DEFAULT_IDLE_SECONDS, DEFAULT_WARNING_SECONDS, IdleTimer, MIN_WARNING_SECONDS, seconds } from './idle.js'

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
