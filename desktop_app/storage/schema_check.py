"""Whether a SQLite file holds this program's schema and nothing else, and whether its rows' references
hold: what a restore asks of a backup's database before it is swapped in.

A backup is a file anybody can build. Its database must have exactly the tables, columns and indexes
the program makes (``storage.models`` and the search index of ``storage.fts``), no trigger or view
(a trigger would fire on the restore's own history entry), and no row pointing at a row that is not
there. Nothing here writes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.core.i18n import tr

#: the search index's virtual tables (storage.fts) and the tables SQLite's FTS5 keeps for each
FTS_TABLES = ("evidence_fts", "evidence_fts2")
_FTS_SHADOWS = ("_config", "_content", "_data", "_docsize", "_idx")
MAX_LISTED = 5


def _fts_names() -> set[str]:
    return {name + suffix for name in FTS_TABLES for suffix in ("", *_FTS_SHADOWS)}


def _connect(db_file: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)


def foreign_objects(db_file: Path, *, at_head: bool) -> list[str]:
    """What the file holds that the program does not make, or lacks of what it makes, in words: every
    trigger and view; and, for a file at this program's schema (``at_head``), a table, column or index
    too many or missing. An empty list for a file as the program writes it."""
    con = _connect(db_file)
    try:
        master = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        found = [f"{kind} {name}" for kind, name, _table, _sql in master if kind in ("trigger", "view")]
        if not at_head:
            return found
        from desktop_app.storage.models import Base

        ours = Base.metadata.tables
        tables = {name: sql or "" for kind, name, _table, sql in master if kind == "table"}
        fts = _fts_names()
        for name in sorted(set(tables) - set(ours) - {"alembic_version"}):
            virtual = name in FTS_TABLES and "USING FTS5" in tables[name].upper()
            if not (virtual or (name in fts and name not in FTS_TABLES)):
                found.append(tr("Schema", "table {0}").format(name))
        found += [tr("Schema", "no table {0}").format(t) for t in sorted(set(ours) - set(tables))]
        for name in sorted(set(ours) & set(tables)):
            columns = {row[1] for row in con.execute(f'PRAGMA table_info("{name}")')}
            wanted = {c.name for c in ours[name].columns}
            found += [tr("Schema", "column {0}.{1}").format(name, c) for c in sorted(columns - wanted)]
            found += [tr("Schema", "no column {0}.{1}").format(name, c) for c in sorted(wanted - columns)]
        indexes = {name for kind, name, _table, _sql in master if kind == "index"}
        made = {index.name for table in ours.values() for index in table.indexes if index.name}
        found += [
            tr("Schema", "index {0}").format(i) for i in sorted(indexes - made) if not i.startswith("sqlite_autoindex_")
        ]
        found += [tr("Schema", "no index {0}").format(i) for i in sorted(made - indexes)]
        return found
    finally:
        con.close()


def broken_references(db_file: Path) -> list[str]:
    """Rows pointing at a row that is not there (SQLite's foreign_key_check), the first few in words:
    “task_unit 第12行 → unit”."""
    con = _connect(db_file)
    try:
        rows = con.execute("PRAGMA foreign_key_check").fetchmany(MAX_LISTED)
    finally:
        con.close()
    return [tr("Schema", "{0} row {1} → {2}").format(table, rowid, parent) for table, rowid, parent, _fk in rows]
