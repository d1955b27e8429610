"""What changed, when and by whom: the audit trail read back for people, in their words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.i18n import mark, tr
from desktop_app.core.rounds import round_label
from desktop_app.storage.database import Database
from desktop_app.storage.models import AuditLog, Base, ItemRow, Unit

# which recorded field names the thing that changed
_NAME_FIELDS = ("name", "title", "alias", "code", "key")

# The words for what happened and to what; every audited table has its name (a test checks).
ACTIONS = {
    "create": mark("History", "added"),
    "update": mark("History", "changed"),
    "delete": mark("History", "deleted"),
    "import": mark("History", "imported"),
    "restore": mark("History", "restored"),
    "move": mark("History", "moved"),
    "login": mark("History", "logged in"),
    "login_failed": mark("History", "failed to log in"),
}
ENTITIES = {
    "unit": mark("History", "unit"),
    "unit_alias": mark("History", "unit alias"),
    "campaign": mark("History", "campaign"),
    "phase": mark("History", "phase"),
    "rule_set": mark("History", "rule set"),
    "task": mark("History", "task"),
    "setting": mark("History", "setting"),
    "demo": mark("History", "demo data"),
    "evidence": mark("History", "evidence"),
    "item_mark": mark("History", "evidence mark"),
    "item_assignment": mark("History", "responsibility for an item"),
    "monthly_report": mark("History", "monthly report"),
    "monthly_bulletin": mark("History", "monthly bulletin text"),
    "report_archive": mark("History", "archived report"),
    "backup": mark("History", "backup"),
    "app_user": mark("History", "user"),
    "assess_score": mark("History", "self-assessment score"),
    "assess_veto": mark("History", "veto item"),
    "metric_value": mark("History", "measured value"),
    "inspection": mark("History", "inspection"),
    "finding": mark("History", "finding to rectify"),
    "assess_snapshot": mark("History", "self-assessment snapshot"),
    "report_round": mark("History", "reporting round"),
}
FIELDS = {
    "name": mark("History", "name"),
    "kind": mark("History", "type"),
    "leader": mark("History", "leader in charge"),
    "liaison": mark("History", "liaison"),
    "phone": mark("History", "phone"),
    "note": mark("History", "note"),
    "active": mark("History", "status"),
    "region": mark("History", "region"),
    "level": mark("History", "level"),
    "population": mark("History", "population"),
    "start_date": mark("History", "start"),
    "end_date": mark("History", "end"),
    "report_due_day": mark("History", "report due day"),
    "report_cycle": mark("History", "reporting cycle"),
    "due": mark("History", "due"),
    "scope": mark("History", "asks for"),
    "office": mark("History", "issuing office"),
    "rule_set_id": mark("History", "rule set"),
    "value": mark("History", "value"),
    "title": mark("History", "title"),
    "doc_no": mark("History", "document number"),
    "doc_date": mark("History", "document date"),
    "category": mark("History", "category"),
    "period": mark("History", "period"),
    "public": mark("History", "public or internal"),
    "item_id": mark("History", "item"),
    "unit_id": mark("History", "unit"),
    "review_state": mark("History", "review"),
    "review_comment": mark("History", "review comment"),
    "deleted_at": mark("History", "recycle bin"),
    "state": mark("History", "state"),
    "status": mark("History", "status"),
    "progress": mark("History", "progress"),
    "deadline": mark("History", "deadline"),
    "deadline_text": mark("History", "deadline"),
    "supervised": mark("History", "督办"),
    "submitted_at": mark("History", "day sent"),
    "summary": mark("History", "summary"),
    "number": mark("History", "issue number"),
    "issue_date": mark("History", "date of issue"),
    "overview": mark("History", "overview"),
    "problems": mark("History", "problems"),
    "next_steps": mark("History", "next steps"),
    "score": mark("History", "score"),
    "basis": mark("History", "basis"),
}


@dataclass
class Change:
    at: dt.datetime  # local time
    actor: str
    action: str  # create / update / delete / import
    entity: str  # table name, e.g. unit
    entity_id: str
    label: str  # the name of what changed, where the trail has it
    fields: list[str]  # for updates: the fields that changed


def describe(change: Change) -> str:
    """One line for a change, e.g. 修改 成员单位“市科技局”：状态 or 新增 月度报送“市食安办 2026年10月”."""
    action = tr("History", ACTIONS.get(change.action, "changed"))
    entity = tr("History", ENTITIES.get(change.entity, mark("History", "record")))
    text = f"{action} {entity}"
    if change.label:
        text += f"“{change.label}”"
    fields = list(dict.fromkeys(tr("History", FIELDS[f]) for f in change.fields if f in FIELDS))
    if fields:
        text += tr("History", ": {0}").format("、".join(fields))
    return text


def _local(at: dt.datetime) -> dt.datetime:
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _label(entry: AuditLog) -> str:
    for values in (entry.after or {}, entry.before or {}):
        for key in _NAME_FIELDS:
            if values.get(key):
                return str(values[key])
    return ""


class _Names:
    """Names of the units and items an entry refers to by id, looked up once per read."""

    def __init__(self, session: Session):
        self.session = session
        self._units: dict[int, str] | None = None
        self._items: dict[int, int] | None = None

    def unit(self, unit_id: object) -> str:
        if self._units is None:
            self._units = {uid: name for uid, name in self.session.execute(select(Unit.id, Unit.name))}
        return self._units.get(unit_id, "") if isinstance(unit_id, int) else ""

    def item(self, item_id: object) -> str:
        if self._items is None:
            self._items = {iid: no for iid, no in self.session.execute(select(ItemRow.id, ItemRow.no))}
        no = self._items.get(item_id) if isinstance(item_id, int) else None
        return f"({no})" if no is not None else ""


def _values(entry: AuditLog) -> dict[str, Any]:
    return {**(entry.before or {}), **(entry.after or {})}


def _own_label(entry: AuditLog, names: _Names) -> str:
    """A label for records named by what they belong to rather than by a name of their own."""
    values = _values(entry)
    month = values.get("month")
    month_text = round_label(month) if isinstance(month, str) else ""
    if entry.entity == "monthly_report":
        return " ".join(p for p in (names.unit(values.get("unit_id")), month_text) if p)
    if entry.entity == "monthly_bulletin":
        return month_text
    if entry.entity in ("item_assignment", "item_mark"):
        return " ".join(p for p in (names.item(values.get("item_id")), names.unit(values.get("unit_id"))) if p)
    return ""


def recent(db: Database, limit: int = 10) -> list[Change]:
    """The latest changes, newest first; an update's label is looked up when it changed no name."""
    return search(db, limit=limit)


