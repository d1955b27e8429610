"""Tables as a Chinese office expects them: lists come in the unit list's own order (as the services
give them) until the clerk clicks a column; then text sorts by pinyin (the locale's collation, 八宿县
before 丁青县), not by code point. And reading or writing a cell of a dialog's input grid that may be empty."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.gui.qt import QSortFilterProxyModel, QTableWidget, QTableWidgetItem


def by_pinyin(proxy: QSortFilterProxyModel) -> None:
    """A proxy whose text columns sort by pinyin when a header is clicked."""
    proxy.setSortLocaleAware(True)


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Change a proxy's own filter settings (``change``) and filter its rows anew: Qt 6.9 and later
    want the change inside begin/endFilterChange, Qt 6.8 has only invalidateRowsFilter."""
    if hasattr(proxy, "beginFilterChange"):  # Qt 6.9 and later
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # Qt 6.8
        change()
        proxy.invalidateRowsFilter()


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def set_cell(table: QTableWidget, row: int, column: int, text: str) -> None:
    item = table.item(row, column)
    if item is None:
        table.setItem(row, column, QTableWidgetItem(text))
    else:
        item.setText(text)
