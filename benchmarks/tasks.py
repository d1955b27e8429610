"""Benchmarks for the plan's tasks.

    python benchmarks/tasks.py [--rows 2000] [--runs 5]

* importing a task workbook of 2,000 rows (office layout: title row, two-row header, merged
  group rows) against openpyxl alone reading the same workbook — target ≤ 2 × (issue 5) — and
  against the fastest maintained reader, python-calamine, alone — target ≤ 1.2 × (issue 11);
* importing the same 2,000 tasks from a Word .docx (the table split over pages) against
  python-docx alone reading it — target ≤ 2 ×;
* filtering the large demo campaign's 2,000 tasks (unit, then overdue, then words) on the task
  page, offscreen, with its counts and timeline redrawn — target < 50 ms a filter;
* importing the 2,000-row workbook with one deadline in ten written so that no date can be read
  (kept as written and marked 需核对) against openpyxl alone reading it — target ≤ 1.5 × (issue 23);
* the preview (a dry run) of a plan of 300 paragraphs as a Word file of body text, its tasks closing
  with their units in the plan's words — target < 1 s (issue 23).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook, load_workbook  # noqa: E402

from desktop_app.services import demo, task_import, units  # noqa: E402
from desktop_app.storage.database import Database  # noqa: E402

ONES = "一二三四五六七八九"
NUMERALS = [*ONES, "十", *(f"十{d}" for d in ONES), *(f"{t}十{d}" for t in ONES[1:] for d in ["", *ONES])]
DEADLINES = ["2025年12月底前", "2026.06.30", "长期坚持", dt.date(2026, 3, 31), "每季度"]


def workbook(path: Path, rows: int, names: list[str], odd_every: int = 0) -> Path:
    """``odd_every``: every so many tasks a deadline no reading fits (kept as written, 需核对)."""
    wb = Workbook()
    ws = wb.active
    ws.append(["示范城市创建任务分解表"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "任务", "工作内容", "责任分工", None, "完成时限"])
    ws.append([None, None, None, "牵头单位", "责任单位", None])
    for col in (1, 2, 3, 6):
        ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    ws.merge_cells("D2:E2")
    per_group = 100
    for g in range(rows // per_group):
        ws.append([f"（{NUMERALS[g]}）第{g + 1}组重点任务"])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
        for n in range(1, per_group):
            lead = names[(g + n) % len(names)]
            resp = "、".join(names[(g + n + k) % len(names)] for k in range(1, 4))
            ws.append(
                [
                    n,
                    f"第{g + 1}组第{n}项任务",
                    "按照评价细则落实并收集佐证材料。\n按月报送进展。",
                    lead,
                    resp,
                    f"待省里通知（第{n}批）" if odd_every and n % odd_every == 0 else DEADLINES[n % 5],
                ]
            )
    wb.save(path)
    return path


def plan_document(path: Path, names: list[str], paragraphs: int = 300) -> Path:
    """A plan as a Word file of body text, as seeds 003 and 004 are written: sections, groups （一）…,
    numbered tasks each closing with its units in the plan's words, a deadline phrase in some."""
    import docx

    document = docx.Document()
    for line in (
        "2020年某区食品安全重点工作安排",
        "一、总体要求",
        "按照市委、市政府部署，制定本方案。",
        "二、重点工作任务",
    ):
        document.add_paragraph(line)
    written, group = 4, 0
    while written < paragraphs - 1:
        group += 1
        document.add_paragraph(f"（{NUMERALS[group - 1]}）第{group}组重点工作")
        written += 1
        for n in range(1, 30):
            if written >= paragraphs - 1:
                break
            lead, other, third = (names[(group + n + k) % len(names)] for k in range(3))
            units_said = f"（{lead}负责）" if n % 3 == 0 else f"（{lead}牵头，{other}、{third}按职责分工负责）"
            due = "于11月1日前报送。" if n % 4 == 0 else ""
            document.add_paragraph(f"{n}.开展第{group}组第{n}项专项行动，加强监督检查，落实主体责任。{due}{units_said}")
            written += 1
    document.add_paragraph("三、工作要求")
    document.save(str(path))
    return path


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def calamine_reads(path: Path) -> None:
    """The fastest maintained reader alone: every cell's value and the merged ranges."""
    from python_calamine import CalamineWorkbook

    sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    for row in sheet.to_python(skip_empty_area=False):
        for _ in row:
            pass
    assert sheet.merged_cell_ranges is not None


def word_document(path: Path, workbook_path: Path) -> Path:
    """The workbook's table as a Word table, split every 200 rows (a page), the header repeated."""
    import docx

    rows = [list(r) for r in load_workbook(workbook_path, data_only=True).active.iter_rows(values_only=True)]
    header, body = rows[1:3], rows[3:]
    document = docx.Document()
    document.add_paragraph("示范城市创建任务分解表")
    for start in range(0, len(body), 200):
        part = header + body[start : start + 200]
        table = document.add_table(rows=len(part), cols=6)
        for r, row in enumerate(part):
            cells = table.rows[r].cells
            for c, value in enumerate(row):
                if value is not None:
                    cells[c].text = str(value)
    document.save(str(path))
    return path


def python_docx_reads(path: Path) -> None:
    """The baseline: python-docx opening the document and reading every cell's text."""
    import docx

    for table in docx.Document(str(path)).tables:
        for row in table.rows:
            for cell in row.cells:
                _ = cell.text


