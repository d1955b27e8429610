"""Benchmarks for the monthly cycle.

    python benchmarks/monthly.py [--runs 3]

On the large demo campaign (60 units, 2,000 tasks):
* writing the month's 60 fill-in workbooks;
* importing the 60 returned workbooks (checked, then saved with their task updates) —
  target < 10 s; openpyxl alone reading the same 60 files (default mode) is the baseline.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from openpyxl import load_workbook  # noqa: E402

from desktop_app.services import demo, monthly  # noqa: E402
from desktop_app.storage.database import Database  # noqa: E402

MONTH = "2026-10"


def fill(path: Path) -> None:
    """Fill a template as a unit would: every row's progress, some statuses and percentages."""
    wb = load_workbook(path)
    ws = wb["月度推进情况"]
    ws["B3"] = "2026-10-20"
    for r in range(5, ws.max_row + 1):
        if ws.cell(r, 3).value is None:
            continue
        ws.cell(r, 5, "本月按计划推进，召开专题会议1次，检查经营主体12家。")
        ws.cell(r, 6, "督促指导，现场检查")
        ws.cell(r, 7, "检查12家次，整改3处")
        if r % 3 == 0:
            ws.cell(r, 11, "进行中")
            ws.cell(r, 12, "60%")
    wb.save(path)


def read_all(paths: list[Path]) -> None:
    for path in paths:
        for ws in load_workbook(path, data_only=True).worksheets:
            for _ in ws.iter_rows(values_only=True):
                pass


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = Database.open(tmp / "large")
        demo.build_large(db)
        db.close()
        writes, reads, imports = [], [], []
        for n in range(args.runs):
            run = tmp / f"run{n}"
            shutil.copytree(tmp / "large", run / "data")  # each import starts from the same data
            db = Database.open(run / "data")
            start = time.perf_counter()
            paths = monthly.write_templates(db, MONTH, run / "out")
            writes.append(time.perf_counter() - start)
            for path in paths:
                fill(path)
            start = time.perf_counter()
            read_all(paths)
            reads.append(time.perf_counter() - start)
            start = time.perf_counter()
            entries = monthly.read_files(db, [run / "out"])
            result = monthly.save(db, entries)
            imports.append(time.perf_counter() - start)
            assert len(result.saved) == len(paths), [e.error for e in result.refused][:3]
            db.close()
        base = statistics.median(reads)
        rows = [
            (f"write the month's {len(paths)} fill-in workbooks", statistics.median(writes), None, None),
            (f"openpyxl reads the {len(paths)} returned workbooks (baseline)", base, 1.0, None),
            (
                f"import the {len(paths)} returned workbooks",
                statistics.median(imports),
                statistics.median(imports) / base,
                10.0,
            ),
        ]
    print(f"{'measurement':58} {'seconds':>8} {'ratio':>7}  target  ok")
    for name, seconds, ratio, target in rows:
        ratio_text = f"{ratio:7.2f}" if ratio is not None else " " * 7
        verdict = f"  <{target:g}s   {'yes' if seconds < target else 'NO'}" if target else ""
        print(f"{name:58} {seconds:8.3f} {ratio_text}{verdict}")


if __name__ == "__main__":
    main()
