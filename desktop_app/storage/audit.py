"""Audit trail: every change to an audited row is written to ``audit_log`` in the same flush.

A ``before_flush`` hook sees the session's new, changed and deleted objects and adds one
``AuditLog`` row each, with the column values before and after.  Who did it comes from
``session.info["actor"]`` (the OS user by default), so no service can forget it.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from desktop_app.storage.models import AuditLog, Base


def current_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name on some locked-down machines
        return os.environ.get("USERNAME") or "unknown"


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    return value


def _snapshot(obj: Base, *, committed: bool = False) -> dict[str, Any]:
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        hist = state.attrs[attr.key].history
        if committed:
            if hist.deleted:
                value = hist.deleted[0]
            elif hist.unchanged:
                value = hist.unchanged[0]
            else:
                value = None
        else:
            value = getattr(obj, attr.key)
        values[attr.key] = _json_value(value)
    return values


def _identity(obj: Base) -> str:
    state = inspect(obj)
    values = state.mapper.primary_key_from_instance(obj)
    return "/".join("" if v is None else str(v) for v in values)


def _audited(obj: object) -> bool:
    return isinstance(obj, Base) and getattr(type(obj), "__audited__", False)


def _before_flush(session: Session, flush_context: object, instances: object) -> None:
    actor = session.info.get("actor") or current_actor()
    pending: list[tuple[str, Base, dict[str, Any] | None]] = []
    for obj in session.new:
        if _audited(obj):
            pending.append(("create", obj, None))
    for obj in session.dirty:
        if _audited(obj) and session.is_modified(obj, include_collections=False):
            pending.append(("update", obj, _snapshot(obj, committed=True)))
    for obj in session.deleted:
        if _audited(obj):
            session.add(
                AuditLog(
                    actor=actor,
                    action="delete",
                    entity=obj.__tablename__,
                    entity_id=_identity(obj),
                    before=_snapshot(obj, committed=True),
                    after=None,
                )
            )
    if pending:
        session.info.setdefault("_audit_pending", []).extend(pending)


def _after_flush(session: Session, flush_context: object) -> None:
    """New rows get their primary key in the flush, so their entries are finished here."""
    pending = session.info.pop("_audit_pending", [])
    if not pending:
        return
    actor = session.info.get("actor") or current_actor()
    rows = []
    for action, obj, before in pending:
        after = _snapshot(obj)
        if before is not None:
            changed = {k for k in after if after[k] != before.get(k)}
            if not changed:
                continue
            before = {k: before[k] for k in changed}
            after = {k: after[k] for k in changed}
        rows.append(
            {
                "at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
                "actor": actor,
                "action": action,
                "entity": obj.__tablename__,
                "entity_id": _identity(obj),
                "before": before,
                "after": after,
            }
        )
    if rows:
        session.execute(insert(AuditLog), rows)


def install(session_class: type[Session]) -> None:
    """Attach the audit hooks to a session class (idempotent)."""
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
        event.listen(session_class, "after_flush", _after_flush)


def created(session: Session, entity: str, rows: list[dict[str, Any]]) -> None:
    """One "create" entry per row inserted in bulk outside the ORM (each row with its ``id``), as the
    hooks write for rows added through it."""
    actor = session.info.get("actor") or current_actor()
    at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    entries = [
        {
            "at": at,
            "actor": actor,
            "action": "create",
            "entity": entity,
            "entity_id": str(row["id"]),
            "before": None,
            "after": {k: _json_value(v) for k, v in row.items()},
        }
        for row in rows
    ]
    if entries:
        session.execute(insert(AuditLog), entries)


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """An explicit entry, for changes made in bulk outside the ORM (imports, demo data)."""
    session.add(
        AuditLog(
            actor=session.info.get("actor") or current_actor(),
            action=action,
            entity=entity,
            entity_id=entity_id,
            before=_json_value(before),
            after=_json_value(after),
        )
    )
