"""The task page: import with unit mapping, filters down to one unit's overdue tasks, status history."""

import datetime as dt

from desktop_app.gui.qt import Qt
from desktop_app.services import task_import, tasks
from tests.seed_tasks import task_workbook
from tests.test_tasks_import import MAPPING


def test_filter_to_one_units_overdue_tasks(window, qtbot, demo_db, tmp_path):
    task_import.import_tasks(demo_db, task_workbook(tmp_path / "任务.xlsx"), mapping=MAPPING, create_units=True)
    page = window.show_page("tasks")
    page.proxy.today = dt.date(2025, 1, 15)
    page.model.set_tasks(tasks.list_tasks(demo_db, today=dt.date(2025, 1, 15)))
    page.unit_filter.setCurrentIndex(page.unit_filter.findData("市林草局"))
    shown = page.shown_tasks()
    assert shown and all("市林草局" in t.lead_units + t.responsible_units + t.support_units for t in shown)
    page.status_filter.setCurrentIndex(page.status_filter.findData("已逾期"))
    overdue = page.shown_tasks()
    expected = [t.code for t in tasks.list_tasks(demo_db, unit="市林草局", overdue=True, today=dt.date(2025, 1, 15))]
    assert [t.code for t in overdue] == expected and all(t.overdue for t in overdue)
    assert "2.8" in expected  # 2024.12.31, not done
    assert page.proxy.index(0, 5).data() == "已逾期"
    page.search.insert("野生动物")
    assert [t.code for t in page.shown_tasks()] == ["2.8"]


def test_status_change_is_kept_in_history(window, qtbot, demo_db, tmp_path):
    task_import.import_tasks(demo_db, task_workbook(tmp_path / "任务.xlsx"), mapping=MAPPING, create_units=True)
    page = window.show_page("tasks")
    page.select("1.1")
    page.status_box.setCurrentText("进行中")
    page.progress_box.setValue(40)
    page.save_button.click()
    info = next(t for t in tasks.list_tasks(demo_db) if t.code == "1.1")
    assert (info.status, info.progress) == ("进行中", 40)
    history = tasks.history(demo_db, "1.1")
    assert [e.kind for e in history[:2]] == ["progress", "status"]
    assert "状态 未开始 → 进行中" in page.detail.toPlainText()


def test_import_asks_for_unknown_units(window, qtbot, demo_db, tmp_path, prompter):
    page = window.show_page("tasks")
    seen = {}

    def choose(dialog) -> bool:
        """As a clerk would: OK stays off until every name has a choice; nothing is chosen for a name
        without a near-certain match (新区管委会 is not surely 昌都经济开发区管委会)."""
        box = dialog.choices["新区管委会"]
        seen["preselected"] = box.currentData()
        seen["ok_before"] = dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        box.setCurrentIndex(box.findData("昌都经济开发区管委会"))
        for other in dialog.choices.values():
            if other.currentData() is None:
                other.setCurrentIndex(other.findData(""))  # create the others
        seen["ok_after"] = dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return True

    prompter.dialog = choose
    page.import_file(task_workbook(tmp_path / "任务.xlsx"), task_import.import_tasks)
    qtbot.waitUntil(lambda: any("已从" in s.text for s in prompter.shown), timeout=20_000)
    asked = next(s for s in prompter.shown if s.kind == "question")
    assert "新区管委会" in "\n".join(asked.details)
    assert seen == {"preselected": None, "ok_before": False, "ok_after": True}
    assert any(t.code == "2.12" for t in page.model.tasks)
    assert any("昌都经济开发区管委会" in t.lead_units + t.responsible_units for t in page.model.tasks)


