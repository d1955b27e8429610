"""The task table and its filters (unit and its role, status, overdue, phase, 督办, due within N
days, words)."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.tasks import ROLE_LEAD, ROLE_RESPONSIBLE, STATUS_OVERDUE
from desktop_app.core.units import name_key
from desktop_app.gui.models import OBJECT_ROLE, SORT_ROLE
from desktop_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QColor,
    QCoreApplication,
    QFont,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from desktop_app.gui.tables import by_pinyin, refilter
from desktop_app.services.tasks import TaskInfo


def _t(text: object) -> str:
    return QCoreApplication.translate("TaskModels", str(text))


STATUS_COLOURS = {STATUS_OVERDUE: "#b00020", "已完成": "#1e7b34", "暂缓": "#777777"}


class TaskTableModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("TaskModels", "No."),
        QT_TRANSLATE_NOOP("TaskModels", "Task"),
        QT_TRANSLATE_NOOP("TaskModels", "Lead units"),
        QT_TRANSLATE_NOOP("TaskModels", "Responsible units"),
        QT_TRANSLATE_NOOP("TaskModels", "Deadline"),
        QT_TRANSLATE_NOOP("TaskModels", "Status"),
        QT_TRANSLATE_NOOP("TaskModels", "Progress"),
        QT_TRANSLATE_NOOP("TaskModels", "督办"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tasks: list[TaskInfo] = []

    def set_tasks(self, tasks: list[TaskInfo]) -> None:
        self.beginResetModel()
        self.tasks = list(tasks)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.tasks)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.tasks):
            return None
        t = self.tasks[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            due = t.shown_deadline
            values = (
                t.code,
                t.title,
                t.units_text(ROLE_LEAD),
                _short(t.shown_units.get(ROLE_RESPONSIBLE, t.responsible_units)),
                due,
                "" if t.is_group else t.shown_status,
                "" if t.is_group else f"{t.progress}%",
                "●" if t.supervised else "",
            )
            return values[col]
        if role == SORT_ROLE:
            if col == 4:
                return t.deadline.isoformat() if t.deadline else "9999"
            if col == 6:
                return t.progress
            return index.row() if col == 0 else self.data(index)
        if role == OBJECT_ROLE:
            return t
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return "、".join(t.responsible_units)
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return t.title
        if role == Qt.ItemDataRole.ForegroundRole and col == 5 and t.shown_status in STATUS_COLOURS:
            return QColor(STATUS_COLOURS[t.shown_status])
        if role == Qt.ItemDataRole.FontRole and t.is_group:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _short(names: list[str], most: int = 4) -> str:
    return (
        "、".join(names)
        if len(names) <= most
        else "、".join(names[:most]) + _t(" and {0} more").format(len(names) - most)
    )


#: the status filter's choice for the tasks with cells an import kept as written, not yet checked
NEEDS_CHECK = "需核对"


class TaskFilterProxy(QSortFilterProxyModel):
    """Rows a clerk asks for; the filters combine (and)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.unit = ""
        self.role = ""  # "lead", "responsible", "support" or any
        self.phase: tuple[dt.date, dt.date] | None = None  # deadlines within the phase
        self.status = ""
        self.supervised_only = False
        self.due_within: int | None = None
        self.item: int | None = None  # tasks serving one evaluation item
        self.late_findings: set[str] | None = None  # only these tasks: those with findings rectified late
        self.words = ""
        self.today = dt.date.today()
        self.setSortRole(SORT_ROLE)
        by_pinyin(self)

    def set_filters(self, **values) -> None:
        def change() -> None:
            for key, value in values.items():
                setattr(self, key, value)

        refilter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        source = self.sourceModel()
        assert isinstance(source, TaskTableModel)
        return self.accepts(source.tasks[source_row])

    def accepts(self, t: TaskInfo) -> bool:
        """Whether the filters let ``t`` through (the table's rows, the counts and the timeline)."""
        if self.unit:
            key = name_key(self.unit)
            names = {
                "lead": t.lead_units,
                "responsible": t.responsible_units,
                "support": t.support_units,
            }.get(self.role, t.lead_units + t.responsible_units + t.support_units)
            if not any(name_key(n) == key for n in names):
                return False
        if self.phase and (t.is_group or t.deadline is None or not self.phase[0] <= t.deadline <= self.phase[1]):
            return False
        if self.status == NEEDS_CHECK:
            if not t.to_check:
                return False
        elif self.status and (t.is_group or t.shown_status != self.status):
            return False
        if self.supervised_only and not t.supervised:
            return False
        if self.due_within is not None and not t.due_soon(self.today, self.due_within):
            return False
        if self.item is not None and self.item not in t.items:
            return False
        if self.late_findings is not None and t.code not in self.late_findings:
            return False
        if self.words:
            text = " ".join([t.code, t.title, t.content, *t.lead_units, *t.responsible_units, t.deadline_text])
            if not all(w.casefold() in text.casefold() for w in self.words.split()):
                return False
        return True
