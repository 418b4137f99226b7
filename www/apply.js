// The service's /apply page: the form is in the page already (rendered by the server); the
// widget takes it over once the browser has painted it, so that its script, however quickly it
// arrives (from the cache, say), never holds back the first paint of the form.
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
await import('../dist/elements/application-element-define.js')