def search(
    db: Database,
    *,
    actor: str | None = None,
    entity: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    words: str = "",
    limit: int = 5000,
) -> list[Change]:
    """Changes newest first, by who made them, what kind of record, between two days (local time,
    both included) and with ``words`` in their description (a unit's name, a task's title …)."""
    query = select(AuditLog).order_by(AuditLog.id.desc())
    if actor:
        query = query.where(AuditLog.actor == actor)
    if entity:
        query = query.where(AuditLog.entity == entity)
    if since is not None:
        query = query.where(AuditLog.at >= _utc(dt.datetime.combine(since, dt.time())))
    if until is not None:
        query = query.where(AuditLog.at < _utc(dt.datetime.combine(until + dt.timedelta(days=1), dt.time())))
    found = _changes(db, query.limit(limit if not words else limit * 10))
    if words:
        needle = words.strip().casefold()
        found = [c for c in found if needle in (describe(c) + c.actor + c.label).casefold()][:limit]
    return found


def last_change(db: Database) -> tuple[int, str, dt.datetime | None]:
    """The newest entry of the history — (its number, who, when in local time) — or (0, "", None):
    a window on a campaign others work on too compares it now and then to know when to read anew."""
    with db.read() as session:
        row = session.execute(
            select(AuditLog.id, AuditLog.actor, AuditLog.at).order_by(AuditLog.id.desc()).limit(1)
        ).first()
    if row is None:
        return 0, "", None
    return int(row[0]), row[1] or "", _local(row[2]) if row[2] is not None else None


