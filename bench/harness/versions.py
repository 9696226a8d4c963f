"""Names the machine and the exact tool versions, so a results file says what it measured."""
import os
import subprocess
from pathlib import Path

import paths


def _first_line(command: list[str], cwd: Path | None = None) -> str:
    try:
        out = subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=60)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "not found"


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def memory_gib() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) / 1024 / 1024
    return 0.0


def describe() -> dict[str, str]:
    eleventy = paths.ELEVENTY_HOME / "node_modules" / ".bin" / "eleventy"
    return {
        "CPU": f"{cpu_model()}, {os.cpu_count()} cores",
        "memory": f"{memory_gib():.1f} GiB",
        "kernel": _first_line(["uname", "-sr"]),
        "StaticArchive": _first_line(["git", "-C", str(paths.REPO), "log", "-1", "--format=%h %s"]),
        ".NET": _first_line(["dotnet", "--version"]),
        "Hugo": _first_line(["hugo", "version"]),
        "Eleventy": _first_line([str(eleventy), "--version"]),
        "Node.js": _first_line(["node", "--version"]),
        # GNU time's --version says "UNKNOWN" on Debian; the package version is the useful one.
        "GNU time": _first_line(["dpkg-query", "-W", "-f", "${Version}", "time"]),
    }
