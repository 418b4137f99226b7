// The small Node entry: IIN/BIN functions only, on the IIN-only WebAssembly module.
import { readFileSync } from 'node:fs'
import * as core from '../../pkg/iin/kz_iin.js'
import { makeNumberApi } from './numbers.js'

core.initSync({ module: readFileSync(new URL('../../pkg/iin/kz_iin_bg.wasm', import.meta.url)) })

export { KzIinError, LANGUAGES } from './numbers.js'
export const { validateIin, validateBin, checkDigit, formIin, validateMany, compactNumber, errorCodes, resolveLang } = makeNumberApi(core)
