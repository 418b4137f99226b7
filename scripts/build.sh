#!/usr/bin/env bash
# Builds the WebAssembly module into pkg/iin with wasm-pack (release: LTO, wasm-opt -Oz).
# Assumes scripts/setup.sh has run (npm start and npm test run it first).
set -euo pipefail
cd "$(dirname "$0")/.."
# npm's wasm-opt must win over Debian's binaryen 108, whose output crashes on load.
export PATH="$PWD/node_modules/.bin:$PATH"
# The update check needs a network this machine does not have; it only prints a warning.
export WASM_PACK_NO_UPDATE_CHECK=1
wasm-pack --quiet build --mode no-install --release --target web --no-pack \
  --out-dir pkg/iin --out-name kz_iin 2>&1 | grep -v "failed to get wasm-pack version" >&2 || true
[ -s pkg/iin/kz_iin_bg.wasm ] || { echo "build: pkg/iin/kz_iin_bg.wasm was not produced" >&2; exit 1; }
# wasm-pack writes a .gitignore of '*' into its out dir, and npm would then leave the .wasm out
# of the package: drop it (tests/js/package.test.js checks the packed file list).
rm -f pkg/iin/.gitignore pkg/iin/package.json
