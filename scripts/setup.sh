#!/usr/bin/env bash
# Installs, idempotently, everything the build and the tests need on a fresh machine:
# the wasm32 target, wasm-pack, the wasm-bindgen CLI that matches the crate exactly, mdBook,
# Debian's three browser engines (Chromium; Firefox ESR; WebKitGTK's WebKitWebDriver and
# MiniBrowser, which need a display: xvfb), fonts with every Kazakh letter, pdftoppm and zbarimg
# (printed documents and their QR codes), PostgreSQL (the server's tests), and the npm dev
# dependencies (wasm-opt among them).
# Only crates.io, npm and Debian are reachable here, so nothing may download a prebuilt
# binary from elsewhere: see docs/src/contributing/development.md.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*" >&2; }

rustup target list --installed | grep -qx wasm32-unknown-unknown || {
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

# The CLI must equal the crate version pinned with "=" in Cargo.toml, or wasm-bindgen refuses the module.
WB=$(sed -n 's/^wasm-bindgen = {\? *\(version = \)\?"=\([0-9.]*\)".*/\2/p' Cargo.toml | head -n1)
[ -n "$WB" ] || { log "cannot read the wasm-bindgen pin from Cargo.toml"; exit 1; }
WASM_PACK=0.15.1

have() { command -v "$1" >/dev/null 2>&1 && [ "$("$1" --version 2>/dev/null | awk '{print $2; exit}')" = "$2" ]; }

have wasm-pack "$WASM_PACK" || {
  log "installing wasm-pack $WASM_PACK from crates.io (about 2 minutes)"
  cargo install wasm-pack --version "$WASM_PACK" --locked
}
have wasm-bindgen "$WB" || {
  log "installing wasm-bindgen-cli $WB from crates.io (about 2.5 minutes)"
  # --locked fails here (its lock file wants a crate version the registry does not serve).
  cargo install wasm-bindgen-cli --version "=$WB" --locked --force 2>/dev/null \
    || cargo install wasm-bindgen-cli --version "=$WB" --force
}

# Fuzzing (npm test runs a short smoke run of every target).
have cargo-fuzz 0.13.2 || {
  log "installing cargo-fuzz 0.13.2 from crates.io (about 1.5 minutes)"
  cargo install cargo-fuzz --version 0.13.2 --locked
}

# The book in docs/ (npm test builds it and checks its links). Without the local server and the
# file watcher, which only an author's `mdbook serve` uses.
have mdbook v0.5.4 || {
  log "installing mdbook 0.5.4 from crates.io (about 3 minutes)"
  cargo install mdbook --version 0.5.4 --locked --no-default-features --features search
}

missing=""
# postgresql: the server's tests and benchmark run on a throw-away cluster of their own
# (scripts/with-postgres.sh); the service itself needs it only when DATABASE_URL says postgres://.
# firefox-esr, webkit2gtk-driver, xvfb: the scenarios of tests/browser/engines.test.js in
# Firefox and WebKit (about 250 MB with their libraries).
# python3-venv: the Python tools the tests run (Schemathesis), from PyPI into .venv.
for p in chromium firefox-esr webkit2gtk-driver xvfb xauth fonts-dejavu-core poppler-utils zbar-tools postgresql python3-venv; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    log "installing Debian packages:$missing"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    log "missing Debian packages:$missing (run as root or install them; browser tests need chromium)"
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm dependencies"
  npm ci --no-audit --no-fund --loglevel=error
fi

# The Python tools the tests run, from PyPI, in a virtual environment of the project's own:
# Schemathesis checks the service against its OpenAPI document (tests/browser/contract.test.js);
# MOSIP's claim169 decodes the signed documents' QR codes (tests/browser/claim169_reader.py), a reader
# this project did not write.
SCHEMATHESIS=4.32.5
CLAIM169=0.3.0
if [ "$(.venv/bin/st --version 2>/dev/null | awk '{print $3}')" != "$SCHEMATHESIS" ]; then
  log "installing Schemathesis $SCHEMATHESIS from PyPI into .venv (about 30 seconds)"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS"
fi
if [ "$(.venv/bin/python -c 'import claim169; print(claim169.version())' 2>/dev/null)" != "$CLAIM169" ]; then
  log "installing claim169 $CLAIM169 from PyPI into .venv"
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check "claim169==$CLAIM169"
fi

# Debian's binaryen (wasm-opt 108) emits modules that crash on load: ours must be first and recent.
export PATH="$PWD/node_modules/.bin:$PATH"
v=$(wasm-opt --version | sed -n 's/.*version \([0-9]*\).*/\1/p')
[ "${v:-0}" -ge 116 ] || { log "wasm-opt $v is too old (need >= 116, from npm binaryen)"; exit 1; }
log "toolchain ready: wasm-pack $WASM_PACK, wasm-bindgen $WB, wasm-opt $v"
