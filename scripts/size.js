// npm run size: what a browser downloads for each entry of the package (its files in dist/, as
// npm ships them: scripts/dist.js), raw, gzip -9 and brotli.
// Sizes are deterministic, so tests/js/size.test.js can hold the budgets; this prints the table.
import { readFileSync } from 'node:fs'
import { gzipSync, brotliCompressSync, constants } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const ROOT = new URL('..', import.meta.url)

// The IIN/BIN functions: kz-iin/iin, and the start of what kz-iin and <kz-iin-input> load.
const IIN_FILES = [
  'dist/pkg/iin/kz_iin_bg.wasm',
  'dist/pkg/iin/kz_iin.js',
  'dist/iin.js',
  'dist/numbers.js',
  'dist/number-texts.js',
  'dist/lang.js',
]

/** What each entry loads in a browser, module by module (kept in step with the imports). */
export const ENTRIES = {
  'kz-iin/iin (IIN/BIN: validateIin, validateBin, checkDigit, formIin, validateMany)': IIN_FILES,
  'kz-iin (the above, the form: validateApplication, institutions, countries, ..., and parseMrz)': [
    ...IIN_FILES,
    'dist/pkg/form/kz_iin_bg.wasm',
    'dist/pkg/form/kz_iin.js',
    'dist/pkg/mrz/kz_iin_bg.wasm',
    'dist/pkg/mrz/kz_iin.js',
    'dist/index.js',
    'dist/application.js',
    'dist/mrz.js',
    'dist/form.js',
  ],
  '<kz-iin-input> (kz-iin/elements, the input alone)': [
    ...IIN_FILES,
    'dist/elements/input-element.js',
    'dist/elements/input-element-define.js',
    'dist/elements/dom.js',
    'dist/elements/styles.js',
  ],
  '<kz-iin-application> (WASM, JS, CSS, institution and country data in kk, ru, en)': [
    'dist/pkg/form/kz_iin_bg.wasm',
    'dist/pkg/form/kz_iin.js',
    'dist/application.js',
    'dist/lang.js',
    'dist/form.js',
    'dist/elements/application-element.js',
    'dist/elements/application-element-define.js',
    'dist/elements/dom.js',
    'dist/elements/styles.js',
  ],
  '+ the MRZ reader, which <kz-iin-application> imports in kiosk mode or with its mrz attribute': [
    'dist/pkg/mrz/kz_iin_bg.wasm',
    'dist/pkg/mrz/kz_iin.js',
    'dist/mrz.js',
  ],
  'kz-iin/documents and <kz-iin-certificate>, <kz-iin-refusal> (the staff page)': [
    'dist/pkg/full/kz_iin_bg.wasm',
    'dist/pkg/full/kz_iin.js',
    'dist/documents.js',
    'dist/documents-api.js',
    'dist/numbers.js',
    'dist/number-texts.js',
    'dist/lang.js',
    'dist/form.js',
    'dist/elements/document-elements.js',
    'dist/elements/document-elements-define.js',
    'dist/elements/dom.js',
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
    console.log(`${'file'.padEnd(40)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`)
    for (const r of rows) console.log(`${r.file.padEnd(40)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`)
    console.log(`${'total'.padEnd(40)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`)
  }
}
