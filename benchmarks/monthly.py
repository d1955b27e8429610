"""Benchmarks for the monthly cycle.

    python benchmarks/monthly.py [--runs 3]

On the large demo campaign (60 units, 2,000 tasks):
* writing the month's 60 fill-in workbooks;
* importing the 60 returned workbooks (checked, then saved with their task updates) —
  target < 10 s; openpyxl alone reading the same 60 files (default mode) is the baseline;
* the month's bulletin (月度工作通报) as PDF, its figures read from the campaign, written and archived —
  target < 3 s;
* the bulletin as PDF, Word and Excel together, from one content — target ≤ 3 × the PDF alone (what
  the clerk waits for, either way);
* the PDF written from its content (the figures already read) at least 10 × faster than LibreOffice
  converting the same tables (the bulletin's Excel copy, already written) to PDF headless, side by side
  (LibreOffice started once beforehand, so its start-up is not counted against it).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from openpyxl import load_workbook  # noqa: E402

from desktop_app.reports.bulletin import write_bulletin, write_bulletin_xlsx  # noqa: E402
from desktop_app.services import bulletin, demo, monthly  # noqa: E402
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


def libreoffice(soffice: str, xlsx: Path, profile: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(xlsx.parent),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = Database.open(tmp / "large")
        demo.build_large(db)
        db.close()
        writes, reads, imports, pdfs, offices, threes, drawn = [], [], [], [], [], [], []
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice:  # its first start builds a profile: not part of what is measured
            warm = tmp / "warm.xlsx"
            from openpyxl import Workbook

            Workbook().save(warm)
            libreoffice(soffice, warm, tmp / "lo-profile")
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
            start = time.perf_counter()
            made = bulletin.generate(db, MONTH, run / "bulletin.pdf", xlsx=None)
            pdfs.append(time.perf_counter() - start)
            start = time.perf_counter()
            bulletin.generate(db, MONTH, run / "three.pdf", xlsx=run / "three.xlsx", docx=run / "three.docx")
            threes.append(time.perf_counter() - start)
            content = bulletin.build(db, MONTH)
            start = time.perf_counter()
            write_bulletin(run / "drawn.pdf", content)
            drawn.append(time.perf_counter() - start)
            write_bulletin_xlsx(run / "bulletin.xlsx", content)  # the PDF's tables
            if soffice:
                offices.append(libreoffice(soffice, run / "bulletin.xlsx", tmp / "lo-profile"))
            assert made.pdf.exists()
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
            ("the month's bulletin as PDF (60 units, 2,000 tasks)", statistics.median(pdfs), 1.0, 3.0),
            ("… as PDF, Word and Excel together", statistics.median(threes),
             statistics.median(threes) / statistics.median(pdfs), None),
            ("the bulletin's PDF drawn from its content (figures read)", statistics.median(drawn), 1.0, None),
        ]  # fmt: skip
        if offices:
            lo = statistics.median(offices)
            rows.append(("LibreOffice: the bulletin's tables, xlsx → PDF", lo, lo / statistics.median(drawn), None))
        else:
            rows.append(("LibreOffice not installed: no side-by-side figure", 0.0, None, None))
    print(f"{'measurement':58} {'seconds':>8} {'ratio':>7}  target  ok")
    for name, seconds, ratio, target in rows:
        ratio_text = f"{ratio:7.2f}" if ratio is not None else " " * 7
        verdict = f"  <{target:g}s   {'yes' if seconds < target else 'NO'}" if target else ""
        if name.startswith("LibreOffice:"):
            verdict = f"  ≥10×   {'yes' if ratio >= 10 else 'NO'}"
        elif name.startswith("… as PDF, Word"):
            verdict = f"  ≤3×    {'yes' if ratio <= 3 else 'NO'}"
        print(f"{name:58} {seconds:8.3f} {ratio_text}{verdict}")


if __name__ == "__main__":
    main()
