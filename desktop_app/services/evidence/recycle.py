"""The recycle bin: records moved there and back, and deleted for good with the files no record uses."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from desktop_app.core import roles
from desktop_app.core.errors import KnownError
from desktop_app.core.i18n import tr
from desktop_app.services.evidence import index as evidence_index
from desktop_app.services.evidence.records import rows_of, store
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    Evidence,
    StoredFile,
    utcnow,
)


# -- recycle bin ----------------------------------------------------------------------------------------
def move_to_bin(db: Database, ids: list[int]) -> int:
    """Deleting only moves records to the recycle bin; the files stay in the store."""
    return _set_deleted(db, ids, utcnow())


def restore(db: Database, ids: list[int]) -> int:
    return _set_deleted(db, ids, None)


def _set_deleted(db: Database, ids: list[int], when: dt.datetime | None) -> int:
    with db.session() as session:
        rows = rows_of(session, ids)
        for row in rows:
            row.deleted_at = when
        return len(rows)


def purge(db: Database, ids: list[int]) -> int:
    """Delete records from the recycle bin for good, and the stored files no record uses any more."""
    the_store = store(db)
    with db.session(need=roles.PURGE) as session:
        rows = list(session.scalars(select(Evidence).where(Evidence.id.in_(ids))))
        not_in_bin = [r.id for r in rows if r.deleted_at is None]
        if not_in_bin:
            raise KnownError(
                tr("Evidence", "Only records in the recycle bin can be deleted for good: {0}.").format(
                    "、".join(str(i) for i in not_in_bin)
                )
            )
        hashes = {r.sha256 for r in rows}
        evidence_index.forget(session, [r.id for r in rows])
        for row in rows:
            session.delete(row)
        session.flush()
        unused = [
            sha
            for sha in hashes
            if not session.scalar(select(func.count()).select_from(Evidence).where(Evidence.sha256 == sha))
        ]
        for sha in unused:
            session.delete(session.get(StoredFile, sha))
    for sha in unused:  # files go only after the records are gone for good
        the_store.remove(sha)
    return len(rows)
