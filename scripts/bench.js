// npm run bench: one table of speed figures, side by side, each with its unit and, against its
// baseline, the ratio. Not part of npm test (speed is not deterministic; nothing here asserts a
// time). Parts: native Rust (criterion), Node in one process (this one), the browser (Debian's
// Chromium through playwright-core), the CLI on a 1 GB file (made in a temporary folder and
// removed), the service under load on SQLite and PostgreSQL, and its memory under a burst of
// sign-ins. Every contender is first checked against the rules on the same numbers: one that
// disagrees is reported as a finding, and its time does not count.
//   node scripts/bench.js [native] [node] [browser] [cli] [service] [phone] [signin] [scale]   (default: all)
//   BENCH_SCALE_ROWS=1000000 (scale: the large database; the small one has 10,000)
//   BENCH_CLI_MB=1024 (the CLI file's size)
//   BENCH_SIGNIN_BEFORE=path/to/kz-iin-server (signin: another build measured alike, a row each)
//   BENCH_SIGNIN_BINARY=path/to/kz-iin-server (signin: this one instead of building this tree's)
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { setTimeout as sleep } from 'node:timers/promises'
import { performance } from 'node:perf_hooks'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const parts = process.argv.slice(2)
const wanted = (p) => parts.length === 0 || parts.includes(p)
const rows = []
const row = (part, what, value, unit, vs = '') => rows.push({ part, what, value, unit, vs })
const fmt = (n, digits = 3) => (n >= 100 ? Math.round(n).toLocaleString('en') : Number(n.toPrecision(digits)).toString())
const ratio = (a, b) => `${(a / b).toFixed(2)}×`

// ----- the numbers every contender checks ------------------------------------------------------

const N = 1_000_000

/** Deterministic mixed numbers and what the rules say of each (true: valid). */
async function makeNumbers(kz) {
  let state = 0x9e3779b9
  const next = () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return state >>> 0
  }
  const lines = []
  while (lines.length < N) {
    const base = String(next() % 100_000).padStart(5, '0') + String(next() % 1_000_000).padStart(6, '0')
    const check = kz.checkDigit(base)
    const kind = next() % 20
    if (check === null) lines.push(base + String(next() % 10)) // unissuable: no digit makes it valid
    else if (kind === 0) lines.push(base + String((check + 1 + (next() % 9)) % 10)) // a wrong check digit
    else if (kind === 1) lines.push(base) // 11 digits
    else if (kind === 2) lines.push(`${base.slice(0, 6)}O${base.slice(7)}${check}`) // a letter O for a zero
    else lines.push(base + String(check))
  }
  return lines
}

// The weights of the two cycles, position by position.
const W1 = Int32Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
const W2 = Int32Array.of(3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)

/**
 * The careful pure-JS validator the issue asks for: one pass, charCodeAt (or bytes), no split,
 * no allocation per number; the newline found with the engine's own indexOf; 1 for valid.
 */
function pureJsMany(text, out) {
  const len = text.length
  let line = 0
  for (let i = 0; i < len; ) {
    let end = text.indexOf('\n', i)
    if (end < 0) end = len
    out[line++] = end - i === 12 ? pureJsDigits((k) => text.charCodeAt(i + k)) : 0
    i = end + 1
  }
  return line
}

/** The same over bytes. */
function pureJsManyBytes(bytes, out) {
  const len = bytes.length
  let line = 0
  for (let i = 0; i < len; ) {
    let end = bytes.indexOf(10, i)
    if (end < 0) end = len
    out[line++] = end - i === 12 ? pureJsDigits((k) => bytes[i + k]) : 0
    i = end + 1
  }
  return line
}

/** 1 when the 12 characters `at(0..12)` are digits with a matching check digit, else 0. */
function pureJsDigits(at) {
  let s1 = 0
  let s2 = 0
  for (let k = 0; k < 11; k++) {
    const d = at(k) - 48
    if (d < 0 || d > 9) return 0
    s1 += d * W1[k]
    s2 += d * W2[k]
  }
  const last = at(11) - 48
  if (last < 0 || last > 9) return 0
  let r = s1 % 11
  if (r === 10) r = s2 % 11
  return r === last ? 1 : 0
}

/** One number, the pure-JS way. */
function pureJsOne(s) {
  return typeof s === 'string' && s.length === 12 && pureJsDigits((k) => s.charCodeAt(k)) === 1
}

/** Median time of `runs` runs of `fn`, in milliseconds. */
function time(fn, runs = 7) {
  fn() // warm-up
  const t = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    t.push(performance.now() - start)
  }
  t.sort((a, b) => a - b)
  return t[Math.floor(t.length / 2)]
}

function disagreements(expected, got) {
  const bad = []
  for (let i = 0; i < expected.length; i++) if (Boolean(expected[i]) !== Boolean(got[i])) bad.push(i)
  return bad
}

