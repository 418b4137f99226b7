// Download sizes are deterministic, so they are held here (speed is not: see npm run bench).
// First, what scripts/size.js counts for each entry must be exactly what that entry loads (its
// static import graph, and the .wasm its glue fetches), or a budget could hold by forgetting a
// file. Then each entry's gzipped total must stay within its ceiling.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, existsSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { ENTRIES, report } from '../../scripts/size.js'
import { ROOT } from './helpers.js'

// What a browser loads for each entry: its root modules.
const ROOTS = {
  'kz-iin/iin': ['dist/iin.js'],
  'kz-iin (': ['dist/index.js'],
  '<kz-iin-input>': ['dist/elements/input-element-define.js'],
  '<kz-iin-application>': ['dist/elements/application-element-define.js'],
  '+ the MRZ reader': ['dist/mrz.js'],
  'kz-iin/documents': ['dist/documents.js', 'dist/elements/document-elements-define.js'],
}

// The performance issue's budgets (gzip, bytes), and the ceilings held today. Where a budget is
// not met yet, the ceiling is today's size plus 2%: nothing may grow while the work goes on.
// Lower a ceiling whenever a change makes an entry smaller; the README's Size section says what
// stands between each entry and its budget.
const KB = 1024
const LIMITS = {
  'kz-iin/iin': { budget: 12 * KB, ceiling: 12 * KB },
  'kz-iin (': { budget: null, ceiling: 79_400 },
  '<kz-iin-input>': { budget: null, ceiling: 15_700 },
  '<kz-iin-application>': { budget: 64 * KB, ceiling: 64 * KB },
  '+ the MRZ reader': { budget: null, ceiling: 16_400 },
  'kz-iin/documents': { budget: null, ceiling: 86_300 },
}

const entryOf = (prefix) => Object.keys(ENTRIES).find((name) => name.startsWith(prefix))

/** The files a module graph loads, from its static imports and the glue's `new URL(…wasm)`. */
function graph(roots) {
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

test('the size report counts exactly the files each entry loads', () => {
  assert.ok(existsSync(join(ROOT, 'dist/pkg/form/kz_iin_bg.wasm')), 'build first')
  for (const [prefix, roots] of Object.entries(ROOTS)) {
    const name = entryOf(prefix)
    assert.ok(name, prefix)
    // An add-on's row counts what it adds to the widget that loads it.
    const loaded = prefix.startsWith('+') ? new Set(graph(ROOTS['<kz-iin-application>'])) : new Set()
    assert.deepEqual([...ENTRIES[name]].sort(), graph(roots).filter((f) => !loaded.has(f)), name)
  }
})

// Modules an entry imports later, on demand (`import("…")`): the MRZ reader of the widget, whose
// own row counts it.
function dynamicImports(files) {
  return files.flatMap((file) =>
    [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\bimport\((['"])(\.[^'"]+)\1\)/g)].map((m) => relative(ROOT, join(ROOT, dirname(file), m[2]))),
  ).sort()
}

test('only the MRZ reader is loaded on demand, and only by the application widget', () => {
  for (const [prefix, roots] of Object.entries(ROOTS)) {
    const expected = prefix === '<kz-iin-application>' ? ['dist/mrz.js'] : []
    assert.deepEqual(dynamicImports(graph(roots)), expected, prefix)
  }
})

test('every entry stays within its size ceiling (gzip), and the budgets met stay met', () => {
  for (const { name, total } of report()) {
    const prefix = Object.keys(LIMITS).find((p) => name.startsWith(p))
    const { budget, ceiling } = LIMITS[prefix]
    assert.ok(total.gzip <= ceiling, `${name}: ${total.gzip} B gzipped, over its ceiling of ${ceiling} B`)
    if (budget !== null && total.gzip <= budget) assert.ok(ceiling <= budget, `${prefix} now meets its budget: lower its ceiling to ${budget}`)
  }
})
