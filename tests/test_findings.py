"""Inspections' findings: a 督查组's list imported all or nothing, rectification followed, overdue told."""

import datetime as dt
import json

import pytest
from openpyxl import Workbook

from desktop_app.core.errors import ImportRejected, KnownError
from desktop_app.services import findings
from tests.conftest import run_cli


def _list(path, rows):
    wb = Workbook()
    wb.active.append(["2026年10月食品安全专项督查问题清单"])
    wb.active.append(["序号", "责任单位", "存在问题", "对应指标", "整改时限"])
    for row in rows:
        wb.active.append(row)
    wb.active.append(["注：请各单位于整改时限前报送整改情况。"])
    wb.save(path)
    return path


def test_a_list_of_findings_is_imported_and_followed(demo_db, tmp_path):
    path = _list(
        tmp_path / "督查问题.xlsx",
        [
            [1, "市教育局", "部分学校食堂未接入明厨亮灶平台", "(85)", "2026年11月底前"],
            [2, "市市场监管局", "农贸市场快检室台账不全", "", "2027年3月底前"],
        ],
    )
    taken = findings.import_xlsx(
        demo_db, path, kind="月度专项督查", date=dt.date(2026, 10, 20), by="市食安办", scope="学校食堂、农贸市场"
    )
    assert taken == 2
    found = findings.list_findings(demo_db, today=dt.date(2026, 12, 5))
    assert found[0].inspection == "月度专项督查 2026-10-20 市食安办 （学校食堂、农贸市场）"
    assert [(f.unit, f.item, f.overdue) for f in found] == [("市教育局", 85, True), ("市市场监管局", None, False)]
    findings.set_status(demo_db, found[0].id, "已整改", "12月1日全部接入")
    assert [f.unit for f in findings.list_findings(demo_db, only_open=True)] == ["市市场监管局"]
    with pytest.raises(KnownError):
        findings.set_status(demo_db, found[0].id, "差不多")


def test_unknown_units_or_items_refuse_the_whole_list(demo_db, tmp_path):
    path = _list(
        tmp_path / "问题.xlsx",
        [
            [1, "市不存在局", "问题一", "", ""],
            [2, "市教育局", "问题二", "(999)", ""],
            [3, "市教育局", "问题三", "", "明年"],
        ],
    )
    with pytest.raises(ImportRejected) as caught:
        findings.import_xlsx(demo_db, path, kind="明察暗访", date=dt.date(2026, 10, 1))
    text = "\n".join(caught.value.details)
    assert "市不存在局" in text and "999" in text and "明年" in text
    assert findings.list_findings(demo_db) == []


def test_cli_findings(demo_db, tmp_path):
    path = _list(tmp_path / "问题.xlsx", [[1, "市教育局", "学校食堂问题", "85", "2020年12月底前"]])
    out = run_cli(
        "findings", "import", str(path), "--kind", "市级考评", "--date", "2026-10-01", data_dir=demo_db.data_dir
    )
    assert out.returncode == 0, out.stderr
    listed = json.loads(run_cli("findings", "list", "--open", "--json", data_dir=demo_db.data_dir).stdout)
    assert listed[0]["overdue"] is True and listed[0]["unit"] == "市教育局"
    done = run_cli("findings", "set-status", str(listed[0]["id"]), "已销号", data_dir=demo_db.data_dir)
    assert done.returncode == 0
    assert json.loads(run_cli("findings", "list", "--open", "--json", data_dir=demo_db.data_dir).stdout) == []


def test_findings_not_rectified_in_time_show_on_the_home_page(demo_db, tmp_path, qtbot):
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.gui.pages.home import HomePage
    from desktop_app.services.reads import dashboard

    path = _list(tmp_path / "问题.xlsx", [[1, "市教育局", "学校食堂未接入平台", "85", "2026年10月底前"]])
    findings.import_xlsx(demo_db, path, kind="明察暗访", date=dt.date(2026, 10, 1))
    board = dashboard.dashboard(demo_db, dt.date(2026, 11, 22))
    assert [f.text for f in board.overdue_findings] == ["学校食堂未接入平台"]
    page = HomePage(demo_db, today=dt.date(2026, 11, 22))
    qtbot.addWidget(page)
    page.refresh()
    assert "学校食堂未接入平台" in page.task_labels[1].text()


def test_the_monthly_bulletin_names_the_findings_not_rectified_in_time(demo_db, tmp_path):
    import subprocess

    from desktop_app.services import bulletin

    path = _list(tmp_path / "问题.xlsx", [[1, "市教育局", "学校食堂未接入平台", "85", "2026年10月底前"]])
    findings.import_xlsx(demo_db, path, kind="明察暗访", date=dt.date(2026, 10, 1))
    made = bulletin.generate(demo_db, "2026-11", tmp_path / "通报.pdf")
    text = subprocess.run(["pdftotext", str(made.pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = text.replace("\n", "").replace(" ", "")
    assert "逾期未整改" in flat and "学校食堂未接入平台" in flat


def test_a_finding_names_its_task_and_files_its_rectification(demo_db, tmp_path):
    wb = Workbook()
    wb.active.append(["责任单位", "存在问题", "对应指标", "对应任务", "整改时限"])
    wb.active.append(["市教育局", "晨检记录缺失", "(85)", "G1-02", "2026-11-10"])
    wb.active.append(["市公安局", "台账不全", "", "", "2026-11-10"])
    wb.save(tmp_path / "清单.xlsx")
    findings.import_xlsx(demo_db, tmp_path / "清单.xlsx", kind="市级考评", date=dt.date(2026, 11, 1))
    found = findings.list_findings(demo_db, today=dt.date(2026, 11, 30))
    assert [f.task for f in found] == ["G1-02", ""]
    assert findings.tasks_with_late_findings(demo_db, dt.date(2026, 11, 30)) == {"G1-02"}
    (tmp_path / "整改.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert findings.add_rectification_files(demo_db, found[0].id, [tmp_path / "整改.pdf"]) == 1
    assert len(findings.list_findings(demo_db)[0].evidence) == 1
    with pytest.raises(KnownError, match="评价内容"):  # no item: nowhere to file it
        findings.add_rectification_files(demo_db, found[1].id, [tmp_path / "整改.pdf"])
    wb.active.append(["市教育局", "又一个问题", "", "G9-99", ""])
    wb.save(tmp_path / "清单.xlsx")
    with pytest.raises(ImportRejected) as caught:
        findings.import_xlsx(demo_db, tmp_path / "清单.xlsx", kind="市级考评", date=dt.date(2026, 11, 2))
    assert "G9-99" in "".join(caught.value.details) and len(findings.list_findings(demo_db)) == 2
