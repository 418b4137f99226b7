// The declarations as a TypeScript user meets them: tests/types/consumer.ts, which calls every
// export of every entry and uses the elements' properties and events, compiled with
// `tsc --strict` against the packed tarball (bundler and Node resolution); and each entry's
// runtime exports (imported in Node as `kz-iin/...`, and in Chromium from the files the exports
// map names) matched to its declared values, both ways.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { ROOT, launchChromium } from './helpers.js'
import { packedApp } from '../js/helpers.js'
import { startServer } from '../../scripts/serve.js'

let app
let exportsMap
let entries

before(() => {
  app = packedApp('kz-iin-types-')
  copyFileSync(join(ROOT, 'tests/types/consumer.ts'), join(app, 'consumer.ts'))
  exportsMap = JSON.parse(readFileSync(join(app, 'node_modules/kz-iin/package.json'), 'utf8')).exports
  // The entries that are modules (not the schema, the .wasm files or package.json).
  entries = Object.keys(exportsMap).filter((k) => typeof exportsMap[k] === 'object')
})

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc')

for (const [resolution, module] of [['bundler', 'esnext'], ['nodenext', 'nodenext']]) {
  test(`tsc --strict compiles the consumer against the packed tarball (moduleResolution ${resolution})`, () => {
    const config = join(app, `tsconfig.${resolution}.json`)
    writeFileSync(config, JSON.stringify({
      compilerOptions: {
        strict: true, noEmit: true, target: 'es2022', module, moduleResolution: resolution,
        lib: ['es2022', 'dom', 'dom.iterable'], types: [], skipLibCheck: false, noUnusedLocals: true,
      },
      files: ['consumer.ts'],
    }))
    let output = ''
    try {
      output = execFileSync(process.execPath, [TSC, '-p', config, '--pretty', 'false'], { cwd: app, encoding: 'utf8' })
    } catch (e) {
      assert.fail(`tsc found errors:\n${e.stdout}${e.stderr}`)
    }
    assert.equal(output, '')
  })
}

test('the compiler refuses the misuses the consumer marks (the declarations are not `any`)', () => {
  const config = join(app, 'tsconfig.unmarked.json')
  const unmarked = readFileSync(join(app, 'consumer.ts'), 'utf8').replace(/\/\/ @ts-expect-error.*\n/g, '')
  writeFileSync(join(app, 'unmarked.ts'), unmarked)
  writeFileSync(config, JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [] }, files: ['unmarked.ts'] }))
  const marked = (readFileSync(join(app, 'consumer.ts'), 'utf8').match(/^\s*\/\/ @ts-expect-error/gm) ?? []).length
  let errors = []
  try {
    execFileSync(process.execPath, [TSC, '-p', config, '--pretty', 'false'], { cwd: app, encoding: 'utf8' })
  } catch (e) {
    errors = e.stdout.split('\n').filter((l) => /error TS\d+/.test(l))
  }
  assert.ok(marked >= 6, `${marked} misuses marked`)
  assert.equal(errors.length, marked, errors.join('\n'))
})

/** Each entry's declared values (functions, classes, constants; not types), by the compiler. */
function declaredValues() {
  const probe = join(app, 'probe.ts')
  const specifier = (entry) => `kz-iin${entry.slice(1)}`
  writeFileSync(probe, entries.map((e, i) => `import * as m${i} from '${specifier(e)}'\n`).join(''))
  const program = ts.createProgram([probe], {
    strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [],
  })
  const checker = program.getTypeChecker()
  const declared = {}
  for (const [i, statement] of program.getSourceFile(probe).statements.entries()) {
    const module = checker.getSymbolAtLocation(statement.moduleSpecifier)
    assert.ok(module, `${entries[i]} has declarations`)
    declared[entries[i]] = checker
      .getExportsOfModule(module)
      .filter((s) => ((s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s).flags & ts.SymbolFlags.Value) !== 0)
      .map((s) => s.name)
      .sort()
  }
  return declared
}

let browser
after(() => browser?.close())

test('every runtime export of every entry has a declaration, and every declared value a runtime export', async () => {
  const declared = declaredValues()
  assert.deepEqual(Object.keys(declared).sort(), ['.', './application-element', './document-elements', './documents', './elements', './iin', './input-element'])
  // Node: the entries with a Node build, resolved as a user's `import 'kz-iin/...'` is.
  const nodeEntries = entries.filter((e) => exportsMap[e].node)
  const script = `for (const s of ${JSON.stringify(nodeEntries.map((e) => `kz-iin${e.slice(1)}`))}) console.log(JSON.stringify(Object.keys(await import(s)).sort()))`
  const inNode = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' }).trim().split('\n').map((l) => JSON.parse(l))
  // Chromium: every entry, from the file the exports map gives browsers and bundlers.
  browser = await launchChromium()
  const { server, url } = await startServer({ root: app, dirs: null })
  let inBrowser
  try {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${url}/node_modules/kz-iin/package.json`)
    inBrowser = await page.evaluate(
      async (paths) => Promise.all(paths.map(async (p) => Object.keys(await import(p)).sort())),
      entries.map((e) => `/node_modules/kz-iin/${exportsMap[e].default.slice(2)}`),
    )
  } finally {
    server.close()
  }
  const mismatches = []
  const compare = (where, entry, runtime) => {
    const missing = runtime.filter((n) => !declared[entry].includes(n))
    const extra = declared[entry].filter((n) => !runtime.includes(n))
    if (missing.length) mismatches.push(`${entry} (${where}): no declaration for ${missing.join(', ')}`)
    if (extra.length) mismatches.push(`${entry} (${where}): declared but not exported: ${extra.join(', ')}`)
  }
  nodeEntries.forEach((e, i) => compare('Node', e, inNode[i]))
  entries.forEach((e, i) => compare('browser', e, inBrowser[i]))
  assert.deepEqual(mismatches, [])
  assert.ok(declared['.'].includes('validateApplication') && declared['./elements'].includes('KzIinInputElement'))
})
