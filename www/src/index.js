// The browser and bundler entry: the IIN/BIN functions (on the IIN module, built for speed), the
// application form (on the form's module, built for size) and the passport MRZ reader (on a
// module of its own). Each initialises its WebAssembly itself (top-level await), so `import {
// validateIin } from 'kz-iin'` is all a page or an app needs. The glue finds each .wasm with
// `new URL('kz_iin_bg.wasm', import.meta.url)`, which Vite and webpack 5 follow.
export * from './iin.js'
export { validateApplication, institutions, countries, fields, fieldLabels, documentTypes, dateFromParts, requiredFields, suggestLatin, suggestCyrillic } from './application.js'
export { parseMrz } from './mrz.js'
