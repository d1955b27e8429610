"""Item models of the evidence page: the record list (loaded page by page), the coverage map."""

from __future__ import annotations

import datetime as dt
import html
from collections import OrderedDict
from collections.abc import Callable

from desktop_app.core.evidence import REVIEW_PASSED, REVIEW_RETURNED
from desktop_app.gui.models import OBJECT_ROLE
from desktop_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QColor,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTextDocument,
)
from desktop_app.services.coverage import Coverage
from desktop_app.services.evidence import EvidenceInfo


def _t(text: object) -> str:
    return QCoreApplication.translate("EvidenceModels", str(text))


def local_time(when: dt.datetime) -> str:
    """A stored (UTC) time as the clerk's local time."""
    return when.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"


REVIEW_COLOURS = {REVIEW_PASSED: "#1e7b34", REVIEW_RETURNED: "#b00020"}


class EvidenceTableModel(QAbstractTableModel):
    """The records of a list, by id; a row's details are loaded with its page when first shown,
    so a list of 50,000 records opens as fast as it can count them and never holds them all."""

    PAGE = 100
    KEEP_PAGES = 40
    COLUMNS = (
        QT_TRANSLATE_NOOP("EvidenceModels", "Item"),
        QT_TRANSLATE_NOOP("EvidenceModels", "Unit"),
        QT_TRANSLATE_NOOP("EvidenceModels", "Title"),
        QT_TRANSLATE_NOOP("EvidenceModels", "Doc. no."),
        QT_TRANSLATE_NOOP("EvidenceModels", "Document date"),
        QT_TRANSLATE_NOOP("EvidenceModels", "Category"),
        QT_TRANSLATE_NOOP("EvidenceModels", "Period"),
        QT_TRANSLATE_NOOP("EvidenceModels", "Review"),
        QT_TRANSLATE_NOOP("EvidenceModels", "Size"),
        QT_TRANSLATE_NOOP("EvidenceModels", "Filed on"),
        QT_TRANSLATE_NOOP("EvidenceModels", "Where the words stand"),
    )
    SNIPPET = len(COLUMNS) - 1
    TITLE = 2

    def __init__(self, loader: Callable[[list[int]], list[EvidenceInfo]], parent=None):
        super().__init__(parent)
        self._loader = loader
        self.ids: list[int] = []
        self.snippets: dict[int, str] = {}
        self._pages: OrderedDict[int, dict[int, EvidenceInfo]] = OrderedDict()
        self.pages_loaded = 0  # how many pages were fetched (tests check the list stays lazy)

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids, self.snippets = list(ids), {}
        self._pages.clear()
        self.endResetModel()

    def set_hits(self, hits) -> None:
        """Search results: their records are already loaded, with a snippet each."""
        self.beginResetModel()
        self.ids = [h.info.id for h in hits]
        self.snippets = {h.info.id: h.snippet for h in hits}
        self._pages.clear()
        for start in range(0, len(hits), self.PAGE):
            self._pages[start // self.PAGE] = {h.info.id: h.info for h in hits[start : start + self.PAGE]}
        self.endResetModel()

    def reload_rows(self, ids: set[int]) -> None:
        """Forget the loaded details of these records (after an edit), so they are read again."""
        for number in [n for n, page in self._pages.items() if ids & page.keys()]:
            del self._pages[number]
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(self.COLUMNS) - 1))

    def info(self, row: int) -> EvidenceInfo | None:
        if not 0 <= row < len(self.ids):
            return None
        number = row // self.PAGE
        page = self._pages.get(number)
        if page is None:
            chunk = self.ids[number * self.PAGE : (number + 1) * self.PAGE]
            page = {i.id: i for i in self._loader(chunk)}
            self.pages_loaded += 1
            self._pages[number] = page
            while len(self._pages) > self.KEEP_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(self.ids[row])

    def row_of(self, record_id: int) -> int:
        try:
            return self.ids.index(record_id)
        except ValueError:
            return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self.info(index.row())
        if e is None:
            return _t("(removed)") if role == Qt.ItemDataRole.DisplayRole and index.column() == 2 else None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(e, col)
        if role == OBJECT_ROLE:
            return e
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.SNIPPET:
                return self.snippets.get(e.id, "")
            if col == 7 and e.review_comment:
                return e.review_comment
            return f"{e.title}\n{e.original_name} · {human_size(e.size)}"
        if role == Qt.ItemDataRole.ForegroundRole and col == 7 and e.review_state in REVIEW_COLOURS:
            return QColor(REVIEW_COLOURS[e.review_state])
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _near_hit(snippet: str, before: int = 8) -> str:
        """The snippet from a little before the found words, so the column shows them."""
        at = snippet.find("【")
        return "…" + snippet[at - before :] if at > before + 2 else snippet

    def _display(self, e: EvidenceInfo, col: int) -> str:
        if col == self.SNIPPET:
            return self._near_hit(self.snippets.get(e.id, ""))
        return (
            f"({e.item})",
            e.unit,
            e.title,
            e.doc_no,
            e.doc_date.isoformat() if e.doc_date else "",
            e.category,
            e.period,
            e.review_state,
            human_size(e.size),
            local_time(e.created_at),
        )[col]


