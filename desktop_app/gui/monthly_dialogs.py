"""The monthly page's dialogs: the preview of returned workbooks before they are saved, and a report
typed in by hand (phoned in)."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from desktop_app.core.errors import KnownError
from desktop_app.core.monthly import ReturnedRow
from desktop_app.core.rounds import round_label
from desktop_app.core.tasks import STATUSES
from desktop_app.gui import dialogs
from desktop_app.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    qdate,
    to_date,
)
from desktop_app.gui.tables import cell_text, set_cell
from desktop_app.gui.widgets.date_edit import DateEdit
from desktop_app.services import monthly, units

if TYPE_CHECKING:
    from desktop_app.storage.database import Database


class ImportPreviewDialog(QDialog):
    """What the import would do, file by file, before anything is saved."""

    def __init__(self, entries: list[monthly.CheckedFile], parent: QWidget | None = None):
        super().__init__(parent)
        self.entries = entries
        self.setWindowTitle(self.tr("Import the returned reports"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        good = sum(1 for e in entries if e.ok)
        self.intro = intro = QLabel(
            self.tr("{0} file(s) can be saved, {1} will be refused. Nothing is saved until you choose Save.").format(
                good, len(entries) - good
            )
            + "\n"
            + self.tr(
                "A report counts as sent on the 填报日期 the unit wrote, else on the day the file was last saved; "
                "change the day below when you know better."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.accepted_files = [e for e in entries if e.ok]
        self.dates = QTableWidget(len(self.accepted_files), 4, self)
        self.dates.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Unit"), self.tr("Sent on"), self.tr("Date taken from")]
        )
        self.dates.verticalHeader().hide()
        self.dates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.date_edits: list[DateEdit] = []
        for row, entry in enumerate(self.accepted_files):
            self.dates.setItem(row, 0, QTableWidgetItem(entry.path.name))
            self.dates.setItem(row, 1, QTableWidgetItem(entry.unit))
            sent = entry.submitted or dt.date.today()
            edit = DateEdit(qdate(sent))
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMaximumDate(qdate(max(dt.date.today(), sent)))
            edit.dateChanged.connect(lambda date, row=row: self._date_changed(row, to_date(date)))
            self.date_edits.append(edit)
            self.dates.setCellWidget(row, 2, edit)
            self.dates.setItem(row, 3, QTableWidgetItem(self._date_source(entry)))
        self.dates.resizeColumnsToContents()
        self.dates.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.dates.setVisible(bool(self.accepted_files))
        self.dates.setMaximumHeight(min(220, 32 + 30 * max(len(self.accepted_files), 1)))
        layout.addWidget(self.dates)
        self.view = QTextBrowser()
        self.view.setHtml(self._html())
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(good > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _date_source(self, entry: monthly.CheckedFile) -> str:
        if entry.unchanged:
            return self.tr("the day it first came in (the same file)")
        if entry.date_written:
            return self.tr("填报日期 in the file")
        return self.tr("day the file was saved (no 填报日期)")

    def _date_changed(self, row: int, date: dt.date) -> None:
        """The office knows better (the day the mail or the USB stick came): that day counts."""
        entry = self.accepted_files[row]
        try:
            monthly.set_sent_day(entry, date)
        except KnownError as err:
            dialogs.error(self, err)
            self.date_edits[row].setDate(qdate(entry.submitted or dt.date.today()))
            return
        set_cell(self.dates, row, 3, self.tr("set by the office"))
        self.view.setHtml(self._html())

    def _html(self) -> str:
        parts = []
        for e in self.entries:
            name = html.escape(e.path.name)
            if e.error is not None:
                reasons = "".join(f"<li>{html.escape(d)}</li>" for d in e.error.details[:10])
                parts.append(
                    f"<p><b style='color:#b00020'>✗ {name}</b><br>{html.escape(e.error.message)}</p><ul>{reasons}</ul>"
                )
                continue
            if e.unchanged and e.unchanged_since is not None:
                what = self.tr("imported before as it is (came in {0}): nothing changes").format(
                    e.unchanged_since.date()
                )
            elif e.replaces:
                what = self.tr("replaces the entry of {0}").format(e.replaces.date())
            else:
                what = self.tr("new entry")
            filled = sum(1 for r in e.rows if r.filled())
            changes = "".join(
                "<li>{} {}：{} {}% → {} {}%{}{}</li>".format(
                    html.escape(c.code),
                    html.escape(c.title[:30]),
                    c.old_status,
                    c.old_progress,
                    c.new_status,
                    c.new_progress,
                    "" if c.applies else self.tr(" (noted in the history only: not the lead unit)"),
                    "<br><span style='color:#b45f00'>⚠ "
                    + html.escape(self.tr("{0}: taken as written, marked 需核对 on the task page").format(c.warning))
                    + "</span>"
                    if c.warning
                    else "",
                )
                for c in e.changes
            )
            parts.append(
                f"<p><b style='color:#1e7b34'>✓ {name}</b><br>"
                + self.tr("{0}, {1}, sent {2}; {3} of {4} row(s) filled; {5}").format(
                    html.escape(e.unit), round_label(e.month), e.submitted, filled, len(e.rows), what
                )
                + "".join(f"<br><span style='color:#b45f00'>⚠ {html.escape(w)}</span>" for w in e.warnings)
                + "</p>"
                + (f"<ul>{changes}</ul>" if changes else "")
            )
        return "".join(parts)


class ManualEntryDialog(QDialog):
    """A report phoned in: the unit's rows with its answers typed by the office."""

    COLUMNS = ("progress", "status", "percent", "problems", "next_steps")

    def __init__(self, db: Database, unit: str, month: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.unit, self.month = db, unit, month
        self.setWindowTitle(self.tr("Enter the report of {0} for {1}").format(unit, round_label(month)))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date = DateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        today = dt.date.today()
        self.date.setDate(qdate(today))
        form.addRow(self.tr("Reported on"), self.date)
        layout.addLayout(form)
        found = units.find(db, unit)
        self.template = monthly.template_rows(db, found.id) if found else []
        existing = monthly.report(db, unit, month)
        answers = {(r.kind, r.ref): r for r in existing.rows} if existing else {}
        self.table = QTableWidget(len(self.template), 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Task or item"),
                self.tr("Progress (进展情况)"),
                self.tr("Status"),
                self.tr("Done %"),
                self.tr("Problems"),
                self.tr("Next steps"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((240, 260, 90, 60, 140, 140)):
            self.table.setColumnWidth(col, width)
        self.status_boxes: list[QComboBox] = []
        for r, row in enumerate(self.template):
            title = QTableWidgetItem(f"{row.ref} {row.title}")
            title.setFlags(title.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 0, title)
            answer = answers.get((row.kind, row.ref))
            box = QComboBox()
            box.addItem("", "")
            for status in STATUSES:
                box.addItem(status, status)
            if answer and answer.status:
                box.setCurrentText(answer.status)
            self.table.setCellWidget(r, 2, box)
            self.status_boxes.append(box)
            for col, name in ((1, "progress"), (3, "percent"), (4, "problems"), (5, "next_steps")):
                value = getattr(answer, name) if answer else ""
                self.table.setItem(r, col, QTableWidgetItem("" if value is None else str(value)))
        layout.addWidget(self.table, 1)
        self.hint = QLabel()
        self.hint.setStyleSheet("color:#b00020")
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def rows(self) -> list[ReturnedRow]:
        from desktop_app.core.monthly import ValueProblem, parse_percent

        found = []
        for r, row in enumerate(self.template):
            typed = cell_text(self.table, r, 3)
            try:
                percent = parse_percent(typed)
            except ValueProblem:
                message = self.tr("Row {0}: “{1}” is not a number from 0 to 100.").format(r + 1, typed)
                raise ValueError(message) from None
            found.append(
                ReturnedRow(
                    row.kind,
                    row.ref,
                    row.title,
                    progress=cell_text(self.table, r, 1).strip(),
                    status=self.status_boxes[r].currentData() or "",
                    percent=percent,
                    problems=cell_text(self.table, r, 4).strip(),
                    next_steps=cell_text(self.table, r, 5).strip(),
                )
            )
        return found

    def save(self) -> None:
        try:
            rows = self.rows()
        except ValueError as bad:
            self.hint.setText(str(bad))
            return
        if not any(r.filled() for r in rows):
            self.hint.setText(self.tr("Nothing was entered."))
            return
        day = to_date(self.date.date())
        if dialogs.guarded(self, monthly.enter, self.db, self.unit, self.month, rows, day):
            self.accept()