// ----- native ---------------------------------------------------------------------------------

function estimate(group, name, target = 'target') {
  const dir = join(ROOT, target, 'criterion', group)
  const sub = readdirSync(dir).find((d) => d.replace(/_/g, ':').startsWith(name.replace(/_/g, ':')))
  return JSON.parse(readFileSync(join(dir, sub, 'new/estimates.json'), 'utf8')).median.point_estimate // ns
}

function native() {
  console.error('[bench] native: cargo bench (criterion)…')
  const r = spawnSync('cargo', ['bench', '--quiet', '--bench', 'batch', '--', '--warm-up-time', '2', '--measurement-time', '6'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] })
  if (r.status !== 0) throw new Error('cargo bench failed')
  const single = estimate('single', 'Iin::parse') / 1024 // ns per number
  const batch = estimate('buffer', 'check_lines') // ns per 1 M lines
  const read = estimate('buffer', 'memory_read')
  const bytes = N * 13
  row('native', 'Iin::parse, one number at a time', 1e3 / single, 'M IIN/s')
  row('native', 'batch::check_lines, 1 M lines (13 MB)', (N / batch) * 1e3, 'M IIN/s')
  row('native', 'batch::check_lines, bytes', bytes / batch, 'GB/s', `takes ${ratio(batch, read)} a plain read's time`)
  row('native', 'plain memory read of the same buffer', bytes / read, 'GB/s', 'the limit')

  // The same code for this machine's CPU (AVX2 here) rather than the x86-64 baseline (SSE2):
  // what a server built with RUSTFLAGS="-C target-cpu=native" gets. Its own target dir, so the
  // ordinary build is not rebuilt.
  // (criterion writes its estimates under CARGO_TARGET_DIR, not under --target-dir.)
  const tuned = spawnSync('cargo', ['bench', '--quiet', '--bench', 'batch', '--', 'buffer/', '--warm-up-time', '2', '--measurement-time', '6'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, RUSTFLAGS: '-C target-cpu=native', CARGO_TARGET_DIR: join(ROOT, 'target/native-cpu') },
  })
  if (tuned.status !== 0) throw new Error('cargo bench (target-cpu=native) failed')
  const tunedBatch = estimate('buffer', 'check_lines', 'target/native-cpu')
  const tunedRead = estimate('buffer', 'memory_read', 'target/native-cpu')
  row('native', 'batch::check_lines, built with -C target-cpu=native', (N / tunedBatch) * 1e3, 'M IIN/s', `takes ${ratio(tunedBatch, tunedRead)} a plain read's time`)
}

// ----- Node -----------------------------------------------------------------------------------

async function loadInnValidate() {
  // inn-validate 1.0.1 does not load in Node as published (a directory import, which Node's ESM
  // refuses): load a copy with the import path completed, as a user would have to.
  const dir = mkdtempSync(join(tmpdir(), 'inn-validate-'))
  const dist = join(ROOT, 'node_modules/inn-validate/dist')
  mkdirSync(join(dir, 'interfaces'))
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}')
  writeFileSync(join(dir, 'index.js'), readFileSync(join(dist, 'index.js'), 'utf8').replace('"./interfaces"', '"./interfaces/index.js"'))
  writeFileSync(join(dir, 'interfaces/index.js'), readFileSync(join(dist, 'interfaces/index.js'), 'utf8'))
  const mod = await import(join(dir, 'index.js'))
  rmSync(dir, { recursive: true })
  return mod
}

