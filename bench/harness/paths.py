"""Where the benchmark keeps things. Everything bulky is under bench/work/, which git ignores."""
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
REPO = BENCH.parent
WORK = BENCH / "work"
RESULTS = BENCH / "results"
# Outputs of earlier runs are moved here rather than deleted before a build, and deleted when the benchmark ends.
TRASH = WORK / "trash"
GENERATOR = REPO.parent / "shared" / "bench" / "gen-corpus.py"   # ../shared beside the repository
ELEVENTY_HOME = WORK / "eleventy"          # where @11ty/eleventy and js-yaml are installed
CLI_DLL = WORK / "cli" / "StaticArchive.Cli.dll"   # bench/run.sh publishes it there


def corpus_dir(fmt: str, docs: int) -> Path:
    # Eleventy's config does require("js-yaml"), so its sites must sit below ELEVENTY_HOME.
    if fmt == "eleventy":
        return ELEVENTY_HOME / "sites" / f"eleventy-{docs}"
    return WORK / "corpora" / f"{fmt}-{docs}"


def staticarchive_output(docs: int) -> Path:
    return WORK / "out" / f"staticarchive-{docs}"
