"""Reading the campaign without the ORM: plain SELECTs through the database's own driver.

What must answer at once — 首页 as the program starts, ``units list`` and ``framework show`` — is
read by ``desktop_app.services.reads`` from a ``Source``: either an opened ``Database`` (SQLite or a
server) or a ``PlainReader``, the data folder's SQLite file opened read-only with the standard
library, which needs neither SQLAlchemy nor the models (about half a second of every start).
The SQL is the same for both: portable SELECTs with ``?`` for parameters. Values come as the
driver gives them (SQLite: dates as text, booleans as 0/1), and JSON columns are selected as
``CAST(column AS TEXT)``; the ``as_*`` helpers read either form.

A ``PlainReader`` opens only a file that needs nothing done to it first: it exists, no restore is
pending, its schema is this program's newest. Anything else is left to ``Database.open``, which
migrates, finishes restores and explains damage.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Protocol

from desktop_app.paths import DB_FILE_NAME

#: The schema revision this program writes (the newest migration under ``db/``; a test checks).
HEAD = "0023"

#: Runs one SELECT (``?`` for parameters) and returns its rows.
Run = Callable[..., list[tuple[Any, ...]]]


class Source(Protocol):
    """Where plain reads come from: ``Database`` and ``PlainReader`` both are one."""

    def reading(self) -> Any:
        """A context manager giving a ``Run``; every SELECT run with it sees the same state."""
        ...


def as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def as_day(value: Any) -> dt.date:
    """A date column that is never empty."""
    day = as_date(value)
    if day is None:
        raise ValueError("an empty date where the schema requires one")
    return day


def as_datetime(value: Any) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def stored_end_of(day: dt.date) -> dt.datetime:
    """The end of a local day as stored times are kept (UTC, no zone): what came before it came that day
    or earlier."""
    local = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def as_json(value: str | None) -> Any:
    """A JSON column, selected as ``CAST(column AS TEXT)`` (the same text from SQLite and a server)."""
    return None if value is None else json.loads(value)


def as_bool(value: Any) -> bool:
    return bool(value)


def file_uri(path: Path, mode: str = "ro") -> str:
    """An SQLite URI for ``path``: file:///C:/… on Windows, file:///home/… elsewhere, any character of
    the folder's name (Chinese, spaces, ? or #) percent-encoded."""
    return f"{Path(path).resolve().as_uri()}?mode={mode}"


class PlainReader:
    """The data folder's SQLite file opened read-only by the standard library."""

    def __init__(self, connection: sqlite3.Connection, data_dir: Path):
        self._con = connection
        self.data_dir = data_dir

    @classmethod
    def open(cls, data_dir: Path) -> PlainReader | None:
        """The reader, or None when the file needs ``Database.open`` first (missing, empty, a restore
        pending, an older or newer schema, not readable as it is)."""
        from desktop_app.storage.restore_journal import JOURNAL

        data_dir = Path(data_dir)
        path = data_dir / DB_FILE_NAME
        try:
            if (data_dir / JOURNAL).exists() or not path.is_file() or path.stat().st_size == 0:
                return None
            con = sqlite3.connect(file_uri(path), uri=True, check_same_thread=False)
        except (OSError, sqlite3.Error):
            return None
        try:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            row = None
        if row is None or row[0] != HEAD:
            con.close()
            return None
        return cls(con, data_dir)

    @contextmanager
    def reading(self) -> Iterator[Run]:
        def run(sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
            return self._con.execute(sql, tuple(params)).fetchall()

        try:
            self._con.execute("BEGIN")  # one snapshot for every SELECT of the read
            try:
                yield run
            finally:
                with suppress(sqlite3.Error):
                    self._con.execute("COMMIT")
        except sqlite3.Error as exc:  # a damaged or vanished file: said in words, as Database says it
            from desktop_app.storage.sqlite import known_error

            raise (known_error(exc, self.data_dir / DB_FILE_NAME) or exc) from exc

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> PlainReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