def snippet_html(snippet: str) -> str:
    """A snippet with the 【found words】 on a yellow ground."""
    text = html.escape(snippet)
    return text.replace("【", "<span style='background:#ffe066;font-weight:bold'>").replace("】", "</span>")


class SnippetDelegate(QStyledItemDelegate):
    """Draws a search snippet as rich text: the found words stand out in the list."""

    def paint(self, painter, option, index) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        doc.setHtml(f"<span style='white-space:pre'>{snippet_html(text)}</span>")
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(0, 0, opt.rect.width(), opt.rect.height())
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 6))


# -- coverage ---------------------------------------------------------------------------------------
LEVEL_COLOURS = {
    "complete": "#2e7d32",  # marked 已齐全
    "reviewed": "#81c784",  # has evidence that passed review
    "filed": "#ffd54f",  # has evidence, not yet passed
    "missing": "#ef9a9a",  # responsible, nothing filed
}
NOT_RESPONSIBLE = "#f4f4f4"


class CoverageModel(QAbstractTableModel):
    """Units down, items across: each cell coloured by what the unit has filed for the item."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.coverage: Coverage | None = None
        self.rows: list[tuple[int, str]] = []

    def set_coverage(self, coverage: Coverage, only_responsible: bool = True) -> None:
        self.beginResetModel()
        self.coverage = coverage
        responsible = {u for ids in coverage.responsible.values() for u in ids}
        filed = {u for (_no, u), c in coverage.cells.items() if c.total}
        self.rows = [
            (uid, name) for uid, name in coverage.units if not only_responsible or uid in responsible or uid in filed
        ]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.coverage is None else len(self.coverage.items)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if self.coverage is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.coverage.items[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return _t("Item ({0})").format(self.coverage.items[section])
        elif role == Qt.ItemDataRole.DisplayRole:
            return self.rows[section][1]
        return None

    def cell_at(self, index: QModelIndex | QPersistentModelIndex):
        """(item no, unit id, unit name, cell) under ``index``."""
        if self.coverage is None or not index.isValid():
            return None
        item = self.coverage.items[index.column()]
        unit_id, name = self.rows[index.row()]
        return item, unit_id, name, self.coverage.cell(item, unit_id)

    @staticmethod
    def level(cell) -> str | None:
        if cell.state == "已齐全":
            return "complete"
        if cell.total:
            return cell.level
        return "missing" if cell.responsible else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        found = self.cell_at(index)
        if found is None:
            return None
        item, _unit_id, name, cell = found
        level = self.level(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(LEVEL_COLOURS[level] if level else NOT_RESPONSIBLE)
        if role == Qt.ItemDataRole.DisplayRole:
            return "✓" if level == "complete" else (str(cell.total) if cell.total else "")
        if role == Qt.ItemDataRole.ForegroundRole and level == "complete":
            return QColor("white")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"({item}) × {name}"]
            lines.append(_t("Responsible for this item") if cell.responsible else _t("Not named for this item"))
            lines.append(_t("{0} records, {1} passed, {2} returned").format(cell.total, cell.passed, cell.returned))
            lines.append(_t("State: {0}").format(cell.state))
            return "\n".join(lines)
        return None
