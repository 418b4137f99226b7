#!/usr/bin/env bash
# npm start: set up (idempotent), build, and serve the demo on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
node scripts/build.js
exec node scripts/serve.js "${PORT:-8080}"
