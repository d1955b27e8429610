"""Benchmark of the inspection binder at a city's scale.

    python benchmarks/binder.py [--runs 3] [--data FOLDER]

On the large demo campaign (60 units, 50,000 evidence records over 500 stored files, 1.6 GB as the
binder holds them): exporting the binder (files, manifest, index workbook, printed index and its
Word copy, the gap list) in a child process — target < 60 s and < 400 MB at its peak (the child's
maximum resident memory); the copying of its files (from the export's own progress: the time until
the index is written) against ``cp -r`` of the same binder's files, run in this run between the
exports — target ≤ 2 ×.

The large demo is built once into ``--data`` (a temporary folder by default); each run writes into
a fresh folder, removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHILD = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from desktop_app.services import binder
from desktop_app.storage.database import Database

marks = {}
start = time.perf_counter()

class Timing:
    cancelled = False
    def step(self, done, total, message=""):
        if done >= total - 3 and "copied" not in marks:
            marks["copied"] = time.perf_counter() - start

result = binder.export(Database.open(Path(sys.argv[1])), Path(sys.argv[2]), progress=Timing())
marks["total"] = time.perf_counter() - start
marks["files"] = len(result.entries)
print(json.dumps(marks))
"""


def export_once(data: Path, out: Path) -> tuple[dict, float]:
    """One export in a child process: its phase times and its peak memory in MB."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data), str(out), str(ROOT)], stdout=subprocess.PIPE, text=True
    )
    _, status, usage = os.wait4(child.pid, 0)
    output = child.stdout.read() if child.stdout else ""
    if status != 0:
        raise SystemExit(f"the export failed ({status}): {output}")
    return json.loads(output.strip().splitlines()[-1]), usage.ru_maxrss / 1024


def copy_once(binder_folder: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["cp", "-r", str(binder_folder), str(out)], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, help="a data folder holding the large demo (built there if empty)")
    args = parser.parse_args()
    from desktop_app.services import demo
    from desktop_app.storage.database import Database

    with tempfile.TemporaryDirectory(prefix="fsd-binder-") as tmp_name:
        tmp = Path(tmp_name)
        data = args.data or tmp / "large"
        if not any(data.glob("*.db")):
            start = time.perf_counter()
            db = Database.open(data)
            demo.build_large(db)
            db.close()
            print(f"large demo built in {time.perf_counter() - start:.1f} s")
        totals, copies, peaks, baselines = [], [], [], []
        files = 0
        for n in range(args.runs):
            out = tmp / f"out{n}"
            marks, peak = export_once(data, out)
            totals.append(marks["total"])
            copies.append(marks["copied"])
            peaks.append(peak)
            files = marks["files"]
            made = next(out.glob("迎检资料-*"))
            baselines.append(copy_once(made, tmp / f"cp{n}"))
            shutil.rmtree(tmp / f"cp{n}")
            shutil.rmtree(out)
        base = statistics.median(baselines)
        rows = [
            (f"cp -r of the binder's {files:,} files (baseline)", base, 1.0, ""),
            ("the export's copying of them (with SHA-256 read back)", statistics.median(copies),
             statistics.median(copies) / base, "≤2×"),
            ("the whole export (files, manifest, indexes, gap list)", statistics.median(totals), None, "<60s"),
        ]  # fmt: skip
        print(f"{'measurement':58} {'seconds':>8} {'ratio':>7}  target  ok")
        for name, seconds, ratio, target in rows:
            ratio_text = f"{ratio:7.2f}" if ratio is not None else " " * 7
            ok = ""
            if target == "≤2×":
                ok = "yes" if ratio is not None and ratio <= 2 else "NO"
            elif target == "<60s":
                ok = "yes" if seconds < 60 else "NO"
            print(f"{name:58} {seconds:8.3f} {ratio_text}  {target:6}  {ok}")
        peak = max(peaks)
        print(f"{'the export’s peak memory (MB, highest of the runs)':58} {peak:8.0f} {'':7}  <400MB  "
              f"{'yes' if peak < 400 else 'NO'}")  # fmt: skip
        print(
            "runs:",
            ", ".join(
                f"{t:.1f} s / {c:.1f} s / cp {b:.1f} s" for t, c, b in zip(totals, copies, baselines, strict=True)
            ),
        )


if __name__ == "__main__":
    main()
