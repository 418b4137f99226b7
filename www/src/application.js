// The form's WebAssembly module, initialised, and the form's functions on it: what
// <kz-iin-application> loads. The main entry (index.js) adds the IIN/BIN functions, on the IIN
// module, and the passport MRZ reader, on a module of its own: a portal's form downloads
// neither (the book's "Size").
import init, * as core from '../../pkg/form/kz_iin.js'
import { makeFormApi } from './form.js'

await init()

export { LANGUAGES } from './lang.js'
export const { validateApplication, institutions, countries, fields, fieldLabels, documentTypes, dateFromParts, requiredFields, suggestLatin, suggestCyrillic, resolveLang } = makeFormApi(core)