async function node() {
  console.error('[bench] node: 1 M numbers…')
  const kz = await import('kz-iin')
  const lines = await makeNumbers(kz)
  const text = lines.join('\n') + '\n'
  const dir = mkdtempSync(join(tmpdir(), 'kz-iin-bench-'))
  writeFileSync(join(dir, 'numbers.txt'), text)
  const bytes = new Uint8Array(readFileSync(join(dir, 'numbers.txt')))
  rmSync(dir, { recursive: true })

  // The rules' verdicts, from the core one number at a time.
  const expected = lines.map((l) => (kz.validateIin(l).valid ? 1 : 0))
  const out = new Uint8Array(N + 1)
  const check = (name, got) => {
    const bad = disagreements(expected, got)
    if (bad.length) throw new Error(`${name} disagrees with the rules on ${bad.length} numbers, e.g. ${lines[bad[0]]}`)
  }
  pureJsMany(text, out)
  check('pure JS (string)', out.subarray(0, N))
  pureJsManyBytes(bytes, out)
  check('pure JS (bytes)', out.subarray(0, N))
  check('validateMany (string)', [...kz.validateMany(text)].map((c) => (c === 0 ? 1 : 0)))
  check('validateMany (bytes)', [...kz.validateMany(bytes)].map((c) => (c === 0 ? 1 : 0)))
  check('pure JS (one)', lines.map((l) => (pureJsOne(l) ? 1 : 0)))

  const jsText = time(() => pureJsMany(text, out))
  const jsBytes = time(() => pureJsManyBytes(bytes, out))
  const wasmText = time(() => kz.validateMany(text))
  const wasmBytes = time(() => kz.validateMany(bytes))
  row('node', 'pure JS, one pass over a string (1 M lines)', N / jsText / 1e3, 'M IIN/s', 'baseline')
  row('node', 'validateMany(string)', N / wasmText / 1e3, 'M IIN/s', `${ratio(jsText, wasmText)} pure JS`)
  row('node', 'pure JS, one pass over bytes read from a file', N / jsBytes / 1e3, 'M IIN/s', 'baseline')
  row('node', 'validateMany(Uint8Array from a file)', N / wasmBytes / 1e3, 'M IIN/s', `${ratio(jsBytes, wasmBytes)} pure JS`)

  const sample = lines.slice(0, 200_000)
  let sink = 0
  const perJs = time(() => { for (const l of sample) sink += pureJsOne(l) ? 1 : 0 }, 5) / sample.length
  const perCall = time(() => { for (const l of sample) sink += kz.validateIin(l).valid ? 1 : 0 }, 5) / sample.length
  // The boundary alone: the core's packed code, no result object built.
  const core = await import('../dist/pkg/iin/kz_iin.js')
  const perRaw = time(() => { for (const l of sample) sink += core.check(l, 0) & 15 ? 0 : 1 }, 5) / sample.length
  row('node', 'pure JS, one number per call', 1e6 * perJs, 'ns/call', 'baseline')
  row('node', 'validateIin (result object built in JS)', 1e6 * perCall, 'ns/call', `takes ${ratio(perCall, perJs)} pure JS's time`)
  row('node', 'core check() alone (packed code across the boundary)', 1e6 * perRaw, 'ns/call', `takes ${ratio(perRaw, perJs)} pure JS's time`)

  // Published validators from npm, held to the same numbers first.
  const inn = await loadInnValidate()
  const innVerdicts = lines.map((l) => (inn.validateINN({ identificationNumber: l }) ? 1 : 0))
  const bad = disagreements(expected, innVerdicts)
  if (bad.length) {
    const wrong = lines[bad.find((i) => expected[i] === 0)] ?? lines[bad[0]]
    row('node', 'inn-validate 1.0.1 (npm)', bad.length, 'disagreements', `not timed: it calls ${wrong} valid (it never compares the check digit)`)
  } else {
    const t = time(() => { for (const l of sample) sink += inn.validateINN({ identificationNumber: l }) ? 1 : 0 }, 5) / sample.length
    row('node', 'inn-validate 1.0.1 (npm)', 1e6 * t, 'ns/call', `takes ${ratio(t, perJs)} pure JS's time`)
  }
  if (sink < 0) console.log(sink)
}

// ----- browser --------------------------------------------------------------------------------

