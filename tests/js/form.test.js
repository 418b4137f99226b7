// The application form through the package: the shared test applications, the JSON Schema's
// agreement with the validator, the lists, and data no caller should be able to break it with.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import * as kz from 'kz-iin'

const { today, cases } = JSON.parse(readFileSync(new URL('../vectors/applications.json', import.meta.url), 'utf8'))
const schema = JSON.parse(readFileSync(new URL('../../www/src/application.schema.json', import.meta.url), 'utf8'))
const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats(ajv)
const schemaValid = ajv.compile(schema)
const pairs = (issues) => issues.map((i) => ({ field: i.field, code: i.code }))

test('every test application gets exactly its errors and warnings, in each language', () => {
  assert.ok(cases.length >= 50)
  for (const c of cases) {
    for (const lang of ['kk', 'ru', 'en']) {
      const r = kz.validateApplication(c.data, { lang, today })
      assert.deepEqual(pairs(r.errors), c.errors, `${c.name} [${lang}] errors`)
      assert.deepEqual(pairs(r.warnings), c.warnings, `${c.name} [${lang}] warnings`)
      assert.equal(r.valid, c.errors.length === 0, c.name)
      for (const issue of [...r.errors, ...r.warnings]) assert.ok(issue.message.length > 10, `${c.name}: ${issue.message}`)
      for (const [key, want] of Object.entries(c.value ?? {})) assert.equal(r.value[key], want, `${c.name}: ${key}`)
    }
  }
})

test('the JSON Schema accepts every normalised valid application and rejects what it can tell', () => {
  let rejected = 0
  for (const c of cases) {
    const r = kz.validateApplication(c.data, { today })
    if (r.valid) {
      assert.ok(schemaValid(r.value), `${c.name}: ${JSON.stringify(schemaValid.errors)}`)
    } else if (c.schemaDecides) {
      assert.equal(schemaValid(c.data), false, `${c.name}: the schema should reject it`)
      rejected++
    }
  }
  assert.ok(rejected >= 20, `${rejected} invalid applications told apart by the schema`)
})

test('messages speak the seed\'s language', () => {
  const r = kz.validateApplication({ surnameCyrillic: 'Мюллeр', citizenship: 'KAZ' }, { lang: 'kk', today })
  const byField = Object.fromEntries(r.errors.map((e) => [e.field, e]))
  assert.equal(byField.surnameCyrillic.message, '«Тегі кириллица транскрипциясында» кириллицамен жазылуы керек: «e» (5-орын) — латын әрпі')
  assert.equal(byField.surnameCyrillic.position, 5)
  assert.match(byField.citizenship.message, /шетел азаматтары/)
  assert.equal(byField.institution.message, 'Шет елдегі мекемені (елшілікті немесе консулдықты) таңдаңыз')
})

test('institutions and countries come sorted for each language, with stable ids', () => {
  for (const lang of ['kk', 'ru', 'en']) {
    const inst = kz.institutions(lang)
    assert.equal(inst.length, 96)
    assert.equal(new Set(inst.map((i) => i.id)).size, 96)
    const collator = new Intl.Collator(lang)
    for (let i = 1; i < inst.length; i++) assert.ok(collator.compare(inst[i - 1].countryName, inst[i].countryName) <= 0, lang)
    const countries = kz.countries(lang)
    assert.equal(countries.length, 254)
    for (let i = 1; i < countries.length; i++) assert.ok(collator.compare(countries[i - 1].name, countries[i].name) <= 0, `${lang}: ${countries[i - 1].name} / ${countries[i].name}`)
  }
  const kk = kz.countries('kk').map((c) => c.name)
  assert.ok(kk.indexOf('Әзірбайжан') < kk.findIndex((n) => n.startsWith('Б')), 'Ә sorts before Б in Kazakh')
  assert.equal(kz.institutions('en').find((i) => i.id === 'tur-istanbul').name, 'Consulate General of the Republic of Kazakhstan in Istanbul (Republic of Türkiye)')
  // The lists are copies: a caller changing them changes nothing for the next caller.
  kz.institutions('en')[0].name = 'changed'
  assert.notEqual(kz.institutions('en')[0].name, 'changed')
  assert.deepEqual(kz.documentTypes(), ['passport', 'identity_card', 'residence_permit', 'stateless_travel_document', 'refugee_travel_document', 'other'])
  assert.equal(kz.fieldLabels('ru').surnameCyrillic, 'Фамилия в кириллической транскрипции')
})

test('hostile data never makes validateApplication throw', () => {
  const throwing = new Proxy({}, { ownKeys() { throw new Error('no') } })
  const getters = { get surnameLatin() { throw new Error('getter') }, sex: 'male' }
  const revoked = Proxy.revocable({}, {})
  revoked.revoke()
  const cyclic = { surnameLatin: 'A' }
  cyclic.self = cyclic
  const many = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]))
  const inputs = [
    undefined, null, 0, NaN, 1n, Symbol('s'), 'x', [], [1], () => {}, new Map([['sex', 'male']]), new Date(),
    throwing, getters, revoked.proxy, cyclic, many, Object.create(null), { __proto__: { sex: 'male' } },
    { surnameLatin: 'x'.repeat(100 * 1024 * 1024) }, { purpose: '\uD800\u202E<script>alert(1)</script>' },
    { sex: Symbol('m'), birthDate: 19900517, consentPersonalData: 1n, institution: { id: 'deu' } },
  ]
  for (const data of inputs) {
    for (const options of [undefined, null, { lang: 'kk', today: '2026-02-30' }, throwing, revoked.proxy, { today: 5 }]) {
      const r = kz.validateApplication(data, options)
      assert.equal(typeof r.valid, 'boolean')
      assert.ok(Array.isArray(r.errors) && Array.isArray(r.warnings) && typeof r.value === 'object')
    }
  }
  const g = kz.validateApplication(getters, { today })
  assert.ok(g.errors.some((e) => e.field === 'surnameLatin' && e.code === 'invalid_type'))
  assert.equal(kz.validateApplication(many, { today }).warnings.filter((w) => w.code === 'unknown_field').length, 64)
  assert.ok(kz.validateApplication({ surnameLatin: 'x'.repeat(100 * 1024 * 1024) }, { today }).errors.some((e) => e.code === 'too_long'))
  assert.equal(kz.validateIin('960340000514').valid, true, 'the module still works')
})

