"""What a clerk does in the window: units, the first-run wizard, settings, crashes, refused starts."""

import datetime as dt
import re
import sys

import pytest
from openpyxl import Workbook

from desktop_app.gui.app import run
from desktop_app.gui.pages.units import UnitDialog
from desktop_app.gui.qt import QApplication, QMimeData, QPointF, QPushButton, Qt, QUrl, QWizard
from desktop_app.gui.wizard import FirstRunWizard
from desktop_app.paths import DB_FILE_NAME
from desktop_app.services import campaigns, units
from desktop_app.storage.lock import InstanceLock


def _units_workbook(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["单位名称", "联络员", "联系电话"])
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def test_add_a_unit_through_the_dialog(window, qtbot, demo_db):
    page = window.show_page("units")
    dialog = UnitDialog(demo_db, None, page)
    qtbot.addWidget(dialog)
    dialog.name.setText("市 统计局")
    dialog.liaison.setText("王芳")
    dialog.phone.setText("0895-4812345")
    dialog.aliases.setText("统计局")
    dialog.save()
    assert dialog.result() == UnitDialog.DialogCode.Accepted
    page.refresh()
    assert units.find(demo_db, "统计局").name == "市统计局"
    assert "共 39 个单位" in page.count.text()


def test_a_duplicate_name_is_explained_and_the_dialog_stays(window, qtbot, demo_db):
    dialog = UnitDialog(demo_db, None, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("市场监管局")  # an alias of 市市场监管局
    dialog.save()
    assert dialog.result() != UnitDialog.DialogCode.Accepted
    assert "已是单位“市市场监管局”的名称或别名" in dialog.error.text()


def test_deactivate_and_restore_a_unit(window, qtbot, demo_db, prompter):
    page = window.show_page("units")
    page.select_unit(units.find(demo_db, "市科技局").id)
    assert page.toggle_button.text() == "停用"
    page.toggle_active()
    assert prompter.shown[-1].kind == "question" and "其任务、报送和佐证材料都会保留" in prompter.shown[-1].text
    assert units.find(demo_db, "市科技局").active is False
    assert page.toggle_button.text() == "恢复"
    page.toggle_active()
    assert units.find(demo_db, "市科技局").active is True


def test_declining_the_confirmation_keeps_the_unit(window, demo_db, prompter):
    page = window.show_page("units")
    page.select_unit(units.find(demo_db, "市科技局").id)
    prompter.answer = False
    page.toggle_active()
    assert units.find(demo_db, "市科技局").active is True


def test_import_runs_in_the_background_and_reports(window, qtbot, demo_db, tmp_path, prompter):
    page = window.show_page("units")
    path = _units_workbook(tmp_path / "新单位.xlsx", [("市统计局", "王芳", "0895-4800099"), ("市科技局", "孟国强", "")])
    prompter.files.append(str(path))
    page.choose_import()
    qtbot.waitUntil(lambda: any(s.kind == "info" for s in prompter.shown), timeout=10_000)
    info = next(s for s in prompter.shown if s.kind == "info")
    assert "新增 1 个，更新 1 个" in info.text
    # 市科技局's phone is blank in the list: the clerk is asked before it clears anything
    asked = [s for s in prompter.shown if s.kind == "question"]
    assert asked and "市科技局 联系电话" in asked[-1].text
    assert page.model.rowCount() == 39


def test_a_broken_import_tells_why_and_keeps_the_units(window, qtbot, demo_db, tmp_path, prompter):
    page = window.show_page("units")
    path = _units_workbook(tmp_path / "坏.xlsx", [("市统计局", "", ""), ("市统计局", "", "")])
    page.import_file(path)
    qtbot.waitUntil(lambda: any(s.kind == "error" for s in prompter.shown), timeout=10_000)
    shown = prompter.shown[-1]
    assert "未导入" in shown.text and any("与第 2 行的单位名称重复" in d for d in shown.details)
    assert len(units.list_units(demo_db)) == 38


def test_drop_an_excel_file_onto_the_units_page(window, qtbot, demo_db, tmp_path):
    from desktop_app.gui.qt import QDropEvent

    page = window.show_page("units")
    path = _units_workbook(tmp_path / "拖入.xlsx", [("市统计局", "王芳", "")])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    page.dropEvent(event)
    qtbot.waitUntil(lambda: units.find(demo_db, "市统计局") is not None, timeout=10_000)


def test_export_units_writes_a_workbook(window, qtbot, tmp_path, prompter):
    page = window.show_page("units")
    target = tmp_path / "名单.xlsx"
    prompter.files.append(str(target))
    page.choose_export()
    assert target.exists() and "已导出" in prompter.shown[-1].text


def _type_region(wizard, text):
    """As typed: the text changes and the wizard hears it was edited (QTest cannot type Chinese)."""
    wizard.basics.region.setText(text)
    wizard.basics.region.textEdited.emit(text)


def test_first_run_wizard_creates_the_campaign(qtbot, db):
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    _type_region(wizard, "济源示范区")
    assert wizard.basics.name.text() == "济源示范区创建国家食品安全示范城市"
    assert wizard.basics.rule_set_code() == "national-2021"
    wizard.basics.level.setCurrentText("省级")
    assert wizard.basics.name.text() == "济源示范区创建省级食品安全示范城市"  # the suggestion follows the level
    # a provincial campaign is asked for its rule set: nothing is chosen for it
    assert wizard.basics.rule_set_code() is None and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.basics.load_button.isVisible() and "本省" in wizard.basics.rule_hint.text()
    wizard.basics.rule_set.setCurrentIndex(wizard.basics.rule_set.findData("national-2021"))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    wizard.dates.population.setValue(730_000)
    wizard.dates.start.setDate(wizard.dates.start.date().fromString("2022-01-01", "yyyy-MM-dd"))
    wizard.dates.end.setDate(wizard.dates.end.date().fromString("2024-12-31", "yyyy-MM-dd"))
    wizard.next()
    assert [wizard.phases_page.model.item(r, 0).text() for r in range(wizard.phases_page.model.rowCount())] == [
        "组织发动阶段",
        "全面实施阶段",
        "自查自评阶段",
        "申请省级验收阶段",
    ]  # no 省级初评 or 国家验收 for a provincial campaign
    wizard.phases_page.model.item(0, 0).setText("动员部署阶段")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    info = campaigns.get(db)
    assert info.name == "济源示范区创建省级食品安全示范城市" and info.level == "省级"
    assert info.population == 730_000 and info.phases[0].name == "动员部署阶段"
    assert info.phases[0].start == dt.date(2022, 1, 1) and info.phases[-1].end == dt.date(2024, 12, 31)


def test_typing_a_name_replaces_the_suggested_one(qtbot, db):
    from desktop_app.gui.qt import Qt

    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    _type_region(wizard, "瓯海区")
    name = wizard.basics.name
    assert name.text() == "瓯海区创建国家食品安全示范城市"
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    name.setFocus(Qt.FocusReason.MouseFocusReason)  # a click into the field
    name.setCursorPosition(len(name.text()))  # where the click put the cursor
    qtbot.waitUntil(name.hasSelectedText)
    qtbot.keyClicks(name, "Ouhai")  # (QTest types Latin keys only) what is typed replaces the suggestion
    assert name.text() == "Ouhai"
    _type_region(wizard, "温州市瓯海区")  # a name the clerk typed is not overwritten
    assert name.text() == "Ouhai"


def test_a_provincial_campaign_from_the_command_line_names_its_rule_set(tmp_path):
    from tests.conftest import run_cli

    data = tmp_path / "d"
    asked = run_cli(
        "init", "--name", "济源", "--region", "济源示范区", "--population", "730000", "--level", "省级", data_dir=data
    )
    assert asked.returncode == 2 and "本省" in asked.stderr
    done = run_cli(
        "init",
        "--name",
        "济源",
        "--region",
        "济源示范区",
        "--population",
        "730000",
        "--level",
        "省级",
        "--rule-set",
        "national-2021",
        data_dir=data,
    )
    assert done.returncode == 0, done.stderr
    from desktop_app.storage.database import Database

    db = Database.open(data)
    try:
        info = campaigns.get(db)
        assert info.rule_set_code == "national-2021" and [p.name for p in info.phases][-1] == "申请省级验收阶段"
    finally:
        db.close()


def test_wizard_explains_a_bad_phase_date(qtbot, db):
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.basics.region.setText("昌都市")
    wizard.basics.name.setText("昌都市创建")
    wizard.next()
    wizard.next()
    wizard.phases_page.model.item(2, 1).setText("2025年3月")
    wizard.accept()
    assert "日期须按 2025-03-26 的格式填写" in wizard.phases_page.error.text()
    assert campaigns.get(db) is None


def test_settings_save_the_campaign(window, demo_db, prompter):
    page = window.show_page("settings")
    page.population.setValue(800_000)
    page.due_day.setValue(20)
    page.save_campaign()
    info = campaigns.get(demo_db)
    assert (info.population, info.report_due_day) == (800_000, 20)
    assert prompter.shown[-1].text == "创建活动已保存。"
    page.name.setText("  ")
    page.save_campaign()
    assert prompter.shown[-1].kind == "error" and prompter.shown[-1].details == ["请填写创建活动名称。"]


def test_settings_keep_the_document_format(window, demo_db, prompter):
    from desktop_app.services import paper

    page = window.show_page("settings")
    assert page.masthead_style.currentText() == "红色" and page.issue_format.text() == "第{n}期"
    page.issue_format.setText("第期")
    page.save_paper()
    assert prompter.shown[-1].kind == "error" and "{n}" in prompter.shown[-1].text
    page.issue_format.setText("〔{年}〕{n}号")
    page.masthead.setText("某市食安办|创建简报")
    page.masthead_style.setCurrentIndex(page.masthead_style.findData("black"))
    page.copy_to.setText("市委办公室")
    page.save_paper()
    assert prompter.shown[-1].text.startswith("公文格式已保存")
    kept = paper.current(demo_db)
    assert kept["paper.issue_format"] == "〔{年}〕{n}号" and kept["paper.masthead_style"] == "black"
    assert kept["paper.masthead"] == "某市食安办|创建简报" and kept["paper.copy_to"] == "市委办公室"
    page.refresh()
    assert page.masthead.text() == "某市食安办|创建简报" and page.masthead_style.currentData() == "black"


def test_settings_export_rule_set(window, tmp_path, prompter):
    page = window.show_page("settings")
    target = tmp_path / "细则.xlsx"
    prompter.files.append(str(target))
    page.export_ruleset()
    assert target.exists()


def test_crash_handler_logs_and_offers_copyable_details(qtbot, data_dir):
    from desktop_app.gui.crash import CrashHandler
    from desktop_app.gui.crash_dialog import CrashDialog

    handler = CrashHandler(data_dir).install()
    try:
        try:
            raise ValueError("something unexpected")
        except ValueError:
            sys.excepthook(*sys.exc_info())
    finally:
        handler.uninstall()
    log = (data_dir / "logs" / "crash.log").read_text(encoding="utf-8")
    assert "ValueError: something unexpected" in log and "Traceback" in log
    dialog = CrashDialog(handler.reports[-1], data_dir / "logs" / "crash.log")
    qtbot.addWidget(dialog)
    assert "ValueError" in dialog.details.toPlainText()
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "复制详细信息")
    button.click()
    assert "ValueError: something unexpected" in QApplication.clipboard().text()


