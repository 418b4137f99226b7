#!/usr/bin/env bash
# npm start: set up (idempotent), build the package and the service, and run the service on
# localhost: the portal demo, the kiosk page and the API, keeping applications in
# data/kz-iin.db (DATABASE_URL and PORT change that: kz-iin-server --help lists every setting).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
node scripts/build.js
cargo build --quiet --profile server -p kz-iin-server
# On an empty database, one officer of the demo's institution (deu), whose password and second
# factor (an otpauth:// URI for an authenticator app) are printed once.
exec env DEMO_OFFICER="${DEMO_OFFICER:-deu}" target/server/kz-iin-server serve
