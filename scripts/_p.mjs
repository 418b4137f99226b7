import { startServer } from './serve.js'
import { launchChromium } from '../tests/js/helpers.js'
const { server, url } = await startServer()
const b = await launchChromium()
for (let i = 0; i < 3; i++) {
  const ctx = await b.newContext(); const page = await ctx.newPage()
  await page.goto(`${url}/www/index.html`)
  await page.waitForSelector('kz-iin-application select[name=institution]')
  const r = await page.evaluate(() => ({ now: performance.now(), nav: performance.getEntriesByType('navigation')[0].toJSON(), res: performance.getEntriesByType('resource').map(e => [e.name.replace(location.origin, ''), Math.round(e.startTime), Math.round(e.responseEnd)]) }))
  console.log(Math.round(r.now), 'domInteractive', Math.round(r.nav.domInteractive), 'domContentLoaded', Math.round(r.nav.domContentLoadedEventEnd), 'responseEnd', Math.round(r.nav.responseEnd))
  if (i === 2) console.log(r.res)
  await ctx.close()
}
await b.close(); server.close()
