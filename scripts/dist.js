// Builds dist/, the package as npm ships it: every module of www/src minified by terser (with a
// source map that embeds the readable source), the wasm-bindgen glue minified beside its .wasm
// in dist/pkg/, and the type declarations and the JSON Schema as they are. Modules stay one file
// each, with the same imports, so a page or a bundler loads exactly what it would from www/src;
// they only shrink (about half, gzipped: README "Size"). Run by scripts/build.sh.
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { minify } from 'terser'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT = join(ROOT, 'dist')
const MODULES = ['iin', 'form', 'mrz', 'full']

/** Every file under `dir`, as paths relative to it. */
function walk(dir, sub = '') {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(dir, join(sub, e.name)) : [join(sub, e.name)],
  )
}

/** Minifies one module into `to`; the source's own path is what the map points back to. */
async function minifyModule(from, to, rewrite = (text) => text) {
  let code = rewrite(readFileSync(from, 'utf8'))
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
      sourceMap: { url: `${name}.map`, includeSources: true },
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
const src = join(ROOT, 'www/src')
for (const file of walk(src)) {
  const to = join(OUT, file)
  if (file.endsWith('.js')) {
    // www/src reaches the glue at ../../pkg/; dist holds it at ./pkg/ (only top-level entries
    // import it).
    await minifyModule(join(src, file), to, (text) => text.replaceAll("'../../pkg/", "'./pkg/"))
  } else {
    mkdirSync(dirname(to), { recursive: true })
    cpSync(join(src, file), to)
  }
}
