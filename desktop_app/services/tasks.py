"""The implementation plan's tasks: listed with their derived state (overdue, due soon, shown status
and deadline), counted the one way every page uses, exported; status, progress, 督办 and extensions
with their history; the 催办通知单. Importing the office's tables is ``task_import``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.errors import KnownError, NotFoundError
from desktop_app.core.i18n import tr
from desktop_app.core.progress import Progress, check
from desktop_app.core.tasks import (
    DUE_SOON_DAYS,
    ROLE_LEAD,
    ROLE_RESPONSIBLE,
    ROLE_SUPPORT,
    STATUS_DONE,
    STATUS_OVERDUE,
    STATUSES,
    is_due_soon,
    is_overdue,
    shown_deadline,
    shown_status,
)
from desktop_app.core.units import collapse, name_key
from desktop_app.services import archive, campaigns
from desktop_app.services.side_by_side import as_read
from desktop_app.storage.audit import current_actor
from desktop_app.storage.database import Database
from desktop_app.storage.models import ItemAssignment, ItemRow, Task, TaskEvent, TaskItem, TaskUnit, Unit


@dataclass(frozen=True)
class TaskBrief:
    id: int
    code: str
    title: str


def briefs(db: Database) -> list[TaskBrief]:
    """Every task by its code and title, in the plan's order."""
    with db.read() as session:
        rows = session.execute(select(Task.id, Task.code, Task.title).order_by(Task.position, Task.id))
        return [TaskBrief(*row) for row in rows]


def task_by_code(session: Session, code: str) -> Task:
    """The task with this code, within the caller's session; a clear message when there is none."""
    found = session.scalar(select(Task).where(Task.code == code.strip()))
    if found is None:
        raise NotFoundError(tr("Tasks", "There is no task numbered “{0}” in the plan.").format(code))
    return found


def task_id(session: Session, code: str | None) -> int | None:
    """The id of the task with this code (as the plan numbers it, e.g. G1-01)."""
    if not code:
        return None
    found = session.scalar(select(Task.id).where(Task.code == code.strip()))
    if found is None:
        raise NotFoundError(tr("Tasks", "There is no task numbered “{0}” in the plan.").format(code))
    return found


def _event(session: Session, task_id_: int, kind: str, old: str, new: str, note: str = "") -> None:
    session.add(TaskEvent(task_id=task_id_, actor=current_actor(), kind=kind, old=old, new=new, note=note))


def assignments(db: Database) -> dict[int, list[int]]:
    """Item number → unit ids from the imported responsibility table (empty when none was imported)."""
    with db.read() as session:
        rows = session.execute(
            select(ItemRow.no, ItemAssignment.unit_id)
            .join(ItemRow, ItemRow.id == ItemAssignment.item_id)
            .order_by(ItemRow.no, ItemAssignment.id)
        )
        found: dict[int, list[int]] = {}
        for no, uid in rows:
            found.setdefault(no, []).append(uid)
        return found


# -- listing ------------------------------------------------------------------------------------------------
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
        }


