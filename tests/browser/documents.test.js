// The certificate and the refusal notice: refused for bad IINs, escaped, every label verbatim in
// the browser, printed to an A4 (and A5) PDF whose QR code decodes back to the IIN.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import * as kz from 'kz-iin/documents'
import { launchChromium, qrCodesIn, settle, vectors } from './helpers.js'
import { startServer } from '../../scripts/serve.js'

const application = {
  surnameCyrillic: 'Мюллер', givenNameCyrillic: 'Анна', patronymicCyrillic: 'Петровна', surnameLatin: 'Müller',
  birthDate: '1990-05-17', birthCountry: 'DEU', birthRegion: 'Bayern', birthAddress: 'München',
}
const certificateData = { application, iin: '960340000514', issueDate: '2026-11-21' }
const refusalData = { application, reason: 'Документ недействителен', standardReason: { kk: 'Құжат жарамсыз', ru: 'Документ недействителен' }, issueDate: '2026-11-21' }
const CERTIFICATE_LABELS = [
  'Тіркеу куәлігі', 'Жеке сәйкестендіру нөмірі (ЖСН):', 'Тегі', 'Аты', 'Әкесінің аты (бар болған жағдайда)', 'Туған күні', 'Туған жері',
  'Берген мекеме ҚР Ішкі Істер министрлігі', 'Берілген кезі', 'Жеке басты куәландыратын құжатты ұсынған кезде жарамды',
  'Регистрационное свидетельство', 'Индивидуальный идентификационный номер(ИИН):', 'Фамилия', 'Имя', 'Отчество (при его наличии)',
  'Дата рождения', 'Место рождения', 'Орган выдачи Министерство внутренних дел РК', 'Дата выдачи',
  'Действительно только при предъявлении документа, удостоверяющего личность',
]
const REFUSAL_LABELS = [
  'Жеке сәйкестендіру нөмірін қалыптастырудан бас тарту туралы ХАБАРЛАМА', 'Тегі', 'Аты', 'Әкесінің аты (бар болған жағдайда)', 'Туған күні',
  'Туған жері', 'Берген мекеме ҚР Ішкі Істер министрлігі', 'Берілген күні', 'Бас тарту себебі', 'Фамилия', 'Имя',
  'Отчество (при его наличии)', 'Дата рождения', 'Место рождения', 'Орган выдачи Министерство внутренних дел РК', 'Дата выдачи', 'Причина отказа',
]
const seed = readFileSync(new URL('../seeds/000_de31256ef39f5168.txt', import.meta.url), 'utf8').replace(/\s+/g, ' ')
const XSS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '<iframe src="javascript:alert(1)"></iframe>', '<a href=javascript:alert(1)>x</a>']

let browser
let server
let url
before(async () => {
  ;({ server, url } = await startServer())
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
  server?.close()
})

test('the labels this test expects are the seed\'s own', () => {
  for (const label of [...CERTIFICATE_LABELS, ...REFUSAL_LABELS]) assert.ok(seed.includes(label), label)
})

test('a certificate is refused for every invalid IIN, with its code and a localized message', () => {
  for (const c of vectors.cases.filter((x) => !x.valid)) {
    assert.throws(
      () => kz.renderCertificate({ ...certificateData, iin: c.input }, { lang: 'kk' }),
      (e) => e instanceof kz.KzIinError && e.code === c.code && e.field === 'iin' && e.message.includes('ЖСН'),
      c.note,
    )
  }
  for (const bad of [undefined, null, 1, 'x', [], { application: null, iin: '960340000514', issueDate: '2026-11-21' }, { ...certificateData, issueDate: '2026-02-30' }]) {
    assert.throws(() => kz.renderCertificate(bad), (e) => e instanceof kz.KzIinError && typeof e.code === 'string')
  }
  assert.throws(() => kz.renderRefusal({ application, issueDate: '2026-11-21' }, { lang: 'ru' }), { code: 'required', message: 'Укажите причину отказа' })
})

