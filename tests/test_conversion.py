"""Points scored from a measured value (根据实际测评结果进行折算): the rule, as data in the rule set, its
workbook form and its checks; the self-assessment takes the converted score once the target is measured."""

import sqlite3

import openpyxl
import pytest

from desktop_app.core.errors import ImportRejected, KnownError
from desktop_app.core.ruleset import Conversion, parse_conversion, validate
from desktop_app.exchange import ruleset_xlsx
from desktop_app.paths import DB_FILE_NAME
from desktop_app.services import assessment, metrics, rulesets
from desktop_app.storage import migrate
from desktop_app.storage.database import Database


def test_linear_and_stepped_rules():
    satisfaction = Conversion("M04", full_at=80)
    assert satisfaction.score(82, 10) == 10  # at or above the target: the whole 分值
    assert satisfaction.score(75, 10) == 9  # 75/80 of 10 = 9.375, rounded down to half points
    assert satisfaction.score(0, 10) == 0
    stepped = Conversion("M03", steps=((98, 5), (95, 3)))
    assert [stepped.score(v, 5) for v in (99, 98, 96.5, 90)] == [5, 5, 3, 0]
    between = Conversion("M05", full_at=85, zero_at=60)
    assert between.score(72.5, 5) == 2.5


def test_the_workbook_form_reads_back_and_bad_forms_are_named():
    assert parse_conversion("M04 满分80 零分0") == Conversion("M04", 80, 0)
    assert parse_conversion("ｍ０３：98得5，95得3") == Conversion("M03", steps=((98, 5), (95, 3)))
    assert parse_conversion(Conversion("M03", steps=((98, 5), (95, 3))).text()).steps == ((98, 5), (95, 3))
    for bad in ("满分80", "M04 满分八十", "M04 满分80 95得3", "M04", "M04 满分80 另议"):
        with pytest.raises(ValueError):
            parse_conversion(bad)


def test_nonsense_rules_are_refused_when_a_rule_set_is_checked():
    rs = rulesets.builtin_ruleset()
    import copy

    broken = copy.deepcopy(rs)
    points = {p.code: p for p in broken.points()}
    points["24"].conversion = Conversion("M04", full_at=0, zero_at=60)
    points["26"].conversion = Conversion("M03", steps=((98, 6), (95, 2.3)))
    points["29"].conversion = Conversion("M05", full_at=85)
    found = " ".join(p.message for p in validate(broken))
    assert "24" in found and "26" in found and "29" in found and validate(rs) == []


def test_the_measured_satisfaction_converts_by_its_rule(demo_db):
    assessment.set_score(demo_db, "24", 6, basis="估计")  # not yet measured: the clerk's estimate stands
    point = next(p for c in assessment.show(demo_db).categories for p in c.points if p.code == "24")
    assert point.score == 6 and not point.converted
    metrics.record(demo_db, "M04", "82", period="2026")
    point = next(p for c in assessment.show(demo_db).categories for p in c.points if p.code == "24")
    assert point.score == 10 and point.converted and "82" in point.basis
    metrics.record(demo_db, "M04", "75", period="2026")
    assert assessment.show(demo_db).to_json()["categories"][3]["score"] == 9
    with pytest.raises(KnownError, match="M04"):
        assessment.set_score(demo_db, "24", 5)


def _workbook_with(tmp_path, conversion_text):
    path = tmp_path / "细则.xlsx"
    ruleset_xlsx.export(rulesets.builtin_ruleset(), path)
    wb = openpyxl.load_workbook(path)
    ws = wb["评价细则"]
    header = [c.value for c in ws[2]]
    col, item_col = header.index("测评折算") + 1, header.index("项号") + 1
    row = next(r for r in range(3, ws.max_row + 1) if ws.cell(r, item_col).value == "(73)")
    ws.cell(row, col).value = conversion_text
    ws2 = wb["说明"]
    for r in range(1, ws2.max_row + 1):
        if ws2.cell(r, 1).value == "代码":
            ws2.cell(r, 2).value = "province-x"
    wb.save(path)
    return path


def test_a_rule_set_workbook_carries_its_conversions(demo_db, tmp_path):
    path = _workbook_with(tmp_path, "M04 85得10 80得8 70得5")
    rs = rulesets.import_xlsx(demo_db, path)
    assert {p.code: p.conversion for p in rs.points()}["24"].steps == ((85, 10), (80, 8), (70, 5))
    assert {p.code: p.conversion for p in rulesets.load(demo_db, "province-x").points()}["24"].steps[0] == (85, 10)


@pytest.mark.parametrize(("text", "words"), [("M04 满分八十", "M04 满分八十"), ("M99 满分80", "M99")])
def test_a_workbook_with_a_bad_conversion_is_refused_whole(demo_db, tmp_path, text, words):
    path = _workbook_with(tmp_path, text)
    with pytest.raises(ImportRejected) as refused:
        rulesets.import_xlsx(demo_db, path)
    assert words in " ".join(refused.value.details)
    assert [code for code, _name, _b in rulesets.list_rulesets(demo_db)] == ["national-2021"]


@pytest.mark.sqlite_only
def test_an_older_data_folder_gets_the_national_conversions(data_dir, demo_db):
    """A data folder of schema 0013 (taken back there by the migrations' own downgrades, its rule set
    stored without conversions) is upgraded to the head with the national conversions filled in."""
    from alembic import command
    from sqlalchemy import create_engine, text

    path = demo_db.data_dir / DB_FILE_NAME
    demo_db.close()
    engine = create_engine(f"sqlite:///{path}")
    cfg = migrate._config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0013")
    engine.dispose()
    con = sqlite3.connect(path)
    assert "conversion" not in [r[1] for r in con.execute("PRAGMA table_info(rs_point)")]
    con.close()
    db = Database.open(demo_db.data_dir)
    try:
        with db.read() as session:
            rows = dict(
                session.execute(text("SELECT code, conversion FROM rs_point WHERE conversion IS NOT NULL")).all()
            )
            version = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert set(rows) == {"24", "25", "26"} and version == migrate.HEAD
        assert assessment.show(db).max_total == 120  # the campaign's data came through
    finally:
        db.close()
