// The package as npm ships it: the file list, and a fresh project that installs the tarball and
// uses it from Node (ESM import, CommonJS require, and the kz-iin command).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, packedApp } from './helpers.js'

const npm = (args, cwd) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' })

test('the packed file list holds dist/: the .wasm, the glue, the minified entries, their maps and the types', () => {
  const [{ files }] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT))
  const paths = files.map((f) => f.path)
  // Each WebAssembly module of the manifest, with its glue.
  const modules = JSON.parse(readFileSync(join(ROOT, 'scripts/wasm-modules.json'), 'utf8')).modules
  assert.ok(modules.length >= 4)
  const expected = [...modules.flatMap((m) => [`dist/pkg/${m.name}/kz_iin_bg.wasm`, `dist/pkg/${m.name}/kz_iin.js`]),
    'dist/mrz.js', 'dist/application.js', 'dist/documents.js', 'dist/documents-node.js', 'dist/verifier.js', 'dist/verifier-node.js', 'dist/verify-api.js', 'dist/documents.d.ts', 'dist/index.js', 'dist/node.js',
    'dist/iin.js', 'dist/iin-node.js', 'dist/cli.js', 'dist/index.d.ts', 'dist/iin.d.ts', 'dist/fields.d.ts', 'dist/elements.js', 'dist/elements/application-element.js', 'dist/index.js.map', 'dist/application.schema.json', 'package.json', 'README.md']
  for (const p of expected) {
    assert.ok(paths.includes(p), `${p} is packed`)
  }
  // The minified modules only (their maps embed the sources): no www/src, no pkg/ twice, no Rust,
  // and not the service's page bundles (dist/pages/: the service's /apply, not an API).
  assert.ok(existsSync(join(ROOT, 'dist/pages/application.js')), 'npm run build wrote the page bundle')
  assert.ok(!paths.some((p) => /^(src|tests|www|pkg|dist\/pages)\//.test(p) || p.endsWith('.rs')), paths.join(' '))
})

test('a fresh project installs the tarball and uses it from ESM, CommonJS and the command line', () => {
  const dir = packedApp('kz-iin-consumer-', { name: 'consumer', private: true })

  const esm = `import { validateIin, formIin } from 'kz-iin'
    console.log(JSON.stringify([validateIin('900101300811', { lang: 'kk' }), validateIin('900101300812', { lang: 'ru' }).message, formIin('99014000465')]))`
  const [valid, message, formed] = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', esm], { cwd: dir, encoding: 'utf8' }))
  assert.deepEqual(valid, { valid: true, value: '900101300811', birth: { date: '1990-01-01', sex: 'male' } })
  assert.match(message, /контрольный разряд/)
  assert.equal(formed, '990140004654')

  const cjs = `const { validateBin } = require('kz-iin'); console.log(validateBin('160440007161').entity.registered)`
  assert.equal(execFileSync(process.execPath, ['-e', cjs], { cwd: dir, encoding: 'utf8' }).trim(), '2016-04')

  // The small entry, and a server re-checking an application with the schema file at hand.
  const server = `import { validateIin } from 'kz-iin/iin'
    import { validateApplication } from 'kz-iin'
    import { createRequire } from 'node:module'
    const schema = createRequire(import.meta.url)('kz-iin/application.schema.json')
    console.log(JSON.stringify([validateIin('1').code, validateApplication({ sex: 'x' }, { lang: 'ru' }).errors.find((e) => e.field === 'sex'), schema.type]))`
  const [code, sexError, type] = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', server], { cwd: dir, encoding: 'utf8' }))
  assert.equal(code, 'length')
  assert.deepEqual(sexError, { field: 'sex', code: 'unknown_value', message: 'Выберите пол из списка' })
  assert.equal(type, 'object')

  // A bank's back end verifying a printed document's QR text with the service's keys.
  const verifier = `import { verifyDocument } from 'kz-iin/documents'
    const v = ${readFileSync(join(ROOT, 'tests/vectors/sealed.json'), 'utf8').replace(/\s+/g, ' ')}
    const got = await verifyDocument(v.certificate.token, v.keys, { lang: 'en' })
    console.log(JSON.stringify([got.status, got.facts.number]))`
  assert.deepEqual(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', verifier], { cwd: dir, encoding: 'utf8' })), ['genuine', '960340000514'])

  const out = execFileSync(join(dir, 'node_modules/.bin/kz-iin'), ['validate'], { cwd: dir, input: '960340000514\n', encoding: 'utf8' })
  assert.equal(out, '960340000514\tvalid\t\n')
})
