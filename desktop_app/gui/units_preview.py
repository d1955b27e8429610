"""The units list before it is saved: each unit with its kind (部门, 乡镇/街道, 县/区 …), the clerk's to
change, the phones kept as written highlighted, and the columns not read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop_app.core.checks import Check
from desktop_app.core.units import KINDS
from desktop_app.gui.checks import KEPT_COLOUR
from desktop_app.gui.models import ListTableModel
from desktop_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractItemView,
    QColor,
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPersistentModelIndex,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from desktop_app.services.units import UnitRow


def _t(text: object) -> str:
    return QCoreApplication.translate("UnitsPreview", str(text))


class UnitsPreviewModel(ListTableModel):
    """The list's units (``UnitRow``); the kind is the clerk's to change."""

    CONTEXT = "UnitsPreview"
    COLUMNS = (
        QT_TRANSLATE_NOOP("UnitsPreview", "Unit"),
        QT_TRANSLATE_NOOP("UnitsPreview", "Type"),
        QT_TRANSLATE_NOOP("UnitsPreview", "Status"),
        QT_TRANSLATE_NOOP("UnitsPreview", "需核对"),
        QT_TRANSLATE_NOOP("UnitsPreview", "Your reading (optional)"),
    )
    KIND, READING = 1, 4

    def __init__(
        self,
        rows: Sequence[UnitRow],
        checks: Sequence[tuple[str, Check]],
        parent: QWidget | None = None,
    ):
        super().__init__(rows, parent)
        self.kinds = {row.name: row.kind for row in self.rows}
        self.checks: dict[str, list[Check]] = {}
        for name, check in checks:
            self.checks.setdefault(name, []).append(check)
        self.readings: dict[int, str] = {}  # row → the clerk's reading of its first phone kept as written

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        found = super().flags(index)
        if index.isValid() and (
            index.column() == self.KIND or (index.column() == self.READING and self._kept(index.row()))
        ):
            found |= Qt.ItemFlag.ItemIsEditable
        return found

    def _kept(self, row: int) -> list[Check]:
        unit = self.rows[row]
        return [c for c in self.checks.get(unit.known_as or unit.name, []) if c.kept]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        name = row.name
        kept = self.checks.get(row.known_as or name, [])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            kind = self.kinds[name]
            shown_kind = kind if row.given or role == Qt.ItemDataRole.EditRole else kind + _t(" (by its name)")
            if row.new:
                state = _t("new")
            elif row.known_as:
                state = _t("listed as {0}, updated").format(row.known_as)
            else:
                state = _t("already listed, updated")
            reading = self.readings.get(index.row(), "")
            return (name, shown_kind, state, "；".join(c.said() for c in kept), reading)[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and kept and index.column() in (3, self.READING):
            return QColor(KEPT_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.KIND:
            return _t("Double-click to choose another type")
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == self.READING and self._kept(index.row()):
            text = str(value or "").strip()
            if text:
                self.readings[index.row()] = text
            else:
                self.readings.pop(index.row(), None)
        elif index.column() == self.KIND and value in KINDS:
            self.kinds[self.rows[index.row()].name] = str(value)
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    def corrections(self) -> dict[str, str]:
        """{"Sheet C5": the clerk's reading} of the phones they read themselves."""
        return {self._kept(row)[0].key: text for row, text in self.readings.items()}

    def chosen(self) -> dict[str, str]:
        """The kinds the clerk changed, by unit name."""
        return {row.name: self.kinds[row.name] for row in self.rows if self.kinds[row.name] != row.kind}


class KindDelegate(QStyledItemDelegate):
    """A unit's kind chosen from the list of kinds."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        box = QComboBox(parent)
        box.addItems(list(KINDS))
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())


class UnitsPreviewDialog(QDialog):
    """The units of a list before they are saved, their kinds to check."""

    def __init__(
        self,
        file_name: str,
        rows: Sequence[UnitRow],
        checks: Sequence[tuple[str, Check]],
        unread: Sequence[str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        new = sum(1 for row in rows if row.new)
        self.setWindowTitle(self.tr("Units in {0}").format(file_name))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{0} unit(s), {1} of them new. Check each unit's type: coverage and the list of missing "
                "evidence count 县/区 and 乡镇/街道 apart from departments. Double-click a type to change it, "
                "or type your reading of a phone kept as written (the file is left as it is)."
            ).format(len(rows), new)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if checks:
            kept = QLabel(
                self.tr("{0} cell(s) are kept as written and marked 需核对 (highlighted).").format(len(checks))
            )
            layout.addWidget(kept)
        if unread:
            layout.addWidget(QLabel(self.tr("Columns not read (未读取的列): {0}.").format("、".join(unread))))
        self.model = UnitsPreviewModel(rows, checks, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(UnitsPreviewModel.KIND, KindDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for col, width in enumerate((190, 170, 150, 200)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def kinds(self) -> dict[str, str]:
        return self.model.chosen()

    def corrections(self) -> dict[str, str]:
        return self.model.corrections()
