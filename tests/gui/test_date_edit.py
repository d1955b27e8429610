"""Dates typed into any date field: a whole date typed over the one shown is taken as typed; half a date
changes nothing and is said when the field is left (the wizard's end date, the evidence form's month)."""

import datetime as dt

import pytest

from desktop_app.gui.qt import QDate, Qt
from desktop_app.gui.widgets.date_edit import DateEdit


@pytest.fixture
def field(qtbot):
    edit = DateEdit(dt.date(2029, 6, 30))
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


def _type_over(qtbot, edit, text):
    edit.lineEdit().selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # an input method's Chinese comes as text, not as key codes
        edit.lineEdit().insert(text)


def test_a_whole_date_typed_over_the_shown_one_is_taken_as_typed(field, qtbot):
    _type_over(qtbot, field, "2027-05-01")
    assert field.date() == QDate(2027, 5, 1)
    _type_over(qtbot, field, "2026年3月5日")
    assert field.date() == QDate(2026, 3, 5)
    _type_over(qtbot, field, "2028.12.1")
    assert field.date() == QDate(2028, 12, 1)
    field.setSelectedSection(DateEdit.Section.YearSection)  # and the arrows as ever
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.date() == QDate(2029, 12, 1)


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform's tooltip
def test_half_a_date_changes_nothing_and_is_said_when_the_field_is_left(field, qtbot):
    refused = []
    field.refused.connect(refused.append)
    _type_over(qtbot, field, "2027-0")
    assert field.date() == QDate(2029, 6, 30)  # nothing taken from half a date
    field.clearFocus()
    assert field.text() == "2029-06-30" and refused == ["2027-0"]  # shown as kept, and said
    field.setMaximumDate(QDate(2030, 12, 31))
    field.setFocus()
    _type_over(qtbot, field, "2099-01-01")  # out of range: not taken
    assert field.date() == QDate(2029, 6, 30)


def test_a_month_field_takes_a_month(qtbot):
    edit = DateEdit(dt.date(2026, 1, 1))
    edit.setDisplayFormat("yyyy-MM")
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    _type_over(qtbot, edit, "2026-03")
    assert edit.date() == QDate(2026, 3, 1)
    _type_over(qtbot, edit, "2026年7月")
    assert edit.date() == QDate(2026, 7, 1)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the offscreen platform
def test_the_wizard_s_end_date_typed_over_is_the_date_typed(qtbot):
    from desktop_app.gui.wizard import DatesPage

    page = DatesPage()
    qtbot.addWidget(page)
    page.show()
    page.end.setFocus()
    _type_over(qtbot, page.end, "2027-12-31")
    assert page.end.date() == QDate(2027, 12, 31) and page.validatePage()
