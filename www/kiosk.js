// The consular kiosk page: the application in kiosk mode, a language switch, and a service
// worker that keeps the page's own files for offline use. Nothing personal is cached: the worker
// stores only the files this page loaded (GET), never the submission (POST).
import '../dist/elements.js'

const application = document.getElementById('application')
const buttons = [...document.querySelectorAll('[data-lang]')]

function showLang(lang) {
  document.documentElement.lang = lang
  for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.lang === lang))
}
for (const b of buttons) {
  b.addEventListener('click', () => {
    application.setAttribute('lang', b.dataset.lang)
    showLang(b.dataset.lang)
  })
}
// The widget's reset returns to the kiosk's language: the switch follows.
application.addEventListener('kz-iin-reset', () => showLang(application.lang))
showLang(application.lang)

async function keepForOffline() {
  if (!('serviceWorker' in navigator)) return
  await navigator.serviceWorker.register('./sw.js')
  const registration = await navigator.serviceWorker.ready
  // The MRZ reader is imported by the widget, not by this page: wait for the page's load (its
  // preloads included) so that the list below holds it.
  if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve, { once: true }))
  // What this page loaded (the widget's modules, the WebAssembly, styles) is the app shell.
  const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]
    .filter((url) => new URL(url).origin === location.origin)
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (event.data?.type === 'cached') document.documentElement.dataset.offlineReady = 'true'
  })
  registration.active.postMessage({ type: 'cache', urls })
}
keepForOffline().catch(() => {
  // No service worker (a private window may refuse it): the kiosk still works online.
})
