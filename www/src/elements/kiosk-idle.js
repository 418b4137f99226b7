// The kiosk's inactivity clock and its dialog: after `idleMs` without activity it warns,
// counts down `warnMs` second by second, then expires. WCAG 2.2.1: the warning gives at least
// 20 seconds and one simple action (touch) turns it back, as often as needed. Loaded by the
// element's kiosk mode only (application/kiosk.js).
import { h } from './dom.js'

export const DEFAULT_IDLE_SECONDS = 120
export const DEFAULT_WARNING_SECONDS = 30
export const MIN_WARNING_SECONDS = 20

/** Seconds from an attribute: a positive number, else the default; never below `min`. */
export function seconds(attribute, fallback, min = 1) {
  const n = Number(attribute)
  return Math.max(min, Number.isFinite(n) && n > 0 ? n : fallback)
}

export class IdleTimer {
  #idleMs
  #warnMs
  #on
  #timer = null
  #ticker = null
  #warning = false

  /**
   * @param {{ idleMs: number, warnMs: number, onWarn: (left: number) => void,
   *   onTick: (left: number) => void, onExpire: () => void }} options `left`: whole seconds
   */
  constructor({ idleMs, warnMs, onWarn, onTick, onExpire }) {
    this.#idleMs = idleMs
    this.#warnMs = warnMs
    this.#on = { onWarn, onTick, onExpire }
  }

  get warning() {
    return this.#warning
  }

  /** Activity: the idle time starts again (a warning is turned back only by `start`). */
  touch() {
    if (!this.#warning) this.start()
  }

  /** (Re)starts the idle time from now, dropping any warning. */
  start() {
    this.stop()
    this.#timer = setTimeout(() => this.#warn(), this.#idleMs)
  }

  stop() {
    clearTimeout(this.#timer)
    clearInterval(this.#ticker)
    this.#timer = this.#ticker = null
    this.#warning = false
  }

  #warn() {
    this.#warning = true
    const end = Date.now() + this.#warnMs
    const left = () => Math.max(0, Math.ceil((end - Date.now()) / 1000))
    this.#on.onWarn(left())
    this.#ticker = setInterval(() => {
      const n = left()
      if (n > 0) return this.#on.onTick(n)
      this.stop()
      this.#on.onExpire()
    }, 1000)
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
    if (text) text.textContent = this.#ui.text.replace('{}', left)
  }
}
