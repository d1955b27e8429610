"""The 自查自评报告 as a reader sees it (pdftotext, pdffonts, openpyxl), a snapshot's report drawn again
byte for byte, and the rule set's maximum reached exactly."""

import datetime as dt
import hashlib
import subprocess

import openpyxl
import pytest

from desktop_app.core.assessment import assess, item_max
from desktop_app.core.errors import KnownError
from desktop_app.services import assessment, assessment_report, evidence, metrics, rulesets
from tests.conftest import import_findings, run_cli

DAY = dt.date(2026, 11, 30)


def _text(pdf) -> str:
    return subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_every_point_at_its_maximum_gives_exactly_the_rule_sets_total():
    rs = rulesets.builtin_ruleset()
    points = {p.code: p.score for p in rs.points() if not p.choose}
    items = {i.no: item_max(p) for p in rs.points() if p.choose for i in p.items}
    found = assess(rs, points, items, {})
    assert sum(p.score for p in rs.points()) > 120  # the optional points and point 29's items add up to more
    assert found.total == 120 == found.max_total


@pytest.fixture
def scored(demo_db, tmp_path):
    assessment.set_score(demo_db, "1", 2.5, basis="市委常委会专题研究食品安全工作2次")
    assessment.set_score(demo_db, "29", 2.5, item=78, basis="示范街区1条")
    assessment.set_veto(demo_db, 90, "待核实")
    satisfaction = next(m for m in metrics.defined() if "满意度" in m.name)
    for period, value in (("2024", "78"), ("2025", "81.5"), ("2026", "79")):
        metrics.record(demo_db, satisfaction.code, value, period=period)
    import_findings(demo_db, tmp_path, ("市教育局", "学校食堂晨检记录缺失", "2026-11-10"))
    (tmp_path / "市教育局自查报告.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    evidence.add_files(demo_db, [tmp_path / "市教育局自查报告.pdf"], item=1, unit="市教育局")
    return satisfaction


def test_the_report_as_a_reader_sees_it(demo_db, scored, tmp_path):
    made = assessment_report.generate(demo_db, tmp_path / "自评.pdf", xlsx=tmp_path / "自评.xlsx", day=DAY)
    fonts = subprocess.run(["pdffonts", str(made.pdf)], capture_output=True, text=True, check=True).stdout
    lines = fonts.strip().splitlines()[2:]
    assert lines and all(line.split()[-5] == "yes" for line in lines), fonts  # every font embedded
    text = _text(made.pdf)
    for words in (
        "自查自评报告",
        "自评得分14.5分（满分120分）",  # 5 scored, 9.5 for 满意度 79 converted (79/80 of 10)
        "按测评结果折算：群众食品安全满意度 79分（2026）",
        "否决项（90）待核实、（91）未核实",  # nobody has looked at (91)…(94): printed as such, no pass
        "尚不能确认否决项均未发生",
        "市委常委会专题研究食品安全工作2次",
        "（78）示范街区1条",
        "未达目标1项",
        "学校食堂晨检记录缺失",
        "已超过整改时限",
        "2026年11月30日",
    ):
        assert words in text.replace("\n", ""), words
    missing = text.replace("\n", "").split("未报送")[-1]
    assert "市教育局" not in missing and "市委组织部" in missing  # its own 自查报告 is filed
    wb = openpyxl.load_workbook(made.xlsx)  # the report's tables, body then 附件, a sheet each
    assert wb.sheetnames == ["各类得分", "否决项", "指标达标情况", "整改情况", "评分明细及依据"]
    detail = [[c.value for c in row] for row in wb["评分明细及依据"].iter_rows(min_row=3)]
    assert ["1", "党政同责", 3, 2.5, "市委常委会专题研究食品安全工作2次"] in detail  # scores as numbers
    totals = [[c.value for c in row] for row in wb["各类得分"].iter_rows(min_row=3)]
    assert totals[-1] == ["合计", 120, 14.5]
    met = {r[0].value: r[4].value for r in wb["指标达标情况"].iter_rows(min_row=3)}
    assert met[scored.name] == "否"
    assert "学校食堂晨检记录缺失" in [r[1].value for r in wb["整改情况"].iter_rows(min_row=3)]


def test_a_snapshots_report_is_drawn_again_byte_for_byte(demo_db, scored, tmp_path):
    assessment.snapshot(demo_db, "自查1")
    first = assessment_report.generate(demo_db, tmp_path / "a.pdf", snapshot="自查1")
    assessment.set_score(demo_db, "2", 2)  # the data moves on …
    assessment.set_veto(demo_db, 90, "已发生")
    second = assessment_report.generate(demo_db, tmp_path / "b.pdf", snapshot="自查1")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()  # … the snapshot's report not
    assert first.sha256 == second.sha256 == hashlib.sha256((tmp_path / "b.pdf").read_bytes()).hexdigest()
    assert "（自查1）" in _text(first.pdf) and "待核实" in _text(first.pdf)
    now = assessment_report.generate(demo_db, tmp_path / "now.pdf", since="自查1", day=DAY)
    text = _text(now.pdf).replace("\n", "")
    assert "较“自查1”增加2分" in text and "按规定创建不予通过" in text


def test_cli_report_assessment(demo_db, scored, tmp_path):
    out = run_cli(
        "report", "assessment", "--out", str(tmp_path / "r.pdf"), "--xlsx", str(tmp_path / "r.xlsx"),
        data_dir=demo_db.data_dir,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF") and openpyxl.load_workbook(tmp_path / "r.xlsx")
    refused = run_cli(
        "report", "assessment", "--out", str(tmp_path / "s.pdf"), "--snapshot", "无此快照", data_dir=demo_db.data_dir
    )
    assert refused.returncode != 0 and "无此快照" in refused.stderr and not (tmp_path / "s.pdf").exists()
    both = run_cli(
        "report", "assessment", "--out", str(tmp_path / "s.pdf"), "--snapshot", "x", "--since", "y",
        data_dir=demo_db.data_dir,
    )  # fmt: skip
    assert both.returncode != 0 and "--since" in both.stderr


def test_a_report_of_no_snapshot_writes_nothing(demo_db, tmp_path):
    with pytest.raises(KnownError):
        assessment_report.generate(demo_db, tmp_path / "x.pdf", snapshot="初评前")
    assert not (tmp_path / "x.pdf").exists()
