/* global kz */
// The form before any script, in every engine (run by engines.test.js with the widget's
// scenarios): the service's /apply page renders the form as declarative shadow DOM
// (src/markup.rs). Its markup equals what <kz-iin-application> draws, in kk, ru and en, new and
// after a failed submit; with scripts blocked, a person types into it and sends it through the
// error page and the review page to the receipt; with the script arriving late, the element
// adopts the markup and keeps what was typed, and the focus.
//
// `ctx.service` is the service; `ctx.noscript` the same behind a proxy whose policy blocks
// every script; `ctx.gated` one whose widget script waits for `ctx.gated.open()`.
import assert from 'node:assert/strict'
import { axe } from './scenarios.js'

/** The content of the page's `<template shadowrootmode="open">`. */
function shadowMarkup(html) {
  const start = '<template shadowrootmode="open">'
  const from = html.indexOf(start)
  assert.ok(from >= 0, 'the page holds a declarative shadow root')
  return html.slice(from + start.length, html.lastIndexOf('</template>'))
}

/**
 * In the page: a tree as text, one element per line with its attributes sorted and its state
 * (a control's value or checkedness, whatever set it), adjacent text joined. What only the
 * server's page has is left out: the stylesheet (the element adopts its own), the form's
 * method and action, and the hidden key and language it posts.
 */
const canonical = (root) => {
  const lines = []
  let text = ''
  const flush = (depth) => {
    if (text) lines.push(`${'  '.repeat(depth)}"${text}"`)
    text = ''
  }
  const walk = (node, depth) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += child.data
        continue
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue
      const el = child
      // The draft's box is the element's alone: a page without script keeps no draft.
      if (el.localName === 'style' || el.classList.contains('draft') || (el.localName === 'input' && el.type === 'hidden' && ['key', 'lang'].includes(el.name))) continue
      flush(depth)
      const attrs = [...el.attributes]
        .filter((a) => !['value', 'checked', 'selected'].includes(a.name) && !(el.localName === 'form' && ['method', 'action'].includes(a.name)))
        .map((a) => `${a.name}="${a.value}"`)
        .sort()
      const state = el.localName === 'input' ? (['radio', 'checkbox'].includes(el.type) ? `checked=${el.checked}` : `value="${el.value}"`) : el.localName === 'select' ? `value="${el.value}"` : ''
      lines.push(`${'  '.repeat(depth)}<${el.localName} ${[...attrs, state].filter(Boolean).join(' ')}>`)
      walk(el, depth + 1)
      flush(depth + 1)
    }
  }
  walk(root, 0)
  flush(0)
  return lines.join('\n')
}

/** The first line where two trees differ, with a little context. */
function firstDifference(a, b) {
  const [x, y] = [a.split('\n'), b.split('\n')]
  const i = x.findIndex((line, n) => line !== y[n])
  return i < 0 && x.length === y.length ? null : `line ${i + 1}:\n  server:  ${x[i]}\n  element: ${y[i]}\n  (after ${x[i - 1]})`
}

/** An answer's controls: what a person typed, with a month that cannot be and one sex chosen. */
const FAILED = [
  ['surnameLatin', 'Müller'],
  ['givenNameLatin', 'Anna'],
  ['birthDate-day', '17'],
  ['birthDate-month', '13'],
  ['birthDate-year', '1990'],
  ['sex', 'female'],
  ['citizenship', 'DEU'],
  ['documentNumber', 'c01x00t47'],
  ['documentIssueDate-day', '10'],
  ['documentIssueDate-month', '1'],
  ['documentIssueDate-year', '2020'],
  ['consentPersonalData', 'true'],
]

/** `fn(args, canonical)` as one function to run in the page (it may not use outer names). */
const withCanonical = (fn) => new Function('args', `return (${fn})(args, ${canonical})`)

