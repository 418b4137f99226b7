// The review step: every answer with a "Change" button before sending (WCAG 3.3.4: the
// application is a legal declaration), its status line, and the confirmation with the receipt.
// Sending itself is elements/sending.js.
import * as kz from '../../application.js'
import { h } from '../dom.js'

/** The review section: heading, lead, the answers, a status line, send and back buttons. */
export function renderReview(ui) {
  return h('section', { class: 'review', part: 'review', hidden: true, 'aria-labelledby': 'kz-review-title' },
    h('h2', { id: 'kz-review-title', tabindex: '-1' }, ui.reviewTitle),
    h('p', {}, ui.reviewLead),
    h('dl', { class: 'answers' }),
    h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }),
    h('button', { type: 'button', class: 'button send', part: 'button' }, ui.send),
    h('button', { type: 'button', class: 'button secondary', part: 'button' }, ui.back))
}

/** The confirmation: what was received, and the receipt to say at the window. */
export function renderDone(ui, kiosk) {
  return h('section', { class: 'panel', part: 'confirmation', hidden: true, 'aria-labelledby': 'kz-done-title' },
    h('h2', { id: 'kz-done-title', tabindex: '-1' }, ui.doneTitle),
    h('p', {}, ui.doneText),
    h('p', { class: 'receipt', hidden: true }),
    kiosk ? h('p', {}, ui.kioskDone) : null,
    h('button', { type: 'button', class: 'button secondary', part: 'button' }, ui.newApplication))
}

/**
 * Shows the receipt of an answer that has one (`{ receipt }`), in the person's language; the
 * access code under it (elements/sent.js) goes with any earlier one.
 */
export function showReceipt(done, ui, body) {
  const box = done.querySelector('.receipt')
  const receipt = typeof body?.receipt === 'string' ? body.receipt : ''
  box.hidden = !receipt
  box.replaceChildren(...(receipt ? [ui.receipt, ' ', h('strong', { class: 'receipt-number', part: 'receipt' }, receipt)] : []))
  done.querySelector('.access')?.remove()
}

/** An answer as the review shows it: dates as dd.mm.yyyy, choices by their names. */
function displayValue(view, field, value) {
  const { ui, lang } = view
  const spec = view.specs.get(field)
  if (value == null || value === '') return ui.notGiven
  if (spec.kind === 'date') return value.split('-').reverse().join('.')
  if (spec.kind === 'consent') return ui.yes
  if (spec.list === 'institutions') return kz.institutions(lang).find((i) => i.id === value)?.name ?? value
  if (spec.list === 'countries') return kz.countries(lang).find((c) => c.id === value)?.name ?? value
  if (spec.options) return spec.options.find((o) => o.value === value)?.label ?? value
  return value
}

/** Fills the review with the normalised answers; `onChange(field)` goes back to a field. */
export function fillReview(view, report, onChange) {
  const ui = view.ui
  const rows = [...view.specs.values()].map((spec) =>
    h('div', {},
      h('dt', {}, spec.label),
      h('dd', {}, displayValue(view, spec.key, report.value[spec.key])),
      h('dd', {}, h('button', { type: 'button', class: 'link', onclick: () => onChange(spec.key) },
        ui.change, h('span', { class: 'visually-hidden' }, ` ${spec.label}`)))))
  view.review.querySelector('dl').replaceChildren(...rows)
  const send = view.review.querySelector('.send')
  send.textContent = ui.send
  send.disabled = false
  setStatus(view, '')
}

export function setStatus(view, text, failed = false) {
  const status = view.review.querySelector('.status')
  status.textContent = text
  status.classList.toggle('failed', failed)
}
