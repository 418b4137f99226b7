// The form's WebAssembly module, initialised, and the number and form functions on it: what
// <kz-iin-application> loads. The main entry (index.js) adds the passport MRZ reader, which is a
// module of its own (mrz.js) so that a portal's form does not download it (README "Size").
import init, * as core from '../../pkg/form/kz_iin.js'
import { makeNumberApi } from './numbers.js'
import { makeFormApi } from './form.js'

await init()

export { KzIinError, LANGUAGES } from './numbers.js'
export const { validateIin, validateBin, checkDigit, formIin, validateMany, compactNumber, errorCodes, resolveLang } = makeNumberApi(core)
export const { validateApplication, institutions, countries, fieldLabels, documentTypes, dateFromParts, requiredFields, suggestLatin, suggestCyrillic } = makeFormApi(core)
