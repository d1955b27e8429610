"""The preview of a unit's evidence folder: each file, the item it was matched to and why.

The clerk chooses the sending unit once, corrects any match (several rows at a time), and
confirms; nothing is filed before that. Unmatched files are shown first-class, in colour, and
are not filed unless the clerk gives them an item.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.gui.qt import (
    QAbstractItemView,
    QBrush,
    QCheckBox,
    QColor,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from desktop_app.gui.worker import run_task
from desktop_app.services.evidence.folder import FolderPlan

UNMATCHED = QColor("#fde8e8")
LEFT_OUT = QColor("#eeeeee")
LEAVE_OUT = -1  # the choice "do not file"


class FolderImportDialog(QDialog):
    FILE, ITEM, REASON = range(3)

    def __init__(
        self,
        plan: FolderPlan,
        units: list[str],
        unit: str | None = None,
        parent: QWidget | None = None,
        suggest: Callable[[], int] | None = None,
    ):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("File a unit's evidence folder"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        source = QLabel(self.tr("From: {0}").format(plan.source))
        source.setWordWrap(True)
        layout.addWidget(source)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sent by:")))
        self.unit_box = QComboBox()
        self.unit_box.addItem(self.tr("(choose the unit)"), "")
        for name in units:
            self.unit_box.addItem(name, name)
        if unit:
            self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(unit)))
        self.unit_box.setMinimumWidth(220)
        top.addWidget(self.unit_box)
        top.addStretch(1)
        self.only_unmatched = QCheckBox(self.tr("Only files without an item"))
        top.addWidget(self.only_unmatched)
        layout.addLayout(top)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Item"), self.tr("Why")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(self.FILE, 380)
        self.table.setColumnWidth(self.ITEM, 260)
        layout.addWidget(self.table, 1)

        fix = QHBoxLayout()
        fix.addWidget(QLabel(self.tr("File the chosen rows under:")))
        self.item_box = QComboBox()
        self.item_box.addItem(self.tr("— do not file —"), LEAVE_OUT)
        for no, text in sorted(plan.items.items()):
            self.item_box.addItem(self._item_label(no), no)
            self.item_box.setItemData(self.item_box.count() - 1, f"({no}) {text}", Qt.ItemDataRole.ToolTipRole)
        self.item_box.setMinimumWidth(360)
        fix.addWidget(self.item_box, 1)
        self.apply_button = QPushButton(self.tr("Apply to chosen rows"))
        fix.addWidget(self.apply_button)
        self.take_button = QPushButton(self.tr("Use the items the texts suggest"))
        self.take_button.setEnabled(False)
        self.take_button.clicked.connect(self.take_suggestions)
        fix.addWidget(self.take_button)
        layout.addLayout(fix)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply_to_selection)
        self.only_unmatched.toggled.connect(lambda _on: self._filter())
        self.unit_box.currentIndexChanged.connect(lambda _i: self._update())
        self.table.itemSelectionChanged.connect(self._follow_selection)
        self._fill()
        self.suggesting = False
        if suggest is not None and self.plan.match.unmatched:  # files no name placed: read their text
            self.suggesting = True
            self.take_button.setText(self.tr("Reading the files without an item…"))
            run_task(lambda _progress: suggest(), self._suggested, self._not_suggested, parent=self)

    def _suggested(self, found: int) -> None:
        self.suggesting = False
        for row in range(len(self.plan.files)):
            self._show_row(row)
        self.take_button.setText(self.tr("Use the items the texts suggest ({0})").format(found))
        self.take_button.setEnabled(found > 0)

    def _not_suggested(self, err: BaseException) -> None:
        self.suggesting = False
        self.take_button.setText(self.tr("No suggestions: {0}").format(err))

    def take_suggestions(self) -> None:
        """Every file no name placed under the item its text suggests, in one click (each row can still
        be changed before 确定)."""
        self.plan.take_suggestions()
        for row in range(len(self.plan.files)):
            self._show_row(row)
        self._filter()
        self._update()
        self.take_button.setEnabled(False)

    # -- the rows ---------------------------------------------------------------------------------
    def _item_label(self, no: int) -> str:
        text = self.plan.items.get(no, "")
        return f"({no}) " + (text if len(text) <= 36 else text[:35] + "…")

    def _fill(self) -> None:
        files = self.plan.files
        self.table.setRowCount(len(files))
        for row, f in enumerate(files):
            name = QTableWidgetItem(f.relative)
            name.setToolTip(f.relative)
            self.table.setItem(row, self.FILE, name)
            self.table.setItem(row, self.ITEM, QTableWidgetItem())
            self.table.setItem(row, self.REASON, QTableWidgetItem())
            self._show_row(row)
        self._update()

    def _show_row(self, row: int) -> None:
        f = self.plan.files[row]
        if f.item is not None:
            what, colour = self._item_label(f.item), None
        elif f.left_out:
            what, colour = self.tr("not filed"), LEFT_OUT
        else:
            what, colour = self.tr("no item — not filed"), UNMATCHED
        cells = [self.table.item(row, col) or QTableWidgetItem() for col in range(3)]
        cells[self.ITEM].setText(what)
        cells[self.ITEM].setToolTip(f"({f.item}) {self.plan.items[f.item]}" if f.item else what)
        reason = f.reason + (self.tr("; month {0}, from its folder's name").format(f.period) if f.period else "")
        cells[self.REASON].setText(reason)
        cells[self.REASON].setToolTip(reason)
        brush = QBrush(colour) if colour is not None else QBrush()
        for cell in cells:
            cell.setBackground(brush)

    def _filter(self) -> None:
        only = self.only_unmatched.isChecked()
        for row, f in enumerate(self.plan.files):
            self.table.setRowHidden(row, only and f.matched)

    def _follow_selection(self) -> None:
        """The chooser shows the item of the first chosen row, so a correction starts from it."""
        rows = self.selected_rows()
        if rows:
            f = self.plan.files[rows[0]]
            choice = f.item if f.item is not None else (f.candidates[0] if f.candidates else None)
            if choice is not None:
                self.item_box.setCurrentIndex(max(0, self.item_box.findData(choice)))

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def apply_to_selection(self) -> None:
        choice = self.item_box.currentData()
        for row in self.selected_rows():
            self.plan.choose(self.plan.files[row].relative, None if choice == LEAVE_OUT else int(choice))
            self._show_row(row)
        self._filter()
        self._update()

    def _update(self) -> None:
        files = self.plan.files
        matched = sum(1 for f in files if f.matched)
        unmatched = len(self.plan.match.unmatched)
        text = self.tr(
            "{0} files: {1} matched to an item, {2} without an item (not filed unless you choose one)."
        ).format(len(files), matched, unmatched)
        if self.plan.match.skipped:
            text += " " + self.tr("{0} system or temporary files passed over.").format(len(self.plan.match.skipped))
        if not self.unit:
            text += " " + self.tr("Choose the unit that sent the folder.")
        self.summary.setText(text)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("File {0} files").format(matched))
        ok.setEnabled(bool(matched) and bool(self.unit))

    @property
    def unit(self) -> str:
        return str(self.unit_box.currentData() or "")
