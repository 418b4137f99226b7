// The documents' verifier in a browser: the core's own WebAssembly module (pkg/verify, the
// Claim 169 verifier and its words, nothing of the form), initialised once. kz-iin/documents
// imports it on first use of verifyDocument; the service's /verify page at once.
import init, * as core from '../../pkg/verify/kz_iin.js'
import { makeVerifyApi } from './verify-api.js'

await init()

export const { verifyDocument } = makeVerifyApi(core)
