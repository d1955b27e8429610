"""Whether every stored file is still what was filed, what interrupted work left behind, and mending it."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop_app.core import roles
from desktop_app.core.errors import explain_os_error
from desktop_app.core.progress import Progress, check
from desktop_app.services.evidence.records import store
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    Evidence,
    Setting,
    StoredFile,
    utcnow,
)

LAST_VERIFY_KEY = "evidence.last_verify"


@dataclass
class VerifyReport:
    checked: int
    missing: list[tuple[str, list[str]]]  # sha256, titles of the records using it
    altered: list[tuple[str, list[str]]]
    at: dt.datetime
    orphans: list[Path] = field(default_factory=list)  # store files no record uses (an interrupted filing)
    database: str | None = None  # what SQLite's full check found wrong with the database
    leftovers: list[Path] = field(default_factory=list)  # half-written copies, unpacked backups …

    @property
    def ok(self) -> bool:
        return not self.missing and not self.altered and self.database is None

    @property
    def clutter(self) -> list[Path]:
        """What ``repair`` would remove: nothing any record needs."""
        return [*self.orphans, *self.leftovers]


# -- integrity --------------------------------------------------------------------------------------------
def verify(db: Database, progress: Progress | None = None) -> VerifyReport:
    """Re-hash every stored file; list the missing and the altered ones with the records using them."""
    the_store = store(db)
    with db.read() as session:
        titles: dict[str, list[str]] = {}
        for sha, title in session.execute(select(Evidence.sha256, Evidence.title).order_by(Evidence.id)):
            titles.setdefault(sha, []).append(title)
        hashes = list(session.scalars(select(StoredFile.sha256).order_by(StoredFile.sha256)))
    missing, altered = [], []
    for index, sha in enumerate(hashes):
        check(progress, index, len(hashes))
        state = the_store.check(sha)
        if state == "missing":
            missing.append((sha, titles.get(sha, [])))
        elif state == "altered":
            altered.append((sha, titles.get(sha, [])))
    known = set(hashes)
    orphans = [p for p in the_store.files() if p.name not in known]
    damaged = db.check_integrity(full=True)
    report = VerifyReport(
        checked=len(hashes),
        missing=missing,
        altered=altered,
        at=utcnow(),
        orphans=orphans,
        leftovers=leftovers(db),
        database=damaged,
    )
    if damaged is not None:
        return report  # nothing is written into a damaged database
    with db.session(need=roles.SYSTEM) as session:
        summary = {
            "at": report.at.isoformat(timespec="seconds"),
            "checked": report.checked,
            "missing": len(missing),
            "altered": len(altered),
        }
        row = session.get(Setting, LAST_VERIFY_KEY)
        if row is None:
            session.add(Setting(key=LAST_VERIFY_KEY, value=summary))
        else:
            row.value = summary
    return report


def leftovers(db: Database) -> list[Path]:
    """What interrupted work left in the data folder: half-copied files in the store, folders a
    restore or a backup unpacked into and never removed, and half-written files of the folder's own
    (a restore's journal, a setting, a backup killed mid-write: ``.NAME.*.part``) — none while a
    restore journal is there (a restore under way is finished at the next start)."""
    from desktop_app.storage import restore_journal

    found = sorted(store(db).tmp.glob("*.part")) if store(db).tmp.exists() else []
    if not (db.data_dir / restore_journal.JOURNAL).exists():
        for pattern in (restore_journal.STAGING_PREFIX + "*", ".inspect-*", "tmp*"):
            found += sorted(p for p in db.data_dir.glob(pattern) if p.is_dir())
        found += sorted(p for p in db.data_dir.glob(".*.part") if p.is_file())
    return found


def repair(db: Database, report: VerifyReport) -> int:
    """Remove what ``verify`` found that no record needs (store files without a record, leftovers
    of interrupted work); returns how many were removed. Missing and altered files are not
    touched: they need a backup."""
    known: set[str]
    with db.read() as session:
        known = set(session.scalars(select(StoredFile.sha256)))
    removed = 0
    the_store = store(db)
    for path in report.orphans:
        if path.name not in known and the_store.has(path.name):  # still no record uses it
            the_store.remove(path.name)
            removed += 1
    for path in report.leftovers:
        try:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                os.chmod(path, stat.S_IREAD | stat.S_IWRITE)
                path.unlink()
            removed += 1
        except OSError as exc:
            raise explain_os_error(exc, path) from exc
    return removed


def last_verify(db: Database) -> dict[str, Any] | None:
    with db.read() as session:
        row = session.get(Setting, LAST_VERIFY_KEY)
        return dict(row.value) if row else None
