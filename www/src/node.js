// The Node entry: Node's fetch cannot read file: URLs, so the module's bytes are read from disk
// and compiled synchronously (no top-level await, which also lets Node 20.19+ require() it).
import { readFileSync } from 'node:fs'
import { initSync } from '../../pkg/iin/kz_iin.js'

initSync({ module: readFileSync(new URL('../../pkg/iin/kz_iin_bg.wasm', import.meta.url)) })

export * from './api.js'
export { LANGUAGES, message, resolveLang } from './i18n.js'
