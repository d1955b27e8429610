"""Benchmarks for the foundation: start-up and the JSON commands on the large demo campaign.

    python benchmarks/foundation.py [--runs N]

Every figure is a median of N child processes measured in this run, the program's runs taking
turns with its baseline's; ratios compare with that baseline, so the machine's speed cancels out.
Targets: window shown ≤ 1.5 × a bare PySide6 window, 首页 filled ≤ 3 ×; each JSON command < 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Installed programs run from compiled bytecode (pip and PyInstaller both ship it), so the
# children may cache theirs, in a folder of their own; the first (warming) run compiles.
ENV = {
    **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    "QT_QPA_PLATFORM": "offscreen",
    "FOODSAFETY_DESK_NO_DIALOGS": "1",
}


def milestones(*args: str) -> dict[str, float]:
    """Seconds from spawning a process until each 'NAME SECONDS' line it prints."""
    proc = subprocess.run(
        [sys.executable, *args, f"{time.time():.6f}"], capture_output=True, text=True, env=ENV, cwd=ROOT, check=True
    )
    found = dict(line.split() for line in proc.stdout.splitlines() if line.strip())
    return {name: float(value) for name, value in found.items()}


def whole_run(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], check=True, capture_output=True, env=ENV, cwd=ROOT)
    return time.perf_counter() - start


def alternating(runs: int, *commands):
    """Each command run ``runs`` times, taking turns (a, b, c, a, b, c, …) so that the machine's slow
    and fast moments fall on the baseline and the program alike; the results of each, in turn."""
    for command in commands:
        command()  # warm the file cache once
    results: list[list] = [[] for _ in commands]
    for _ in range(runs):
        for found, command in zip(results, commands, strict=True):
            found.append(command())
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        ENV["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        data = Path(tmp) / "large"
        t0 = time.perf_counter()
        whole_run("-m", "desktop_app", "--data-dir", str(data), "demo", "--scale", "large")
        build = time.perf_counter() - t0

        bare_runs, desk_runs = alternating(
            runs,
            lambda: milestones(str(HERE / "_bare_window.py")),
            lambda: milestones(str(HERE / "_desk_window.py"), str(data)),  # shown, then 首页 ready
        )
        bare = statistics.median(r["shown"] for r in bare_runs)
        desk = statistics.median(r["shown"] for r in desk_runs)
        ready = statistics.median(r["ready"] for r in desk_runs)
        command = ("-m", "desktop_app", "--data-dir", str(data))
        python, show, units = (
            statistics.median(found)
            for found in alternating(
                runs,
                lambda: whole_run("-c", "pass"),
                lambda: whole_run(*command, "framework", "show", "--json"),
                lambda: whole_run(*command, "units", "list", "--json"),
            )
        )

    rows = [
        ("large demo built (60 units, 2,000 tasks, 50,000 evidence)", build, None, None, ""),
        ("bare PySide6 window shown (baseline)", bare, 1.0, None, ""),
        ("FoodSafety Desk main window shown, large campaign", desk, desk / bare, 1.5, "× baseline"),
        ("… and 首页 filled from the database (first page usable)", ready, ready / bare, 3.0, "× baseline"),
        ("python -c pass (baseline)", python, 1.0, None, ""),
        ("framework show --json, large campaign", show, show / python, 0.5, "s"),
        ("units list --json, large campaign", units, units / python, 0.5, "s"),
    ]
    print(f"{'measurement':58} {'seconds':>8} {'ratio':>7}  target   ok")
    for name, seconds, ratio, target, unit in rows:
        ratio_text = f"{ratio:7.2f}" if ratio is not None else " " * 7
        if target is None:
            print(f"{name:58} {seconds:8.3f} {ratio_text}")
            continue
        value = ratio if unit.startswith("×") else seconds
        verdict = "yes" if value <= target else "NO"
        print(f"{name:58} {seconds:8.3f} {ratio_text}  ≤{target}{unit[:1] if unit == 's' else '×'}  {verdict}")


if __name__ == "__main__":
    main()
