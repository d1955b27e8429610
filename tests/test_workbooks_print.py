"""Every workbook the program writes prints the same in every office program: rows that hold wrapped
text carry a height that shows it, print titles repeat, and — where LibreOffice is installed — the
workbook printed to PDF by it has no line of text running over another. The fill-in forms stop a
wrong entry as it is typed (the error alert on) and hold only the rows a unit reports on."""

import itertools
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from desktop_app.exchange.xlsx_io import wrapped_lines
from desktop_app.services import (
    assessment_report,
    binder,
    bulletin,
    evidence,
    history,
    monthly,
    rulesets,
    tasks,
    units,
)
from tests import pdf_measure as pm


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory):
    """One of each workbook the program writes, from the demo campaign."""
    from desktop_app.services import demo
    from desktop_app.storage.database import Database

    folder = tmp_path_factory.mktemp("books")
    db = Database.open(folder / "data")
    try:
        demo.build_small(db)
        paper = folder / "纪要.txt"
        paper.write_text("会议纪要", encoding="utf-8")
        evidence.add_files(db, [paper], item=1, unit="市食安办")
        made = {
            "tasks": tasks.export_xlsx(db, folder / "任务.xlsx"),
            "units": units.export_xlsx(db, folder / "单位.xlsx"),
            "ruleset": rulesets.export_xlsx(db, folder / "细则.xlsx"),
            "history": history.export_xlsx(history.search(db), folder / "操作记录.xlsx", "操作记录"),
        }
        bulletin.generate(db, "2026-10", folder / "通报.pdf", xlsx=folder / "通报.xlsx")
        made["bulletin"] = folder / "通报.xlsx"
        assessment_report.generate(db, folder / "自评.pdf", xlsx=folder / "自评.xlsx")
        made["assessment"] = folder / "自评.xlsx"
        made["binder"] = binder.export(db, folder / "迎检").folder / binder.INDEX_XLSX
        made["form"] = monthly.write_templates(db, "2026-10", folder / "表", unit_ids=[units.find(db, "卡若区").id])[0]
    finally:
        db.close()
    return made


def test_wrapped_rows_carry_their_height_and_the_header_repeats(workbooks):
    for name, path in workbooks.items():
        wb = load_workbook(path)
        ws = wb.worksheets[0]
        assert ws.print_title_rows, name
        widths = {col: ws.column_dimensions[col].width or 8.43 for col in ws.column_dimensions}
        checked = 0
        for row in ws.iter_rows(min_row=3):
            wrapped = [c for c in row if c.value and c.alignment.wrap_text and c.coordinate not in ws.merged_cells]
            if not wrapped:
                continue
            height = ws.row_dimensions[row[0].row].height
            assert height, (name, row[0].row)  # a height of its own, not left to the office program
            need = max(wrapped_lines(c.value, widths.get(c.column_letter, 8.43)) for c in wrapped)
            assert height >= need * (row[0].font.size or 10) * 1.2, (name, row[0].row, height, need)
            checked += 1
        assert checked, name


def test_the_form_stops_a_wrong_entry_as_it_is_typed(workbooks):
    ws = load_workbook(workbooks["form"])["月度推进情况"]
    by_cell = {str(v.sqref): v for v in ws.data_validations.dataValidation}
    status = next(v for ref, v in by_cell.items() if ref.startswith("K"))
    percent = next(v for ref, v in by_cell.items() if ref.startswith("L"))
    day = by_cell["B3"]
    for v in (status, percent, day):
        assert v.showErrorMessage and v.errorStyle == "stop" and v.error, v.sqref  # Excel and WPS refuse
    assert status.type == "list" and "已完成" in status.formula1
    assert (percent.type, percent.formula1, percent.formula2) == ("decimal", "0", "100")
    assert day.type == "date"


def test_a_county_is_not_asked_about_the_veto_items_unless_the_office_wants_it(demo_db):
    county = units.find(demo_db, "卡若区").id
    vetoes = {str(i.no) for i in rulesets.load(demo_db).veto_items}
    usual = {r.ref for r in monthly.template_rows(demo_db, county)}
    asked = {r.ref for r in monthly.template_rows(demo_db, county, with_veto=True)}
    assert not usual & vetoes and vetoes <= asked and usual < asked


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_prints_every_workbook_with_no_line_over_another(workbooks, tmp_path):
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), *map(str, workbooks.values())],
        capture_output=True,
        check=True,
        timeout=180,
        env={"HOME": str(tmp_path)},  # a profile of its own
    )
    for name, path in workbooks.items():
        pdf = tmp_path / (path.stem + ".pdf")
        assert pdf.exists(), name
        pages = pm.lines(pdf)
        assert pages and any(pages), name
        for page in pages:
            for a, b in itertools.combinations(page, 2):
                overlap = a.x0 < b.x1 - 1 and b.x0 < a.x1 - 1 and a.top < b.bottom - 1 and b.top < a.bottom - 1
                assert not overlap, (name, a.text, b.text)