def test_supervise_extend_and_notice_from_the_page(window, qtbot, demo_db, tmp_path, prompter):
    task_import.import_tasks(demo_db, task_workbook(tmp_path / "任务.xlsx"), mapping=MAPPING, create_units=True)
    page = window.show_page("tasks")
    page.select("2.8")
    prompter.texts.append("本月底前完成整改")
    page.supervise_button.click()
    prompter.texts.extend(["2099年6月底前", "跨部门协调"])
    page.select("2.8")
    page.extend_button.click()
    info = next(t for t in tasks.list_tasks(demo_db) if t.code == "2.8")
    assert info.supervised and info.extensions == 1 and info.deadline == dt.date(2099, 6, 30)
    page.select("2.8")
    text = page.detail.toPlainText()
    assert "督办：本月底前完成整改" in text and "延期" in text and "跨部门协调" in text
    page.supervised.setChecked(True)
    assert [t.code for t in page.shown_tasks()] == ["2.8"]
    # the notice needs a unit
    page.notice_button.click()
    assert "请先" in prompter.shown[-1].text
    page.supervised.setChecked(False)
    page.unit_filter.setCurrentIndex(page.unit_filter.findData("市市场监管局"))
    target = tmp_path / "催办.pdf"
    prompter.files.append(str(target))
    page.notice_button.click()  # written in the background
    qtbot.waitUntil(lambda: ("open", str(target)) in prompter.opened, timeout=30_000)
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert prompter.opened[-1] == ("open", str(target))


def test_export_in_the_background_and_under_a_file_not_a_folder(window, qtbot, demo_db, tmp_path, prompter):
    from openpyxl import load_workbook

    task_import.import_tasks(demo_db, task_workbook(tmp_path / "任务.xlsx"), mapping=MAPPING, create_units=True)
    page = window.show_page("tasks")
    target = tmp_path / "导出.xlsx"
    prompter.files.append(str(target))
    page.choose_export()
    qtbot.waitUntil(lambda: any("导出.xlsx" in s.text for s in prompter.shown), timeout=30_000)
    assert load_workbook(target, read_only=True).active.max_row > 10
    prompter.files.append(str(tmp_path / "任务.xlsx" / "导出.xlsx"))  # 任务.xlsx is a file
    page.choose_export()
    qtbot.waitUntil(lambda: prompter.shown[-1].kind == "error", timeout=30_000)
    assert "文件夹" in prompter.shown[-1].text and "不存在" in prompter.shown[-1].text


def test_home_shows_the_task_figures(window, demo_db, tmp_path):
    task_import.import_tasks(demo_db, task_workbook(tmp_path / "任务.xlsx"), mapping=MAPPING, create_units=True)
    page = window.show_page("home")
    page.refresh()  # as F5 does
    texts = [label.text() for label in page.task_labels]
    assert "任务状态" in texts[0] and "已逾期" in texts[0]
    assert "逾期任务" in texts[1] and "源头治理提升工程" in texts[1]
    assert "单位完成率排名" in texts[3]


def test_doubtful_header_opens_the_column_dialog_with_a_preview(window, qtbot, demo_db, tmp_path, prompter):
    from desktop_app.gui.qt import QDialogButtonBox
    from tests.test_tasks_import import _odd_sheet

    page = window.show_page("tasks")
    seen = {}

    def choose(dialog) -> bool:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["preview"] = dialog.table.item(1, 4).text()
        seen["guessed"] = dialog.columns["title"].currentText()
        for field in ("lead", "responsible"):  # the unit columns taken away: OK is off, the reason shown
            dialog.columns[field].setCurrentIndex(0)
        seen["blocked"] = (ok.isEnabled(), dialog.hint.text())
        dialog.columns["responsible"].setCurrentIndex(dialog.columns["responsible"].findData(4))
        dialog.columns["lead"].setCurrentIndex(dialog.columns["lead"].findData(4))  # a column chosen twice
        seen["twice"] = (ok.isEnabled(), dialog.hint.text())
        dialog.columns["lead"].setCurrentIndex(dialog.columns["lead"].findData(3))
        dialog.columns["deadline"].setCurrentIndex(dialog.columns["deadline"].findData(5))
        seen["header"] = dialog.table.horizontalHeaderItem(4).text()
        return ok.isEnabled()

    prompter.dialog = choose
    page.import_file(_odd_sheet(tmp_path / "县表.xlsx"), task_import.import_tasks)
    qtbot.waitUntil(lambda: any("已从" in s.text for s in prompter.shown), timeout=20_000)
    assert seen["preview"] == "办结节点" and seen["guessed"] == "B　工作任务"
    assert seen["blocked"][0] is False and "牵头单位" in seen["blocked"][1]
    assert seen["twice"] == (False, "D 列被指定给了两项内容。")
    assert seen["header"] == "E\n完成时限"
    made = next(t for t in page.model.tasks if t.title == "建立联席会议制度")
    assert made.deadline == dt.date(2025, 6, 30)


