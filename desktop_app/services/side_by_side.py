"""Clerks working side by side on one campaign: a record is saved only as the clerk read it.

Tasks, units and evidence records carry a version (SQLAlchemy's ``version_id_col``): a save names
the version the clerk read, and one made meanwhile by someone else is refused with who made it and
when, so nothing is overwritten unseen. A save that races another to the very same moment is
caught by the version column itself (``Database.session`` says so in words).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.core.errors import ChangedMeanwhile
from desktop_app.storage.models import AuditLog

Row = TypeVar("Row", bound=Any)


def last_change(session: Session, entity: str, entity_id: int) -> tuple[str, str]:
    """Who changed a record last and when (local time, 月-日 时:分), from the history."""
    last = session.scalars(
        select(AuditLog)
        .where(AuditLog.entity == entity, AuditLog.entity_id == str(entity_id))
        .order_by(AuditLog.id.desc())
        .limit(1)
    ).first()
    if last is None:
        return "?", ""
    return last.actor, last.at.replace(tzinfo=dt.UTC).astimezone().strftime("%m-%d %H:%M")


def changed_since(version_read: int | None, version_now: int) -> bool:
    """Whether a record moved on since the clerk read it (None: the caller does not know, so no check)."""
    return version_read is not None and version_read != version_now


def as_read(session: Session, entity: str, row: Row, version: int | None, say: Callable[[str, str], str]) -> Row:
    """``row`` (a versioned record of table ``entity``), provided it is as the clerk read it; else
    ChangedMeanwhile with ``say(who, when)`` — the record's own words for who changed it and when."""
    if not changed_since(version, row.version):
        return row
    who, when = last_change(session, entity, row.id)
    raise ChangedMeanwhile(say(who, when))


__all__ = ["ChangedMeanwhile", "as_read", "changed_since", "last_change"]
