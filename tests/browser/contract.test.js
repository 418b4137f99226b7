// The service against its own contract (issue 24): Schemathesis (from PyPI, in the .venv that
// scripts/setup.sh makes) reads GET /api/openapi.json and runs its property-based phases against
// the release binary: the anonymous routes, then the officers' API with a session (cookie and
// X-CSRF-Token) and with a bearer token. No answer is a 5xx, and every answer conforms to the
// document: its status, content type, headers and body schema.
//
// What is changed in the document before Schemathesis reads it, and why: the patterns of the
// name fields use Unicode property classes (`\p{L}`, ECMA-262 with the `u` flag, as JSON Schema
// says), which Python's regular expressions, and so Hypothesis, cannot generate from; those
// patterns (and only those) are dropped from the copy it reads. The service still checks them.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, SERVER, startService, totpCode } from './helpers.js'

const ST = join(ROOT, '.venv/bin/st')
const CHECKS = 'not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance'

let dir
let service
let url
let demo

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kz-iin-contract-'))
  // No limits per address: Schemathesis sends thousands of requests, on many connections, from
  // one address (the limits have their own tests); 429 is in the document all the same.
  ;({ child: service, url, demo } = await startService(`sqlite://${dir}/kz-iin.db`, {
    DEMO_OFFICER: 'deu',
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_GLOBAL_PER_MINUTE: '0',
    MAX_CONNECTIONS_PER_ADDRESS: '100000',
    LOG: 'warn',
  }))
})
after(() => {
  service?.kill()
  rmSync(dir, { recursive: true, force: true })
})

/**
 * The document as Schemathesis reads it (see the top of this file), with only the way of
 * signing in that a run uses (`only`: a security scheme): with both, it fills the other
 * one's header itself (an empty `Authorization: Bearer`), which the service rightly refuses.
 */
async function documentForSchemathesis(only) {
  const doc = await (await fetch(`${url}/api/openapi.json`)).json()
  let dropped = 0
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk)
    if (node && typeof node === 'object') {
      if (typeof node.pattern === 'string' && node.pattern.includes('\\p{')) {
        delete node.pattern
        dropped++
      }
      if (only && Array.isArray(node.security)) node.security = node.security.filter((s) => only in s)
      Object.values(node).forEach(walk)
    }
  }
  walk(doc)
  assert.ok(dropped > 0 && dropped < 5, `${dropped} patterns dropped`)
  const file = join(dir, `openapi-${only ?? 'anonymous'}.json`)
  writeFileSync(file, JSON.stringify(doc))
  return file
}

/**
 * `st run` on the document with these options; its output, and it must exit 0. Run without
 * blocking Node's loop (the sockets of fetch must see the service close them while it runs).
 */
async function schemathesis(file, args) {
  const child = spawn(
    ST,
    ['run', file, '--url', url, '--checks', CHECKS, '--max-examples', '15', '--suppress-health-check', 'filter_too_much,too_slow', '--no-color', '--seed', '1', ...args],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let out = ''
  child.stdout.on('data', (chunk) => (out += chunk))
  child.stderr.on('data', (chunk) => (out += chunk))
  const status = await new Promise((resolve) => child.on('close', resolve))
  const summary = out.split('\n').filter((l) => /Tested:|generated|failures?|errors?|❌|🚫/.test(l)).join('\n')
  // The command as run, without the session's or the token's secrets.
  console.log(`st run ${args.map((a) => a.replace(/(: ).*/, '$1…')).join(' ')}\n${summary}`)
  assert.equal(status, 0, out.slice(-8000))
  // With credentials, it must have reached past them (Schemathesis warns when only 401/403 came).
  assert.doesNotMatch(out, /Authentication failed/)
  return out
}

test('the document is OpenAPI 3.1 with every route, the headers portals send, and examples', async () => {
  const doc = await (await fetch(`${url}/api/openapi.json`)).json()
  assert.equal(doc.openapi, '3.1.0')
  const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
  for (const route of ['POST /api/applications', 'POST /api/applications/check', 'POST /api/staff/login', 'GET /api/staff/applications', 'POST /api/staff/applications/{id}/certificate', 'GET /api/openapi.json', 'GET /apply']) {
    assert.ok(routes.includes(route), route)
  }
  const post = doc.paths['/api/applications'].post
  const headers = post.parameters.filter((p) => p.in === 'header').map((p) => p.name)
  assert.deepEqual(headers.sort(), ['Accept-Language', 'Idempotency-Key'])
  assert.deepEqual(Object.keys(post.responses).sort(), ['200', '201', '400', '409', '413', '415', '422', '429', '503'])
  // A decision: a session with its CSRF token, or a bearer token.
  const certificate = doc.paths['/api/staff/applications/{id}/certificate'].post
  assert.deepEqual(certificate.security, [{ session: [], csrf: [] }, { token: [] }])
  assert.deepEqual(Object.keys(doc.components.securitySchemes).sort(), ['csrf', 'session', 'token'])
  assert.equal(doc.components.securitySchemes.csrf.name, 'X-CSRF-Token')
  assert.ok(doc.components.schemas.Accepted.example.receipt)
  // The application's schema is the package's, generated from the core's field table.
  const schema = JSON.parse(readFileSync(join(ROOT, 'www/src/application.schema.json'), 'utf8'))
  assert.deepEqual(doc.components.schemas.Application.properties, schema.properties)
})

test('Schemathesis finds no 5xx and no answer outside the document: anonymous, with a session, with a token', async () => {
  await schemathesis(await documentForSchemathesis(), ['--exclude-tag', 'officers'])

  // An officer's session: signed in as the demo officer, with the second factor's code.
  const signIn = await fetch(`${url}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: demo.login, password: demo.password, code: totpCode(demo.secret) }),
  })
  assert.equal(signIn.status, 200)
  const cookie = signIn.headers.get('set-cookie').split(';')[0]
  const { csrfToken } = await signIn.json()
  // Signing out would end the session the run uses: that route is left to the token's run.
  await schemathesis(await documentForSchemathesis('session'), ['--include-tag', 'officers', '--exclude-path', '/api/staff/logout', '-H', `Cookie: ${cookie}`, '-H', `X-CSRF-Token: ${csrfToken}`])

  const token = execFileSync(SERVER, ['token', 'add', '--institution', 'deu', '--scope', 'decide'], {
    env: { ...process.env, DATABASE_URL: `sqlite://${dir}/kz-iin.db` },
    encoding: 'utf8',
  }).trim().split('\n').at(-1)
  await schemathesis(await documentForSchemathesis('token'), ['--include-tag', 'officers', '-H', `Authorization: Bearer ${token}`])
})
