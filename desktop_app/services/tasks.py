"""The implementation plan's tasks: import from the office's workbooks, list with derived overdue
state, export, status and progress with history; the indicator responsibility table."""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import selectinload

from desktop_app.core.deadlines import KIND_DATE, KIND_NONE, KIND_PHASE, Deadline
from desktop_app.core.errors import ImportRejected, KnownError, NotFoundError
from desktop_app.core.i18n import tr
from desktop_app.core.progress import Progress, check
from desktop_app.core.tasks import (
    ROLE_LEAD,
    ROLE_RESPONSIBLE,
    ROLE_SUPPORT,
    STATUS_DONE,
    STATUS_OVERDUE,
    STATUS_PAUSED,
    STATUSES,
    TaskRow,
    targets_in,
)
from desktop_app.core.units import collective_kind, guess_kind, name_key
from desktop_app.services import archive, campaigns
from desktop_app.storage import audit
from desktop_app.storage.audit import current_actor
from desktop_app.storage.database import Database

if TYPE_CHECKING:  # the workbook reader (and openpyxl) loads only when a workbook is read
    from desktop_app.exchange.tasks_xlsx import Layout
from desktop_app.storage.models import (
    Campaign,
    ItemAssignment,
    ItemRow,
    Task,
    TaskEvent,
    TaskItem,
    TaskUnit,
    Unit,
    UnitAlias,
)


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


def task_id(session, code: str | None) -> int | None:
    """The id of the task with this code (as the plan numbers it, e.g. G1-01)."""
    if not code:
        return None
    found = session.scalar(select(Task.id).where(Task.code == code.strip()))
    if found is None:
        raise NotFoundError(tr("Tasks", "There is no task numbered “{0}” in the plan.").format(code))
    return found


# -- units named in a workbook ------------------------------------------------------------------------
class UnknownUnits(KnownError):
    """Names in the workbook that are no member unit: the caller maps or creates them."""

    def __init__(self, names: list[str], suggestions: dict[str, list[str]]):
        self.names, self.suggestions = names, suggestions
        details = [
            f"{n}" + (tr("Tasks", " (perhaps {0})").format("、".join(suggestions[n])) if suggestions.get(n) else "")
            for n in names
        ]
        super().__init__(
            tr(
                "Tasks", "{0} unit name(s) in the workbook are not member units. Map each to a unit or create it."
            ).format(len(names)),
            details,
        )


class _Units:
    """Matching names to unit ids: exact, alias, with the 市 the office left out, or a collective."""

    def __init__(self, session, mapping: dict[str, str] | None, create: bool):
        self.session, self.create = session, create
        self.mapping = {name_key(k): v for k, v in (mapping or {}).items()}
        self.units = list(session.scalars(select(Unit)))
        self.by_key = {u.key: u for u in self.units}
        self.by_alias = {a.key: a.unit_id for a in session.scalars(select(UnitAlias))}
        self.unknown: dict[str, None] = {}
        self._known: dict[tuple[str, ...], list[int]] = {}

    def _find(self, name: str) -> Unit | None:
        for key in (name_key(name), name_key("市" + name)):
            if key in self.by_key:
                return self.by_key[key]
            if key in self.by_alias:
                return self.session.get(Unit, self.by_alias[key])
        return None

    def ids(self, names: list[str]) -> list[int]:
        key = tuple(names)
        if key not in self._known:  # the same lists recur row after row
            self._known[key] = self._ids(names)
        return list(self._known[key])

    def _ids(self, names: list[str]) -> list[int]:
        found: list[int] = []
        for name in names:
            kind = collective_kind(name)
            if kind:
                found.extend(u.id for u in self.units if u.kind == kind and u.active)
                continue
            unit = self._find(name)
            if unit is None and name_key(name) in self.mapping:
                unit = self._map(name, self.mapping[name_key(name)])
            if unit is None and self.create:
                unit = self._new(name)
            if unit is None:
                self.unknown[name] = None
                continue
            found.append(unit.id)
        return list(dict.fromkeys(found))

    def _map(self, name: str, target: str) -> Unit | None:
        if not target:  # mapped to "create it"
            return self._new(name)
        unit = self._find(target)
        if unit is None:
            raise NotFoundError(
                tr("Tasks", "“{0}” was to be mapped to “{1}”, which is no member unit.").format(name, target)
            )
        alias = UnitAlias(unit_id=unit.id, alias=name, key=name_key(name))
        self.session.add(alias)
        self.by_alias[alias.key] = unit.id  # remembered: the next import knows the name
        return unit

    def _new(self, name: str) -> Unit:
        unit = Unit(name=name, key=name_key(name), kind=guess_kind(name))
        self.session.add(unit)
        self.session.flush()
        self.units.append(unit)
        self.by_key[unit.key] = unit
        return unit

    def check(self) -> None:
        if self.unknown:
            names = list(self.unknown)
            choices = [u.name for u in self.units]
            suggestions = {n: difflib.get_close_matches(n, choices, n=3, cutoff=0.5) for n in names}
            raise UnknownUnits(names, suggestions)


