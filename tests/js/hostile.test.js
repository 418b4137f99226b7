// Hostile values into every exported function: a clear result, never a crash, and the
// WebAssembly instance still works afterwards (a trap would poison it for every later call).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import * as kz from 'kz-iin'

const throwing = {
  get lang() {
    throw new Error('getter')
  },
  toString() {
    throw new Error('toString')
  },
  valueOf() {
    throw new Error('valueOf')
  },
}
const revoked = Proxy.revocable({}, {})
revoked.revoke()

const HOSTILE = [
  undefined, null, 0, -0, 1, NaN, Infinity, -Infinity, 1e21, 990140004654, 2n ** 64n, true, false,
  Symbol('x'), {}, [], ['990140004654'], () => '990140004654', new Date(0), /990140004654/, new Map(),
  Object.create(null), throwing, revoked.proxy, new String('990140004654'), new Uint8Array(12),
  '', ' ', '\0', '\uD800', '\uDC00\uD800', '\u200B'.repeat(12), '\u202E990140004654', '\u0301'.repeat(20),
  'Ａ'.repeat(12), '٣'.repeat(12), '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>',
  '9'.repeat(10 * 1024 * 1024), '9\n'.repeat(1024 * 1024), 'é'.repeat(3 * 1024 * 1024),
  '\uD83D\uDE34'.repeat(1024 * 1024),
]

const shortName = (v) => {
  try {
    return typeof v === 'string' ? JSON.stringify(v.slice(0, 20)) + (v.length > 20 ? `…(${v.length})` : '') : String(v)
  } catch {
    return typeof v
  }
}

function stillWorks() {
  assert.deepEqual(kz.validateIin('960340000514'), { valid: true, value: '960340000514' })
  assert.equal(kz.validateBin('９６０３４００００５１４').value, '960340000514')
  assert.equal(kz.formIin('83071735086'), '830717350867')
  assert.deepEqual([...kz.validateMany('960340000514\n1')], [0, 2])
}

test('validateIin and validateBin never throw and always answer clearly', () => {
  for (const fn of [kz.validateIin, kz.validateBin]) {
    for (const v of HOSTILE) {
      for (const options of [undefined, null, 5, 'ru', { lang: v }, throwing, revoked.proxy, v]) {
        const r = fn(v, options)
        assert.equal(typeof r.valid, 'boolean', shortName(v))
        if (!r.valid) {
          assert.equal(typeof r.code, 'string', shortName(v))
          assert.ok(typeof r.message === 'string' && r.message.length > 5, shortName(v))
        }
      }
      if (typeof v !== 'string') assert.equal(fn(v).code, 'not_a_string', shortName(v))
    }
  }
  stillWorks()
})

test('checkDigit returns a digit or null for anything', () => {
  for (const v of HOSTILE) {
    const d = kz.checkDigit(v)
    assert.ok(d === null || (Number.isInteger(d) && d >= 0 && d <= 9), shortName(v))
  }
  stillWorks()
})

test('formIin throws only KzIinError, with a code and a message', () => {
  for (const v of HOSTILE) {
    try {
      const value = kz.formIin(v, throwing)
      assert.match(value, /^\d{12}$/)
    } catch (e) {
      assert.ok(e instanceof kz.KzIinError, `${shortName(v)}: ${e}`)
      assert.ok(typeof e.code === 'string' && e.message.length > 5)
    }
  }
  stillWorks()
})

test('validateMany takes strings and bytes, and throws a coded TypeError for anything else', () => {
  for (const v of HOSTILE) {
    if (typeof v === 'string' || ArrayBuffer.isView(v)) {
      assert.ok(kz.validateMany(v) instanceof Uint8Array, shortName(v))
    } else {
      assert.throws(() => kz.validateMany(v), (e) => e instanceof TypeError && e.code === 'not_a_string', shortName(v))
    }
  }
  stillWorks()
})

test('a 100 MB string is judged on the core window alone, and memory stays small', () => {
  const huge = '1'.repeat(100 * 1024 * 1024)
  assert.equal(kz.validateIin(huge).code, 'length')
  assert.deepEqual([...kz.validateMany(huge)], [2])
  assert.equal(kz.validateIin(`x${huge}`).code, 'invalid_character')
  assert.equal(kz.checkDigit(huge), null)
  stillWorks()
})

test('every function of every entry answers hostile values clearly, and every module survives', async () => {
  const entries = { 'kz-iin': kz, 'kz-iin/iin': await import('kz-iin/iin'), 'kz-iin/documents': await import('kz-iin/documents') }
  const huge = '\u0661'.repeat(100 * 1024 * 1024)
  const values = [...HOSTILE, huge, { application: { surnameCyrillic: huge }, iin: huge, issueDate: huge }]
  let calls = 0
  for (const [name, entry] of Object.entries(entries)) {
    for (const [fn, f] of Object.entries(entry)) {
      if (typeof f !== 'function' || /^[A-Z]/.test(fn)) continue
      for (const v of values) {
        for (const args of [[v], [v, v], ['960340000514', v], [v, v, v, v, v]]) {
          calls++
          try {
            f(...args)
          } catch (e) {
            // Misuse is a coded, named error; anything else (a WebAssembly trap above all) is a bug.
            assert.ok((e instanceof kz.KzIinError || e instanceof TypeError) && typeof e.code === 'string', `${name}.${fn}(${shortName(v)}): ${e}`)
            assert.ok(!(e instanceof WebAssembly.RuntimeError), `${name}.${fn}: trap`)
          }
        }
      }
    }
  }
  assert.ok(calls > 2000, `${calls} calls`)
  stillWorks()
  assert.equal(entries['kz-iin/iin'].validateIin('960340000514').valid, true)
  assert.match(entries['kz-iin/documents'].renderCertificate({ application: { surnameCyrillic: 'А', birthDate: '1990-01-01' }, iin: '960340000514', issueDate: '2026-01-01' }), /9603 4000 0514/)
  assert.equal(kz.validateApplication({ sex: 'male' }, { today: '2026-01-01' }).value.sex, 'male')
})
