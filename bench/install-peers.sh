#!/usr/bin/env bash
# Installs the benchmark's peers and GNU time if they are missing: Debian's hugo, time and
# hyperfine, and Eleventy 3 (with js-yaml, which the generated config requires) under bench/work/.
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
eleventy_dir="$bench_dir/work/eleventy"

missing=()
command -v hugo >/dev/null || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)   # the shell keyword `time` has no -v: we need GNU time
command -v hyperfine >/dev/null || missing+=(hyperfine)
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}"
fi

if [ ! -x "$eleventy_dir/node_modules/.bin/eleventy" ]; then
  mkdir -p "$eleventy_dir"
  # A package.json of its own keeps npm from walking up into the repository.
  [ -f "$eleventy_dir/package.json" ] || echo '{"name":"bench-eleventy","private":true}' > "$eleventy_dir/package.json"
  (cd "$eleventy_dir" && npm install --no-audit --no-fund @11ty/eleventy@3 js-yaml)
fi
