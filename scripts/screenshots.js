// Writes the README's screenshots of <kz-iin-application> (kk, ru, en; empty and after a failed
// submit) into docs/screenshots/. Run after a build: node scripts/screenshots.js
import { launchChromium } from '../tests/js/helpers.js'
import { startServer } from './serve.js'

const { server, url } = await startServer()
const browser = await launchChromium()
try {
  const page = await (await browser.newContext({ viewport: { width: 820, height: 1000 }, deviceScaleFactor: 1 })).newPage()
  await page.goto(`${url}/www/index.html`)
  await page.waitForSelector('kz-iin-application select[name=institution]')
  for (const lang of ['kk', 'ru', 'en']) {
    await page.selectOption('#lang', lang)
    await page.evaluate(() => document.querySelector('kz-iin-application').reset())
    const element = page.locator('kz-iin-application')
    const box = await element.boundingBox()
    const clip = { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: 1000 }
    await page.evaluate((y) => window.scrollTo(0, y), box.y - 8)
    await page.screenshot({ path: `docs/screenshots/${lang}-empty.png`, clip: { ...clip, y: box.y - 8 }, fullPage: true })
    await page.evaluate(() => {
      const app = document.querySelector('kz-iin-application')
      app.value = { surnameLatin: 'Müller', surnameCyrillic: 'Мюллeр', birthDate: '1990-02-30', citizenship: 'KAZ', previousIin: '960340000515' }
      app.shadowRoot.querySelector('form').requestSubmit()
    })
    await page.screenshot({ path: `docs/screenshots/${lang}-errors.png`, clip: { ...clip, y: box.y - 8, height: 1400 }, fullPage: true })
    console.log(`docs/screenshots/${lang}-empty.png, docs/screenshots/${lang}-errors.png`)
  }
} finally {
  await browser.close()
  server.close()
}
