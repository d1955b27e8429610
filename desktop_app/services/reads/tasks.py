"""The tasks of the plan as every page, the command line and the bulletin list and count them."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.checks import settled
from desktop_app.core.numbers import percent
from desktop_app.core.tasks import (
    DUE_SOON_DAYS,
    ROLE_LEAD,
    ROLE_RESPONSIBLE,
    ROLE_SUPPORT,
    ROLES,
    STATUS_DONE,
    STATUS_OVERDUE,
    STATUSES,
    is_due_soon,
    is_overdue,
    shown_deadline,
    shown_status,
)
from desktop_app.core.units import Collapser, name_key
from desktop_app.storage.plain import Run, Source, as_bool, as_date, as_json, stored_end_of


@dataclass
class TaskInfo:
    id: int
    code: str
    title: str
    parent: str | None
    content: str
    lead_units: list[str]
    responsible_units: list[str]
    support_units: list[str]
    deadline: dt.date | None
    deadline_text: str
    deadline_kind: str
    status: str
    progress: int
    supervised: bool
    extensions: int
    items: list[int]
    targets: str
    overdue: bool
    is_group: bool = False
    supervise_note: str = ""
    extension_reason: str = ""
    history: list[tuple[dt.datetime, str, str, str, str, str]] = field(default_factory=list)
    #: each role's units as lists show them: 各县（区）for every county, 全部成员单位 for every unit
    shown_units: dict[str, list[str]] = field(default_factory=dict)
    version: int = 1  # as read: a save with it is refused once another clerk changed the task
    note: str = ""  # the table's 备注
    #: cells the import kept as written or read by inference (field, text, reason, where, kept, confirmed)
    checks: list[dict[str, Any]] = field(default_factory=list)
    wording: dict[str, str] = field(default_factory=dict)  # unit → the plan's word for its part (配合 …)
    milestones: list[dt.date] = field(default_factory=list)  # earlier dates the deadline's text names

    @property
    def to_check(self) -> list[dict[str, Any]]:
        """The checks no person has confirmed or corrected yet: the task is 需核对 while there are any."""
        return [c for c in self.checks if not settled(c)]

    def units_text(self, role: str) -> str:
        """A role's units (lead, responsible, support) as one line of a list or a report."""
        full = {ROLE_LEAD: self.lead_units, ROLE_RESPONSIBLE: self.responsible_units, ROLE_SUPPORT: self.support_units}
        return "、".join(self.shown_units.get(role, full[role]))

    @property
    def counted(self) -> bool:
        """A task of the plan; a group row (（一）实施12项…工程) only heads its tasks and is not counted."""
        return not self.is_group

    @property
    def shown_status(self) -> str:
        return shown_status(self.status, self.overdue)

    @property
    def shown_deadline(self) -> str:
        return shown_deadline(self.deadline_text, self.deadline)

    def due_soon(self, today: dt.date, days: int = DUE_SOON_DAYS) -> bool:
        return self.counted and is_due_soon(self.deadline, self.status, today, days)

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "title": self.title,
            "parent": self.parent,
            "counted": self.counted,
            "lead_units": self.lead_units,
            "responsible_units": self.responsible_units,
            "support_units": self.support_units,
            "units_shown": {role: self.units_text(role) for role in (ROLE_LEAD, ROLE_RESPONSIBLE, ROLE_SUPPORT)},
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_text": self.deadline_text,
            "deadline_shown": self.shown_deadline,
            "deadline_kind": self.deadline_kind,  # date, phase, approximate (开学前…), recurring, ongoing, none
            "status": self.status,
            "shown_status": self.shown_status,
            "overdue": self.overdue,
            "progress": self.progress,
            "supervised": self.supervised,
            "extensions": self.extensions,
            "items": self.items,
            "note": self.note,
            "milestones": [d.isoformat() for d in self.milestones],
            "wording": self.wording,
            "to_check": self.to_check,  # 需核对
        }


