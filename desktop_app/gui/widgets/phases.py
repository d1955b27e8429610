"""Editing a campaign's phases: a small table of name, first day and last day."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.errors import KnownError
from desktop_app.gui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStandardItem,
    QStandardItemModel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from desktop_app.services.campaigns import PhaseInfo


class PhasesEditor(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Phase"), self.tr("From"), self.tr("To")])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.view)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add phase"))
        self.remove_button = QPushButton(self.tr("Remove phase"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_phase)
        self.remove_button.clicked.connect(self.remove_phase)

    def set_phases(self, phases: list[PhaseInfo]) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for p in phases:
            self._append(p.name, p.start.isoformat(), p.end.isoformat())

    def _append(self, name: str, start: str, end: str) -> None:
        self.model.appendRow([QStandardItem(name), QStandardItem(start), QStandardItem(end)])

    def add_phase(self) -> None:
        rows = self.model.rowCount()
        last_end = self.model.item(rows - 1, 2).text() if rows else dt.date.today().isoformat()
        try:
            start = dt.date.fromisoformat(last_end) + dt.timedelta(days=1)
        except ValueError:
            start = dt.date.today()
        self._append(self.tr("New phase"), start.isoformat(), (start + dt.timedelta(days=30)).isoformat())
        self.view.setCurrentIndex(self.model.index(rows, 0))
        self.view.edit(self.model.index(rows, 0))

    def remove_phase(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.removeRow(index.row())

    def phases(self) -> list[PhaseInfo]:
        """The phases as typed; a date that is not like 2025-03-26 is a KnownError naming the row."""
        result = []
        for row in range(self.model.rowCount()):
            name, start, end = (self.model.item(row, c).text().strip() for c in range(3))
            try:
                result.append(PhaseInfo(name, dt.date.fromisoformat(start), dt.date.fromisoformat(end)))
            except ValueError as exc:
                raise KnownError(self.tr("Row {0}: dates must look like 2025-03-26.").format(row + 1)) from exc
        return result
