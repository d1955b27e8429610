"""The monthly page: templates written, returned files previewed and imported, a report typed in,
the late list copied."""

import datetime as dt
import subprocess
from pathlib import Path

from openpyxl import load_workbook

from desktop_app.gui.qt import QApplication, Qt
from desktop_app.services import monthly

MONTH = "2026-10"


def _page(window):
    page = window.show_page("monthly")
    page.today = dt.date(2026, 11, 2)
    page.refresh()
    page.month_box.setCurrentIndex(page.month_box.findData(MONTH))
    return page


def test_write_templates_then_import_a_folder_with_a_preview(window, qtbot, demo_db, tmp_path, prompter):
    page = _page(window)
    prompter.files.append(str(tmp_path))
    page.templates_button.click()
    folder = tmp_path / f"{MONTH} 月度报送表"
    qtbot.waitUntil(lambda: any("已生成" in s.text for s in prompter.shown), timeout=60_000)
    files = sorted(folder.glob("*.xlsx"))
    assert len(files) == len(page.statuses)
    for path in files[:3]:
        wb = load_workbook(path)
        wb["月度推进情况"]["B3"] = "2026-10-21"
        wb["月度推进情况"]["E5"] = "按计划推进"
        wb.save(path)
    wb = load_workbook(files[3])
    wb["月度推进情况"]["L5"] = "很多"
    wb.save(files[3])
    for path in files[4:]:
        path.unlink()  # units that have not sent theirs back
    seen = {}

    def preview(dialog) -> bool:
        seen["text"] = dialog.view.toPlainText()
        seen["sources"] = {dialog.dates.item(r, 3).text() for r in range(dialog.dates.rowCount())}
        # the office knows the third file came on the 28th, three days late
        dialog.date_edits[2].setDate(dt.date(2026, 10, 28))
        seen["changed"] = dialog.dates.item(2, 3).text()
        return True

    prompter.dialog = preview
    page.import_paths([folder])
    qtbot.waitUntil(lambda: any("已保存" in s.text for s in prompter.shown), timeout=60_000)
    assert "L5" in seen["text"] and "✓" in seen["text"] and "✗" in seen["text"]
    assert seen["sources"] == {"文件中的填报日期"} and seen["changed"] == "由创建办指定"
    done = prompter.shown[-1]
    assert "拒收 1 份" in done.text and any("L5" in d for d in done.details)
    on_time = [s for s in page.statuses if s.state == "on_time"]
    late = [s for s in page.statuses if s.state == "late"]
    assert len(on_time) == 2 and len(late) == 1 and late[0].days_late == 3
    page.select_unit(on_time[0].unit)
    assert "按计划推进" in page.detail.toPlainText()
    assert "按时" in page.table.currentIndex().siblingAtColumn(1).data()
    # the matrix shows the month
    grid = page.matrix.model()
    heads = [grid.headerData(c, Qt.Orientation.Horizontal) for c in range(grid.columnCount())]
    col = heads.index("26.10")
    assert sum(grid.index(r, col).data() == "✓" for r in range(grid.rowCount())) == 2


def test_a_report_typed_in_and_the_late_list_copied(window, qtbot, demo_db, prompter):
    page = _page(window)
    unit = page.statuses[0].unit
    page.select_unit(unit)

    def type_in(dialog) -> bool:
        dialog.table.item(0, 1).setText("电话报送：本月召开推进会一次")
        dialog.table.item(0, 3).setText("很多")
        dialog.save()
        seen_hint = dialog.hint.text()
        dialog.table.item(0, 3).setText("50%")
        dialog.date.setDate(dt.date(2026, 10, 27))
        dialog.save()
        type_in.hint = seen_hint
        return dialog.result() == 1

    prompter.dialog = type_in
    page.manual_button.click()
    assert "很多" in type_in.hint
    saved = monthly.report(demo_db, unit, MONTH)
    assert saved.source == "manual" and saved.summary == "电话报送：本月召开推进会一次"
    mine = next(s for s in page.statuses if s.unit == unit)
    assert (mine.state, mine.days_late) == ("late", 2)
    assert "手工录入" in page.table.currentIndex().siblingAtColumn(3).data()
    page.copy_button.click()
    copied = QApplication.clipboard().text()
    assert unit in copied and "逾期2天" in copied  # the one label of core.monthly.state_label
    missing = next(s for s in page.statuses if s.state == "missing")
    assert missing.unit in copied and (missing.phone or "") in copied


def test_dropping_a_returned_file_imports_it(window, qtbot, demo_db, tmp_path, prompter):
    from desktop_app.gui.qt import QDropEvent, QMimeData, QPointF, Qt, QUrl

    page = _page(window)
    unit = page.statuses[1].unit
    path = monthly.write_templates(demo_db, MONTH, tmp_path, unit_ids=[page.statuses[1].unit_id])[0]
    wb = load_workbook(path)
    wb["月度推进情况"]["B3"] = "2026-10-20"
    wb.save(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(Path(path)))])
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    page.dropEvent(event)
    qtbot.waitUntil(lambda: any("已保存 1 份" in s.text for s in prompter.shown), timeout=30_000)
    assert next(s for s in page.statuses if s.unit == unit).state == "on_time"


