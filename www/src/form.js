// The application half of the package's API, built on the full WebAssembly core (pkg/form).
// The rules, the data and the messages are the core's; this file only prepares what crosses
// the boundary (a plain copy of the caller's data) and caches the lists.
import { langOf } from './lang.js'

// Unknown keys are reported one by one; past this many, the rest are dropped unreported.
const MAX_UNKNOWN_KEYS = 64
// Text below U+0300 is always in NFC (the first character that may not be is the combining
// grave accent): most values skip normalize(), which costs about 100 ns a call.
const MAYBE_NOT_NFC = /[\u0300-\uffff]/

/** Today's date on this machine, YYYY-MM-DD (the core itself reads no clock). */
function localToday() {
  const d = new Date()
  const p = (n) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
}

/** The day of application: `options.today` when it is YYYY-MM-DD, else this machine's date. */
function todayOf(options) {
  try {
    const today = options?.today
    if (typeof today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(today)) return today
  } catch {
    // a hostile options object: the machine's date
  }
  return localToday()
}

// The caller's data as the record the core reads (src/form/raw.rs, RawApplication::from_record):
// 'N' when it is not an object, else 'O' and, for each own string key in the caller's order,
// `<length>,<key>` then `s<length>,<text>` (NFC, no longer than the core ever looks), `t`, `f`,
// `n` (null, undefined) or `x` (another type); lengths in UTF-16 units, as String#length counts.
// Getters that throw, Proxies, symbols and cycles stop here, so building it cannot throw; and
// string concatenation is faster than JSON.stringify of a copy, and lets the core do without a
// JSON reader (the book's "Size").
function recordOf(data, fields, maxChars) {
  if (data === null || typeof data !== 'object') return 'N'
  let keys
  try {
    // Both throw on a revoked Proxy: then it is not an application.
    if (Array.isArray(data)) return 'N'
    keys = Object.keys(data)
  } catch {
    return 'N'
  }
  let record = 'O'
  let unknown = 0
  for (const key of keys) {
    if (!fields.has(key) && ++unknown > MAX_UNKNOWN_KEYS) continue
    let value
    try {
      value = data[key]
    } catch {
      value = 0
    }
    record += `${key.length},${key}`
    if (typeof value === 'string') {
      const clipped = value.length > 2 * maxChars ? value.slice(0, 2 * maxChars + 2) : value
      const text = MAYBE_NOT_NFC.test(clipped) ? clipped.normalize('NFC') : clipped
      record += `s${text.length},${text}`
    } else if (typeof value === 'boolean') {
      record += value ? 't' : 'f'
    } else {
      record += value === null || value === undefined ? 'n' : 'x'
    }
  }
  return record
}

/**
 * Builds the form functions on an initialised full core.
 * @param {any} core the wasm-bindgen glue module of pkg/form
 */
