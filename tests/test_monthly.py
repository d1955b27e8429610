"""The monthly cycle: templates for every unit, filled in as units do (messy cases included),
imported, and the submission states and task updates that follow."""

import datetime as dt
import json
import os
import shutil
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app.core.monthly import due_date, parse_percent, submission_state
from desktop_app.services import monthly, tasks, units
from tests.conftest import build_demo, run_cli

MONTH = "2026-10"
TODAY = dt.date(2026, 11, 2)


def _lead(db):
    """A unit that leads an open task, and that task."""
    task = next(t for t in tasks.list_tasks(db) if not t.is_group and t.lead_units and t.status != "已完成")
    return task.lead_units[0], task


@pytest.fixture(scope="module")
def _templates(tmp_path_factory):
    """The month's templates of the demo campaign, written once for the module (each takes ~50 ms)."""
    from desktop_app.storage.database import Database

    data = tmp_path_factory.mktemp("templates-data")
    db = Database.open(data)
    try:
        build_demo(db)
        return monthly.write_templates(db, MONTH, tmp_path_factory.mktemp("templates") / "下发")
    finally:
        db.close()


@pytest.fixture
def sent(demo_db, tmp_path, _templates):
    """The month's templates, as the office sends them out (a fresh copy for each test)."""
    folder = tmp_path / "下发"
    folder.mkdir()
    copies = [folder / path.name for path in _templates]
    for path, copy in zip(_templates, copies, strict=True):
        shutil.copyfile(path, copy)
    return copies


def _file_of(sent, unit):
    return next(p for p in sent if p.name == f"{MONTH} {unit}.xlsx")


def _fill(path, **cells):
    """Fill cells as a unit would in Excel (openpyxl writes the workbook as another program would)."""
    wb = load_workbook(path)
    ws = wb["月度推进情况"]
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(path)
    return path


def _row_of(path, ref):
    ws = load_workbook(path, read_only=True)["月度推进情况"]
    return next(r for r, values in enumerate(ws.iter_rows(values_only=True), start=1) if values[2] == ref)


def _import(db, *paths, month=None):
    entries = monthly.read_files(db, paths, month=month)
    return entries, monthly.save(db, entries)


def test_a_workbook_for_every_unit_as_excel_and_wps_open_it(demo_db, sent):
    active = [u for u in units.list_units(demo_db) if u.active]
    assert len(sent) == len(active)
    unit, task = _lead(demo_db)
    wb = load_workbook(_file_of(sent, unit))
    ws = wb["月度推进情况"]
    assert ws["A1"].value.startswith(unit) and "2026年10月" in ws["A1"].value and "10月25日前" in ws["A2"].value
    assert [c.value for c in ws[4]][:5] == ["序号", "类型", "编号", "任务或评价内容", "进展情况"]
    assert ws.protection.sheet and wb.security.lockStructure
    assert ws["D5"].protection.locked and not ws["E5"].protection.locked and not ws["B3"].protection.locked
    assert wb["_fsd_id"].sheet_state == "veryHidden"
    codes = [r[2] for r in ws.iter_rows(min_row=5, values_only=True)]
    assert codes[0] == "综合" and task.code in codes
    status_lists = [v for v in ws.data_validations.dataValidation if v.type == "list"]
    assert status_lists and "已完成" in status_lists[0].formula1
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows.replace("$", "") == "4:4"


def test_filled_in_as_a_unit_would_updates_the_tasks_it_leads(demo_db, sent):
    unit, task = _lead(demo_db)
    path = _file_of(sent, unit)
    row = _row_of(path, task.code)
    _fill(
        path,
        B3="2026年10月23日",
        E5="召开推进会2次，印发方案1份",
        **{f"K{row}": "已完成", f"E{row}": "已完成"},
    )
    entries, result = _import(demo_db, path)
    assert [e.error for e in entries] == [None] and len(result.saved) == 1 and result.tasks_updated == 1
    done = next(t for t in tasks.list_tasks(demo_db) if t.code == task.code)
    assert (done.status, done.progress) == ("已完成", 100)
    assert any("月报" in e.note for e in tasks.history(demo_db, task.code))
    state = next(s for s in monthly.status(demo_db, MONTH, today=TODAY) if s.unit == unit)
    assert (state.state, state.submitted_at.date()) == ("on_time", dt.date(2026, 10, 23))
    saved = monthly.report(demo_db, unit, MONTH)
    assert saved.summary == "召开推进会2次，印发方案1份" and saved.source == "file"


