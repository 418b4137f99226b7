// The service worker of /verify: network first, so that a new key or build is seen at once
// online; the kept copy offline (or when the server fails), so that a clerk without a network
// still verifies (the keys as they were when last seen). Only the verifier's own GET requests
// are kept (the page, its assets, the keys), and never with a link's fragment, which holds a
// person's data.
const CACHE = 'kz-iin-verify-v1'
// Where the keys are.
const KEYS = '/.well-known/kz-iin/'
const KEPT = ['/verify', '/assets/', KEYS]
const isKeys = (url) => new URL(url).pathname.startsWith(KEYS)

/**
 * The URL as kept: this origin's, one of the verifier's, without its fragment and, for the page,
 * without any query but its language (a form sent without the script would carry the token in
 * it); else null.
 */
function kept(url) {
  try {
    const u = new URL(url, self.location.href)
    if (u.origin !== self.location.origin || !KEPT.some((p) => u.pathname === p || (p.endsWith('/') && u.pathname.startsWith(p)))) return null
    u.hash = ''
    if (u.pathname === '/verify') {
      const lang = u.searchParams.get('lang')
      u.search = lang ? `?lang=${encodeURIComponent(lang)}` : ''
    }
    return u.href
  } catch {
    return null
  }
}

self.addEventListener('install', () => self.skipWaiting())
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('kz-iin-verify-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

// The page sends what it loaded before this worker controlled it (the page, its modules, the
// verifier, the keys): kept at once, so that the next visit works offline. What the newest page
// did not load (an earlier build's assets) is dropped.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache' || !Array.isArray(event.data.urls)) return
  // Once each (a preloaded module is listed twice, and addAll refuses duplicates).
  const urls = [...new Set(event.data.urls.filter((url) => typeof url === 'string').map(kept).filter(Boolean))]
  event.waitUntil(
    caches.open(CACHE)
      .then(async (cache) => {
        // All or none, and none that a network's sign-in page answered.
        const answers = await Promise.all(urls.map((url) => fetch(url).then((r) => (trusted(url, r) ? r : Promise.reject(new Error(`not kept: ${url}`))))))
        await Promise.all(answers.map((answer, i) => cache.put(urls[i], answer)))
        for (const request of await cache.keys()) if (!urls.includes(request.url)) await cache.delete(request)
      })
      .then(() => event.source?.postMessage({ type: 'cached', count: urls.length }))
      .catch((e) => event.source?.postMessage({ type: 'not-cached', error: String(e) })),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  const key = request.method === 'GET' ? kept(request.url) : null
  if (!key) return
  const keptCopy = () => caches.match(key, { ignoreSearch: true }).then((hit) => (hit ? marked(hit) : null))
  event.respondWith(
    fetch(request)
      .then((response) => {
        // A server or a proxy that fails (502, 503), or a network's sign-in page answering (a
        // captive portal: redirected, or keys that are not a JWK set), is as good as no network:
        // the kept copy, which such an answer never replaces.
        if (response.status >= 500 || (response.ok && !trusted(key, response))) return keptCopy().then((hit) => hit ?? response)
        if (response.ok) {
          const copy = response.clone()
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)))
        }
        return response
      })
      .catch(() => keptCopy().then((hit) => hit ?? Response.error())),
  )
})

/** Whether an answer is the service's own, to keep: no redirect, and the keys as a JWK set. */
function trusted(url, response) {
  if (!response.ok || response.redirected) return false
  if (!isKeys(url)) return true
  return String(response.headers.get('content-type')).startsWith('application/jwk-set+json')
}

/**
 * A kept answer of the keys, marked `X-Kz-Iin-Kept: 1`: the page then says that it checked
 * against the keys as they were when this device last received them (the answer's own Date),
 * since a key withdrawn after that still verifies here. Other kept files go as they were.
 */
function marked(hit) {
  if (!isKeys(hit.url)) return hit
  const headers = new Headers(hit.headers)
  headers.set('x-kz-iin-kept', '1')
  return new Response(hit.body, { status: hit.status, statusText: hit.statusText, headers })
}
