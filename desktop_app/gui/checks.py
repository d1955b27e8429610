"""需核对: the cells an import kept as the office wrote them, shown before and after the import.

Before: ``ImportChecksDialog`` lists every such cell of the table (its place, task, text and why),
the unreadable ones highlighted; the clerk may type their own reading of one in place (the file is
left as it is) or import them as written. After: ``TaskChecksDialog`` shows one task's checks, and
the clerk confirms them or corrects the deadline.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop_app.core.checks import Check
from desktop_app.gui.models import ListTableModel
from desktop_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QColor,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)

#: the colour of a cell kept as written (an unreadable one), as the office's own "需核对" highlight
KEPT_COLOUR = "#fff3bf"


def _t(text: object) -> str:
    return QCoreApplication.translate("Checks", str(text))


class ChecksModel(ListTableModel):
    """(owner, Check) rows: where, task or unit, the text as written, the clerk's reading, why."""

    CONTEXT = "Checks"
    COLUMNS = (
        QT_TRANSLATE_NOOP("Checks", "Cell"),
        QT_TRANSLATE_NOOP("Checks", "Task"),
        QT_TRANSLATE_NOOP("Checks", "As written"),
        QT_TRANSLATE_NOOP("Checks", "Your reading (optional)"),
        QT_TRANSLATE_NOOP("Checks", "Why"),
    )
    EDITABLE = 3

    def __init__(self, checks: Sequence[tuple[str, Check]], parent: QWidget | None = None):
        super().__init__(checks, parent)
        self.readings: dict[int, str] = {}

    @property
    def checks(self) -> list[tuple[str, Check]]:
        return self.rows

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        found = super().flags(index)
        if index.isValid() and index.column() == self.EDITABLE and self._correctable(index.row()):
            found |= Qt.ItemFlag.ItemIsEditable
        return found

    def _correctable(self, row: int) -> bool:
        check = self.checks[row][1]
        return check.kept and not check.collective and bool(check.where)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.checks):
            return None
        owner, check = self.checks[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            reading = self.readings.get(index.row(), "")
            return (check.where, owner, check.text, reading, check.reason)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and check.kept and not check.collective:
            return QColor(KEPT_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return check.reason
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.EDITABLE or not self._correctable(index.row()):
            return False
        text = str(value or "").strip()
        if text:
            self.readings[index.row()] = text
        else:
            self.readings.pop(index.row(), None)
        self.dataChanged.emit(index, index)
        return True

    def corrections(self) -> dict[str, str]:
        """{"表1 E12": the clerk's reading} of the cells they read themselves."""
        return {self.checks[row][1].key: text for row, text in self.readings.items()}


class ImportChecksDialog(QDialog):
    """Before an import is saved: the cells it would keep as written, to read or accept."""

    def __init__(
        self,
        file_name: str,
        checks: Sequence[tuple[str, Check]],
        unread: Sequence[str] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        kept = sum(1 for _owner, c in checks if c.kept and not c.collective)
        self.setWindowTitle(self.tr("需核对: {0} place(s) in {1}").format(len(checks), file_name))
        self.resize(900, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{0} cell(s) could not be read and will be kept as written (highlighted); {1} other place(s) "
                "were read by inference. Nothing in the file is changed. Type your own reading of a "
                "highlighted cell if you like, or import them as written: every one stays marked 需核对 "
                "on its task until someone confirms or corrects it."
            ).format(kept, len(checks) - kept)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.unread = QLabel(
            self.tr("Columns not read (未读取的列): {0}. Their content is not imported.").format("、".join(unread))
        )
        self.unread.setWordWrap(True)
        self.unread.setVisible(bool(unread))
        layout.addWidget(self.unread)
        self.model = ChecksModel(checks, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)  # the reason in full, over two or three lines
        header = self.table.horizontalHeader()
        for col, width in enumerate((110, 70, 170, 170)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def corrections(self) -> dict[str, str]:
        return self.model.corrections()


class TaskChecksDialog(QDialog):
    """One task's checks: confirm them as they stand, or type the deadline as you read it."""

    def __init__(self, title: str, checks: Sequence[Check], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("需核对: {0}").format(title))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        for check in checks:
            text = QLabel(check.said() + (f"（{check.where}）" if check.where else ""))
            text.setWordWrap(True)
            form.addRow(QLabel(_t(FIELD_LABELS.get(check.field, check.field))), text)
        self.deadline = QLineEdit()
        self.deadline.setPlaceholderText(self.tr("e.g. 2024年12月底前 (leave empty to keep it as written)"))
        if any(c.field == "deadline" and not c.collective for c in checks):
            form.addRow(self.tr("Deadline as you read it"), self.deadline)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = QPushButton(self.tr("Confirm as it stands"))
        self.confirm_button.setDefault(True)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.deadline.textChanged.connect(
            lambda text: self.confirm_button.setText(
                self.tr("Save the correction") if text.strip() else self.tr("Confirm as it stands")
            )
        )
        layout.addWidget(buttons)

    def corrected_deadline(self) -> str | None:
        return self.deadline.text().strip() or None


#: what each checked field is called
FIELD_LABELS = {
    "deadline": QT_TRANSLATE_NOOP("Checks", "Deadline"),
    "lead": QT_TRANSLATE_NOOP("Checks", "Lead units"),
    "responsible": QT_TRANSLATE_NOOP("Checks", "Responsible units"),
    "support": QT_TRANSLATE_NOOP("Checks", "Supporting units"),
    "phone": QT_TRANSLATE_NOOP("Checks", "Phone"),
}
