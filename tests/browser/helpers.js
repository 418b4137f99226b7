// Shared by the browser tests: Debian's Chromium via playwright-core, and the demo page opened
// for a test. Paths and vectors come from tests/js/helpers.js.
export { ROOT, publishedBins, vectors } from '../js/helpers.js'

// Never download a browser: Debian's chromium, with the flags that keep it off the network.
export async function launchChromium() {
  const { chromium } = await import('playwright-core')
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  })
}

/**
 * Opens the demo page once the application widget has rendered, with the widget posting to
 * `/test/submit` on the day `today`, and CSP violations collected in `window.violations`.
 * `watch(page)` runs before the page loads (to attach listeners).
 */
export async function openDemo(browser, url, { today, bypassCSP = false, watch } = {}) {
  const context = await browser.newContext({ bypassCSP, viewport: { width: 1000, height: 900 } })
  const page = await context.newPage()
  watch?.(page)
  await page.goto(`${url}/www/index.html`)
  await page.waitForSelector('kz-iin-application select[name=institution]')
  await page.evaluate((day) => {
    window.violations = []
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective))
    const app = document.querySelector('kz-iin-application')
    app.setAttribute('today', day)
    app.setAttribute('action', '/test/submit')
  }, today)
  return { page, context }
}
