"""Moving a campaign between one PC's file and the office's server, in one step and checked.

``move_to_server`` copies the data folder's campaign — every row of every table, the history as it
stands, and every evidence file — to an empty database on a PostgreSQL server and its shared
evidence folder; ``move_to_file`` copies a server campaign back into a new data folder, for an office
that archives a finished campaign on one PC. Either way the source is only read, every table is
compared row by row (a digest of its rows in key order on both sides) and every file by its SHA-256
before the move counts as done; the move itself is recorded in the copy's history.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from desktop_app.core import roles
from desktop_app.core import settings as spec
from desktop_app.core.errors import KnownError
from desktop_app.core.i18n import tr
from desktop_app.core.progress import Progress, check
from desktop_app.storage import audit, postgres
from desktop_app.storage.database import MOVE_UNFINISHED, Database, one_at_a_time
from desktop_app.storage.filestore import FileProblem, FileStore
from desktop_app.storage.models import Base, Campaign, Setting, StoredFile

BATCH = 1000


@dataclass
class Moved:
    tables: dict[str, int] = field(default_factory=dict)  # table → rows copied (and found equal)
    files: int = 0  # evidence files copied and checked
    target: str = ""


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)  # parents before children


def _self_references(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _order(table: Table) -> list[Any]:
    return list(table.primary_key.columns)


def _normal(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def digest(conn: Connection, table: Table) -> tuple[int, str]:
    """How many rows a table holds and a digest of them all, in key order, as both kinds of database
    return them."""
    h = hashlib.sha256()
    count = 0
    for row in conn.execute(select(table).order_by(*_order(table))):
        h.update(repr(tuple(_normal(v) for v in row)).encode("utf-8"))
        count += 1
    return count, h.hexdigest()


def _copy_rows(source: Connection, target: Connection, table: Table, progress: Progress | None) -> int:
    later = _self_references(table)  # a row may name a parent that comes after it: set them after
    copied = 0
    pending: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    pk = [c.name for c in table.primary_key.columns]

    def flush() -> None:
        if pending:
            target.execute(insert(table), pending)
            pending.clear()

    for row in source.execute(select(table).order_by(*_order(table))).mappings():
        values = dict(row)
        if later and any(values.get(c) is not None for c in later):
            links.append({**{f"k_{c}": values[c] for c in pk}, **{c: values[c] for c in later}})
            values.update(dict.fromkeys(later))
        pending.append(values)
        copied += 1
        if len(pending) >= BATCH:
            flush()
            check(progress, 0, 1, table.name)
    flush()
    if links:
        from sqlalchemy import bindparam

        statement = update(table).where(*(table.c[c] == bindparam(f"k_{c}") for c in pk))
        target.execute(statement.values({c: bindparam(c) for c in later}), links)
    return copied


def _reset_sequences(target: Connection) -> None:
    """After rows came with their own ids, a server's counters go on from the highest."""
    if target.dialect.name != "postgresql":
        return
    for table in _tables():
        if "id" in table.c and len(table.primary_key.columns) == 1 and table.c.id.primary_key:
            top = target.execute(select(func.max(table.c.id))).scalar()
            if top is not None:
                target.execute(
                    text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :n)"), {"t": table.name, "n": int(top)}
                )


def has_campaign(db: Database) -> bool:
    with db.engine.connect() as conn:
        return bool(conn.execute(select(func.count()).select_from(Campaign.__table__)).scalar())


def _empty(target: Database) -> None:
    if has_campaign(target):
        raise KnownError(
            tr(
                "Move",
                "The database there already holds a campaign; it was left as it was. Ask for an empty "
                "database, or back up and clear that one first.",
            )
        )


