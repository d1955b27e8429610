"""检查与整改: the findings that inspections left to rectify — recorded one by one or imported from
a 督查组's list, followed through 待整改 → 整改中 → 已整改 → 已销号 (services.findings)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.findings import INSPECTION_KINDS, STATUSES
from desktop_app.gui import dialogs
from desktop_app.gui.columns import current_row, list_view, select_where
from desktop_app.gui.models import Column, RowsModel
from desktop_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
    qdate,
    to_date,
)
from desktop_app.gui.widgets.date_edit import DateEdit
from desktop_app.services import findings, units

if TYPE_CHECKING:
    from desktop_app.services.findings import FindingInfo
    from desktop_app.storage.database import Database


class InspectionDialog(QDialog):
    """An inspection (kind, date, who), and with ``finding`` one finding of it."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, finding: bool = True):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a finding") if finding else self.tr("Import a list of findings"))
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.addItems(list(INSPECTION_KINDS))
        self.date = DateEdit(qdate(dt.date.today()))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.by = QLineEdit()
        self.by.setPlaceholderText(self.tr("e.g. 市食安委督查组"))
        form.addRow(self.tr("Inspection"), self.kind)
        form.addRow(self.tr("Date"), self.date)
        self.scope = QLineEdit()
        self.scope.setPlaceholderText(self.tr("e.g. 学校食堂、农贸市场"))
        form.addRow(self.tr("By"), self.by)
        form.addRow(self.tr("Scope"), self.scope)
        self.unit = QComboBox()
        self.text = QPlainTextEdit()
        self.item = QLineEdit()
        self.task = QLineEdit()
        self.deadline = QLineEdit()
        if finding:
            self.unit.setEditable(True)
            self.unit.addItems([u.name for u in units.list_units(db, include_inactive=False)])
            self.unit.setCurrentIndex(-1)
            self.text.setPlaceholderText(self.tr("What was found"))
            self.text.setTabChangesFocus(True)
            self.text.setMaximumHeight(90)
            self.item.setPlaceholderText(self.tr("e.g. 85 (optional)"))
            self.deadline.setPlaceholderText(self.tr("e.g. 2026-12-31 or 2026年12月底前"))
            form.addRow(self.tr("Unit"), self.unit)
            form.addRow(self.tr("Finding"), self.text)
            self.task.setPlaceholderText(self.tr("the task's number in the plan (optional)"))
            form.addRow(self.tr("Item"), self.item)
            form.addRow(self.tr("Task"), self.task)
            form.addRow(self.tr("Rectify by"), self.deadline)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


def _overdue_red(finding: FindingInfo) -> str | None:
    """A finding past its deadline is red in every column."""
    return "#b00020" if finding.overdue else None


