// A TypeScript project using kz-iin as its README shows: every export of every entry, the
// elements' properties and events. tests/browser/types.test.js compiles it with `tsc --strict`
// against the packed tarball; it is never run. Each `@ts-expect-error` is a misuse the
// declarations must refuse (tsc fails on one that compiles, so the types cannot be `any`).
import {
  KzIinError,
  LANGUAGES,
  checkDigit,
  compactNumber,
  countries,
  dateFromParts,
  documentTypes,
  errorCodes,
  fieldLabels,
  fields,
  formIin,
  institutions,
  parseMrz,
  requiredFields,
  resolveLang,
  suggestCyrillic,
  suggestLatin,
  validateApplication,
  validateBin,
  validateIin,
  validateMany,
  type Application,
  type FieldKey,
  type Issue,
  type Lang,
  type Report,
} from 'kz-iin'
import * as small from 'kz-iin/iin'
import { renderCertificate, renderCertificateParts, renderRefusal, renderRefusalParts, KzIinError as DocumentError } from 'kz-iin/documents'
import { KzIinApplicationElement, KzIinInputElement, type KzIinSubmitEventDetail } from 'kz-iin/elements'
import { KzIinCertificateElement, KzIinRefusalElement } from 'kz-iin/document-elements'
import { KzIinApplicationElement as ApplicationClass } from 'kz-iin/application-element'
import { KzIinInputElement as InputClass } from 'kz-iin/input-element'

// ----- kz-iin and kz-iin/iin: numbers -----------------------------------------------------------
const lang: Lang = resolveLang('ru-KZ')
const checked = validateIin('900 101 300 811', { lang })
if (checked.valid) {
  const digits: string = checked.value
  const born: string | undefined = checked.birth?.date
  console.log(digits, born, checked.birth?.sex === 'male')
} else {
  const why: string = `${checked.code}: ${checked.message} at ${checked.position ?? '-'} (${checked.character ?? ''})`
  console.log(why)
}
// @ts-expect-error: `value` exists only once `valid` is narrowed to true
console.log(validateIin('1').value)
const bin = validateBin('160440007161')
if (bin.valid) console.log(bin.entity.registered, bin.entity.type, bin.entity.division)
const digit: number | null = checkDigit('96034000051')
try {
  const formed: string = formIin('96034000051', { lang: 'kk' })
  console.log(formed, digit)
} catch (e) {
  if (e instanceof KzIinError) console.log(e.code, e.position, e.message)
}
const results: Uint8Array = validateMany('960340000514\n1\n')
const names: readonly string[] = errorCodes()
console.log(results[1] !== undefined ? names[results[1]] : '', compactNumber('990 140-004 654'), LANGUAGES.includes('kk'))
const fromSmall: boolean = small.validateIin('960340000514').valid && small.validateBin('160440007161').valid
console.log(fromSmall, small.checkDigit('96034000051'), small.formIin, small.validateMany, small.errorCodes(), small.compactNumber('1 2'), small.resolveLang('en'), small.LANGUAGES, small.KzIinError)
// @ts-expect-error: the small entry has no form
console.log(small.validateApplication)

// ----- kz-iin: the application form ---------------------------------------------------------------
const application: Application = { institution: 'deu', surnameLatin: 'Müller', birthDate: '1990-05-17', consentPersonalData: true }
const report: Report = validateApplication(application, { lang: 'kk', today: '2026-12-03' })
const firstError: Issue | undefined = report.errors[0]
console.log(report.valid, firstError?.field, firstError?.code, firstError?.message, report.warnings.map((w) => w.suggestion), report.value.surnameLatin)
for (const institution of institutions('ru')) console.log(institution.id, institution.kind, institution.country, institution.number)
for (const country of countries()) console.log(country.id, country.name)
for (const section of fields('en')) for (const field of section.fields) console.log(section.legend, field.key, field.kind, field.maxChars, field.options?.[0]?.label)
const labels: Record<FieldKey, string> = fieldLabels('kk')
const required: FieldKey[] = requiredFields()
console.log(labels.surnameLatin, required.includes('birthDate'), documentTypes())
const date = dateFromParts('birthDate', '17', 'марта', '1990', 'ru')
console.log('value' in date ? date.value : `${date.part}: ${date.message}`)
const zone = parseMrz('P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10', { today: '2026-12-03' })
if (zone.valid) console.log(zone.format, zone.fields.documentNumber, zone.namesTruncated, zone.optionalData)
else console.log(zone.errors.map((e) => `${e.code} ${e.field ?? ''} ${e.line ?? ''}`))
console.log(suggestLatin('Жанна'), suggestCyrillic('Zhanna'))
// @ts-expect-error: not a field of the application
const wrongKey: FieldKey = 'surname'
console.log(wrongKey)