def actors(db: Database) -> list[str]:
    """Everyone the history names, in name order."""
    with db.read() as session:
        return sorted(a for a in session.scalars(select(AuditLog.actor).distinct()) if a)


def export_xlsx(changes: list[Change], target: Path, title: str) -> Path:
    """The changes as a printable workbook: 时间, 人员, 操作."""
    from openpyxl import Workbook

    from desktop_app.exchange.xlsx_io import save_atomic, write_table

    wb = Workbook()
    ws = wb.active
    ws.title = "操作记录"
    rows = [(f"{c.at:%Y-%m-%d %H:%M:%S}", c.actor, describe(c)) for c in changes]
    write_table(ws, title, ["时间", "人员", "操作"], rows, [20, 16, 90])
    return save_atomic(wb, target)


def _utc(local: dt.datetime) -> dt.datetime:
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _changes(db: Database, query: Any) -> list[Change]:
    with db.read() as session:
        entries = list(session.scalars(query))
        names = _Names(session)
        labels: dict[int, str] = {}
        for entry in entries:
            label = _own_label(entry, names) or _label(entry)
            if not label and entry.action == "update":
                label = _current_name(session, entry.entity, entry.entity_id)
            labels[entry.id] = label
    return [
        Change(
            at=_local(e.at),
            actor=e.actor,
            action=e.action,
            entity=e.entity,
            entity_id=e.entity_id,
            label=labels[e.id],
            fields=sorted((e.after or {}).keys()) if e.action == "update" else [],
        )
        for e in entries
    ]


def _current_name(session: Session, entity: str, entity_id: str) -> str:
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__tablename__", None) == entity and len(mapper.primary_key) == 1:
            row = session.get(cls, int(entity_id)) if entity_id.isdigit() else None
            if row is not None:
                for key in _NAME_FIELDS:
                    value = getattr(row, key, None)
                    if value:
                        return str(value)
    return ""


@dataclass(frozen=True)
class ChainState:
    """The audit trail's hash chain: how many entries, its head (printed on reports), and the first
    entry that does not follow from the one before (changed, removed or moved), if any."""

    entries: int
    head: str
    broken_at: int | None

    @property
    def ok(self) -> bool:
        return self.broken_at is None

    @property
    def short_head(self) -> str:
        return self.head[:16]


def chain_state(db: Database) -> ChainState:
    """Re-compute the audit trail's chain from its first entry."""
    from desktop_app.core.audit_chain import GENESIS, broken

    with db.read() as session:
        rows = [
            dict(r)
            for r in session.execute(
                select(
                    AuditLog.id,
                    AuditLog.at,
                    AuditLog.actor,
                    AuditLog.action,
                    AuditLog.entity,
                    AuditLog.entity_id,
                    AuditLog.before,
                    AuditLog.after,
                    AuditLog.chain,
                ).order_by(AuditLog.id)
            ).mappings()
        ]
    return ChainState(len(rows), rows[-1]["chain"] if rows else GENESIS, broken(rows))


def chain_head(db: Database) -> str:
    """The chain value as reports print it: that of the last entry changing the data, so printing a
    report (itself kept in the report archive, and so in the history) does not change what the next
    print of the same data shows. ``audit verify`` checks the whole chain up to it and beyond."""
    from desktop_app.core.audit_chain import GENESIS

    with db.read() as session:
        last = session.scalar(
            select(AuditLog.chain).where(AuditLog.entity != "report_archive").order_by(AuditLog.id.desc()).limit(1)
        )
    return last or GENESIS
