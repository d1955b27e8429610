"""Opening the data folder's database: checks, migrations, sessions.

``Database.open(data_dir)`` refuses a damaged, foreign or too-new file with a clear
message and never overwrites it; an older schema is copied aside first and migrated.
"""

from __future__ import annotations

import datetime as dt
import functools
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop_app.core import roles
from desktop_app.core.errors import ChangedMeanwhile, DatabaseError, KnownError
from desktop_app.core.i18n import tr
from desktop_app.paths import DB_FILE_NAME
from desktop_app.storage import audit, fts, history_head, migrate, postgres, restore_journal, sqlite
from desktop_app.storage.audit import current_actor
from desktop_app.storage.datadir import ensure_data_dir

if TYPE_CHECKING:
    from desktop_app.storage.models import Base


class AuditedSession(Session):
    """The session class services use; its flushes write the audit trail."""


audit.install(AuditedSession)


@dataclass(frozen=True)
class LoggedIn:
    """Who is working: the history records this name, and the role decides what may be written."""

    name: str
    role: str


class PermissionDenied(KnownError):
    """The logged-in person's role does not allow this."""


#: a setting the move writes first and removes last: a campaign holding it is a copy not finished
MOVE_UNFINISHED = "move.unfinished"


def _mark_unfinished(conn: Any, source: str) -> None:
    """The move's mark (MOVE_UNFINISHED), written in the caller's transaction."""
    from sqlalchemy import insert

    from desktop_app.storage.models import Setting

    stamp = dt.datetime.now().isoformat(timespec="seconds")
    conn.execute(insert(Setting).values(key=MOVE_UNFINISHED, value={"from": source, "at": stamp}))


class UnfinishedMove(DatabaseError):
    """The campaign here is the copy of a move that did not finish; nothing should work on it."""


def _unfinished(db: Database, where: str) -> UnfinishedMove | None:
    """Why the campaign must not be opened when a move into it did not finish (None when it did)."""
    from sqlalchemy import text

    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT 1 FROM setting WHERE key = :k"), {"k": MOVE_UNFINISHED}).first()
    if row is None:
        return None
    if db.is_server:
        finish = tr(
            "Storage", "To finish it, run the move again on the PC it came from: foodsafety-desk db move-to {0}"
        )
        remove = tr("Storage", "To remove the unfinished copy: foodsafety-desk --database {0} db discard-move")
        steps = [finish.format(where), remove.format(where)]
    else:
        again = tr("Storage", "Remove the folder {0} and move the campaign from the server again (db move-to-file).")
        steps = [again.format(where)]
    said = tr("Storage", "迁移未完成: the campaign in {0} is a copy whose move was interrupted; it was not opened.")
    return UnfinishedMove(said.format(where), steps)


