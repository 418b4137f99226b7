// The kz-iin command: output format, exit statuses, streaming.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, tempDir } from './helpers.js'

const CLI = join(ROOT, 'www/src/cli.js')
const run = (args, input) => spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 })
const dir = tempDir('kz-iin-cli-')

test('validate annotates every line of a mixed file and exits 1', () => {
  const file = join(dir, 'mixed.txt')
  writeFileSync(file, '960340000514\r\n\n99O140004654\n990 140 004 654\n000813159890\n990140004655')
  const r = run(['validate', file])
  assert.equal(r.status, 1)
  assert.equal(
    r.stdout,
    [
      '960340000514\tvalid\t',
      '\tinvalid\tempty',
      '99O140004654\tinvalid\tinvalid_character',
      '990 140 004 654\tvalid\t',
      '000813159890\tinvalid\tunissuable',
      '990140004655\tinvalid\tchecksum',
      '',
    ].join('\n'),
  )
})

test('validate exits 0 when every line is valid, reading stdin', () => {
  const r = run(['validate', '--bin', '-'], '960340000514\n160440007161\n')
  assert.equal(r.status, 0)
  assert.equal(r.stdout, '960340000514\tvalid\t\n160440007161\tvalid\t\n')
  assert.equal(run(['validate'], '').status, 0)
})

test('validate streams a file larger than its blocks, and a line longer than any block', () => {
  const lines = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? '960340000514' : '960340000515'))
  const file = join(dir, 'big.txt')
  writeFileSync(file, `${lines.join('\n')}\n${'5'.repeat(3_000_000)}\n960340000514\n`)
  const r = run(['validate', file])
  assert.equal(r.status, 1)
  const out = r.stdout.split('\n')
  assert.equal(out.length, 200_003)
  assert.equal(out[0], '960340000515\tinvalid\tchecksum')
  assert.equal(out[199_999], '960340000514\tvalid\t')
  assert.equal(out[200_000], `${'5'.repeat(3_000_000)}\tinvalid\tlength`)
  assert.equal(out[200_001], '960340000514\tvalid\t')
})

test('form prints the number, or the reason with status 1', () => {
  assert.deepEqual([run(['form', '99014000465']).stdout, run(['form', '99014000465']).status], ['990140004654\n', 0])
  const bad = run(['form', '00081315989'])
  assert.equal(bad.status, 1)
  assert.match(bad.stderr, /unissuable/)
})

test('usage errors exit 2', () => {
  for (const args of [[], ['nope'], ['validate', '--what'], ['validate', 'a', 'b'], ['form'], ['validate', join(dir, 'missing')]]) {
    const r = run(args)
    assert.equal(r.status, 2, args.join(' '))
    assert.match(r.stderr, /Usage:/)
  }
  assert.equal(run(['--help']).status, 0)
})
