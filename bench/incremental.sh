#!/usr/bin/env bash
# Full build vs one-document rebuild. Usage: bench/incremental.sh <corpus-dir-with-content/> <label>
# Needs a Release build: dotnet build src/StaticArchive.Cli -c Release
# Prints wall time and CPU time (user+sys): on a shared machine the CPU time is the steadier figure.
set -euo pipefail
CLI="$(cd "$(dirname "$0")/.." && pwd)/src/StaticArchive.Cli/bin/Release/net10.0/StaticArchive.Cli"
SRC="$1"; LABEL="$2"; WORK="/tmp/sa-bench-$LABEL"
rm -rf "$WORK"; mkdir -p "$WORK"; cp -r "$SRC/content" "$WORK/"
cd "$WORK"
run() { # name
  /usr/bin/time -v "$CLI" build > "$1.out" 2> "$1.time"
  local user sys
  user=$(grep 'User time' "$1.time" | awk '{print $NF}'); sys=$(grep 'System time' "$1.time" | awk '{print $NF}')
  printf '%-24s wall %8s  cpu %7.2f s  maxrss %7s KB  %s\n' "$1" "$(grep 'Elapsed (wall' "$1.time" | awk '{print $NF}')" \
    "$(echo "$user + $sys" | bc)" "$(grep 'Maximum resident' "$1.time" | awk '{print $NF}')" "$(grep -o '本次渲染 [0-9]* 个' "$1.out" | head -1)"
}
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
DOC="$(find content -name '*.md' | sort | sed -n '500p')"
[ -z "${SERVE_ONLY:-}" ] && run cold
[ -z "${SERVE_ONLY:-}" ] && run unchanged
printf '\n补充一段。\n' >> "$DOC"
[ -z "${SERVE_ONLY:-}" ] && run one-doc-edited
# Dev server: one process, in-memory transform cache; the rebuild time is what serve prints.
"$CLI" serve --port "${PORT:-5399}" > serve.out 2>&1 &
PID=$!
for _ in $(seq 1 1200); do grep -q '预览地址' serve.out && break; sleep 0.5; done
sleep 2
BEFORE=$(ticks "$PID")
printf '\n再补充一段。\n' >> "$DOC"
for _ in $(seq 1 600); do [ "$(grep -c '已重建' serve.out)" -ge 2 ] && break; sleep 0.5; done
AFTER=$(ticks "$PID")
kill "$PID"
printf '%-24s cpu %7.2f s  %s\n' "serve one-doc rebuild" "$(echo "($AFTER - $BEFORE) / $(getconf CLK_TCK)" | bc -l)" "$(grep '已重建' serve.out | tail -1)"
