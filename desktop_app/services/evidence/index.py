"""The evidence search index: each record's title, 文号, note, unit and file text, kept in step as
records are filed, edited, renamed, read or purged (SQLite FTS5 behind ``storage.fts``; on a
PostgreSQL server, ``storage.pg_search``)."""

from __future__ import annotations

from types import ModuleType

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.storage import fts, pg_search
from desktop_app.storage.models import Evidence, EvidenceText, Unit


def backend(bind: object) -> ModuleType:
    """The search index of this kind of database: SQLite's FTS5, or the server's pieces table."""
    return fts if getattr(getattr(bind, "dialect", None), "name", "sqlite") == "sqlite" else pg_search


def searchable(session: Session) -> bool:
    """Whether this database keeps a search index (both kinds do)."""
    return session.get_bind().dialect.name in ("sqlite", "postgresql")


def index(session: Session, ids: list[int]) -> None:
    """Put these records (title, 文号, note, unit, extracted text) into the search index."""
    if not ids or not searchable(session):
        return
    rows = session.execute(
        select(
            Evidence.id,
            Evidence.title,
            Evidence.doc_no,
            Evidence.note,
            func.coalesce(Unit.name, ""),
            func.coalesce(EvidenceText.text, ""),
        )
        .outerjoin(Unit, Unit.id == Evidence.unit_id)
        .outerjoin(EvidenceText, EvidenceText.sha256 == Evidence.sha256)
        .where(Evidence.id.in_(ids))
    )
    backend(session.get_bind()).index(session.connection(), [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows])


def index_all(session: Session, batch: int = 5000) -> None:
    """(Re)build the search index for every record (after a bulk load)."""
    ids = list(session.scalars(select(Evidence.id).order_by(Evidence.id)))
    for start in range(0, len(ids), batch):
        index(session, ids[start : start + batch])


def reindex_unit(session: Session, unit_id: int) -> None:
    """After a unit was renamed: its records become findable by the new name."""
    index(session, list(session.scalars(select(Evidence.id).where(Evidence.unit_id == unit_id))))


def reindex_sha(session: Session, sha256: str) -> None:
    """After a file's text was read: every record using the file becomes findable by it."""
    index(session, list(session.scalars(select(Evidence.id).where(Evidence.sha256 == sha256))))


def forget(session: Session, ids: list[int]) -> None:
    """Records purged for good leave the index."""
    if ids and searchable(session):
        backend(session.get_bind()).remove(session.connection(), ids)
