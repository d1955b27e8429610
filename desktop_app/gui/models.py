"""Qt item models over the services' plain data (no queries here)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.checks import Check
from desktop_app.core.ruleset import POINT_MANDATORY, POINT_OPTIONAL, Category, Item, Point, RuleSet
from desktop_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from desktop_app.gui.tables import by_pinyin, refilter
from desktop_app.services.units import UnitInfo

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


def _t(text: object) -> str:
    return QCoreApplication.translate("Models", str(text))


def _score(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}"


@dataclass(eq=False)
class _Node:
    obj: object
    parent: _Node | None = None
    children: list[_Node] = field(default_factory=list)
    row: int = 0

    def add(self, obj: object) -> _Node:
        child = _Node(obj, self, row=len(self.children))
        self.children.append(child)
        return child


@dataclass
class VetoSection:
    items: list[Item]


class RuleSetTreeModel(QAbstractItemModel):
    """Categories → points → items, then the veto items; four columns."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Models", "Evaluation point / item"),
        QT_TRANSLATE_NOOP("Models", "Score"),
        QT_TRANSLATE_NOOP("Models", "Evaluation method"),
        QT_TRANSLATE_NOOP("Models", "Responsible departments"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._root = _Node(None)
        self.rule_set: RuleSet | None = None

    def set_rule_set(self, rs: RuleSet) -> None:
        self.beginResetModel()
        self.rule_set = rs
        self._root = _Node(None)
        for c in rs.categories:
            cnode = self._root.add(c)
            for p in c.points:
                pnode = cnode.add(p)
                for i in p.items:
                    pnode.add(i)
        if rs.veto_items:
            vnode = self._root.add(VetoSection(rs.veto_items))
            for i in rs.veto_items:
                vnode.add(i)
        self.endResetModel()

    # -- structure ------------------------------------------------------------------------------
    def _node(self, index: QModelIndex | QPersistentModelIndex) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()):
        node = self._node(parent)
        if not 0 <= row < len(node.children) or not 0 <= column < len(self.COLUMNS):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: QModelIndex = QModelIndex()):  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer().parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(self.COLUMNS[section])
        return None

    # -- data ---------------------------------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        obj = index.internalPointer().obj
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(obj, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if isinstance(obj, Item):
                return f"({obj.no}) {obj.text}"
            return self._display(obj, col)
        if role == OBJECT_ROLE:
            return obj
        if role == SEARCH_ROLE:
            return self._search_text(obj)
        if role == SORT_ROLE:
            return obj.no if isinstance(obj, Item) else index.row()
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, obj: object, col: int) -> str:
        if isinstance(obj, Category):
            return [f"{obj.code}、{obj.name}", _score(obj.score), "", ""][col]
        if isinstance(obj, Point):
            name = f"{obj.code}. {obj.name}"
            if obj.kind == POINT_MANDATORY:
                name += _t(" (mandatory)")
            elif obj.kind == POINT_OPTIONAL:
                name += _t(" (optional)")
            if obj.choose:
                name += _t(" (any {0} items)").format(obj.choose)
            return [name, _score(obj.score), "", ""][col]
        if isinstance(obj, VetoSection):
            return [_t("Veto items"), "", "", ""][col]
        if isinstance(obj, Item):
            return [f"({obj.no}) {obj.text}", "", "、".join(obj.methods), obj.departments][col]
        return ""

    @staticmethod
    def _search_text(obj: object) -> str:
        if isinstance(obj, Item):
            return " ".join([f"({obj.no})", str(obj.no), obj.text, *obj.methods, obj.departments, obj.basic_task])
        if isinstance(obj, Point):
            return f"{obj.code} {obj.name}"
        if isinstance(obj, Category):
            return f"{obj.code} {obj.name}"
        if isinstance(obj, VetoSection):
            return "否决项 veto"
        return ""


