// The passport MRZ reader on its own WebAssembly module (pkg/mrz), initialised: the main entry
// exports it, and <kz-iin-application> imports it only in kiosk mode or with its `mrz` attribute.
import init, * as core from '../../pkg/mrz/kz_iin.js'
import { makeMrzApi } from './form.js'

await init()

export const { parseMrz } = makeMrzApi(core)
