// A draft of the answers on the person's own device, only when they ask for it ("keep my
// answers on this device"), loaded by the element after the form is drawn (what a person who
// keeps no draft never needs is no part of the form's first load): in this origin's localStorage, never sent anywhere, for 7 days at
// most; forgotten when the application is sent, when the person unticks the box or starts
// again, and when it has expired (found so on the next visit, which deletes it). Never in kiosk
// mode: a shared screen keeps nothing (the element does not draw the box there). A module of
// its own, outside the element's bundle: `import()`ed once the form is drawn.
import { h } from './dom.js'
import TEXTS from './draft-texts.js'

/** Where a draft is kept (one per origin: a person fills in one application at a time). */
export const DRAFT_KEY = 'kz-iin-draft'
/** How long a draft is kept at most. */
export const DRAFT_DAYS = 7
const DAY_MS = 24 * 60 * 60 * 1000
// What is typed is kept a moment after typing stops, not at every key.
const SAVE_DELAY_MS = 400

/** The origin's localStorage, or null where there is none (a sandboxed frame, privacy modes). */
function storage() {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/** The kept draft, if one is there and not expired; an expired or unreadable one is deleted. */
export function loadDraft(now = Date.now()) {
  const store = storage()
  let kept = null
  try {
    kept = JSON.parse(store?.getItem(DRAFT_KEY) ?? 'null')
  } catch {
    kept = null
  }
  const fresh = kept && typeof kept === 'object' && typeof kept.savedAt === 'number' && kept.values && typeof kept.values === 'object' && now - kept.savedAt < DRAFT_DAYS * DAY_MS && kept.savedAt <= now + DAY_MS
  if (!fresh) {
    forgetDraft()
    return null
  }
  return kept
}

/** Deletes the draft. */
export function forgetDraft() {
  try {
    storage()?.removeItem(DRAFT_KEY)
  } catch {
    // Nothing kept, nothing to delete.
  }
}

/**
 * The opt-in box and, after a restore, its notice with "start again". `read()` gives the answers
 * to keep; `startAgain()` empties the form.
 */
export class Draft {
  #read
  #startAgain
  #timer = null
  #box = null
  #notice = null
  // Whether the person asked to keep a draft, and when the one restored was kept: the same
  // through a redraw (a change of language).
  #on = false
  #restoredAt = null

  /**
   * `read()` gives the answers as typed; `apply(kept)` puts kept answers into the form, and
   * `apply()` empties it ("start again"). A kept draft is restored now, into a form not typed
   * into yet.
   */
  constructor(read, apply) {
    this.#read = read
    this.#startAgain = () => apply()
    const kept = loadDraft()
    // Empty but for an institution a host preselected.
    const empty = Object.entries(read()).every(([k, v]) => k === 'institution' || !v || (typeof v === 'object' && Object.values(v).every((p) => !p)))
    if (kept && empty) {
      this.#on = true
      this.#restoredAt = kept.savedAt
      apply(kept.values)
    }
  }

  get keeping() {
    return this.#on
  }

  /**
   * Into a form being drawn: the box at its end (after every question, before "Continue") and
   * the notice of a restored draft with "start again" at its start.
   */
  place(form, lang) {
    const words = TEXTS[lang] ?? TEXTS.en
    const restoredAt = this.#restoredAt
    this.#box = h('input', { type: 'checkbox', id: 'kz-draft', checked: this.#on, onchange: () => this.#changed() })
    const when = restoredAt ? new Date(restoredAt).toLocaleDateString(lang === 'en' ? 'en-GB' : lang) : ''
    this.#notice = h('div', { class: 'draft-notice', role: 'status', hidden: !restoredAt },
      h('p', {}, restoredAt ? words.restored.replace('{}', when) : ''),
      h('button', { type: 'button', class: 'button secondary', part: 'button', onclick: () => this.startAgain() }, words.startAgain))
    form.querySelector(':scope > button[type=submit]')?.before(h('div', { class: 'choice draft', part: 'draft' }, this.#box, h('label', { for: 'kz-draft' }, words.keep)))
    form.querySelector('#kz-title')?.after(this.#notice)
  }

  /** Something was typed: kept a moment later, if the person asked for it. */
  typed() {
    if (!this.keeping) return
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => this.save(), SAVE_DELAY_MS)
  }

  /** Keeps the answers now. */
  save() {
    clearTimeout(this.#timer)
    if (!this.keeping) return
    try {
      storage()?.setItem(DRAFT_KEY, JSON.stringify({ savedAt: Date.now(), values: this.#read() }))
    } catch {
      // A full or refused storage keeps no draft; the form works the same.
    }
  }

  /** The draft is deleted (sent, or the person said so) and the box unticked. */
  forget() {
    clearTimeout(this.#timer)
    forgetDraft()
    this.#on = false
    this.#restoredAt = null
    // Its default too: a form's reset() puts a box back to its default.
    if (this.#box) this.#box.checked = this.#box.defaultChecked = false
    if (this.#notice) this.#notice.hidden = true
  }

  /** "Start again": the draft deleted and the form emptied. */
  startAgain() {
    this.forget()
    this.#startAgain()
  }

  #changed() {
    this.#on = this.#box.checked
    if (this.#on) this.save()
    else this.forget()
  }
}
