// The kiosk's inactivity clock: after `idleMs` without activity it warns, counts down `warnMs`
// second by second, then expires. WCAG 2.2.1: the warning gives at least 20 seconds and one
// simple action (touch) turns it back, as often as needed.

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
