// The browser and bundler entry of the printed documents (kz-iin/documents): the registration
// certificate and the refusal notice, on the full WebAssembly module (it carries the QR encoder,
// which the application widget does not need). Initialises itself, like the main entry.
import init, * as core from '../../pkg/full/kz_iin.js'
import { makeFormApi } from './form.js'
import { makeDocumentsApi } from './documents-api.js'

await init()

export { KzIinError } from './numbers.js'
export const { renderCertificate, renderRefusal, renderCertificateParts, renderRefusalParts } = makeDocumentsApi(core, makeFormApi(core).toRecord)

/**
 * Verifies a printed document's QR text, its /verify# link or digits against the service's public
 * keys (a JWK set): see the book's "Verifying a document". The verifier is a WebAssembly module of
 * its own, loaded on the first call, so rendering documents does not carry it.
 */
export async function verifyDocument(text, keys, options) {
  return (await import('./verifier.js')).verifyDocument(text, keys, options)
}
