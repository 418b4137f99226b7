// npm run build: each WebAssembly module of scripts/wasm-modules.json built with wasm-pack
// (release: LTO, wasm-opt -Oz, the module's profile), then dist/, the package as npm ships it
// (scripts/dist.js). Assumes scripts/setup.sh has run (npm start and npm test run it first).
//   node scripts/build.js [MODULE...]   (default: every module)
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'scripts/wasm-modules.json'), 'utf8'))

function build({ name, features, profile }) {
  const out = `pkg/${name}`
  const { rustflags, targetDir } = MANIFEST.profiles[profile]
  rmSync(join(ROOT, out, 'kz_iin_bg.wasm'), { force: true })
  execFileSync('wasm-pack', ['--quiet', 'build', '--mode', 'no-install', '--release', '--target', 'web', '--no-pack',
    '--out-dir', out, '--out-name', 'kz_iin', '--', '--no-default-features', '--features', features.join(',')], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      // npm's wasm-opt must win over Debian's binaryen 108, whose output crashes on load.
      PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
      // The update check needs a network this machine does not have; it only prints a warning.
      WASM_PACK_NO_UPDATE_CHECK: '1',
      CARGO_TARGET_DIR: join(ROOT, targetDir),
      RUSTFLAGS: rustflags,
    },
  })
  if (!existsSync(join(ROOT, out, 'kz_iin_bg.wasm'))) throw new Error(`build: ${out}/kz_iin_bg.wasm was not produced`)
  // wasm-pack writes a .gitignore of '*' into its out dir, and npm would then leave the .wasm
  // out of the package: drop it (tests/js/package.test.js checks the packed file list).
  for (const f of ['.gitignore', 'package.json']) rmSync(join(ROOT, out, f), { force: true })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.argv.slice(2)
  for (const module of MANIFEST.modules) if (!only.length || only.includes(module.name)) build(module)
  execFileSync(process.execPath, [join(ROOT, 'scripts/dist.js')], { stdio: 'inherit' })
}
