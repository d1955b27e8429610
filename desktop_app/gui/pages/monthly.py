"""月度报送: send each unit its fill-in workbook, take the returned ones in (checked and previewed),
type in a report phoned in, and see who reported on time, late or not at all."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from desktop_app.core.errors import KnownError
from desktop_app.core.monthly import LATE, MISSING, NOT_DUE, ON_TIME, ReturnedRow, month_label, state_label
from desktop_app.core.tasks import STATUSES
from desktop_app.gui import dialogs
from desktop_app.gui.drops import dropped
from desktop_app.gui.pages.base import Page
from desktop_app.gui.printing import print_pdf
from desktop_app.gui.qt import (
    QAbstractItemView,
    QApplication,
    QBrush,
    QCheckBox,
    QColor,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    qdate,
    to_date,
)
from desktop_app.gui.sorting import TextItem, keep_given_order
from desktop_app.gui.worker import run_task
from desktop_app.services import bulletin, monthly, units

STATE_COLOURS = {ON_TIME: "#1e7b34", LATE: "#b26a00", MISSING: "#b00020", NOT_DUE: "#777777"}


def _cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def _set_cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    item = table.item(row, column)
    if item is None:
        table.setItem(row, column, QTableWidgetItem(text))
    else:
        item.setText(text)


class ImportPreviewDialog(QDialog):
    """What the import would do, file by file, before anything is saved."""

    def __init__(self, entries: list[monthly.CheckedFile], parent=None):
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
        self.date_edits: list[QDateEdit] = []
        for row, entry in enumerate(self.accepted_files):
            self.dates.setItem(row, 0, QTableWidgetItem(entry.path.name))
            self.dates.setItem(row, 1, QTableWidgetItem(entry.unit))
            sent = entry.submitted or dt.date.today()
            edit = QDateEdit(qdate(sent))
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
        _set_cell(self.dates, row, 3, self.tr("set by the office"))
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
            what = (
                self.tr("replaces the entry of {0}").format(e.replaces.date()) if e.replaces else self.tr("new entry")
            )
            filled = sum(1 for r in e.rows if r.filled())
            changes = "".join(
                "<li>{} {}：{} {}% → {} {}%{}</li>".format(
                    html.escape(c.code),
                    html.escape(c.title[:30]),
                    c.old_status,
                    c.old_progress,
                    c.new_status,
                    c.new_progress,
                    "" if c.applies else self.tr(" (noted in the history only: not the lead unit)"),
                )
                for c in e.changes
            )
            parts.append(
                f"<p><b style='color:#1e7b34'>✓ {name}</b><br>"
                + self.tr("{0}, {1}, sent {2}; {3} of {4} row(s) filled; {5}").format(
                    html.escape(e.unit), month_label(e.month), e.submitted, filled, len(e.rows), what
                )
                + "</p>"
                + (f"<ul>{changes}</ul>" if changes else "")
            )
        return "".join(parts)


class ManualEntryDialog(QDialog):
    """A report phoned in: the unit's rows with its answers typed by the office."""

    COLUMNS = ("progress", "status", "percent", "problems", "next_steps")

    def __init__(self, db, unit: str, month: str, parent=None):
        super().__init__(parent)
        self.db, self.unit, self.month = db, unit, month
        self.setWindowTitle(self.tr("Enter the report of {0} for {1}").format(unit, month_label(month)))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date = QDateEdit()
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
            typed = _cell_text(self.table, r, 3)
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
                    progress=_cell_text(self.table, r, 1).strip(),
                    status=self.status_boxes[r].currentData() or "",
                    percent=percent,
                    problems=_cell_text(self.table, r, 4).strip(),
                    next_steps=_cell_text(self.table, r, 5).strip(),
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


