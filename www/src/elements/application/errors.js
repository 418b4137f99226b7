// The error summary and the inline messages, the GOV.UK way: nothing flagged while typing; on
// submit a summary that takes focus and links each error to its field (a date to its wrong
// box), and the same message by each field, wired to its controls by aria-describedby and
// aria-invalid. Warnings are shown the same way and never block.
import { h } from '../dom.js'
import { PARTS, id, isRadios } from './render.js'
import { control, controlsOf } from './values.js'

/** The summary box, hidden until a submit finds errors (its links: followLink). */
export function renderSummary(ui) {
  return h('div', { class: 'summary', part: 'error-summary', tabindex: '-1', hidden: true, 'aria-labelledby': 'kz-summary-title' },
    h('div', { role: 'alert' }, h('h2', { id: 'kz-summary-title' }, ui.problem), h('ul', { part: 'error-summary-list' })))
}

/** Where a summary link takes the person: the field, a date's wrong box, the first radio. */
export function focusTarget(view, field, part) {
  const spec = view.specs.get(field)
  if (spec?.kind === 'date') return control(view, field, part ?? PARTS[0])
  if (spec && isRadios(spec)) return control(view, field, spec.options[0].value)
  return control(view, field) ?? null
}

/** A click in the summary: fragment links do not reach into a shadow root, so focus moves here. */
export function followLink(view, event) {
  const link = event.target.closest('a')
  if (!link) return
  event.preventDefault()
  const target = view.root.getElementById(link.getAttribute('href').slice(1))
  target?.scrollIntoView({ block: 'center' })
  target?.focus()
}

/** Shows (or with null text hides) a field's error or warning, wiring aria-describedby. */
export function showMessage(view, field, kind, text, part, code) {
  const box = view.root.getElementById(id(field, kind))
  if (!box) return
  box.hidden = text == null
  box.classList.remove('resolved')
  if (code) box.dataset.code = code
  else delete box.dataset.code
  box.querySelector('.text').textContent = text ?? ''
  box.querySelector('.suggestion')?.remove()
  if (kind === 'error') box.closest('.field').classList.toggle('has-error', text != null)
  for (const c of controlsOf(view, field)) {
    const ids = new Set((c.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean))
    if (text == null) ids.delete(box.id)
    else ids.add(box.id)
    if (ids.size) c.setAttribute('aria-describedby', [...ids].join(' '))
    else c.removeAttribute('aria-describedby')
    if (kind === 'error') {
      if (text != null && (!part || c.id === id(field, part))) c.setAttribute('aria-invalid', 'true')
      else c.removeAttribute('aria-invalid')
    }
  }
}

/** Hides the summary and every inline message. */
export function clearIssues(view) {
  view.summaryList?.replaceChildren()
  if (view.summary) view.summary.hidden = true
  for (const field of view.specs.keys()) {
    showMessage(view, field, 'error', null)
    showMessage(view, field, 'warning', null)
  }
}

/**
 * Shows a report: warnings by their fields, and when there are errors, each inline and in the
 * summary. `suggest(box, field, spelling)` offers a warning's suggestion (spelling.js).
 */
export function showIssues(view, report, suggest) {
  clearIssues(view)
  for (const w of report.warnings) {
    showMessage(view, w.field, 'warning', w.message, null, w.code)
    if (w.suggestion) suggest(view.root.getElementById(id(w.field, 'warning')), w.field, w.suggestion)
  }
  if (report.valid) return
  for (const e of report.errors) {
    showMessage(view, e.field, 'error', e.message, e.part, e.code)
    view.summaryList.append(h('li', { 'data-field': e.field ?? '', 'data-code': e.code },
      h('a', { href: `#${focusTarget(view, e.field, e.part)?.id ?? ''}` }, e.message)))
  }
  view.summary.hidden = false
}

/**
 * A field left after a failed submit that the core no longer finds wrong: its inline error goes
 * (screen readers stop hearing it at once) but keeps its space, and the summary waits for the
 * next submit, so nothing moves under a pointer on its way to a button.
 */
export function resolveFixed(view, field, report) {
  if (report.errors.some((e) => e.field === field)) return
  const box = view.root.getElementById(id(field, 'error'))
  if (!box || box.hidden) return
  box.classList.add('resolved')
  box.closest('.field').classList.remove('has-error')
  for (const c of controlsOf(view, field)) {
    c.removeAttribute('aria-invalid')
    const ids = (c.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== box.id)
    if (ids.length) c.setAttribute('aria-describedby', ids.join(' '))
    else c.removeAttribute('aria-describedby')
  }
}
