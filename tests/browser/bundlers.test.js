// The packed tarball in a fresh app, built by Vite and by webpack 5 with no configuration of
// theirs for WebAssembly, then served and loaded in Chromium: `import { validateIin } from
// 'kz-iin'` must work with no init call.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, launchChromium } from './helpers.js'
import { packedApp } from '../js/helpers.js'
import { startServer } from '../../scripts/serve.js'

let app
let browser

before(async () => {
  // Only kz-iin is installed in the app; the bundlers run from this project's own dev dependencies.
  app = packedApp('kz-iin-app-')
  mkdirSync(join(app, 'src'))
  writeFileSync(
    join(app, 'src/main.js'),
    `import { validateIin } from 'kz-iin'
import 'kz-iin/elements'
document.getElementById('out').textContent = JSON.stringify([validateIin('900101300811'), validateIin('1', { lang: 'ru' }).message])
`,
  )
  const widgets = '<form id="host"><label for="iin">IIN</label><kz-iin-input id="iin" name="iin" lang="kk"></kz-iin-input></form><kz-iin-application lang="ru"></kz-iin-application>'
  const html = (script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title>${script}</head><body><p id="out"></p>${widgets}</body></html>`
  writeFileSync(join(app, 'index.html'), html('<script type="module" src="./src/main.js"></script>'))
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', 'dist-vite', '--logLevel', 'error'], { cwd: app })
  writeFileSync(
    join(app, 'webpack.config.cjs'),
    `module.exports = { mode: 'production', entry: './src/main.js', output: { path: __dirname + '/dist-webpack', filename: 'main.js' } }`,
  )
  execFileSync(process.execPath, [join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--config', 'webpack.config.cjs'], { cwd: app })
  writeFileSync(join(app, 'dist-webpack/index.html'), html('<script type="module" src="./main.js"></script>'))
  // No bundler at all: the package's own modules, straight from node_modules.
  writeFileSync(join(app, 'plain.html'), html('<script type="module" src="./node_modules/kz-iin/dist/elements.js"></script><script type="module" src="./plain.js"></script>'))
  writeFileSync(
    join(app, 'plain.js'),
    `import { validateIin } from './node_modules/kz-iin/dist/index.js'
document.getElementById('out').textContent = JSON.stringify([validateIin('900101300811'), validateIin('1', { lang: 'ru' }).message])
`,
  )
  browser = await launchChromium()
})
after(() => browser?.close())

for (const [name, dist, path] of [['Vite', 'dist-vite', '/'], ['webpack 5', 'dist-webpack', '/'], ['plain <script type="module">', '.', '/plain.html']]) {
  test(`a ${name} page loads the module, validates, and runs both elements`, async () => {
    assert.ok(readdirSync(join(app, dist), { recursive: true }).some((f) => f.endsWith('.wasm')), `${dist} holds the .wasm`)
    const { server, url } = await startServer({ root: join(app, dist), dirs: null })
    try {
      const page = await (await browser.newContext()).newPage()
      const errors = []
      page.on('pageerror', (e) => errors.push(String(e)))
      await page.goto(`${url}${path}`)
      await page.waitForFunction(() => document.getElementById('out').textContent !== '')
      const [valid, message] = JSON.parse(await page.textContent('#out'))
      assert.deepEqual(valid, { valid: true, value: '900101300811', birth: { date: '1990-01-01', sex: 'male' } })
      assert.equal(message, 'ИИН должен состоять из 12 цифр, а введено: 1')
      // <kz-iin-input>: one field validated by the core, in Kazakh.
      await page.locator('#iin input').fill('960340000515')
      assert.match(await page.evaluate(() => document.getElementById('iin').validationMessage), /бақылау разряды/)
      // <kz-iin-application>: a failed submit shows the summary, in Russian.
      await page.locator('kz-iin-application button[type=submit]').click()
      assert.equal(await page.locator('kz-iin-application .summary h2').textContent(), 'В заявлении есть ошибки')
      assert.deepEqual(errors, [])
    } finally {
      server.close()
    }
  })
}
