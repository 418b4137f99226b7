// The core's table of decimal digits (generated from the Unicode database) against this
// runtime's own: every character in \p{Nd} reads as its digit, and no other numeric character
// (superscripts, roman numerals, circled numbers...) is taken for one.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkDigit, validateApplication, validateIin } from 'kz-iin'

test('every Unicode decimal digit is read as its value', () => {
  let run = 0
  let count = 0
  for (let cp = 0; cp < 0x110000; cp++) {
    const ch = String.fromCodePoint(cp)
    if (!/\p{Nd}/u.test(ch)) {
      run = 0
      continue
    }
    // Nd characters come in runs of ten, 0 to 9, one after another.
    const value = run++ % 10
    count++
    const ascii = String(value)
    assert.equal(checkDigit(ch.repeat(11)), checkDigit(ascii.repeat(11)), `U+${cp.toString(16)}`)
    // Twelve of the same digit: its own value everywhere, whatever the verdict.
    assert.deepEqual(validateIin(ch.repeat(12)), validateIin(ascii.repeat(12)), `U+${cp.toString(16)}`)
  }
  assert.ok(count >= 700, `${count} decimal digits`)
})

test('numeric characters that are not decimal digits are invalid characters', () => {
  let seen = 0
  for (let cp = 0x80; cp < 0x110000; cp++) {
    const ch = String.fromCodePoint(cp)
    if (!/[\p{No}\p{Nl}]/u.test(ch)) continue
    seen++
    const r = validateIin(`1${ch}`)
    assert.equal(r.code, 'invalid_character', `U+${cp.toString(16)}`)
    assert.equal(r.position, 2)
  }
  assert.ok(seen > 500)
})

test('an application\'s texts reach the core in NFC, decomposed letters composed', () => {
  const { value } = validateApplication({ surnameCyrillic: 'Ки\u0306м', givenNameLatin: 'Jose\u0301', surnameLatin: 'Kim' }, { lang: 'en' })
  assert.equal(value.surnameCyrillic, 'Кйм')
  assert.equal(value.givenNameLatin, 'José')
  assert.equal(value.surnameLatin, 'Kim')
})
