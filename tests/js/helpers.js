// Shared by the Node tests (and the browser tests in tests/browser/): paths and the shared vectors.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const vectors = JSON.parse(readFileSync(new URL('../vectors/iin.json', import.meta.url), 'utf8'))
export const publishedBins = readFileSync(new URL('../vectors/published-bins.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))

/**
 * A fresh project in a temporary folder with the package's packed tarball installed, as a user
 * gets it from `npm install kz-iin` (the tarball is dist/ as built: run scripts/build.js first).
 * `pkg`: the project's own package.json. Returns the folder.
 */
export function packedApp(prefix, pkg = { name: 'app', private: true, type: 'module' }) {
  const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' })
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const tarball = npm(['pack', '--ignore-scripts', '--pack-destination', dir], ROOT).trim().split('\n').at(-1)
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg))
  npm(['install', join(dir, tarball)], dir)
  return dir
}