export function makeFormApi(core) {
  const resolveLang = (lang) => langOf(core, { lang })
  // Applications cross into the core as records (recordOf); everything structured comes back
  // as JSON text (see Cargo.toml, serde_json).
  const cache = { institutions: new Map(), countries: new Map(), fields: new Map() }
  /** The field table in a language, by section (src/fields.rs, through the boundary). */
  const table = (lang) => {
    if (!cache.fields.has(lang)) cache.fields.set(lang, JSON.parse(core.fields(lang)))
    return cache.fields.get(lang)
  }
  const specs = (lang) => table(lang).flatMap((section) => section.fields)
  const fields = new Set(specs('en').map((f) => f.key))
  const maxChars = core.maxFieldChars()
  /** The caller's data as the record the core reads. */
  const toRecord = (data) => recordOf(data, fields, maxChars)

  function list(kind, lang) {
    if (!cache[kind].has(lang)) cache[kind].set(lang, JSON.parse(core[kind](lang)))
    return cache[kind].get(lang).map((item) => ({ ...item }))
  }

  return {
    /**
     * Validates an application: `{ valid, errors: [{ field, code, message }], warnings, value }`
     * where `value` is the normalised application ready to send. Never throws.
     * @param {unknown} data
     * @param {{ lang?: string, today?: string }} [options] `today`: YYYY-MM-DD, the day of
     *   application (default: this machine's date)
     */
    validateApplication(data, options) {
      const lang = langOf(core, options)
      const today = todayOf(options)
      const record = toRecord(data)
      // An impossible `today` (2026-02-30): judge on this machine's date instead.
      return JSON.parse(core.validateApplicationRecord(record, today, lang)) ?? JSON.parse(core.validateApplicationRecord(record, localToday(), lang))
    },
    /** The 96 institutions, sorted for the language: `{ id, name, kind, country, countryName, city, number }`. */
    institutions: (lang) => list('institutions', langOf(core, { lang })),
    /** The country codes with their names, sorted by name for the language: `{ id, name }`. */
    countries: (lang) => list('countries', langOf(core, { lang })),
    /**
     * The form's fields in a language, by section in the form's order (the core's field table):
     * `[{ key, legend, fields: [{ key, kind, required, partner?, maxChars?, script?, allowed?,
     * list?, options?, autocomplete?, label, hint? }] }]`. A fresh copy each call.
     */
    fields: (lang) => structuredClone(table(langOf(core, { lang }))),
    /** The form's labels in a language, keyed by field. */
    fieldLabels: (lang) => Object.fromEntries(specs(langOf(core, { lang })).map((f) => [f.key, f.label])),
    /**
     * Three date boxes read as one date for `field`: `{ value: 'YYYY-MM-DD' }` (`''` when all
     * are empty), or `{ part: 'day' | 'month' | 'year', message }` naming the box to fix. The
     * month may be a number or a month's name in kk, ru or en. Never throws.
     */
    dateFromParts(field, day, month, year, lang) {
      const text = (v) => (typeof v === 'string' ? v.slice(0, 64) : '')
      return JSON.parse(core.dateFromParts(text(field), text(day), text(month), text(year), langOf(core, { lang })))
    },
    /** The Latin spelling ICAO Doc 9303 gives a Cyrillic name (title case); '' for non-text. */
    suggestLatin: (cyrillic) => (typeof cyrillic === 'string' ? core.suggestLatin(cyrillic.slice(0, maxChars)) : ''),
    /** A Cyrillic spelling to offer for a Latin name; '' when there is none. */
    suggestCyrillic: (latin) => (typeof latin === 'string' ? core.suggestCyrillic(latin.slice(0, maxChars)) : ''),
    /** The catalogue language of a `lang` value: 'kk', 'ru' or 'en'. */
    resolveLang,
    /** (Internal, not exported by the entries) the boundary record, for the documents API. */
    toRecord,
    /** The keys of the fields an application must have. */
    requiredFields: () => specs('en').filter((f) => f.required).map((f) => f.key),
    /** The accepted values of documentType. */
    documentTypes: () => specs('en').find((f) => f.key === 'documentType').options.map((o) => o.value),
  }
}

// An MRZ is at most 3 lines of 44 (with line endings and stray spaces the core reads 512 bytes);
// past this many UTF-16 units the core answers "not an MRZ" without seeing the rest.
const MAX_MRZ_UNITS = 1024

/**
 * Builds the MRZ reader's function on an initialised MRZ core (pkg/mrz: a module of its own, so
 * that the form's module does without it; the book's "Size").
 * @param {any} core the wasm-bindgen glue module of pkg/mrz
 */
export function makeMrzApi(core) {
  return {
    /**
     * Reads a passport's or identity card's machine-readable zone (TD1, TD2 or TD3; any line
     * endings, stray spaces): `{ valid: true, format, fields, namesTruncated, optionalData }`
     * where `fields` holds the application's keys it fills, or `{ valid: false, errors: [{ code,
     * field?, line?, position?, message }] }`. Never throws.
     * @param {unknown} text
     * @param {{ lang?: string, today?: string }} [options] `today` resolves two-digit years
     */
    parseMrz(text, options) {
      const lang = langOf(core, options)
      const value = typeof text === 'string' ? text.slice(0, MAX_MRZ_UNITS) : ''
      return JSON.parse(core.parseMrz(value, todayOf(options), lang)) ?? JSON.parse(core.parseMrz(value, localToday(), lang))
    },
  }
}