// ----- kz-iin/documents -----------------------------------------------------------------------------
const certificate: string = renderCertificate({ application, iin: '960340000514', issueDate: '2026-11-21' }, { paper: 'A4' })
const refusal: string = renderRefusal({ application, reason: 'Срок действия паспорта истёк', standardReason: { kk: 'a', ru: 'b' }, issueDate: '2026-11-21' }, { paper: 'A5', lang: 'ru' })
const parts = renderCertificateParts({ application, iin: '960340000514', issueDate: '2026-11-21' })
const refusalParts = renderRefusalParts({ application, issueDate: '2026-11-21', reason: 'x' })
console.log(certificate.length, refusal.length, parts.title, parts.css, parts.body, parts.html, refusalParts.title, DocumentError === KzIinError)
// @ts-expect-error: A3 is not a paper the documents are laid out for
renderCertificate({ application, iin: '960340000514', issueDate: '2026-11-21' }, { paper: 'A3' })

// ----- kz-iin/elements: properties, methods and events ----------------------------------------------
const form = document.querySelector('kz-iin-application')
if (form) {
  form.value = { ...form.value, institution: 'deu' }
  form.lang = 'kk'
  const now: Report = form.validate()
  console.log(now.valid)
  form.addEventListener('kz-iin-submit', (event) => {
    const detail: KzIinSubmitEventDetail = event.detail
    console.log(detail.value.surnameLatin)
  })
  form.addEventListener('kz-iin-invalid', (event) => console.log(event.detail.errors.map((e) => e.code)))
  form.addEventListener('kz-iin-sent', (event) => console.log(event.detail.status, event.detail.body))
  form.addEventListener('kz-iin-mrz', (event) => console.log('filled' in event.detail ? event.detail.filled : event.detail.errors))
  form.addEventListener('kz-iin-reset', (event) => console.log(event.detail.reason === 'idle'))
  form.reset()
  form.clear('person')
  // @ts-expect-error: not a reason the kiosk knows
  form.clear('lunch')
}
const input: KzIinInputElement | null = document.querySelector('kz-iin-input')
if (input) {
  input.value = '960340000514'
  console.log(input.name, input.form?.id, input.validity.valid, input.validationMessage, input.checkValidity(), input.reportValidity())
  // @ts-expect-error: the value is a string
  input.value = 960340000514
}
const created: KzIinApplicationElement = document.createElement('kz-iin-application')
KzIinApplicationElement.define('my-application')
KzIinInputElement.define('my-input', customElements)
console.log(created instanceof ApplicationClass, InputClass.formAssociated)

// ----- kz-iin/document-elements -----------------------------------------------------------------------
const printed = document.createElement('kz-iin-certificate')
printed.data = { application, iin: '960340000514', issueDate: '2026-11-21' }
printed.addEventListener('kz-iin-rendered', (event) => console.log(event.detail.error?.code))
console.log(printed.error?.message, printed instanceof KzIinCertificateElement)
const notice: KzIinRefusalElement = document.createElement('kz-iin-refusal')
notice.data = { application, reason: 'x', issueDate: '2026-11-21' }
KzIinCertificateElement.define('my-certificate')
KzIinRefusalElement.define()
