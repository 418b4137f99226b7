// The Node entry: the IIN/BIN functions, the application form and the MRZ reader, each on its own
// module as in the browser. Node's fetch cannot read file: URLs, so the modules' bytes are read
// from disk and compiled synchronously (no top-level await, which also lets Node 20.19+
// require() it).
import { readFileSync } from 'node:fs'
import * as formCore from '../../pkg/form/kz_iin.js'
import * as mrzCore from '../../pkg/mrz/kz_iin.js'
import { makeFormApi, makeMrzApi } from './form.js'

formCore.initSync({ module: readFileSync(new URL('../../pkg/form/kz_iin_bg.wasm', import.meta.url)) })
mrzCore.initSync({ module: readFileSync(new URL('../../pkg/mrz/kz_iin_bg.wasm', import.meta.url)) })

export * from './iin-node.js'
export const { validateApplication, institutions, countries, fields, fieldLabels, documentTypes, dateFromParts, requiredFields, suggestLatin, suggestCyrillic } = makeFormApi(formCore)
export const { parseMrz } = makeMrzApi(mrzCore)
