"""Importing the office's own tables: the plan's tasks (任务分解表) and the indicator responsibility
table (指标任务责任分解表), with the unit names they use matched, mapped or created."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session, selectinload

from desktop_app.core.checks import Check, confirmed_kept, corrected_fields
from desktop_app.core.errors import ImportRejected, KnownError, NotFoundError
from desktop_app.core.i18n import mark, tr
from desktop_app.core.progress import Progress, check
from desktop_app.core.tables import SkippedRow
from desktop_app.core.tasks import (
    ROLE_LEAD,
    ROLE_RESPONSIBLE,
    ROLE_SUPPORT,
    ROLES,
    STATUSES,
    TaskRow,
    targets_in,
)
from desktop_app.core.unit_names import Resolver
from desktop_app.core.units import (
    ALL_UNITS,
    COLLECTIVE_LABELS,
    KINDS,
    collective_kind,
    guess_kind,
    members,
    name_key,
    without_place,
)
from desktop_app.services import campaigns
from desktop_app.storage import audit
from desktop_app.storage.audit import current_actor
from desktop_app.storage.database import Database, one_at_a_time
from desktop_app.storage.models import (
    ItemAssignment,
    ItemRow,
    Setting,
    Task,
    TaskEvent,
    TaskItem,
    TaskUnit,
    Unit,
    UnitAlias,
)

if TYPE_CHECKING:  # the workbook reader (and openpyxl) loads only when a workbook is read
    from desktop_app.exchange.tasks_xlsx import Layout


# -- units named in a workbook ------------------------------------------------------------------------
#: What a name in a workbook may be mapped to besides a unit (``mapping`` values and ``--map NAME=…``):
MAP_CREATE = ""  # create it as a new unit
MAP_IGNORE = "-"  # leave the name out: it names no member unit (上级部门, 企业 …)
#: ALL_UNITS ("*") stands for every member unit, and a kind (乡镇/街道, 县/区, 部门) for every unit of it.
COLLECTIVE_NAMES_KEY = "units.collective_names"  # {name key: "*", a kind or "-"}: remembered mappings


class UnknownUnits(KnownError):
    """Names in the workbook that are no member unit nor, near-certainly, a short or full form of one
    (core.unit_names takes those itself): the caller maps or creates them. ``suggestions`` are the
    units sharing each name's distinctive characters, best first."""

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
    """Matching names to unit ids: exact, alias, with the 市 the office left out, another place, a
    short or full form of one unit's name (core.unit_names), or a collective."""

    def __init__(self, session: Session, mapping: dict[str, str] | None, create: bool):
        self.session, self.create = session, create
        # names mapped to a collective or left out once (a unit name is remembered as an alias instead)
        stored = session.get(Setting, COLLECTIVE_NAMES_KEY)
        self.remembered: dict[str, str] = dict(stored.value) if stored is not None else {}
        given = {name_key(k): v for k, v in (mapping or {}).items()}
        self.learned = {k: v for k, v in given.items() if v in (ALL_UNITS, MAP_IGNORE) or v in KINDS}
        self.mapping = {**self.remembered, **given}
        self.units = list(session.scalars(select(Unit)))
        self.by_key: dict[str, Unit] = {u.key: u for u in self.units}
        self.by_alias: dict[str, int] = {a.key: a.unit_id for a in session.scalars(select(UnitAlias))}
        self.by_bare: dict[str, list[Unit]] = {}  # by the name without its place: 示范区农业农村局 → 农业农村局
        for u in self.units:
            self.by_bare.setdefault(name_key(without_place(u.name)), []).append(u)
        self.unknown: dict[str, None] = {}
        self._known: dict[tuple[str, ...], list[int]] = {}
        self.told: dict[str, str] = {}  # what was done with each name not written as a unit's own
        self.resolver = Resolver((u.id, u.name) for u in self.units)
        self.waiting: dict[str, str] = {}  # collective → its kind, for collectives of a kind with no units yet

    def prepare(self, names: Iterable[str]) -> None:
        """Every single unit's name first (creating units where the clerk said so), so a collective in
        an early row (政府食安委各成员单位) stands for the units a later row creates."""
        for name in dict.fromkeys(names):
            target = self.mapping.get(name_key(name))
            if collective_kind(name) is None and not (target == ALL_UNITS or target in KINDS):
                self._ids([name])

    def _find(self, name: str) -> Unit | None:
        unit: Unit | None
        for key, why in ((name_key(name), ""), (name_key("市" + name), mark("Tasks", "the 市 left out"))):
            if key in self.by_key:
                unit = self.by_key[key]
            elif key in self.by_alias:
                unit = self.session.get(Unit, self.by_alias[key])
                why = why or mark("Tasks", "a name it is known by")
            else:
                continue
            if unit is not None and why:
                self.told.setdefault(name, tr("Tasks", "{0} ({1})").format(unit.name, tr("Tasks", why)))
            return unit
        # the plan wrote another place than the unit list (示范区粮食和物资储备局 for 市粮食和物资储备局):
        # the same name without the place, when exactly one unit has it
        same = self.by_bare.get(name_key(without_place(name)), [])
        if len(same) == 1:
            self.told.setdefault(name, tr("Tasks", "{0} ({1})").format(same[0].name, tr("Tasks", "another place")))
            return same[0]
        # a short or full form of one unit's name (市城管局 for 市城市管理和综合执法局): taken and remembered
        match = self.resolver.match(name)
        if match is None:
            return None
        unit = self.session.get(Unit, match.unit_id)
        if unit is not None:
            self._remember(name, unit)
            self.told.setdefault(name, tr("Tasks", "{0} ({1})").format(unit.name, tr("UnitNames", match.why)))
        return unit

    def ids(self, names: list[str]) -> list[int]:
        key = tuple(names)
        if key not in self._known:  # the same lists recur row after row
            self._known[key] = self._ids(names)
        return list(self._known[key])

    def _ids(self, names: list[str]) -> list[int]:
        found: list[int] = []
        for name in names:
            kind = collective_kind(name)
            target = self.mapping.get(name_key(name))
            if kind is None and target is not None and (target == ALL_UNITS or target in KINDS):
                kind = target  # mapped to every member unit, or every unit of a kind
            if kind:
                ids = members(kind, ((u.id, u.kind) for u in self.units if u.active))
                if ids:
                    told = tr("Tasks", "a collective: {0} ({1} units)").format(COLLECTIVE_LABELS[kind], len(ids))
                else:  # kept on the task, and its units added once there are some
                    self.waiting[name] = kind
                    told = tr("Tasks", "a collective: {0}; there are no such units yet, they join once added").format(
                        COLLECTIVE_LABELS[kind]
                    )
                self.told.setdefault(name, told)
                found.extend(ids)
                continue
            unit = self._find(name)
            if unit is None and target == MAP_IGNORE:
                self.told.setdefault(name, tr("Tasks", "left out"))
                continue
            if unit is None and target is not None:
                unit = self._map(name, target)
                if unit is not None and target:
                    self.told.setdefault(name, tr("Tasks", "{0} (as mapped)").format(unit.name))
            if unit is None and self.create and not name.startswith("各"):  # 各学校: asked, never made a unit
                unit = self._new(name)
            if unit is None:
                self.unknown[name] = None
                continue
            found.append(unit.id)
        return list(dict.fromkeys(found))

    def wording(self, words: dict[str, str]) -> dict[int, str]:
        """{unit id: the plan's word} for the names given a word (配合, 参与 …); collectives' members too."""
        found: dict[int, str] = {}
        for name, word in words.items():
            for uid in self.ids([name]):
                found.setdefault(uid, word)
        return found

    def _map(self, name: str, target: str) -> Unit | None:
        if not target:  # mapped to "create it"
            return self._new(name)
        unit = self._find(target)
        if unit is None:
            raise NotFoundError(
                tr("Tasks", "“{0}” was to be mapped to “{1}”, which is no member unit.").format(name, target)
            )
        self._remember(name, unit)
        return unit

    def _remember(self, name: str, unit: Unit) -> None:
        """``name`` as an alias of ``unit``: the next import, findings and folders know it."""
        if name_key(name) in self.by_alias or name_key(name) in self.by_key:
            return
        alias = UnitAlias(unit_id=unit.id, alias=name, key=name_key(name))
        self.session.add(alias)
        self.by_alias[alias.key] = unit.id

    def _new(self, name: str) -> Unit:
        unit = Unit(name=name, key=name_key(name), kind=guess_kind(name))
        self.told[name] = tr("Tasks", "created as a new unit ({0})").format(unit.kind)
        self.session.add(unit)
        self.session.flush()
        self.units.append(unit)
        self.resolver.add(unit.id, unit.name)
        self.by_key[unit.key] = unit
        self.by_bare.setdefault(name_key(without_place(unit.name)), []).append(unit)
        return unit

    def check(self) -> None:
        """UnknownUnits unless every name was matched; then the collective mappings are remembered."""
        if not self.unknown:
            if any(self.remembered.get(k) != v for k, v in self.learned.items()):
                row = self.session.get(Setting, COLLECTIVE_NAMES_KEY)
                merged = {**self.remembered, **self.learned}
                if row is None:
                    self.session.add(Setting(key=COLLECTIVE_NAMES_KEY, value=merged))
                else:
                    row.value = merged
            return
        if self.unknown:
            names = list(self.unknown)
            suggestions = {n: self.resolver.candidates(n) for n in names}
            raise UnknownUnits(names, suggestions)


