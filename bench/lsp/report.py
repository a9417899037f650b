#!/usr/bin/env python3
"""Turn the JSON results of bench/lsp/lsp_latency.py into the results section of docs/performance.md.

    python3 bench/lsp/report.py RESULTS_DIR DOC.md

RESULTS_DIR holds one JSON file per run, named <config>-<models>-<repeat>.json (bench/lsp/run.sh
writes them). For every configuration and domain size each figure is the best (lowest) of the
repeated runs: the benchmark machine is shared, and the best run is the one least disturbed by
other work. The section between the markers
    <!-- lsp-results:start --> and <!-- lsp-results:end -->
of DOC.md is replaced; the rest of the file is left as it is. Python 3 standard library only.
"""

import json
import platform
import subprocess
import sys
from pathlib import Path

START = "<!-- lsp-results:start -->"
END = "<!-- lsp-results:end -->"

# (label, key, statistic: None for a plain number, "both" for median / p95, unit, {models: target}).
# A target applies to the number, or to the p95 of a median / p95 pair.
FIGURES = [
    ("process start -> initialize response", "initialize_ms", None, "ms", {100: 400, 500: 400, 2000: 400}),
    ("process start -> initial build done (every file checked)", "ready_ms", None, "ms", {}),
    ("didOpen -> diagnostics", "did_open_ms", None, "ms", {}),
    ("didChange -> diagnostics, median / p95 (all valid edits)", "did_change_ms", "both", "ms", {500: 40, 2000: 100}),
    ("... edits that keep the declarations (change a value)", "did_change_by_kind_ms/change value", "both", "ms", {}),
    ("... edits that add a field", "did_change_by_kind_ms/add field", "both", "ms", {}),
    ("... edits that remove a field", "did_change_by_kind_ms/remove field", "both", "ms", {}),
    ("didChange -> diagnostics, introducing and removing an error", "error_edit_ms", "both", "ms", {}),
    ("didChange -> whole build done (dependent files re-checked)", "did_change_build_done_ms", "both", "ms", {}),
    ("hover, median / p95", "hover_ms", "both", "ms", {500: 40}),
    ("completion, median / p95", "completion_ms", "both", "ms", {500: 40}),
    ("peak RSS of the server process (VmHWM)", "peak_rss_mb", None, "MB", {2000: 200}),
]


def lookup(result, key):
    value = result
    for part in key.split("/"):
        value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            return None
    return value


def best(results, key, stat):
    """The best value over the runs: a number, or (median, p95) for "both"."""
    values = [lookup(r, key) for r in results]
    values = [v for v in values if v is not None]
    if not values:
        return None
    if stat is None:
        return min(values)
    if stat == "both":
        return (min(v["median_ms"] for v in values), min(v["p95_ms"] for v in values))
    return min(v[stat] for v in values)


def fmt(value, unit):
    if value is None:
        return "n/a"
    if isinstance(value, tuple):
        return "%s / %s %s" % (number(value[0]), number(value[1]), unit)
    return "%s %s" % (number(value), unit)


def number(x):
    return "%.0f" % x if x >= 100 else "%.1f" % x


def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo", encoding="ascii", errors="replace"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len([1 for line in open("/proc/cpuinfo", encoding="ascii", errors="replace") if line.startswith("processor")])
    mem_kb = next(int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal"))
    try:
        java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[1].strip()
    except (OSError, IndexError):
        java = "unknown Java"
    return "%s, %d cores, %.0f GB RAM, %s %s, %s" % (cpu, cores, mem_kb / 1024 / 1024, platform.system(),
                                                     platform.release(), java)


def section(results_dir):
    runs = {}
    for path in sorted(Path(results_dir).glob("*.json")):
        config, models, _ = path.stem.rsplit("-", 2)
        runs.setdefault((config, int(models)), []).append(json.loads(path.read_text()))
    configs = sorted({c for c, _ in runs}, key=lambda c: (c != "recommended", c))
    sizes = sorted({m for _, m in runs})
    lines = [START, "", "Machine: " + machine() + ".", ""]
    for models in sizes:
        base = runs.get((configs[0], models), [{}])[0]
        repeats = {c: len(runs.get((c, models), [])) for c in configs}
        loads = [r.get("load_average_before") for c in configs for r in runs.get((c, models), [])]
        loads = [x for x in loads if x is not None]
        lines.append("### %d models (%s files, %s lines; edits in %s)" % (models, base.get("files"), base.get("lines"),
                                                                       base.get("opened")))
        lines.append("")
        lines.append("Best of %s runs per configuration; 1-minute load average of the machine at the start of the runs: %s." % (
            ", ".join("%d %s" % (n, c) for c, n in repeats.items()),
            "%.1f-%.1f" % (min(loads), max(loads)) if loads else "n/a"))
        lines.append("")
        header = "| figure | target | " + " | ".join(configs) + " |"
        lines.append(header)
        lines.append("|---|---|" + "---|" * len(configs))
        for label, key, stat, unit, targets in FIGURES:
            target = targets.get(models)
            cells = []
            for config in configs:
                value = best(runs.get((config, models), []), key, stat)
                cell = fmt(value, unit)
                judged = value[1] if isinstance(value, tuple) else value
                if target is not None and judged is not None:
                    cell += " ✅" if judged <= target else " ❌"
                cells.append(cell)
            goal = ""
            if target is not None:
                goal = ("p95 ≤ %d %s" if stat == "both" else "≤ %d %s") % (target, unit)
            lines.append("| %s | %s | %s |" % (label, goal, " | ".join(cells)))
        problems = [p for c in configs for r in runs.get((c, models), []) for p in r.get("problems", [])]
        lines.append("")
        if problems:
            lines.append("Problems reported by the driver: " + "; ".join(problems))
            lines.append("")
    lines.append(END)
    return "\n".join(lines)


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    results_dir, doc = sys.argv[1], Path(sys.argv[2])
    text = doc.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit("%s has no %s ... %s section" % (doc, START, END))
    before, rest = text.split(START, 1)
    _, after = rest.split(END, 1)
    doc.write_text(before + section(results_dir) + after, encoding="utf-8")
    print("updated " + str(doc))


if __name__ == "__main__":
    main()
