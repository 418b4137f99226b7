// The package as npm ships it: the file list, and a fresh project that installs the tarball and
// uses it from Node (ESM import, CommonJS require, and the kz-iin command).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './helpers.js'

const npm = (args, cwd) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' })

test('the packed file list holds the .wasm, the glue, the entries and the types, and no sources', () => {
  const [{ files }] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT))
  const paths = files.map((f) => f.path)
  const expected = ['pkg/iin/kz_iin_bg.wasm', 'pkg/iin/kz_iin.js', 'pkg/form/kz_iin_bg.wasm', 'pkg/form/kz_iin.js', 'pkg/full/kz_iin_bg.wasm', 'pkg/full/kz_iin.js', 'www/src/documents.js', 'www/src/documents-node.js', 'www/src/documents.d.ts', 'www/src/index.js', 'www/src/node.js',
    'www/src/iin.js', 'www/src/iin-node.js', 'www/src/cli.js', 'www/src/index.d.ts', 'www/src/iin.d.ts', 'www/src/application.schema.json', 'package.json', 'README.md']
  for (const p of expected) {
    assert.ok(paths.includes(p), `${p} is packed`)
  }
  assert.ok(!paths.some((p) => p.startsWith('src/') || p.startsWith('tests/') || p.endsWith('.rs')), paths.join(' '))
})

test('a fresh project installs the tarball and uses it from ESM, CommonJS and the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kz-iin-consumer-'))
  const tarball = npm(['pack', '--ignore-scripts', '--pack-destination', dir], ROOT).trim().split('\n').at(-1)
  writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "private": true }')
  npm(['install', join(dir, tarball)], dir)

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

  const out = execFileSync(join(dir, 'node_modules/.bin/kz-iin'), ['validate'], { cwd: dir, input: '960340000514\n', encoding: 'utf8' })
  assert.equal(out, '960340000514\tvalid\t\n')
})