@pytest.mark.event_loop
def test_start_refuses_a_second_instance(qapp, data_dir, prompter):
    lock = InstanceLock(data_dir).acquire()
    try:
        assert run(data_dir) == 2
    finally:
        lock.release()
    assert "另一个食安创建工作台正在使用数据文件夹" in prompter.shown[-1].text


@pytest.mark.event_loop
def test_start_refuses_a_corrupt_database(qapp, data_dir, prompter):
    (data_dir / DB_FILE_NAME).write_bytes(b"not a database at all" * 50)
    assert run(data_dir) == 2
    assert "不是本程序的数据库" in prompter.shown[-1].text
    assert (data_dir / DB_FILE_NAME).read_bytes() == b"not a database at all" * 50


@pytest.mark.event_loop
def test_the_real_start_shows_the_window_then_fills_it(qapp, demo_db):
    seen = {}

    def shown(window):
        seen["shown_pages"] = len(window.pages)  # the shell is up before the database is opened
        seen["title"] = window.nav.item(0).text()

    def ready(window):
        seen["ready_pages"] = len(window.pages)
        seen["window_title"] = window.windowTitle()
        QApplication.quit()

    assert run(demo_db.data_dir, on_shown=shown, on_ready=ready) == 0
    assert seen == {
        "shown_pages": 0,
        "title": "首页",
        "ready_pages": 1,  # 首页; the others are made when first shown
        "window_title": "昌都市创建国家食品安全示范城市 — 食安创建工作台",
    }
    assert (demo_db.data_dir / "logs" / "foodsafety-desk.log").exists()


