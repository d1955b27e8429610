"""需核对 in the window: the import shows the cells it would keep as written before saving (the clerk may
read one in place), the task page filters and settles them, the unit page finds and confirms them."""

import datetime as dt

from desktop_app.gui.checks import KEPT_COLOUR, ImportChecksDialog, TaskChecksDialog
from desktop_app.gui.qt import QLabel, Qt
from desktop_app.gui.task_models import NEEDS_CHECK
from desktop_app.gui.worker import wait_idle
from desktop_app.services import task_import, tasks, units
from tests.test_tasks_import import _sheet

ROWS = [
    ["某市食品安全示范城市创建任务分解表"],
    ["序号", "任务", "牵头单位", "完成时限", "联系人"],
    [1, "建立联席会议制度", "市市场监管局", "待省里通知", "张三"],
    [2, "开展食品安全宣传周", "市卫生健康委", "2027年6月底前", "李四"],
    [3, "推进明厨亮灶", "市教育局", "2027年9月底前", "王五"],
]


def test_the_import_shows_what_it_keeps_as_written_and_takes_the_clerks_reading(
    window, qtbot, demo_db, tmp_path, prompter
):
    page = window.show_page("tasks")
    seen = {}

    def preview(dialog) -> bool:
        assert isinstance(dialog, ImportChecksDialog)
        model = dialog.model
        seen["rows"] = [(model.index(r, 0).data(), model.index(r, 2).data()) for r in range(model.rowCount())]
        seen["colour"] = model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole).name()
        seen["title"] = dialog.windowTitle()
        seen["unread"] = dialog.unread.isVisibleTo(dialog) and "E 联系人" in dialog.unread.text()
        dialog.resize(1000, 360)
        dialog.grab().save(str(tmp_path / "preview.png"))
        model.setData(model.index(0, 3), "2027年3月底前")  # the clerk reads the cell themselves
        return True

    prompter.dialog = preview
    page.import_file(_sheet(tmp_path / "任务.xlsx", ROWS), task_import.import_tasks)
    qtbot.waitUntil(lambda: any("已从" in s.text for s in prompter.shown), timeout=20_000)
    assert seen["rows"] == [("Sheet D3", "待省里通知")]
    assert seen["colour"] == KEPT_COLOUR and "需核对" in seen["title"] and seen["unread"]
    made = {t.title: t for t in tasks.list_tasks(demo_db)}
    assert made["建立联席会议制度"].deadline == dt.date(2027, 3, 31) and not made["建立联席会议制度"].to_check


def test_a_cancelled_preview_imports_nothing(window, qtbot, demo_db, tmp_path, prompter):
    page = window.show_page("tasks")
    before = tasks.briefs(demo_db)
    asked: list[object] = []
    prompter.dialog = lambda dialog: asked.append(dialog) and False
    page.import_file(_sheet(tmp_path / "任务.xlsx", ROWS), task_import.import_tasks)
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    wait_idle()
    assert isinstance(asked[0], ImportChecksDialog) and tasks.briefs(demo_db) == before


def test_the_task_page_finds_and_settles_what_is_to_be_checked(window, qtbot, demo_db, tmp_path, prompter):
    task_import.import_tasks(demo_db, _sheet(tmp_path / "任务.xlsx", ROWS))  # imported as written
    page = window.show_page("tasks")
    page.refresh()
    page.status_filter.setCurrentIndex(page.status_filter.findData(NEEDS_CHECK))
    assert [t.title for t in page.shown_tasks()] == ["建立联席会议制度"]
    page.select(page.shown_tasks()[0].code)
    assert "需核对" in page.detail.toPlainText() and "待省里通知" in page.detail.toPlainText()
    assert page.check_button.isEnabled()
    window.resize(1366, 768)
    window.grab().save(str(tmp_path / "task-page.png"))

    def correct(dialog) -> bool:
        assert isinstance(dialog, TaskChecksDialog)
        dialog.deadline.setText("2027年4月30日")
        assert dialog.confirm_button.text() == "保存更正"
        return True

    prompter.dialog = correct
    page.check_button.click()
    made = {t.title: t for t in tasks.list_tasks(demo_db)}
    assert made["建立联席会议制度"].deadline == dt.date(2027, 4, 30) and not made["建立联席会议制度"].to_check
    assert page.shown_tasks() == []  # nothing is to be checked any more
    assert any(e.kind == "deadline" for e in tasks.history(demo_db, made["建立联席会议制度"].code))


def test_the_unit_page_finds_and_confirms_an_odd_phone(window, qtbot, demo_db, tmp_path, prompter):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["单位名称", "联系电话"])
    wb.active.append(["市教育局", "见工作群通知"])
    wb.active.append(["市公安局", "0895—4821234"])
    wb.save(tmp_path / "单位.xlsx")
    page = window.show_page("units")
    page.import_file(tmp_path / "单位.xlsx")
    qtbot.waitUntil(lambda: any("需核对" in s.text for s in prompter.shown), timeout=20_000)
    assert units.find(demo_db, "市公安局").phone == "0895-4821234"
    page.only_to_check.setChecked(True)
    assert page.proxy.rowCount() == 1
    page.select_unit(units.find(demo_db, "市教育局").id)
    assert page.check_button.isEnabled()
    prompter.answer = True
    page.check_button.click()
    assert not units.find(demo_db, "市教育局").to_check and page.proxy.rowCount() == 0
    assert units.find(demo_db, "市教育局").phone == "见工作群通知"  # kept as written, now confirmed


