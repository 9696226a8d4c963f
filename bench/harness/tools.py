"""The builds being compared: what each one runs, where, and what it must delete first to start cold."""
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import paths

# The lead's on-disk cache is a git-ignored folder named like this; a cold build deletes every copy of it
# we know of (beside the content, in the corpus root, or in the working directory of the build).
CACHE_FOLDER = ".staticarchive-cache"
# Absolute, as a deployed site has it: the sitemap and feeds then carry whole URLs.
BASE_URL = "https://gk.example.gov.cn/"


@dataclass
class Build:
    name: str
    cwd: Path
    command: list[str]
    output: Path
    prepare: Callable[[], None] = lambda: None
    env: dict = field(default_factory=dict)


def _remove(*folders: Path) -> Callable[[], None]:
    """Clears the folders by moving them aside, not deleting them: see set_aside."""
    def remove() -> None:
        for folder in folders:
            set_aside(folder)
    return remove


def set_aside(folder: Path) -> None:
    """Moves a folder into paths.TRASH (one rename). A CI runner starts from a fresh clone with no output; a build
    started right after deleting thousands of files instead pays for the kernel skipping the just-freed inodes
    (ext4 keeps them out of use for a minute), which measured 7 to 14 s of extra system time at 10,000 documents
    and charges whichever tool writes the most files. The trash is deleted when the benchmark ends."""
    if not folder.exists():
        return
    paths.TRASH.mkdir(parents=True, exist_ok=True)
    target = paths.TRASH / f"{len(os.listdir(paths.TRASH)):05d}-{folder.name}"
    folder.rename(target)


def staticarchive(docs: int, cold: bool) -> Build:
    corpus = paths.corpus_dir("native", docs)
    output = paths.staticarchive_output(docs)
    caches = [corpus / CACHE_FOLDER, corpus / "content" / CACHE_FOLDER, output.parent / CACHE_FOLDER]
    return Build(
        name="staticarchive" if cold else "staticarchive-2nd",
        cwd=corpus,
        command=["dotnet", str(paths.CLI_DLL), "build", "--content", str(corpus / "content"), "--output", str(output),
                 "--base-url", BASE_URL],
        output=output,
        # The second build runs right after a cold one and keeps its output and cache: "nothing changed".
        prepare=_remove(output, *caches) if cold else (lambda: None),
        env={"DOTNET_CLI_TELEMETRY_OPTOUT": "1", "DOTNET_NOLOGO": "1"})


def hugo(docs: int) -> Build:
    site = paths.corpus_dir("hugo", docs)
    # Hugo keeps no build cache for this site (no image processing); deleting public/ makes every run cold.
    return Build(name="hugo", cwd=site, command=["hugo", "--quiet", "-s", str(site)], output=site / "public",
                 prepare=_remove(site / "public", site / "resources"))


def eleventy(docs: int) -> Build:
    site = paths.corpus_dir("eleventy", docs)
    heap_mb = os.environ.get("NODE_HEAP_MB", "12288")
    # The same program `npx @11ty/eleventy` starts, called directly so npm's own start-up is not timed.
    binary = paths.ELEVENTY_HOME / "node_modules" / ".bin" / "eleventy"
    return Build(name="eleventy", cwd=site, command=[str(binary), "--quiet"], output=site / "public",
                 prepare=_remove(site / "public", site / ".cache"),
                 # Node's default heap (about 4 GiB) is too small for large sites; give it half the machine.
                 env={"NODE_OPTIONS": f"--max-old-space-size={heap_mb}"})


def round_of(docs: int, tools: list[str]) -> list[Build]:
    """One round: each tool once, in a fixed order; rounds repeat, so the tools alternate (ABCABC...)."""
    builds: list[Build] = []
    for tool in tools:
        if tool == "staticarchive":
            builds += [staticarchive(docs, cold=True), staticarchive(docs, cold=False)]
        elif tool == "hugo":
            builds.append(hugo(docs))
        elif tool == "eleventy":
            builds.append(eleventy(docs))
        else:
            raise SystemExit(f"unknown tool {tool!r}: use staticarchive, hugo or eleventy")
    return builds


FORMAT_OF = {"staticarchive": "native", "hugo": "hugo", "eleventy": "eleventy"}
