"""Turns the runs into medians, ratios and a Markdown table."""
from collections import Counter
from statistics import median

from measure import Run

LABELS = {
    "staticarchive": "StaticArchive (cold)",
    "staticarchive-2nd": "StaticArchive (2nd build, nothing changed)",
    "hugo": "Hugo",
    "eleventy": "Eleventy",
}
RATIOS = [("staticarchive", "hugo"), ("staticarchive", "eleventy"),
          ("staticarchive-2nd", "hugo"), ("staticarchive-2nd", "eleventy")]
METRICS = [("wall_s", "wall"), ("cpu_s", "CPU"), ("peak_rss_mib", "peak RSS")]


def summarize(runs: list[Run]) -> dict:
    ok = [r for r in runs if r.status == "ok"]
    failures = Counter(r.status for r in runs if r.status != "ok")
    summary = {"runs": len(runs), "ok": len(ok), "failures": dict(failures),
               "notes": sorted({r.note for r in runs if r.note})}
    if ok:
        summary.update(
            wall_s=median(r.wall_s for r in ok), wall_min=min(r.wall_s for r in ok), wall_max=max(r.wall_s for r in ok),
            cpu_s=median(r.cpu_s for r in ok), peak_rss_mib=median(r.peak_rss_mib for r in ok),
            pages=int(median(r.pages for r in ok)), output_mib=median(r.output_mib for r in ok))
        # A build writes the same files every round; the last successful one is reported.
        last = ok[-1]
        summary.update(files=last.files, bytes=last.bytes, largest_bytes=last.largest_bytes,
                       largest_path=last.largest_path, docs=last.docs)
    summary["load1"] = median(r.load1 for r in runs) if runs else None
    return summary


def _status_text(s: dict) -> str:
    text = "ok" if not s["failures"] else ", ".join(f"{n}× {kind}" for kind, n in s["failures"].items())
    if s["ok"] and s.get("pages") == 0:
        text += "; no pages written"   # e.g. the CLI before the builder landed
    return text


def _num(value, digits: int = 2) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def results_table(summaries: dict[tuple[int, str], dict]) -> str:
    lines = ["| docs | build | ok/runs | wall s (median) | wall min–max | CPU s (user+sys) | peak RSS MiB | pages | output MiB | load | status |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    for (docs, name), s in summaries.items():
        spread = f"{_num(s.get('wall_min'))}–{_num(s.get('wall_max'))}" if s["ok"] else "—"
        pages = f"{s['pages']:,}" if "pages" in s else "—"
        lines.append(f"| {docs:,} | {LABELS.get(name, name)} | {s['ok']}/{s['runs']} | {_num(s.get('wall_s'))} | {spread} | "
                     f"{_num(s.get('cpu_s'))} | {_num(s.get('peak_rss_mib'), 0)} | {pages} | "
                     f"{_num(s.get('output_mib'), 1)} | {_num(s.get('load1'), 1)} | {_status_text(s)} |")
    return "\n".join(lines)


def ratio_table(summaries: dict[tuple[int, str], dict]) -> str:
    lines = ["| docs | ratio | wall | CPU | peak RSS |", "|---:|---|---:|---:|---:|"]
    for docs in sorted({d for d, _ in summaries}):
        for ours, peer in RATIOS:
            a, b = summaries.get((docs, ours)), summaries.get((docs, peer))
            if not a or not b:
                continue
            if a.get("pages") == 0:   # a build that wrote nothing would "win" every ratio
                lines.append(f"| {docs:,} | {LABELS[ours]} / {LABELS[peer]} | n/a: no pages | n/a | n/a |")
                continue
            cells = []
            for key, _ in METRICS:
                x, y = a.get(key), b.get(key)
                cells.append(f"{x / y:.2f}" if x and y else "n/a")
            lines.append(f"| {docs:,} | {LABELS[ours]} / {LABELS[peer]} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _mib(n: int) -> str:
    return f"{n / 2**20:,.1f}"


def _size(n: int) -> str:
    return f"{n / 2**20:,.1f} MiB" if n >= 2**20 else f"{n / 1024:,.0f} KiB"


def size_table(summaries: dict[tuple[int, str], dict]) -> str:
    """Files, bytes, bytes per document and the largest file of each cold build, ours against the peers'."""
    lines = ["| docs | build | files | MiB (file bytes) | KiB per document | largest file | du MiB | bytes / Hugo's | files / Hugo's |",
             "|---:|---|---:|---:|---:|---|---:|---:|---:|"]
    for (docs, name), s in summaries.items():
        if name == "staticarchive-2nd" or not s.get("files"):
            continue
        hugo = summaries.get((docs, "hugo"), {})
        ratio = f"{s['bytes'] / hugo['bytes']:.2f}" if hugo.get("bytes") else "—"
        files_ratio = f"{s['files'] / hugo['files']:.2f}" if hugo.get("files") else "—"
        lines.append(f"| {docs:,} | {LABELS.get(name, name).replace(' (cold)', '')} | {s['files']:,} | {_mib(s['bytes'])} | "
                     f"{s['bytes'] / docs / 1024:,.1f} | {_size(s['largest_bytes'])} `{s['largest_path']}` | "
                     f"{_num(s.get('output_mib'), 1)} | {ratio} | {files_ratio} |")
    return "\n".join(lines)


def markdown(summaries: dict[tuple[int, str], dict], machine: dict[str, str], settings: str) -> str:
    notes = sorted({f"{LABELS.get(n, n)} at {d:,}: {note}" for (d, n), s in summaries.items() for note in s["notes"]})
    parts = ["# Whole-build benchmark", "", settings, "",
             "\n".join(f"- {key}: {value}" for key, value in machine.items()), "",
             "## Builds (medians over the successful runs)", "",
             "load: median 1-minute load average before the runs; above 2 (the cores), other work shared the machine.",
             "", results_table(summaries), "",
             "## Ratios (below 1 means StaticArchive needs less)", "", ratio_table(summaries), "",
             "## Output size (what a static host counts: files and their bytes; du is the disk's blocks)", "",
             size_table(summaries), ""]
    if notes:
        parts += ["## Failures (first error line of the tool's output, else its last line)", "", "\n".join(f"- {n}" for n in notes), ""]
    return "\n".join(parts)
