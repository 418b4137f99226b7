// What is typed into the form, and back: each field read and written by its kind (from the
// core's field table), dates as three boxes that the core reads as one date. `view` is what the
// element drew: `{ root, lang, specs: Map<key, spec>, form }`.
import * as kz from '../../application.js'
import { asText } from '../dom.js'
import { PARTS, id, isRadios } from './render.js'

/** A field's control, or one of a date's boxes or a radio button (`part`). */
export const control = (view, field, part) => view.root.getElementById(id(field, part))

/** Every control of a field: a date's three boxes, a choice's radios, or its one control. */
export function controlsOf(view, field) {
  const spec = view.specs.get(field)
  if (spec?.kind === 'date') return PARTS.map((p) => control(view, field, p))
  if (spec && isRadios(spec)) return spec.options.map((o) => control(view, field, o.value))
  const c = control(view, field)
  return c ? [c] : []
}

/** What is typed, field by field: strings, {day, month, year} for dates, booleans for consents. */
export function read(view) {
  const values = {}
  if (!view?.form) return values
  for (const [field, spec] of view.specs) {
    if (spec.kind === 'date') values[field] = Object.fromEntries(PARTS.map((p) => [p, control(view, field, p).value]))
    else if (isRadios(spec)) values[field] = controlsOf(view, field).find((r) => r.checked)?.value ?? ''
    else if (spec.kind === 'consent') values[field] = control(view, field).checked
    else values[field] = control(view, field).value
  }
  return values
}

/** Puts values (as `read` gives them) into the form; `locked` fields are left as they are. */
export function write(view, values, locked = () => false) {
  for (const [field, spec] of view.specs) {
    const v = values[field]
    if (spec.kind === 'date') for (const p of PARTS) control(view, field, p).value = v?.[p] ?? ''
    else if (isRadios(spec)) for (const r of controlsOf(view, field)) r.checked = r.value === v
    else if (spec.kind === 'consent') control(view, field).checked = v === true
    else if (!locked(field)) control(view, field).value = typeof v === 'string' ? v : ''
  }
  syncHiddenDates(view)
}

/** The values of an application object (dates as YYYY-MM-DD) over what the form holds now. */
export function fromApplication(view, data) {
  const values = read(view)
  for (const [field, spec] of view.specs) {
    if (!(field in data)) continue
    const v = data[field]
    if (spec.kind === 'date') {
      const [year = '', month = '', day = ''] = typeof v === 'string' ? v.split('-') : []
      values[field] = { day, month, year }
    } else values[field] = spec.kind === 'consent' ? v === true : asText(v)
  }
  return values
}

/** A date's boxes read by the core: `{ value }` or `{ part, message }`. */
export function dateOf(view, field) {
  const c = (p) => control(view, field, p).value
  return kz.dateFromParts(field, c('day'), c('month'), c('year'), view.lang)
}

/** Each date's hidden input (what a form post would send) holds the date the boxes make. */
export function syncHiddenDates(view) {
  for (const [field, spec] of view.specs) {
    if (spec.kind !== 'date') continue
    const hidden = view.form?.querySelector(`input[type="hidden"][name="${field}"]`)
    if (hidden) hidden.value = dateOf(view, field).value ?? ''
  }
}

/**
 * The application to validate, and the core's report on it. A date whose boxes do not make a
 * date is reported with the core's message for the box to fix (`part`).
 * @param {{ institution?: string, today?: string }} options a locked institution; the day of application
 */
export function collect(view, { institution, today }) {
  const values = read(view)
  const data = {}
  const partErrors = {}
  for (const [field, spec] of view.specs) {
    if (spec.kind !== 'date') {
      data[field] = values[field]
      continue
    }
    const date = dateOf(view, field)
    if (date.part) {
      partErrors[field] = date
      const { day, month, year } = values[field]
      data[field] = `${year}-${month}-${day}`
    } else if (date.value) data[field] = date.value
  }
  if (institution) data.institution = institution
  if (!data.institution) delete data.institution
  const report = kz.validateApplication(data, { lang: view.lang, today })
  for (const e of report.errors) {
    if (partErrors[e.field]) Object.assign(e, { message: partErrors[e.field].message, part: partErrors[e.field].part })
  }
  return { data, report }
}

/** The keys whose values took (a select may not know a code), of those in `fields`. */
export function tookValues(view, fields) {
  return [...view.specs.keys()].filter((field) => {
    if (!(field in fields)) return false
    const spec = view.specs.get(field)
    if (spec.kind === 'date' || isRadios(spec)) return true
    return control(view, field)?.value === fields[field]
  })
}
