// Type declarations of the kz-iin package (browser, bundler and Node entries share them).
export * from './iin.js'
import type { Lang } from './iin.js'

// FieldKey and Application are generated from the core's field table (src/fields.rs).
import type { Application, FieldKey } from './fields.js'
export type { Application, FieldKey } from './fields.js'

/** One error or warning. */
export interface Issue {
  /** The field's key (an unknown key as given), or null for the whole application. */
  field: FieldKey | string | null
  /** Stable code: required, too_long, invalid_character, wrong_script, invalid_type, invalid_date, date_in_future, date_too_old, issued_before_birth, expiry_before_issue, document_expired, unknown_value, citizenship_kaz, consent_required, not_an_object, the IIN codes for previousIin; warnings: birth_date_mismatch, sex_mismatch, given_name_missing, transliteration_mismatch, unknown_field. */
  code: string
  /** The message in the requested language. */
  message: string
  /** For problems naming a character: its 1-based position in the value as given. */
  position?: number
  character?: string
  /** A value to offer instead (transliteration_mismatch: the ICAO 9303 Latin spelling). */
  suggestion?: string
}

/** What validateApplication returns. */
export interface Report {
  valid: boolean
  errors: Issue[]
  warnings: Issue[]
  /** The normalised application, ready to send (unknown keys dropped). */
  value: Application
}

export interface FormOptions {
  lang?: Lang | string
  /** The day of application, YYYY-MM-DD; default: this machine's date. */
  today?: string
}

export interface InstitutionItem {
  id: string
  name: string
  kind: 'embassy' | 'consulate_general' | 'consulate' | 'embassy_office'
  /** ISO 3166-1 alpha-3 of the host country. */
  country: string
  countryName: string
  city: string
  /** Its number in the seed's list. */
  number: number
}

export interface CountryItem {
  /** ISO 3166-1 alpha-3, or XXA, XXB, XXC, XXX (ICAO Doc 9303). */
  id: string
  name: string
}

/** Validates an application; never throws. */
export function validateApplication(data: unknown, options?: FormOptions): Report
/** The 96 institutions, sorted for the language. */
export function institutions(lang?: Lang | string): InstitutionItem[]
/** The countries, sorted by name for the language. */
export function countries(lang?: Lang | string): CountryItem[]
/** One field of the core's field table, in a language (see `fields`). */
export interface FieldSpec {
  key: FieldKey
  kind: 'text' | 'name' | 'date' | 'choice' | 'consent' | 'iin'
  required: boolean
  /** The same name in the other script (names only); given one, the other is required too. */
  partner?: FieldKey
  /** The longest value accepted, in characters (text and names). */
  maxChars?: number
  /** A name's script. */
  script?: 'latin' | 'cyrillic'
  /** What text may hold. */
  allowed?: 'printable' | 'letters' | 'latinAndDigits'
  /** A choice whose values are a list of the data: `institutions()` or `countries()`. */
  list?: 'institutions' | 'countries'
  /** A choice's own values, with their names. */
  options?: { value: string; label: string }[]
  /** The HTML autocomplete token (for a date, the prefix of its boxes' tokens). */
  autocomplete?: string
  label: string
  /** A hint; for a consent, the statement consented to. */
  hint?: string
}

/** A section of the form, with its fields in order. */
export interface SectionSpec {
  key: string
  legend: string
  fields: FieldSpec[]
}

/** The form's fields in a language, by section in the form's order: the core's field table. */
export function fields(lang?: Lang | string): SectionSpec[]
/** The form's labels in a language. */
export function fieldLabels(lang?: Lang | string): Record<FieldKey, string>
/** The keys of the fields an application must have. */
export function requiredFields(): FieldKey[]
/**
 * Three date boxes read as one date: `{ value }` (YYYY-MM-DD, or '' when all are empty) or the
 * box to fix with its message. The month may be a number or a month's name in kk, ru or en.
 */
export function dateFromParts(field: string, day: string, month: string, year: string, lang?: Lang | string): { value: string } | { part: 'day' | 'month' | 'year'; message: string }
/** The accepted values of documentType. */
export function documentTypes(): string[]

/** What parseMrz found wrong (codes: mrz_empty, mrz_format, mrz_character, mrz_check_digit, mrz_date, mrz_visa). */
export interface MrzError {
  code: string
  /** The field a check digit or date protects: documentNumber, birthDate, documentExpiryDate, optionalData, composite. */
  field?: string
  line?: number
  position?: number
  message: string
}

export type MrzResult =
  | { valid: true; format: 'td1' | 'td2' | 'td3'; fields: Application; namesTruncated: boolean; optionalData: string }
  | { valid: false; errors: MrzError[] }

/** Reads a passport's or identity card's machine-readable zone. Never throws. */
export function parseMrz(text: unknown, options?: FormOptions): MrzResult
/** The Latin spelling ICAO Doc 9303 gives a Cyrillic name, in title case. */
export function suggestLatin(cyrillic: string): string
/** A Cyrillic spelling to offer for a Latin name; '' when there is none. */
export function suggestCyrillic(latin: string): string
