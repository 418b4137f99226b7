// The browser and bundler entry: it initialises the WebAssembly module itself (top-level await),
// so `import { validateIin } from 'kz-iin'` is all a page or an app needs. The glue finds the
// .wasm with `new URL('kz_iin_bg.wasm', import.meta.url)`, which Vite and webpack 5 follow.
import init from '../../pkg/iin/kz_iin.js'

await init()

export * from './api.js'
export { LANGUAGES, message, resolveLang } from './i18n.js'
