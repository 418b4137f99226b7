// The shared vectors (computed independently in Python) through the package's Node entry,
// imported by the package's own name so that its `exports` map is what resolves it.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { checkDigit, errorCodes, formIin, KzIinError, validateApplication, validateBin, validateIin, validateMany } from 'kz-iin'
import { publishedBins, vectors } from './helpers.js'

const LANGS = ['kk', 'ru', 'en']

test('every case validates as the vectors say, as an IIN and as a BIN', () => {
  assert.ok(vectors.cases.length > 50)
  for (const c of vectors.cases) {
    const iin = validateIin(c.input)
    const bin = validateBin(c.input)
    assert.equal(iin.valid, c.valid, c.note)
    assert.equal(bin.valid, c.valid, c.note)
    if (c.valid) {
      assert.equal(iin.value, c.value, c.note)
      assert.deepEqual(iin.birth, c.birth, c.note)
      assert.deepEqual(bin.entity, c.entity, c.note)
      assert.equal(bin.value, c.value, c.note)
    } else {
      assert.equal(iin.code, c.code, c.note)
      assert.equal(iin.position, c.position, c.note)
      // The character as the person typed it (astral characters included).
      if (c.code === 'invalid_character') assert.equal(iin.character, c.character, c.note)
      for (const lang of LANGS) {
        const { message } = validateIin(c.input, { lang })
        assert.ok(message.length > 10 && !message.includes('undefined'), `${c.note} [${lang}]: ${message}`)
      }
    }
  }
})

test('number messages are written exactly as the Rust core writes them (number-messages.json)', () => {
  const { cases } = JSON.parse(readFileSync(new URL('../vectors/number-messages.json', import.meta.url), 'utf8'))
  assert.ok(cases.length > 150)
  for (const c of cases) {
    let message
    if (c.kind === 'base') {
      try {
        formIin(c.input, { lang: c.lang })
      } catch (e) {
        message = e.message
      }
    } else {
      message = (c.kind === 'bin' ? validateBin : validateIin)(c.input, { lang: c.lang }).message
    }
    assert.equal(message, c.message, `${c.kind} ${JSON.stringify(c.input)} [${c.lang}]`)
  }
})

test('an IIN message is the same from validateIin as from the core, for an application\'s previous IIN', () => {
  for (const lang of LANGS) {
    for (const input of ['960340000515', '12', '99O140004654', '9901400046\u202e54', '000813159890']) {
      const fromCore = validateApplication({ previousIin: input }, { lang }).errors.find((e) => e.field === 'previousIin')
      assert.equal(validateIin(input, { lang }).message, fromCore.message, `${input} [${lang}]`)
    }
  }
})

test('messages are localized, and name the offending character and where it is', () => {
  assert.equal(validateIin('99O140004654').message, 'An IIN can only contain digits: remove “O” (character 3)')
  assert.equal(
    validateIin('99O140004654', { lang: 'ru' }).message,
    'ИИН может содержать только цифры: уберите символ «O» (позиция 3)',
  )
  assert.equal(validateIin('99O140004654', { lang: 'kk' }).message, 'ЖСН тек цифрлардан тұрады: «O» таңбасын алып тастаңыз (3-орын)')
  assert.match(validateIin('\u202e456400041099', { lang: 'en' }).message, /U\+202E/)
  assert.match(validateBin('', { lang: 'kk' }).message, /БСН/)
  assert.match(validateBin('', { lang: 'ru-KZ' }).message, /БИН/)
  assert.equal(validateIin('123', { lang: 'de' }).message, 'An IIN must have 12 digits: this has 3')
  assert.match(validateIin('1'.repeat(5000), { lang: 'ru' }).message, /намного больше/)
})

test('a lone surrogate is reported as itself, at its position', () => {
  const r = validateIin('99\uD800')
  assert.equal(r.code, 'invalid_character')
  assert.equal(r.position, 3)
  assert.equal(r.character, '\uD800')
  assert.match(r.message, /U\+D800/)
})

test('forming and checkDigit match the vectors', () => {
  for (const f of vectors.form) {
    if (f.value) {
      assert.equal(formIin(f.base), f.value, f.note)
      assert.equal(checkDigit(f.base), Number(f.value.at(-1)), f.note)
    } else {
      assert.throws(() => formIin(f.base), (e) => e instanceof KzIinError && e.code === f.code && e.name === 'KzIinError', f.note)
      assert.equal(checkDigit(f.base), null, f.note)
    }
  }
  assert.throws(() => formIin('1', { lang: 'kk' }), { code: 'length', message: '11 цифр қажет, ал енгізілгені: 1' })
  assert.throws(() => formIin(99014000465), { code: 'not_a_string' })
})

test('validateMany agrees with validateIin on every case, from a string and from bytes', () => {
  const lines = vectors.cases.map((c) => c.input).filter((s) => !/[\r\n]/.test(s))
  const expected = lines.map((s) => errorCodes().indexOf(validateIin(s).valid ? '' : validateIin(s).code))
  const text = lines.join('\n')
  assert.deepEqual([...validateMany(text)], expected)
  assert.deepEqual([...validateMany(new TextEncoder().encode(`${text}\n`))], expected)
  assert.deepEqual([...validateMany(new TextEncoder().encode(text).buffer)], expected)
})

test('validateMany counts lines as documented', () => {
  assert.deepEqual([...validateMany('')], [])
  assert.deepEqual([...validateMany('\n')], [1])
  assert.deepEqual([...validateMany('960340000514\r\n\r\n960340000515')], [0, 1, 4])
})

test('validateMany splits large inputs without changing any line', () => {
  // More than one internal piece (4 Mi characters), with a line far longer than a piece.
  const valid = publishedBins.join('\n')
  const many = Array.from({ length: 400 }, () => valid).join('\n')
  const huge = `${many}\n${'7'.repeat(5_000_000)}\n${'x'.repeat(5_000_000)}\n${many}`
  const codes = validateMany(huge)
  assert.equal(codes.length, 270 * 800 + 2)
  assert.equal(codes[270 * 400], errorCodes().indexOf('length'))
  assert.equal(codes[270 * 400 + 1], errorCodes().indexOf('invalid_character'))
  assert.equal(codes.filter((c) => c !== 0).length, 2)
  assert.deepEqual(validateMany(new TextEncoder().encode(huge)), codes)
})

test('all 270 published BINs are valid', () => {
  for (const b of publishedBins) assert.equal(validateBin(b).valid, true, b)
  assert.equal(publishedBins.length, 270)
})