def test_percentages_as_typed_and_a_newer_file_replaces_keeping_history(demo_db, sent, tmp_path):
    unit, task = _lead(demo_db)
    path = _file_of(sent, unit)
    row = _row_of(path, task.code)
    _fill(path, B3="2026.10.20", **{f"L{row}": "98.5%"})
    _import(demo_db, path)
    assert next(r for r in monthly.report(demo_db, unit, MONTH).rows if r.ref == task.code).percent == 98.5
    _fill(path, B3=dt.datetime(2026, 10, 28), **{f"L{row}": 0.6})  # a cell formatted as a percentage: 60%
    entries, _ = _import(demo_db, path)
    assert entries[0].replaces == dt.datetime(2026, 10, 20)
    again = monthly.report(demo_db, unit, MONTH)
    assert next(r for r in again.rows if r.ref == task.code).percent == 60.0 and len(again.history) >= 1
    state = next(s for s in monthly.status(demo_db, MONTH, today=TODAY) if s.unit == unit)
    assert (state.state, state.days_late) == ("late", 3)
    assert next(t for t in tasks.list_tasks(demo_db) if t.code == task.code).progress == 60


def test_resaved_by_another_program_still_imports(demo_db, sent):
    unit, _task = _lead(demo_db)
    path = _fill(_file_of(sent, unit), B3="10月24日", E5="按计划推进")
    wb = load_workbook(path)  # opened and saved again, as WPS does: styles and XML rewritten
    wb.save(path)
    entries, result = _import(demo_db, path)
    assert entries[0].ok and entries[0].submitted == dt.date(2026, 10, 24) and len(result.saved) == 1


def _messy(kind, path, tmp_path):
    wb = load_workbook(path)
    ws = wb["月度推进情况"]
    if kind == "row deleted":
        ws.delete_rows(6)
    elif kind == "row inserted":
        ws.insert_rows(6)
        ws["D6"], ws["E6"] = "自己加的一行", "内容"
    elif kind == "merged":
        ws.merge_cells("E5:F6")
    elif kind == "title changed":
        ws["D6"] = "改过的内容"
    elif kind == "bad date":
        ws["B3"] = "上周五"
    elif kind == "bad percent":
        ws["L5"] = "很多"
    elif kind == "bad status":
        ws["K5"] = "差不多了"
    elif kind == "other campaign":
        wb["_fsd_id"]["B3"] = "0" * 32
    elif kind == "header moved":
        ws.insert_rows(2)
    wb.save(path)
    if kind == "xls":
        return path.rename(path.with_suffix(".xls"))
    if kind == "csv":
        target = path.with_suffix(".csv")
        target.write_text("序号,类型,编号\n1,任务,综合\n", encoding="gbk")
        return target
    if kind == "unknown template":
        other = Workbook()
        other.active.append(["序号", "进展情况"])
        other.save(path)
    if kind == "50 MB":
        with zipfile.ZipFile(path, "a") as archive:  # a picture pasted into the sheet
            archive.writestr("xl/media/image1.png", os.urandom(50 * 1024 * 1024), zipfile.ZIP_STORED)
    return path


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("row deleted", "第 6 行"),
        ("row inserted", "模板中没有这一行"),
        ("merged", "E5:F6"),
        ("title changed", "改过的内容"),
        ("bad date", "上周五"),
        ("bad percent", "L5"),
        ("bad status", "K5"),
        ("other campaign", "另一个创建活动"),
        ("header moved", "表头现在位于第 5 行"),
        ("xls", "另存为"),
        ("csv", ".csv"),
        ("unknown template", "不是本程序生成"),
        ("50 MB", "50 MB"),
    ],
)
def test_messy_returns_are_refused_with_the_reason_and_nothing_lost(demo_db, sent, tmp_path, kind, words):
    unit, _task = _lead(demo_db)
    first = _fill(_file_of(sent, unit), B3="2026-10-20", E5="第一次报送")
    _import(demo_db, first)
    before = monthly.report(demo_db, unit, MONTH)
    again = monthly.write_templates(demo_db, MONTH, tmp_path / "再发", unit_ids=[units.find(demo_db, unit).id])[0]
    path = _messy(kind, _fill(again, B3="2026-10-22", E5="第二次报送"), tmp_path)
    entries, result = _import(demo_db, path)
    assert not entries[0].ok and not result.saved
    text = entries[0].error.full_text()
    assert words in text, text
    assert monthly.report(demo_db, unit, MONTH).summary == before.summary == "第一次报送"