async function browser() {
  console.error('[bench] browser: Chromium…')
  const { startServer } = await import('./serve.js')
  const { launchChromium } = await import('../tests/browser/helpers.js')
  const apps = JSON.parse(readFileSync(join(ROOT, 'tests/vectors/applications.json'), 'utf8'))
  const base = apps.cases.find((c) => c.name === 'base').data
  const { server, url } = await startServer()
  const chromium = await launchChromium()
  try {
    const ready = []
    for (let i = 0; i < 15; i++) {
      const context = await chromium.newContext()
      const page = await context.newPage()
      await page.goto(`${url}/www/index.html`)
      await page.waitForSelector('kz-iin-application select[name=institution]')
      // From navigation start to the widget's mark: its form rendered, ready to type into.
      ready.push(await page.evaluate(() => performance.getEntriesByName('kz-iin-application-ready')[0].startTime))
      await context.close()
    }
    ready.sort((a, b) => a - b)
    row('browser', 'navigation → application form ready to type into', ready[Math.floor(ready.length / 2)], 'ms', 'median of 15 cold loads')

    const page = await (await chromium.newContext()).newPage()
    const cdp = await page.context().newCDPSession(page)
    await page.goto(`${url}/www/index.html`)
    await page.waitForSelector('kz-iin-application select[name=institution]')
    const memory = async () => {
      await cdp.send('HeapProfiler.collectGarbage')
      return page.evaluate(async () => ({
        heap: performance.memory.usedJSHeapSize,
        wasm: (await import('../dist/pkg/form/kz_iin.js')).wasmMemoryBytes(),
      }))
    }
    const m0 = await memory()
    // Chromium rounds performance.now() to 100 µs outside cross-origin isolation: time batches
    // of 25 validations and take each batch's mean as one sample.
    // Two phases: soon after load (200 calls: V8 may still run the module's baseline code) and in
    // the steady state (2,000 calls more: its optimising tier), as a page is while the person types.
    const phases = await page.evaluate(async ({ base, today }) => {
      const kz = await import('../dist/index.js')
      const measure = (warmUp) => {
        for (let i = 0; i < warmUp; i++) kz.validateApplication(base, { today, lang: 'ru' })
        const t = []
        for (let batch = 0; batch < 40; batch++) {
          const start = performance.now()
          for (let i = 0; i < 25; i++) kz.validateApplication({ ...base, purpose: `${base.purpose} ${i}` }, { today, lang: 'ru' })
          t.push((performance.now() - start) / 25)
        }
        return t.sort((a, b) => a - b)
      }
      return [measure(200), measure(2000)]
    }, { base, today: apps.today })
    const m1 = await memory()
    const q = (times, p) => times[Math.min(times.length - 1, Math.floor(p * times.length))] * 1000
    const [early, steady] = phases
    row('browser', 'validateApplication, a full application, after 200 calls: median', q(early, 0.5), 'µs', '40 batches of 25 runs')
    row('browser', 'validateApplication, the steady state (2,000 calls more): median', q(steady, 0.5), 'µs', '40 batches of 25 runs')
    row('browser', 'validateApplication, the steady state: p95 of the batch means', q(steady, 0.95), 'µs')
    row('browser', 'JS heap after load', m0.heap / 1e6, 'MB')
    row('browser', 'JS heap after those 4,200 validations', m1.heap / 1e6, 'MB', `${m1.heap >= m0.heap ? '+' : ''}${fmt((m1.heap - m0.heap) / 1e3)} KB`)
    row('browser', 'WebAssembly memory after load', m0.wasm / 1e6, 'MB', 'linear memory')
    row('browser', 'WebAssembly memory after those 4,200 validations', m1.wasm / 1e6, 'MB', `${m1.wasm >= m0.wasm ? '+' : ''}${fmt((m1.wasm - m0.wasm) / 1e3)} KB`)
  } finally {
    await chromium.close()
    server.close()
  }
}

// ----- a phone -----------------------------------------------------------------------------------

/**
 * A mid-range phone (Chromium, CPU slowed 4×, a 360 × 740 touch screen) on Fast 4G and on Slow
 * 3G, cold (an empty cache) and warm (the same page again): the service's /apply page (the form
 * rendered on the server, then the widget's script) next to a static page holding the same form
 * (the same page without its scripts), served gzipped with validators and the page's own
 * headers. Two times from the start of navigation: the form in place (the first frame whose DOM
 * holds the whole form: a person can read and type), and, for the service's page, the widget
 * ready (its `kz-iin-application-ready` mark: checks live), next to the static page's load.
 */
