// The passport panel: a field for the machine-readable zone, filled by a reader that types like
// a keyboard (a "keyboard wedge") or by hand, and read by the core's MRZ reader, a WebAssembly
// module of its own that is imported only when this panel is first drawn (the book's "Size").
import { h } from '../dom.js'
import { fill } from './words.js'

// What a reader types that is an MRZ line rather than a name: a run of capitals and digits with
// the < filler in it, from a letter (a zone's first line starts with its document code: A, C,
// I, P or V), looked for only in what the current burst of keys typed: a reader types its zone
// in one fast burst, so what was in the field before it (a name the person typed, or one an
// earlier scan filled in capitals) and what follows the caret stay the field's. At most two
// lines' width is looked at: a huge paste costs no more than that.
const MRZ_RUN = /[A-Z][A-Z0-9]*<[A-Z0-9<]*/
const RUN_MAX = 88
// Keys further apart than this start a new burst: a reader's come a few ms apart (and a busy
// machine may space them), while a person puts a passport on the reader seconds after their
// last key.
const BURST_GAP_MS = 500
// Each field's burst: where it began and when its last key came.
const bursts = new WeakMap()
// Complete zones (line counts and widths of TD3, TD2, TD1) are read as soon as they are typed.
const MRZ_SHAPES = [[2, 44], [2, 36], [3, 30]]
// The zone each panel last read as it was typed.
const lastRead = new WeakMap()

/**
 * The panel: label, hint, error, the zone's text area, a status line and the fill button. The
 * reader's module starts loading now, so that it is there when a zone arrives.
 */
export function renderMrzPanel(ui, reader, onFill) {
  reader.load().catch(() => {
    // Offline before it arrived: reading a zone says so.
  })
  const words = ui.mrz
  return h('fieldset', { part: 'fieldset mrz', 'data-section': 'mrz', class: 'mrz' },
    h('legend', {}, words.legend),
    h('div', { class: 'field', 'data-field': 'mrz' },
      h('label', { for: 'kz-mrz' }, words.label),
      h('p', { class: 'hint', id: 'kz-mrz-hint', part: 'hint' }, words.hint),
      h('p', { class: 'error', id: 'kz-mrz-error', part: 'error-message', hidden: true },
        h('span', { class: 'visually-hidden' }, ui.errorPrefix), ' ', h('span', { class: 'text' })),
      h('textarea', { id: 'kz-mrz', class: 'mrz-text', rows: '3', part: 'input', autocomplete: 'off', spellcheck: 'false',
        autocapitalize: 'characters', 'aria-describedby': 'kz-mrz-hint' }),
      h('p', { class: 'status', id: 'kz-mrz-status', role: 'status' })),
    h('button', { type: 'button', class: 'button secondary', part: 'button', onclick: onFill }, words.fill))
}

/**
 * Typing: a complete zone in the panel is read at once; a reader's line typed into a name or
 * number field goes to the panel instead (`read` reads the panel).
 */
export function mrzInput(root, target, read) {
  const mrz = root.getElementById('kz-mrz')
  if (!mrz) return
  if (target === mrz) {
    // A reader's closing line end, typed after its zone was read and cleared, leaves nothing.
    if (!mrz.value.trim()) mrz.value = ''
    const lines = mrz.value.split(/\r\n|\r|\n/).map((l) => l.replace(/[ \t]/g, '')).filter(Boolean)
    const complete = MRZ_SHAPES.some(([n, w]) => lines.length === n && lines.every((l) => l.length === w))
    // A reader's closing line end leaves the zone as it was: it is read once, not again. (Kept
    // in memory only while the panel holds that zone, never in the DOM.)
    const zone = complete ? lines.join('\n') : null
    if (zone !== null && zone !== lastRead.get(mrz)) read()
    lastRead.set(mrz, zone)
    return
  }
  if (!(target instanceof HTMLInputElement) || target.type !== 'text') return
  const now = performance.now()
  const caret = target.selectionEnd ?? target.value.length
  let burst = bursts.get(target)
  if (!burst || now - burst.at > BURST_GAP_MS || burst.start > caret) burst = { start: Math.max(0, caret - 1) }
  burst.at = now
  bursts.set(target, burst)
  const typed = target.value.slice(Math.max(burst.start, caret - RUN_MAX), caret)
  if (!typed.includes('<')) return
  const run = MRZ_RUN.exec(typed)
  if (!run) return
  const at = caret - typed.length + run.index
  target.value = target.value.slice(0, at) + target.value.slice(at + run[0].length)
  bursts.delete(target)
  mrz.value += run[0]
  mrz.focus()
  mrz.setSelectionRange(mrz.value.length, mrz.value.length)
}

