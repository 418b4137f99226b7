// Type declarations of kz-iin/iin, the IIN/BIN entry (browser, bundler and Node).

/** A language every message exists in. Other values fall back to English. */
export type Lang = 'kk' | 'ru' | 'en'

/** Options of the validating functions. */
export interface Options {
  /** Language of `message`: 'kk', 'ru' or 'en' (a region such as 'ru-KZ' is accepted); default 'en'. */
  lang?: Lang | string
}

/** Stable error codes of IIN/BIN checks. */
export type NumberErrorCode =
  | 'empty'
  | 'length'
  | 'invalid_character'
  | 'checksum'
  | 'unissuable'
  | 'not_a_string'

/** A failed check. */
export interface Invalid {
  valid: false
  code: NumberErrorCode
  /** For 'invalid_character': 1-based position of the character, counted in code points. */
  position?: number
  /** For 'invalid_character': the character itself. */
  character?: string
  /** The message in the requested language. */
  message: string
}

/** Birth date and sex encoded in IINs issued before the 2023 rules (information only). */
export interface Birth {
  /** 'YYYY-MM-DD' */
  date: string
  sex: 'male' | 'female'
}

/** What a BIN's published structure says (information only); absent parts did not decode. */
export interface Entity {
  /** 'YYYY-MM' of (re-)registration, from digits 1-4. */
  registered?: string
  type?: 'resident' | 'non_resident' | 'joint_entrepreneur'
  division?: 'head' | 'branch' | 'representative_office' | 'farm'
}

/** A valid IIN. */
export interface ValidIin {
  valid: true
  /** The 12 ASCII digits. */
  value: string
  birth?: Birth
}

/** A valid BIN. */
export interface ValidBin {
  valid: true
  /** The 12 ASCII digits. */
  value: string
  entity: Entity
}

/** Checks an IIN; never throws, whatever it is given. */
export function validateIin(value: unknown, options?: Options): ValidIin | Invalid
/** Checks a BIN (the same rules as an IIN); never throws. */
export function validateBin(value: unknown, options?: Options): ValidBin | Invalid
/** The check digit of 11 digits, or null (not 11 digits, or unissuable). Never throws. */
export function checkDigit(base: unknown): number | null
/** The 12-digit number formed from 11 digits; throws a KzIinError with `code` set. */
export function formIin(base: unknown, options?: Options): string
/** One result byte per line: 0 valid, else an index into errorCodes(). */
export function validateMany(text: string | Uint8Array | ArrayBuffer): Uint8Array
/** The value with separators dropped and any script's decimal digits made ASCII ('990 140-004 654' → '990140004654'); other characters kept. Never throws. */
export function compactNumber(value: unknown): string
/** Names of the numeric result codes of validateMany; index 0 ('') is valid. */
export function errorCodes(): readonly string[]

/** Thrown by formIin. */
export class KzIinError extends Error {
  name: 'KzIinError'
  code: NumberErrorCode
  position?: number
}

/** The languages every message exists in. */
export const LANGUAGES: readonly Lang[]
/** The catalogue language for a `lang` value: 'kk', 'ru' or 'en'. */
export function resolveLang(lang: unknown): Lang