def test_a_folder_at_once_two_files_for_one_unit_and_the_wrong_month(demo_db, sent, tmp_path):
    folder = sent[0].parent
    for path in sent:
        _fill(path, B3="2026-10-21")
    twin = folder / "副本.xlsx"
    twin.write_bytes(sent[1].read_bytes())
    (folder / "说明.txt").write_text("不是报表", encoding="utf-8")
    blank = monthly.write_templates(demo_db, "2026-09", tmp_path / "空白")[0]  # sent back as it came
    assert "空白模板" in monthly.read_files(demo_db, [blank])[0].error.message
    entries = monthly.read_files(demo_db, [folder])
    refused = {e.path.name for e in entries if not e.ok}
    assert refused == {sent[1].name, "副本.xlsx"}
    assert "只导入正确的那一个" in next(e for e in entries if e.path.name == "副本.xlsx").error.message
    result = monthly.save(demo_db, entries)
    assert len(result.saved) == len(sent) - 1 and len(result.refused) == 2
    wrong = monthly.read_files(demo_db, [sent[2]], month="2026-11")
    assert "不是2026年11月的" in wrong[0].error.message


def test_submission_states():
    assert due_date("2025-02", 30) == dt.date(2025, 2, 28)
    due = due_date("2025-03", 25)
    assert submission_state(due, dt.date(2025, 3, 25), dt.date(2025, 4, 1)).state == "on_time"
    late = submission_state(due, dt.date(2025, 3, 28), dt.date(2025, 4, 1))
    assert (late.state, late.days_late) == ("late", 3)
    assert submission_state(due, None, dt.date(2025, 3, 26)).state == "missing"
    assert submission_state(due, None, dt.date(2025, 3, 25)).state == "not_due"
    assert parse_percent("98.5％") == 98.5 and parse_percent(1) == 1.0 and parse_percent(None) is None


def test_manual_entry_and_the_matrix(demo_db):
    unit, task = _lead(demo_db)
    from desktop_app.core.monthly import ReturnedRow

    rows = [ReturnedRow("task", "综合", "本月创建工作总体情况", progress="电话报送：按计划推进")]
    rows.append(ReturnedRow("task", task.code, task.title, status="进行中", percent=50))
    assert monthly.enter(demo_db, unit, "2026-11", rows, dt.date(2026, 11, 20)) == 1
    grid = monthly.matrix(demo_db, ["2026-10", "2026-11", "2026-12"], today=dt.date(2026, 11, 22))
    mine = {m: next(s for s in grid[m] if s.unit == unit) for m in grid}
    assert mine["2026-11"].state == "on_time" and mine["2026-12"].state == "not_due"
    assert monthly.report(demo_db, unit, "2026-11").source == "manual"


def test_cli_templates_import_status(tmp_path):
    data = tmp_path / "data"
    assert run_cli("demo", data_dir=data).returncode == 0
    out = tmp_path / "下发"
    made = run_cli("monthly", "templates", "--month", MONTH, "--out", str(out), data_dir=data)
    assert made.returncode == 0, made.stderr
    files = sorted(out.glob("*.xlsx"))
    _fill(files[0], B3="2026-10-20", E5="按计划推进")
    _fill(files[1], B3="2026-10-29")
    bad = _fill(files[2], L5="很多")
    done = run_cli("monthly", "import", str(files[0]), str(files[1]), str(bad), data_dir=data)
    assert done.returncode == 2 and "L5" in done.stderr and "已保存 2 份" in done.stdout
    listed = json.loads(run_cli("monthly", "status", "--month", MONTH, "--json", data_dir=data).stdout)
    assert {"unit", "status", "submitted_at", "days_late"} <= set(listed[0])
    states = {s["status"] for s in listed}
    assert "on_time" in states and "late" in states
    late = next(s for s in listed if s["status"] == "late")
    assert late["days_late"] == 4
    # the office knows the late one came by mail on the 24th: imported again with that day, it is on time
    again = run_cli("monthly", "import", "--sent", "2026-10-24", str(files[1]), data_dir=data)
    assert again.returncode == 0 and "2026-10-24" in again.stdout, again.stderr
    listed = json.loads(run_cli("monthly", "status", "--month", MONTH, "--json", data_dir=data).stdout)
    assert not [s for s in listed if s["status"] == "late"]
    bad_day = run_cli("monthly", "import", "--sent", "24.10.2026", str(files[1]), data_dir=data)
    assert bad_day.returncode != 0 and "24.10.2026" in bad_day.stderr
    future = run_cli("monthly", "import", "--sent", "2999-01-01", str(files[1]), data_dir=data)
    assert future.returncode != 0 and "晚于今天" in future.stderr


