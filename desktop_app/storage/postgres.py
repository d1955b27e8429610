"""Everything PostgreSQL-specific lives here (server mode, psycopg 3): the URL, the first connection and
what it can go wrong with, the schema as it stands on the server, and errors in the office's words.

The models, the services and the Alembic migrations are the same as on SQLite (``storage.sqlite``
is the single-PC adapter beside this one).
"""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from desktop_app.core.errors import DatabaseError
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
