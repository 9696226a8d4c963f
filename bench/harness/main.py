"""Whole-build benchmark driver (started by bench/run.sh): corpora, alternating rounds, table."""
import argparse
import json
import os
import shutil
import sys
import time
from datetime import date

import corpora
import paths
import report
import tools
import versions
from measure import Run, timed

DEFAULT_SIZES = [1000, 10000, 100000]
DEFAULT_TOOLS = "staticarchive hugo eleventy"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, default=DEFAULT_SIZES)
    parser.add_argument("--runs", type=int, default=int(os.environ.get("RUNS", "3")))
    parser.add_argument("--timeout", type=int, default=int(os.environ.get("TIMEOUT_S", "900")))
    parser.add_argument("--tools", default=os.environ.get("TOOLS", DEFAULT_TOOLS))
    # e.g. RUNS_AT="100000=1": fewer rounds where one round takes most of an hour.
    parser.add_argument("--runs-at", default=os.environ.get("RUNS_AT", ""))
    return parser.parse_args()


def runs_for(docs: int, args: argparse.Namespace) -> int:
    for item in args.runs_at.split():
        size, _, runs = item.partition("=")
        if int(size) == docs:
            return int(runs)
    return args.runs


def run_size(docs: int, tool_names: list[str], runs: int, timeout_s: int) -> list[Run]:
    corpora.ensure(docs, [tools.FORMAT_OF[t] for t in tool_names])
    results: list[Run] = []
    for round_no in range(1, runs + 1):
        for build in tools.round_of(docs, tool_names):
            build.prepare()
            # Flush the previous build's output and the deletions to disk now, so that write-back is not
            # charged to whichever build runs next (hyperfine's `--prepare sync` practice).
            os.sync()
            run = timed(build.name, docs, round_no, build.command, build.cwd, build.output, timeout_s, build.env)
            results.append(run)
            print(f"  {docs:>7} r{round_no} {build.name:<18} {run.status:<8} wall {run.wall_s:7.2f} s  "
                  f"cpu {run.cpu_s:7.2f} s  rss {run.peak_rss_mib:7.0f} MiB  pages {run.pages}", flush=True)
    return results


def main() -> int:
    args = parse_args()
    tool_names = args.tools.split()
    started = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    all_runs: list[Run] = []
    if paths.TRASH.exists():   # left by an interrupted run
        shutil.rmtree(paths.TRASH, ignore_errors=True)
    try:
        for docs in args.sizes:
            print(f"== {docs} documents", flush=True)
            all_runs += run_size(docs, tool_names, runs_for(docs, args), args.timeout)
    except BaseException:
        shutil.rmtree(paths.TRASH, ignore_errors=True)
        raise

    summaries = {}
    for run in all_runs:
        summaries.setdefault((run.docs, run.tool), []).append(run)
    summaries = {key: report.summarize(runs) for key, runs in summaries.items()}

    rounds = ", ".join(f"{runs_for(d, args)} at {d:,}" for d in args.sizes)
    settings = (f"Started {started}; rounds per size: {rounds}; tools alternating within each round; "
                f"each build capped at {args.timeout} s; sizes {', '.join(map(str, args.sizes))}; "
                "corpora from gen-corpus.py --seed 1.")
    text = report.markdown(summaries, versions.describe(), settings)
    print("\n" + text)

    paths.RESULTS.mkdir(parents=True, exist_ok=True)
    stem = f"{date.today().isoformat()}-{'-'.join(map(str, args.sizes))}"
    if tool_names != DEFAULT_TOOLS.split():
        stem += "-" + "-".join(tool_names)
    if (paths.RESULTS / f"{stem}.md").exists():   # never overwrite an earlier measurement
        stem += time.strftime("-%H%M")
    (paths.RESULTS / f"{stem}.md").write_text(text, encoding="utf-8")
    # Every single run, for whoever wants more than medians (git-ignored: bench/results/*.raw).
    (paths.RESULTS / f"{stem}.raw").write_text(json.dumps([r.as_dict() for r in all_runs], indent=1), encoding="utf-8")
    print(f"wrote {paths.RESULTS / (stem + '.md')}")
    # Last, once the figures are safe: deleting the earlier outputs takes minutes at 100,000 documents.
    shutil.rmtree(paths.TRASH, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
