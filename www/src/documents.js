// The browser and bundler entry of the printed documents (kz-iin/documents): the registration
// certificate and the refusal notice, on the full WebAssembly module (it carries the QR encoder,
// which the application widget does not need). Initialises itself, like the main entry.
import init, * as core from '../../pkg/full/kz_iin.js'
import { makeFormApi } from './form.js'
import { makeDocumentsApi } from './documents-api.js'
import { makeVerifyApi } from './verify-api.js'

await init()

export { KzIinError } from './numbers.js'
export const { renderCertificate, renderRefusal, renderCertificateParts, renderRefusalParts } = makeDocumentsApi(core, makeFormApi(core).toRecord)
export const { verifyDocument } = makeVerifyApi(core)