def test_bulletin_written_generated_archived_and_reopened(window, qtbot, demo_db, tmp_path, prompter):
    page = _page(window)
    form = page.bulletin
    assert form.date.date().toPython() == dt.date.today()  # dated the day it is made
    form.number.setText("第10期")
    form.problems.setPlainText("个别单位报送不及时。")
    form.next_steps.setPlainText("加强督办。")
    form.with_xlsx.setChecked(True)
    target = tmp_path / "通报.pdf"
    prompter.files.append(str(target))
    form.pdf_button.click()
    qtbot.waitUntil(lambda: target.exists() and form.print_button.isEnabled(), timeout=30_000)
    assert target.with_suffix(".xlsx").exists() and prompter.opened[-1] == ("open", str(target))
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "个别单位报送不及时。" in text and "第10期" in text
    form.print_button.click()
    assert prompter.opened[-1] == ("print", str(target))
    # the text stays with the month
    form.month = ""
    form.load(MONTH)
    assert form.problems.toPlainText() == "个别单位报送不及时。"
    reports = window.show_page("reports")
    reports.refresh()
    shown = reports.table.model()
    assert shown.rowCount() == 1 and "2026年10月工作通报" in shown.index(0, 0).data()
    reports.open_button.click()
    assert prompter.opened[-1][0] == "open" and prompter.opened[-1][1].endswith(".pdf")
    Path(prompter.opened[-1][1]).write_bytes(b"%PDF changed")
    reports.open_button.click()
    assert prompter.shown[-1].kind == "error" and "被改动" in prompter.shown[-1].text


def _pdf_printer(path: Path):
    from desktop_app.gui.qt import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(100)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def _page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    return next(int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages:"))


def test_printing_draws_every_page_in_the_background(qtbot, demo_db, tmp_path):
    from desktop_app.gui.printing import start_printing
    from desktop_app.services import bulletin

    made = bulletin.generate(demo_db, MONTH, tmp_path / "通报.pdf")
    printed = []
    start_printing(None, made.pdf, _pdf_printer(tmp_path / "printed.pdf"), printed.append)
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=60_000)
    assert printed[0] == _page_count(tmp_path / "printed.pdf") == _page_count(made.pdf) >= 3


def test_printing_a_damaged_pdf_or_cancelling_says_so(qtbot, demo_db, tmp_path, prompter):
    from desktop_app.core.progress import Cancelled
    from desktop_app.gui.printing import render_to_printer, start_printing
    from desktop_app.services import bulletin

    broken = tmp_path / "坏.pdf"
    broken.write_bytes(b"%PDF-1.4 cut off")
    start_printing(None, broken, _pdf_printer(tmp_path / "none.pdf"))
    qtbot.waitUntil(lambda: any(s.kind == "error" for s in prompter.shown), timeout=30_000)
    assert not (tmp_path / "none.pdf").exists()

    class CancelAfterOnePage:
        steps = 0

        def step(self, done, total, message=""):
            self.steps += 1

        @property
        def cancelled(self):
            return self.steps >= 1

    made = bulletin.generate(demo_db, MONTH, tmp_path / "通报.pdf")
    try:
        render_to_printer(made.pdf, _pdf_printer(tmp_path / "cancelled.pdf"), CancelAfterOnePage())
    except Cancelled:
        pass
    else:
        raise AssertionError("the cancel was not heard")
    # the page drawn before the cancel is all there is (a spooler drops the aborted job entirely)
    assert _page_count(tmp_path / "cancelled.pdf") == 1 < _page_count(made.pdf)


def test_rounds_set_in_the_settings_show_on_the_page(window, demo_db, prompter):
    from desktop_app.gui.qt import QDate
    from desktop_app.services import rounds

    settings = window.show_page("settings")
    settings.cycle.setCurrentIndex(settings.cycle.findData("quarterly"))
    settings.change_cycle(settings.cycle.currentIndex())
    settings.round_due.setDate(QDate(2026, 8, 25))
    settings.round_name.setText("8月25日前逐条报送")
    settings.add_round()
    assert [r.key for r in rounds.fixed(demo_db)] == ["2026-R1"] and rounds.cycle(demo_db) == "quarterly"
    listed = settings.fixed_rounds.model()
    assert listed.rowCount() == 1 and listed.index(0, 1).data() == "8月25日前逐条报送"
    settings.round_due.setDate(QDate(2026, 8, 25))
    settings.add_round()  # the same day twice
    assert prompter.shown[-1].kind == "error" and "2026-08-25" in prompter.shown[-1].text
    page = window.show_page("monthly")
    page.today = dt.date(2026, 11, 2)
    page.month_box.clear()  # as on opening: no round chosen yet
    page.refresh()
    names = [page.month_box.itemText(i) for i in range(page.month_box.count())]
    assert "8月25日前逐条报送" in names and "2026年第三季度" in names and "2026年10月" not in names
    assert page.month() == "2026-Q3"  # the latest round already due on 2026-11-02
    page.month_box.setCurrentIndex(page.month_box.findData("2026-R1"))
    assert "8月25日前逐条报送" in page.summary.text()
    settings = window.show_page("settings")
    settings.fixed_rounds.selectRow(0)
    prompter.answer = True
    settings.remove_round()
    assert rounds.fixed(demo_db) == []
