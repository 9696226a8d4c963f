#!/usr/bin/env bash
# Search benchmark: builds the index for generated archives and measures cold-query bytes in Chromium,
# side by side with Pagefind 1.6.0 on the same HTML pages.
#   bench/search/run.sh 1000 10000 [100000]      (needs python3, /usr/bin/time, chromium, npm)
#   SKIP_PAGEFIND=1 skips Pagefind; PAGEFIND_TIMEOUT (seconds, default 2400) caps its build.
# Results: bench/work/search/<n>/{build.json,time.txt,ours.json,pagefind.json,pagefind-time.txt}
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
gen="${GEN_CORPUS:-$root/../../shared/bench/gen-corpus.py}"
[ -f "$gen" ] || gen=/work/shared/bench/gen-corpus.py
work="$root/bench/work/search"
mkdir -p "$work"
(cd "$here" && [ -d node_modules/pagefind ] || npm install --no-audit --no-fund >/dev/null)
dotnet build -c Release "$here/SearchBench/SearchBench.csproj" >/dev/null
bin="$here/SearchBench/bin/Release/net10.0/SearchBench"
for n in "$@"; do
  out="$work/$n"; rm -rf "$out"; mkdir -p "$out"
  python3 "$gen" --docs "$n" --seed 1 --out "$out/corpus" >/dev/null
  # The machine is shared: keep the load average next to every timed step.
  uptime > "$out/load.txt"
  /usr/bin/time -v "$bin" "$out/corpus" "$out/site" --html > "$out/build.json" 2> "$out/time.txt"
  uptime >> "$out/load.txt"
  "$bin" "$out/corpus" "$out/truth-site" --truth > "$out/truth.json" && rm -rf "$out/truth-site"
  node "$here/measure.mjs" "$out/site" > "$out/ours.json"
  if [ "${SKIP_PAGEFIND:-0}" != 1 ]; then
    cp "$here/pf.html" "$out/site/pf.html"
    # Pagefind needs ~11 GB and many minutes at 20k pages: cap it (PAGEFIND_TIMEOUT seconds) and report a failure.
    uptime > "$out/pagefind-load.txt"
    /usr/bin/time -v timeout "${PAGEFIND_TIMEOUT:-2400}" "$here/node_modules/.bin/pagefind" --site "$out/site" --force-language zh > "$out/pagefind.log" 2> "$out/pagefind-time.txt" || true
    uptime >> "$out/pagefind-load.txt"
    node "$here/measure.mjs" "$out/site" --pagefind > "$out/pagefind.json" || true
  fi
  node "$here/summarize.mjs" "$out"
done
