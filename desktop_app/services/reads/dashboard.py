"""The task figures for 首页: tasks by status, overdue tasks, deadlines soon, units by tasks done."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop_app.core.tasks import DUE_SOON_DAYS
from desktop_app.services.reads import units
from desktop_app.services.reads.findings import FindingInfo, list_findings
from desktop_app.services.reads.tasks import TaskFigures, TaskInfo, figures, list_tasks, unit_figures
from desktop_app.storage.plain import Source


@dataclass
class Dashboard:
    figures: TaskFigures  # counts by status as shown (已逾期 counted apart from its stored status)
    overdue: list[TaskInfo]  # oldest deadline first
    due_soon: list[TaskInfo]  # within ``days``, soonest first
    ranking: list[tuple[str, int, int]]  # (unit, tasks done, tasks) by share done, best first
    days: int
    overdue_findings: list[FindingInfo] = field(default_factory=list)  # inspections' findings past their deadline

    @property
    def counts(self) -> dict[str, int]:
        return self.figures.by_status


def dashboard(source: Source, today: dt.date | None = None, days: int = DUE_SOON_DAYS) -> Dashboard:
    """The task figures for 首页, by the rules of ``reads.tasks`` (the bulletin uses the same)."""
    today = today or dt.date.today()
    found = list_tasks(source, today=today)
    overdue = sorted((t for t in found if t.counted and t.overdue), key=lambda t: (t.deadline, t.code))
    soon = sorted((t for t in found if t.due_soon(today, days)), key=lambda t: (t.deadline, t.code))
    per_unit = unit_figures(found)
    order = units.office_order(source)  # ties in the unit list's order
    ranking = sorted(
        ((u, f.done, f.total) for u, f in per_unit.items()),
        key=lambda r: (-r[1] / r[2], -r[2], order.get(r[0], len(order))),
    )
    late = [f for f in list_findings(source, only_open=True, today=today) if f.overdue]
    return Dashboard(figures(found), overdue, soon, ranking, days, late)
