// Sending an application: one POST with an idempotency key that stays the same for the same
// answers, so that a retry after a lost answer is never a second application; a failure told in
// the person's words, with a retry, and nothing typed lost. A module of its own, outside the
// element's bundle: `import()`ed once the form is drawn, so that it is there by the time a
// person sends (and an offline kiosk has it), while the form's first load does without it.

const DEFAULT_TIMEOUT_MS = 30_000

/** A fresh idempotency key (crypto.randomUUID needs a secure context; the fallback does not). */
function newKey() {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const b = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
}

/** How long a send may take: the element's `timeout` in ms when it is one a timer can wait for. */
function timeLimit(timeout) {
  const ms = Number(timeout)
  return ms >= 1 && ms <= 2 ** 31 - 1 ? ms : DEFAULT_TIMEOUT_MS
}

// How many answers not yet acknowledged keep their keys (a person going back and forth).
const KEYS_KEPT = 8

/** Sends applications, one at a time, keeping the key of answers not yet acknowledged. */
export class Sender {
  // The keys of answers sent and not acknowledged, by body: answers A, then B, then A again
  // send A under its first key, so that a first send kept after all is not kept twice.
  #keys = new Map()
  #sending = false
  // The send in flight: forgetting aborts it, so that its answer reaches no one.
  #controller = null

  get sending() {
    return this.#sending
  }

  /**
   * Forgets the key (the application was received, or the form was cleared) and abandons a send
   * still out: on a kiosk the next person must never be shown the last one's receipt.
   */
  forget() {
    this.#controller?.abort()
    this.#controller = null
    this.#keys.clear()
    this.#sending = false
  }

  /**
   * POSTs `value` to `action` as JSON, in the language `lang`. Resolves with `{ response, body }` on a 2xx answer (its
   * JSON body, or null), or with null when the send was forgotten meanwhile; else rejects with
   * an Error whose message is the person's explanation in `ui`'s words.
   */
  async send(action, value, { timeout, ui, lang }) {
    const body = JSON.stringify(value)
    // The same answers keep the same key, so a retry after a lost answer is not a second application.
    const key = this.#keys.get(body) ?? newKey()
    // The latest last: past KEYS_KEPT the oldest goes.
    this.#keys.delete(body)
    this.#keys.set(body, key)
    if (this.#keys.size > KEYS_KEPT) this.#keys.delete(this.#keys.keys().next().value)
    const controller = new AbortController()
    this.#controller = controller
    const timer = setTimeout(() => controller.abort(new DOMException('timed out', 'TimeoutError')), timeLimit(timeout))
    this.#sending = true
    try {
      const response = await fetch(action, {
        method: 'POST',
        // The person's language: the server keeps it, and words its refusals in it.
        headers: { 'content-type': 'application/json', 'idempotency-key': key, 'accept-language': lang },
        body,
        signal: controller.signal,
        credentials: 'same-origin',
      })
      if (!response.ok) throw Object.assign(new Error('status'), { status: response.status })
      const answer = await response.json().catch(() => null)
      if (this.#controller !== controller) return null
      this.#keys.clear()
      return { response, body: answer }
    } catch (e) {
      if (this.#controller !== controller) return null
      const failed = ui.sendFailed
      throw new Error(
        e.status ? failed.status.replace('{}', e.status)
          : e.name === 'TimeoutError' || e.name === 'AbortError' ? failed.timeout
          : navigator.onLine === false ? failed.offline : failed.network,
      )
    } finally {
      clearTimeout(timer)
      if (this.#controller === controller) {
        this.#controller = null
        this.#sending = false
      }
    }
  }
}

/**
 * Sends from the review step: the send button is disabled and "Sending…" shown while the
 * request is out; a failure is told in the person's words with a retry button, which takes the
 * focus. Resolves with the answer, or null after a failure or when the send was forgotten. `view()`: the form shown now, which
 * a language switch may have drawn anew while the request was out; `setStatus(view, text,
 * failed)` writes the review's status line.
 */
export async function sendFromReview(view, sender, action, value, timeout, setStatus) {
  view().review.querySelector('.send').disabled = true
  setStatus(view(), view().ui.sending)
  try {
    // null: forgotten meanwhile (the form was cleared), and nothing of it is shown.
    return await sender.send(action, value, { timeout, ui: view().ui, lang: view().lang })
  } catch (e) {
    const again = view().review.querySelector('.send')
    setStatus(view(), e.message, true)
    again.textContent = view().ui.retry
    again.disabled = false
    again.focus()
    return null
  }
}
