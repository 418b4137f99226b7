#!/usr/bin/env bash
# Builds the WebAssembly modules with wasm-pack (release: LTO, wasm-opt -Oz):
#   pkg/iin   the IIN/BIN functions: what kz-iin/iin, kz-iin and <kz-iin-input> load
#   pkg/form  the application form: what kz-iin and <kz-iin-application> load
#   pkg/cli   the IIN/BIN functions and the command line's output lines: what the CLI loads (Node)
#   pkg/mrz   the passport MRZ reader alone: what kz-iin adds, and the widget loads in kiosk mode
#   pkg/full  the form and the printed documents: what kz-iin/documents loads
# then dist/, the package as npm ships it (scripts/dist.js: www/src and the glue, minified).
# Assumes scripts/setup.sh has run (npm start and npm test run it first).
set -euo pipefail
cd "$(dirname "$0")/.."
# npm's wasm-opt must win over Debian's binaryen 108, whose output crashes on load.
export PATH="$PWD/node_modules/.bin:$PATH"
# The update check needs a network this machine does not have; it only prints a warning.
export WASM_PACK_NO_UPDATE_CHECK=1
build() {
  local out=$1; shift
  rm -f "$out/kz_iin_bg.wasm"
  wasm-pack --quiet build --mode no-install --release --target web --no-pack \
    --out-dir "$out" --out-name kz_iin "$@" 2>&1 | grep -v "failed to get wasm-pack version" >&2 || true
  [ -s "$out/kz_iin_bg.wasm" ] || { echo "build: $out/kz_iin_bg.wasm was not produced" >&2; exit 1; }
  # wasm-pack writes a .gitignore of '*' into its out dir, and npm would then leave the .wasm
  # out of the package: drop it (tests/js/package.test.js checks the packed file list).
  rm -f "$out/.gitignore" "$out/package.json"
}
build pkg/iin -- --no-default-features --features wasm-iin
build pkg/cli -- --no-default-features --features wasm-cli
# The others run once per form, document or scan, not in loops over millions of numbers: they
# are built for size, with less inlining and no loop unrolling than opt-level 3 does (the
# form's module 53.0 -> 49.0 KB gzipped; opt-level "z" is 1 KB smaller again but doubles the
# time of validateApplication: README "Size"). In a target folder of their own, so that the
# IIN module's build keeps its artifacts.
export CARGO_TARGET_DIR=target/wasm-size RUSTFLAGS="-C llvm-args=-inline-threshold=25 -C llvm-args=-unroll-threshold=0"
build pkg/form -- --no-default-features --features wasm-form
build pkg/mrz -- --no-default-features --features mrz
build pkg/full -- --no-default-features --features wasm-form,documents
node scripts/dist.js