class BulletinForm(QWidget):
    """The month's bulletin: the office's own text, then the PDF (and its tables in Excel) to open or print."""

    def __init__(self, page: MonthlyPage):
        super().__init__(page)
        self.page = page
        self.month = ""
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 第10期"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date_style = QComboBox()
        self.date_style.addItem(self.tr("二〇二五年三月二十六日 (Chinese numerals)"), "chinese")
        self.date_style.addItem(self.tr("2025年3月26日 (Arabic numerals)"), "arabic")
        self.overview = QPlainTextEdit()
        self.problems = QPlainTextEdit()
        self.next_steps = QPlainTextEdit()
        for edit, hint in (
            (self.overview, self.tr("Added after the figures of 总体情况 (optional)")),
            (self.problems, self.tr("存在问题: one paragraph a line")),
            (self.next_steps, self.tr("下步工作: one paragraph a line")),
        ):
            edit.setPlaceholderText(hint)
            edit.setTabChangesFocus(True)
        form.addRow(self.tr("Issue number"), self.number)
        form.addRow(self.tr("Dated"), self.date)
        form.addRow(self.tr("Date written as"), self.date_style)
        form.addRow(self.tr("Overview"), self.overview)
        form.addRow(self.tr("Problems"), self.problems)
        form.addRow(self.tr("Next steps"), self.next_steps)
        layout.addLayout(form, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save the text"))
        self.pdf_button = QPushButton(self.tr("Generate the bulletin (PDF)…"))
        self.with_xlsx = QCheckBox(self.tr("with its tables in Excel"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setEnabled(False)
        for w in (self.save_button, self.pdf_button, self.with_xlsx, self.print_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.last_pdf: Path | None = None
        self.save_button.clicked.connect(self.save)
        self.pdf_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_last)

    def load(self, month: str) -> None:
        if not month or month == self.month:
            return
        self.month = month
        text = bulletin.get_text(self.page.db, month)
        self.number.setText(text.number)
        self.date.setDate(qdate(text.issue_date or dt.date.today()))
        self.date_style.setCurrentIndex(max(self.date_style.findData(text.date_style), 0))
        self.overview.setPlainText(text.overview)
        self.problems.setPlainText(text.problems)
        self.next_steps.setPlainText(text.next_steps)
        self.status.setText("")

    def text(self) -> bulletin.BulletinText:
        return bulletin.BulletinText(
            self.month,
            self.number.text(),
            to_date(self.date.date()),
            self.date_style.currentData(),
            self.overview.toPlainText().strip(),
            self.problems.toPlainText().strip(),
            self.next_steps.toPlainText().strip(),
        )

    def save(self) -> bool:
        if dialogs.guarded(self, bulletin.save_text, self.page.db, self.text()):
            self.status.setText(self.tr("The text was saved."))
            return True
        return False

    def generate(self):
        if not self.save():
            return None
        name = f"{self.month} 月度工作通报.pdf"
        path = dialogs.save_file(self, self.tr("Save the bulletin"), name, "PDF (*.pdf)")
        if not path:
            return None
        pdf = Path(path)
        xlsx = pdf.with_suffix(".xlsx") if self.with_xlsx.isChecked() else None
        month = self.month

        def done(made) -> None:
            self.last_pdf = made.pdf
            self.print_button.setEnabled(True)
            self.status.setText(
                self.tr("Written to {0}; archived in 报表 (SHA-256 {1}…).").format(made.pdf, made.sha256[:16])
            )
            dialogs.open_path(made.pdf)

        return run_task(
            lambda progress: bulletin.generate(self.page.db, month, pdf, xlsx=xlsx),
            done,
            parent=self,
            label=self.tr("Generating the bulletin…"),
            preload=("desktop_app.reports.bulletin",),
        )

    def print_last(self) -> None:
        if self.last_pdf is not None:
            print_pdf(self, self.last_pdf)


class MonthlyPage(Page):
    key = "monthly"

    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.heading.setText(self.title())
        self.today: dt.date | None = None  # tests fix the day
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Month:")))
        self.month_box = QComboBox()
        self.month_box.setMinimumWidth(120)
        bar.addWidget(self.month_box)
        self.templates_button = QPushButton(self.tr("Write fill-in workbooks…"))
        self.import_button = QPushButton(self.tr("Import returned workbooks…"))
        self.folder_button = QPushButton(self.tr("Import a folder…"))
        self.manual_button = QPushButton(self.tr("Enter a report by hand…"))
        for b in (self.templates_button, self.import_button, self.folder_button, self.manual_button):
            bar.addWidget(b)
        bar.addStretch(1)
        self.layout_.addLayout(bar)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.addWidget(self.summary)

        self.tabs = QTabWidget()
        month_tab = QWidget()
        month_layout = QVBoxLayout(month_tab)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Unit"),
                self.tr("State"),
                self.tr("Sent on"),
                self.tr("Source"),
                self.tr("Liaison"),
                self.tr("Phone"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        keep_given_order(self.table)  # the unit list's order until a column is clicked
        for col, width in enumerate((160, 90, 90, 150, 70, 110)):
            self.table.setColumnWidth(col, width)
        self.detail = QTextBrowser()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([800, 340])
        month_layout.addWidget(splitter, 1)
        late_row = QHBoxLayout()
        self.late_label = QLabel()
        self.late_label.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy the list of late units"))
        late_row.addWidget(self.late_label, 1)
        late_row.addWidget(self.copy_button)
        month_layout.addLayout(late_row)
        self.tabs.addTab(month_tab, self.tr("This month"))
        self.matrix = QTableWidget()
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabs.addTab(self.matrix, self.tr("Units × months"))
        self.bulletin = BulletinForm(self)
        self.tabs.addTab(self.bulletin, self.tr("Monthly bulletin"))
        self.layout_.addWidget(self.tabs, 1)
        hint = QLabel(self.tr("Tip: drop returned workbooks or a whole folder onto this page to import them."))
        hint.setStyleSheet("color:#666")
        self.layout_.addWidget(hint)
        self.setAcceptDrops(True)

        self.month_box.currentIndexChanged.connect(lambda _i: self._month_changed())
        self.templates_button.clicked.connect(self.choose_templates)
        self.import_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.manual_button.clicked.connect(self.enter_by_hand)
        self.copy_button.clicked.connect(self.copy_late)
        self.table.currentCellChanged.connect(lambda *_: self._show_report())
        self.statuses: list[monthly.UnitStatus] = []

    def title(self) -> str:
        return self.tr("Monthly reports")

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def month(self) -> str:
        return self.month_box.currentData() or ""

    def refresh(self) -> None:
        keep = self.month()
        months = monthly.campaign_months(self.db, self._today())
        this = f"{self._today():%Y-%m}"
        if this not in months:
            months.append(this)
        if not keep and len(months) > 1 and self._today() <= monthly.due(self.db, this):
            this = months[-2]  # before this month's due day, last month is the one to chase
        self.month_box.blockSignals(True)
        self.month_box.clear()
        for m in reversed(months):
            self.month_box.addItem(month_label(m), m)
        self.month_box.setCurrentIndex(max(self.month_box.findData(keep or this), 0))
        self.month_box.blockSignals(False)
        self._show_month()
        self._show_matrix(months[-12:])
        self.bulletin.load(self.month())

    def _month_changed(self) -> None:
        self._show_month()
        self.bulletin.load(self.month())

    def _show_month(self) -> None:
        month = self.month()
        if not month:
            return
        self.statuses = monthly.status(self.db, month, today=self._today())
        counts = {s: sum(1 for u in self.statuses if u.state == s) for s in (ON_TIME, LATE, MISSING, NOT_DUE)}
        self.summary.setText(
            self.tr("{0}: {1} on time, {2} late, <b style='color:#b00020'>{3} missing</b>, {4} not due yet").format(
                month_label(month), counts[ON_TIME], counts[LATE], counts[MISSING], counts[NOT_DUE]
            )
        )
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.statuses))
        for r, s in enumerate(self.statuses):
            values = [
                s.unit,
                self.state_text(s.state, s.days_late),
                s.submitted_at.date().isoformat() if s.submitted_at else "",
                "",
                s.liaison,
                s.phone,
            ]
            for col, value in enumerate(values):
                item = TextItem(value)
                if col == 1:
                    item.setForeground(QBrush(QColor(STATE_COLOURS[s.state])))
                self.table.setItem(r, col, item)
        sources = monthly.sources(self.db, month)
        for r, s in enumerate(self.statuses):
            _set_cell(self.table, r, 3, sources.get(s.unit_id, ""))
        self.table.setSortingEnabled(True)
        behind = self.behind()
        self.late_label.setText(
            self.tr("Late or missing: {0}").format("、".join(s.unit for s in behind))
            if behind
            else self.tr("None late.")
        )
        self.copy_button.setEnabled(bool(behind))
        self._show_report()

    def state_text(self, state: str, days: int) -> str:
        return state_label(state, days)

    def behind(self) -> list[monthly.UnitStatus]:
        return [s for s in self.statuses if s.state in (LATE, MISSING)]

    def late_text(self) -> str:
        """The late and missing units with liaison and phone, one per line, ready to paste."""
        lines = [f"{month_label(self.month())}" + self.tr(" monthly report, late or missing:")]
        for s in self.behind():
            lines.append("\t".join([s.unit, self.state_text(s.state, s.days_late), s.liaison or "", s.phone or ""]))
        return "\n".join(lines)

    def copy_late(self) -> None:
        QApplication.clipboard().setText(self.late_text())
        dialogs.info(self, self.tr("The list of {0} unit(s) was copied.").format(len(self.behind())))

    def _show_matrix(self, months: list[str]) -> None:
        grid = monthly.matrix(self.db, months, today=self._today())
        names = [s.unit for s in grid[months[0]]] if months else []
        self.matrix.clear()
        self.matrix.setRowCount(len(names))
        self.matrix.setColumnCount(len(months))
        self.matrix.setHorizontalHeaderLabels([m[2:].replace("-", ".") for m in months])
        self.matrix.setVerticalHeaderLabels(names)
        marks = {ON_TIME: "✓", MISSING: self.tr("missing"), NOT_DUE: ""}
        for c, m in enumerate(months):
            for r, s in enumerate(grid[m]):
                text = self.tr("+{0}d").format(s.days_late) if s.state == LATE else marks[s.state]
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setForeground(QBrush(QColor(STATE_COLOURS[s.state])))
                item.setToolTip(f"{s.unit} {month_label(m)}：{self.state_text(s.state, s.days_late)}")
                self.matrix.setItem(r, c, item)
        self.matrix.resizeColumnsToContents()

    def current_unit(self) -> str | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item else None

    def select_unit(self, unit: str) -> None:
        for r in range(self.table.rowCount()):
            if _cell_text(self.table, r, 0) == unit:
                self.table.setCurrentCell(r, 0)
                return

    def _show_report(self) -> None:
        unit = self.current_unit()
        found = monthly.report(self.db, unit, self.month()) if unit and self.month() else None
        if found is None:
            self.detail.setHtml(
                "<p style='color:#666'>{}</p>".format(
                    self.tr("Select a unit to see its report.") if not unit else self.tr("No report yet.")
                )
            )
            return
        rows = "".join(
            "<p><b>{} {}</b>{}<br>{}</p>".format(
                html.escape(r.ref),
                html.escape(r.title[:60]),
                f"　<span style='color:#1e7b34'>{html.escape(r.status)}"
                + (f" {r.percent:g}%" if r.percent is not None else "")
                + "</span>"
                if r.status or r.percent is not None
                else "",
                html.escape(r.progress) or "<span style='color:#999'>—</span>",
            )
            for r in found.rows
            if r.filled()
        )
        source = found.file_name or self.tr("entered by hand")
        history = "".join(
            f"<li>{at:%Y-%m-%d %H:%M} {html.escape(actor)}：" + self.tr("replaced {0}").format(html.escape(name or "—"))
            for at, actor, name, _sent in found.history
        )
        self.detail.setHtml(
            f"<h3>{html.escape(found.unit)} {month_label(found.month)}</h3>"
            f"<p style='color:#666'>{html.escape(source)}</p>"
            + (rows or f"<p>{self.tr('Nothing was filled in.')}</p>")
            + (f"<p><b>{self.tr('Earlier entries')}</b></p><ul>{history}</ul>" if history else "")
        )

    # -- actions ---------------------------------------------------------------------------------------
    def choose_templates(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Folder for the fill-in workbooks"))
        if not folder:
            return
        target = Path(folder) / f"{self.month()} 月度报送表"
        month = self.month()

        def done(paths) -> None:
            dialogs.info(self, self.tr("{0} workbook(s) written to {1}.").format(len(paths), target))
            dialogs.show_in_folder(target)

        run_task(
            lambda progress: monthly.write_templates(self.db, month, target, progress=progress),
            done,
            parent=self,
            label=self.tr("Writing the fill-in workbooks…"),
            preload=("desktop_app.exchange.monthly_xlsx",),
        )

    def choose_files(self) -> None:
        paths = dialogs.open_files(self, self.tr("Import returned workbooks"), self.tr("Excel workbooks (*.xlsx)"))
        if paths:
            self.import_paths([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Folder of returned workbooks"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]):
        """Check the files in the background, show what would change, then save on request."""

        def checked(entries) -> None:
            if not entries:
                dialogs.info(self, self.tr("No workbook was found there."))
                return
            preview = ImportPreviewDialog(entries, self)
            dialogs.note("question", preview.windowTitle(), preview.intro.text())
            if not dialogs.run_dialog(preview) or not any(e.ok for e in entries):
                return
            run_task(
                lambda progress: monthly.save(self.db, entries, progress=progress),
                saved,
                parent=self,
                label=self.tr("Saving the reports…"),
            )

        def saved(result) -> None:
            self.refresh()
            text = self.tr("{0} report(s) saved, {1} refused, {2} task(s) updated.").format(
                len(result.saved), len(result.refused), result.tasks_updated
            )
            details = [e.error.full_text() for e in result.refused]
            dialogs.info(self, text, details)

        return run_task(
            lambda progress: monthly.read_files(self.db, paths, progress=progress),
            checked,
            parent=self,
            label=self.tr("Checking the workbooks…"),
            preload=("desktop_app.exchange.monthly_xlsx",),
        )

    def enter_by_hand(self) -> None:
        unit = self.current_unit()
        if not unit:
            dialogs.info(self, self.tr("Select the unit in the table first."))
            return
        dialog = ManualEntryDialog(self.db, unit, self.month(), self)
        if dialogs.run_dialog(dialog):
            self.refresh()
            self.select_unit(unit)

    # -- drag and drop ---------------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if dropped(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        self.import_paths(dropped(event))
        event.acceptProposedAction()
