"""What changed, when and by whom: the audit trail read back for people."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.storage.database import Database
from desktop_app.storage.models import AuditLog

# which recorded field names the thing that changed
_NAME_FIELDS = ("name", "title", "alias", "code", "key")


@dataclass
class Change:
    at: dt.datetime  # local time
    actor: str
    action: str  # create / update / delete / import
    entity: str  # table name, e.g. unit
    entity_id: str
    label: str  # the name of what changed, where the trail has it
    fields: list[str]  # for updates: the fields that changed


def _local(at: dt.datetime) -> dt.datetime:
    return at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _label(entry: AuditLog) -> str:
    for values in (entry.after or {}, entry.before or {}):
        for key in _NAME_FIELDS:
            if values.get(key):
                return str(values[key])
    return ""


def recent(db: Database, limit: int = 10) -> list[Change]:
    """The latest changes, newest first; an update's label is looked up when it changed no name."""
    with db.read() as session:
        entries = list(session.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(limit)))
        names: dict[tuple[str, str], str] = {}
        for entry in entries:
            if entry.action == "update" and not _label(entry):
                names[(entry.entity, entry.entity_id)] = _current_name(session, entry.entity, entry.entity_id)
    return [
        Change(
            at=_local(e.at),
            actor=e.actor,
            action=e.action,
            entity=e.entity,
            entity_id=e.entity_id,
            label=_label(e) or names.get((e.entity, e.entity_id), ""),
            fields=sorted((e.after or {}).keys()) if e.action == "update" else [],
        )
        for e in entries
    ]


def _current_name(session, entity: str, entity_id: str) -> str:
    from desktop_app.storage.models import Base

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
