"""迎检准备: the readiness view (services.readiness) as a tree of sections, each line leading to the
records behind it (double-click or Enter)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_app.gui.qt import (
    QBrush,
    QColor,
    QFont,
    QHeaderView,
    QLabel,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop_app.services import readiness

if TYPE_CHECKING:
    from desktop_app.storage.database import Database

COLOURS = {readiness.BAD: "#b00020", readiness.WARN: "#a05a00", readiness.OK: "#2e7d32"}
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


class ReadinessView(QWidget):
    """The sections with their summaries; a section with trouble opens, one without stays closed."""

    open_target = Signal(dict)

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 0)
        self.headline = QLabel()
        font = QFont(self.headline.font())
        font.setBold(True)
        self.headline.setFont(font)
        self.headline.setWordWrap(True)
        column.addWidget(self.headline)
        hint = QLabel(self.tr("Double-click a line to open the records behind it."))
        hint.setStyleSheet("color:#666")
        column.addWidget(hint)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Where the campaign stands"), self.tr("Summary")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        column.addWidget(self.tree, 1)
        self.found: readiness.Readiness | None = None

    def refresh(self) -> None:
        self.found = found = readiness.readiness(self.db)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for section in found.sections:
            top = QTreeWidgetItem([f"{section.title}（{len(section.lines)}）", section.summary])
            top.setFont(0, bold)
            top.setData(0, Qt.ItemDataRole.UserRole, section.key)
            top.setForeground(1, QBrush(QColor(COLOURS[section.level])))
            self.tree.addTopLevelItem(top)
            for line in section.lines:
                child = QTreeWidgetItem([line.text, ""])
                child.setToolTip(0, line.text)
                child.setForeground(0, QBrush(QColor(COLOURS[line.level])))
                child.setData(0, TARGET_ROLE, line.target)
                top.addChild(child)
            top.setExpanded(section.level != readiness.OK and len(section.lines) <= 30)
        text = self.tr("Estimated score {0:g} of {1:g}").format(found.total, found.max_total)
        if found.veto_verdict:
            text += "\n" + found.veto_verdict
        self.headline.setText(text)
        self.headline.setStyleSheet(
            "color:#b00020" if found.fails_veto else "color:#8a5a00" if found.veto_verdict else ""
        )

    def section_item(self, key: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top is not None and top.data(0, Qt.ItemDataRole.UserRole) == key:
                return top
        return None

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target: Any = item.data(0, TARGET_ROLE)
        if target:
            self.open_target.emit(dict(target))