async function pdfOf(html, paper) {
  const page = await (await browser.newContext()).newPage()
  await page.setContent(html)
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
  const box = pdf.toString('latin1').match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/)
  return { pdf, width: Number(box[1]), height: Number(box[2]), paper }
}

test('each document prints to an A4 (or A5) PDF; the certificate\'s QR code decodes back to the IIN', async () => {
  const a4 = await pdfOf(kz.renderCertificate(certificateData), 'A4')
  assert.ok(Math.abs(a4.width - 595) < 2 && Math.abs(a4.height - 842) < 2, `A4: ${a4.width} × ${a4.height} pt`)
  const a5 = await pdfOf(kz.renderRefusal(refusalData, { paper: 'A5' }), 'A5')
  assert.ok(Math.abs(a5.width - 420) < 2 && Math.abs(a5.height - 595) < 2, `A5: ${a5.width} × ${a5.height} pt`)
  assert.deepEqual([...new Set(qrCodesIn(a4.pdf))], ['960340000514'])
})

test('in the browser, each element shows every label verbatim; markup in any field is shown as text and never runs', async () => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const dialogs = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    d.dismiss()
  })
  const errors = []
  page.on('pageerror', (e) => errors.push(String(e)))
  await page.goto(`${url}/www/documents.html`)
  await page.waitForFunction(() => customElements.get('kz-iin-certificate') && customElements.get('kz-iin-refusal'))
  const shown = await page.evaluate(
    ([cert, refusal]) => {
      const c = document.getElementById('certificate')
      const r = document.getElementById('refusal')
      c.hidden = r.hidden = false
      c.data = cert
      r.data = refusal
      return [c.shadowRoot.textContent.replace(/\s+/g, ' '), r.shadowRoot.textContent.replace(/\s+/g, ' ')]
    },
    [certificateData, refusalData],
  )
  for (const label of CERTIFICATE_LABELS) assert.ok(shown[0].includes(label), `certificate: ${label}`)
  for (const label of REFUSAL_LABELS) assert.ok(shown[1].includes(label), `refusal: ${label}`)
  assert.ok(shown[0].includes('9603 4000 0514') && shown[0].includes('Германия, Bayern, München'))
  assert.ok(shown[1].includes('Құжат жарамсыз. Документ недействителен'))

  for (const payload of XSS) {
    const names = { surnameCyrillic: payload, givenNameCyrillic: payload, patronymicCyrillic: payload, birthRegion: payload, birthDistrict: payload, birthAddress: payload }
    const result = await page.evaluate(
      ([data, reason]) => {
        const c = document.getElementById('certificate')
        const r = document.getElementById('refusal')
        c.data = { ...data, application: { ...data.application, ...reason.names } }
        r.data = { application: { ...data.application, ...reason.names }, reason: reason.payload, standardReason: { kk: reason.payload, ru: reason.payload }, issueDate: '2026-11-21' }
        const injected = (root) => root.querySelectorAll('script, img, iframe, a, svg[onload], [onerror], [onload]').length
        return { injected: injected(c.shadowRoot) + injected(r.shadowRoot), text: c.shadowRoot.textContent + r.shadowRoot.textContent }
      },
      [certificateData, { names, payload }],
    )
    assert.equal(result.injected, 0, payload)
    assert.ok(result.text.includes(payload), `shown as typed: ${payload}`)
  }
  await settle(page)
  assert.deepEqual(dialogs, [])
  assert.deepEqual(errors, [])

  // A refused IIN: the element says why instead of printing.
  const refused = await page.evaluate((data) => {
    const c = document.getElementById('certificate')
    c.setAttribute('lang', 'ru')
    c.data = { ...data, iin: '960340000515' }
    return [c.error.code, c.shadowRoot.querySelector('[role=alert]').textContent]
  }, certificateData)
  assert.equal(refused[0], 'checksum')
  assert.match(refused[1], /контрольный разряд/)
})
