// Shared by the Node tests (and the browser tests in tests/browser/): paths and the shared vectors.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const vectors = JSON.parse(readFileSync(new URL('../vectors/iin.json', import.meta.url), 'utf8'))
export const publishedBins = readFileSync(new URL('../vectors/published-bins.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
