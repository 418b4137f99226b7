#!/usr/bin/env bash
# npm test: set up (idempotent), then every check CI runs, in order of cost.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
# Each step says when it starts (seconds since the start), so a slow step shows in CI's log.
step() { printf '\n== %s (at %ss)\n' "$*" "$(( $(date +%s) - started ))" >&2; }

step "The book (docs/): built, and every link and anchor in it checked"
mdbook build docs
linkinator docs/book --recurse --check-fragments --silent --skip '^https?://(?!(localhost|127\.0\.0\.1))'

step "format and lint"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --quiet -- -D warnings
# Each WebAssembly module's feature set (scripts/wasm-modules.json).
for features in $(node -e "for (const m of require('./scripts/wasm-modules.json').modules) console.log(m.features.join(','))"); do
  cargo clippy --target wasm32-unknown-unknown --no-default-features --features "$features" --quiet -- -D warnings
done
eslint .

step "Rust: unit, integration, property and doc tests"
cargo test --quiet
# The IIN/BIN core alone, as the small WebAssembly module builds it.
cargo test --quiet --no-default-features --lib --tests

step "The service (server/): its tests on SQLite and on a throw-away PostgreSQL cluster"
bash scripts/with-postgres.sh cargo test --quiet -p kz-iin-server

step "Fuzzing: a smoke run of every target (bash scripts/fuzz.sh 600 for a real one)"
# 15 s a target: a smoke run (every target builds, runs, and finds nothing near its seeds); the
# book's Security chapter has a real run's figures.
bash scripts/fuzz.sh "${FUZZ_SECONDS:-15}"

step "WebAssembly build (wasm-pack, wasm-opt -Oz)"
node scripts/build.js
node scripts/size.js

# The service's release build, which the browser tests of the service drive as people would.
cargo build --quiet --profile server -p kz-iin-server

step "The scale bench, scaled down: 20,000 applications, a second a case, on both databases"
# It runs, and reads every case of the queue through an index (it fails on a plan that scans
# the table or sorts what it read); npm run bench -- scale is the real run, at 1,000,000.
cargo build --quiet --profile server -p kz-iin-server --example scale
bash scripts/with-postgres.sh sh -c 'target/server/examples/scale sqlite 20000 1 && target/server/examples/scale postgres 20000 1' >/dev/null

step "JavaScript: the package in Node, the CLI, the packed tarball, the browser"
# Every test has a time limit (the engines' scenarios their own, shorter): a hang fails, named.
node --test --test-concurrency=1 --test-timeout=900000 tests/js/ tests/browser/

printf '\nall checks passed in %ss\n' "$(( $(date +%s) - started ))" >&2