def _clear(conn: Connection) -> None:
    """Every row of every table gone (children first), for a copy that replaces what was there."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("DELETE FROM search_gram"))
    for table in reversed(_tables()):
        conn.execute(delete(table))


def _snapshot_of(source: Database) -> Connection:
    """A connection that sees the source as it stood at its first query, whatever others write meanwhile."""
    conn = source.engine.connect()
    if source.is_server:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
    return conn


def copy_campaign(
    source: Database,
    target: Database,
    source_store: FileStore,
    target_store: FileStore | None,
    *,
    progress: Progress | None = None,
    replace: bool = False,
    history: tuple[str, dict[str, Any]] | None = ("move", {}),
    keep_settings: tuple[str, ...] = (),
) -> Moved:
    """Every row and every evidence file of ``source`` into ``target`` — empty, or emptied first when
    ``replace`` — checked table by table and file by file. The evidence files go first (into
    ``target_store``; None to leave them where they are); the rows follow in one transaction, compared
    with the source's before it commits, so a failure anywhere leaves the target as it was (at most
    with files no row names yet, which the integrity check reports). ``history``: the entry the copy
    records in its own history (action, details), or None for none. ``keep_settings``: the target's
    own settings (such as where its evidence is kept) that stay as they were."""
    if not replace:
        _empty(target)
    moved = Moved()
    tables = _tables()
    steps = len(tables) * 2 + 2
    with _snapshot_of(source) as src:
        shas = [row[0] for row in src.execute(select(StoredFile.sha256).order_by(StoredFile.sha256))]
        if target_store is not None:
            check(progress, 0, steps, tr("Move", "evidence files"))
            for sha in shas:
                original = source_store.path_of(sha)
                if not original.exists():
                    continue  # a file already missing is reported by the integrity check, as before
                if target_store.put(original).sha256 != sha:
                    raise KnownError(
                        tr("Move", "The copy of an evidence file differs from the original ({0}).").format(sha)
                    )
                moved.files += 1
        from desktop_app.services.evidence import index as evidence_index

        with target.session(need=roles.SYSTEM) as session:
            dst = session.connection()
            own = session.scalars(select(Setting).where(Setting.key.in_(keep_settings)))
            kept = [(row.key, row.value) for row in own]
            dst.execute(delete(Setting).where(Setting.key.in_(keep_settings)))  # back once the copy is compared
            if replace:
                _clear(dst)
            for index, table in enumerate(tables):
                check(progress, 1 + index, steps, table.name)
                moved.tables[table.name] = _copy_rows(src, dst, table, progress)
            _reset_sequences(dst)
            for index, table in enumerate(tables):  # row by row: the same rows in the same order on both sides
                check(progress, 1 + len(tables) + index, steps, table.name)
                if digest(src, table) != digest(dst, table):
                    raise KnownError(tr("Move", "The copy of table {0} differs from the original.").format(table.name))
            for key, value in kept:
                dst.execute(delete(Setting).where(Setting.key == key))
                dst.execute(insert(Setting).values(key=key, value=value))
            evidence_index.index_all(session)  # the copy's own search index
            if history is not None:
                action, details = history
                after = {"rows": sum(moved.tables.values()), "files": moved.files, **details}
                audit.record(session, action, "campaign", "1", after=after)
    if target.is_server:
        from desktop_app.storage import postgres

        postgres.tidy(target.engine)
    check(progress, steps, steps)
    return moved


def snapshot(source: Database, folder: Path) -> Path:
    """The campaign's rows as they stand at one moment, in a database file of its own in ``folder``
    (what a backup of a server campaign holds); the evidence files stay where they are."""
    from desktop_app.services import evidence

    copy = Database.open(Path(folder))
    try:
        copy_campaign(source, copy, evidence.store(source), None, history=None)
        _own_store(copy)
        return copy.path
    finally:
        copy.close()


def move_to_server(db: Database, url: str, store_folder: Path | None, *, progress: Progress | None = None) -> Moved:
    """The data folder's campaign onto the server at ``url`` (an empty database), its evidence into
    ``store_folder`` (the shared folder every clerk's PC reaches), or with None into the server's
    database itself; the file is left as it was."""
    from desktop_app.services import settings as settings_service
    from desktop_app.services import users
    from desktop_app.storage.blobstore import DatabaseStore

    users.require(db, roles.MOVE)  # before any connection: the data goes nowhere on a lesser role's word
    if db.is_server:
        raise KnownError(tr("Move", "This campaign is on a server already."))
    target = Database.open_server(db.data_dir, url, create=True, mark_unfinished=str(db.path))
    try:
        again = _marked(target)  # an interrupted move into it is started over, replacing its copy
        if again and not has_campaign(target):
            again = False  # marked with its tables: nothing copied yet
        elif not again:
            _empty(target)
            _mark(target, str(db.path))
        if store_folder is None:
            target_store: FileStore = DatabaseStore(target.engine, db.data_dir / "cache" / "store")
        else:
            target_store = FileStore(Path(store_folder))
        moved = _copied(db, target, target_store, url, progress, again)
        if store_folder is None:
            settings_service.set_value(target, spec.STORE_KIND, spec.IN_DATABASE)
        else:
            settings_service.set_value(target, spec.STORE_FOLDER, str(Path(store_folder)))
        _unmark(target)  # the last step: from now on clients open it
        moved.target = url
        return moved
    except SQLAlchemyError as exc:  # the server's disk full or the connection lost after the copy
        raise _unfinished_error(postgres.explain(exc, url), url) from exc
    finally:
        target.close()


def _copied(
    source: Database, target: Database, target_store: FileStore, where: str, progress: Progress | None, again: bool
) -> Moved:
    """copy_campaign for a move, its failures in the office's words, saying the copy stays unfinished."""
    from desktop_app.services import evidence

    try:
        return copy_campaign(
            source,
            target,
            evidence.store(source),
            target_store,
            progress=progress,
            replace=again,
            keep_settings=(MOVE_UNFINISHED,),
        )
    except FileProblem as exc:  # a file the target's store refused (its disk full)
        raise _unfinished_error(KnownError(str(exc)), where) from exc
    except KnownError as exc:
        raise _unfinished_error(exc, where) from exc


def _unfinished_error(exc: KnownError, where: str) -> KnownError:
    from desktop_app.storage import postgres

    shown = postgres.shown(where) if postgres.is_server_url(where) else where
    return KnownError(
        exc.message,
        [
            *exc.details,
            tr(
                "Move",
                "The copy in {0} is marked unfinished (迁移未完成): nobody opens it. Run the move again once the "
                "cause is mended; it starts over.",
            ).format(shown),
        ],
    )


def _marked(target: Database) -> bool:
    with target.engine.connect() as conn:
        return conn.execute(select(Setting.key).where(Setting.key == MOVE_UNFINISHED)).first() is not None


def _mark(target: Database, source: str) -> None:
    """Written (and committed) before anything is copied: until ``_unmark``, the copy is not opened."""
    with target.engine.begin() as conn:
        conn.execute(
            insert(Setting).values(
                key=MOVE_UNFINISHED, value={"from": source, "at": dt.datetime.now().isoformat(timespec="seconds")}
            )
        )


def _unmark(target: Database) -> None:
    with target.engine.begin() as conn:
        conn.execute(delete(Setting).where(Setting.key == MOVE_UNFINISHED))


def discard_unfinished(target: Database) -> int:
    """Remove the rows of a copy whose move did not finish (the server's database is left empty, as it
    was before the move); returns how many tables were emptied. A campaign not so marked is refused."""
    if not _marked(target):
        raise KnownError(tr("Move", "The campaign there is no unfinished copy; it was left as it was."))
    with target.engine.begin() as conn:
        _clear(conn)
    return len(_tables())


@one_at_a_time(lambda: tr("Move", "moving the campaign to a file"))
def move_to_file(db: Database, data_dir: Path, *, progress: Progress | None = None) -> Moved:
    """A server campaign into a new data folder of its own (its file and its evidence store)."""
    from desktop_app.services import users

    users.require(db, roles.MOVE)
    if not db.is_server:
        raise KnownError(tr("Move", "This campaign is in a file already."))
    data_dir = Path(data_dir)
    if data_dir.exists() and any(data_dir.iterdir()):
        raise KnownError(tr("Move", "The folder {0} is not empty; choose a new folder.").format(data_dir))
    target = Database.open(data_dir)
    try:
        _mark(target, postgres.shown(db.url))
        moved = _copied(db, target, FileStore(data_dir / "store"), str(data_dir), progress, False)
        _own_store(target)
        _unmark(target)
        moved.target = str(data_dir)
        return moved
    finally:
        target.close()


def _own_store(target: Database) -> None:
    """A file copy keeps its evidence in its own data folder, not in the server's shared one."""
    with target.engine.begin() as conn:
        conn.execute(delete(Setting).where(Setting.key.in_((spec.STORE_FOLDER.key, spec.STORE_KIND.key))))