async function phone() {
  console.error('[bench] phone: building the service (profile server)…')
  execFileSync('cargo', ['build', '--quiet', '--profile', 'server', '-p', 'kz-iin-server'], { cwd: ROOT, stdio: 'inherit' })
  const { createServer } = await import('node:http')
  const { gzipSync } = await import('node:zlib')
  const { createHash } = await import('node:crypto')
  const { launchChromium, startService } = await import('../tests/browser/helpers.js')
  const dir = mkdtempSync(join(tmpdir(), 'kz-iin-phone-'))
  const service = await startService(`sqlite://${dir}/kz-iin.db`, { LOG: 'warn' })
  // The static page: the service's page for the same language, its scripts and preloads removed.
  const served = await fetch(`${service.url}/apply?lang=ru`)
  // The static copy is sent with the page's own headers (its policy, and its isolation: a page
  // with Cross-Origin-Opener-Policy starts in a process of its own, which a copy without it
  // would not pay for), but its own body, validators and compression.
  const own = Object.fromEntries([...served.headers].filter(([name]) => !['content-encoding', 'content-length', 'etag', 'vary', 'date', 'cache-control', 'content-type'].includes(name)))
  const html = (await served.text()).replace(/<link rel="(module)?preload"[^>]*>/g, '').replace(/<script[^>]*><\/script>/g, '').replace(/<link rel="icon"[^>]*>/, '')
  const body = gzipSync(html, { level: 9 })
  const etag = `"${createHash('sha256').update(html).digest('hex').slice(0, 16)}"`
  const modified = new Date().toUTCString()
  const statics = createServer((req, res) => {
    const headers = { ...own, 'content-type': 'text/html; charset=utf-8', etag, 'last-modified': modified, 'cache-control': 'no-cache' }
    if (req.headers['if-none-match'] === etag) return res.writeHead(304, headers).end()
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length }).end(body)
  })
  await new Promise((resolve) => statics.listen(0, '127.0.0.1', resolve))
  const staticUrl = `http://127.0.0.1:${statics.address().port}/`
  row('phone', 'the page (ru): the service\'s, brotli / the static copy, gzip', Buffer.byteLength(html) / 1e3, 'KB raw', `${fmt(body.length / 1e3)} KB gzipped`)
  const chromium = await launchChromium()
  // Before any of the page's scripts: note the first frame whose DOM holds the whole form.
  const watch = `(() => {
    const look = () => {
      const root = document.querySelector('kz-iin-application')?.shadowRoot
      if (root?.querySelector('form button[type=submit]')) window.__formInPlace = performance.now()
      else requestAnimationFrame(look)
    }
    requestAnimationFrame(look)
  })()`
  const networks = {
    'Fast 4G': { latency: 150, downloadThroughput: 9e6 / 8, uploadThroughput: 1.5e6 / 8 },
    'Slow 3G': { latency: 400, downloadThroughput: 400e3 / 8, uploadThroughput: 400e3 / 8 },
  }
  const RUNS = Number(process.env.BENCH_PHONE_RUNS ?? 9)
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  /** One load of `url` in `page` (cold or warm): the two times, in ms. */
  const load = async (page, url, widget) => {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
    if (widget) await page.waitForFunction(() => performance.getEntriesByName('kz-iin-application-ready').length > 0, null, { timeout: 120_000 })
    await page.waitForFunction(() => window.__formInPlace !== undefined, null, { timeout: 120_000 })
    return page.evaluate((widget) => ({
      form: window.__formInPlace,
      ready: widget ? performance.getEntriesByName('kz-iin-application-ready')[0].startTime : performance.getEntriesByType('navigation')[0].loadEventEnd,
    }), widget)
  }
  try {
    for (const [network, conditions] of Object.entries(networks)) {
      const times = {}
      const pages = [['service', `${service.url}/apply?lang=ru`, true], ['static', staticUrl, false]]
      for (const [name] of pages) for (const run of ['cold', 'warm']) times[`${name} ${run}`] = { form: [], ready: [] }
      // The two pages in turn, so that the machine's drifts weigh on both alike.
      for (let i = 0; i < RUNS; i++) {
        for (const [name, url, widget] of pages) {
          console.error(`[bench] phone: ${network}, ${name}, run ${i + 1} of ${RUNS}…`)
          const context = await chromium.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })
          const page = await context.newPage()
          const cdp = await context.newCDPSession(page)
          await cdp.send('Network.enable')
          await cdp.send('Network.emulateNetworkConditions', { offline: false, ...conditions })
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
          await page.addInitScript(watch)
          for (const run of ['cold', 'warm']) {
            const t = await load(page, url, widget)
            times[`${name} ${run}`].form.push(t.form)
            times[`${name} ${run}`].ready.push(t.ready)
            if (run === 'cold') await page.goto('about:blank')
          }
          await context.close()
        }
      }
      for (const run of ['cold', 'warm']) {
        const ours = times[`service ${run}`]
        const theirs = times[`static ${run}`]
        const [form, staticForm] = [median(ours.form), median(theirs.form)]
        const [ready, staticLoad] = [median(ours.ready), median(theirs.ready)]
        row('phone', `${network}, ${run}: the form in place (the static page: ${fmt(staticForm)} ms)`, form, 'ms', `${ratio(form, staticForm)} the static page (goal 1.1×)`)
        row('phone', `${network}, ${run}: the widget ready (the static page loaded: ${fmt(staticLoad)} ms)`, ready, 'ms', `${ratio(ready, staticLoad)} the static page (goal ${network === 'Slow 3G' ? '1.5' : '1.1'}×)`)
      }
    }
  } finally {
    await chromium.close()
    statics.close()
    service.child.kill()
    rmSync(dir, { recursive: true, force: true })
  }
}

// ----- CLI ------------------------------------------------------------------------------------

