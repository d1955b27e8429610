"""Reporting rounds: monthly, quarterly or on fixed dates (seed 004: 8月25日 and 11月1日), each asking for
progress (the form) or a unit's 自查报告 (seed 000) — templates, import, status, bulletin and the late
list per round; never "missing" before the campaign starts; the monthly data kept before stays valid."""

import datetime as dt
import subprocess

import pytest
from openpyxl import load_workbook

from desktop_app.core.errors import KnownError
from desktop_app.core.monthly import LATE, MISSING, NOT_DUE, ON_TIME, OUTSIDE, UNTRACKED, ReturnedRow
from desktop_app.core.rounds import in_campaign, parse_key, periodic, quarter_round, round_label
from desktop_app.services import bulletin, campaigns, evidence, monthly, rounds, units
from tests.conftest import run_cli

AFTER = dt.date(2026, 1, 10)  # "today" in these tests: after the rounds of late 2025 were due


def test_keys_names_and_periods():
    assert [parse_key(t) for t in ("2025-03", "2025年3月", "2025-Q3", "2025年第三季度", "2025 q4", "2025-R2")] == [
        "2025-03", "2025-03", "2025-Q3", "2025-Q3", "2025-Q4", "2025-R2",
    ]  # fmt: skip
    assert parse_key("2025-Q5") is None and parse_key("第三季度") is None and parse_key("随便") is None
    q = quarter_round("2025-Q3", 25)
    assert (q.name, q.due, q.start) == ("2025年第三季度", dt.date(2025, 9, 25), dt.date(2025, 7, 1))
    assert [r.key for r in periodic("quarterly", dt.date(2025, 8, 1), dt.date(2026, 1, 10), 25)] == [
        "2025-Q3", "2025-Q4", "2026-Q1",
    ]  # fmt: skip
    assert round_label("2025-R1") == "2025年第1次报送" and round_label("2025-03") == "2025年3月"
    assert not in_campaign(quarter_round("2025-Q1", 25), dt.date(2025, 8, 1), None)


def _fill_and_import(db, path, day="2025-08-20"):
    wb = load_workbook(path)
    ws = wb["月度推进情况"]
    ws["B3"] = day
    ws["E5"] = "召开推进会1次，检查经营主体12家。"
    wb.save(path)
    entries = monthly.read_files(db, [path])
    assert entries[0].ok, entries[0].error
    return monthly.save(db, entries)


def test_seed_004s_two_fixed_rounds_end_to_end(demo_db, tmp_path):
    rounds.set_cycle(demo_db, "fixed")
    first = rounds.add_fixed(demo_db, dt.date(2025, 8, 25), "8月25日前报送推进情况")
    second = rounds.add_fixed(demo_db, dt.date(2025, 11, 1), "11月1日前逐条报送")
    assert (first.key, second.key) == ("2025-R1", "2025-R2")
    listed = rounds.all_rounds(demo_db, AFTER)
    assert [r.key for r in listed] == ["2025-R1", "2025-R2"]  # fixed dates only: no months
    unit = units.find(demo_db, "市教育局")
    path = monthly.write_templates(demo_db, "2025-R1", tmp_path / "表", unit_ids=[unit.id])[0]
    title = load_workbook(path)["月度推进情况"]["A1"].value
    assert "8月25日前报送推进情况" in title
    _fill_and_import(demo_db, path)
    states = {s.unit: s.state for s in monthly.status(demo_db, "2025-R1", today=AFTER)}
    assert states["市教育局"] == ON_TIME and states["市公安局"] == MISSING
    assert monthly.status(demo_db, "2025-R2", today=dt.date(2025, 10, 1))[0].state == NOT_DUE
    made = bulletin.generate(demo_db, "2025-R1", tmp_path / "通报.pdf")
    text = subprocess.run(["pdftotext", str(made.pdf), "-"], capture_output=True, text=True).stdout.replace("\n", "")
    assert "关于8月25日前报送推进情况创建工作推进情况的通报" in text and "按时报送1个" in text
    with pytest.raises(KnownError, match="已有报送记录"):
        rounds.remove_fixed(demo_db, "2025-R1")
    rounds.remove_fixed(demo_db, "2025-R2")
    assert [r.key for r in rounds.fixed(demo_db)] == ["2025-R1"]


