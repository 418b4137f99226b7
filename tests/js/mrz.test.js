// parseMrz, suggestLatin and suggestCyrillic through the package in Node, with the MRZ vectors
// the Rust tests also read (tests/vectors/mrz.json).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import * as kz from 'kz-iin'

const { today, cases } = JSON.parse(readFileSync(new URL('../vectors/mrz.json', import.meta.url), 'utf8'))

test('every MRZ vector gives its fields, or its errors with messages in kk, ru and en', () => {
  assert.ok(cases.length >= 30)
  for (const c of cases) {
    const result = kz.parseMrz(c.text, { today })
    assert.equal(result.valid, c.valid, c.name)
    if (c.valid) {
      assert.equal(result.format, c.format, c.name)
      assert.deepEqual(result.fields, c.fields, c.name)
      assert.equal(result.namesTruncated, c.namesTruncated === true, c.name)
      continue
    }
    assert.deepEqual(result.errors.map((e) => [e.code, e.field ?? null]), c.errors.map((e) => [e.code, e.field ?? null]), c.name)
    for (const [i, e] of c.errors.entries()) {
      if (e.line) assert.deepEqual([result.errors[i].line, result.errors[i].position], [e.line, e.position], c.name)
    }
    const messages = ['kk', 'ru', 'en'].map((lang) => kz.parseMrz(c.text, { today, lang }).errors[0].message)
    assert.equal(new Set(messages).size, 3, `${c.name}: one message per language`)
  }
})

test('two-digit years follow the day of application', () => {
  const specimen = cases.find((c) => c.name === 'icao-td3-specimen').text
  assert.equal(kz.parseMrz(specimen, { today: '2026-12-02' }).fields.documentExpiryDate, '2012-04-15')
  assert.equal(kz.parseMrz(specimen, { today: '2070-01-01' }).fields.documentExpiryDate, '2112-04-15')
  assert.equal(kz.parseMrz(specimen, { today: '2074-08-11' }).fields.birthDate, '1974-08-12')
})

test('parseMrz answers anything without throwing', () => {
  for (const v of [undefined, null, 42, {}, [], 'x'.repeat(10_000_000), '\uD800', '<'.repeat(88)]) {
    const r = kz.parseMrz(v)
    assert.equal(r.valid, false)
    assert.ok(r.errors[0].message.length > 10)
  }
})

test('spelling suggestions: ICAO 9303 for Cyrillic names, a documented table back', () => {
  assert.equal(kz.suggestLatin('Щукина-Ёлкина'), 'Shchukina-Elkina')
  assert.equal(kz.suggestLatin('Нұрсұлтан Әбішұлы'), 'Nursultan Abishuly')
  assert.equal(kz.suggestCyrillic('Ivanov'), 'Иванов')
  assert.equal(kz.suggestCyrillic('Maria'), 'Мария')
  assert.equal(kz.suggestCyrillic('R2D2'), '')
  assert.equal(kz.suggestCyrillic(null), '')
})
