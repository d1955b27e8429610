"""The task table and its filters (unit and its role, status, overdue, phase, 督办, due within N
days, words)."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.tasks import ROLE_LEAD, ROLE_RESPONSIBLE, STATUS_OVERDUE
from desktop_app.core.units import name_key
from desktop_app.gui.models import SORT_ROLE, Column, RowsModel
from desktop_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
)
from desktop_app.gui.tables import by_pinyin, refilter
from desktop_app.services.tasks import TaskInfo


def _t(text: object) -> str:
    return QCoreApplication.translate("TaskModels", str(text))


STATUS_COLOURS = {STATUS_OVERDUE: "#b00020", "已完成": "#1e7b34", "暂缓": "#777777"}


class TaskTableModel(RowsModel):
    """The plan's tasks in its order (a click on 编号 sorts back to it): a group's heading in bold, the
    status in its colour, the units and the title in full as tooltips."""

    def __init__(self, parent: QObject | None = None):
        self._order: dict[int, int] = {}
        super().__init__(
            (
                Column(QT_TRANSLATE_NOOP("TaskModels", "No."), lambda t: t.code, sort=lambda t: self._order[t.id]),
                Column(QT_TRANSLATE_NOOP("TaskModels", "Task"), lambda t: t.title, tip=lambda t: t.title),
                Column(QT_TRANSLATE_NOOP("TaskModels", "Lead units"), lambda t: t.units_text(ROLE_LEAD)),
                Column(
                    QT_TRANSLATE_NOOP("TaskModels", "Responsible units"),
                    lambda t: _short(t.shown_units.get(ROLE_RESPONSIBLE, t.responsible_units)),
                    tip=lambda t: "、".join(t.responsible_units),
                ),
                Column(
                    QT_TRANSLATE_NOOP("TaskModels", "Deadline"),
                    lambda t: t.shown_deadline,
                    sort=lambda t: t.deadline.isoformat() if t.deadline else "9999",
                ),
                Column(
                    QT_TRANSLATE_NOOP("TaskModels", "Status"),
                    lambda t: "" if t.is_group else t.shown_status,
                    colour=lambda t: STATUS_COLOURS.get(t.shown_status),
                ),
                Column(
                    QT_TRANSLATE_NOOP("TaskModels", "Progress"),
                    lambda t: "" if t.is_group else f"{t.progress}%",
                    sort=lambda t: t.progress,
                ),
                Column(QT_TRANSLATE_NOOP("TaskModels", "督办"), lambda t: "●" if t.supervised else ""),
            ),
            "TaskModels",
            parent=parent,
            bold=lambda t: t.is_group,
        )

    @property
    def tasks(self) -> list[TaskInfo]:
        return self.rows

    def set_tasks(self, tasks: list[TaskInfo]) -> None:
        self._order = {t.id: i for i, t in enumerate(tasks)}
        self.set_rows(tasks)


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