def test_a_quarterly_round_end_to_end_and_the_months_kept_before(demo_db, tmp_path):
    education = units.find(demo_db, "市教育局")
    row = [ReturnedRow("task", "综合", "本月创建工作总体情况", progress="按计划推进")]
    monthly.enter(demo_db, "市教育局", "2025-10", row, dt.date(2025, 10, 20))  # a month reported before
    rounds.set_cycle(demo_db, "quarterly")
    keys = [r.key for r in rounds.all_rounds(demo_db, AFTER)]
    assert keys == ["2025-Q3", "2025-Q4", "2026-Q1"]
    path = monthly.write_templates(demo_db, "2025-Q4", tmp_path / "表", unit_ids=[education.id])[0]
    assert "2025年第四季度" in load_workbook(path)["月度推进情况"]["A1"].value
    _fill_and_import(demo_db, path, day="2025-12-28")
    states = {s.unit: (s.state, s.days_late) for s in monthly.status(demo_db, "2025-Q4", today=AFTER)}
    assert states["市教育局"] == (LATE, 3) and states["市公安局"][0] == MISSING  # due 2025-12-25
    kept = {s.unit: s.state for s in monthly.status(demo_db, "2025-10", today=AFTER)}
    assert kept["市教育局"] == ON_TIME  # the monthly report taken in before still counts as it was
    made = bulletin.generate(demo_db, "2025-Q4", tmp_path / "季度.pdf")
    text = subprocess.run(["pdftotext", str(made.pdf), "-"], capture_output=True, text=True).stdout.replace("\n", "")
    assert "2025年第四季度" in text and "逾期报送1个" in text and "市教育局（逾期3天）" in text


def test_never_missing_before_the_campaign_starts(demo_db):
    found = monthly.status(demo_db, "2025-03", today=AFTER)  # the demo campaign starts on 2025-08-01
    assert {s.state for s in found} == {OUTSIDE} and found[0].label == "不在创建期内"
    assert bulletin.build(demo_db, "2025-03").figures["missing"] == 0


def test_a_round_that_asks_for_the_units_own_self_assessment_reports(demo_db, tmp_path):
    due = dt.date.today() + dt.timedelta(days=10)
    asked = rounds.add_fixed(demo_db, due, "自查报告", scope="self_report")
    with pytest.raises(KnownError, match="自查报告文件"):
        monthly.write_templates(demo_db, asked.key, tmp_path / "表")
    paper = tmp_path / "市教育局创建工作自查报告.docx"
    paper.write_bytes(b"PK not really a docx but a file")
    evidence.add_files(demo_db, [paper], item=1, unit="市教育局")
    later = due + dt.timedelta(days=1)
    states = {s.unit: s.state for s in monthly.status(demo_db, asked.key, today=later)}
    assert states["市教育局"] == ON_TIME and states["市公安局"] == MISSING
    text = bulletin.build(demo_db, asked.key)
    assert text.month == "自查报告" and text.scope == "self_report"


def test_rounds_from_the_command_line(tmp_path):
    data = tmp_path / "data"
    assert run_cli("demo", data_dir=data).returncode == 0
    done = run_cli("rounds", "add", "--due", "2025-08-25", "--name", "第一次逐条报送", data_dir=data)
    assert done.returncode == 0 and "2025-R1" in done.stdout, done.stderr
    assert run_cli("rounds", "cycle", "quarterly", data_dir=data).returncode == 0
    listed = run_cli("rounds", "list", data_dir=data).stdout
    assert "2025-R1\t第一次逐条报送\t2025-08-25" in listed and "2025-Q3\t2025年第三季度" in listed
    status = run_cli("monthly", "status", "--month", "2025年第三季度", data_dir=data)
    assert status.returncode == 0 and "\t" in status.stdout
    wrong = run_cli("monthly", "status", "--month", "2025-R9", data_dir=data)
    assert wrong.returncode != 0 and "2025-R9" in wrong.stderr


