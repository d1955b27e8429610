"""Lists readable on an office screen (1366 × 768): key columns as wide as what they hold, the long
text column taking the rest, the full text of a cut cell in its tooltip, and columns that are not
key shown or hidden from the header's menu. Every list of the pages uses these."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from desktop_app.gui.models import OBJECT_ROLE, RowsModel, RowsProxy
from desktop_app.gui.qt import (
    QAbstractItemView,
    QCoreApplication,
    QEvent,
    QHeaderView,
    QMenu,
    QObject,
    QPoint,
    Qt,
    QTableView,
    QToolTip,
)

PADDING = 18  # a cell's margins and the sort arrow's room


def fit_columns(
    view: QAbstractItemView,
    stretch: int,
    *,
    most: int | dict[int, int] = 260,
    sample: int = 100,
) -> None:
    """Size every column but ``stretch`` to its header and the text of its first ``sample`` rows (at
    most ``most`` pixels, or per column); ``stretch`` takes what is left. Done once, the first time the
    list has rows: a column the clerk widened afterwards stays as wide."""
    model = view.model()
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    if model is None or not model.rowCount() or view.property("fsd_fitted"):
        return
    view.setProperty("fsd_fitted", True)
    metrics = view.fontMetrics()
    bold = header.fontMetrics()
    rows = min(model.rowCount(), sample)
    for column in range(model.columnCount()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        wanted = bold.horizontalAdvance(title) + PADDING
        for row in range(rows):
            text = model.index(row, column).data()
            if text:
                wanted = max(wanted, metrics.horizontalAdvance(str(text)) + PADDING)
        cap = most.get(column, 260) if isinstance(most, dict) else most
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, min(wanted, cap))


class CutCellTips(QObject):
    """The full text of a cell cut short (……) as its tooltip, where the model gives none of its own."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        index = self.view.indexAt(event.pos())  # type: ignore[attr-defined]
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # the model's own tooltip shows
        text = str(index.data() or "")
        if text and self.view.fontMetrics().horizontalAdvance(text) + 8 > self.view.visualRect(index).width():
            QToolTip.showText(event.globalPos(), text, self.view)  # type: ignore[attr-defined]
            return True
        QToolTip.hideText()
        return True


def column_menu(view: QAbstractItemView, optional: Iterable[int], hidden: Iterable[int] = ()) -> None:
    """Columns the clerk may show or hide from the header's context menu; ``hidden`` start hidden."""
    header = view.horizontalHeader()  # type: ignore[attr-defined]
    optional = list(optional)
    for column in hidden:
        view.setColumnHidden(column, True)  # type: ignore[attr-defined]

    def menu(pos: QPoint) -> None:
        model = view.model()
        if model is None:
            return
        chooser = QMenu(view)
        for column in optional:
            action = chooser.addAction(str(model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not view.isColumnHidden(column))  # type: ignore[attr-defined]
            action.toggled.connect(lambda on, c=column: view.setColumnHidden(c, not on))  # type: ignore[attr-defined]
        chooser.exec(header.mapToGlobal(pos))

    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(menu)
    header.setToolTip(QCoreApplication.translate("Columns", "Right-click to show or hide columns"))


def list_view(model: RowsModel, *, several: bool = False) -> QTableView:
    """A read-only list over ``model``: whole rows selected, sorted on a header's click (text by
    pinyin), in the rows' own order until then, a cut cell's text in its tooltip."""
    view = QTableView()
    view.setModel(RowsProxy(model, view))
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = QAbstractItemView.SelectionMode
    view.setSelectionMode(mode.ExtendedSelection if several else mode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    CutCellTips(view)
    return view


def current_row(view: QAbstractItemView) -> Any:
    """The row (of a ``RowsModel``) the list's current index stands for, or None."""
    index = view.currentIndex()
    return index.data(OBJECT_ROLE) if index.isValid() else None


def select_where(view: QAbstractItemView, wanted: Callable[[Any], bool]) -> bool:
    """Make the first row for which ``wanted`` holds the current one, scrolled to; whether one was."""
    model = view.model()
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if wanted(index.data(OBJECT_ROLE)):
            view.setCurrentIndex(index)
            view.scrollTo(index)
            return True
    return False