def list_tasks(
    db: Database, *, unit: str | None = None, overdue: bool = False, today: dt.date | None = None
) -> list[TaskInfo]:
    """Every task in the plan's order with its units and derived overdue state."""
    today = today or dt.date.today()
    with db.read() as session:
        unit_rows = session.execute(select(Unit.id, Unit.name, Unit.kind, Unit.active)).all()
        names = {u.id: u.name for u in unit_rows}
        kind_of = {u.name: u.kind for u in unit_rows}
        active = [u.name for u in unit_rows if u.active]
        shown: dict[tuple[str, ...], list[str]] = {}

        def collapsed(listed: list[str]) -> list[str]:
            key = tuple(listed)
            if key not in shown:  # the same lists recur task after task
                shown[key] = collapse(listed, kind_of, active)
            return shown[key]

        roles: dict[int, dict[str, list[str]]] = {}
        links = session.execute(select(TaskUnit.task_id, TaskUnit.unit_id, TaskUnit.role).order_by(TaskUnit.unit_id))
        for tid, uid, role in links:  # each role's units in the unit list's order (the office's own)
            roles.setdefault(tid, {}).setdefault(role, []).append(names[uid])
        linked: dict[int, list[int]] = {}
        for tid, no in session.execute(
            select(TaskItem.task_id, ItemRow.no).join(ItemRow, ItemRow.id == TaskItem.item_id)
        ):
            linked.setdefault(tid, []).append(no)
        columns = (
            Task.id,
            Task.code,
            Task.title,
            Task.parent_id,
            Task.content,
            Task.deadline,
            Task.deadline_text,
            Task.deadline_kind,
            Task.status,
            Task.progress,
            Task.supervised,
            Task.extensions,
            Task.targets,
            Task.supervise_note,
            Task.extension_reason,
            Task.version,
        )  # plain rows: loading 2,000 ORM objects took twice as long
        tasks = session.execute(select(*columns).order_by(Task.position, Task.id)).all()
        codes = {t.id: t.code for t in tasks}
        parents = {t.parent_id for t in tasks if t.parent_id}
        found = []
        for t in tasks:
            r = roles.get(t.id, {})
            found.append(
                TaskInfo(
                    id=t.id,
                    code=t.code,
                    title=t.title,
                    parent=codes.get(t.parent_id),
                    content=t.content,
                    lead_units=r.get(ROLE_LEAD, []),
                    responsible_units=r.get(ROLE_RESPONSIBLE, []),
                    support_units=r.get(ROLE_SUPPORT, []),
                    deadline=t.deadline,
                    deadline_text=t.deadline_text,
                    deadline_kind=t.deadline_kind,
                    status=t.status,
                    progress=t.progress,
                    supervised=t.supervised,
                    extensions=t.extensions,
                    items=sorted(linked.get(t.id, [])),
                    targets=t.targets,
                    overdue=t.id not in parents and is_overdue(t.deadline, t.deadline_kind, t.status, today),
                    is_group=t.id in parents,
                    supervise_note=t.supervise_note or "",
                    extension_reason=t.extension_reason or "",
                    shown_units={role: collapsed(listed) for role, listed in r.items()},
                    version=t.version,
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
        """Per cent done, rounded."""
        return round(100 * self.done / self.total) if self.total else 0


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


def export_xlsx(db: Database, target: Path, *, unit: str | None = None, progress: Progress | None = None) -> Path:
    """The task list (or one unit's) as a workbook that prints well and imports back unchanged."""
    from desktop_app.exchange.tasks_xlsx import export_tasks

    check(progress, 0, 2, tr("Tasks", "Reading the tasks"))
    info = campaigns.require(db)
    rows = [
        (
            t.code,
            t.title,
            t.content,
            "、".join(t.lead_units),
            "、".join(t.responsible_units),
            "、".join(t.support_units),
            t.shown_deadline,
            "、".join(f"({n})" for n in t.items),
            "" if t.is_group else t.shown_status,
            "" if t.is_group else f"{t.progress}%",
        )
        for t in list_tasks(db, unit=unit)
    ]
    title = f"{info.name}任务分解表" + (f"（{unit}）" if unit else "")
    check(progress, 1, 2, tr("Tasks", "Writing the workbook"))
    return export_tasks(rows, Path(target), title)


# -- status, progress, 督办 ----------------------------------------------------------------------------------
def _as_read(session: Session, task: Task, version: int | None) -> Task:
    """The task, provided it is as the clerk read it (``version`` from ``list_tasks``); else who changed
    it, when and to what, so the clerk can reload and decide — nothing is overwritten unseen."""
    return as_read(
        session,
        "task",
        task,
        version,
        lambda who, when: tr(
            "Tasks",
            "{0} was changed by {1} at {2} since you opened it (now: {3}, {4}%). Nothing was saved; the list "
            "is reloaded — look again and save once more.",
        ).format(task.code, who, when, task.status, task.progress),
    )


def set_status(
    db: Database,
    code: str,
    status: str,
    *,
    progress: int | None = None,
    note: str = "",
    version: int | None = None,
) -> None:
    """Change a task's status (and progress); the change is kept in its history. With ``version`` (as
    read), refused when another clerk changed the task meanwhile (``ChangedMeanwhile``)."""
    if status not in STATUSES:
        raise KnownError(tr("Tasks", "The status must be one of {0}.").format("、".join(STATUSES)))
    if progress is not None and not 0 <= progress <= 100:
        raise KnownError(tr("Tasks", "Progress is a percentage from 0 to 100."))
    with db.session() as session:
        change_status(session, _as_read(session, task_by_code(session, code), version), status, progress, note)


def change_status(session: Session, task: Task, status: str, progress: int | None, note: str = "") -> bool:
    """Set a task's status and progress within the caller's transaction, each change (or, with
    nothing changed, the note) kept in its history; whether anything changed."""
    changed = False
    if task.status != status:
        _event(session, task.id, "status", task.status, status, note)
        task.status, changed = status, True
    if status == STATUS_DONE:
        progress = 100
    if progress is not None and progress != task.progress:
        _event(session, task.id, "progress", f"{task.progress}%", f"{progress}%", "" if changed else note)
        task.progress, changed = progress, True
    if not changed and note.strip():  # nothing changed, but the office wrote down what was done
        _event(session, task.id, "note", "", "", note.strip())
    return changed


@dataclass
class TaskEventInfo:
    at: dt.datetime  # local time
    actor: str
    kind: str
    old: str
    new: str
    note: str


def history(db: Database, code: str) -> list[TaskEventInfo]:
    """What happened to a task, newest first."""
    with db.read() as session:
        tid = task_id(session, code)
        rows = session.scalars(select(TaskEvent).where(TaskEvent.task_id == tid).order_by(TaskEvent.id.desc()))
        return [
            TaskEventInfo(
                e.at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None), e.actor, e.kind, e.old, e.new, e.note
            )
            for e in rows
        ]


# -- 督办, extensions, 催办 ---------------------------------------------------------------------------------
def supervise(db: Database, code: str, on: bool, note: str = "", *, version: int | None = None) -> None:
    """Put a task under 督办 (with the office's note) or take it off; kept in its history."""
    with db.session() as session:
        task = _as_read(session, task_by_code(session, code), version)
        if task.supervised != on or (on and note.strip() and note.strip() != task.supervise_note):
            _event(session, task.id, "supervise", "督办" if task.supervised else "", "督办" if on else "", note.strip())
        task.supervised = on
        task.supervise_note = note.strip() if on else task.supervise_note


def extend(db: Database, code: str, deadline: str, reason: str, *, version: int | None = None) -> None:
    """Move a task's deadline (延期): counted, with the reason, in its history."""
    from desktop_app.core.deadlines import parse

    if not reason.strip():
        raise KnownError(tr("Tasks", "Say why the deadline is extended."))
    new = parse(deadline, campaigns.phase_ends(db))
    if new.date is None:
        raise KnownError(tr("Tasks", "An extension needs a new date, such as 2025年6月底前."))
    with db.session() as session:
        task = _as_read(session, task_by_code(session, code), version)
        old = shown_deadline(task.deadline_text, task.deadline)
        if task.deadline is not None and new.date <= task.deadline:
            raise KnownError(tr("Tasks", "The new deadline must be later than the present one ({0}).").format(old))
        task.deadline, task.deadline_text, task.deadline_kind = new.date, new.text, new.kind
        task.extensions += 1
        task.extension_reason = reason.strip()
        _event(session, task.id, "extend", old, new.text, reason.strip())


def write_notice(
    db: Database,
    unit: str,
    target: Path,
    *,
    today: dt.date | None = None,
    soon_days: int = DUE_SOON_DAYS,
    docx: Path | None = None,
) -> Path:
    """The 催办通知单 for ``unit``: its overdue tasks and those due within ``soon_days`` (with ``docx``,
    a Word copy too)."""
    from desktop_app.reports.reminder_notice import Notice, NoticeLine, write_notice_docx
    from desktop_app.reports.reminder_notice import write_notice as write_pdf

    today = today or dt.date.today()
    info = campaigns.require(db)
    key = name_key(unit)
    lines_overdue, lines_soon = [], []
    for t in list_tasks(db, unit=unit, today=today):
        if not t.counted or t.status == STATUS_DONE:
            continue
        role = next(
            r
            for r, names in (
                (ROLE_LEAD, t.lead_units),
                (ROLE_RESPONSIBLE, t.responsible_units),
                (ROLE_SUPPORT, t.support_units),
            )
            if any(name_key(n) == key for n in names)
        )
        line = NoticeLine(t.code, t.title, t.shown_deadline, t.shown_status, role)
        if t.overdue:
            lines_overdue.append(line)
        elif t.due_soon(today, soon_days):
            lines_soon.append(line)
    if not lines_overdue and not lines_soon:
        raise KnownError(
            tr("Tasks", "{0} has no overdue task and none due within {1} days: there is nothing to remind.").format(
                unit, soon_days
            )
        )
    notice = Notice(
        office=info.office or "创建办",
        campaign=info.name,
        unit=unit,
        day=today,
        reply_by=today + dt.timedelta(days=7),
        overdue=lines_overdue,
        due_soon=lines_soon,
        soon_days=soon_days,
    )
    archive.write(
        db,
        Path(target),
        lambda path: write_pdf(path, notice),
        kind="reminder_notice",
        title=f"催办通知单（{unit}）",
        params={"unit": unit, "date": today.isoformat()},
    )
    if docx is not None:
        write_notice_docx(Path(docx), notice)
    return Path(target)
