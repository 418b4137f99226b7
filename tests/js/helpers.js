// Shared by the Node tests (and the browser tests in tests/browser/): paths and the shared vectors.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const vectors = JSON.parse(readFileSync(new URL('../vectors/iin.json', import.meta.url), 'utf8'))
export const publishedBins = readFileSync(new URL('../vectors/published-bins.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))

/**
 * A folder of the test's own under the system's temporary one, removed when the test's process
 * exits, whether its tests passed or not (node --test runs each file in a process of its own).
 */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/**
 * The QR codes on the first page of a PDF, as zbarimg reads them from a picture of it at 150 dpi
 * (poppler's pdftoppm), in the order it finds them.
 */
export function qrCodesIn(pdf) {
  const dir = mkdtempSync(join(tmpdir(), 'kz-iin-qr-'))
  try {
    writeFileSync(join(dir, 'page.pdf'), pdf)
    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', join(dir, 'page.pdf'), join(dir, 'page')])
    return execFileSync('zbarimg', ['--quiet', '--raw', join(dir, 'page.png')], { encoding: 'utf8' }).trim().split('\n')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The QR codes in a PNG (a screenshot), as zbarimg reads them. */
export function qrCodesInImage(png) {
  const dir = mkdtempSync(join(tmpdir(), 'kz-iin-qr-'))
  try {
    writeFileSync(join(dir, 'shot.png'), png)
    return execFileSync('zbarimg', ['--quiet', '--raw', join(dir, 'shot.png')], { encoding: 'utf8' }).trim().split('\n')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * A fresh project in a temporary folder with the package's packed tarball installed, as a user
 * gets it from `npm install kz-iin` (the tarball is dist/ as built: run scripts/build.js first).
 * `pkg`: the project's own package.json. Returns the folder.
 */
export function packedApp(prefix, pkg = { name: 'app', private: true, type: 'module' }) {
  const npm = (args, cwd) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8' })
  const dir = tempDir(prefix)
  const tarball = npm(['pack', '--ignore-scripts', '--pack-destination', dir], ROOT).trim().split('\n').at(-1)
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg))
  npm(['install', join(dir, tarball)], dir)
  return dir
}