_FIRST_PAGE = """
import json, sys
from desktop_app.gui import app as gui_app

def ready(window):
    from desktop_app.gui.qt import QApplication
    home = window.pages["home"]
    print(json.dumps({
        "orm": "sqlalchemy" in sys.modules,
        "opened": window.attached is not None,
        "title": window.windowTitle(),
        "tiles": [t.value.text() for t in home.tiles],
        "statuses": home.task_labels[0].text(),
        "changes": home.changes_label.text(),
    }, ensure_ascii=False))
    QApplication.quit()

sys.exit(gui_app.run(sys.argv[1], on_ready=ready))
"""


def test_the_first_page_is_read_from_the_file_before_the_orm_loads(demo_db):
    """首页 is filled from the file read plainly (storage.plain) before SQLAlchemy is imported, with the
    figures the opened database gives."""
    import json
    import subprocess

    from desktop_app.services import history
    from desktop_app.services.reads import dashboard
    from tests.conftest import ROOT

    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", _FIRST_PAGE, str(demo_db.data_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["orm"] is False and seen["opened"] is False
    assert seen["title"] == "昌都市创建国家食品安全示范城市 — 食安创建工作台"
    n = campaigns.counts(demo_db)
    assert seen["tiles"][1:] == [str(n.active_units), "94", str(n.tasks), f"{n.evidence:,}"]
    counted = [word for status, count in dashboard.dashboard(demo_db).counts.items() for word in (status, str(count))]
    assert re.sub("<[^>]+>", " ", seen["statuses"]).split() == ["任务状态", *counted]
    assert history.describe(history.recent(demo_db, 1)[0]) in seen["changes"]