# -- import -----------------------------------------------------------------------------------------------
@dataclass
class TaskImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)  # rows that are no tasks (notes, totals …)
    blank_kept: list[tuple[str, str]] = field(default_factory=list)  # (task, field) a blank cell left as it was
    checks: list[tuple[str, Check]] = field(default_factory=list)  # (task, cell) kept as written or inferred: 需核对
    names: list[tuple[str, str]] = field(default_factory=list)  # (name, what was done with it)
    unread: list[str] = field(default_factory=list)  # columns of the table not read ("F 手机")


@one_at_a_time(lambda: tr("TaskImport", "importing a task table"))
def import_tasks(
    db: Database,
    path: Path,
    *,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    create_units: bool = False,
    layout: Layout | None = None,
    progress: Progress | None = None,
    dry_run: bool = False,
    clear_blank: bool = False,
    strict: bool = False,
    corrections: dict[str, str] | None = None,
) -> TaskImportResult:
    """All or nothing. A task already imported (same code) is updated, not duplicated; its
    status, progress and 督办 stay as the office set them. ``dry_run``: everything is checked and
    counted, then nothing is kept. A cell that cannot be read is kept as written and listed in the
    result's ``checks`` (需核对) and on its task, unless ``strict`` refuses the table for it;
    ``corrections`` ({"表1 E12": text}) read the clerk's text in such a cell's place."""
    from desktop_app.exchange.tasks_xlsx import read_tasks

    check(progress, 0, 3, tr("Tasks", "Reading the workbook"))
    skipped: list[SkippedRow] = []
    present: set[str] = set()
    unread: list[str] = []
    year, spans_years = campaigns.year_hint(db)
    rows = read_tasks(
        Path(path),
        sheet,
        campaigns.phase_ends(db),
        layout,
        skipped,
        present,
        year=year,
        spans_years=spans_years,
        strict=strict,
        unread=unread,
        corrections=corrections,
    )
    check(progress, 1, 3, tr("Tasks", "Matching units and items"))
    result = TaskImportResult(skipped=skipped, unread=unread)
    with db.session() as session:
        campaign = campaigns.current(session)
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
        units.prepare(n for r in rows for role in (ROLE_LEAD, ROLE_RESPONSIBLE, ROLE_SUPPORT) for n in getattr(r, role))
        unit_ids = {r.code: _one_role_each({role: units.ids(getattr(r, role)) for role in ROLES}) for r in rows}
        for r in rows:  # a collective with no units yet stays on the task, to be expanded
            for role in (ROLE_LEAD, ROLE_RESPONSIBLE, ROLE_SUPPORT):
                for name in getattr(r, role):
                    if name in units.waiting:
                        reason = tr("Tasks", "no unit of the kind {0} yet: its units join the task once added.")
                        r.checks.append(
                            Check(
                                role,
                                name,
                                reason.format(units.waiting[name]),
                                r.place or f"{r.sheet} {r.row}",
                                False,
                                units.waiting[name],
                            )
                        )
        result.checks = [(r.code, c) for r in rows for c in r.checks]
        wording = {r.code: units.wording(r.wording) for r in rows}
        units.check()
        result.names = sorted(units.told.items())
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
                insert(Task),
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
                {"task_id": ids[row.code], "unit_id": uid, "role": role, "wording": wording[row.code].get(uid, "")}
                for _, row in fresh
                for role, unit_list in unit_ids[row.code].items()
                for uid in unit_list
            ]
            if links:
                conn.execute(insert(TaskUnit), links)
            linked = [{"task_id": ids[row.code], "item_id": items[no]} for _, row in fresh for no in set(row.items)]
            if linked:
                conn.execute(insert(TaskItem), linked)
            parents = [
                {"tid": ids[row.code], "pid": ids[row.parent]} for _, row in fresh if row.parent and row.parent in ids
            ]
            if parents:
                to_parent = update(Task).where(Task.id == bindparam("tid")).values(parent_id=bindparam("pid"))
                conn.execute(to_parent, parents)
            note = tr("Tasks", "Imported from {0}").format(source)
            conn.execute(
                insert(TaskEvent),
                [{"task_id": ids[row.code], "actor": actor, "kind": "import", "note": note} for _, row in fresh],
            )
            created = sorted(ids[row.code] for _, row in fresh)  # named, so the history check knows them
            audit.record(session, "import", "task", source, after={"created": len(fresh), "ids": created})
            result.created = len(fresh)
        for row in rows:
            task = existing.get(row.code)
            if task is None:
                continue
            # a column the table does not have leaves its field as it is (a table sent back without
            # the 责任单位 column must not drop every task's responsible units); so does a blank cell,
            # unless the clerk says blanks clear (``clear_blank``): each kept one is listed
            blank = _blank_fields(row, present, task) if not clear_blank else set()
            result.blank_kept.extend((row.code, tr("Tasks", label)) for label in sorted(_labels(blank)))
            kept_roles = {r for r in (ROLE_LEAD, ROLE_RESPONSIBLE, ROLE_SUPPORT) if r not in present or r in blank}
            kept = {(u.unit_id, u.role) for u in task.units if u.role in kept_roles}
            wanted_units = kept | {
                (uid, role)
                for role, unit_list in unit_ids[row.code].items()
                if role not in kept_roles
                for uid in unit_list
            }
            words = wording[row.code]
            have = {(u.unit_id, u.role, u.wording) for u in task.units}
            if have != {(uid, role, words.get(uid, "")) for uid, role in wanted_units}:
                task.units = [
                    TaskUnit(unit_id=uid, role=role, wording=words.get(uid, "")) for uid, role in sorted(wanted_units)
                ]
            wanted_items = {items[no] for no in row.items}
            if "items" in present and "items" not in blank and {i.item_id for i in task.items} != wanted_items:
                task.items = [TaskItem(item_id=i) for i in sorted(wanted_items)]
            corrected = corrected_fields(confirmed_kept(task.checks, row.checks))  # a person's reading stays
            for key, value in _fields(row, source).items():
                if key in _COLUMN_OF and _COLUMN_OF[key] in corrected:
                    continue
                if key in _COLUMN_OF and _COLUMN_OF[key] not in present and not (key == "content" and value):
                    continue
                if key in _COLUMN_OF and _COLUMN_OF[key] in blank:
                    continue
                if key == "targets" and "targets" not in present and "content" not in present:
                    continue
                if key == "checks":
                    value = confirmed_kept(task.checks, row.checks)
                setattr(task, key, value)
            task.parent_id = ids.get(row.parent) if row.parent else None
            changed = _changed(before[row.code], _snapshot(task))
            if changed:
                result.updated += 1
                note = tr("Tasks", "Updated from {0}: {1}").format(source, "、".join(changed))
                session.add(TaskEvent(task_id=task.id, actor=actor, kind="import", note=note))
            else:
                result.unchanged += 1
        if dry_run:
            session.rollback()
    check(progress, 3, 3)
    return result


