// The elements in the frameworks most portals are built with: the React 19 and the Vue 3 apps of
// tests/hosts/, each built by Vite from the packed tarball and run in Chromium. In each, the
// widget gets its `value` as a property and the app hears `kz-iin-submit`; <kz-iin-input> sits in
// the framework's own form, which the browser does not submit while the number is wrong.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, launchChromium } from './helpers.js'
import { packedApp } from '../js/helpers.js'
import { startServer } from '../../scripts/serve.js'

const apps = JSON.parse(execFileSync(process.execPath, ['-e', 'process.stdout.write(require("fs").readFileSync("tests/vectors/applications.json", "utf8"))'], { cwd: ROOT, encoding: 'utf8' }))
const base = apps.cases.find((c) => c.name === 'base').data
// What each framework needs from this project's own dev dependencies (the app installs kz-iin only).
const FRAMEWORKS = { React: ['react', 'react-dom', 'scheduler', 'vite', '@vitejs'], Vue: ['vue', '@vue', 'vite', '@vitejs'] }

let browser
before(async () => {
  browser = await launchChromium()
})
after(() => browser?.close())

/** Builds the app of tests/hosts/<name> with Vite against the packed tarball; its dist folder. */
function build(name) {
  const app = packedApp(`kz-iin-${name}-`)
  cpSync(join(ROOT, 'tests/hosts', name.toLowerCase()), app, { recursive: true })
  for (const dep of FRAMEWORKS[name]) {
    mkdirSync(join(app, 'node_modules', dep, '..'), { recursive: true })
    symlinkSync(join(ROOT, 'node_modules', dep), join(app, 'node_modules', dep), 'dir')
  }
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: app, stdio: 'pipe' })
  return join(app, 'dist')
}

for (const name of Object.keys(FRAMEWORKS)) {
  test(`${name}: the widget takes its value as a property and the app hears kz-iin-submit; <kz-iin-input> in the framework's form`, async () => {
    const dist = build(name)
    const { server, url } = await startServer({ root: dist, dirs: null })
    try {
      const page = await (await browser.newContext()).newPage()
      const errors = []
      page.on('pageerror', (e) => errors.push(String(e)))
      await page.goto(url)
      await page.waitForSelector('kz-iin-application select[name=institution]')
      // The property, not an attribute "[object Object]".
      const given = await page.evaluate(() => {
        const app = document.querySelector('kz-iin-application')
        return { institution: app.value.institution, surname: app.value.surnameLatin, attribute: app.getAttribute('value'), lang: app.shadowRoot.querySelector('.container').lang }
      })
      assert.deepEqual(given, { institution: 'deu', surname: 'Müller', attribute: null, lang: 'ru' })

      // The host form: a wrong number stops the browser's submission, with the core's message.
      await page.locator('#iin input').fill('960340000515')
      await page.locator('#host button[type=submit]').click()
      assert.match(await page.locator('#iin .error').textContent(), /check digit/)
      assert.equal(await page.locator('#iin-result').textContent(), '', 'not submitted')
      await page.locator('#iin input').fill('9603 4000 0514')
      await page.locator('#host button[type=submit]').click()
      await page.waitForFunction(() => document.getElementById('iin-result').textContent !== '')
      assert.equal(await page.locator('#iin-result').textContent(), '960340000514', 'the compacted value, through FormData')
      // The app re-rendered: what was typed into the widget is still there.
      assert.equal(await page.evaluate(() => document.querySelector('kz-iin-application').value.surnameLatin), 'Müller')

      // The widget's whole flow; the app hears kz-iin-submit with the normalised application.
      await page.locator('kz-iin-application [name=givenNameLatin]').fill('Anna')
      // The rest of the answers; what the person typed, and the app's prefill, stay as they are.
      await page.evaluate((rest) => {
        document.querySelector('kz-iin-application').value = rest
      }, Object.fromEntries(Object.entries(base).filter(([key]) => !['institution', 'surnameLatin', 'givenNameLatin'].includes(key))))
      await page.locator('kz-iin-application form button[type=submit]').click()
      await page.locator('kz-iin-application .send').click()
      await page.waitForFunction(() => document.getElementById('submitted').textContent !== '')
      const submitted = JSON.parse(await page.locator('#submitted').textContent())
      assert.equal(submitted.institution, 'deu')
      assert.equal(submitted.surnameLatin, 'Müller')
      assert.equal(submitted.givenNameLatin, 'Anna')
      assert.equal(submitted.documentNumber, base.documentNumber)
      assert.deepEqual(errors, [])
    } finally {
      server.close()
    }
  })
}