def list_tasks(
    source: Source,
    *,
    unit: str | None = None,
    overdue: bool = False,
    today: dt.date | None = None,
    as_of: dt.date | None = None,
) -> list[TaskInfo]:
    """Every task in the plan's order with its units and derived overdue state; ``as_of`` a day, the
    tasks as they stood at its end (``rolled_back``), so a document made again for that day says the same."""
    today = today or as_of or dt.date.today()
    with source.reading() as run:
        unit_rows = run("SELECT id, name, kind, active FROM unit")
        names = {uid: name for uid, name, _kind, _active in unit_rows}
        kind_of = {name: kind for _uid, name, kind, _active in unit_rows}
        active = [name for _uid, name, _kind, on in unit_rows if as_bool(on)]
        roles: dict[int, dict[str, list[str]]] = {}
        wording: dict[int, dict[str, str]] = {}
        # each role's units in the unit list's order (the office's own)
        for tid, uid, role, word in run("SELECT task_id, unit_id, role, wording FROM task_unit ORDER BY unit_id"):
            roles.setdefault(tid, {}).setdefault(role, []).append(names[uid])
            if word:
                wording.setdefault(tid, {})[names[uid]] = word
        linked: dict[int, list[int]] = {}
        for tid, no in run("SELECT ti.task_id, i.no FROM task_item ti JOIN rs_item i ON i.id = ti.item_id"):
            linked.setdefault(tid, []).append(no)
        tasks = run(
            "SELECT id, code, title, parent_id, content, deadline, deadline_text, deadline_kind, status, progress,"
            " supervised, extensions, targets, supervise_note, extension_reason, version, note,"
            " CAST(checks AS TEXT), CAST(milestones AS TEXT)"
            " FROM task ORDER BY position, id"
        )
        if as_of is not None:
            tasks = rolled_back(run, tasks, as_of)
    shown: dict[tuple[str, ...], list[str]] = {}
    collapse = Collapser(kind_of, active)

    def collapsed(listed: list[str], besides: list[str]) -> list[str]:
        key = (*listed, "|", *besides)
        if key not in shown:  # the same lists recur task after task
            shown[key] = collapse(listed, besides)
        return shown[key]

    def stronger(r: dict[str, list[str]], role: str) -> list[str]:
        """The task's units in roles stronger than ``role`` (lead over responsible over support)."""
        return [n for other in ROLES[: ROLES.index(role)] for n in r.get(other, [])]

    codes = {t[0]: t[1] for t in tasks}
    parents = {t[3] for t in tasks if t[3]}
    found = []
    for (
        tid,
        code,
        title,
        parent_id,
        content,
        deadline_value,
        deadline_text,
        deadline_kind,
        status,
        progress,
        supervised,
        extensions,
        targets,
        supervise_note,
        extension_reason,
        version,
        note,
        checks,
        milestones,
    ) in tasks:
        r = roles.get(tid, {})
        deadline = as_date(deadline_value)
        found.append(
            TaskInfo(
                id=tid,
                code=code,
                title=title,
                parent=codes.get(parent_id),
                content=content,
                lead_units=r.get(ROLE_LEAD, []),
                responsible_units=r.get(ROLE_RESPONSIBLE, []),
                support_units=r.get(ROLE_SUPPORT, []),
                deadline=deadline,
                deadline_text=deadline_text,
                deadline_kind=deadline_kind,
                status=status,
                progress=progress,
                supervised=as_bool(supervised),
                extensions=extensions,
                items=sorted(linked.get(tid, [])),
                targets=targets,
                overdue=tid not in parents and is_overdue(deadline, deadline_kind, status, today),
                is_group=tid in parents,
                supervise_note=supervise_note or "",
                extension_reason=extension_reason or "",
                shown_units={role: collapsed(listed, stronger(r, role)) for role, listed in r.items()},
                version=version,
                note=note or "",
                checks=list(as_json(checks) or []),
                wording=wording.get(tid, {}),
                milestones=[dt.date.fromisoformat(str(d)) for d in as_json(milestones) or []],
            )
        )
    if unit:
        key = name_key(unit)
        found = [
            t for t in found if any(name_key(n) == key for n in t.lead_units + t.responsible_units + t.support_units)
        ]
    if overdue:
        found = [t for t in found if t.overdue]
    return found


