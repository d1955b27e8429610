"""Everything PostgreSQL-specific lives here (server mode, psycopg 3): the URL, the first connection and
what it can go wrong with, the schema as it stands on the server, and errors in the office's words.

The models, the services and the Alembic migrations are the same as on SQLite (``storage.sqlite``
is the single-PC adapter beside this one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from desktop_app.core.errors import DatabaseError, KnownError
from desktop_app.core.i18n import tr

SCHEMES = ("postgresql", "postgres")
DRIVER = "postgresql+psycopg"
CONNECT_TIMEOUT = 10  # seconds: an address that does not answer is said so, not waited on


def is_server_url(url: str | None) -> bool:
    return bool(url) and str(url).split(":", 1)[0].split("+", 1)[0] in SCHEMES


def normalised(url: str) -> str:
    """The URL with the driver this program uses (postgresql://… → postgresql+psycopg://…)."""
    parsed = make_url(url)
    return parsed.set(drivername=DRIVER).render_as_string(hide_password=False)


def shown(url: str) -> str:
    """The URL as it may be shown or logged: without the password."""
    try:
        parsed = make_url(url)
    except Exception:  # not even a URL: show nothing of it
        return "?"
    return parsed.set(drivername="postgresql").render_as_string(hide_password=True)


def engine(url: str) -> Engine:
    return create_engine(
        normalised(url),
        future=True,
        pool_pre_ping=True,  # a connection the server dropped is replaced, not handed out
        connect_args={"connect_timeout": CONNECT_TIMEOUT, "application_name": "foodsafety-desk"},
    )


def copy_rows(connection: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Rows into ``table`` with the server's own bulk load (COPY), in the connection's transaction: one
    round trip for all of them where an executemany makes one a row."""
    import psycopg

    raw = connection.connection.driver_connection
    assert raw is not None  # an open connection has its driver's
    named = ", ".join(f'"{c}"' for c in columns)
    statement = f'COPY "{table}" ({named}) FROM STDIN'
    try:
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
    except psycopg.Error as exc:  # as SQLAlchemy hands on the driver's errors, so they are told in words
        raise DBAPIError.instance(statement, None, exc, psycopg.Error) from exc


def explain(exc: BaseException, url: str) -> DatabaseError:
    """A connection or server error in the office's words, naming the server (never the password)."""
    where = shown(url)
    message = str(getattr(exc, "orig", exc) or exc).lower()
    unknown_login = 'role "' in message and "does not exist" in message
    if unknown_login or "password authentication failed" in message or "no password supplied" in message:
        return DatabaseError(
            tr("Storage", "The server {0} refused the login: the user name or password is wrong.").format(where)
        )
    if "does not exist" in message and "database" in message:
        return DatabaseError(
            tr("Storage", "The server {0} has no such database. Ask the IT person to create it first.").format(where)
        )
    if "no space left" in message or "disk full" in message:
        return DatabaseError(tr("Storage", "The server {0} has no disk space left; nothing was saved.").format(where))
    if isinstance(exc, OperationalError) or "connection" in message or "timeout" in message:
        return DatabaseError(
            tr(
                "Storage",
                "Cannot reach the database server {0}: check the address and port, the network and that the "
                "server is running.",
            ).format(where)
        )
    return DatabaseError(tr("Storage", "The database server {0} reported an error: {1}").format(where, message[:200]))


def schema_state(eng: Engine, url: str) -> tuple[set[str], str | None]:
    """The tables of the database and its Alembic revision, read without changing anything."""
    try:
        with eng.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = None
            if "alembic_version" in tables:
                row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
                revision = row[0] if row else None
            return tables, revision
    except (DBAPIError, SQLAlchemyError) as exc:
        raise explain(exc, url) from exc


def known_error(exc: BaseException, url: str) -> DatabaseError | None:
    """A server error met while working (the connection lost, the disk full), in words; None for others."""
    if isinstance(exc, OperationalError):
        return explain(exc, url)
    return None


#: the advisory lock held while one clerk runs work that must not run twice at once (an import, a
#: backup, a restore); its number is this program's own ("FSD1")
WORK_LOCK = 0x46534431


class BusyElsewhere(KnownError):
    """Another clerk is running an import, a backup or a restore on the same campaign."""


@contextmanager
def work_lock(eng: Engine, url: str, work: str, who: str) -> Iterator[None]:
    """Hold the campaign's work lock while the block runs, or refuse at once (BusyElsewhere) naming
    who holds it, what they run and since when. The lock is the server's: it goes with the holder's
    connection, so a PC that crashes or leaves the network never leaves it held."""
    try:
        conn = eng.connect()
    except DBAPIError as exc:
        raise explain(exc, url) from exc
    try:
        got = conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": WORK_LOCK}).scalar()
        if not got:
            row = conn.execute(
                text("SELECT who, work, since FROM work_running WHERE lock = :k"), {"k": WORK_LOCK}
            ).first()
            conn.rollback()
            held = dict(row._mapping) if row else {}
            raise BusyElsewhere(
                tr(
                    "Storage",
                    "{0} is {1} (since {2}). Wait until it is finished and try again; nothing was changed.",
                ).format(
                    held.get("who") or tr("Storage", "Another clerk"), held.get("work") or "…", held.get("since", "?")
                )
            )
        since = dt.datetime.now().strftime("%H:%M")
        conn.execute(
            text(
                "INSERT INTO work_running (lock, who, work, since) VALUES (:k, :who, :work, :since) "
                "ON CONFLICT (lock) DO UPDATE SET who = EXCLUDED.who, work = EXCLUDED.work, since = EXCLUDED.since"
            ),
            {"k": WORK_LOCK, "who": who[:100], "work": work[:200], "since": since},
        )
        conn.commit()
        try:
            yield
        finally:
            conn.execute(text("DELETE FROM work_running WHERE lock = :k"), {"k": WORK_LOCK})
            conn.commit()
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": WORK_LOCK})
            conn.commit()
    except DBAPIError as exc:
        raise explain(exc, url) from exc
    finally:
        conn.close()


def tidy(eng: Engine) -> None:
    """After a bulk load (a move, a restore): the server's statistics and visibility map made fresh
    (VACUUM ANALYZE, outside any transaction), or its first plans — the search's above all — can be
    a hundred times slower until its own autovacuum comes round."""
    with eng.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))