/** In the page: the server's markup and the element's, new and after the same failed submit. */
async function compareInPage({ lang, fresh, failed, pairs }, canonical) {
  const parse = (html) => {
    const t = document.createElement('template')
    t.innerHTML = html
    return canonical(t.content)
  }
  const el = document.createElement('kz-iin-application')
  el.setAttribute('lang', lang)
  document.body.append(el)
  const drawn = canonical(el.shadowRoot)
  // The same answers typed into the element's controls, then a submit.
  const form = el.shadowRoot.querySelector('form')
  for (const [name, value] of pairs) {
    const control = form.elements.namedItem(name)
    if (control.type === 'checkbox') control.checked = value === 'true'
    else control.value = value
  }
  form.requestSubmit()
  const submitted = canonical(el.shadowRoot)
  el.remove()
  return { server: parse(fresh), drawn, serverFailed: parse(failed), submitted }
}

export const SERVER_SCENARIOS = [
  {
    name: "the server's form is the element's markup, in kk, ru and en, new and after a failed submit",
    async run(engine, ctx) {
      const page = await engine.open()
      await page.goto(`${ctx.url}/www/index.html`)
      await page.wait(() => !!customElements.get('kz-iin-application'))
      for (const lang of ['kk', 'ru', 'en']) {
        const fresh = shadowMarkup(await (await fetch(`${ctx.service}/apply?lang=${lang}`)).text())
        const failed = shadowMarkup(await (await fetch(`${ctx.service}/apply`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams([...FAILED, ['lang', lang]]),
        })).text())
        const seen = await page.run(withCanonical(compareInPage), { lang, fresh, failed, pairs: FAILED })
        assert.equal(firstDifference(seen.server, seen.drawn), null, `${lang}, new`)
        assert.equal(firstDifference(seen.serverFailed, seen.submitted), null, `${lang}, after a failed submit`)
        assert.match(seen.serverFailed, /kz-birthDate-error/)
      }
    },
  },
  {
    name: 'without script: the form is typed into, and sent through its error page and the review to the receipt',
    async run(engine, ctx) {
      const page = await engine.open()
      await page.goto(`${ctx.noscript}/apply?lang=ru`)
      assert.equal(await page.run(() => !!customElements.get('kz-iin-application')), false, 'no script ran')
      assert.deepEqual(await axe(page), [], 'axe on the form')
      await page.click(() => kz.root.getElementById('kz-surnameLatin'))
      await page.type('Müller')
      await page.click(() => kz.root.querySelector('form button[type=submit]'))
      await page.wait(() => document.title.startsWith('Ошибка:'))
      const failed = await page.run(() => {
        const root = kz.root
        return { summary: !root.querySelector('.summary').hidden, errors: root.querySelectorAll('.summary li').length, surname: root.getElementById('kz-surnameLatin').value }
      })
      assert.deepEqual([failed.summary, failed.surname], [true, 'Müller'], 'the summary first, and every answer kept')
      assert.ok(failed.errors >= 10, `${failed.errors} errors`)
      assert.deepEqual(await axe(page), [], 'axe on the error page')
      // The rest of the answers, each into its control (the page runs no script; this is the test's).
      await page.run((base) => {
        const form = kz.root.querySelector('form')
        for (const [key, value] of Object.entries(base)) {
          if (/Date$/.test(key)) {
            const [year, month, day] = value.split('-')
            Object.entries({ day, month, year }).forEach(([part, v]) => { form.elements.namedItem(`${key}-${part}`).value = v })
          } else if (key.startsWith('consent')) form.elements.namedItem(key).checked = value
          else form.elements.namedItem(key).value = value
        }
      }, ctx.base)
      await page.click(() => kz.root.querySelector('form button[type=submit]'))
      await page.wait(() => !!document.querySelector('main > div')?.shadowRoot?.querySelector('dl.answers'))
      const answers = await page.run(() => [...document.querySelector('main > div').shadowRoot.querySelectorAll('dl.answers dd:first-of-type')].map((d) => d.textContent))
      assert.ok(answers.includes('Müller') && answers.includes('17.05.1990'), answers.join(' | '))
      assert.deepEqual(await axe(page), [], 'axe on the review page')
      await page.click(() => document.querySelector('main > div').shadowRoot.querySelector('button.send'))
      await page.wait(() => !!document.querySelector('main > div')?.shadowRoot?.querySelector('.receipt-number'))
      const receipt = await page.run(() => document.querySelector('main > div').shadowRoot.querySelector('.receipt-number').textContent)
      assert.match(receipt, /^DEU-\d{4}-\d{6}$/)
      assert.deepEqual(await axe(page), [], 'axe on the receipt, its access code and QR code')
      assert.match(await page.run(() => location.pathname), /^\/apply\/done\//)
      // This browser sent it: the access code, and the status page's link, which works without
      // script too.
      const code = await page.run(() => document.querySelector('main > div').shadowRoot.querySelector('.access-code')?.textContent)
      assert.match(code ?? '', /^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/)
      const link = await page.run(() => document.querySelector('main > div').shadowRoot.querySelector('.access a').getAttribute('href'))
      await page.goto(`${ctx.noscript}${link}`)
      assert.deepEqual(await axe(page), [], 'axe on the status form')
      const filled = await page.run(() => document.querySelector('main > div').shadowRoot.getElementById('kz-receipt').value)
      assert.equal(filled, receipt)
      await page.click(() => document.querySelector('main > div').shadowRoot.getElementById('kz-access-code'))
      await page.type(code.toLowerCase())
      await page.click(() => document.querySelector('main > div').shadowRoot.querySelector('form button[type=submit]'))
      await page.wait(() => !!document.querySelector('main > div')?.shadowRoot?.querySelector('[part=status]'))
      const told = await page.run(() => document.querySelector('main > div').shadowRoot.querySelector('[part=status]').textContent)
      assert.match(told, /На рассмотрении/)
      assert.deepEqual(await axe(page), [], 'axe on the status')
    },
  },
  {
    name: "with the script arriving late: the element adopts the server's form, keeping what was typed and the focus",
    async run(engine, ctx) {
      ctx.gated.shut()
      try {
        const page = await engine.open()
        await page.goto(`${ctx.gated.url}/apply?lang=en`, { wait: false })
        await page.wait(() => !!kz.app?.shadowRoot?.getElementById('kz-surnameLatin'))
        assert.equal(await page.run(() => !!customElements.get('kz-iin-application')), false, 'not upgraded yet')
        await page.click(() => kz.root.getElementById('kz-surnameLatin'))
        await page.type('Müller')
        await page.click(() => kz.root.getElementById('kz-birthDate-day'))
        await page.type('17')
        await page.run(() => {
          window.typedInto = kz.root.getElementById('kz-surnameLatin')
        })
        ctx.gated.open()
        await page.wait(() => !!customElements.get('kz-iin-application') && performance.getEntriesByName('kz-iin-application-ready').length > 0, null, 20_000)
        const after = await page.run(() => {
          const app = kz.app
          const root = app.shadowRoot
          return {
            sameNode: root.getElementById('kz-surnameLatin') === window.typedInto,
            surname: app.value.surnameLatin,
            day: root.getElementById('kz-birthDate-day').value,
            focused: root.activeElement?.id,
          }
        })
        assert.deepEqual(after, { sameNode: true, surname: 'Müller', day: '17', focused: 'kz-birthDate-day' })
        // The element is live: typing goes on in the same box, and a submit is checked in the page.
        await page.type('1')
        assert.equal(await page.run(() => kz.root.getElementById('kz-birthDate-day').value), '171')
        await page.click(() => kz.root.querySelector('form button[type=submit]'))
        await page.wait(() => !kz.root.querySelector('.summary').hidden)
        assert.match(await page.run(() => location.pathname), /^\/apply$/, 'checked in the page, not posted')
      } finally {
        ctx.gated.open()
      }
    },
  },
]