def test_cancelled_column_dialog_imports_nothing(window, qtbot, demo_db, tmp_path, prompter):
    from tests.test_tasks_import import _odd_sheet

    page = window.show_page("tasks")
    before = tasks.briefs(demo_db)
    prompter.dialog = lambda dialog: False
    page.import_file(_odd_sheet(tmp_path / "县表.xlsx"), task_import.import_tasks)
    qtbot.waitUntil(lambda: any(s.kind == "question" for s in prompter.shown), timeout=20_000)
    qtbot.wait(50)
    assert tasks.briefs(demo_db) == before and not any(s.kind == "error" for s in prompter.shown)


def _seeded_page(window, demo_db, tmp_path, today=dt.date(2025, 1, 15)):
    task_import.import_tasks(demo_db, task_workbook(tmp_path / "任务.xlsx"), mapping=MAPPING, create_units=True)
    page = window.show_page("tasks")
    page.proxy.today = today
    page.refresh()
    return page


def test_timeline_draws_phases_and_the_shown_deadlines(window, qtbot, demo_db, tmp_path):
    from desktop_app.gui.qt import QColor, QPoint, Qt

    page = _seeded_page(window, demo_db, tmp_path)
    page.resize(1280, 800)
    line = page.timeline
    dated = [t for t in page.shown_tasks() if t.deadline and not t.is_group]
    assert sum(len(m.tasks) for m in line.markers) == len(dated)
    assert [p.name for _, p in line.phase_rects] == [
        p.name for p in sorted(page.phases, key=lambda p: (p.start, p.end))
    ]
    assert "天" in line.tooltip_at(line.phase_rects[0][0].center())
    # one unit's tasks: the timeline follows the table
    page.unit_filter.setCurrentIndex(page.unit_filter.findData("市林草局"))
    assert sorted(t.code for m in line.markers for t in m.tasks) == sorted(
        t.code for t in page.shown_tasks() if t.deadline
    )
    marker = next(m for m in line.markers if m.tasks[0].code == "2.8")
    assert "2.8" in line.tooltip_at(marker.rect.center()) and "已逾期" in line.tooltip_at(marker.rect.center())
    image = line.grab().toImage()
    centre = marker.rect.center().toPoint()
    assert image.pixelColor(centre).name() == QColor("#c62828").name()  # overdue is drawn red
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(centre.x(), centre.y()))
    assert page.current().code == "2.8"
    page.timeline_box.setChecked(False)
    assert line.isHidden()


def test_phase_role_filters_and_the_units_summary(window, qtbot, demo_db, tmp_path):
    page = _seeded_page(window, demo_db, tmp_path)
    phase = page.phases[0]
    page.phase_filter.setCurrentIndex(page.phase_filter.findText(phase.name))
    assert all(phase.start <= t.deadline <= phase.end for t in page.shown_tasks())
    page.phase_filter.setCurrentIndex(0)
    page.unit_filter.setCurrentIndex(page.unit_filter.findData("市市场监管局"))
    assert page.role_filter.isEnabled()
    every = page.shown_tasks()
    page.role_filter.setCurrentIndex(page.role_filter.findData("lead"))
    leading = page.shown_tasks()
    assert leading and len(leading) < len(every) and all("市市场监管局" in t.lead_units for t in leading)
    summary = page.unit_summary.text()
    assert "市市场监管局" in summary and f"牵头 {len(leading)} 项" in summary


