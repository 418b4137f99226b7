// The widget's words in a language: its own (texts.js, generated from the catalogues' [ui] in
// locales/) and, through the form's API, the fields' (the core's field table).
import TEXTS from './texts.js'

/** The widget's own words in `lang` (kk, ru or en). */
export const wordsFor = (lang) => TEXTS[lang]

/** A template's `{}`s replaced by `values` in order (the core's templates use `{}`). */
export function fill(template, ...values) {
  let i = 0
  return template.replace(/\{\}/g, () => String(values[i++] ?? ''))
}
