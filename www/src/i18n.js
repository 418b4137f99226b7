// Turns the core's stable codes into words, in Kazakh, Russian or English.
import en from './messages/en.js'
import kk from './messages/kk.js'
import ru from './messages/ru.js'

/** The languages every message exists in. */
export const LANGUAGES = Object.freeze(['kk', 'ru', 'en'])

const CATALOGUES = { kk, ru, en }

/**
 * The catalogue language for a `lang` option or attribute: its primary subtag when it is one of
 * ours ('ru-KZ' → 'ru'), else English. Never throws.
 * @param {unknown} lang
 * @returns {'kk' | 'ru' | 'en'}
 */
export function resolveLang(lang) {
  if (typeof lang !== 'string') return 'en'
  const primary = lang.slice(0, 12).toLowerCase().split(/[-_]/)[0]
  return Object.hasOwn(CATALOGUES, primary) ? primary : 'en'
}

/**
 * How to show one character in a message: itself, quoted, when it is visible; its code point
 * (U+202E) when it is invisible, a space, a control, a combining mark or a lone surrogate.
 * @param {string} ch one code point (or lone surrogate)
 * @param {'kk' | 'ru' | 'en'} lang
 */
export function displayChar(ch, lang) {
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch)) return CATALOGUES[lang].quote(ch)
  return `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * The message for a code in a language; the code itself if no catalogue knows it.
 * @param {string} code
 * @param {Record<string, unknown>} params
 * @param {'kk' | 'ru' | 'en'} lang
 */
export function message(code, params, lang) {
  const catalogue = CATALOGUES[lang] ?? en
  const text = Object.hasOwn(catalogue, code) ? catalogue[code] : undefined
  return typeof text === 'function' ? text(params) : code
}

/** Every code each catalogue has (for the completeness tests). */
export function catalogueCodes(lang) {
  return Object.keys(CATALOGUES[lang]).filter((k) => k !== 'quote')
}
