// Download sizes are deterministic, so they are held here (speed is not: see npm run bench).
// scripts/size.js counts for each entry its static import graph and the .wasm its glue fetches;
// first, the WebAssembly modules each entry loads must be those scripts/wasm-modules.json says.
// Then each entry's gzipped total must stay within its ceiling.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, existsSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { ENTRIES, filesOf, graph, report } from '../../scripts/size.js'
import { ROOT } from './helpers.js'

const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'scripts/wasm-modules.json'), 'utf8'))

// The performance issue's budgets (gzip, bytes), and the ceilings held today. Where a budget is
// not met yet, the ceiling is today's size plus 2%: nothing may grow while the work goes on.
// Lower a ceiling whenever a change makes an entry smaller; the book's Size chapter says what
// stands between each entry and its budget.
const KB = 1024
const LIMITS = {
  'kz-iin/iin': { budget: 12 * KB, ceiling: 12 * KB },
  'kz-iin': { budget: null, ceiling: 81_100 },
  '<kz-iin-input>': { budget: null, ceiling: 16_100 },
  '<kz-iin-application>': { budget: 64 * KB, ceiling: 64 * KB },
  '+ the MRZ reader': { budget: null, ceiling: 16_400 },
  "+ the kiosk's idle clock": { budget: null, ceiling: 920 },
  '+ a draft on this device': { budget: null, ceiling: 1_400 },
  '+ the access code': { budget: null, ceiling: 5_000 },
  '+ sending': { budget: KB, ceiling: KB },
  'kz-iin/documents': { budget: null, ceiling: 88_100 },
  '+ the verifier': { budget: null, ceiling: 98_500 },
  '/apply': { budget: 64 * KB, ceiling: 64 * KB },
  '/verify': { budget: null, ceiling: 100_700 },
}

test('each WebAssembly module of the manifest is loaded by exactly the entries it names', () => {
  assert.ok(existsSync(join(ROOT, 'dist/pkg/form/kz_iin_bg.wasm')), 'build first')
  for (const module of MANIFEST.modules) {
    const wasm = `dist/pkg/${module.name}/kz_iin_bg.wasm`
    const loading = Object.keys(ENTRIES).filter((name) => filesOf(name).includes(wasm))
    assert.deepEqual(loading.sort(), [...module.entries].sort(), module.name)
  }
  // And every .wasm in dist/ is a module of the manifest.
  const shipped = Object.keys(ENTRIES).flatMap((name) => graph(ENTRIES[name].roots)).filter((f) => f.endsWith('.wasm'))
  for (const f of shipped) assert.ok(MANIFEST.modules.some((m) => f === `dist/pkg/${m.name}/kz_iin_bg.wasm`), f)
})

// The widget's add-ons: modules it imports later, on demand, each counted in a row of its own.
const ADD_ONS = Object.keys(ENTRIES).filter((name) => ENTRIES[name].addTo === '<kz-iin-application>')

test('an add-on counts only what it adds to the entry that imports it', () => {
  const widget = new Set(graph(ENTRIES['<kz-iin-application>'].roots))
  assert.deepEqual(ADD_ONS.length, 5)
  for (const addOn of ADD_ONS) {
    assert.ok(filesOf(addOn).length > 0, addOn)
    for (const f of filesOf(addOn)) assert.ok(!widget.has(f), `${addOn}: ${f}`)
  }
})

// Modules an entry imports later, on demand (`import("…")`): its add-ons, whose own rows count
// them.
function dynamicImports(files) {
  return files.flatMap((file) =>
    [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\bimport\((['"])(\.[^'"]+)\1\)/g)].map((m) => relative(ROOT, join(ROOT, dirname(file), m[2]))),
  ).sort()
}

test('an entry loads on demand only its own add-ons (the widget its four, kz-iin/documents its verifier)', () => {
  // A root another root imports on demand (/apply's bundle, after the first paint) is the entry's own.
  for (const [name, { roots, addTo, addOnsOf = name }] of Object.entries(ENTRIES)) {
    if (addTo) continue
    const expected = Object.values(ENTRIES).filter((e) => e.addTo === addOnsOf).flatMap((e) => e.roots).sort()
    assert.deepEqual(dynamicImports(graph(roots)).filter((file) => !roots.includes(file)), expected, name)
  }
  assert.deepEqual(dynamicImports(['www/apply.js']), ['dist/pages/application.js'])
  assert.deepEqual(ENTRIES['+ the verifier'].addTo, 'kz-iin/documents')
})

test('every entry stays within its size ceiling (gzip), and the budgets met stay met', () => {
  for (const { name, total } of report()) {
    const { budget, ceiling } = LIMITS[name]
    assert.ok(total.gzip <= ceiling, `${name}: ${total.gzip} B gzipped, over its ceiling of ${ceiling} B`)
    if (budget !== null && total.gzip <= budget) assert.ok(ceiling <= budget, `${name} now meets its budget: lower its ceiling to ${budget}`)
  }
})