def test_a_row_that_contradicts_itself_is_taken_as_written_and_flagged(demo_db, sent):
    """已完成 with 60%: neither set right to 100% nor refused — kept as the unit wrote it, said in the
    preview, and the task marked 需核对 for the office."""
    unit, task = _lead(demo_db)
    path = _file_of(sent, unit)
    row = _row_of(path, task.code)
    _fill(path, B3="2026年10月23日", **{f"K{row}": "已完成", f"L{row}": "60%", f"E{row}": "基本完成"})
    entries = monthly.read_files(demo_db, [path])
    change = next(c for c in entries[0].changes if c.code == task.code)
    assert (change.new_status, change.new_progress) == ("已完成", 60) and "60%" in change.warning
    monthly.save(demo_db, entries)
    kept = next(t for t in tasks.list_tasks(demo_db) if t.code == task.code)
    assert (kept.status, kept.progress) == ("已完成", 60)
    assert any(c["field"] == "progress" and "60%" in c["reason"] for c in kept.checks)
    shown = run_cli("tasks", "list", "--to-check", data_dir=demo_db.data_dir)
    assert task.code in shown.stdout, shown.stderr


def test_the_same_file_brought_again_changes_nothing(demo_db, sent):
    """Imported on time, then brought again a week later as it was (no 填报日期: the file's own day
    would say late): the report keeps the day it first came in; the office may still correct that day."""
    import os

    unit, task = _lead(demo_db)
    path = _fill(_file_of(sent, unit), E5="按计划推进", **{f"K{_row_of(_file_of(sent, unit), task.code)}": "进行中"})
    first = monthly.read_files(demo_db, [path])
    monthly.set_sent_day(first[0], dt.date(2026, 10, 22))  # the day the mail came
    monthly.save(demo_db, first)
    tasks.set_status(demo_db, task.code, "已完成")  # the clerk's own change since
    later = dt.datetime(2026, 11, 2).timestamp()
    os.utime(path, (later, later))  # copied again: a new modified day, the same bytes
    again = monthly.read_files(demo_db, [path])
    assert again[0].unchanged and again[0].unchanged_since == dt.datetime(2026, 10, 22) and not again[0].changes
    result = monthly.save(demo_db, again)
    assert not result.saved and result.unchanged == again and "第一次报送的日期" in result.said()
    state = next(s for s in monthly.status(demo_db, MONTH, today=TODAY) if s.unit == unit)
    assert (state.state, state.submitted_at.date()) == ("on_time", dt.date(2026, 10, 22))
    assert not monthly.report(demo_db, unit, MONTH).history  # no new version
    assert next(t for t in tasks.list_tasks(demo_db) if t.code == task.code).status == "已完成"  # not undone
    out = run_cli("monthly", "import", str(path), data_dir=demo_db.data_dir)
    assert out.returncode == 0 and "未作改动" in out.stdout, out.stdout
    # the office corrects the day it came: only that day changes, the rows and the tasks stay
    fixed = monthly.read_files(demo_db, [path])
    monthly.set_sent_day(fixed[0], dt.date(2026, 10, 21))
    assert fixed[0].redated and not fixed[0].unchanged
    monthly.save(demo_db, fixed)
    state = next(s for s in monthly.status(demo_db, MONTH, today=TODAY) if s.unit == unit)
    assert state.submitted_at.date() == dt.date(2026, 10, 21) and len(monthly.report(demo_db, unit, MONTH).history) == 1
    assert next(t for t in tasks.list_tasks(demo_db) if t.code == task.code).status == "已完成"


def test_a_report_date_after_the_due_day_or_the_file_s_own_day_is_shown_and_kept(demo_db, sent):
    """Taken as the unit wrote it, said in the preview (window and command line)."""
    import os

    unit, _task = _lead(demo_db)
    path = _fill(_file_of(sent, unit), B3="2026年10月29日", E5="按计划推进")  # due on the 25th
    saved = dt.datetime(2026, 10, 27).timestamp()  # the file itself last saved on the 27th
    os.utime(path, (saved, saved))
    entries = monthly.read_files(demo_db, [path])
    said = " ".join(entries[0].warnings)
    assert "晚于截止日 2026-10-25" in said and "按逾期报送计" in said and "笔误" in said, said
    out = run_cli("monthly", "import", "--dry-run", str(path), data_dir=demo_db.data_dir)
    assert "⚠ 填报日期 2026-10-29 晚于截止日" in out.stdout, out.stdout
    monthly.save(demo_db, entries)
    state = next(s for s in monthly.status(demo_db, MONTH, today=TODAY) if s.unit == unit)
    assert (state.state, state.submitted_at.date()) == ("late", dt.date(2026, 10, 29))  # as written
    on_time = monthly.read_files(demo_db, [_fill(_file_of(sent, _lead(demo_db)[0]), B3="2026-10-20")])
    assert not [w for w in on_time[0].warnings if "截止日" in w]
