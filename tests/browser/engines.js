// Three browser engines from Debian, behind one small interface, so that a scenario is written
// once and runs in each: Chromium (playwright-core, CDP), Firefox ESR (puppeteer-core over
// WebDriver BiDi) and WebKitGTK (WebKitWebDriver with MiniBrowser under xvfb-run, driven by
// selenium-webdriver). Nothing is downloaded: each engine is the system's.
//
// A page offers:
//   goto(url, { wait })           navigate and wait for the load (wait: false, only for the
//                                 navigation to start: a page whose script is held back)
//   run(fn, arg)                  run fn(arg) in the page (fn may be async); its JSON result
//   wait(fn, arg, ms)             run until it returns something truthy (JSON: not a DOM node,
//                                 which each driver serialises its own way)
//   type(text), press(key)        the keyboard, into what has focus ('\n' presses Enter)
//   click(fn, arg)                a real click on the element fn(arg) returns (shadow roots too)
//   pdf()                         the page printed to PDF, bytes (null where the driver cannot)
//   resize(width, height)         the viewport's new size (a phone's keyboard opening, say)
//   close()
//
// Every command has a time limit (COMMAND_LIMIT_MS below): a driver that stops answering fails
// with DriverHang, named, instead of holding the run.
//
// A viewport narrower than WebKitGTK's window can be (MiniBrowser's toolbar: 447 px) is an iframe
// of that size in /test/frame.html, which the test server serves on the page's origin (the
// pages' policy allows frames of their own origin only); the page's scripts run in the frame.
import { execFileSync, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { launchChromium, tempDir } from './helpers.js'

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })

async function waitFor(page, fn, arg, ms = 10_000) {
  const end = Date.now() + ms
  for (;;) {
    // A page navigating away may refuse a script for a moment: that is not yet.
    const value = await page.run(fn, arg).catch((e) => {
      if (e instanceof DriverHang || Date.now() > end) throw e
      return null
    })
    if (value) return value
    if (Date.now() > end) throw new Error(`timed out waiting for ${fn.toString().slice(0, 200)}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

// ----- Chromium --------------------------------------------------------------------------------

async function chromium() {
  const browser = await launchChromium()
  return {
    name: 'Chromium',
    version: browser.version(),
    async open({ width = 1000, height = 900, touch = false } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, hasTouch: touch, isMobile: touch })
      const page = await context.newPage()
      const self = {
        native: page,
        goto: (url, { wait = true } = {}) => page.goto(url, { waitUntil: wait ? 'load' : 'commit' }),
        run: (fn, arg) => page.evaluate(fn, arg),
        type: async (text) => {
          for (const line of text.split('\n').flatMap((l, i) => (i ? ['\n', l] : [l]))) {
            if (line === '\n') await page.keyboard.press('Enter')
            else if (line) await page.keyboard.type(line)
          }
        },
        press: (key) => page.keyboard.press(key),
        click: async (fn, arg) => (await page.evaluateHandle(fn, arg)).asElement().click(),
        pdf: () => page.pdf({ preferCSSPageSize: true, printBackground: true }),
        resize: (w, h) => page.setViewportSize({ width: w, height: h }),
        close: () => context.close(),
      }
      return self
    },
    close: () => browser.close(),
  }
}

// ----- Firefox ---------------------------------------------------------------------------------

async function firefox() {
  const { default: puppeteer } = await import('puppeteer-core')
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
    headless: true,
    protocol: 'webDriverBiDi',
    // Firefox must not reach out either: no updates, telemetry, or safe-browsing lists.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
    },
  })
  return {
    name: 'Firefox',
    version: (await browser.version()).replace(/^firefox\//i, 'Firefox ESR '),
    async open({ width = 1000, height = 900, touch = false } = {}) {
      const context = await browser.createBrowserContext()
      const page = await context.newPage()
      await page.setViewport({ width, height, hasTouch: touch })
      const self = {
        native: page,
        goto: async (url, { wait = true } = {}) => {
          if (wait) return page.goto(url, { waitUntil: 'load' })
          page.goto(url, { waitUntil: 'load', timeout: 0 }).catch(() => {})
          await waitFor(self, (u) => location.href === u, url)
        },
        run: (fn, arg) => page.evaluate(fn, arg),
        type: async (text) => {
          for (const part of text.split('\n').flatMap((l, i) => (i ? ['\n', l] : [l]))) {
            if (part === '\n') await page.keyboard.press('Enter')
            else if (part) await page.keyboard.type(part)
          }
        },
        press: async (key) => {
          const keys = key.split('+')
          for (const k of keys) await page.keyboard.down(k)
          for (const k of keys.reverse()) await page.keyboard.up(k)
        },
        click: async (fn, arg) => (await page.evaluateHandle(fn, arg)).click(),
        pdf: () => page.pdf({ preferCSSPageSize: true, printBackground: true }),
        resize: (w, h) => page.setViewport({ width: w, height: h, hasTouch: touch }),
        close: () => context.close(),
      }
      return self
    },
    close: () => browser.close(),
  }
}

// ----- WebKit ----------------------------------------------------------------------------------

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser'
// MiniBrowser's window is never narrower than its toolbar.
const MIN_WINDOW_WIDTH = 447

async function webkit() {
  const { Builder, Key } = await import('selenium-webdriver')
  const port = await freePort()
  // MiniBrowser needs a display: xvfb-run gives it one. Its own process group, stopped at close;
  // stopped so, xvfb-run leaves its temporary folder behind: one in a folder of the test's own.
  const driverProcess = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, TMPDIR: tempDir('kz-iin-xvfb-') },
  })
  const server = `http://127.0.0.1:${port}`
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`${server}/status`)
      if (r.ok) break
    } catch {
      if (i > 100) throw new Error('WebKitWebDriver did not start')
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  const keys = { Tab: Key.TAB, Enter: Key.ENTER, Escape: Key.ESCAPE, Shift: Key.SHIFT, Backspace: Key.BACK_SPACE, End: Key.END, ArrowDown: Key.ARROW_DOWN, ' ': ' ', Space: ' ' }
  // Commands do not wait for a page's load (a test holds a page's script back on purpose):
  // goto waits for it itself.
  const caps = { browserName: 'MiniBrowser', pageLoadStrategy: 'none', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } }
  const drivers = []
  const probe = await new Builder().usingServer(server).withCapabilities(caps).build()
  drivers.push(probe)
  // The user agent says only AppleWebKit/605.1.15; Debian's package has the engine's version.
  const agent = (await probe.executeScript('return navigator.userAgent')).match(/AppleWebKit\/[\d.]+/)[0]
  let version = agent
  try {
    version = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' }).replace(/-.*/, '')
  } catch {
    // not Debian: the agent string will do
  }
  await probe.quit()
  drivers.pop()
  const script = (src) => `const done = arguments[arguments.length - 1]; Promise.resolve().then(() => (${src})(arguments[0])).then((v) => done(v === undefined ? null : v), (e) => done({ __error: e && e.stack ? \`\${e}\\n\${e.stack}\` : String(e) }))`
  return {
    name: 'WebKit',
    version: `WebKitGTK ${version}`,
    async open({ width = 1000, height = 900 } = {}) {
      const driver = await new Builder().usingServer(server).withCapabilities(caps).build()
      drivers.push(driver)
      await driver.manage().setTimeouts({ script: 30_000 })
      let framed = width < MIN_WINDOW_WIDTH ? { width, height } : null
      let frames = 0
      await driver.manage().window().setRect(framed ? { width: MIN_WINDOW_WIDTH + 100, height: height + 200 } : { width, height })
      /** The frame sized as asked, and the driver inside it. */
      const frame = async (src) => {
        await driver.switchTo().defaultContent()
        // Styled through the CSSOM: the policy allows no style attribute.
        const element = await driver.executeScript(`const f = document.getElementById('frame')
          document.body.style.margin = '0'
          Object.assign(f.style, { border: '0', display: 'block', width: arguments[0] + 'px', height: arguments[1] + 'px' })
          if (arguments[2]) f.src = arguments[2]
          return f`, framed.width, framed.height, src ?? null)
        await driver.switchTo().frame(element)
      }
      const self = {
        native: driver,
        goto: async (url, { wait = true } = {}) => {
          if (framed) {
            // A new address each time: the wait below must not take the last page for this one.
            const host = `${new URL(url).origin}/test/frame.html?${++frames}`
            await driver.switchTo().defaultContent()
            await driver.get(host)
            await waitFor(self, (u) => location.href === u && document.readyState === 'complete', host)
            await frame(url)
          } else {
            // The page being left is marked: Navigate To returns before the next document is
            // there (pageLoadStrategy none), and on a reload the page being left has the same
            // address and is complete, so the wait below took it for the next one (a scenario's
            // steps then ran on it until the reload landed among them).
            await self.run(() => {
              window.__kzLeft = true
            }).catch(() => {})
            await driver.get(url)
          }
          await waitFor(self, ({ u, wait }) => !window.__kzLeft && location.href === u && (!wait || document.readyState === 'complete'), { u: url, wait })
        },
        run: async (fn, arg) => {
          const value = await driver.executeAsyncScript(script(fn.toString()), arg ?? null)
          if (value && typeof value === 'object' && '__error' in value) throw new Error(value.__error)
          return value
        },
        type: async (text) => {
          const parts = text.split('\n').flatMap((l, i) => (i ? [Key.ENTER, l] : [l])).filter(Boolean)
          await driver.actions().sendKeys(...parts).perform()
        },
        press: async (key) => {
          const chord = key.split('+').map((k) => keys[k] ?? k)
          let actions = driver.actions()
          for (const k of chord) actions = actions.keyDown(k)
          for (const k of [...chord].reverse()) actions = actions.keyUp(k)
          await actions.perform()
        },
        // A pointer moved onto the element and pressed, as the other two adapters do. (Element
        // Click, WebDriver's own, answers "intercepted" for a text field in a shadow root here:
        // its hit test meets the field's inner editor, not the field.)
        click: async (fn, arg) => {
          const element = await driver.executeScript(`return (${fn.toString()})(arguments[0])`, arg ?? null)
          // Scrolled, then two frames for the scroll to be drawn, so that the pointer goes where the
          // element is now. On a busy machine the driver may still see the old scroll position
          // (a click once landed where the element had been): it then says the target is out of
          // bounds, and the move is tried again.
          for (let tries = 1; ; tries++) {
            await driver.executeAsyncScript('const [el, done] = arguments; el.scrollIntoView({ block: "center" }); requestAnimationFrame(() => requestAnimationFrame(() => done()))', element)
            try {
              return await driver.actions().move({ origin: element }).click().perform()
            } catch (e) {
              if (e.name !== 'MoveTargetOutOfBoundsError' || tries === 20) throw e
              await new Promise((r) => setTimeout(r, 100))
            }
          }
        },
        // WebKitWebDriver (WebKitGTK 2.50) answers Print Page with "unknown command": null,
        // which the printing scenario names as this engine's difference.
        pdf: async () => {
          try {
            return Buffer.from(await driver.printPage({ background: true }), 'base64')
          } catch (e) {
            if (e.name === 'UnknownCommandError') return null
            throw e
          }
        },
        resize: async (w, h) => {
          if (!framed) return driver.manage().window().setRect({ width: w, height: h })
          framed = { width: w, height: h }
          await frame()
        },
        close: async () => {
          await driver.quit()
          drivers.splice(drivers.indexOf(driver), 1)
        },
      }
      return self
    },
    close: async () => {
      // A session that does not end in a few seconds is ended with the driver's process group.
      for (const d of drivers) await Promise.race([d.quit().catch(() => {}), new Promise((r) => setTimeout(r, 5_000))])
      // Asked to end (and woken, should it be stopped), then, if still there, killed.
      const signal = (name) => {
        try {
          process.kill(-driverProcess.pid, name)
          return true
        } catch {
          return false // gone already
        }
      }
      const gone = driverProcess.exitCode !== null ? Promise.resolve() : new Promise((r) => driverProcess.once('exit', r))
      if (signal('SIGTERM')) signal('SIGCONT')
      await Promise.race([gone, new Promise((r) => setTimeout(r, 3_000))])
      signal('SIGKILL')
    },
  }
}