class Database:
    def __init__(self, data_dir: Path, url: str | None = None):
        self.data_dir = Path(data_dir)
        self.path = self.data_dir / DB_FILE_NAME
        # Services use portable SQL only; another database server would need a URL here and its
        # own checks in open(), nothing else.
        self.url = url or f"sqlite:///{self.path}"
        self.is_sqlite = self.url.startswith("sqlite")
        self.is_server = postgres.is_server_url(self.url)
        if self.is_server:
            self.engine: Engine = postgres.engine(self.url)
        else:
            self.engine = create_engine(self.url, future=True)
        if self.is_sqlite:
            sqlite.configure(self.engine)
        self._sessions = sessionmaker(self.engine, class_=AuditedSession, expire_on_commit=False)
        self.notice: str | None = None  # what the user must hear about opening it (a restore finished)
        self.damaged: str | None = None  # what check_integrity found wrong; then nothing is written
        self.user: LoggedIn | None = None  # the person logged in, when the office has users on
        self._work_held: dict[int, int] = {}  # thread → depth of exclusive() it is in

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open_server(
        cls, data_dir: Path, url: str, *, create: bool = False, mark_unfinished: str | None = None
    ) -> Database:
        """Open (and if needed migrate) the campaign on a PostgreSQL server (server mode): ``data_dir``
        stays the local folder for logs and the like. A foreign or newer database on the server is
        refused and left untouched, as a file would be; an empty one gets the program's tables only
        when ``create`` (setting a campaign up there: ``init``, ``demo``, a move) — a read or an
        ordinary command refuses it, writing nothing (not even into the server's maintenance database).
        ``mark_unfinished`` (a move's source): an empty database gets its tables and the move's mark in
        one transaction, so no moment shows tables without a campaign and without the mark."""
        data_dir = Path(data_dir)
        ensure_data_dir(data_dir)
        db = cls(data_dir, url)
        try:
            tables, current = postgres.schema_state(db.engine, url)
            check_revision(postgres.shown(url), tables, current)
            if not tables and not create:
                raise DatabaseError(
                    tr(
                        "Storage",
                        "The database {0} on the server is empty: no campaign is there. Move one up with "
                        "“db move-to” (设置 › 迁移到服务器), or set one up there with “init”.",
                    ).format(postgres.shown(url))
                )
            if current != migrate.HEAD:
                then = None
                if not tables and mark_unfinished is not None:
                    then = functools.partial(_mark_unfinished, source=mark_unfinished)
                migrate.upgrade(db.engine, then=then)
            if not create:  # a move into it that did not finish
                unfinished = _unfinished(db, postgres.shown(url))
                if unfinished is not None:
                    raise unfinished
        except (SQLAlchemyError, OSError) as exc:
            db.close()
            raise postgres.explain(exc, url) from exc
        except BaseException:
            db.close()
            raise
        return db

    @classmethod
    def open(
        cls, data_dir: Path, *, finish_restore: bool = False, url: str | None = None, create: bool = False
    ) -> Database:
        """Open (and if needed create or migrate) the database in ``data_dir``. ``finish_restore``
        (for a caller holding the folder's lock): finish a restore a kill interrupted, and say so in
        ``notice``; a folder whose database is missing beside its data is refused with the way back.

        An existing file is examined read-only first: a damaged, foreign or newer file is
        refused before anything (not even a pragma) has been written to it.
        """
        if postgres.is_server_url(url):
            assert url is not None  # for the type checker: is_server_url said so
            return cls.open_server(data_dir, url, create=create)
        data_dir = Path(data_dir)
        ensure_data_dir(data_dir)
        notice = None
        if (data_dir / restore_journal.JOURNAL).exists():  # a restore a kill interrupted
            if not finish_restore:
                raise DatabaseError(
                    tr(
                        "Storage",
                        "A restore of a backup into {0} has not finished. Open the program (or run a command "
                        "that changes data) to finish it.",
                    ).format(data_dir)
                )
            notice = restore_journal.recover(data_dir)
        missing = restore_journal.missing_database(data_dir)
        if missing is not None:
            raise missing
        path = data_dir / DB_FILE_NAME
        tables: set[str] = set()
        current = None
        if path.exists() and path.stat().st_size > 0:
            sqlite.check_file(path)
            try:
                tables, current = sqlite.read_schema_state(path)
            except sqlite3.Error as exc:
                raise (sqlite.known_error(exc, path) or exc) from exc
        check_revision(path, tables, current)
        db = cls(data_dir)
        db.notice = notice
        try:
            if current != migrate.HEAD:
                if current is not None:
                    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                    sqlite.backup(path, data_dir / "backups" / f"before-migration-{current}-{stamp}.db")
                migrate.upgrade(db.engine)
            if db.is_sqlite:
                with db.engine.begin() as conn:
                    fts.ensure(conn)
            unfinished = _unfinished(db, str(data_dir)) if not create else None
            if unfinished is not None:
                raise unfinished
        except (SQLAlchemyError, OSError) as exc:
            db.close()
            known = sqlite.known_error(exc, path)
            if known:
                raise known from exc
            raise
        except BaseException:
            db.close()
            raise
        return db

    # -- sessions --------------------------------------------------------------------------------
    @contextmanager
    def session(self, actor: str | None = None, *, need: str = roles.EDIT) -> Iterator[Session]:
        """A unit of work: commits at the end, rolls back on any error. ``need`` says what the write
        is (core.roles): with users on, a person whose role lacks it is refused here, whatever window
        or command asked. A database found damaged (``check_integrity``) is written to no more."""
        if self.user is not None and not roles.allows(self.user.role, need):
            raise PermissionDenied(
                tr("Storage", "{0} ({1}) may not do this; ask an administrator.").format(self.user.name, self.user.role)
            )
        if self.damaged is not None:
            raise DatabaseError(
                tr(
                    "Storage",
                    "The database {0} is damaged ({1}); nothing more is written to it. "
                    "Restore the last good backup (检查与备份 → 从备份恢复).",
                ).format(self.path, self.damaged)
            )
        session = self._sessions()
        session.info["actor"] = actor or (self.user.name if self.user is not None else current_actor())
        try:
            yield session
            session.commit()
            head = session.info.pop(audit.HEAD_KEY, None)
            if head is not None and self.is_sqlite:
                history_head.write(self.data_dir, *head)
        except StaleDataError as exc:  # a versioned row another clerk saved first (storage.models.Task)
            session.rollback()
            raise ChangedMeanwhile(
                tr("Storage", "Someone else saved this record a moment ago; nothing was saved. Reload and try again.")
            ) from exc
        except DBAPIError as exc:
            session.rollback()
            if self.is_sqlite:
                known = sqlite.known_error(exc, self.path)
            else:
                known = postgres.known_error(exc, self.url) if self.is_server else None
            if known:
                raise known from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def exclusive(self, work: str) -> Iterator[None]:
        """Work that must not run twice at once on one campaign — an import, a backup, a restore —
        described in ``work`` (“正在导入任务表”). On a server, a second clerk who tries meanwhile is
        told who runs what (storage.postgres.BusyElsewhere); in a data folder on one PC the folder's
        own lock already lets only one program write. Nested calls on one thread hold it once."""
        thread = threading.get_ident()
        if not self.is_server or self._work_held.get(thread):
            self._work_held[thread] = self._work_held.get(thread, 0) + 1
            try:
                yield
            finally:
                self._work_held[thread] -= 1
            return
        who = self.user.name if self.user is not None else current_actor()
        with postgres.work_lock(self.engine, self.url, work, who):
            self._work_held[thread] = 1
            try:
                yield
            finally:
                self._work_held[thread] = 0

    def read(self) -> Session:
        """A session for reading only (the caller closes it)."""
        return self._sessions()

    def one_of(self, column: Any, values: Iterable[object]) -> Any:
        """``column IN values`` as this database asks it best: on a server one array parameter (the same
        statement whatever the number of values, so neither the driver nor the server parses it anew),
        on SQLite a list of values."""
        values = list(values)
        if self.is_server:
            from sqlalchemy import any_, bindparam
            from sqlalchemy.dialects.postgresql import ARRAY

            return column == any_(bindparam(None, values, type_=ARRAY(column.type)))
        return column.in_(values)

    def insert_rows(self, session: Session, model: type[Base], rows: Sequence[Mapping[str, object]]) -> None:
        """Plain rows into ``model``'s table in the session's transaction, as this database takes many
        rows best: on a server one COPY (one round trip, where an executemany makes one a row), on
        SQLite one executemany. Each row names the same columns and gives every value: neither way
        applies the models' defaults."""
        if not rows:
            return
        connection = session.connection()
        if self.is_server:
            columns = list(rows[0])
            postgres.copy_rows(connection, model.__tablename__, columns, ([row[c] for c in columns] for row in rows))
        else:
            from sqlalchemy import insert

            connection.execute(insert(model), [dict(row) for row in rows])

    @contextmanager
    def reading(self) -> Iterator[Callable[..., list[tuple[Any, ...]]]]:
        """Plain SELECTs (``storage.plain``) on this database, all in one read: the same SQL a
        ``PlainReader`` runs on the file, here through the opened engine (and so on a server)."""
        server = not self.is_sqlite

        with self.read() as session:
            connection = session.connection()

            def run(sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
                if server:  # psycopg's placeholders
                    sql = sql.replace("?", "%s")
                return [tuple(row) for row in connection.exec_driver_sql(sql, tuple(params))]

            yield run

    def backup_to(self, dest: Path) -> Path:
        return sqlite.backup(self.path, dest)

    def check_integrity(self, *, full: bool = False) -> str | None:
        """SQLite's own check of every page (``quick_check``, or ``integrity_check`` when ``full``),
        through a read-only connection; what it found, or None when the database is whole. A damaged
        database is marked so that nothing more is written to it."""
        if not self.is_sqlite:
            return None
        problem = sqlite.integrity_problem(self.path, full=full)
        if problem is not None:
            self.damaged = problem
        return problem

    def close(self) -> None:
        self.engine.dispose()


P = ParamSpec("P")
R = TypeVar("R")


def one_at_a_time(
    work: Callable[[], str],
) -> Callable[[Callable[Concatenate[Database, P], R]], Callable[Concatenate[Database, P], R]]:
    """A service function (taking the Database first) that runs under ``Database.exclusive``;
    ``work`` says what it does, in the words another clerk is shown (called when it runs, so the
    words are in the interface's language). A call with ``dry_run=True`` writes nothing and runs
    without it: a clerk may preview an import while another clerk imports."""

    def wrap(fn: Callable[Concatenate[Database, P], R]) -> Callable[Concatenate[Database, P], R]:
        @functools.wraps(fn)
        def run(db: Database, /, *args: P.args, **kwargs: P.kwargs) -> R:
            if kwargs.get("dry_run"):
                return fn(db, *args, **kwargs)
            with db.exclusive(work()):
                return fn(db, *args, **kwargs)

        return run

    return wrap


def check_revision(path: Path | str, tables: set[str], current: str | None) -> None:
    if tables and current is None and isinstance(path, str):  # a database on a server
        raise DatabaseError(
            tr(
                "Storage",
                "The database {0} on the server holds tables of some other program. It was left untouched; "
                "ask the IT person for an empty database of its own.",
            ).format(path)
        )
    if tables and current is None:
        raise DatabaseError(
            tr(
                "Storage",
                "The file {0} is an SQLite database of some other program. "
                "It was left untouched; choose another data folder.",
            ).format(path)
        )
    if current is not None and current != migrate.HEAD and not migrate.is_known(current):
        raise DatabaseError(
            tr(
                "Storage",
                "The database {0} was written by a newer version of this program "
                "(schema {1}). Install the newer version; the file was left untouched.",
            ).format(path, current)
        )


__all__ = ["Database", "check_revision", "one_at_a_time"]
