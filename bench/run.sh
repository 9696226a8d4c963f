#!/usr/bin/env bash
# Whole-build benchmark: StaticArchive against Hugo and Eleventy on the same synthetic archive.
#
#   bench/run.sh                  # sizes 1000 10000 100000
#   bench/run.sh 1000 10000       # only these sizes
#   RUNS=5 TOOLS="hugo eleventy" bench/run.sh 1000
#
# Environment: RUNS (rounds per size, default 3), TIMEOUT_S (cap per build, default 900),
# TOOLS (subset of "staticarchive hugo eleventy"), NODE_HEAP_MB (Eleventy's heap, default 12288).
# Corpora, peer installs and outputs live in bench/work/ (git-ignored); the table goes to bench/results/.
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(cd "$bench_dir/.." && pwd)"

"$bench_dir/install-peers.sh"

# One Release publish up front, so no run pays for compilation: the form the tool ships in, with our code and
# its libraries precompiled (ReadyToRun, set in the CLI's project file).
rm -rf "$bench_dir/work/cli"
dotnet publish -c Release "$repo_dir/src/StaticArchive.Cli" -o "$bench_dir/work/cli" -nologo -v quiet

exec python3 "$bench_dir/harness/main.py" "$@"
