// npm run size: what a browser downloads for each entry of the package (its files in dist/, as
// npm ships them: scripts/dist.js), raw, gzip -9 and brotli. An entry's files are the static
// import graph of its root modules, with the .wasm its glue fetches (so nothing can be left out
// of a budget); an add-on's row counts what it adds to the entry that imports it on demand.
// Sizes are deterministic, so tests/js/size.test.js can hold the budgets; this prints the table.
import { readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { gzipSync, brotliCompressSync, constants } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/**
 * The entries, by the names scripts/wasm-modules.json uses: their root modules, what they are,
 * and (for an add-on) the entry that imports it on demand; `addOnsOf`: an entry that is another
 * one bundled, so imports that one's add-ons. `node`: loaded by Node only, so not in the
 * download table.
 */
export const ENTRIES = {
  'kz-iin/iin': { roots: ['dist/iin.js'], about: 'IIN/BIN: validateIin, validateBin, checkDigit, formIin, validateMany' },
  'kz-iin': { roots: ['dist/index.js'], about: 'the above, the form (validateApplication, fields, institutions, countries, ...) and parseMrz' },
  '<kz-iin-input>': { roots: ['dist/elements/input-element-define.js'], about: 'kz-iin/elements, the input alone' },
  '<kz-iin-application>': { roots: ['dist/elements/application-element-define.js'], about: 'WASM, JS, CSS, the field table, institution and country data and every text in kk, ru, en' },
  '+ the MRZ reader': { roots: ['dist/mrz.js'], addTo: '<kz-iin-application>', about: 'which <kz-iin-application> imports in kiosk mode or with its mrz attribute' },
  '+ the kiosk\'s idle clock': { roots: ['dist/elements/kiosk-idle.js'], addTo: '<kz-iin-application>', about: 'which <kz-iin-application> imports in kiosk mode' },
  '+ a draft on this device': { roots: ['dist/elements/draft.js'], addTo: '<kz-iin-application>', about: 'which <kz-iin-application> imports once the form is drawn, outside kiosk mode' },
  '+ the access code': { roots: ['dist/elements/sent.js'], addTo: '<kz-iin-application>', about: 'which <kz-iin-application> imports once an answer carries one' },
  '+ sending': { roots: ['dist/elements/sending.js'], addTo: '<kz-iin-application>', about: 'which <kz-iin-application> imports once the form is drawn, to send the application' },
  'kz-iin/documents': { roots: ['dist/documents.js', 'dist/elements/document-elements-define.js'], about: 'and <kz-iin-certificate>, <kz-iin-refusal>' },
  '+ the verifier': { roots: ['dist/verifier.js'], addTo: 'kz-iin/documents', about: 'which kz-iin/documents imports on the first verifyDocument' },
  '/apply': { roots: ['www/apply.js', 'dist/pages/application.js'], addOnsOf: '<kz-iin-application>', about: "the service's form page: its script, the form's WebAssembly and glue, and the widget as one module (<kz-iin-application>'s code, bundled)" },
  '/verify': { roots: ['www/verify.js', 'www/verify.css'], about: "the service's page that verifies a printed document: its script, styles and the verifier's own WebAssembly module" },
  'kz-iin command line': { roots: ['dist/cli.js'], node: true, about: 'Node only' },
}

/** The files a module graph loads: its static imports, and the .wasm of `new URL(…wasm)`. */
export function graph(roots) {
  const seen = new Set()
  const visit = (file) => {
    if (seen.has(file)) return
    seen.add(file)
    // dist/ is minified: no comments, imports as `import{a as b}from"./x.js"` or `export*from"…"`.
    const text = readFileSync(join(ROOT, file), 'utf8')
    for (const m of text.matchAll(/(?:^|[;}\s])(?:import|export)\b[^'"]*?from\s*(['"])(\.[^'"]+)\1|(?:^|[;}\s])import\s*(['"])(\.[^'"]+)\3/g)) {
      visit(relative(ROOT, join(ROOT, dirname(file), m[2] ?? m[4])))
    }
    const wasm = text.match(/new URL\((['"])([^'"]+\.wasm)\1,\s*import\.meta\.url\)/)
    if (wasm) seen.add(relative(ROOT, join(ROOT, dirname(file), wasm[2])))
  }
  roots.forEach(visit)
  return [...seen].sort()
}

/** An entry's files: its graph, less what the entry it is added to loads already. */
export function filesOf(name) {
  const { roots, addTo } = ENTRIES[name]
  const loaded = new Set(addTo ? graph(ENTRIES[addTo].roots) : [])
  return graph(roots).filter((f) => !loaded.has(f))
}

/** { raw, gzip, brotli } of one file, in bytes. */
export function measure(path) {
  const bytes = readFileSync(join(ROOT, path))
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }
}

/** Totals per browser entry: each file compressed on its own, as a browser fetches them. */
export function report() {
  return Object.entries(ENTRIES)
    .filter(([, entry]) => !entry.node)
    .map(([name, { about }]) => {
      const rows = filesOf(name).map((f) => ({ file: f, ...measure(f) }))
      const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 })
      return { name, about, rows, total }
    })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9)
  for (const { name, about, rows, total } of report()) {
    console.log(`\n${name} (${about})`)
    console.log(`${'file'.padEnd(40)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`)
    for (const r of rows) console.log(`${r.file.padEnd(40)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`)
    console.log(`${'total'.padEnd(40)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}  (${total.gzip} B gzipped)`)
  }
}
