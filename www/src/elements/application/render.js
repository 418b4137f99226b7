// The form drawn from the core's field table (src/fields.rs, exported by the boundary as
// `fields(lang)`): one fieldset per section, in the table's order, each field by its kind. No
// field is named here: a field added to the table appears in the form without a change to this
// file. Labels, hints and choices come with the table; the widget's own words from words.js.
import { h } from '../dom.js'

/** The id of a field's element in the shadow root: `kz-surnameLatin`, `kz-birthDate-day`. */
export const id = (field, part) => `kz-${field}${part ? `-${part}` : ''}`

/** A date's three boxes, in the order people write dates in kk, ru and en-GB. */
export const PARTS = ['day', 'month', 'year']

/** Radio buttons for a short fixed list (GOV.UK: radios when there are few), else a select. */
export const isRadios = (spec) => spec.kind === 'choice' && !spec.list && spec.options.length <= 3

/** Fields whose control is a group of inputs with a legend rather than one labelled control. */
const isGroup = (spec) => spec.kind === 'date' || isRadios(spec)

/** The inline error or warning of a field: hidden until there is one. */
function messageBox(field, kind, prefix) {
  return h('p', { class: kind, id: id(field, kind), part: `${kind}-message`, hidden: true },
    h('span', { class: 'visually-hidden' }, prefix), ' ', h('span', { class: 'text' }))
}

/**
 * The fieldsets of the form.
 * @param {Array<{ key: string, legend: string, fields: object[] }>} table the core's field table
 * @param {{ ui: object, items: (list: string) => Array<[string, string]>, locked: (field: string) => boolean, kiosk?: boolean }} options
 *   `items` gives the values and names of a list (`institutions`, `countries`); `locked` says
 *   whether a field is fixed by the host (the `institution-locked` attribute); `kiosk`: a screen
 *   shared by strangers, where no control offers the browser's autofill (a field's own token
 *   would override the form's `autocomplete="off"`, and offer one person's name to the next)
 */
export function renderSections(table, { ui, items, locked, kiosk = false }) {
  const field = (spec) => renderField(spec, ui, items, locked, kiosk)
  return table.map((section) => {
    const children = []
    for (const spec of section.fields) {
      const partner = spec.partner && section.fields.find((f) => f.key === spec.partner)
      // A name and its partner in the other script side by side (Latin | Cyrillic).
      if (partner && section.fields.indexOf(partner) === section.fields.indexOf(spec) + 1) {
        children.push(h('div', { class: 'pair' }, field(spec), field(partner)))
      } else if (!partner || section.fields.indexOf(partner) > section.fields.indexOf(spec)) {
        children.push(field(spec))
      }
    }
    return h('fieldset', { part: 'fieldset', 'data-section': section.key }, h('legend', {}, section.legend), children)
  })
}

/** One field: label (or legend), hint, error and warning messages, its control(s). */
function renderField(spec, ui, items, locked, kiosk) {
  const field = spec.key
  const token = kiosk ? null : spec.autocomplete
  // Names come in pairs whose labels say "(if any)" themselves: no "(optional)" for them.
  const optional = !spec.required && !spec.partner
  const labelText = [spec.label, optional ? ` ${ui.optional}` : '']
  const hint = spec.hint && spec.kind !== 'consent' ? h('p', { class: 'hint', id: id(field, 'hint'), part: 'hint' }, spec.hint) : null
  const described = hint ? id(field, 'hint') : null
  const error = messageBox(field, 'error', ui.errorPrefix)
  const warning = messageBox(field, 'warning', ui.warningPrefix)
  const wrap = (...children) => h('div', { class: 'field', part: 'field', 'data-field': field }, ...children)

  if (spec.kind === 'date') {
    return wrap(h('fieldset', { class: 'group', role: 'group', 'aria-describedby': described },
      h('legend', {}, labelText), hint, error, warning,
      h('div', { class: 'date' }, PARTS.map((part) =>
        h('div', {},
          h('label', { for: id(field, part) }, ui[part]),
          h('input', { id: id(field, part), name: `${field}-${part}`, class: part, type: 'text', inputmode: 'numeric',
            autocomplete: token ? `${token}-${part}` : 'off', spellcheck: 'false',
            'aria-describedby': described, part: 'input' })))),
      h('input', { type: 'hidden', name: field })))
  }
  if (isGroup(spec)) {
    return wrap(h('fieldset', { class: 'group', 'aria-describedby': described },
      h('legend', {}, labelText), hint, error, warning,
      spec.options.map((o) => h('div', { class: 'choice' },
        h('input', { type: 'radio', id: id(field, o.value), name: field, value: o.value, autocomplete: kiosk ? 'off' : spec.autocomplete, part: 'input' }),
        h('label', { for: id(field, o.value) }, o.label)))))
  }
  if (spec.kind === 'consent') {
    return wrap(error,
      h('div', { class: 'choice consent' },
        h('input', { type: 'checkbox', id: id(field), name: field, value: 'true', part: 'input', 'aria-describedby': id(field, 'text') }),
        h('label', { for: id(field) }, h('span', { class: 'visually-hidden' }, spec.label, '. '), h('span', { id: id(field, 'text') }, spec.hint))))
  }
  let control
  if (spec.kind === 'choice') {
    const values = spec.list ? items(spec.list) : spec.options.map((o) => [o.value, o.label])
    control = h('select', { id: id(field), name: field, part: 'input', 'aria-describedby': described, disabled: locked(field) },
      h('option', { value: '' }, ui.select), values.map(([value, text]) => h('option', { value }, text)))
  } else {
    control = h('input', {
      id: id(field), name: field, type: 'text', part: 'input', 'aria-describedby': described,
      autocomplete: token ?? 'off', spellcheck: 'false',
      inputmode: spec.kind === 'iin' ? 'numeric' : null,
      autocapitalize: spec.allowed === 'latinAndDigits' ? 'characters' : spec.kind === 'name' ? 'words' : null,
    })
  }
  const suggestion = spec.partner ? h('p', { class: 'suggest', id: id(field, 'suggest'), hidden: true }) : null
  return wrap(h('label', { for: id(field) }, labelText), hint, error, warning, control, suggestion)
}