class FindingsView(QWidget):
    changed = Signal()  # a finding was recorded or its state changed (首页 and the readiness view follow)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Record a finding…"))
        self.import_button = QPushButton(self.tr("Import a list of findings…"))
        self.open_only = QCheckBox(self.tr("Not yet rectified only"))
        self.open_only.setChecked(True)
        bar.addWidget(self.add_button)
        bar.addWidget(self.import_button)
        bar.addStretch(1)
        bar.addWidget(self.open_only)
        column.addLayout(bar)
        self.model = RowsModel(
            (
                Column(QT_TRANSLATE_NOOP("FindingsView", "Inspection"), lambda f: f.inspection, colour=_overdue_red),
                Column(QT_TRANSLATE_NOOP("FindingsView", "Unit"), lambda f: f.unit, colour=_overdue_red),
                Column(
                    QT_TRANSLATE_NOOP("FindingsView", "Item"),
                    lambda f: f"({f.item})" if f.item else "",
                    sort=lambda f: f.item or 0,
                    colour=_overdue_red,
                ),
                Column(QT_TRANSLATE_NOOP("FindingsView", "Task"), lambda f: f.task, colour=_overdue_red),
                Column(QT_TRANSLATE_NOOP("FindingsView", "Finding"), lambda f: f.text, colour=_overdue_red),
                Column(
                    QT_TRANSLATE_NOOP("FindingsView", "Rectify by"),
                    lambda f: f.deadline.isoformat() if f.deadline else "",
                    sort=lambda f: f.deadline.isoformat() if f.deadline else "9999",
                    colour=_overdue_red,
                ),
                Column(
                    QT_TRANSLATE_NOOP("FindingsView", "State"),
                    lambda f: f.status + (self.tr(" (overdue)") if f.overdue else ""),
                    colour=_overdue_red,
                ),
                Column(QT_TRANSLATE_NOOP("FindingsView", "Note"), lambda f: f.note, colour=_overdue_red),
                Column(
                    QT_TRANSLATE_NOOP("FindingsView", "Evidence"),
                    lambda f: str(len(f.evidence)) if f.evidence else "",
                    sort=lambda f: len(f.evidence),
                    colour=_overdue_red,
                ),
            ),
            "FindingsView",
            parent=self,
        )
        self.table = list_view(self.model)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 180), (1, 120), (2, 64), (3, 60), (5, 90), (6, 110), (7, 150), (8, 50)):
            self.table.setColumnWidth(col, width)
        column.addWidget(self.table, 1)
        state_row = QHBoxLayout()
        self.status = QComboBox()
        self.status.addItems(list(STATUSES))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("How it was rectified (整改情况)"))
        self.save_button = QPushButton(self.tr("Save state"))
        self.files_button = QPushButton(self.tr("Add rectification files…"))
        self.files_button.setToolTip(self.tr("File the evidence of the rectification under the finding's item"))
        state_row.addWidget(self.files_button)
        state_row.addWidget(self.status)
        state_row.addWidget(self.note, 1)
        state_row.addWidget(self.save_button)
        column.addLayout(state_row)
        self.add_button.clicked.connect(self.record)
        self.import_button.clicked.connect(self.choose_import)
        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.save_button.clicked.connect(self.save_state)
        self.files_button.clicked.connect(self.add_files)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self._selected()

    def refresh(self, select_id: int | None = None) -> None:
        self.model.set_rows(findings.list_findings(self.db, only_open=self.open_only.isChecked()))
        if select_id is not None:
            self.select(select_id)
        self._selected()

    @property
    def shown(self) -> list[FindingInfo]:
        return self.model.rows

    def select(self, finding_id: int) -> None:
        select_where(self.table, lambda f: f.id == finding_id)

    def current(self) -> FindingInfo | None:
        found: FindingInfo | None = current_row(self.table)
        return found

    def _selected(self) -> None:
        f = self.current()
        for w in (self.status, self.note, self.save_button):
            w.setEnabled(f is not None)
        self.files_button.setEnabled(f is not None and f.item is not None)
        if f is not None:
            self.status.setCurrentText(f.status)
            self.note.setText(f.note)

    def record(self) -> None:
        dialog = InspectionDialog(self.db, self)
        if not dialogs.run_dialog(dialog):
            return
        made: list[int] = []

        def keep() -> None:
            made.append(
                findings.record(
                    self.db,
                    kind=dialog.kind.currentText(),
                    date=to_date(dialog.date.date()),
                    by=dialog.by.text(),
                    unit=dialog.unit.currentText(),
                    text=dialog.text.toPlainText(),
                    item=dialog.item.text(),
                    deadline=dialog.deadline.text(),
                    task=dialog.task.text(),
                    scope=dialog.scope.text(),
                )
            )

        if dialogs.guarded(self, keep):
            self.refresh(select_id=made[0])
            self.changed.emit()

    def choose_import(self) -> None:
        path = dialogs.open_file(self, self.tr("Import a list of findings"), self.tr("Excel workbooks (*.xlsx *.xls)"))
        if not path:
            return
        dialog = InspectionDialog(self.db, self, finding=False)
        if not dialogs.run_dialog(dialog):
            return
        taken: list[int] = []

        def take() -> None:
            taken.append(
                findings.import_xlsx(
                    self.db,
                    Path(path),
                    kind=dialog.kind.currentText(),
                    date=to_date(dialog.date.date()),
                    by=dialog.by.text(),
                    scope=dialog.scope.text(),
                )
            )

        if dialogs.guarded(self, take):
            dialogs.info(self, self.tr("{0} finding(s) imported.").format(taken[0]))
            self.refresh()
            self.changed.emit()

    def add_files(self) -> None:
        from desktop_app.gui.worker import run_task

        f = self.current()
        if f is None:
            return
        paths = dialogs.open_files(self, self.tr("Rectification files"), self.tr("All files (*)"))
        if not paths:
            return
        finding_id = f.id

        def done(count: int) -> None:
            self.refresh(select_id=finding_id)
            self.changed.emit()
            dialogs.info(self, self.tr("{0} file(s) filed as the rectification's evidence.").format(count))

        run_task(
            lambda progress: findings.add_rectification_files(self.db, finding_id, [Path(p) for p in paths], progress),
            done,
            parent=self,
            label=self.tr("Filing the files…"),
        )

    def save_state(self) -> None:
        f = self.current()
        if f is None:
            return
        if dialogs.guarded(self, findings.set_status, self.db, f.id, self.status.currentText(), self.note.text()):
            self.refresh(select_id=f.id)
            self.changed.emit()
