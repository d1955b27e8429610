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

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session

from desktop_app.core.audit_chain import GENESIS, link
from desktop_app.storage.models import AuditLog, Base

HEAD_KEY = "_audit_head"  # session.info: (chain, time) of the last entry this transaction wrote


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
    counter = state.mapper.version_id_col  # the row's version is bookkeeping, not a change anyone made
    for attr in state.mapper.column_attrs:
        if counter is not None and counter in attr.columns:
            continue
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
    pending: list[tuple[str, Base, dict[str, Any] | None]] = []
    deleted: list[dict[str, Any]] = []
    for obj in session.new:
        if _audited(obj):
            pending.append(("create", obj, None))
    for obj in session.dirty:
        if _audited(obj) and session.is_modified(obj, include_collections=False):
            pending.append(("update", obj, _snapshot(obj, committed=True)))
    for obj in session.deleted:
        if _audited(obj):
            deleted.append(
                _entry(session, "delete", obj.__tablename__, _identity(obj), _snapshot(obj, committed=True), None)
            )
    if pending:
        session.info.setdefault("_audit_pending", []).extend(pending)
    if deleted:
        session.info.setdefault("_audit_deleted", []).extend(deleted)


def _after_flush(session: Session, flush_context: object) -> None:
    """New rows get their primary key in the flush, so their entries are finished here."""
    pending = session.info.pop("_audit_pending", [])
    rows = session.info.pop("_audit_deleted", [])
    for action, obj, before in pending:
        after = _snapshot(obj)
        if before is not None:
            changed = {k for k in after if after[k] != before.get(k)}
            if not changed:
                continue
            before = {k: before[k] for k in changed}
            after = {k: after[k] for k in changed}
        rows.append(_entry(session, action, obj.__tablename__, _identity(obj), before, after))
    _insert(session, rows)


def _entry(
    session: Session,
    action: str,
    entity: str,
    entity_id: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> dict[str, Any]:
    return {
        "at": dt.datetime.now(dt.UTC).replace(tzinfo=None),
        "actor": session.info.get("actor") or current_actor(),
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "before": _json_value(before),
        "after": _json_value(after),
    }


def _insert(session: Session, rows: list[dict[str, Any]]) -> None:
    """Write entries at the end of the chain: each one's chain value covers it and the one before
    (core.audit_chain). The last entry is read for update, so two writers chain one after the other."""
    if not rows:
        return
    last = session.execute(
        select(AuditLog.chain).order_by(AuditLog.id.desc()).limit(1).with_for_update()
    ).scalar_one_or_none()
    previous = last or GENESIS
    for row in rows:
        previous = row["chain"] = link(previous, row)
    session.execute(insert(AuditLog), rows)
    # the new head, written beside the database once the transaction commits (storage.history_head)
    session.info[HEAD_KEY] = (previous, rows[-1]["at"].isoformat(timespec="seconds"))


def install(session_class: type[Session]) -> None:
    """Attach the audit hooks to a session class (idempotent)."""
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
        event.listen(session_class, "after_flush", _after_flush)


def created(session: Session, entity: str, rows: list[dict[str, Any]]) -> None:
    """One "create" entry per row inserted in bulk outside the ORM (each row with its ``id``), as the
    hooks write for rows added through it."""
    _insert(session, [_entry(session, "create", entity, str(row["id"]), None, row) for row in rows])


def record(
    session: Session,
    action: str,
    entity: str,
    entity_id: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """An explicit entry, for changes made in bulk outside the ORM (imports, demo data, a restore)."""
    _insert(session, [_entry(session, action, entity, entity_id, before, after)])
