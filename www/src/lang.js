// The languages of the catalogues, and the language an `options` object asks for, as the core
// resolves it: a module of its own, so that the application widget, which needs no IIN
// function of its own, does not load numbers.js and its texts (the book's "Size").

/** The languages every message exists in. */
export const LANGUAGES = Object.freeze(['kk', 'ru', 'en'])

/**
 * The language of an `options` object as the core resolves it. Never throws: a hostile options
 * object (a throwing getter, a revoked Proxy) means English.
 */
export function langOf(core, options) {
  try {
    const lang = options?.lang
    if (typeof lang !== 'string') return 'en'
    // The core's answer for a tag never changes: ask once per tag (a string round trip through
    // WebAssembly costs more than the rest of a validation).
    let resolved = LANG_CACHE.get(lang)
    if (resolved === undefined) {
      resolved = core.resolveLang(lang.slice(0, 35))
      if (LANG_CACHE.size < 64) LANG_CACHE.set(lang, resolved)
    }
    return resolved
  } catch {
    return 'en'
  }
}
const LANG_CACHE = new Map()