# -- import -----------------------------------------------------------------------------------------------
@dataclass
class TaskImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def _phases(db: Database) -> dict[str, dt.date]:
    info = campaigns.get(db)
    return {p.name: p.end for p in info.phases} if info else {}


def _campaign(session) -> Campaign:
    campaign = session.scalar(select(Campaign).order_by(Campaign.id).limit(1))
    if campaign is None:
        from desktop_app.core.errors import NoCampaignError

        raise NoCampaignError(tr("Tasks", "Set up the campaign before importing tasks."))
    return campaign


def import_tasks(
    db: Database,
    path: Path,
    *,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    create_units: bool = False,
    layout: Layout | None = None,
    progress: Progress | None = None,
) -> TaskImportResult:
    """All or nothing. A task already imported (same code) is updated, not duplicated; its
    status, progress and 督办 stay as the office set them."""
    from desktop_app.exchange.tasks_xlsx import read_tasks

    check(progress, 0, 3, tr("Tasks", "Reading the workbook"))
    rows = read_tasks(Path(path), sheet, _phases(db), layout)
    check(progress, 1, 3, tr("Tasks", "Matching units and items"))
    result = TaskImportResult()
    with db.session() as session:
        campaign = _campaign(session)
        units = _Units(session, mapping, create_units)
        items = dict(
            session.execute(select(ItemRow.no, ItemRow.id).where(ItemRow.rule_set_id == campaign.rule_set_id)).all()
        )
        problems = [
            tr("Tasks", "sheet “{0}” row {1}: there is no indicator item ({2}).").format(r.sheet, r.row, no)
            for r in rows
            for no in r.items
            if no not in items
        ]
        if problems:
            raise ImportRejected(tr("Tasks", "The tasks in {0} were not imported.").format(Path(path).name), problems)
        unit_ids = {
            r.code: {role: units.ids(getattr(r, role)) for role in (ROLE_LEAD, ROLE_RESPONSIBLE, ROLE_SUPPORT)}
            for r in rows
        }
        units.check()
        check(progress, 2, 3, tr("Tasks", "Saving the tasks"))
        existing = {
            t.code: t
            for t in session.scalars(
                select(Task)
                .where(Task.campaign_id == campaign.id)
                .options(selectinload(Task.units), selectinload(Task.items))
            )
        }
        before = {code: _snapshot(t) for code, t in existing.items()}
        base = max((t.position for t in existing.values()), default=0)
        source = f"{Path(path).name} / {rows[0].sheet}"
        actor = current_actor()
        ids = {code: t.id for code, t in existing.items()}
        fresh = [(index, row) for index, row in enumerate(rows, start=1) if row.code not in existing]
        if fresh:  # new tasks go in as a few bulk statements: 2,000 rows in a blink
            conn = session.connection()  # plain executemany: the ORM's bulk paths cost more than the work
            conn.execute(
                insert(Task.__table__),
                [
                    {
                        "campaign_id": campaign.id,
                        "code": row.code,
                        "position": base + index,
                        "status": STATUSES[0],
                        "progress": 0,
                        **_fields(row, source),
                    }
                    for index, row in fresh
                ],
            )
            new_codes = {r.code for _, r in fresh}  # filtered here: an IN list of 2,000 codes compiles slowly
            ids.update(
                (code, tid)
                for tid, code in conn.execute(select(Task.id, Task.code).where(Task.campaign_id == campaign.id))
                if code in new_codes
            )
            links = [
                {"task_id": ids[row.code], "unit_id": uid, "role": role}
                for _, row in fresh
                for role, unit_list in unit_ids[row.code].items()
                for uid in unit_list
            ]
            if links:
                conn.execute(insert(TaskUnit.__table__), links)
            linked = [{"task_id": ids[row.code], "item_id": items[no]} for _, row in fresh for no in set(row.items)]
            if linked:
                conn.execute(insert(TaskItem.__table__), linked)
            parents = [
                {"tid": ids[row.code], "pid": ids[row.parent]} for _, row in fresh if row.parent and row.parent in ids
            ]
            if parents:
                table = Task.__table__
                conn.execute(
                    update(table).where(table.c.id == bindparam("tid")).values(parent_id=bindparam("pid")), parents
                )
            note = tr("Tasks", "Imported from {0}").format(source)
            conn.execute(
                insert(TaskEvent.__table__),
                [{"task_id": ids[row.code], "actor": actor, "kind": "import", "note": note} for _, row in fresh],
            )
            audit.record(session, "import", "task", source, after={"created": len(fresh)})
            result.created = len(fresh)
        for row in rows:
            task = existing.get(row.code)
            if task is None:
                continue
            wanted_units = {(uid, role) for role, unit_list in unit_ids[row.code].items() for uid in unit_list}
            if {(u.unit_id, u.role) for u in task.units} != wanted_units:
                task.units = [TaskUnit(unit_id=uid, role=role) for uid, role in sorted(wanted_units)]
            wanted_items = {items[no] for no in row.items}
            if {i.item_id for i in task.items} != wanted_items:
                task.items = [TaskItem(item_id=i) for i in sorted(wanted_items)]
            for key, value in _fields(row, source).items():
                setattr(task, key, value)
            task.parent_id = ids.get(row.parent) if row.parent else None
            if _snapshot(task) != before[row.code]:
                result.updated += 1
                note = tr("Tasks", "Updated from {0}").format(source)
                session.add(TaskEvent(task_id=task.id, actor=actor, kind="import", note=note))
            else:
                result.unchanged += 1
    check(progress, 3, 3)
    return result


