// The service worker of /verify: network first, so that a new key or build is seen at once
// online; the kept copy offline, so that a clerk without a network still verifies (the keys as
// they were when last seen). Only this origin's GET requests are kept.
const CACHE = 'kz-iin-verify-v1'

self.addEventListener('install', () => self.skipWaiting())
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('kz-iin-verify-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

// The page sends what it loaded before this worker controlled it (the page, its modules, the
// verifier, the keys): kept at once, so that the next visit works offline.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache' || !Array.isArray(event.data.urls)) return
  // Once each (a preloaded module is listed twice, and addAll refuses duplicates).
  const urls = [...new Set(event.data.urls.filter((url) => typeof url === 'string').map((url) => new URL(url, self.location.href).href))].filter((url) => new URL(url).origin === self.location.origin)
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(urls))
      .then(() => event.source?.postMessage({ type: 'cached', count: urls.length }))
      .catch((e) => event.source?.postMessage({ type: 'not-cached', error: String(e) })),
  )
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone()
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)))
        }
        return response
      })
      .catch(() => caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? Response.error())),
  )
})
