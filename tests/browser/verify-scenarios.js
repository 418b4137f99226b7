// A signed document verified at the service's /verify page, in every engine (run by
// engines.test.js with the other scenarios): the link of a certificate's QR code opens as
// genuine with the facts it prints, and the token leaves the address bar; a refusal notice's
// link too; its form cannot be sent before its script has come; one character changed is altered; a token a forger signed with a key of their own (MOSIP's encoder from PyPI) is
// signed by an unknown key; digits alone prove nothing; other text is no document. axe on each.
//
// `ctx.signed`: `{ link, forged, refusal }`, a certificate and a refusal notice the engines'
// service decided and printed (helpers.decidedDocument) and a forged token; `ctx.gated.url`, the service behind the proxy
// that serves axe and collects the page's errors.
import assert from 'node:assert/strict'
import { axe } from './scenarios.js'

/** The token with its `index`th character replaced by another of base45's alphabet. */
export function altered(token, index = 120) {
  const swap = token[index] === 'A' ? 'B' : 'A'
  return token.slice(0, index) + swap + token.slice(index + 1)
}

const verdict = () => {
  const result = document.getElementById('kz-verify-result')
  return result.hidden ? null : { status: result.querySelector('.verdict').className.replace('verdict ', ''), text: result.textContent, focused: document.activeElement === result }
}

export const VERIFY_SCENARIOS = [
  {
    name: "signed documents at /verify: a certificate and a refusal genuine from their QR codes' links; altered, another key's, a number, other text",
    async run(engine, ctx) {
      const page = await engine.open()
      const fragment = ctx.signed.link.slice(ctx.signed.link.indexOf('#'))
      // Before its script has come, the form cannot be sent: the browser would send it to the
      // server itself, and the token, a person's data, in the address.
      ctx.gated.shut()
      try {
        await page.goto(`${ctx.gated.url}/verify?lang=en`, { wait: false })
        await page.wait(() => !!document.querySelector('#kz-verify-form button'))
        assert.equal(await page.run(() => document.querySelector('#kz-verify-form button').disabled), true, 'disabled until the script')
      } finally {
        ctx.gated.open()
      }
      await page.wait(() => document.querySelector('#kz-verify-form button')?.disabled === false)
      // Opened as a camera app opens the QR code's link: a new page at it (the harness's own
      // navigation would wait for an address that the page changes at once).
      await page.goto(`${ctx.gated.url}/verify?lang=kk`)
      await page.run((u) => {
        setTimeout(() => {
          location.href = u
        })
      }, `${ctx.gated.url}/verify?lang=ru${fragment}`)
      await page.wait(() => document.documentElement.lang === 'ru' && !document.getElementById('kz-verify-result').hidden)
      const genuine = await page.run(verdict)
      assert.equal(genuine.status, 'genuine')
      assert.match(genuine.text, /Подлинный/)
      for (const fact of ['9603 4000 0514', 'Müller Anna', '17.05.1990', 'Женский', 'Германия', 'Регистрационное свидетельство']) assert.ok(genuine.text.includes(fact), `${fact} in ${genuine.text}`)
      assert.equal(await page.run(() => location.hash), '', 'the token leaves the address bar')
      assert.deepEqual(await axe(page), [], 'axe on a genuine document')

      const token = decodeURIComponent(fragment.slice(1))
      const cases = [
        [altered(token), 'altered', /Изменён/],
        [ctx.signed.forged, 'unknown_key', /неизвестным ключом/],
        ['9603 4000 0514', 'only_a_number', /только номер/],
        ['<b>hello</b>', 'not_a_document', /не документ/],
      ]
      for (const [text, status, words] of cases) {
        await page.run((t) => {
          document.getElementById('kz-verify-text').value = t
        }, text)
        await page.click(() => document.querySelector('#kz-verify-form button'))
        await page.wait((s) => document.querySelector('#kz-verify-result .verdict')?.classList.contains(s), status)
        const shown = await page.run(verdict)
        assert.match(shown.text, words)
        assert.ok(shown.focused, `${status}: the result has the focus`)
        assert.ok(!shown.text.includes('9603 4000 0514') || status === 'only_a_number', `${status}: no facts shown`)
        if (status === 'altered') assert.deepEqual(await axe(page), [], 'axe on an altered document')
      }

      // A refusal notice's link, in English: genuine, naming the receipt.
      const refusal = ctx.signed.refusal.link
      await page.run((u) => {
        setTimeout(() => {
          location.href = u
        })
      }, `${ctx.gated.url}/verify?lang=en${refusal.slice(refusal.indexOf('#'))}`)
      await page.wait(() => document.documentElement.lang === 'en' && !document.getElementById('kz-verify-result').hidden)
      const notice = await page.run(verdict)
      assert.equal(notice.status, 'genuine')
      assert.ok(notice.text.includes('Notice of refusal to form an IIN') && notice.text.includes(ctx.signed.refusal.receipt), notice.text)
    },
  },
]