def test_the_file_is_not_read_plainly_when_someone_must_log_in_first(qapp, demo_db):
    from desktop_app.gui.app import Startup
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.services import users

    users.enable(demo_db, "管理员", "很长的密码123")
    window = MainWindow(demo_db.data_dir)
    try:
        assert Startup(qapp, window, demo_db.data_dir)._preview() is False
        assert window.pages == {}  # nothing shown before the password
    finally:
        window.close()


@pytest.mark.event_loop
def test_the_opened_database_takes_over_the_first_page(qapp, demo_db):
    seen = {}

    def ready(window):
        seen["first"] = window.attached

        def opened():
            seen["home_db"] = window.pages["home"].db
            seen["attached"] = window.attached
            QApplication.quit()

        from desktop_app.gui.qt import QTimer

        QTimer.singleShot(0, opened)

    assert run(demo_db.data_dir, on_ready=ready) == 0
    assert seen["first"] is None  # 首页 was up before the database was open
    assert seen["attached"] is not None and seen["home_db"] is seen["attached"]


@pytest.mark.event_loop
def test_first_start_without_a_campaign_leaves_quietly_when_the_wizard_is_not_finished(qapp, data_dir):
    from desktop_app.storage.database import Database

    assert run(data_dir) == 0
    db = Database.open(data_dir)
    try:
        assert campaigns.get(db) is None
    finally:
        db.close()


def test_settings_edit_the_phases(window, demo_db, prompter):
    page = window.show_page("settings")
    assert page.phases.model.rowCount() == 7
    page.phases.model.item(1, 0).setText("宣传发动阶段")
    page.phases.view.setCurrentIndex(page.phases.model.index(6, 0))
    page.phases.remove_phase()
    page.save_campaign()
    names = [p.name for p in campaigns.get(demo_db).phases]
    assert names[1] == "宣传发动阶段" and len(names) == 6
    page.phases.add_phase()
    page.phases.model.item(6, 2).setText("明年")
    page.save_campaign()
    assert prompter.shown[-1].kind == "error" and "第 7 行" in prompter.shown[-1].text
    assert len(campaigns.get(demo_db).phases) == 6  # nothing saved


def test_delete_key_deactivates_the_selected_unit(window, qtbot, demo_db):
    page = window.show_page("units")
    page.select_unit(units.find(demo_db, "市司法局").id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert units.find(demo_db, "市司法局").active is False


@pytest.mark.event_loop
def test_the_window_opens_on_a_campaign_on_a_server(qapp, pg_cluster, tmp_path):
    from desktop_app.storage.database import Database
    from tests.conftest import build_demo

    url = pg_cluster.new_database()
    db = Database.open(tmp_path / "setup", url=url, create=True)
    build_demo(db)
    db.close()
    seen = {}

    def ready(window):
        seen["window_title"] = window.windowTitle()
        QApplication.quit()

    assert run(tmp_path / "clerk-pc", on_ready=ready, database=url) == 0
    assert seen["window_title"].startswith("昌都市创建国家食品安全示范城市")
    assert not (tmp_path / "clerk-pc" / DB_FILE_NAME).exists()  # nothing on the clerk's own disk
