"""The rule set as a tree of categories, points and items, with evidence counts; files dropped
onto an item are handed on to be filed there."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.ruleset import RuleSet
from desktop_app.gui.qt import QAbstractItemView, QBrush, QColor, QHeaderView, Qt, QTreeWidget, QTreeWidgetItem, Signal

ITEM_ROLE = Qt.ItemDataRole.UserRole + 10  # the item number of an item node
ITEMS_ROLE = Qt.ItemDataRole.UserRole + 11  # the item numbers under a node (None: every item)
HOVER = QColor("#cfe3ff")


class ItemTree(QTreeWidget):
    files_dropped = Signal(int, list)  # item number, [Path]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Indicator item"), self.tr("Records")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformRowHeights(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self._hover: QTreeWidgetItem | None = None
        self.item_nodes: dict[int, QTreeWidgetItem] = {}

    def set_rule_set(self, rs: RuleSet, counts: dict[int, tuple[int, int]]) -> None:
        """The rule set's categories, points and items with their counts; the same rule set again only
        has its counts set (a tree of 94 items built anew costs a page switch some 60 ms)."""
        shape = (rs.code, rs.name, tuple((i.no, i.text) for i in rs.items()))
        if shape == getattr(self, "_shape", None) and self.item_nodes:
            self.set_counts(counts)
            return
        self._shape = shape
        current = self.current_items()
        self.clear()
        self.item_nodes.clear()
        top = QTreeWidgetItem([self.tr("All evidence"), ""])
        top.setData(0, ITEMS_ROLE, None)
        self.addTopLevelItem(top)
        for c in rs.categories:
            cnode = QTreeWidgetItem([f"{c.code}、{c.name}", ""])
            cnode.setData(0, ITEMS_ROLE, tuple(i.no for p in c.points for i in p.items))
            self.addTopLevelItem(cnode)
            for p in c.points:
                pnode = QTreeWidgetItem([f"{p.code}. {p.name}", ""])
                pnode.setData(0, ITEMS_ROLE, tuple(i.no for i in p.items))
                cnode.addChild(pnode)
                for i in p.items:
                    inode = QTreeWidgetItem([f"({i.no}) {i.text}", ""])
                    inode.setData(0, ITEM_ROLE, i.no)
                    inode.setData(0, ITEMS_ROLE, (i.no,))
                    inode.setToolTip(0, f"({i.no}) {i.text}\n{i.departments}")
                    pnode.addChild(inode)
                    self.item_nodes[i.no] = inode
        self.set_counts(counts)
        self.expandToDepth(0)
        if current and len(current) == 1 and current[0] in self.item_nodes:
            self.setCurrentItem(self.item_nodes[current[0]])
        else:
            self.setCurrentItem(top)

    def set_counts(self, counts: dict[int, tuple[int, int]]) -> None:
        grey = QBrush(QColor("#999999"))
        for no, node in self.item_nodes.items():
            total, passed = counts.get(no, (0, 0))
            node.setText(1, self.tr("{0} ({1} passed)").format(total, passed) if total else "—")
            node.setForeground(1, grey if not total else QBrush())
            node.setToolTip(1, self.tr("{0} records, {1} passed in review").format(total, passed))

    def current_items(self) -> tuple[int, ...] | None:
        node = self.currentItem()
        return node.data(0, ITEMS_ROLE) if node is not None else None

    def current_item_no(self) -> int | None:
        node = self.currentItem()
        return node.data(0, ITEM_ROLE) if node is not None else None

    def select_item(self, no: int | None) -> None:
        top = self.topLevelItem(0)
        if no is None and top is not None:
            self.setCurrentItem(top)
        elif no in self.item_nodes:
            self.setCurrentItem(self.item_nodes[no])
            self.scrollToItem(self.item_nodes[no])

    # -- drag and drop ---------------------------------------------------------------------------------
    @staticmethod
    def _paths(event) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def _set_hover(self, node: QTreeWidgetItem | None) -> None:
        if self._hover is node:
            return
        if self._hover is not None:
            for col in range(2):
                self._hover.setBackground(col, QBrush())
        self._hover = node
        if node is not None:
            for col in range(2):
                node.setBackground(col, QBrush(HOVER))

    def _target(self, event) -> QTreeWidgetItem | None:
        node = self.itemAt(event.position().toPoint())
        return node if node is not None and node.data(0, ITEM_ROLE) is not None else None

    def dragEnterEvent(self, event) -> None:
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        node = self._target(event) if self._paths(event) else None
        self._set_hover(node)
        if node is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:
        self._set_hover(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        node = self._target(event)
        paths = self._paths(event)
        self._set_hover(None)
        if node is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(int(node.data(0, ITEM_ROLE)), paths)