def test_what_a_new_period_or_due_day_would_do_is_said_before_it_is_saved(demo_db):
    info = campaigns.get(demo_db)
    row = [ReturnedRow("task", "综合", "本月创建工作总体情况", progress="按计划推进")]
    unit = monthly.status(demo_db, "2026-10")[0].unit
    monthly.enter(demo_db, unit, "2026-10", row, dt.date(2026, 10, 20))
    assert rounds.period_effects(demo_db, info.start, info.end, info.report_due_day) == []
    assert rounds.period_effects(demo_db, info.start, info.end, 20) == []  # the 20th: still on time
    assert rounds.period_effects(demo_db, info.start, info.end, 19) == ["已收到的报表中有1份按时将改为逾期。"]
    later = rounds.period_effects(demo_db, dt.date(2026, 11, 1), info.end, info.report_due_day)
    assert len(later) == 1 and "2026年10月已收到的1份报送不在新的创建期内" in later[0]


def test_rounds_before_the_office_tracked_reports_are_untracked_not_missing(demo_db, tmp_path):
    row = [ReturnedRow("task", "综合", "本月创建工作总体情况", progress="按计划推进")]
    reported = monthly.status(demo_db, "2026-09")[0].unit
    monthly.enter(demo_db, reported, "2026-09", row, dt.date(2026, 9, 20))
    assert {s.state for s in monthly.status(demo_db, "2026-09", today=dt.date(2026, 12, 1))} == {ON_TIME, MISSING}
    rounds.set_tracked_since(demo_db, dt.date(2026, 11, 1))
    states = {s.unit: s.state for s in monthly.status(demo_db, "2026-09", today=dt.date(2026, 12, 1))}
    assert states.pop(reported) == ON_TIME and set(states.values()) == {UNTRACKED}  # a report still counts
    assert {s.label for s in monthly.status(demo_db, "2026-09")} >= {"未跟踪", "按时"}
    assert MISSING in {s.state for s in monthly.status(demo_db, "2026-11", today=dt.date(2026, 12, 1))}
    made = bulletin.build(demo_db, "2026-09")
    assert made.figures["untracked"] == len(states) and made.figures["missing"] == 0
    # from the command line, and back in one step
    out = run_cli("rounds", "track-from", "2025-08-01", data_dir=demo_db.data_dir)
    assert out.returncode == 0 and "未跟踪" in out.stdout, out.stderr
    assert MISSING in {s.state for s in monthly.status(demo_db, "2026-09", today=dt.date(2026, 12, 1))}
    late = run_cli("rounds", "track-from", "2099-01-01", data_dir=demo_db.data_dir)
    assert late.returncode != 0 and "2099-01-01" in late.stderr


def test_a_new_campaign_tracks_reports_from_the_day_it_was_set_up(db):
    from desktop_app.core.units import UnitRecord
    from desktop_app.services import campaigns

    campaigns.create(db, name="开州区创建", region="开州区", population=1_000_000, start=dt.date(2025, 6, 1))
    units.add(db, UnitRecord(name="区市场监管局", kind="部门"))
    assert rounds.tracked_since(db) == dt.date.today()
    before = (dt.date.today().replace(day=1) - dt.timedelta(days=40)).strftime("%Y-%m")
    assert rounds.find(db, before).due < dt.date.today()
    assert [s.state for s in monthly.status(db, before)] == [UNTRACKED]  # not red 未报 for a month before
