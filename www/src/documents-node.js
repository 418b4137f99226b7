// The Node entry of the printed documents (kz-iin/documents): a server renders and archives the
// very same document a browser prints.
import { readFileSync } from 'node:fs'
import * as core from '../../pkg/full/kz_iin.js'
import { makeFormApi } from './form.js'
import { makeDocumentsApi } from './documents-api.js'
import { makeVerifyApi } from './verify-api.js'

core.initSync({ module: readFileSync(new URL('../../pkg/full/kz_iin_bg.wasm', import.meta.url)) })

export { KzIinError } from './numbers.js'
export const { renderCertificate, renderRefusal, renderCertificateParts, renderRefusalParts } = makeDocumentsApi(core, makeFormApi(core).toRecord)
export const { verifyDocument } = makeVerifyApi(core)