def _one_role_each(ids: dict[str, list[int]]) -> dict[str, list[int]]:
    """A unit has one part in a task, the strongest it is given: a lead named again in a collective
    (区政府食安办牵头，…其他有关成员单位参与) is not also responsible."""
    taken: set[int] = set()
    found = {}
    for role in ROLES:  # lead, responsible, support
        found[role] = [uid for uid in ids.get(role, []) if uid not in taken]
        taken.update(found[role])
    return found


def _fields(row: TaskRow, source: str) -> dict[str, object]:
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
        "note": row.note,
        "checks": [c.to_json() for c in row.checks] or None,
        "milestones": [d.isoformat() for d in due.milestones] or None,
    }


#: the column a task's field comes from: without the column, an update leaves the field alone
_COLUMN_OF = {
    "content": "content",
    "deadline": "deadline",
    "deadline_text": "deadline",
    "deadline_kind": "deadline",
    "milestones": "deadline",
    "note": "note",
}
#: the snapshot's parts, as the history names them
_SNAPSHOT_LABELS = (
    mark("Tasks", "parent task"),
    mark("Tasks", "title"),
    mark("Tasks", "content"),
    mark("Tasks", "deadline"),
    mark("Tasks", "deadline"),
    mark("Tasks", "deadline"),
    mark("Tasks", "targets"),
    mark("Tasks", "units"),
    mark("Tasks", "indicator items"),
    mark("Tasks", "note"),
)