async function cli() {
  const mb = Number(process.env.BENCH_CLI_MB ?? 1024)
  console.error(`[bench] cli: kz-iin validate on a ${mb} MB file…`)
  const kz = await import('kz-iin')
  const block = Buffer.from((await makeNumbers(kz)).slice(0, 80_000).join('\n') + '\n')
  const dir = mkdtempSync(join(tmpdir(), 'kz-iin-cli-'))
  const file = join(dir, 'numbers.txt')
  try {
    const out = createWriteStream(file)
    for (let written = 0; written < mb * 1024 * 1024; written += block.length) {
      if (!out.write(block)) await once(out, 'drain')
    }
    out.end()
    await once(out, 'close')
    const size = statSync(file).size
    // Python's getrusage gives the child's peak resident memory; the output goes to /dev/null.
    const measure = `import resource, subprocess, sys, time
t = time.perf_counter()
r = subprocess.run(["node", "dist/cli.js", "validate", sys.argv[1]], stdout=subprocess.DEVNULL)
print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, r.returncode)`
    const [seconds, kb, status] = execFileSync('python3', ['-c', measure, file], { cwd: ROOT, encoding: 'utf8' }).trim().split(' ').map(Number)
    if (status !== 1) throw new Error(`kz-iin validate exited ${status} (expected 1: the file has invalid lines)`)
    row('cli', `kz-iin validate, ${fmt(size / 1e9)} GB file (${fmt(size / 13 / 1e6)} M lines)`, size / seconds / 1e6, 'MB/s', `${fmt(seconds)} s`)
    row('cli', 'kz-iin validate: peak resident memory', kb / 1024, 'MB', `the file is ${fmt(size / 1e6)} MB: it streams`)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// ----- the service ------------------------------------------------------------------------------

/**
 * The service (server/) under 64 concurrent clients, on SQLite and on a throw-away PostgreSQL
 * cluster, next to a bare durable insert of the same row into the same database: the limit.
 * server/examples/load.rs does the work and prints its figures as JSON.
 */
async function service() {
  console.error('[bench] service: building the load example (profile server)…')
  // The example, and the binary its three-process part starts.
  execFileSync('cargo', ['build', '--quiet', '--profile', 'server', '-p', 'kz-iin-server', '--example', 'load', '--bin', 'kz-iin-server'], { cwd: ROOT, stdio: 'inherit' })
  const load = join(ROOT, 'target/server/examples/load')
  const seconds = process.env.BENCH_SERVICE_SECONDS ?? '8'
  for (const database of ['sqlite', 'postgres']) {
    console.error(`[bench] service: ${database}, 64 clients for ${seconds} s…`)
    const command = database === 'sqlite' ? [load, database, seconds] : ['bash', 'scripts/with-postgres.sh', load, database, seconds]
    const out = execFileSync(command[0], command.slice(1), { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    const r = JSON.parse(out.trim().split('\n').at(-1))
    const name = database === 'sqlite' ? 'SQLite (WAL, synchronous=FULL)' : 'PostgreSQL (fsync on)'
    row('service', `${name}: a bare durable insert of the same row, 64 tasks`, r.bare.per_s, 'rows/s', `p50 ${fmt(r.bare.p50_ms)} ms, p99 ${fmt(r.bare.p99_ms)} ms: the limit`)
    row('service', `${name}: POST /api/applications, 64 clients`, r.service.per_s, 'accepted/s', `${ratio(r.service.per_s, r.bare.per_s)} the limit; p50 ${fmt(r.service.p50_ms)} ms, p99 ${fmt(r.service.p99_ms)} ms`)
    if (r.three) row('service', `${name}: POST /api/applications, 64 clients over three processes`, r.three.per_s, 'accepted/s', `${ratio(r.three.per_s, r.service.per_s)} one process; p50 ${fmt(r.three.p50_ms)} ms, p99 ${fmt(r.three.p99_ms)} ms`)
  }
}

// ----- sign-ins ---------------------------------------------------------------------------------

/**
 * A figure of /proc/PID/status in MiB (VmRSS: resident now; VmHWM: the peak since start); NaN
 * when the process is gone (a sampler must not throw from its timer).
 */
function procMiB(pid, key) {
  let text
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8')
  } catch {
    return NaN
  }
  const found = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)
  return found ? Number(found[1]) / 1024 : NaN
}

/**
 * The service's memory under a burst of sign-ins: BURST at once, each with a wrong password, so
 * that each costs one argon2id verification (~19 MiB of memory while it runs). Each comes from
 * its own address (X-Forwarded-For, trusted) and the logins are spread over the officers, so
 * that neither throttle (20 failures per address, 5 per login) refuses one before it is
 * verified: the burst is what a crowd of officers, or an attacker with many addresses, sends.
 * Peak RSS (the kernel's VmHWM) against idle, for this tree's build and, with
 * BENCH_SIGNIN_BEFORE, another build side by side.
 */
async function signin() {
  const binaries = []
  if (process.env.BENCH_SIGNIN_BEFORE) binaries.push(['before', process.env.BENCH_SIGNIN_BEFORE])
  if (process.env.BENCH_SIGNIN_BINARY) {
    binaries.push(['BENCH_SIGNIN_BINARY', process.env.BENCH_SIGNIN_BINARY])
  } else {
    console.error('[bench] signin: building the service (profile server)…')
    execFileSync('cargo', ['build', '--quiet', '--profile', 'server', '-p', 'kz-iin-server'], { cwd: ROOT, stdio: 'inherit' })
    binaries.push(['this tree', join(ROOT, 'target/server/kz-iin-server')])
  }
  for (const [name, binary] of binaries) {
    if (!existsSync(binary)) throw new Error(`signin: no binary at ${binary}`)
    await signinBurst(name, binary)
  }
}

async function signinBurst(name, binary) {
  const BURST = 500
  const OFFICERS = 100
  // The officers' password. The burst sends it with a '!' more, wrong on purpose: a failure is
  // what the throttles count, and it costs the same verification as a success.
  const PASSWORD = 'correct horse battery'
  if (Math.ceil(BURST / OFFICERS) > 5) throw new Error('signin: more than 5 attempts per login would be throttled before verification')
  const dir = mkdtempSync(join(tmpdir(), 'kz-iin-signin-'))
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite://${dir}/kz-iin.db`,
    PORT: '0',
    STATIC_ROOT: ROOT,
    LOG: 'warn',
    TRUST_PROXY: 'true',
    // The per-address request limits of newer builds, off: the burst is to reach verification
    // (an older build ignores variables it does not know).
    RATE_LIMIT_PER_MINUTE: '0',
    RATE_LIMIT_GLOBAL_PER_MINUTE: '0',
  }
  let child = null
  const logged = { count: 0, last: [] }
  try {
    // One process per officer, as an administrator would: each hashes its password (argon2id).
    console.error(`[bench] signin: ${name}: adding ${OFFICERS} officers…`)
    const added = performance.now()
    for (let i = 0; i < OFFICERS; i++) {
      const r = spawnSync(binary, ['staff', 'add', '--institution', 'deu', '--login', `bench${i}`], { env, input: `${PASSWORD}\n`, stdio: ['pipe', 'ignore', 'inherit'] })
      if (r.status !== 0) throw new Error(`signin: staff add bench${i} exited ${r.status ?? r.signal}`)
    }
    const addedMs = performance.now() - added
    console.error(`[bench] signin: ${name}: ${OFFICERS} officers added in ${fmt(addedMs / 1e3)} s (${fmt(addedMs / OFFICERS)} ms each)`)

    child = spawn(binary, ['serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    // Its log, kept rather than shown: under the burst it warns once per slow database
    // connection, hundreds of lines; the count and the last lines are told at the end.
    createInterface({ input: child.stderr }).on('line', (line) => {
      logged.count++
      logged.last = [...logged.last.slice(-4), line]
    })
    const url = await new Promise((resolve, reject) => {
      child.once('error', reject)
      child.once('exit', (code, signal) => reject(new Error(`signin: kz-iin-server exited with ${code ?? signal} before printing its URL:\n${logged.last.join('\n')}`)))
      createInterface({ input: child.stdout }).on('line', (line) => {
        const match = /^kz-iin-server: (http:\/\/\S+)\/www\/$/.exec(line)
        if (match) resolve(match[1])
      })
    })
    // Settled: the static files read, the first connections open, the start's allocations freed.
    await sleep(1000)
    const idle = procMiB(child.pid, 'VmRSS')

    // VmHWM is the kernel's own peak; the samples are the fallback should it be missing.
    let sampled = idle
    const sampler = setInterval(() => {
      const now = procMiB(child.pid, 'VmRSS')
      if (now > sampled) sampled = now
    }, 20)
    const statuses = new Map()
    const started = performance.now()
    // Node's fetch (undici) opens as many connections to one origin as there are requests in
    // flight (no per-origin limit by default): the 500 arrive at once.
    await Promise.all(Array.from({ length: BURST }, async (_, i) => {
      let status
      try {
        const r = await fetch(`${url}/api/staff/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `127.1.${i >> 8}.${i & 255}` },
          body: JSON.stringify({ login: `bench${i % OFFICERS}`, password: `${PASSWORD}!`, code: '000000' }),
          signal: AbortSignal.timeout(300_000),
        })
        await r.arrayBuffer()
        status = String(r.status)
      } catch (e) {
        status = `error ${e.cause?.code ?? e.name}`
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
    }))
    const wall = performance.now() - started
    clearInterval(sampler)
    const counts = [...statuses].sort(([a], [b]) => a.localeCompare(b)).map(([s, n]) => `${s}×${n}`).join(', ')
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`signin: ${name}: kz-iin-server died in the burst (${child.exitCode ?? child.signalCode}; ${counts})`)
    const hwm = procMiB(child.pid, 'VmHWM')
    const peak = Number.isNaN(hwm) ? sampled : hwm
    row('signin', `${name}: idle RSS`, idle, 'MiB', '1 s after start')
    row('signin', `${name}: peak RSS, ${BURST} concurrent sign-ins`, peak, 'MiB', `${Number.isNaN(hwm) ? 'sampled' : 'VmHWM'}; sampled every 20 ms: ${fmt(sampled)} MiB`)
    row('signin', `${name}: peak above idle`, peak - idle, 'MiB', `goal < 256 MiB above idle; ${counts}`)
    row('signin', `${name}: the burst's wall time`, wall / 1e3, 's', `${BURST} wrong passwords over ${OFFICERS} officers, ${BURST} addresses`)
  } finally {
    if (child?.pid && child.exitCode === null && child.signalCode === null) {
      const gone = once(child, 'exit')
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await gone
      clearTimeout(timer)
    }
    if (logged.count) console.error(`[bench] signin: ${name}: the service logged ${logged.count} lines, the last:\n${logged.last.join('\n')}`)
    rmSync(dir, { recursive: true, force: true })
  }
}

// ----- the service at scale ---------------------------------------------------------------------

/**
 * The officers' reads, a decision and submissions at 64 clients on a database of 10,000 and of
 * 1,000,000 applications, on SQLite and PostgreSQL side by side, and submissions while retention
 * erases the 10% due. server/examples/scale.rs does the work and prints its figures as JSON.
 */
async function scale() {
  console.error('[bench] scale: building the scale example (profile server)…')
  execFileSync('cargo', ['build', '--quiet', '--profile', 'server', '-p', 'kz-iin-server', '--example', 'scale'], { cwd: ROOT, stdio: 'inherit' })
  const example = join(ROOT, 'target/server/examples/scale')
  const large = process.env.BENCH_SCALE_ROWS ?? '1000000'
  const seconds = process.env.BENCH_SCALE_SECONDS ?? '3'
  const runs = {}
  for (const database of ['sqlite', 'postgres']) {
    for (const rows of ['10000', large]) {
      console.error(`[bench] scale: ${database}, ${rows} applications…`)
      const command = database === 'sqlite' ? [example, database, rows, seconds] : ['bash', 'scripts/with-postgres.sh', example, database, rows, seconds]
      const out = execFileSync(command[0], command.slice(1), { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
      runs[`${database} ${rows}`] = JSON.parse(out.trim().split('\n').at(-1))
    }
  }
  const reads = [['queue_first', "the queue's first page"], ['queue_deep', 'a page 100,000 lines deep (cursor)'], ['receipt', 'a receipt found'], ['application', "an application's page"], ['decision', 'a decision (refusal)'], ['submit', 'POST /api/applications'], ['submit_during_retention', 'POST /api/applications during retention']]
  for (const database of ['sqlite', 'postgres']) {
    const small = runs[`${database} 10000`]
    const big = runs[`${database} ${large}`]
    const name = database === 'sqlite' ? 'SQLite' : 'PostgreSQL'
    for (const [key, what] of reads) {
      // Decisions at 10,000 rows end when its few hundred undecided applications do: say how many.
      const few = small[key].samples < 1000 ? `, ${small[key].samples} measured` : ''
      row('scale', `${name}: ${what}, p99 at ${Number(large).toLocaleString('en')} rows`, big[key].p99_ms, 'ms', `${fmt(small[key].p99_ms)} ms at 10,000${few} (${ratio(big[key].p99_ms, small[key].p99_ms)}); ${fmt(big[key].per_s)}/s`)
    }
    row('scale', `${name}: retention over ${big.retention.erased.toLocaleString('en')} due rows`, big.retention.seconds, 's', `${big.retention.failed} failed; batches of 200`)
    if (big.file_bytes) row('scale', `${name}: the file per application`, big.file_bytes / big.rows, 'bytes', `${fmt(big.file_bytes / 1e6)} MB for ${big.rows.toLocaleString('en')}`)
  }
}

// ----- run and print --------------------------------------------------------------------------

const cpu = cpus()[0]?.model ?? 'unknown CPU'
// The parts that load the package or serve its pages need it built (native, service and signin do not).
if (['node', 'browser', 'cli', 'phone'].some(wanted) && !existsSync(join(ROOT, 'dist/pkg/form/kz_iin_bg.wasm'))) throw new Error('build first: npm run build')
if (wanted('native')) native()
if (wanted('node')) await node()
if (wanted('browser')) await browser()
if (wanted('cli')) await cli()
if (wanted('service')) await service()
if (wanted('phone')) await phone()
if (wanted('signin')) await signin()
if (wanted('scale')) await scale()

const header = ['part', 'what', 'figure', 'unit', 'side by side']
const table = rows.map((r) => [r.part, r.what, fmt(r.value), r.unit, r.vs])
const widths = header.map((h, i) => Math.max(h.length, ...table.map((t) => String(t[i]).length)))
const line = (cells) => `| ${cells.map((c, i) => (i === 2 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join(' | ')} |`
console.log(`\nkz-iin benchmarks — ${cpu}, ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`)
console.log(line(header))
console.log(`|${widths.map((w, i) => (i === 2 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`)
for (const t of table) console.log(line(t))
