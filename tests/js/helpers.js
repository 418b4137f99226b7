// Shared by the JS tests: paths, the shared vectors, and Debian's Chromium via playwright-core.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const vectors = JSON.parse(readFileSync(new URL('../vectors/iin.json', import.meta.url), 'utf8'))
export const publishedBins = readFileSync(new URL('../vectors/published-bins.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))

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