_BLANK_LABELS = {
    ROLE_LEAD: mark("Tasks", "lead units"),
    ROLE_RESPONSIBLE: mark("Tasks", "responsible units"),
    ROLE_SUPPORT: mark("Tasks", "supporting units"),
    "deadline": mark("Tasks", "deadline"),
    "content": mark("Tasks", "content"),
    "items": mark("Tasks", "indicator items"),
}


def _blank_fields(row: TaskRow, present: set[str], task: Task) -> set[str]:
    """The fields whose column the table has but whose cell is blank in ``row`` while the task has a
    value for them: kept as they are unless the clerk says blanks clear."""
    roles = {u.role for u in task.units}
    found = {
        r for r in (ROLE_LEAD, ROLE_RESPONSIBLE, ROLE_SUPPORT) if r in present and not getattr(row, r) and r in roles
    }
    if (
        "deadline" in present
        and row.deadline.kind == "none"
        and not row.deadline.text
        and (task.deadline or task.deadline_text)
    ):
        found.add("deadline")
    if "content" in present and not row.content and task.content:
        found.add("content")
    if "items" in present and not row.items and task.items:
        found.add("items")
    return found


def _labels(fields: set[str]) -> list[str]:
    return [_BLANK_LABELS[f] for f in fields]


def _changed(before: tuple[object, ...], after: tuple[object, ...]) -> list[str]:
    """What an update changed, as the history says it: 标题、完成时限 …"""
    found = [tr("Tasks", label) for label, a, b in zip(_SNAPSHOT_LABELS, before, after, strict=True) if a != b]
    return list(dict.fromkeys(found))


