// npm run size: what a browser downloads for each entry of the package, raw, gzip -9 and brotli.
// Sizes are deterministic, so tests/js/size.test.js can hold the budgets; this prints the table.
import { readFileSync } from 'node:fs'
import { gzipSync, brotliCompressSync, constants } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const ROOT = new URL('..', import.meta.url)

/** What each entry loads in a browser, module by module (kept in step with the imports). */
export const ENTRIES = {
  'kz-iin/iin (IIN/BIN: validateIin, validateBin, checkDigit, formIin, validateMany)': [
    'pkg/iin/kz_iin_bg.wasm',
    'pkg/iin/kz_iin.js',
    'www/src/iin.js',
    'www/src/numbers.js',
  ],
  'kz-iin (the above and validateApplication, institutions, countries, fieldLabels)': [
    'pkg/form/kz_iin_bg.wasm',
    'pkg/form/kz_iin.js',
    'www/src/index.js',
    'www/src/numbers.js',
    'www/src/form.js',
  ],
  '<kz-iin-input> (kz-iin/elements, the input alone)': [
    'pkg/iin/kz_iin_bg.wasm',
    'pkg/iin/kz_iin.js',
    'www/src/iin.js',
    'www/src/numbers.js',
    'www/src/elements/input-element.js',
    'www/src/elements/input-element-define.js',
    'www/src/elements/dom.js',
    'www/src/elements/styles.js',
  ],
  '<kz-iin-application> (WASM, JS, CSS, institution and country data in kk, ru, en)': [
    'pkg/form/kz_iin_bg.wasm',
    'pkg/form/kz_iin.js',
    'www/src/index.js',
    'www/src/numbers.js',
    'www/src/form.js',
    'www/src/elements/application-element.js',
    'www/src/elements/application-element-define.js',
    'www/src/elements/dom.js',
    'www/src/elements/idle.js',
    'www/src/elements/styles.js',
    'www/src/elements/ui/kk.js',
    'www/src/elements/ui/ru.js',
    'www/src/elements/ui/en.js',
  ],
  'kz-iin/documents and <kz-iin-certificate>, <kz-iin-refusal> (the staff page)': [
    'pkg/full/kz_iin_bg.wasm',
    'pkg/full/kz_iin.js',
    'www/src/documents.js',
    'www/src/documents-api.js',
    'www/src/numbers.js',
    'www/src/form.js',
    'www/src/elements/document-elements.js',
    'www/src/elements/document-elements-define.js',
    'www/src/elements/dom.js',
  ],
}

/** { raw, gzip, brotli } of one file, in bytes. */
export function measure(path) {
  const bytes = readFileSync(new URL(path, ROOT))
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }
}

/** Totals per entry: each file compressed on its own, as a browser fetches them. */
export function report() {
  return Object.entries(ENTRIES).map(([name, files]) => {
    const rows = files.map((f) => ({ file: f, ...measure(f) }))
    const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 })
    return { name, rows, total }
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9)
  for (const { name, rows, total } of report()) {
    console.log(`\n${name}`)
    console.log(`${'file'.padEnd(28)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`)
    for (const r of rows) console.log(`${r.file.padEnd(28)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`)
    console.log(`${'total'.padEnd(28)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`)
  }
}
