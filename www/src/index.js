// The browser and bundler entry, with the application form and the passport MRZ reader: it
// initialises the WebAssembly modules itself (top-level await), so `import { validateIin } from
// 'kz-iin'` is all a page or an app needs. The glue finds each .wasm with `new URL('kz_iin_bg.wasm',
// import.meta.url)`, which Vite and webpack 5 follow.
export * from './application.js'
export { parseMrz } from './mrz.js'