def _snapshot(task: Task) -> tuple[object, ...]:
    return (
        task.parent_id,
        task.title,
        task.content,
        task.deadline,
        task.deadline_text,
        task.deadline_kind,
        task.targets,
        frozenset((u.unit_id, u.role, u.wording) for u in task.units),
        frozenset(i.item_id for i in task.items),
        task.note,
    )


# -- the indicator responsibility table ---------------------------------------------------------------------
@dataclass
class AssignmentResult:
    items: int = 0
    assignments: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)  # category rows, notes …
    names: list[tuple[str, str]] = field(default_factory=list)  # (name, what was done with it)


@one_at_a_time(lambda: tr("TaskImport", "importing a responsibility table"))
def import_assignments(
    db: Database,
    path: Path,
    *,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
    create_units: bool = False,
    layout: Layout | None = None,
    progress: Progress | None = None,
    dry_run: bool = False,
) -> AssignmentResult:
    """Which units are responsible for which item; replaces the previous table as a whole."""
    from desktop_app.exchange.tasks_xlsx import read_assignments

    check(progress, 0, 2, tr("Tasks", "Reading the workbook"))
    skipped: list[SkippedRow] = []
    rows = read_assignments(Path(path), sheet, layout, skipped)
    check(progress, 1, 2, tr("Tasks", "Matching units and items"))
    with db.session() as session:
        campaign = campaigns.current(session)
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
        units.prepare(n for r in rows for n in (*r.lead, *r.departments))
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
        if dry_run:
            session.rollback()
    return AssignmentResult(items=len(rows), assignments=len(wanted), skipped=skipped, names=sorted(units.told.items()))