def test_progress_note_goes_into_the_history(window, qtbot, demo_db, tmp_path):
    page = _seeded_page(window, demo_db, tmp_path)
    page.select("1.1")
    page.note_edit.setText("已完成3家试点建设")  # typed through an input method
    qtbot.keyClick(page.note_edit, Qt.Key.Key_Return)
    assert tasks.history(demo_db, "1.1")[0].kind == "note"
    assert page.note_edit.text() == ""
    page.select("1.1")
    assert "进展：已完成3家试点建设" in page.detail.toPlainText()


def test_a_doubtful_header_is_asked_with_the_rows_passed_over_shown(window, qtbot, demo_db, tmp_path, prompter):
    """The column-mapping dialog shows which rows the import will pass over (a note, the header
    again), greyed with the reason, before anything is read."""
    from openpyxl import Workbook

    from desktop_app.gui.column_mapping import ColumnMappingDialog

    wb = Workbook()
    for row in [
        ["某县食品安全示范创建任务表"],
        ["序号", "工作任务", "牵头单位", "责任单位", "办结节点"],
        [1, "建立联席会议制度", "市市场监管局", "市公安局", "2025年6月底前"],
        ["序号", "工作任务", "牵头单位", "责任单位", "办结节点"],
        [2, "开展食品安全宣传周", "市卫生健康委", "市教育局", "长期坚持"],
        ["注：每月25日前报送进展。"],
    ]:
        wb.active.append(row)
    wb.save(tmp_path / "县表.xlsx")
    page = window.show_page("tasks")
    seen = {}

    def choose(dialog) -> bool:
        if not isinstance(dialog, ColumnMappingDialog):
            return True
        seen["passed"] = dict(dialog.passed)
        seen["note"] = dialog.passed_note.text()
        seen["grey"] = dialog.table.item(3, 1).background().color().name()
        seen["tip"] = dialog.table.item(5, 0).toolTip()
        deadline = dialog.columns["deadline"]
        deadline.setCurrentIndex(deadline.findData(5))
        return True

    prompter.dialog = choose
    page.import_file(tmp_path / "县表.xlsx", task_import.import_tasks)
    qtbot.waitUntil(lambda: any("已从" in s.text for s in prompter.shown), timeout=20_000)
    assert seen["passed"] == {4: "the header repeated", 6: "a note or signature line, not a row of the table"}
    assert "2 行" in seen["note"] and seen["grey"] == "#f0f0f0"
    assert seen["tip"].startswith("跳过：") and len(seen["tip"]) > len("跳过：")
    made = {t.title: t for t in tasks.list_tasks(demo_db)}
    assert made["建立联席会议制度"].deadline == dt.date(2025, 6, 30) and "开展食品安全宣传周" in made


def test_a_save_over_another_clerks_change_is_refused_and_the_list_reloaded(window, demo_db, tmp_path, prompter):
    task_import.import_tasks(demo_db, task_workbook(tmp_path / "任务.xlsx"), mapping=MAPPING, create_units=True)
    page = window.show_page("tasks")
    page.select("1.1")
    seen = page.current()
    tasks.set_status(demo_db, "1.1", "进行中", progress=70, version=seen.version)  # another clerk, meanwhile
    page.status_box.setCurrentText("已完成")
    page.save_button.click()
    assert prompter.shown[-1].kind == "error" and "1.1" in prompter.shown[-1].text and "70%" in prompter.shown[-1].text
    info = next(t for t in tasks.list_tasks(demo_db) if t.code == "1.1")
    assert (info.status, info.progress) == ("进行中", 70)  # the other clerk's change kept
    page.select("1.1")
    assert page.current().version == info.version  # the page shows the task as it is now