def openpyxl_reads(path: Path) -> None:
    """The baseline: openpyxl's default load_workbook reading every cell's value."""
    ws = load_workbook(path, data_only=True).active
    for row in ws.iter_rows(values_only=True):
        for _ in row:
            pass


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = Database.open(tmp / "small")
        demo.build_small(db)
        names = [u.name for u in units.list_units(db) if u.kind == "部门"]
        path = workbook(tmp / "tasks.xlsx", args.rows, names)
        document = word_document(tmp / "tasks.docx", path)
        reads, fast_reads, imports, docx_reads, docx_imports = [], [], [], [], []
        for n in range(args.runs):  # interleaved, so a busy moment of the machine hits both alike
            fresh = Database.open(tmp / f"import{n}")
            demo.build_small(fresh)
            reads.append(timed(lambda: openpyxl_reads(path)))
            fast_reads.append(timed(lambda: calamine_reads(path)))
            imports.append(timed(lambda fresh=fresh: task_import.import_tasks(fresh, path)))
            fresh.close()
            fresh = Database.open(tmp / f"docx{n}")
            demo.build_small(fresh)
            docx_reads.append(timed(lambda: python_docx_reads(document)))
            docx_imports.append(timed(lambda fresh=fresh: task_import.import_tasks(fresh, document)))
            fresh.close()
        base, fast, imported = statistics.median(reads), statistics.median(fast_reads), statistics.median(imports)
        rows.append((f"openpyxl reads the {args.rows}-row workbook (baseline)", base, 1.0, None))
        rows.append(("tasks import of the same workbook", imported, imported / base, ("≤", 2.0)))
        rows.append((f"python-calamine reads the {args.rows}-row workbook (baseline)", fast, 1.0, None))
        rows.append(("tasks import of the same workbook", imported, imported / fast, ("≤", 1.2)))
        word_base, word_import = statistics.median(docx_reads), statistics.median(docx_imports)
        rows.append((f"python-docx reads the {args.rows}-row table as .docx (baseline)", word_base, 1.0, None))
        rows.append(("tasks import of the same .docx", word_import, word_import / word_base, ("≤", 2.0)))
        db.close()

        odd = workbook(tmp / "odd.xlsx", args.rows, names, odd_every=10)
        plan = plan_document(tmp / "plan.docx", names)
        odd_reads, odd_imports, previews = [], [], []
        for n in range(args.runs):
            fresh = Database.open(tmp / f"odd{n}")
            demo.build_small(fresh)
            odd_reads.append(timed(lambda: openpyxl_reads(odd)))
            odd_imports.append(timed(lambda fresh=fresh: task_import.import_tasks(fresh, odd)))
            previews.append(timed(lambda fresh=fresh: task_import.import_tasks(fresh, plan, dry_run=True)))
            fresh.close()
        flagged = sum(1 for _code, c in task_import.import_tasks(db, odd, dry_run=True).checks if c.kept)
        odd_base, odd_import = statistics.median(odd_reads), statistics.median(odd_imports)
        rows.append(
            (f"openpyxl reads the {args.rows}-row workbook, {flagged} odd deadlines (baseline)", odd_base, 1.0, None)
        )
        rows.append(
            (
                "tasks import of it, each odd deadline kept and marked 需核对",
                odd_import,
                odd_import / odd_base,
                ("≤", 1.5),
            )
        )
        rows.append(
            ("preview (dry run) of a 300-paragraph plan as body text", statistics.median(previews), None, ("<", 1.0))
        )

        large = Database.open(tmp / "large")
        demo.build_large(large)
        rows += measure_filters(large, args.runs)
        large.close()
    print(f"{'measurement':66} {'seconds':>8} {'ratio':>7}  target  ok")
    for name, seconds, ratio, target in rows:
        ratio_text = f"{ratio:7.2f}" if ratio is not None else " " * 7
        if target is None:
            print(f"{name:66} {seconds:8.3f} {ratio_text}")
        elif target[0] == "≤":
            print(f"{name:66} {seconds:8.3f} {ratio_text}  ≤{target[1]}×   {'yes' if ratio <= target[1] else 'NO'}")
        else:
            print(f"{name:66} {seconds:8.3f} {ratio_text}  <{target[1]}s  {'yes' if seconds < target[1] else 'NO'}")


def measure_filters(db: Database, runs: int) -> list:
    """The task page as a clerk uses it: each filter step updates the table, the counts, the unit's
    summary and the timeline, which is then painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("FOODSAFETY_DESK_NO_DIALOGS", "1")
    from desktop_app.gui.app import _application
    from desktop_app.gui.pages.tasks import TasksPage
    from desktop_app.gui.qt import QEvent

    app = _application()
    page = TasksPage(db)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    app.processEvents()
    count = len(page.model.tasks)
    unit = page.model.tasks[-1].lead_units[0]
    steps = [{"unit": unit}, {"status": "已逾期"}, {"words": "推进"}, {"unit": "", "status": "", "words": ""}]
    times = []
    for _ in range(runs):
        for step in steps:
            start = time.perf_counter()
            page._filter(**step)
            page.timeline.grab()
            times.append(time.perf_counter() - start)
    for widget in app.topLevelWidgets():  # gone while Qt is up, or PySide's teardown trips over them
        widget.close()
        widget.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    del page
    gc.collect()
    return [
        (
            f"task page filtered and timeline drawn, {count} tasks (slowest of {len(times)})",
            max(times),
            None,
            ("<", 0.05),
        )
    ]


if __name__ == "__main__":
    main()
