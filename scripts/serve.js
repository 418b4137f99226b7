// A small static server for the demo and the browser tests: it serves www/ and pkg/ with the
// right MIME types (application/wasm lets browsers compile while downloading) and the strict
// Content-Security-Policy a government portal would use.
//   node scripts/serve.js [PORT]     (default 8080, or the next free port)
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SERVED = ['www', 'pkg', 'dist']
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
}
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; " +
  "base-uri 'none'; frame-ancestors 'self'"

/** Resolves a URL path to a file under `root` (and, when `dirs` is given, under one of them). */
async function resolve(urlPath, root, dirs) {
  const path = decodeURIComponent(urlPath.split('?')[0])
  const file = normalize(join(root, path))
  const top = file.slice(root.length).split(sep)[0]
  if (!file.startsWith(root) || (dirs && !dirs.includes(top))) return null
  const info = await stat(file).catch(() => null)
  if (info?.isDirectory()) return resolve(`${path.replace(/\/$/, '')}/index.html`, root, dirs)
  return info?.isFile() ? file : null
}

/**
 * Starts the server; resolves with { server, url } once it listens.
 * @param {{ port?: number, root?: string, dirs?: string[] | null,
 *   handler?: (req, res) => boolean | Promise<boolean> }} [options]
 *   `root` and `dirs` say what is served (the project's www/, pkg/ and dist/ by default; a test serves a
 *   bundler's output with `dirs: null`); `handler` may answer a request first (tests mount
 *   endpoints this way) and returns true if it did.
 */
export function startServer({ port = 0, handler, root = ROOT, dirs = SERVED } = {}) {
  root = root.endsWith(sep) ? root : root + sep
  const server = createServer(async (req, res) => {
    try {
      if (handler && (await handler(req, res))) return
      // The demo's relative URLs must resolve under /www/.
      if (dirs && req.url === '/') {
        res.writeHead(302, { location: '/www/' }).end()
        return
      }
      const file = await resolve(req.url, root, dirs)
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
        return
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      })
      res.end(await readFile(file))
    } catch (e) {
      res.writeHead(500).end(String(e))
    }
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      resolvePromise({ server, url: `http://127.0.0.1:${server.address().port}` })
    })
  })
}

/**
 * The demo's back end: POST /api/applications re-checks the application with the very same
 * package (as a portal's server must) and answers 201 or 422. Nothing is stored.
 */
export async function demoHandler(req, res) {
  if (req.url !== '/api/applications' || req.method !== 'POST') return false
  const { validateApplication } = await import('kz-iin')
  let body = ''
  for await (const chunk of req) if ((body += chunk).length > 1e6) break
  let data = null
  try {
    data = JSON.parse(body)
  } catch {
    // not JSON: validateApplication answers not_an_object
  }
  const report = validateApplication(data, { lang: req.headers['accept-language'] })
  res.writeHead(report.valid ? 201 : 422, { 'content-type': 'application/json' })
  res.end(JSON.stringify(report.valid ? { accepted: true } : { errors: report.errors }))
  return true
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let port = Number(process.argv[2] ?? process.env.PORT ?? 8080)
  for (;;) {
    try {
      const { url } = await startServer({ port, handler: demoHandler })
      console.log(`kz-iin demo: ${url}/www/`)
      break
    } catch (e) {
      if (e.code !== 'EADDRINUSE') throw e
      port++
    }
  }
}
