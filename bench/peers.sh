#!/usr/bin/env bash
# The peers' build recipe, one build at a time, exactly as run.sh times it:
#
#   bench/peers.sh hugo     bench/work/corpora/hugo-1000
#   bench/peers.sh eleventy bench/work/eleventy/sites/eleventy-1000
#
# Sites come from gen-corpus.py --format hugo|eleventy. An Eleventy site must sit below bench/work/eleventy/,
# where install-peers.sh puts @11ty/eleventy and js-yaml, because its config does require("js-yaml").
# Both write to <site>/public/, which is deleted first so every build starts cold.
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tool="${1:?usage: peers.sh hugo|eleventy SITE_DIR}"
site="$(cd "${2:?usage: peers.sh hugo|eleventy SITE_DIR}" && pwd)"

"$bench_dir/install-peers.sh"
rm -rf "$site/public"
case "$tool" in
  hugo)
    hugo --quiet -s "$site" ;;
  eleventy)
    # What `npx @11ty/eleventy` starts, without npm's own start-up; a 100,000-page site needs more than Node's default heap.
    cd "$site" && NODE_OPTIONS="--max-old-space-size=${NODE_HEAP_MB:-12288}" "$bench_dir/work/eleventy/node_modules/.bin/eleventy" --quiet ;;
  *)
    echo "unknown tool $tool: use hugo or eleventy" >&2; exit 2 ;;
esac
find "$site/public" -name '*.html' | wc -l | xargs echo "pages:"