/** A zone pasted into any field is read, not pasted. */
export function mrzPaste(root, event, read) {
  const mrz = root.getElementById('kz-mrz')
  const text = event.clipboardData?.getData('text') ?? ''
  if (!mrz || event.target === mrz || !/<</.test(text) || text.replace(/\s/g, '').length < 60) return
  event.preventDefault()
  mrz.value = text
  read()
}

/** Loads the MRZ reader's module once; a failed load is tried again by the next zone. */
export class MrzReader {
  #module = null

  load() {
    this.#module ??= import('../../mrz.js').catch((error) => {
      this.#module = null
      throw error
    })
    return this.#module
  }

  /** The reading of `text` (`{ valid, fields, namesTruncated }` or `{ valid: false, errors }`). */
  async read(text, { lang, today, unavailable }) {
    try {
      const { parseMrz } = await this.load()
      return parseMrz(text, { lang, today })
    } catch {
      return { valid: false, errors: [{ code: 'mrz_unavailable', message: unavailable }] }
    }
  }
}

/**
 * Reads the zone in the panel and shows the reading: its errors, or what was filled
 * (`fillForm(fields)` puts the values in and returns the keys and labels of those that took).
 * Returns the `kz-iin-mrz` event's detail, or null when the panel was drawn anew (a language
 * switch, a reset) while the reader loaded. `ui()`: the words of the form shown then.
 */
export async function readPanel(root, reader, { lang, today }, ui, fillForm) {
  const panel = root.getElementById('kz-mrz')
  const result = await reader.read(panel.value, { lang, today, unavailable: ui().mrz.unavailable })
  // A zone the reader could not read for want of its module is read again by the next input.
  if (result.errors?.[0]?.code === 'mrz_unavailable') lastRead.delete(panel)
  if (root.getElementById('kz-mrz') !== panel || !panel.value) return null
  return showReading(root, ui(), result, fillForm)
}

/** Shows a reading in the panel (see readPanel); returns the event's detail. */
function showReading(root, ui, result, fillForm) {
  const mrz = root.getElementById('kz-mrz')
  const box = root.getElementById('kz-mrz-error')
  const status = root.getElementById('kz-mrz-status')
  status.textContent = ''
  if (!result.valid) {
    box.hidden = false
    box.dataset.code = result.errors[0].code
    box.querySelector('.text').textContent = result.errors.map((e) => e.message).join(' ')
    mrz.setAttribute('aria-invalid', 'true')
    mrz.setAttribute('aria-describedby', 'kz-mrz-hint kz-mrz-error')
    return { errors: structuredClone(result.errors) }
  }
  box.hidden = true
  mrz.removeAttribute('aria-invalid')
  mrz.setAttribute('aria-describedby', 'kz-mrz-hint')
  const { filled, labels } = fillForm(result.fields)
  // The zone is personal data: once its values are in the fields, it is not kept twice.
  mrz.value = ''
  status.textContent = fill(ui.mrz.filled, labels.join(', ')) + (result.namesTruncated ? ` ${ui.mrz.truncated}` : '')
  return { filled }
}
