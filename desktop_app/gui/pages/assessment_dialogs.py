"""The 自查自评 page's dialogs: record a measured value of a target, and choose what the 自查自评报告
shows (the assessment as it stands or a kept snapshot, compared with a snapshot or not)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop_app.gui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from desktop_app.services import assessment, metrics, units

if TYPE_CHECKING:
    from desktop_app.gui.qt import QListWidget
    from desktop_app.storage.database import Database


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class MeasureDialog(QDialog):
    """A measured value of a target for a period (and a unit, where it is one unit's), with its source."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, metric: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a measured value"))
        form = QFormLayout(self)
        self.target = QComboBox()
        for m in metrics.defined():
            self.target.addItem(f"{m.name}（{m.unit}）", m.code)
        if metric:
            self.target.setCurrentIndex(max(0, self.target.findData(metric)))
        self.value = QLineEdit()
        self.hint = QLabel()
        self.hint.setStyleSheet("color:#666")
        self.period = QLineEdit(str(dt.date.today().year))
        self.period.setPlaceholderText(self.tr("a year (2026) or a month (2026-06)"))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("The whole campaign"), "")
        for u in units.list_units(db, include_inactive=False):
            self.unit.addItem(u.name, u.name)
        self.source = QLineEdit()
        self.source.setPlaceholderText(self.tr("e.g. 第三方测评报告"))
        form.addRow(self.tr("Target"), self.target)
        form.addRow(self.tr("Value"), self.value)
        form.addRow("", self.hint)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("Unit"), self.unit)
        self.files: list[str] = []
        self.files_button = QPushButton(self.tr("Attach files…"))
        self.files_button.setToolTip(self.tr("The report or statistics the value comes from, filed as evidence"))
        self.files_button.clicked.connect(self._choose_files)
        form.addRow(self.tr("Source"), self.source)
        form.addRow("", self.files_button)
        form.addRow(_buttons(self))
        self.target.currentIndexChanged.connect(lambda _i: self._hint())
        self._hint()

    def _hint(self) -> None:
        kind = next((m.kind for m in metrics.defined() if m.code == self.target.currentData()), "")
        self.hint.setText(
            {
                "percent": self.tr("98.5, 98.5%, 0.985 or two counts as 197/200"),
                "per_thousand": self.tr("the count (批次); it is divided by the population in thousands"),
            }.get(kind, self.tr("a number"))
        )

    def _choose_files(self) -> None:
        from desktop_app.gui import dialogs

        self.files = dialogs.open_files(self, self.tr("Attach files"), self.tr("All files (*)"))
        self.files_button.setText(
            self.tr("{0} file(s) attached").format(len(self.files)) if self.files else self.tr("Attach files…")
        )

    def record(self, db: Database) -> float:
        from pathlib import Path

        return metrics.record(
            db,
            self.target.currentData(),
            self.value.text(),
            period=self.period.text().strip(),
            unit=self.unit.currentData() or None,
            source=self.source.text(),
            files=[Path(f) for f in self.files],
        )


class ReportDialog(QDialog):
    """What the 自查自评报告 shows."""

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("自查自评报告"))
        form = QFormLayout(self)
        kept = assessment.snapshot_names(db)
        self.content = QComboBox()
        self.content.addItem(self.tr("The assessment as it stands"), "")
        self.since = QComboBox()
        self.since.addItem(self.tr("No comparison"), "")
        for name, taken in kept:
            self.content.addItem(self.tr("Snapshot “{0}” ({1}), as it was").format(name, taken), name)
            self.since.addItem(self.tr("Change since “{0}”").format(name), name)
        self.with_xlsx = QCheckBox(self.tr("Also write its tables to an Excel workbook"))
        self.with_docx = QCheckBox(self.tr("Also write a Word copy to edit"))
        form.addRow(self.tr("Content"), self.content)
        form.addRow(self.tr("Compare"), self.since)
        form.addRow("", self.with_xlsx)
        form.addRow("", self.with_docx)
        form.addRow(_buttons(self))
        self.content.currentIndexChanged.connect(lambda _i: self.since.setEnabled(not self.content.currentData()))

    @property
    def snapshot(self) -> str | None:
        return self.content.currentData() or None

    @property
    def compared_with(self) -> str | None:
        return None if self.snapshot else (self.since.currentData() or None)


class LinkDialog(QDialog):
    """The evidence records (filed under the point, or its item) and the tasks a score rests on."""

    def __init__(
        self,
        db: Database,
        items: list[int],
        linked: tuple[list[int], list[str]],
        parent: QWidget | None = None,
        *,
        title: str = "",
    ):
        from desktop_app.core.tasks import ROLE_LEAD
        from desktop_app.gui.qt import QListWidget, QListWidgetItem, Qt
        from desktop_app.services import evidence, tasks

        super().__init__(parent)
        self.setWindowTitle(self.tr("What the score of {0} rests on").format(title))
        self.resize(640, 520)
        form = QFormLayout(self)
        self.evidence = QListWidget()
        chosen_ev, chosen_tasks = set(linked[0]), set(linked[1])
        for no in items:
            for e in evidence.list_evidence(db, item=no):
                row = QListWidgetItem(f"({e.item}) {e.title} — {e.unit or self.tr('no unit')}")
                row.setData(Qt.ItemDataRole.UserRole, e.id)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Checked if e.id in chosen_ev else Qt.CheckState.Unchecked)
                self.evidence.addItem(row)
        if not self.evidence.count():
            self.evidence.addItem(self.tr("No evidence filed under this point yet."))
        every = [t for t in tasks.list_tasks(db) if t.counted]
        serving = [t for t in every if set(t.items) & set(items)] or every
        self.tasks = QListWidget()
        for t in serving:
            row = QListWidgetItem(f"{t.code} {t.title} — {t.units_text(ROLE_LEAD)}")
            row.setData(Qt.ItemDataRole.UserRole, t.code)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if t.code in chosen_tasks else Qt.CheckState.Unchecked)
            self.tasks.addItem(row)
        form.addRow(self.tr("Evidence"), self.evidence)
        form.addRow(self.tr("Tasks"), self.tasks)
        form.addRow(_buttons(self))

    def _checked(self, widget: QListWidget) -> list[Any]:
        from desktop_app.gui.qt import Qt

        found = []
        for i in range(widget.count()):
            row = widget.item(i)
            value = row.data(Qt.ItemDataRole.UserRole)
            if value is not None and row.checkState() == Qt.CheckState.Checked:
                found.append(value)
        return found

    def chosen(self) -> tuple[list[int], list[str]]:
        return self._checked(self.evidence), self._checked(self.tasks)
