// The Node entry, with the application form and the MRZ reader (two modules, as in the browser):
// Node's fetch cannot read file: URLs, so the modules' bytes are read from disk and compiled
// synchronously (no top-level await, which also lets Node 20.19+ require() it).
import { readFileSync } from 'node:fs'
import * as core from '../../pkg/form/kz_iin.js'
import { makeNumberApi } from './numbers.js'
import * as mrzCore from '../../pkg/mrz/kz_iin.js'
import { makeFormApi, makeMrzApi } from './form.js'

core.initSync({ module: readFileSync(new URL('../../pkg/form/kz_iin_bg.wasm', import.meta.url)) })
mrzCore.initSync({ module: readFileSync(new URL('../../pkg/mrz/kz_iin_bg.wasm', import.meta.url)) })

export { KzIinError, LANGUAGES } from './numbers.js'
export const { validateIin, validateBin, checkDigit, formIin, validateMany, compactNumber, errorCodes, resolveLang } = makeNumberApi(core)
export const { validateApplication, institutions, countries, fieldLabels, documentTypes, dateFromParts, requiredFields, suggestLatin, suggestCyrillic } = makeFormApi(core)
export const { parseMrz } = makeMrzApi(mrzCore)
