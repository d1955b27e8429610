"""Benchmarks for the self-assessment.

    python benchmarks/assessment.py [--runs 3]

On the large demo campaign (60 units, 2,000 tasks, 50,000 evidence records) with two years of
monthly values for every target, every point scored, 200 findings and a snapshot:
* the assessment as ``assess show --json`` gives it — target < 0.5 s;
* the readiness view (迎检准备) — target < 0.5 s;
* the 自查自评报告 as PDF (with its Excel copy) — target < 3 s;
* for the record, the whole command-line runs of ``assess show --json`` and ``assess readiness
  --json`` (Python's and the program's start included);
each against the month's bulletin as PDF, made in the same run (the baseline, ratio 1).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core.assessment import item_max  # noqa: E402
from desktop_app.services import (  # noqa: E402
    assessment,
    assessment_report,
    bulletin,
    demo,
    findings,
    metrics,
    readiness,
    rulesets,
    units,
)
from desktop_app.storage.database import Database  # noqa: E402

MONTH = "2026-10"
VALUES = {"percent": "97.6", "per_thousand": "30000", "value": "81.5"}


def prepare(db: Database) -> None:
    """Two years of monthly values for every target, every point scored, 200 findings, a snapshot."""
    for m in metrics.defined():
        for month in range(24):
            period = f"{2025 + month // 12}-{month % 12 + 1:02d}"
            metrics.record(db, m.code, VALUES[m.kind], period=period, source="测评")
    rs = rulesets.load(db)
    for p in rs.points():
        if p.conversion is not None:
            continue
        if p.choose:
            for i in p.items:
                assessment.set_score(db, p.code, item_max(p), item=i.no, basis="材料齐全")
        else:
            assessment.set_score(db, p.code, p.score, basis="材料齐全，已现场核查")
    names = [u.name for u in units.list_units(db)]
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["单位", "问题", "项号", "整改时限"])
    for n in range(200):
        wb.active.append([names[n % len(names)], f"检查发现问题{n}", f"({n % 89 + 1})", "2026-11-10"])
    path = Path(tempfile.mkdtemp()) / "findings.xlsx"
    wb.save(path)
    findings.import_xlsx(db, path, kind="月度专项督查", date=dt.date(2026, 11, 1))
    assessment.snapshot(db, "自查1")


def command(data: Path, *args: str) -> float:
    """Seconds for the whole command-line run, as an office script sees it."""
    import os
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data), *args],
        check=True,
        capture_output=True,
        env=env,
        cwd=ROOT,
    )
    return time.perf_counter() - start


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = Database.open(tmp / "large")
        demo.build_large(db)
        prepare(db)
        db.close()
        bulletins, shows, views, reports = [], [], [], []
        for n in range(args.runs):
            run = tmp / f"run{n}"
            shutil.copytree(tmp / "large", run / "data")
            db = Database.open(run / "data")
            bulletins.append(timed(lambda run=run, db=db: bulletin.generate(db, MONTH, run / "bulletin.pdf")))
            shows.append(timed(lambda db=db: json.dumps(assessment.show(db).to_json(), ensure_ascii=False)))
            views.append(timed(lambda db=db: readiness.readiness(db).to_json()))
            reports.append(
                timed(
                    lambda run=run, db=db: assessment_report.generate(
                        db, run / "自评.pdf", xlsx=run / "自评.xlsx", since="自查1"
                    )
                )
            )
            db.close()
        command(tmp / "large", "assess", "show", "--json")  # warm the file cache once
        cli_show = statistics.median(command(tmp / "large", "assess", "show", "--json") for _ in range(args.runs))
        cli_ready = statistics.median(command(tmp / "large", "assess", "readiness", "--json") for _ in range(args.runs))
        base = statistics.median(bulletins)
        rows = [
            ("the month's bulletin as PDF (baseline)", base, 0.0),
            ("assess show --json (the assessment added up)", statistics.median(shows), 0.5),
            ("the readiness view (迎检准备)", statistics.median(views), 0.5),
            ("the 自查自评报告 as PDF and Excel", statistics.median(reports), 3.0),
            ("command line: assess show --json (whole process)", cli_show, 0.0),
            ("command line: assess readiness --json (whole process)", cli_ready, 0.0),
        ]
    print(f"{'measurement':50} {'seconds':>8} {'ratio':>7}  target  ok")
    for name, seconds, target in rows:
        verdict = f"  <{target:g}s   {'yes' if seconds < target else 'NO'}" if target else ""
        print(f"{name:50} {seconds:8.3f} {seconds / base:7.2f}{verdict}")


if __name__ == "__main__":
    main()
