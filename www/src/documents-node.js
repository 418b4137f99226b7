// The Node entry of the printed documents (kz-iin/documents): a server renders and archives the
// very same document a browser prints.
import { readFileSync } from 'node:fs'
import * as core from '../../pkg/full/kz_iin.js'
import { makeFormApi } from './form.js'
import { makeDocumentsApi } from './documents-api.js'

core.initSync({ module: readFileSync(new URL('../../pkg/full/kz_iin_bg.wasm', import.meta.url)) })

export { KzIinError } from './numbers.js'
export const { renderCertificate, renderRefusal, renderCertificateParts, renderRefusalParts } = makeDocumentsApi(core, makeFormApi(core).toRecord)

/**
 * Verifies a printed document's QR text, its /verify# link or digits against the service's public
 * keys (a JWK set): see the book's "Verifying a document". The verifier is a WebAssembly module of
 * its own, loaded on the first call, so rendering documents does not carry it.
 */
export async function verifyDocument(text, keys, options) {
  return (await import('./verifier-node.js')).verifyDocument(text, keys, options)
}
