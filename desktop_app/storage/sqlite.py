"""Everything SQLite-specific lives here: pragmas, file checks, online backup, error mapping.

Services and models use portable SQL; a PostgreSQL URL would bypass this module.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.errors import DatabaseError, DataDirError, explain_os_error
from desktop_app.core.i18n import tr

if TYPE_CHECKING:  # the plain read path (storage.plain) uses this module without SQLAlchemy
    from sqlalchemy.engine import Engine

HEADER = b"SQLite format 3\x00"


def check_file(path: Path) -> None:
    """Refuse anything that is not an SQLite database, without touching it."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(len(HEADER))
    except OSError as exc:
        raise DataDirError(
            tr("Storage", "The database file {0} cannot be read: {1}").format(path, exc.strerror or exc)
        ) from exc
    if head and head != HEADER:
        raise DatabaseError(
            tr(
                "Storage",
                "The file {0} is not a database of this program, or it is damaged. "
                "It was left untouched. Restore a backup, or choose another data folder.",
            ).format(path)
        )


def read_schema_state(path: Path) -> tuple[set[str], str | None]:
    """Table names and Alembic revision, read through a read-only connection that changes nothing."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return tables, revision
    finally:
        con.close()


def integrity_problem(path: Path, *, full: bool = False) -> str | None:
    """What SQLite's page check finds wrong with the file, or None when it is whole."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in con.execute(f"PRAGMA {pragma}(5)")]
        finally:
            con.close()
    except sqlite3.Error as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(str(r) for r in rows)[:300]


def configure(engine: Engine) -> None:
    """WAL journal, foreign keys and a busy timeout on every connection."""
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: object) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()


def backup(src: Path, dest: Path) -> Path:
    """Copy a live database through SQLite's backup API, check it, fsync, rename into place."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    if tmp.exists():
        tmp.unlink()
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
            result = target.execute("PRAGMA integrity_check").fetchone()[0]
            target.commit()
        finally:
            target.close()
    finally:
        source.close()
    if result != "ok":
        tmp.unlink(missing_ok=True)
        raise DatabaseError(tr("Storage", "The backup copy failed its integrity check: {0}").format(result))
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, dest)
    return dest


def known_error(exc: BaseException, path: Path | None = None) -> DatabaseError | DataDirError | None:
    """Map an SQLite or OS error to a message the user can act on, or None for a bug."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    where = str(path) if path else ""
    if "malformed" in text or "not a database" in text or "file is encrypted" in text:
        return DatabaseError(
            tr(
                "Storage",
                "The database {0} is damaged and cannot be read. It was left untouched; restore it from a backup.",
            ).format(where)
        )
    if "disk is full" in text or "disk i/o error" in text:
        return DatabaseError(
            tr("Storage", "The disk holding {0} is full or failing. Free some space and try again.").format(where)
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DataDirError(
            tr("Storage", "The data folder {0} cannot be written. Choose a folder you may write to.").format(where)
        )
    if "locked" in text:
        return DatabaseError(
            tr("Storage", "The database {0} is busy in another program. Close it and try again.").format(where)
        )
    if isinstance(exc, OSError):
        return explain_os_error(exc, path, data_folder=True)
    return None