// ----- Time limits -----------------------------------------------------------------------------

/**
 * A driver that stopped answering. Every command of every adapter has a time limit, because a
 * driver's own requests may have none (selenium-webdriver's HTTP client waits for ever: one
 * WebKit run in CI hung on a command until the job's 90 minutes were gone).
 */
export class DriverHang extends Error {
  name = 'DriverHang'
}

/** How long one command may take: a page's load, a script, a click, a session started. */
export const COMMAND_LIMIT_MS = 40_000

function bounded(engine, what, promise, ms = COMMAND_LIMIT_MS) {
  let timer
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new DriverHang(`${engine}'s driver did not answer ${what} within ${ms / 1000} s`)), ms)
  })
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer))
}

/** A page whose every command fails with DriverHang instead of waiting for ever. */
function boundedPage(engine, page) {
  const bound = { native: page.native }
  for (const [key, command] of Object.entries(page)) {
    if (typeof command === 'function') bound[key] = (...args) => bounded(engine, key, command(...args))
  }
  // A wait is many scripts, each bounded, and a limit of its own.
  bound.wait = (fn, arg, ms) => waitFor(bound, fn, arg, ms)
  return bound
}

/** An engine launched within a time limit, whose pages' commands are bounded. */
function boundedEngine(launch) {
  return async () => {
    const browser = await bounded(launch.name, 'its launch', launch(), 2 * COMMAND_LIMIT_MS)
    return {
      ...browser,
      open: async (options) => boundedPage(browser.name, await bounded(browser.name, 'a new page', browser.open(options))),
      close: () => bounded(browser.name, 'close', browser.close()),
    }
  }
}

/** The three engines, launched one after the other (each is closed by its caller). */
export const ENGINES = { chromium: boundedEngine(chromium), firefox: boundedEngine(firefox), webkit: boundedEngine(webkit) }
