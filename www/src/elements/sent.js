// The access code under a confirmation's receipt (`{ receipt, accessCode }`): large, "keep the
// number and the code", and a link to the service's status page beside the form's `action`.
// A module of its own, `import()`ed once an answer carries a code: no part of the form's first
// load.
import { h } from './dom.js'
import TEXTS from './sent-texts.js'

/** Shows the code of `body` in `done` (the confirmation), in `lang`. */
export function showAccess(done, lang, body, action) {
  const words = TEXTS[lang] ?? TEXTS.en
  const { receipt, accessCode: code } = body
  done.querySelector('.access')?.remove()
  if (typeof receipt !== 'string' || typeof code !== 'string') return
  let status = null
  try {
    status = new URL(`/status?receipt=${encodeURIComponent(receipt)}`, new URL(action || '/', document.baseURI)).href
  } catch {
    status = null
  }
  done.querySelector('.receipt').after(h('div', { class: 'access', part: 'access' },
    h('p', {}, words.accessCode, ' ', h('strong', { class: 'access-code', part: 'access-code' }, code)),
    h('p', {}, h('strong', {}, words.keepThese)),
    status ? h('p', {}, h('a', { href: status, target: '_blank', rel: 'noopener' }, words.statusLink)) : null))
}