def _fields(row: TaskRow, source: str) -> dict:
    """What a workbook row says about a task (its status and progress are the office's own)."""
    due = row.deadline
    plain = due.date is not None and due.text == due.date.isoformat()  # a date cell says no more
    return {
        "title": row.title,
        "content": row.content,
        "deadline": due.date,
        "deadline_text": "" if plain else due.text,
        "deadline_kind": due.kind,
        "targets": row.targets or "；".join(targets_in(row.content)),
        "source": source,
    }


def _snapshot(task: Task) -> tuple:
    return (
        task.parent_id,
        task.title,
        task.content,
        task.deadline,
        task.deadline_text,
        task.deadline_kind,
        task.targets,
        frozenset((u.unit_id, u.role) for u in task.units),
        frozenset(i.item_id for i in task.items),
    )


def _event(session, task_id_: int, kind: str, old: str, new: str, note: str = "") -> None:
    session.add(TaskEvent(task_id=task_id_, actor=current_actor(), kind=kind, old=old, new=new, note=note))


# -- the indicator responsibility table ---------------------------------------------------------------------
@dataclass
class AssignmentResult:
    items: int = 0
    assignments: int = 0


def import_assignments(
    db: Database,
    path: Path,
    *,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    create_units: bool = False,
    layout: Layout | None = None,
    progress: Progress | None = None,
) -> AssignmentResult:
    """Which units are responsible for which item; replaces the previous table as a whole."""
    from desktop_app.exchange.tasks_xlsx import read_assignments

    check(progress, 0, 2, tr("Tasks", "Reading the workbook"))
    rows = read_assignments(Path(path), sheet, layout)
    check(progress, 1, 2, tr("Tasks", "Matching units and items"))
    with db.session() as session:
        campaign = _campaign(session)
        units = _Units(session, mapping, create_units)
        items = dict(
            session.execute(select(ItemRow.no, ItemRow.id).where(ItemRow.rule_set_id == campaign.rule_set_id)).all()
        )
        missing = [
            tr("Tasks", "sheet “{0}” row {1}: there is no indicator item ({2}).").format(r.sheet, r.row, r.item)
            for r in rows
            if r.item not in items
        ]
        if missing:
            raise ImportRejected(
                tr("Tasks", "The responsibility table {0} was not imported.").format(Path(path).name), missing
            )
        wanted = set()
        for r in rows:
            lead = set(units.ids(r.lead))
            for uid in units.ids(r.departments):
                wanted.add((items[r.item], uid, ROLE_LEAD if uid in lead else ROLE_RESPONSIBLE))
        units.check()
        session.execute(delete(ItemAssignment).where(ItemAssignment.campaign_id == campaign.id))
        session.add_all(
            ItemAssignment(campaign_id=campaign.id, item_id=i, unit_id=u, role=role) for i, u, role in sorted(wanted)
        )
    return AssignmentResult(items=len(rows), assignments=len(wanted))


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

    @property
    def shown_status(self) -> str:
        return STATUS_OVERDUE if self.overdue else self.status

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "title": self.title,
            "parent": self.parent,
            "lead_units": self.lead_units,
            "responsible_units": self.responsible_units,
            "support_units": self.support_units,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_text": self.deadline_text,
            "status": self.status,
            "overdue": self.overdue,
            "progress": self.progress,
            "supervised": self.supervised,
            "extensions": self.extensions,
            "items": self.items,
        }


