// The documents' verifier in Node: the core's own WebAssembly module (pkg/verify), loaded on
// first use of kz-iin/documents' verifyDocument.
import { readFileSync } from 'node:fs'
import * as core from '../../pkg/verify/kz_iin.js'
import { makeVerifyApi } from './verify-api.js'

core.initSync({ module: readFileSync(new URL('../../pkg/verify/kz_iin_bg.wasm', import.meta.url)) })

export const { verifyDocument } = makeVerifyApi(core)
