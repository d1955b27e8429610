"""Member units: list, add, edit, deactivate/restore, import from a workbook, find by name or alias."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.checks import Check, confirmed_kept
from desktop_app.core.errors import ImportRejected, KnownError, NotFoundError
from desktop_app.core.i18n import mark, tr
from desktop_app.core.progress import Progress, check
from desktop_app.core.tables import SkippedRow
from desktop_app.core.unit_names import Names
from desktop_app.core.units import (
    KINDS,
    UnitRecord,
    clean_name,
    clean_phone,
    guess_kind,
    members,
    name_key,
    name_problem,
    phone_problem,
)
from desktop_app.services.reads.units import UnitInfo as UnitInfo  # the read side lives there
from desktop_app.services.reads.units import list_units as list_units
from desktop_app.services.reads.units import office_order as office_order
from desktop_app.services.side_by_side import as_read
from desktop_app.storage.database import Database, one_at_a_time
from desktop_app.storage.models import Task, TaskUnit, Unit, UnitAlias


@dataclass
class ImportResult:
    created: int
    updated: int
    skipped: list[SkippedRow] = field(default_factory=list)  # rows that hold no unit, with why
    blank_kept: list[tuple[str, str]] = field(default_factory=list)  # (unit, field) a blank cell left alone
    checks: list[tuple[str, Check]] = field(default_factory=list)  # (unit, cell) kept as written: 需核对
    unread: list[str] = field(default_factory=list)  # columns of the list not read ("G 微信")
    #: each unit of the list as it is (or would be) saved
    rows: list[UnitRow] = field(default_factory=list)


class UnitRow(NamedTuple):
    """A unit of a list being imported, as the preview shows it."""

    name: str  # as the list writes it
    kind: str
    new: bool
    given: bool  # the kind is the list's or the clerk's, not guessed from the name
    known_as: str = ""  # the stored unit a short or full form of the name stands for (市城管局 → …)


def _info(u: Unit) -> UnitInfo:
    return UnitInfo(
        id=u.id,
        name=u.name,
        kind=u.kind,
        leader=u.leader,
        liaison=u.liaison,
        phone=u.phone,
        note=u.note,
        active=u.active,
        aliases=[a.alias for a in u.aliases],
        version=u.version or 1,
        checks=list(u.checks or []),
    )


def find(db: Database, name: str) -> UnitInfo | None:
    """The unit called ``name`` or known by it as an alias (spaces and bracket style ignored)."""
    with db.read() as session:
        unit = _find(session, name_key(name))
        return _info(unit) if unit else None


def _find(session: Session, key: str) -> Unit | None:
    unit = session.scalar(select(Unit).where(Unit.key == key))
    if unit is None:
        alias = session.scalar(select(UnitAlias).where(UnitAlias.key == key))
        unit = alias.unit if alias else None
    return unit


def _check(session: Session, record: UnitRecord, own_id: int | None, *, phone: bool = True) -> list[str]:
    problems = []
    for text in (record.name, *record.aliases):
        problem = name_problem(text)
        if problem:
            problems.append(problem)
            continue
        other = _find(session, name_key(text))
        if other is not None and other.id != own_id:
            problems.append(
                tr("Units", "“{0}” is already the unit “{1}” or one of its aliases.").format(text, other.name)
            )
    if record.kind not in KINDS:
        problems.append(tr("Units", "The type must be one of {0}.").format("、".join(KINDS)))
    problem = phone_problem(record.phone) if phone else None
    if problem:
        problems.append(problem)
    return problems


def _normalise(record: UnitRecord) -> UnitRecord:
    name = clean_name(record.name)
    aliases: list[str] = []
    for a in record.aliases:
        a = clean_name(a)
        if a and name_key(a) != name_key(name) and name_key(a) not in {name_key(x) for x in aliases}:
            aliases.append(a)
    return UnitRecord(
        name=name,
        kind=record.kind or guess_kind(name),
        leader=record.leader.strip(),
        liaison=record.liaison.strip(),
        phone=clean_phone(record.phone),
        note=record.note.strip(),
        aliases=aliases,
        row=record.row,
        checks=record.checks,
    )


def _apply(unit: Unit, record: UnitRecord) -> None:
    unit.name, unit.key, unit.kind = record.name, name_key(record.name), record.kind
    unit.leader, unit.liaison, unit.phone, unit.note = record.leader, record.liaison, record.phone, record.note
    wanted = {name_key(a): a for a in record.aliases}
    unit.aliases = [a for a in unit.aliases if a.key in wanted] + [
        UnitAlias(alias=text, key=key) for key, text in wanted.items() if key not in {a.key for a in unit.aliases}
    ]


def expand_waiting(session: Session) -> int:
    """Tasks that name a collective of a kind no unit had (各镇（街道） before any township was listed)
    get its units once there are some: the collective's check on the task is then settled. Returns
    how many collectives were expanded."""
    active = [(uid, kind) for uid, kind in session.execute(select(Unit.id, Unit.kind).where(Unit.active))]
    waiting = [tid for tid, checks in session.execute(select(Task.id, Task.checks)) if _waits(checks)]
    expanded = 0
    for task in session.scalars(select(Task).where(Task.id.in_(waiting))) if waiting else ():
        have = {(u.unit_id, u.role) for u in task.units}
        kept = []
        for check_ in task.checks or []:
            ids = members(str(check_["collective"]), active) if check_.get("collective") else []
            if not ids:
                kept.append(check_)
                continue
            expanded += 1
            for uid in ids:
                if (uid, check_["field"]) not in have:
                    task.units.append(TaskUnit(unit_id=uid, role=check_["field"]))
                    have.add((uid, check_["field"]))
        task.checks = kept or None
    return expanded


def _waits(checks: object) -> bool:
    return isinstance(checks, list) and any(isinstance(c, dict) and c.get("collective") for c in checks)


def add(db: Database, record: UnitRecord) -> UnitInfo:
    record = _normalise(record)
    with db.session() as session:
        problems = _check(session, record, None)
        if problems:
            raise KnownError(tr("Units", "The unit was not added."), problems)
        unit = Unit(name=record.name, key=name_key(record.name))
        _apply(unit, record)
        session.add(unit)
        session.flush()
        expand_waiting(session)
        return _info(unit)


def _as_read(session, unit: Unit, version: int | None) -> Unit:
    """The unit, provided no other clerk saved it since ``version`` was read; else who did and when."""
    return as_read(
        session,
        "unit",
        unit,
        version,
        lambda who, when: tr(
            "Units",
            "{0} was changed by {1} at {2} since you opened it. Nothing was saved; the list is reloaded — "
            "look again and save once more.",
        ).format(unit.name, who, when),
    )


def update(db: Database, unit_id: int, record: UnitRecord, *, version: int | None = None) -> UnitInfo:
    """Change a unit as the clerk typed it; ``version`` (from the UnitInfo read): refused with who
    changed it when someone else saved it meanwhile."""
    record = _normalise(record)
    with db.session() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise NotFoundError(tr("Units", "The unit no longer exists."))
        _as_read(session, unit, version)
        # a phone the import kept as written may stay as it is while other fields are edited
        kept_phone = record.phone == unit.phone and bool(unit.checks)
        problems = _check(session, record, unit_id, phone=not kept_phone)
        if problems:
            raise KnownError(tr("Units", "The unit was not changed."), problems)
        renamed = unit.name != record.name
        if record.phone != unit.phone and unit.checks:  # the clerk typed the phone: its check is done
            unit.checks = [c for c in unit.checks if c.get("field") != "phone"] or None
        _apply(unit, record)
        session.flush()
        if renamed:  # its evidence is found by the new name
            from desktop_app.services.evidence.index import reindex_unit

            reindex_unit(session, unit_id)
        return _info(unit)


def confirm_checks(db: Database, unit_id: int, *, version: int | None = None) -> UnitInfo:
    """A person has looked at what the import kept as written (需核对) and confirms it as it stands."""
    with db.session() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise NotFoundError(tr("Units", "The unit no longer exists."))
        _as_read(session, unit, version)
        unit.checks = [{**c, "confirmed": True} for c in unit.checks or []] or None
        session.flush()
        return _info(unit)


def set_active(db: Database, unit_id: int, active: bool, *, version: int | None = None) -> UnitInfo:
    """Units are deactivated, never deleted: their tasks, reports and evidence keep their owner."""
    with db.session() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise NotFoundError(tr("Units", "The unit no longer exists."))
        _as_read(session, unit, version)
        unit.active = active
        session.flush()
        return _info(unit)


_FIELD_LABELS = {
    "kind": mark("Units", "type"),
    "leader": mark("Units", "leader in charge"),
    "liaison": mark("Units", "liaison"),
    "phone": mark("Units", "phone"),
    "note": mark("Units", "note"),
}


@one_at_a_time(lambda: tr("Units", "importing a unit list"))
def import_xlsx(
    db: Database,
    path: Path,
    progress: Progress | None = None,
    *,
    clear_blank: bool = False,
    strict: bool = False,
    kinds: dict[str, str] | None = None,
    dry_run: bool = False,
    corrections: dict[str, str] | None = None,
) -> ImportResult:
    """All or nothing: every row is checked first; a re-import updates units instead of duplicating.
    A column the list lacks, or a blank cell, leaves a unit's field as it is (``clear_blank``: a
    blank cell clears it); each blank left so is listed in ``blank_kept``. A phone in no form of a
    phone number is kept as written and marked 需核对 (listed in ``checks``), unless ``strict``.
    ``kinds`` ({name: kind}) are the clerk's choices in the preview, over the list's or the guess;
    ``dry_run``: everything is checked and listed in ``rows``, then nothing is kept; ``corrections``
    ({"Sheet E5": text}) read the clerk's text in place of a phone kept as written."""
    wrong = [k for k in (kinds or {}).values() if k not in KINDS]
    if wrong:
        raise KnownError(tr("Units", "The type must be one of {0}.").format("、".join(KINDS)))
    from desktop_app.exchange import units_xlsx  # openpyxl only when a workbook is read

    skipped: list[SkippedRow] = []
    present: set[str] = set()
    unread: list[str] = []
    read = units_xlsx.read(Path(path), skipped, present, strict=strict, unread=unread, corrections=corrections)
    records = [_normalise(r) for r in read]
    chosen = {name_key(k): v for k, v in (kinds or {}).items()}
    for record in records:
        record.kind = chosen.get(name_key(record.name), record.kind)
    created = updated = 0
    blank_kept: list[tuple[str, str]] = []
    rows: list[UnitRow] = []
    with db.session() as session:
        # a short or full form of a unit already listed is that unit (市城管局, 市城市管理和综合执法局), of
        # the same place: a list is the office's own word on its units, so 区… is no 市… it already has
        stored = Names(
            session.execute(select(Unit.id, Unit.name)), session.execute(select(UnitAlias.alias, UnitAlias.unit_id))
        )
        problems = []
        for index, record in enumerate(records):
            check(progress, index, len(records), record.name)
            unit = _find(session, name_key(record.name))
            known_as, listed_name = "", record.name
            if unit is None and (match := stored.find(record.name, same_place=True)) is not None:
                unit = session.get(Unit, match.unit_id)
                if unit is not None:  # kept under its own name, the list's name remembered as an alias
                    known_as = unit.name
                    record.name = unit.name
                    record.aliases = [*record.aliases, listed_name]
            for text in record.aliases:
                other = _find(session, name_key(text))
                if other is not None and (unit is None or other.id != unit.id):
                    problems.append(
                        tr("Units", "Row {0}: the alias “{1}” already belongs to the unit “{2}”.").format(
                            record.row, text, other.name
                        )
                    )
            if problems:
                continue
            new = unit is None
            if unit is None:
                unit = Unit(name=record.name, key=name_key(record.name))
                session.add(unit)
                created += 1
            else:
                record.aliases = [*record.aliases, *(a.alias for a in unit.aliases)]
                for kept in ("kind", "leader", "liaison", "phone", "note"):
                    if kept == "kind" and name_key(listed_name) in chosen:
                        continue  # the clerk chose it in the preview
                    if kept not in present:  # no such column: the unit keeps what it has
                        setattr(record, kept, getattr(unit, kept))
                    elif not clear_blank and not getattr(record, kept) and getattr(unit, kept):
                        setattr(record, kept, getattr(unit, kept))  # a blank cell clears nothing
                        blank_kept.append((record.name, tr("Units", _FIELD_LABELS[kept])))
                updated += 1
            _apply(unit, record)
            unit.checks = confirmed_kept(unit.checks, [Check.from_json(c) for c in record.checks])
            session.flush()
            given = "kind" in present or name_key(listed_name) in chosen or not new  # else guessed from its name
            rows.append(UnitRow(listed_name, record.kind, new, given, known_as))
        if problems:
            raise ImportRejected(
                tr("Units", "The units in {0} were not imported: {1} problem(s) found.").format(
                    Path(path).name, len(problems)
                ),
                problems,
            )
        expand_waiting(session)
        check(progress, len(records), len(records))
        if dry_run:
            session.rollback()
    checks = [(r.name, Check.from_json(c)) for r in records for c in r.checks]
    return ImportResult(
        created=created,
        updated=updated,
        skipped=skipped,
        blank_kept=blank_kept,
        checks=checks,
        unread=unread,
        rows=rows,
    )


def export_xlsx(db: Database, target: Path) -> Path:
    from desktop_app.exchange import units_xlsx

    return units_xlsx.export(list_units(db), Path(target))
