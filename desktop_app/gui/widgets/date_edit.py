"""The one date field of every page and dialog: a date typed whole, as offices write it (2027-05-01,
2027年5月1日, 2027.5.1; 2026-03 where the field is a month), replaces the date shown; a date typed half
way ("2027-0") changes nothing, and when the field is left the clerk is told the date it kept. The
arrows, the calendar and typing into one part (the year) work as in every date field."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.monthly import ValueProblem, parse_day, parse_month
from desktop_app.gui.qt import (
    QCoreApplication,
    QDate,
    QDateEdit,
    QDateTime,
    QFocusEvent,
    QToolTip,
    QValidator,
    QWidget,
    Signal,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("DateEdit", text)


class DateEdit(QDateEdit):
    """A QDateEdit that takes a whole date typed over it and says when a typed one was not taken."""

    #: text typed that is no date (or a date out of range): the field kept its date
    refused = Signal(str)

    def __init__(self, date: QDate | dt.date | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        if isinstance(date, dt.date):
            date = QDate(date.year, date.month, date.day)
        if date is not None:
            self.setDate(date)

    # -- what a typed text means --------------------------------------------------------------------
    def typed_date(self, text: str) -> dt.date | None:
        """The date ``text`` means in this field (a whole one, in range), or None."""
        text = text.strip()
        if not text or (self.specialValueText() and text == self.specialValueText()):
            return None
        try:
            if "d" in self.displayFormat():
                day = parse_day(text, self.date().year())
            else:  # a month field (yyyy-MM)
                month = parse_month(text)
                day = dt.date(int(month[:4]), int(month[5:]), 1) if month else None
        except ValueProblem:
            return None
        if day is None:
            return None
        low, high = self.minimumDate(), self.maximumDate()
        if not dt.date(low.year(), low.month(), low.day()) <= day <= dt.date(high.year(), high.month(), high.day()):
            return None
        return day

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self.specialValueText() and text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        if self.typed_date(text) is not None:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos  # on the way to a date: kept as typed for now

    def dateTimeFromText(self, text: str) -> QDateTime:
        if self.specialValueText() and text == self.specialValueText():
            return QDateTime(self.minimumDate(), self.time())
        day = self.typed_date(text)
        if day is None:
            return self.dateTime()  # half a date: the date stays as it was
        return QDateTime(QDate(day.year, day.month, day.day), self.time())

    def fixup(self, text: str) -> str:
        return self.textFromDateTime(self.dateTime())

    # -- leaving the field --------------------------------------------------------------------------
    def focusOutEvent(self, event: QFocusEvent) -> None:
        text = self.lineEdit().text()
        shown = self.textFromDateTime(self.dateTime())
        if text != shown and self.typed_date(text) is None and text != self.specialValueText():
            self.lineEdit().setText(shown)  # what the field holds, not the half-typed text
            message = _t("“{0}” is no whole date; the field keeps {1}.").format(text, shown)
            QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), message, self)
            self.refused.emit(text)
        super().focusOutEvent(event)
