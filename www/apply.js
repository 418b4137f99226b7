// The service's /apply page: the form is in the page already (rendered by the server); the
// widget takes it over once the browser has painted it, so that its script, however quickly it
// arrives (from the cache, say), never holds back the first paint of the form. The widget comes
// as one module (dist/pages/application.js, built by scripts/dist.js), which the page's head
// preloads with the WebAssembly and its glue.
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
await import('../dist/pages/application.js')