test('random JSON never throws and always gets a well-formed report', () => {
  let seed = 2026
  const rand = (n) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
  const keys = [...Object.keys(cases[0].data), 'x', '', '__proto__', 'constructor']
  const values = () => [rand(1000), '', ' ', 'Мюллер', 'Müller', '2020-01-01', 'DEU', 'KAZ', true, false, null, [], {}, 'a'.repeat(rand(300)), '\u0000', '990140004654'][rand(16)]
  for (let i = 0; i < 3000; i++) {
    const data = {}
    for (let k = rand(30); k > 0; k--) data[keys[rand(keys.length)]] = values()
    const r = kz.validateApplication(data, { today, lang: ['kk', 'ru', 'en'][rand(3)] })
    for (const issue of [...r.errors, ...r.warnings]) {
      assert.equal(typeof issue.code, 'string')
      assert.ok(issue.message.length > 5)
    }
    assert.equal(r.valid, r.errors.length === 0)
  }
})

test('a server re-checks a submission with the very same rules', () => {
  // What the book's server example does: the normalised value of a valid application is
  // itself valid, and unchanged by a second pass.
  const valid = cases.filter((c) => c.errors.length === 0)
  for (const c of valid) {
    const first = kz.validateApplication(c.data, { today })
    const second = kz.validateApplication(JSON.parse(JSON.stringify(first.value)), { today })
    assert.equal(second.valid, true, c.name)
    assert.deepEqual(second.value, first.value, c.name)
  }
})

test('fields() is the core\'s field table: sections in order, each field with its kind, words and list', () => {
  for (const lang of ['kk', 'ru', 'en']) {
    const table = kz.fields(lang)
    const keys = table.flatMap((s) => s.fields.map((f) => f.key))
    assert.deepEqual(Object.keys(kz.fieldLabels(lang)), keys, 'one order everywhere')
    assert.equal(new Set(keys).size, keys.length)
    assert.equal(table.length, 9)
    for (const section of table) assert.ok(section.legend.length > 1, section.key)
    for (const f of table.flatMap((s) => s.fields)) {
      assert.ok(['text', 'name', 'date', 'choice', 'consent', 'iin'].includes(f.kind), f.key)
      assert.ok(f.label.length > 1, f.key)
      if (f.partner) assert.equal(table.flatMap((s) => s.fields).find((p) => p.key === f.partner).partner, f.key)
      if (f.kind === 'choice') assert.ok(f.list || f.options.length > 0, f.key)
      if (f.kind === 'consent') assert.ok(f.hint.length > 50, `${f.key}: the statement consented to`)
    }
  }
  const en = kz.fields('en').flatMap((s) => s.fields)
  const byKey = Object.fromEntries(en.map((f) => [f.key, f]))
  assert.deepEqual(byKey.sex.options, [{ value: 'male', label: 'Male' }, { value: 'female', label: 'Female' }])
  assert.deepEqual([byKey.surnameCyrillic.kind, byKey.surnameCyrillic.script, byKey.surnameCyrillic.maxChars, byKey.surnameCyrillic.partner], ['name', 'cyrillic', 100, 'surnameLatin'])
  assert.deepEqual([byKey.citizenship.list, byKey.birthDate.autocomplete, byKey.documentNumber.allowed], ['countries', 'bday', 'latinAndDigits'])
  // The Kazakh consent quotes a law's name in ASCII quotes: the JSON the boundary writes keeps them.
  assert.match(kz.fields('kk').at(-1).fields[0].hint, /"Азаматтарға арналған үкімет"/)
  assert.deepEqual(kz.requiredFields(), en.filter((f) => f.required).map((f) => f.key))
  // A fresh copy each call: a caller's change does not reach the next.
  kz.fields('en')[0].fields[0].label = 'changed'
  assert.notEqual(kz.fields('en')[0].fields[0].label, 'changed')
})

test('a document refuses an application value of the wrong type with its field, as validation does', async () => {
  const { renderCertificate } = await import('kz-iin/documents')
  const application = { surnameCyrillic: 7, birthDate: '1990-05-17' }
  assert.throws(
    () => renderCertificate({ application, iin: '960340000514', issueDate: '2026-11-21' }, { lang: 'en' }),
    (e) => e.code === 'invalid_type' && e.field === 'surnameCyrillic' && /text/.test(e.message),
  )
  assert.throws(
    () => renderCertificate({ application: { surnameCyrillic: 'Смит', birthDate: '1990-05-17' }, iin: '960340000514', issueDate: '2026-02-30' }, { lang: 'kk' }),
    (e) => e.code === 'invalid_date' && e.field === 'issueDate' && /ЖЖЖЖ/.test(e.message),
  )
})
