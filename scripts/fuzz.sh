#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 30; npm test's smoke run gives 15; use 600
# or more for a real run), one per core at once, and prints the execution counts.
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]
# cargo-fuzz's sanitizer flags are unstable rustc options; this project's machines have only the
# stable toolchain, so RUSTC_BOOTSTRAP=1 lets stable rustc accept them (fuzzing only, never for
# the library's builds).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(iin batch application documents mrz http_body)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --version 0.13.2 --locked
export RUSTC_BOOTSTRAP=1
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  # Seeds: the shared vectors, so the fuzzer starts from real inputs.
  [ -n "$(ls -A "fuzz/corpus/$t")" ] || python3 - "$t" <<'PY'
import json, sys, hashlib
t = sys.argv[1]
seeds = [c["input"] for c in json.load(open("tests/vectors/iin.json"))["cases"]]
if t in ("application", "http_body"):
    seeds = [json.dumps(c["data"], ensure_ascii=False) for c in json.load(open("tests/vectors/applications.json"))["cases"]]
if t == "http_body":
    # The same applications as form posts (a date as its three boxes), as /apply receives them.
    from urllib.parse import urlencode
    def form(data):
        pairs = []
        for k, v in data.items():
            if isinstance(v, bool):
                v = "true" if v else ""
            if isinstance(v, str) and k.endswith("Date") and v.count("-") == 2:
                y, m, d = v.split("-")
                pairs += [(k + "-year", y), (k + "-month", m), (k + "-day", d)]
            else:
                pairs.append((k, "" if v is None else str(v)))
        return urlencode(pairs + [("step", "send"), ("key", "seed")])
    seeds += [form(c["data"]) for c in json.load(open("tests/vectors/applications.json"))["cases"] if isinstance(c["data"], dict)]
    # A mark kept from its letter by a character the core drops (composed only after the rules).
    seeds.append(json.dumps({"givenNameCyrillic": "\u0418\u200b\u0306\u043e\u0433\u0430", "surnameLatin": "Mu\u00ad\u0308ller"}))
if t == "batch":
    seeds = ["\n".join(seeds)]
if t == "mrz":
    seeds = [c["text"] for c in json.load(open("tests/vectors/mrz.json"))["cases"]]
for s in seeds:
    b = s.encode("utf-8")
    open(f"fuzz/corpus/{t}/{hashlib.sha1(b).hexdigest()}", "wb").write(b)
PY
done
# One build of every target (cargo uses every core), then the targets side by side, as many at
# once as there are cores (libFuzzer runs on one): each gets its SECONDS, and the run takes a
# fraction of the time.
cargo fuzz build --fuzz-dir fuzz
fuzz() {
  local t=$1 log runs
  log=$(mktemp)
  if ! cargo fuzz run --fuzz-dir fuzz "$t" "fuzz/corpus/$t" -- -max_total_time="$seconds" -max_len=8192 -rss_limit_mb=2048 -malloc_limit_mb=512 -print_final_stats=1 >"$log" 2>&1; then
    tail -n 60 "$log"
    echo "fuzz $t: FAILED (its log above; the input is in fuzz/artifacts/$t/)"
    return 1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
  echo "fuzz $t: ${runs:-?} executions in ${seconds}s, no failure"
}
at_once=$(nproc 2>/dev/null || echo 1)
running=()
failed=0
for t in "${targets[@]}"; do
  fuzz "$t" &
  running+=($!)
  if [ ${#running[@]} -ge "$at_once" ]; then
    wait "${running[0]}" || failed=1
    running=("${running[@]:1}")
  fi
done
for pid in "${running[@]}"; do wait "$pid" || failed=1; done
exit $failed
