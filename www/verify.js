// The service's /verify page: a printed document's QR code verified in this browser by the core's
// verifier (its own WebAssembly module) against the service's public keys. The token comes in
// the link's fragment, which no server sees, or is pasted; nothing about it is sent anywhere.
import { verifyDocument } from '../dist/verifier.js'

const form = document.getElementById('kz-verify-form')
const field = document.getElementById('kz-verify-text')
const result = document.getElementById('kz-verify-result')
const outcome = result.querySelector('.outcome')
const lang = document.documentElement.lang

// Offline once visited: the worker keeps the page, this module, the verifier and the keys.
navigator.serviceWorker
  ?.register('/verify-sw.js', { scope: '/verify' })
  .then(() => navigator.serviceWorker.ready)
  .then(async (registration) => {
    await keys
    const loaded = performance.getEntriesByType('resource').map((e) => e.name)
    registration.active?.postMessage({ type: 'cache', urls: [location.pathname, ...loaded] })
  })
  .catch(() => {})

// The keys, and, when they are the worker's kept copy (offline, or the service did not answer),
// when this device received them: a key withdrawn since still verifies here, and the page says so.
const keys = fetch('/.well-known/kz-iin/keys.json')
  .then(async (r) => (r.ok ? { set: await r.json(), keptOn: r.headers.get('x-kz-iin-kept') ? new Date(r.headers.get('date') ?? NaN) : null } : null))
  .catch(() => null)

/** The note under a verdict reached with kept keys, in the page's language; '' with fresh ones. */
function keptNote(keptOn) {
  if (!keptOn) return ''
  let when = ''
  try {
    when = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(keptOn)
  } catch {
    // No date on the kept answer (a proxy dropped it): the sentence without one.
  }
  return result.dataset.keptKeys.replace('{}', when).replace(/\s+([,:.])/, '$1')
}

function element(name, className, text) {
  const e = document.createElement(name)
  if (className) e.className = className
  if (text !== undefined) e.textContent = text
  return e
}

function show(verdict, focus, note = '') {
  const parts = [element('p', `verdict ${verdict.status}`, verdict.message)]
  if (note) parts.push(element('p', 'kept-keys', note))
  if (verdict.rows?.length) {
    const list = element('dl')
    for (const [label, value] of verdict.rows) list.append(element('dt', '', label), element('dd', '', value))
    parts.push(list)
  }
  outcome.replaceChildren(...parts)
  result.hidden = false
  if (focus) result.focus()
}

async function check(text, focus) {
  const got = await keys
  if (!got) show({ status: 'no_keys', message: result.dataset.noKeys, rows: [] }, focus)
  else show(verifyDocument(text, got.set, { lang }), focus, keptNote(got.keptOn))
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  check(field.value, true)
})
// Disabled as the server sends it: until now the form would have gone to the server itself.
form.querySelector('button[type=submit]').disabled = false

// A link from a document's QR code: verify it, and drop the token (names, a date of birth) from
// the address bar and the current history entry (a browser may still list the visit itself).
function fromLink() {
  if (location.hash.length < 2) return
  const link = location.href
  history.replaceState(null, '', location.pathname + location.search)
  check(link, true)
}
addEventListener('hashchange', fromLink)
fromLink()