def is_overdue(deadline: dt.date | None, kind: str, status: str, today: dt.date) -> bool:
    """Past its day and neither done nor paused: derived, never stored."""
    if status in (STATUS_DONE, STATUS_PAUSED):
        return False
    return Deadline(kind if kind in (KIND_DATE, KIND_PHASE) else KIND_NONE, deadline).overdue(today)


def list_tasks(
    db: Database, *, unit: str | None = None, overdue: bool = False, today: dt.date | None = None
) -> list[TaskInfo]:
    """Every task in the plan's order with its units and derived overdue state."""
    today = today or dt.date.today()
    with db.read() as session:
        names = dict(session.execute(select(Unit.id, Unit.name)).all())
        roles: dict[int, dict[str, list[str]]] = {}
        for tid, uid, role in session.execute(select(TaskUnit.task_id, TaskUnit.unit_id, TaskUnit.role)):
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
                    lead_units=sorted(r.get(ROLE_LEAD, [])),
                    responsible_units=sorted(r.get(ROLE_RESPONSIBLE, [])),
                    support_units=sorted(r.get(ROLE_SUPPORT, [])),
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
            t.deadline_text or (t.deadline.isoformat() if t.deadline else ""),
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
def set_status(db: Database, code: str, status: str, *, progress: int | None = None, note: str = "") -> None:
    """Change a task's status (and progress); the change is kept in its history."""
    if status not in STATUSES:
        raise KnownError(tr("Tasks", "The status must be one of {0}.").format("、".join(STATUSES)))
    if progress is not None and not 0 <= progress <= 100:
        raise KnownError(tr("Tasks", "Progress is a percentage from 0 to 100."))
    with db.session() as session:
        change_status(session, session.get(Task, task_id(session, code)), status, progress, note)