def rolled_back(run: Run, tasks: list[tuple[Any, ...]], as_of: dt.date) -> list[tuple[Any, ...]]:
    """The rows of ``list_tasks`` as they stood at the end of ``as_of``: status, progress and 督办 set
    back through each later change in the task's history, newest first. (A task typed in later stays:
    it was in the plan before the office typed it in.)"""
    later = run(
        "SELECT task_id, kind, old FROM task_event WHERE at >= ? AND kind IN ('status', 'progress', 'supervise')"
        " ORDER BY id DESC",
        (stored_end_of(as_of),),
    )
    then: dict[int, dict[str, Any]] = {}
    for tid, kind, old in later:
        state = then.setdefault(tid, {})
        if kind == "status":
            state["status"] = old
        elif kind == "progress":
            with contextlib.suppress(ValueError):
                state["progress"] = int(str(old).rstrip("%") or 0)
        else:
            state["supervised"] = old == "督办"
    if not then:
        return tasks
    out = []
    for row in tasks:
        was = then.get(row[0])
        if was:  # status, progress and supervised are the 9th to 11th columns
            row = (*row[:8], was.get("status", row[8]), was.get("progress", row[9]), was.get("supervised", row[10]),
                   *row[11:])  # fmt: skip
        out.append(row)
    return out


@dataclass(frozen=True)
class TaskFigures:
    """The figures every page, the command line and the bulletin give for a set of tasks."""

    total: int = 0
    by_status: dict[str, int] = field(default_factory=dict)  # as shown: 已逾期 apart from its stored status
    done: int = 0
    overdue: int = 0
    supervised: int = 0

    @property
    def share_done(self) -> int:
        """Per cent done, rounded as everywhere (core.numbers)."""
        return percent(self.done, self.total)


def figures(found: Iterable[TaskInfo]) -> TaskFigures:
    """Counted tasks only (group rows are not tasks), each in the status the office sees."""
    counted = [t for t in found if t.counted]
    by_status = dict.fromkeys((*STATUSES, STATUS_OVERDUE), 0)
    for t in counted:
        by_status[t.shown_status] += 1
    return TaskFigures(
        total=len(counted),
        by_status=by_status,
        done=sum(t.status == STATUS_DONE for t in counted),
        overdue=sum(t.overdue for t in counted),
        supervised=sum(t.supervised for t in counted),
    )


def unit_figures(found: Iterable[TaskInfo]) -> dict[str, TaskFigures]:
    """Each unit's figures over the tasks it leads or is responsible for (supporting units are not
    held to account for a task), by the unit list's names."""
    mine: dict[str, list[TaskInfo]] = {}
    for t in found:
        if t.counted:
            for name in dict.fromkeys(t.lead_units + t.responsible_units):
                mine.setdefault(name, []).append(t)
    return {name: figures(listed) for name, listed in mine.items()}


def by_role(found: Iterable[TaskInfo], unit: str) -> dict[str, list[TaskInfo]]:
    """A unit's tasks (my tasks) by its role in them: lead, responsible, support."""
    key = name_key(unit)
    counted = [t for t in found if t.counted]
    return {
        ROLE_LEAD: [t for t in counted if any(name_key(n) == key for n in t.lead_units)],
        ROLE_RESPONSIBLE: [t for t in counted if any(name_key(n) == key for n in t.responsible_units)],
        ROLE_SUPPORT: [t for t in counted if any(name_key(n) == key for n in t.support_units)],
    }
