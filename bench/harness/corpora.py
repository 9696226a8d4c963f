"""Generates the three layouts of one corpus size once, and reuses them afterwards."""
import os
import shutil
import subprocess
import sys
import time

import paths

FORMATS = ("native", "hugo", "eleventy")
COMPLETE_MARKER = ".complete"   # written only after the generator exits 0, so a half-written corpus is redone


def ensure(docs: int, formats=FORMATS) -> None:
    generator = os.environ.get("GEN_CORPUS", str(paths.GENERATOR))
    for fmt in formats:
        target = paths.corpus_dir(fmt, docs)
        if (target / COMPLETE_MARKER).exists():
            continue
        shutil.rmtree(target, ignore_errors=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        subprocess.run(
            [sys.executable, generator, "--docs", str(docs), "--seed", "1", "--format", fmt, "--out", str(target)],
            check=True, stdout=subprocess.DEVNULL)
        (target / COMPLETE_MARKER).touch()
        print(f"  generated {fmt}-{docs} in {time.monotonic() - started:.1f} s", flush=True)
