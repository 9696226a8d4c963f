"""Runs one build under GNU time -v and a time-out, and reads back what the kernel accounted."""
import os
import re
import subprocess
import tempfile
from dataclasses import dataclass, asdict
from pathlib import Path

TIMEOUT_EXIT = 124      # coreutils timeout: the command ran out of time
KILLED_EXIT = 137       # SIGKILL: the OOM killer, or timeout's --kill-after


@dataclass
class Run:
    tool: str
    docs: int
    round: int
    status: str          # "ok", "timeout", "oom", "killed", "exit N"
    wall_s: float
    cpu_s: float         # user + sys of the whole process tree
    peak_rss_mib: float  # largest single process in the tree, as GNU time reports it
    pages: int
    output_mib: float    # du -sk: the blocks the output takes on this disk
    files: int = 0       # every file in the output, the count hosts limit
    bytes: int = 0       # the files' sizes added up, what hosts count against a site's size limit
    largest_bytes: int = 0
    largest_path: str = ""
    load1: float = 0.0   # 1-minute load average just before the run: other work on the machine shows here
    note: str = ""

    def as_dict(self) -> dict:
        return asdict(self)


def _field(report: str, label: str) -> str:
    match = re.search(rf"^\s*{re.escape(label)}: (.*)$", report, re.MULTILINE)
    return match.group(1).strip() if match else ""


def _wall_seconds(text: str) -> float:
    # GNU time prints h:mm:ss or m:ss.ss
    parts = [float(p) for p in text.split(":")] if text else [0.0]
    seconds = 0.0
    for part in parts:
        seconds = seconds * 60 + part
    return seconds


def count_pages(output: Path) -> int:
    return sum(1 for _ in output.rglob("*.html")) if output.is_dir() else 0


def file_sizes(output: Path) -> tuple[int, int, int, str]:
    """Files, their bytes added up, and the largest one (bytes, path relative to the output)."""
    count, total, largest, largest_path = 0, 0, 0, ""
    if output.is_dir():
        for folder, _, names in os.walk(output):
            for name in names:
                path = os.path.join(folder, name)
                size = os.path.getsize(path)
                count += 1
                total += size
                if size > largest:
                    largest, largest_path = size, os.path.relpath(path, output)
    return count, total, largest, largest_path


def disk_usage_mib(output: Path) -> float:
    if not output.is_dir():
        return 0.0
    kib = subprocess.run(["du", "-sk", str(output)], capture_output=True, text=True, check=True).stdout.split()[0]
    return int(kib) / 1024


def _status(exit_code: int, wall_s: float, timeout_s: int, stderr_tail: str) -> str:
    if exit_code == 0:
        return "ok"
    if exit_code == TIMEOUT_EXIT or wall_s >= timeout_s:
        return "timeout"   # 137 after the time-out means timeout's --kill-after fired
    if "heap out of memory" in stderr_tail or "OutOfMemory" in stderr_tail or exit_code == KILLED_EXIT:
        return "oom"       # Node/.NET said so, or the kernel's OOM killer sent SIGKILL
    return f"exit {exit_code}"


def _failure_note(text: str) -> str:
    """The first line that names an error (the cause), else the last line (usually the summary)."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    named = [i for i, line in enumerate(lines) if "error" in line.lower()]
    if named:   # StaticArchive prints "file:line:col: error CODE:" and the message on the next line
        return " ".join(lines[named[0]:named[0] + 2])[:200]
    return lines[-1][:200] if lines else ""


def load_average() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def timed(tool: str, docs: int, round_no: int, command: list[str], cwd: Path, output: Path,
          timeout_s: int, env: dict | None = None) -> Run:
    load1 = load_average()
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report_file:
        wrapped = ["/usr/bin/time", "-v", "-o", report_file.name,
                   "timeout", "--kill-after=10", str(timeout_s), *command]
        proc = subprocess.run(wrapped, cwd=cwd, env={**os.environ, **(env or {})},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, errors="replace")
        report = report_file.read()
    stderr_tail = proc.stderr[-2000:]
    # StaticArchive prints its diagnostics and summary on stdout, the peers their errors on stderr.
    output_tail = (proc.stdout[-2000:] + "\n" + stderr_tail).strip()
    exit_text = _field(report, "Exit status")
    exit_code = int(exit_text) if exit_text.lstrip("-").isdigit() else proc.returncode
    user = float(_field(report, "User time (seconds)") or 0)
    system = float(_field(report, "System time (seconds)") or 0)
    rss_kib = int(_field(report, "Maximum resident set size (kbytes)") or 0)
    wall_s = _wall_seconds(_field(report, "Elapsed (wall clock) time (h:mm:ss or m:ss)"))
    status = _status(exit_code, wall_s, timeout_s, stderr_tail)
    files, total, largest, largest_path = file_sizes(output)
    return Run(tool=tool, docs=docs, round=round_no, status=status, wall_s=wall_s,
               cpu_s=user + system, peak_rss_mib=rss_kib / 1024,
               pages=count_pages(output), output_mib=disk_usage_mib(output),
               files=files, bytes=total, largest_bytes=largest, largest_path=largest_path,
               load1=load1, note="" if status == "ok" else _failure_note(output_tail))
