"""The main flow without the mouse: pages by Ctrl+number, buttons reached with Tab and pressed with the
space bar, dialogs answered with Enter or left with Esc, F5 to read anew."""

import pytest
from openpyxl import Workbook

from desktop_app.gui.qt import QApplication, QDialog, Qt
from desktop_app.gui.worker import wait_idle


def _keys(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard's focus"
    qtbot.keyClick(target, key, modifier)


def _tab_to(qtbot, widget, most=120):
    """Tab through the window until ``widget`` has the focus (it is in the tab order), as a clerk would."""
    for _ in range(most):
        if widget.hasFocus():
            return
        _keys(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"{widget.text() if hasattr(widget, 'text') else widget} cannot be reached with Tab")


def _press(qtbot, button):
    _tab_to(qtbot, button)
    _keys(qtbot, Qt.Key.Key_Space)


def _enter(qtbot, answered):
    """Every dialog the flow opens is answered with Enter (its default button), from its first field."""

    def answer(dialog: QDialog) -> bool:
        answered.append(type(dialog).__name__)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        if dialog.focusWidget() is None:  # as the window system does when a dialog opens
            dialog.focusNextChild()
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
        return dialog.result() == QDialog.DialogCode.Accepted

    return answer


def _settle(qtbot):
    """The background work done and its result shown (the progress dialog gone)."""
    wait_idle()
    qtbot.wait(100)


def _page(qtbot, window, number):
    _keys(qtbot, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
    return window.current_page()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the offscreen platform's dialogs
def test_the_main_flow_with_key_presses_only(window, qtbot, demo_db, tmp_path, prompter):
    from desktop_app.services import evidence, tasks

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None or window.isActiveWindow())
    window.nav.setFocus()
    answered: list[str] = []
    prompter.dialog = _enter(qtbot, answered)

    # 1. import a task table (Ctrl+3: 任务)
    book = tmp_path / "任务分解表.xlsx"
    wb = Workbook()
    wb.active.append(["序号", "任务", "牵头单位", "完成时限"])
    wb.active.append(["K-1", "开展校园食品安全专项检查", "市教育局", "2026年12月31日前"])
    wb.active.append(["K-2", "完善食品安全追溯平台", "市市场监管局", "2027年6月底前"])
    wb.save(book)
    page = _page(qtbot, window, 3)
    assert page.key == "tasks"
    prompter.files.append(str(book))
    _press(qtbot, page.import_button)
    qtbot.waitUntil(lambda: any(t.code == "K-1" for t in tasks.list_tasks(demo_db)), timeout=20_000)
    _settle(qtbot)

    # 2. file a file (Ctrl+5: 佐证材料)
    paper = tmp_path / "关于成立食品安全委员会的通知.pdf"
    paper.write_bytes(b"%PDF-1.4\n%%EOF\n")
    page = _page(qtbot, window, 5)
    assert page.key == "evidence"
    prompter.files.append(str(paper))
    _press(qtbot, page.add_button)
    qtbot.waitUntil(lambda: len(evidence.record_ids(demo_db)) == 1, timeout=20_000)
    _settle(qtbot)

    # 3. write the month's forms (Ctrl+4: 月度报送)
    page = _page(qtbot, window, 4)
    assert page.key == "monthly"
    folder = tmp_path / "下发"
    folder.mkdir()
    prompter.files.append(str(folder))
    prompter.answer = False  # the usual form, without the veto items
    _press(qtbot, page.templates_button)
    qtbot.waitUntil(lambda: len(list(folder.rglob("*.xlsx"))) >= 30, timeout=60_000)
    _settle(qtbot)

    # 4. print the bulletin: to the tabs with Tab, its tab with the arrow keys, then generate and print
    _tab_to(qtbot, page.tabs.tabBar())
    for _ in range(page.tabs.count()):
        if page.tabs.currentWidget() is page.bulletin:
            break
        _keys(qtbot, Qt.Key.Key_Right)
    assert page.tabs.currentWidget() is page.bulletin
    target = tmp_path / "通报.pdf"
    prompter.files.append(str(target))
    _press(qtbot, page.bulletin.pdf_button)
    qtbot.waitUntil(lambda: target.exists() and page.bulletin.print_button.isEnabled(), timeout=30_000)
    _press(qtbot, page.bulletin.print_button)
    assert prompter.opened[-1] == ("print", str(target))

    # F5 reads the page anew
    _keys(qtbot, Qt.Key.Key_F5)
    assert window.current_page().key == "monthly"
    prompter.dialog = None
    assert "EvidenceDialog" in answered  # the filing form, answered with Enter


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the offscreen platform's dialogs
def test_esc_leaves_a_dialog_and_changes_nothing(window, qtbot, demo_db, prompter):
    from desktop_app.services import units

    before = len(units.list_units(demo_db))
    page = window.show_page("units")

    def leave(dialog: QDialog) -> bool:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClicks(dialog.name, "Liangshi Ju")  # typed (an input method types Chinese), then Esc
        assert dialog.name.text() == "Liangshi Ju"
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
        return dialog.result() == QDialog.DialogCode.Accepted

    prompter.dialog = leave
    _press(qtbot, page.add_button)
    assert len(units.list_units(demo_db)) == before and not units.find(demo_db, "Liangshi Ju")


def test_every_button_that_shows_no_words_has_a_name_for_screen_readers(window):
    """The program's own buttons (Qt's own, such as a search box's clear button, name themselves)."""
    from desktop_app.gui.main_window import PAGE_ORDER
    from desktop_app.gui.qt import QAbstractButton, QAbstractSpinBox, QLineEdit

    nameless = []
    for key in PAGE_ORDER:
        page = window.show_page(key)
        for button in page.findChildren(QAbstractButton):
            if button.objectName().startswith("qt_") or isinstance(button.parent(), (QLineEdit, QAbstractSpinBox)):
                continue
            if not button.text().strip() and not button.accessibleName().strip():
                nameless.append((key, button.objectName() or type(button).__name__, button.toolTip()))
    assert nameless == []


def test_delete_in_a_search_box_deletes_a_character_not_the_records(window, qtbot, demo_db, tmp_path):
    """Delete and Enter act on the list only while the list has the keyboard."""
    from desktop_app.services import evidence

    paper = tmp_path / "会议纪要.pdf"
    paper.write_bytes(b"%PDF-1.4\n%%EOF\n")
    evidence.add_files(demo_db, [paper], item=1, unit="市食安办")
    page = window.show_page("evidence")
    page.refresh()
    page.table.selectRow(0)
    window.activateWindow()
    page.search.setFocus()
    page.search.setText("纪要")
    page.search.setCursorPosition(0)
    qtbot.keyClick(page.search, Qt.Key.Key_Delete)
    assert page.search.text() == "要" and len(evidence.record_ids(demo_db)) == 1  # nothing went to the bin