class TreeFilterProxy(QSortFilterProxyModel):
    """Case-insensitive search over the search role; parents of hits and children of hit points stay."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)


class ListTableModel(QAbstractTableModel):
    """A table over ``rows`` with named ``COLUMNS`` (marked for translation in ``CONTEXT``): its size
    and headers written once for the small tables of the import previews."""

    CONTEXT = "Models"
    COLUMNS: tuple[object, ...] = ()  # QT_TRANSLATE_NOOP(CONTEXT, …) each

    def __init__(self, rows: Sequence[Any], parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[Any] = list(rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(self.CONTEXT, str(self.COLUMNS[section]))
        return str(section + 1)


@dataclass(frozen=True)
class Column:
    """One column of a list: its title (marked for translation in the model's context) and how a row
    shows in it; ``sort`` where the text does not sort right (dates, figures), ``colour`` and ``tip``
    where the row says more."""

    title: object  # QT_TRANSLATE_NOOP(context, "…")
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    colour: Callable[[Any], str | None] | None = None
    tip: Callable[[Any], str | None] | None = None
    centred: bool = False
    background: Callable[[Any], str | None] | None = None


class RowsModel(ListTableModel):
    """The one table model under the pages' lists: rows of the services' plain data, the columns given
    as ``Column``s. Read-only; a proxy sorts it by ``SORT_ROLE`` (pinyin for text, see gui.tables)."""

    def __init__(
        self,
        columns: Sequence[Column],
        context: str,
        rows: Sequence[Any] = (),
        parent: QObject | None = None,
        *,
        tip: Callable[[Any], str | None] | None = None,
        bold: Callable[[Any], bool] | None = None,
    ):
        super().__init__(rows, parent)
        self.columns = tuple(columns)
        self.COLUMNS = tuple(c.title for c in self.columns)
        self.CONTEXT = context
        self.tip = tip  # a row's tooltip in columns without their own
        self.bold = bold  # rows written in bold (a task group's heading)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_columns(self, columns: Sequence[Column], rows: Sequence[Any]) -> None:
        """New columns with their rows (a matrix whose columns follow the data: units × rounds)."""
        self.beginResetModel()
        self.columns = tuple(columns)
        self.COLUMNS = tuple(c.title for c in self.columns)
        self.rows = list(rows)
        self.endResetModel()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort is not None else column.text(row)
        if role == OBJECT_ROLE:
            return row
        if role == SEARCH_ROLE:  # a row's words for a proxy's filter: its columns' text
            return " ".join(c.text(row) for c in self.columns)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            pick = column.colour if role == Qt.ItemDataRole.ForegroundRole else column.background
            colour = pick(row) if pick is not None else None
            if colour:
                from desktop_app.gui.qt import QColor

                return QColor(colour)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.tip or self.tip
            return (tip(row) or None) if tip is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.centred:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and self.bold is not None and self.bold(row):
            from desktop_app.gui.qt import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


class RowsProxy(QSortFilterProxyModel):
    """Sorts a ``RowsModel`` on a header's click, text by pinyin; shown in the rows' own order until then."""

    def __init__(self, source: RowsModel, parent: QObject | None = None):
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        by_pinyin(self)


def _inactive_grey(u: UnitInfo) -> str | None:
    return None if u.active else "#888888"


class UnitTableModel(RowsModel):
    """The unit list: an inactive unit in grey, a phone kept as written (需核对) on yellow."""

    def __init__(self, parent: QObject | None = None):
        def column(title: object, text: Callable[[UnitInfo], str], **more: Any) -> Column:
            return Column(title, text, colour=_inactive_grey, **more)

        super().__init__(
            (
                column(QT_TRANSLATE_NOOP("Models", "Unit"), lambda u: u.name),
                column(QT_TRANSLATE_NOOP("Models", "Type"), lambda u: u.kind),
                column(QT_TRANSLATE_NOOP("Models", "Leader in charge"), lambda u: u.leader),
                column(QT_TRANSLATE_NOOP("Models", "Liaison"), lambda u: u.liaison),
                column(
                    QT_TRANSLATE_NOOP("Models", "Phone"),
                    lambda u: u.phone,
                    background=lambda u: "#fff3bf" if u.to_check else None,  # kept as written: 需核对
                ),
                column(QT_TRANSLATE_NOOP("Models", "Aliases"), lambda u: "、".join(u.aliases)),
                column(
                    QT_TRANSLATE_NOOP("Models", "Status"),
                    lambda u: (_t("Active") if u.active else _t("Inactive")) + (_t(" · 需核对") if u.to_check else ""),
                ),
            ),
            "Models",
            parent=parent,
            tip=lambda u: "；".join(Check.from_json(c).said() for c in u.to_check) if u.to_check else None,
        )

    @property
    def units(self) -> list[UnitInfo]:
        return self.rows

    def set_units(self, units: list[UnitInfo]) -> None:
        self.set_rows(units)


class UnitFilterProxy(QSortFilterProxyModel):
    """The unit list as searched, and only the units 需核对 when asked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.only_to_check = False

    def set_only_to_check(self, on: bool) -> None:
        refilter(self, lambda: setattr(self, "only_to_check", on))

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if self.only_to_check:
            source = self.sourceModel()
            assert isinstance(source, UnitTableModel)
            if not source.units[source_row].to_check:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
