// The small browser and bundler entry: IIN/BIN functions only, on the IIN-only WebAssembly
// module (what <kz-iin-input> needs). Initialises itself, like the main entry.
import init, * as core from '../../pkg/iin/kz_iin.js'
import { makeNumberApi } from './numbers.js'

await init()

export { KzIinError, LANGUAGES } from './numbers.js'
export const { validateIin, validateBin, checkDigit, formIin, validateMany, compactNumber, errorCodes, resolveLang } = makeNumberApi(core)
