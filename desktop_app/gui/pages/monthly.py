"""月度报送: send each unit its fill-in workbook, take the returned ones in (checked and previewed),
type in a report phoned in, and see who reported on time, late or not at all."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.monthly import LATE, MISSING, NOT_DUE, ON_TIME, OUTSIDE, UNTRACKED, state_label
from desktop_app.core.rounds import round_label
from desktop_app.gui import dialogs
from desktop_app.gui.columns import current_row, list_view, select_where
from desktop_app.gui.drops import dropped
from desktop_app.gui.models import Column, RowsModel
from desktop_app.gui.monthly_dialogs import ImportPreviewDialog, ManualEntryDialog
from desktop_app.gui.pages.base import Page
from desktop_app.gui.pages.bulletin_form import BulletinForm
from desktop_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    Qt,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from desktop_app.gui.worker import run_task
from desktop_app.services import monthly, rounds

STATE_COLOURS = {
    ON_TIME: "#1e7b34",
    LATE: "#b26a00",
    MISSING: "#b00020",
    NOT_DUE: "#777777",
    OUTSIDE: "#aaaaaa",
    UNTRACKED: "#aaaaaa",
}


def _state_colour(state: monthly.UnitStatus) -> str:
    return STATE_COLOURS[state.state]


@dataclass
class _UnitRounds:
    """A row of the matrix: a unit and its state in each round shown."""

    unit: str
    states: dict[str, monthly.UnitStatus]


class MonthlyPage(Page):
    key = "monthly"

    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.heading.setText(self.title())
        self.today: dt.date | None = None  # tests fix the day
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Round:")))
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
        self._sources: dict[int, str] = {}  # unit id → the file or 手工录入 of the round shown
        self.model = RowsModel(
            (
                Column(QT_TRANSLATE_NOOP("MonthlyPage", "Unit"), lambda s: s.unit),
                Column(QT_TRANSLATE_NOOP("MonthlyPage", "State"), lambda s: s.label, colour=_state_colour),
                Column(
                    QT_TRANSLATE_NOOP("MonthlyPage", "Sent on"),
                    lambda s: s.submitted_at.date().isoformat() if s.submitted_at else "",
                ),
                Column(QT_TRANSLATE_NOOP("MonthlyPage", "Source"), lambda s: self._sources.get(s.unit_id, "")),
                Column(QT_TRANSLATE_NOOP("MonthlyPage", "Liaison"), lambda s: s.liaison or ""),
                Column(QT_TRANSLATE_NOOP("MonthlyPage", "Phone"), lambda s: s.phone or ""),
            ),
            "MonthlyPage",
            parent=self,
        )
        self.table = list_view(self.model)  # the unit list's order until a column is clicked
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
        self.tabs.addTab(month_tab, self.tr("This round"))
        self.matrix_model = RowsModel((), "MonthlyPage", parent=self)  # its rounds' columns come with the data
        self.matrix = list_view(self.matrix_model)
        self.tabs.addTab(self.matrix, self.tr("Units × rounds"))
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
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_report())

    def title(self) -> str:
        return self.tr("Monthly reports")

    def _today(self) -> dt.date:
        return self.today or dt.date.today()

    def month(self) -> str:
        """The key of the round shown (2025-03, 2025-Q3, 2025-R1)."""
        return self.month_box.currentData() or ""

    def round_name(self, key: str) -> str:
        return getattr(self, "_names", {}).get(key) or round_label(key)

    def refresh(self) -> None:
        keep = self.month()
        today = self._today()
        found = rounds.all_rounds(self.db, today)
        if not found:  # a campaign with no start yet: this month
            found = [rounds.find(self.db, f"{today:%Y-%m}")]
        self._names = {r.key: r.name for r in found}
        months = [r.key for r in found]
        due = [r for r in found if r.due < today]  # the latest round already due is the one to chase
        this = (due[-1] if due else found[0]).key
        self.month_box.blockSignals(True)
        self.month_box.clear()
        for r in reversed(found):
            self.month_box.addItem(r.name, r.key)
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
        statuses = monthly.status(self.db, month, today=self._today())
        counts = {s: sum(1 for u in statuses if u.state == s) for s in (ON_TIME, LATE, MISSING, NOT_DUE)}
        self.summary.setText(
            self.tr("{0}: {1} on time, {2} late, <b style='color:#b00020'>{3} missing</b>, {4} not due yet").format(
                self.round_name(month), counts[ON_TIME], counts[LATE], counts[MISSING], counts[NOT_DUE]
            )
        )
        self._sources = monthly.sources(self.db, month)
        chosen = self.current_unit()
        self.model.set_rows(statuses)
        if chosen:  # the unit the clerk was looking at stays chosen
            self.select_unit(chosen)
        behind = self.behind()
        self.late_label.setText(
            self.tr("Late or missing: {0}").format("、".join(s.unit for s in behind))
            if behind
            else self.tr("None late.")
        )
        self.copy_button.setEnabled(bool(behind))
        self._show_report()

    @property
    def statuses(self) -> list[monthly.UnitStatus]:
        """The units' states in the round shown, in the unit list's order."""
        return self.model.rows

    def state_text(self, state: str, days: int) -> str:
        return state_label(state, days)

    def behind(self) -> list[monthly.UnitStatus]:
        return [s for s in self.statuses if s.state in (LATE, MISSING)]

    def late_text(self) -> str:
        """The late and missing units with liaison and phone, one per line, ready to paste."""
        lines = [f"{self.round_name(self.month())}" + self.tr(" monthly report, late or missing:")]
        for s in self.behind():
            lines.append("\t".join([s.unit, self.state_text(s.state, s.days_late), s.liaison or "", s.phone or ""]))
        return "\n".join(lines)

    def copy_late(self) -> None:
        QApplication.clipboard().setText(self.late_text())
        dialogs.info(self, self.tr("The list of {0} unit(s) was copied.").format(len(self.behind())))

    def _show_matrix(self, months: list[str]) -> None:
        grid = monthly.matrix(self.db, months, today=self._today())
        units = [s.unit for s in grid[months[0]]] if months else []
        rows = [_UnitRounds(unit, {m: grid[m][r] for m in months}) for r, unit in enumerate(units)]
        marks = {ON_TIME: "✓", MISSING: self.tr("missing"), NOT_DUE: "", OUTSIDE: "—", UNTRACKED: "·"}

        def mark(s: monthly.UnitStatus) -> str:
            return self.tr("+{0}d").format(s.days_late) if s.state == LATE else marks[s.state]

        def round_column(m: str) -> Column:
            def tip(row: _UnitRounds) -> str:
                s = row.states[m]
                return f"{row.unit} {self.round_name(m)}：{self.state_text(s.state, s.days_late)}"

            return Column(
                m[2:].replace("-", "."),
                lambda row: mark(row.states[m]),
                sort=lambda row: (row.states[m].state, row.states[m].days_late),
                colour=lambda row: _state_colour(row.states[m]),
                tip=tip,
                centred=True,
            )

        columns = [Column(QT_TRANSLATE_NOOP("MonthlyPage", "Unit"), lambda row: row.unit)]
        columns += [round_column(m) for m in months]
        self.matrix_model.set_columns(columns, rows)
        self.matrix.resizeColumnsToContents()

    def current_unit(self) -> str | None:
        state = current_row(self.table)
        return state.unit if state is not None else None

    def select_unit(self, unit: str) -> None:
        select_where(self.table, lambda s: s.unit == unit)

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
            f"<h3>{html.escape(found.unit)} {html.escape(self.round_name(found.month))}</h3>"
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
        with_veto = dialogs.ask(
            self,
            self.tr(
                "Ask the units about the veto items (否决项) too? They are usually left out of the monthly "
                "forms; choose “No” for the usual form."
            ),
        )

        def done(paths) -> None:
            dialogs.info(self, self.tr("{0} workbook(s) written to {1}.").format(len(paths), target))
            dialogs.show_in_folder(target)

        run_task(
            lambda progress: monthly.write_templates(self.db, month, target, with_veto=with_veto, progress=progress),
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
            details = [e.error.full_text() for e in result.refused]
            dialogs.info(self, result.said(), details)

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
