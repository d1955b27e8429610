"""The implementation plan's tasks: listed with their derived state (overdue, due soon, shown status
and deadline), counted the one way every page uses, exported; status, progress, 督办 and extensions
with their history; the 催办通知单. Importing the office's tables is ``task_import``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

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
    STATUSES,
    printed_deadline,
    shown_deadline,
)
from desktop_app.core.units import name_key
from desktop_app.services import archive, campaigns
from desktop_app.services.reads.tasks import TaskFigures as TaskFigures  # the read side lives there
from desktop_app.services.reads.tasks import TaskInfo as TaskInfo
from desktop_app.services.reads.tasks import by_role as by_role
from desktop_app.services.reads.tasks import figures as figures
from desktop_app.services.reads.tasks import list_tasks as list_tasks
from desktop_app.services.reads.tasks import unit_figures as unit_figures
from desktop_app.services.side_by_side import as_read
from desktop_app.storage.audit import current_actor
from desktop_app.storage.database import Database
from desktop_app.storage.models import ItemAssignment, ItemRow, Task, TaskEvent


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


def change_status(
    session: Session, task: Task, status: str, progress: int | None, note: str = "", *, as_written: bool = False
) -> bool:
    """Set a task's status and progress within the caller's transaction, each change (or, with
    nothing changed, the note) kept in its history; whether anything changed. A task done is at 100%,
    unless ``as_written``: a unit's report that says otherwise is kept as it says (and flagged)."""
    changed = False
    if task.status != status:
        _event(session, task.id, "status", task.status, status, note)
        task.status, changed = status, True
    if status == STATUS_DONE and not as_written:
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


def settle_checks(db: Database, code: str, deadline: str | None = None, *, version: int | None = None) -> None:
    """A person has looked at what the import kept as written (需核对): ``deadline`` is the deadline
    they read in the office's words (corrected, kept in the history); without it, every check is
    confirmed as it stands. Either way the task is no longer 需核对 (a collective still waiting for
    its units stays)."""
    from desktop_app.core.deadlines import parse

    new = None
    if deadline is not None and deadline.strip():
        year, spans_years = campaigns.year_hint(db)
        new = parse(deadline.strip(), campaigns.phase_ends(db), year=year, spans_years=spans_years)
    with db.session() as session:
        task = _as_read(session, task_by_code(session, code), version)
        kept = []
        for check in task.checks or []:
            if check.get("collective"):
                kept.append(check)  # settled when its units are added
            elif new is not None and check.get("field") == "deadline":
                kept.append({**check, "corrected": True})  # a re-import of the same cell keeps the correction
            else:
                kept.append({**check, "confirmed": True})
        if new is not None:
            old = shown_deadline(task.deadline_text, task.deadline)
            task.deadline, task.deadline_text, task.deadline_kind = new.date, new.text, new.kind
            task.milestones = [d.isoformat() for d in new.milestones] or None
            _event(session, task.id, "deadline", old, new.text, tr("Tasks", "corrected after the import"))
        task.checks = kept or None


@dataclass
class WrittenNotice:
    path: Path
    replaced: str = ""  # characters no face has, printed as □ (reports.pdf)
    replaced_in: list[str] = field(default_factory=list)  # the names and titles holding them


def write_notice(
    db: Database,
    unit: str,
    target: Path,
    *,
    today: dt.date | None = None,
    soon_days: int = DUE_SOON_DAYS,
    docx: Path | None = None,
    xlsx: Path | None = None,
) -> WrittenNotice:
    """The 催办通知单 for ``unit``: its overdue tasks and those due within ``soon_days`` (with ``docx``,
    a Word copy too; with ``xlsx``, its tables as a workbook)."""
    from desktop_app.reports.reminder_notice import Notice, NoticeLine, write_notice_docx, write_notice_xlsx
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
        line = NoticeLine(t.code, t.title, printed_deadline(t.deadline_text, t.deadline), t.shown_status, role)
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
    replaced: list[str] = []
    archive.write(
        db,
        Path(target),
        lambda path: replaced.append(write_pdf(path, notice)),
        kind="reminder_notice",
        title=f"催办通知单（{unit}）",
        params={"unit": unit, "date": today.isoformat()},
    )
    if docx is not None:
        write_notice_docx(Path(docx), notice)
    if xlsx is not None:
        write_notice_xlsx(Path(xlsx), notice)
    from desktop_app.reports.pdf import holders_in

    chars = "".join(replaced)
    return WrittenNotice(Path(target), chars, holders_in(chars, notice))
