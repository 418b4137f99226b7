// Writes the book's images into docs/src/screenshots/: <kz-iin-application> (kk, ru, en; empty and
// after a failed submit), the first page of each printed document (its PDF, as Chromium prints
// it, turned into a PNG by pdftoppm), and kiosk mode (a scanned passport; the idle warning).
// Run after a build: node scripts/screenshots.js [form|documents|kiosk]   (default: all)
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderCertificate, renderRefusal } from 'kz-iin/documents'
import { launchChromium } from '../tests/browser/helpers.js'
import { startServer } from './serve.js'

const application = {
  surnameCyrillic: 'Мюллер', givenNameCyrillic: 'Анна', patronymicCyrillic: 'Петровна',
  birthDate: '1990-05-17', birthCountry: 'DEU', birthRegion: 'Bayern', birthAddress: 'München',
}
const documents = {
  certificate: renderCertificate({ application, iin: '960340000514', issueDate: '2026-11-21' }),
  refusal: renderRefusal({ application, reason: 'Срок действия паспорта истёк', issueDate: '2026-11-21' }),
}

const only = process.argv[2]
const wanted = (part) => !only || only === part
const KIOSK_ZONE = 'P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<\rC01X00T478D<<8308126F3108011<<<<<<<<<<<<<<<0\r'

const { server, url } = await startServer()
const browser = await launchChromium()
try {
  const page = await (await browser.newContext({ viewport: { width: 820, height: 1000 }, deviceScaleFactor: 1 })).newPage()
  await page.goto(`${url}/www/index.html`)
  await page.waitForSelector('kz-iin-application select[name=institution]')
  for (const lang of wanted('form') ? ['kk', 'ru', 'en'] : []) {
    await page.selectOption('#lang', lang)
    await page.evaluate(() => document.querySelector('kz-iin-application').reset())
    const element = page.locator('kz-iin-application')
    const box = await element.boundingBox()
    const clip = { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: 1000 }
    await page.evaluate((y) => window.scrollTo(0, y), box.y - 8)
    await page.screenshot({ path: `docs/src/screenshots/${lang}-empty.png`, clip: { ...clip, y: box.y - 8 }, fullPage: true })
    await page.evaluate(() => {
      const app = document.querySelector('kz-iin-application')
      app.value = { surnameLatin: 'Müller', surnameCyrillic: 'Мюллeр', birthDate: '1990-02-30', citizenship: 'KAZ', previousIin: '960340000515' }
      app.shadowRoot.querySelector('form').requestSubmit()
    })
    await page.screenshot({ path: `docs/src/screenshots/${lang}-errors.png`, clip: { ...clip, y: box.y - 8, height: 1400 }, fullPage: true })
    console.log(`docs/src/screenshots/${lang}-empty.png, docs/src/screenshots/${lang}-errors.png`)
  }
  const dir = mkdtempSync(join(tmpdir(), 'kz-iin-docs-'))
  for (const [name, html] of wanted('documents') ? Object.entries(documents) : []) {
    const doc = await (await browser.newContext()).newPage()
    await doc.setContent(html)
    writeFileSync(join(dir, `${name}.pdf`), await doc.pdf({ preferCSSPageSize: true, printBackground: true }))
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(dir, `${name}.pdf`), `docs/src/screenshots/${name}`])
    console.log(`docs/src/screenshots/${name}.png`)
  }
  if (wanted('kiosk')) {
    const kiosk = await (await browser.newContext({ viewport: { width: 900, height: 1100 }, deviceScaleFactor: 1, hasTouch: true })).newPage()
    await kiosk.clock.install()
    await kiosk.goto(`${url}/www/kiosk.html`)
    await kiosk.waitForSelector('kz-iin-application select[name=institution]')
    await kiosk.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.getElementById('kz-mrz').focus())
    await kiosk.keyboard.type(KIOSK_ZONE)
    await kiosk.evaluate(() => document.querySelector('kz-iin-application').shadowRoot.getElementById('kz-mrz-status').scrollIntoView({ block: 'center' }))
    await kiosk.screenshot({ path: 'docs/src/screenshots/kiosk-scanned.png' })
    await kiosk.clock.runFor(125_000)
    await kiosk.screenshot({ path: 'docs/src/screenshots/kiosk-idle.png' })
    console.log('docs/src/screenshots/kiosk-scanned.png, docs/src/screenshots/kiosk-idle.png')
  }
} finally {
  await browser.close()
  server.close()
}