def test_the_plans_text_pasted_in_is_read_like_its_word_file(window, qtbot, demo_db, tmp_path, prompter):
    """Seed 004's plan pasted into the task page: the preview shows the date read by inference (11月1日前,
    the year from the plan's title) and 各镇（街道） waiting for townships the demo does not list; then
    the tasks come in with their units' roles."""
    from desktop_app.gui.pages.tasks import PasteDialog
    from tests.seed_plans import SEED_FILES, seed_004_units

    for name in [*seed_004_units(), "区政府"]:
        if units.find(demo_db, name) is None:
            units.add(demo_db, units.UnitRecord(name=name, kind="部门"))
    page = window.show_page("tasks")
    seen = []

    def answer(dialog) -> bool:
        seen.append(type(dialog).__name__)
        if isinstance(dialog, PasteDialog):
            dialog.text.setPlainText(SEED_FILES[4].read_text(encoding="utf-8"))
            return dialog.read_button.isEnabled()
        if isinstance(dialog, ImportChecksDialog):  # nothing unreadable: a year inferred, 各镇（街道） waiting
            found = dialog.model.checks
            assert not [c for _code, c in found if c.kept]
            assert [c.text for _code, c in found if not c.collective] == ["11月1日前"]
        return True

    prompter.dialog = answer
    page.paste_plan()
    qtbot.waitUntil(lambda: any("已从" in s.text for s in prompter.shown), timeout=20_000)
    assert seen == ["PasteDialog", "ImportChecksDialog"]
    traced = next(t for t in tasks.list_tasks(demo_db) if t.title.startswith("督促企业完善追溯体系"))
    assert traced.lead_units == ["区市场监管局"] and traced.wording.get("区工信局") == "配合"


def test_the_units_preview_shows_each_kind_for_the_clerk_to_change(window, qtbot, demo_db, tmp_path, prompter):
    """A list with no 类型 column: each unit's kind as guessed from its name, the clerk changes one in
    the preview, and it is saved as chosen; cancelled, nothing is saved."""
    from openpyxl import Workbook

    from desktop_app.gui.units_preview import UnitsPreviewDialog

    wb = Workbook()
    wb.active.append(["单位名称", "联系电话", "微信号"])
    wb.active.append(["示范区卫生健康委员会", "0391-6630000", "wx1"])
    wb.active.append(["沁园街道办事处", "0391-6630001", ""])
    wb.active.append(["克井镇人民政府", "见群通知", ""])
    wb.save(tmp_path / "示范区单位.xlsx")
    page = window.show_page("units")
    before = units.list_units(demo_db)
    asked: list[object] = []
    prompter.dialog = lambda dialog: asked.append(dialog) and False
    page.import_file(tmp_path / "示范区单位.xlsx")
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    wait_idle()
    assert units.list_units(demo_db) == before  # cancelled in the preview: nothing saved
    seen = {}

    def preview(dialog) -> bool:
        assert isinstance(dialog, UnitsPreviewDialog)
        model = dialog.model
        seen["kinds"] = {model.index(r, 0).data(): model.index(r, 1).data(Qt.ItemDataRole.EditRole) for r in range(3)}
        seen["checked"] = model.index(2, 3).data(Qt.ItemDataRole.BackgroundRole) is not None
        seen["unread"] = any("C 微信号" in label.text() for label in dialog.findChildren(QLabel))
        model.setData(model.index(0, 1), "其他")  # the clerk knows better
        seen["editable"] = bool(model.flags(model.index(2, 4)) & Qt.ItemFlag.ItemIsEditable)
        seen["not editable"] = not model.flags(model.index(1, 4)) & Qt.ItemFlag.ItemIsEditable
        model.setData(model.index(2, 4), "0391-6630002")  # and reads the phone the list wrote in words
        return True

    prompter.dialog = preview
    page.import_file(tmp_path / "示范区单位.xlsx")
    qtbot.waitUntil(lambda: any("已从" in s.text for s in prompter.shown), timeout=20_000)
    assert seen["kinds"] == {
        "示范区卫生健康委员会": "部门",
        "沁园街道办事处": "乡镇/街道",
        "克井镇人民政府": "乡镇/街道",
    }
    assert seen["checked"] and seen["unread"]
    assert units.find(demo_db, "示范区卫生健康委员会").kind == "其他"
    assert units.find(demo_db, "沁园街道办事处").kind == "乡镇/街道"
    assert seen["editable"] and seen["not editable"]
    town = units.find(demo_db, "克井镇人民政府")
    assert town.phone == "0391-6630002" and not town.to_check  # read by the clerk: nothing left to check


def test_the_preview_models_keep_qts_model_contract(qtmodeltester):
    from desktop_app.core.checks import Check
    from desktop_app.gui.checks import ChecksModel
    from desktop_app.gui.units_preview import UnitsPreviewModel
    from desktop_app.services.units import UnitRow

    kept = Check("deadline", "待省里通知", "无法识别", "Sheet D3")
    qtmodeltester.check(ChecksModel([("1", kept), ("2", Check("deadline", "11月1日前", "推定", "Sheet D4", False))]))
    rows = [UnitRow("区教育局", "部门", True, False), UnitRow("区城管局", "部门", False, True, "区城市管理局")]
    phone = Check("phone", "见群通知", "不是电话", "Sheet C2")
    qtmodeltester.check(UnitsPreviewModel(rows, [("区教育局", phone)]))
