// The browser and bundler entry, with the application form: it initialises the WebAssembly
// module itself (top-level await), so `import { validateIin } from 'kz-iin'` is all a page or an
// app needs. The glue finds the .wasm with `new URL('kz_iin_bg.wasm', import.meta.url)`, which
// Vite and webpack 5 follow.
import init, * as core from '../../pkg/form/kz_iin.js'
import { makeNumberApi } from './numbers.js'
import { makeFormApi } from './form.js'

await init()

export { KzIinError, LANGUAGES } from './numbers.js'
export const { validateIin, validateBin, checkDigit, formIin, validateMany, compactNumber, errorCodes, resolveLang } = makeNumberApi(core)
export const { validateApplication, institutions, countries, fieldLabels, documentTypes, dateFromParts, requiredFields, parseMrz, suggestLatin, suggestCyrillic } = makeFormApi(core)
