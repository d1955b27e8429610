"""No change without intent: the mouse wheel rolled over every page, over every combo box, spin box,
date edit and slider on it, changes no setting, score or field; a control the clerk has put the focus
on still takes the wheel; the page under an unfocused one scrolls instead."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import select

from desktop_app.gui.main_window import PAGE_ORDER
from desktop_app.gui.qt import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QPoint,
    QPointF,
    QScrollArea,
    QScrollBar,
    Qt,
    QVBoxLayout,
    QWheelEvent,
    QWidget,
)
from desktop_app.gui.widgets import wheel_guard
from desktop_app.storage.models import Setting


def _wheel(widget, notches: int = -1) -> None:
    centre = widget.rect().center()
    event = QWheelEvent(
        QPointF(centre),
        QPointF(widget.mapToGlobal(centre)),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _controls(root):
    found = [*root.findChildren(QComboBox), *root.findChildren(QAbstractSpinBox)]
    found += [s for s in root.findChildren(QAbstractSlider) if not isinstance(s, QScrollBar)]
    return [w for w in found if w.isVisible() and w.isEnabled()]


def _state(widget):
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return widget.value()


def _settings(db):
    with db.read() as session:
        return {row.key: row.value for row in session.scalars(select(Setting))}


def test_the_wheel_changes_nothing_it_was_not_given(window, qtbot, demo_db):
    before = _settings(demo_db)
    rolled = 0
    for key in PAGE_ORDER:
        page = window.show_page(key)
        qtbot.wait(50)
        window.setFocus()  # no control of the page holds the focus
        for widget in _controls(page):
            was = _state(widget)
            for notches in (-1, -1, 1, -2):
                _wheel(widget, notches)
            assert _state(widget) == was, (key, widget.objectName() or type(widget).__name__)
            rolled += 1
    assert rolled >= 10  # combo boxes, spin boxes and date edits on the pages were rolled over
    QApplication.processEvents()
    assert _settings(demo_db) == before


def test_a_focused_control_takes_the_wheel_and_the_page_scrolls_under_one_that_is_not(qtbot, qapp):
    wheel_guard.install(qapp)
    area = QScrollArea()
    inner = QWidget()
    layout = QVBoxLayout(inner)
    combo = QComboBox()
    combo.addItems(["每月", "每季度", "只在规定日期"])
    layout.addWidget(combo)
    for _ in range(40):
        layout.addWidget(QComboBox())
    area.setWidget(inner)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    area.setFocus()
    _wheel(combo, -1)
    assert combo.currentIndex() == 0 and area.verticalScrollBar().value() > 0  # the page scrolled
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo, -1)
    assert combo.currentIndex() == 1  # given the focus, it takes the wheel


def test_a_setting_that_changes_other_pages_asks_first_naming_what_it_does(window, demo_db, prompter):
    import datetime as dt

    from desktop_app.core.monthly import ReturnedRow
    from desktop_app.services import campaigns, monthly, rounds

    unit = monthly.status(demo_db, "2026-10")[0].unit
    monthly.enter(
        demo_db, unit, "2026-10", [ReturnedRow("task", "综合", "总体情况", progress="推进")], dt.date(2026, 10, 20)
    )
    assert rounds.hidden_by(demo_db, "quarterly") == {"2026-10": 1} and rounds.hidden_by(demo_db, "monthly") == {}
    settings = window.show_page("settings")
    quarterly = settings.cycle.findData("quarterly")
    prompter.answer = False
    settings.cycle.setCurrentIndex(quarterly)
    settings.change_cycle(quarterly)
    asked = prompter.shown[-1].text
    was = settings.cycle.itemText(settings.cycle.findData("monthly"))
    assert "2026年10月" in asked and "1份" in asked and was in asked
    assert rounds.cycle(demo_db) == "monthly" and settings.cycle.currentData() == "monthly"  # declined: nothing changed
    prompter.answer = True
    settings.cycle.setCurrentIndex(quarterly)
    settings.change_cycle(quarterly)
    assert rounds.cycle(demo_db) == "quarterly"
    back = settings.cycle.findData("monthly")  # and back in one step: the report shows again
    settings.cycle.setCurrentIndex(back)
    settings.change_cycle(back)
    assert rounds.cycle(demo_db) == "monthly" and monthly.report(demo_db, unit, "2026-10") is not None

    # the due day: saved with its button, once the clerk has read which reports turn late
    prompter.answer = False
    settings.due_day.setValue(15)
    settings.save_campaign()
    asked = prompter.shown[-1].text
    assert "1份按时" in asked and "逾期" in asked, asked
    assert campaigns.get(demo_db).report_due_day == 25  # declined: nothing saved
    prompter.answer = True
    settings.save_campaign()
    assert campaigns.get(demo_db).report_due_day == 15
    assert monthly.status(demo_db, "2026-10")[0].state == "late"
    settings.due_day.setValue(25)  # and back in one step
    settings.save_campaign()
    assert campaigns.get(demo_db).report_due_day == 25 and monthly.status(demo_db, "2026-10")[0].state == "on_time"
    assert "1份逾期" in prompter.shown[-2].text  # it said so going back too

    from desktop_app.core import settings as spec
    from desktop_app.services import settings as settings_service

    prompter.answer = False
    english = settings.language.findData("en")
    assert english >= 0
    settings.language.setCurrentIndex(english)
    settings.change_language(english)
    assert settings_service.get(demo_db, spec.LANGUAGE) == "zh_CN" and settings.language.currentData() == "zh_CN"


def test_the_window_opens_maximised_on_an_office_screen_and_then_as_it_was_left(qtbot, qapp, tmp_path):
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.qt import QGuiApplication

    screen = QGuiApplication.primaryScreen().availableGeometry()
    first = MainWindow(tmp_path)
    qtbot.addWidget(first)
    small = screen.width() <= 1366 or screen.height() <= 768
    assert first.isMaximized() == small  # a smaller window would clip 首页
    first.setWindowState(Qt.WindowState.WindowNoState)
    first.resize(960, 700)  # the offscreen screen is 800 wide; the window is at least 960
    first.show()
    qtbot.waitExposed(first)
    first.close()  # its size is kept in ui-state.ini
    again = MainWindow(tmp_path)
    qtbot.addWidget(again)
    assert not again.isMaximized() and (again.width(), again.height()) == (960, 700)
