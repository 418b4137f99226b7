// Builds dist/, the package as npm ships it: every module of www/src minified by terser (with a
// source map that embeds the readable source), the wasm-bindgen glue minified beside its .wasm
// in dist/pkg/, and the type declarations and the JSON Schema as they are. Modules stay one file
// each, with the same imports, so a page or a bundler loads exactly what it would from www/src;
// they only shrink (about half, gzipped: the book's "Size"). The one exception: modules that only
// one module imports are bundled into it by rolldown (PRIVATE). Run by scripts/build.js.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { rolldown } from 'rolldown'
import { minify } from 'terser'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT = join(ROOT, 'dist')
const src = join(ROOT, 'www/src')
const MODULES = JSON.parse(readFileSync(join(ROOT, 'scripts/wasm-modules.json'), 'utf8')).modules.map((m) => m.name)
// The widget's private modules (www/src/elements/application/, one job each) are bundled into
// its module: one file to fetch instead of eleven, and gzip compresses its three languages
// together (the book's "Size").
const PRIVATE = {
  'elements/application-element.js': readdirSync(join(src, 'elements/application')).map((f) => `elements/application/${f}`),
  'elements/sent.js': [],
}
// npm packages a module bundles in (a browser loading dist/ directly resolves no bare import):
// the access code's QR encoder, uqr (its `encode` only, tree-shaken), in the access code's module.
const VENDORED = {
  'elements/sent.js': ['uqr'],
}

/** Whether `id` (as imported, or resolved) is a package that `file` bundles in. */
const vendored = (file, id) => (VENDORED[file] ?? []).some((name) => id === name || id.includes(`/node_modules/${name}/`))

/** Every file under `dir`, as paths relative to it. */
function walk(dir, sub = '') {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(dir, join(sub, e.name)) : [join(sub, e.name)],
  )
}

/**
 * One ES module from rolldown, with its source map: `options` are rolldown's, `output` what
 * `generate` adds (`dir`: the map's sources are relative to where the module goes). More than
 * one chunk (a dynamic import it split off) is an error: each output here is one file.
 */
async function rolldownOne(name, options, output) {
  const build = await rolldown(options)
  try {
    const chunks = (await build.generate({ format: 'esm', sourcemap: true, ...output })).output.filter((o) => o.type === 'chunk')
    if (chunks.length !== 1) throw new Error(`${name}: expected one module, got ${chunks.map((o) => o.fileName)}`)
    return chunks[0]
  } finally {
    await build.close()
  }
}

/** A module with its private modules (PRIVATE) and packages (VENDORED) bundled in: `{ code, map }`. */
async function bundle(file) {
  const inlined = new Set(PRIVATE[file].map((f) => join(src, f)))
  const chunk = await rolldownOne(file, {
    input: join(src, file),
    // Every import but the private ones and the vendored packages (and theirs) stays an import,
    // as written.
    external: (id, importer) =>
      importer !== undefined && !inlined.has(join(dirname(importer), id)) && !inlined.has(id) && !vendored(file, id) && !importer.includes('/node_modules/'),
    platform: 'neutral',
  }, { dir: dirname(join(OUT, file)) })
  const missing = [...inlined].filter((f) => !chunk.moduleIds.includes(f))
  for (const name of VENDORED[file] ?? []) if (!chunk.moduleIds.some((id) => id.includes(`/node_modules/${name}/`))) missing.push(name)
  if (missing.length) throw new Error(`${file} no longer imports ${missing.join(', ')}: update PRIVATE`)
  return { code: chunk.code, map: chunk.map }
}

/** Minifies one module into `to`; the source's own path is what the map points back to. */
async function minifyModule(from, to, rewrite = (text) => text, bundled = null) {
  let code = rewrite(bundled ? bundled.code : readFileSync(from, 'utf8'))
  // The CLI's `#!/usr/bin/env node` must stay its first line.
  const shebang = code.startsWith('#!') ? code.slice(0, code.indexOf('\n')) : null
  if (shebang) code = code.slice(shebang.length + 1)
  const name = basename(to)
  const result = await minify(
    { [relative(dirname(to), from)]: code },
    {
      module: true,
      compress: { passes: 2 },
      mangle: true,
      format: { comments: false, preamble: shebang ?? undefined },
      sourceMap: { url: `${name}.map`, includeSources: true, content: bundled ? bundled.map.toString() : undefined },
    },
  )
  mkdirSync(dirname(to), { recursive: true })
  writeFileSync(to, result.code)
  writeFileSync(`${to}.map`, result.map)
}

rmSync(OUT, { recursive: true, force: true })
for (const m of MODULES) {
  await minifyModule(join(ROOT, `pkg/${m}/kz_iin.js`), join(OUT, `pkg/${m}/kz_iin.js`))
  cpSync(join(ROOT, `pkg/${m}/kz_iin_bg.wasm`), join(OUT, `pkg/${m}/kz_iin_bg.wasm`))
}
const privateFiles = new Set(Object.values(PRIVATE).flat())
for (const file of walk(src)) {
  const to = join(OUT, file)
  if (privateFiles.has(file)) continue
  if (file.endsWith('.js')) {
    // www/src reaches the glue at ../../pkg/; dist holds it at ./pkg/ (only top-level entries
    // import it).
    const bundled = PRIVATE[file] ? await bundle(file) : null
    await minifyModule(join(src, file), to, (text) => text.replaceAll("'../../pkg/", "'./pkg/").replaceAll('"../../pkg/', '"./pkg/'), bundled)
  } else {
    mkdirSync(dirname(to), { recursive: true })
    cpSync(join(src, file), to)
  }
}

// The service's /apply page loads the widget as one module (PAGE_BUNDLES): every module the
// element imports statically in one file, instead of a waterfall of nine over HTTP/1.1's six
// connections (the book's "Performance"). Two stay apart, as in dist/: what the element imports
// on demand (the draft, the access code, the kiosk's parts), and the WebAssembly's glue, which
// finds its .wasm beside itself (import.meta.url). Not in the npm package: the service's.
const PAGE_BUNDLES = { 'pages/application.js': 'elements/application-element-define.js' }
const APART = /\/pkg\/[a-z]+\/kz_iin\.js$/
for (const [page, entry] of Object.entries(PAGE_BUNDLES)) {
  const to = join(OUT, page)
  // Imports of what stays apart, relative to the bundle's folder.
  const paths = (id) => (id.startsWith('/') ? relative(dirname(to), id).replace(/^(?!\.)/, './') : id)
  const chunk = await rolldownOne(page, {
    input: join(OUT, entry),
    platform: 'browser',
    plugins: [{
      name: 'apart',
      resolveId(source, importer, { kind }) {
        const id = importer && join(dirname(importer), source)
        if (id && (kind === 'dynamic-import' || APART.test(id))) return { id, external: 'absolute' }
      },
    }],
  }, { dir: dirname(to), paths })
  mkdirSync(dirname(to), { recursive: true })
  await minifyModule(join(OUT, entry), to, undefined, chunk)
}

// The application form's styles as a stylesheet of their own, from the one declaration the
// element adopts (www/src/elements/styles.js): a server that sends the form in its page
// (src/markup.rs, declarative shadow DOM) puts this very CSS in the shadow root.
const { applicationCss } = await import(pathToFileURL(join(src, 'elements/styles.js')).href)
writeFileSync(join(OUT, 'elements/application.css'), `${applicationCss.replace(/^\s+/gm, '').trim()}\n`)
