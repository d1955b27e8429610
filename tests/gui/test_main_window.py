"""The real main window, offscreen: every page, the indicator tree and its search, Chinese throughout."""

import re

from desktop_app.core.ruleset import Item
from desktop_app.gui.app import open_main_window
from desktop_app.gui.main_window import PAGE_ORDER
from desktop_app.gui.models import OBJECT_ROLE
from desktop_app.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    Qt,
    QTabWidget,
)
from desktop_app.gui.resources import covers, register_fonts, ui_font
from desktop_app.services import rulesets

EXPECTED_TITLES = [
    "首页",
    "评价指标",
    "任务",
    "月度报送",
    "佐证材料",
    "自查自评",
    "报表",
    "成员单位",
    "操作记录",
    "设置",
]


def test_every_navigation_page_opens(window, qtbot):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == EXPECTED_TITLES
    for row, key in enumerate(PAGE_ORDER):
        window.nav.setCurrentRow(row)
        page = window.current_page()
        assert page is window.pages[key]
        assert page.heading.text() == EXPECTED_TITLES[row]
        texts = " ".join(label.text() for label in page.findChildren(QLabel))
        assert re.search(r"[\u4e00-\u9fff]{4,}", texts), f"page {key} shows no Chinese text"


def test_keyboard_switches_pages(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "indicators"
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().key == "units"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # the tenth page
    assert window.current_page().key == "settings"


def test_indicator_tree_and_search_finds_item_85(window, qtbot):
    page = window.show_page("indicators")
    proxy = page.tree.model()
    assert proxy.rowCount() == 6  # five categories and the veto items
    assert "5 个类别，36 个评价要点，94 项评价内容，总分 120" in page.summary.text()
    first = proxy.index(0, 0)
    assert first.data() == "一、基础工作" and proxy.index(0, 1).data() == "30"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F: into the search box
    assert page.search.hasFocus()
    page.search.insert("明厨亮灶")  # as the input method delivers it (QTest cannot type Chinese)
    found = page.visible_items()
    assert [i.no for i in found] == [85]
    current = page.tree.currentIndex()
    assert current.data(OBJECT_ROLE).no == 85
    assert current.siblingAtColumn(2).data() == "国务院食品安全办组织验收组评审"
    assert current.siblingAtColumn(3).data() == "市教育局；各县（区）"
    detail = page.detail.toPlainText()
    assert "基本任务" in detail and "市教育局推动落实校园食堂" in detail
    assert page.summary.text() == "找到 1 项评价内容"
    page.search.clear()
    assert len(page.visible_items()) == 94


def test_search_by_department_and_by_point_name(window, qtbot):
    page = window.show_page("indicators")
    page.search.setText("市林草局")
    assert {i.no for i in page.visible_items()} >= {28, 45, 46}
    page.search.setText("机制创新")  # a point: all its items stay visible
    assert [i.no for i in page.visible_items()] == [78, 79, 80, 81, 82]
    page.search.setText("否决项")
    assert [i.no for i in page.visible_items()] == [90, 91, 92, 93, 94]


def test_selecting_a_point_shows_any_two_rule(window, qtbot):
    page = window.show_page("indicators")
    page.search.setText("机制创新")
    proxy = page.tree.model()
    five = proxy.index(0, 0)
    point = proxy.index(0, 0, five)
    page.tree.setCurrentIndex(point)
    assert "5 项中任选 2 项计分" in page.detail.toPlainText()


ALLOWED_LATIN = {"English", "Excel", "WPS", "PNG", "xlsx", "USB", "PDF", "SHA", "tmp", "data", "pytest", "of", "root"}


def _visible_texts(widget):
    for w in widget.findChildren(QLabel):
        yield re.sub(r"<[^>]+>", " ", w.text())
    for w in widget.findChildren(QPushButton):
        yield w.text()
    for w in widget.findChildren(QGroupBox):
        yield w.title()
    for w in widget.findChildren(QLineEdit):
        yield w.placeholderText()
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            columns = model.columnCount() if not isinstance(view, QListView) else 1
            for col in range(columns):
                yield str(model.headerData(col, Qt.Orientation.Horizontal) or "")
                for row in range(min(model.rowCount(), 3)):  # and what the first rows say
                    value = model.index(row, col).data()
                    yield value if isinstance(value, str) else ""
    for tabs in widget.findChildren(QTabWidget):
        for n in range(tabs.count()):
            yield tabs.tabText(n)
    for combo in widget.findChildren(QComboBox):
        for n in range(min(combo.count(), 3)):
            yield combo.itemText(n)


def test_no_english_left_in_the_chinese_interface(window, tmp_path):
    untranslated = set()
    for key in PAGE_ORDER:
        page = window.show_page(key)
        for text in _visible_texts(page):
            text = re.sub(r"[0-9a-f]{16}", "", text.replace(str(tmp_path), ""))  # check codes are no words
            for word in re.findall(r"[A-Za-z]{3,}", text):
                if word not in ALLOWED_LATIN:
                    untranslated.add((key, word, text[:60]))
    assert untranslated == set()


def test_english_can_be_chosen(qtbot, qapp, demo_db):
    from desktop_app.core import settings as spec
    from desktop_app.services import settings as settings_service

    settings_service.set_value(demo_db, spec.LANGUAGE, "en")
    win = open_main_window(demo_db, qapp)
    qtbot.addWidget(win)
    try:
        assert win.nav.item(0).text() == "Home"
        assert win.page("indicators").heading.text() == "Indicators"
    finally:
        settings_service.set_value(demo_db, spec.LANGUAGE, "zh_CN")
        from desktop_app.gui import i18n

        i18n.install(qapp, "zh_CN")


def test_bundled_font_has_every_character_the_interface_shows(qapp):
    """Chinese, not boxes: the bundled font covers all translations and the whole rule set."""
    import xml.etree.ElementTree as ET

    from desktop_app.core.i18n import ts_path

    families = register_fonts()
    assert families, "the bundled CJK font did not load"
    font = ui_font(10)
    assert font.family() in families or covers(font, "食安创建工作台")
    translations = "".join(t.text or "" for t in ET.parse(ts_path("zh_CN")).getroot().iter("translation"))
    rs = rulesets.builtin_ruleset()
    rule_text = "".join(i.text + i.departments + i.basic_task + "".join(i.methods) for i in rs.items())
    missing = {ch for ch in set(translations + rule_text) if not ch.isspace() and not covers(font, ch)}
    assert missing == set()


def test_home_page_shows_the_campaign(window):
    page = window.show_page("home")
    text = page.campaign_label.text()
    assert "昌都市创建国家食品安全示范城市" in text and "760,966" in text
    assert page.tiles[1].value.text() == "38"
    assert page.tiles[2].value.text() == "94"
    assert "当前阶段" in page.phases_label.text()
    assert (
        "最近修改" in page.changes_label.text() and "新增 任务“实施冷链食品专项整治行动”" in page.changes_label.text()
    )


def test_window_title_names_the_campaign(window):
    assert window.windowTitle() == "昌都市创建国家食品安全示范城市 — 食安创建工作台"


def test_item_objects_are_reachable_from_the_tree(window):
    page = window.show_page("indicators")
    page.tree.expandAll()
    assert all(isinstance(i, Item) for i in page.visible_items())


def test_the_history_page_lists_filters_checks_and_exports(window, qtbot, demo_db, tmp_path, prompter):
    from openpyxl import load_workbook

    page = window.show_page("history")
    shown = page.table.model()
    assert shown.rowCount() > 0 and "校验码" in page.chain.text()
    page.words.setText("市食安办")
    page.reload()
    assert shown.rowCount() >= 1
    assert all("市食安办" in shown.index(r, 2).data() for r in range(shown.rowCount()))
    page.check_chain()
    qtbot.waitUntil(lambda: any("完整" in s.text for s in prompter.shown), timeout=10_000)
    prompter.files.append(str(tmp_path / "记录.xlsx"))
    page.choose_export()
    assert load_workbook(tmp_path / "记录.xlsx").active.max_row >= 3


def test_the_screenshot_command_knows_every_page():
    from desktop_app.cli.desktop import PAGES

    assert PAGES == PAGE_ORDER


def test_with_users_on_the_window_asks_for_a_login_and_a_reader_cannot_restore(qtbot, tmp_path, prompter):
    """The login at start (three tries), then a 只读 person sees everything but may not restore."""
    from desktop_app.core import roles
    from desktop_app.gui.app import Startup, _application
    from desktop_app.gui.login import LoginDialog
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.services import users
    from desktop_app.storage.database import Database
    from tests.conftest import build_demo

    data = tmp_path / "data"
    db = Database.open(data)
    build_demo(db)
    users.enable(db, "王主任", "admin-pass-1")
    users.login(db, "王主任", "admin-pass-1")
    users.add(db, "赵领导", roles.READER, "reader-pass")
    db.close()
    typed = iter([("赵领导", "wrong-pass"), ("赵领导", "reader-pass")])
    buttons: list[str] = []

    def login(dialog) -> bool:
        from desktop_app.gui.qt import QDialogButtonBox

        if not isinstance(dialog, LoginDialog):
            return False
        box = dialog.findChild(QDialogButtonBox)
        buttons.append(box.button(QDialogButtonBox.StandardButton.Ok).text())
        while True:
            name, password = next(typed)
            dialog.name.setText(name)
            dialog.password.setText(password)
            if dialog.try_login():
                return True

    prompter.dialog = login
    app = _application()
    from desktop_app.gui import i18n

    i18n.install(app, "zh_CN", qt_dialogs=False)  # as the program starts: Qt's own words come later
    window = MainWindow(data)
    startup = Startup(app, window, data)
    try:
        startup.finish()
        assert startup.db is not None and startup.db.user is not None and startup.db.user.name == "赵领导"
        assert buttons[0] == "确定"  # the login's button in Chinese, not "OK"
        assert any("不正确" in s.text for s in prompter.shown)  # the wrong password was told
        window.restore_backup(tmp_path / "whatever.fsdbak")
        assert "不能" in prompter.shown[-1].text
        # a page's change goes through its service, which refuses it for 只读
        (tmp_path / "材料.pdf").write_bytes(b"evidence")
        page = window.show_page("evidence")
        page.add([tmp_path / "材料.pdf"], 1, None, None)
        qtbot.waitUntil(lambda: "不能" in prompter.shown[-1].text, timeout=10_000)
        from openpyxl import Workbook

        book = Workbook()
        book.active.append(["单位名称"])
        book.active.append(["市新设局"])
        book.save(tmp_path / "名单.xlsx")
        refused = len([s for s in prompter.shown if "不能" in s.text])
        window.show_page("units").import_file(tmp_path / "名单.xlsx")
        qtbot.waitUntil(lambda: len([s for s in prompter.shown if "不能" in s.text]) > refused, timeout=10_000)
        # left alone, the window locks: the same person logs in again, or the program closes
        assert window.idle_lock is not None and window.idle_lock.timer.isActive()
        typed = iter([("赵领导", "reader-pass")])
        assert window.idle_lock.lock() and startup.db.user.name == "赵领导"
        prompter.dialog = lambda dialog: False  # no one logs in
        assert not window.idle_lock.lock() and not window.isVisible()
    finally:
        window.close()
        if startup.db is not None:
            startup.db.close()
        if startup.lock is not None:
            startup.lock.release()


def test_the_self_assessment_page_scores_points_and_adds_them_up(window, qtbot, demo_db, prompter):
    from desktop_app.services import assessment

    page = window.show_page("assessment")
    page.spins[("1", 0)].setValue(2.5)
    page.bases[("1", 0)].setText("文件齐全")
    page.bases[("1", 0)].editingFinished.emit()
    page.spins[("29", 78)].setValue(2.5)
    assert assessment.show(demo_db).total == 5
    assert "总分 5" in page.total.text() and page.category_rows["一"].text(2) == "2.5"
    assert "尚未全部确认未发生" in page.total.text()  # nobody has looked at the veto items yet
    assert {box.currentData() for box in page.veto_boxes.values()} == {"未核实"}
    for box in page.veto_boxes.values():
        box.setCurrentIndex(box.findData("未发生"))
    assert "否决" not in page.total.text() and assessment.show(demo_db).passes_veto
    page.veto_boxes[91].setCurrentIndex(page.veto_boxes[91].findData("已发生"))
    assert "不予通过" in page.total.text() and not assessment.show(demo_db).passes_veto
    page.refresh()  # as read back
    assert page.spins[("1", 0)].value() == 2.5 and page.veto_boxes[91].currentData() == "已发生"


def test_the_self_assessment_page_shows_the_targets_and_a_trend(window, qtbot, demo_db):
    from desktop_app.services import metrics

    metrics.record(demo_db, "M03", "97.5", period="2025")
    metrics.record(demo_db, "M03", "98.6%", period="2026")
    page = window.show_page("assessment")
    page.refresh()
    shown = page.metrics.model()
    row = next(r for r in range(shown.rowCount()) if "合格率" in shown.index(r, 0).data())
    assert shown.index(row, 3).data() == "达标" and "98.6" in shown.index(row, 2).data()
    page.metrics.selectRow(row)
    assert page.trend.points == [("2025", 97.5), ("2026", 98.6)] and page.trend.target == 98
    picture = page.trend.grab()
    assert not picture.isNull() and picture.width() > 100


def test_a_point_scored_from_its_measured_target_is_shown_not_typed(window, demo_db):
    from desktop_app.services import assessment, metrics

    assessment.set_score(demo_db, "1", 2, basis="文件齐全")
    metrics.record(demo_db, "M04", "82", period="2026")
    page = window.show_page("assessment")
    page.refresh()
    assert not page.spins[("24", 0)].isEnabled() and page.spins[("24", 0)].value() == 10
    assert "82" in page.bases[("24", 0)].text() and page.bases[("24", 0)].isReadOnly()
    assert page.bases[("1", 0)].text() == "文件齐全"  # a basis written earlier is read back
    assert page.spins[("25", 0)].isEnabled()  # 知晓率 not measured yet: the clerk scores it