def change_status(session, task: Task, status: str, progress: int | None, note: str = "") -> bool:
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
def supervise(db: Database, code: str, on: bool, note: str = "") -> None:
    """Put a task under 督办 (with the office's note) or take it off; kept in its history."""
    with db.session() as session:
        task = session.get(Task, task_id(session, code))
        if task.supervised != on or (on and note.strip() and note.strip() != task.supervise_note):
            _event(session, task.id, "supervise", "督办" if task.supervised else "", "督办" if on else "", note.strip())
        task.supervised = on
        task.supervise_note = note.strip() if on else task.supervise_note


def extend(db: Database, code: str, deadline: str, reason: str) -> None:
    """Move a task's deadline (延期): counted, with the reason, in its history."""
    from desktop_app.core.deadlines import parse

    if not reason.strip():
        raise KnownError(tr("Tasks", "Say why the deadline is extended."))
    new = parse(deadline, _phases(db))
    if new.date is None:
        raise KnownError(tr("Tasks", "An extension needs a new date, such as 2025年6月底前."))
    with db.session() as session:
        task = session.get(Task, task_id(session, code))
        old = task.deadline_text or (task.deadline.isoformat() if task.deadline else "")
        if task.deadline is not None and new.date <= task.deadline:
            raise KnownError(tr("Tasks", "The new deadline must be later than the present one ({0}).").format(old))
        task.deadline, task.deadline_text, task.deadline_kind = new.date, new.text, new.kind
        task.extensions += 1
        task.extension_reason = reason.strip()
        _event(session, task.id, "extend", old, new.text, reason.strip())


def write_notice(db: Database, unit: str, target: Path, *, today: dt.date | None = None, soon_days: int = 14) -> Path:
    """The 催办通知单 for ``unit``: its overdue tasks and those due within ``soon_days``."""
    from desktop_app.reports.reminder_notice import Notice, NoticeLine
    from desktop_app.reports.reminder_notice import write_notice as write_pdf

    today = today or dt.date.today()
    info = campaigns.require(db)
    key = name_key(unit)
    lines_overdue, lines_soon = [], []
    for t in list_tasks(db, unit=unit, today=today):
        if t.is_group or t.status == STATUS_DONE:
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
        line = NoticeLine(
            t.code, t.title, t.deadline_text or (t.deadline.isoformat() if t.deadline else ""), t.shown_status, role
        )
        if t.overdue:
            lines_overdue.append(line)
        elif (
            t.deadline is not None
            and t.status != STATUS_PAUSED
            and today <= t.deadline <= today + dt.timedelta(days=soon_days)
        ):
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
    return Path(target)


@dataclass
class Dashboard:
    counts: dict[str, int]  # by status as shown (已逾期 counted apart from its stored status)
    overdue: list[TaskInfo]  # oldest deadline first
    due_soon: list[TaskInfo]  # within ``days``, soonest first
    ranking: list[tuple[str, int, int]]  # (unit, tasks done, tasks) by share done, best first
    days: int


def dashboard(db: Database, today: dt.date | None = None, days: int = 14) -> Dashboard:
    """The task figures for 首页."""
    today = today or dt.date.today()
    found = [t for t in list_tasks(db, today=today) if not t.is_group]
    counts = {status: 0 for status in (*STATUSES, STATUS_OVERDUE)}
    per_unit: dict[str, list[int]] = {}
    for t in found:
        counts[t.shown_status] += 1
        for name in dict.fromkeys(t.lead_units + t.responsible_units):
            done_total = per_unit.setdefault(name, [0, 0])
            done_total[0] += t.status == STATUS_DONE
            done_total[1] += 1
    overdue = sorted((t for t in found if t.overdue), key=lambda t: (t.deadline, t.code))
    soon = sorted(
        (
            t
            for t in found
            if not t.overdue
            and t.deadline is not None
            and t.status not in (STATUS_DONE, STATUS_PAUSED)
            and today <= t.deadline <= today + dt.timedelta(days=days)
        ),
        key=lambda t: (t.deadline, t.code),
    )
    ranking = sorted(((u, d, n) for u, (d, n) in per_unit.items()), key=lambda r: (-r[1] / r[2], -r[2], r[0]))
    return Dashboard(counts, overdue, soon, ranking, days)
