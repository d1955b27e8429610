"""Evidence kept inside the server's database, for an office without a shared folder: each stored file
is a PostgreSQL large object, listed by its SHA-256 in ``stored_blob`` (migration 0021, servers only).

``DatabaseStore`` is the content-addressed store's counterpart (``storage.filestore``): a file is
copied and hashed on this PC as before (``stage``), then written into the database in one
transaction of its own (``commit``) — before the evidence record names it, so a failure leaves at
most a large object no record uses, which the integrity check reports. A file asked for
(``path_of``) is read into a cache folder on this PC the first time and checked against its name;
stored files never change, so a cached copy stays good.
"""

from __future__ import annotations

import hashlib
import os
import stat
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from desktop_app.storage.filestore import CHUNK, FileProblem, FileStore, PutResult, Staged

#: large objects are written and read in pieces of this size (the server keeps them in 2 KB pages)
PIECE = 4 * CHUNK


class DatabaseStore(FileStore):
    def __init__(self, engine: Engine, cache: Path):
        super().__init__(cache)
        self.engine = engine

    # -- what is there ------------------------------------------------------------------------------------
    def has(self, sha256: str) -> bool:
        with self.engine.connect() as conn:
            return self._stored(conn, sha256) is not None

    def files(self) -> list[Path]:
        """Every file kept in the database (as the place its copy on this PC has or would have)."""
        with self.engine.connect() as conn:
            shas = conn.execute(text("SELECT sha256 FROM stored_blob ORDER BY sha256")).scalars().all()
        return [FileStore.path_of(self, sha) for sha in shas]

    # -- reading ------------------------------------------------------------------------------------------
    def path_of(self, sha256: str) -> Path:
        """The file's copy on this PC, read from the database the first time it is asked for (a path
        that does not exist when the database holds no such file)."""
        cached = super().path_of(sha256)
        if cached.exists():
            return cached
        try:
            self._fetch(sha256, cached)
        except DBAPIError as exc:  # the server went away: said in words, not as a missing file
            from desktop_app.storage import postgres

            if "large object" in str(exc.orig) and "does not exist" in str(exc.orig):
                return cached  # listed, but its content is gone: missing, as the integrity check says

            raise postgres.explain(exc, self.engine.url.render_as_string(hide_password=True)) from exc
        return cached

    @staticmethod
    def _stored(conn: Connection, sha256: str) -> tuple[int, int] | None:
        """(large object, size) of a stored file, or None when the database holds no such file."""
        row = conn.execute(text("SELECT oid, size FROM stored_blob WHERE sha256 = :s"), {"s": sha256}).first()
        return (int(row[0]), int(row[1])) if row is not None else None

    @staticmethod
    def _pieces(conn: Connection, oid: int, size: int) -> Iterator[bytes]:
        """The content of a large object, piece by piece (it ends early if the object is shorter)."""
        offset = 0
        while offset < size:
            piece = conn.execute(text("SELECT lo_get(:o, :at, :n)"), {"o": oid, "at": offset, "n": PIECE}).scalar()
            if not piece:
                return
            yield bytes(piece)
            offset += len(piece)

    def _fetch(self, sha256: str, cached: Path) -> None:
        """Copy the stored content into the cache, checked against its name: content that no longer
        matches is not cached (it reads as missing here; the integrity check names it altered)."""
        with self.engine.connect() as conn:
            stored = self._stored(conn, sha256)
            if stored is None:
                return
            self.tmp.mkdir(parents=True, exist_ok=True)
            part = self.tmp / f"{uuid.uuid4().hex}.part"  # two threads may fetch the same file
            digest = hashlib.sha256()
            try:
                with open(part, "wb") as fh:
                    for piece in self._pieces(conn, *stored):
                        digest.update(piece)
                        fh.write(piece)
                if digest.hexdigest() != sha256:
                    return
                cached.parent.mkdir(parents=True, exist_ok=True)
                os.chmod(part, stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)
                os.replace(part, cached)
            finally:
                if part.exists():
                    os.chmod(part, stat.S_IWRITE | stat.S_IREAD)
                    part.unlink()

    def check(self, sha256: str, on_bytes: Callable[[int], None] | None = None) -> str:
        """``ok``, ``missing`` or ``altered``: the content in the database re-hashed against its name."""
        digest = hashlib.sha256()
        size = 0
        with self.engine.connect() as conn:
            stored = self._stored(conn, sha256)
            if stored is None:
                return "missing"
            try:
                for piece in self._pieces(conn, *stored):
                    digest.update(piece)
                    size += len(piece)
                    if on_bytes is not None:
                        on_bytes(len(piece))
            except DBAPIError:
                return "missing"  # the large object itself is gone
        return "ok" if size == stored[1] and digest.hexdigest() == sha256 else "altered"

    # -- writing ------------------------------------------------------------------------------------------
    def commit_many(self, batch: list[Staged]) -> list[PutResult | FileProblem]:
        """Each staged copy into the database, one transaction per file (a content it holds already is
        not written again); the copies on this PC are removed either way."""
        outcomes: list[PutResult | FileProblem] = []
        done: dict[str, PutResult] = {}
        try:
            for staged in batch:
                if staged.sha256 in done:
                    outcomes.append(PutResult(staged.sha256, staged.size, new=False))
                    continue
                try:
                    outcome = self._write(staged)
                except (DBAPIError, OSError) as exc:
                    outcomes.append(_problem(staged.name, exc))
                    continue
                done[staged.sha256] = outcome
                outcomes.append(outcome)
        finally:
            for staged in batch:
                self.discard(staged)
        return outcomes

    def _write(self, staged: Staged) -> PutResult:
        with self.engine.begin() as conn:
            # one writer per content at a time: a second clerk filing the same file waits, then finds it
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:s))"), {"s": staged.sha256})
            if conn.execute(text("SELECT 1 FROM stored_blob WHERE sha256 = :s"), {"s": staged.sha256}).first():
                return PutResult(staged.sha256, staged.size, new=False)
            oid = conn.execute(text("SELECT lo_create(0)")).scalar()
            offset = 0
            with open(staged.part, "rb") as fh:
                while piece := fh.read(PIECE):
                    conn.execute(text("SELECT lo_put(:o, :at, :data)"), {"o": oid, "at": offset, "data": piece})
                    offset += len(piece)
            conn.execute(
                text("INSERT INTO stored_blob (sha256, oid, size) VALUES (:s, :o, :n)"),
                {"s": staged.sha256, "o": oid, "n": offset},
            )
        return PutResult(staged.sha256, staged.size, new=True)

    def remove(self, sha256: str) -> None:
        with self.engine.begin() as conn:
            oid = conn.execute(text("DELETE FROM stored_blob WHERE sha256 = :s RETURNING oid"), {"s": sha256}).scalar()
            if oid is not None:
                conn.execute(text("SELECT lo_unlink(:o)"), {"o": oid})
        super().remove(sha256)  # the copy on this PC too


def _problem(name: str, exc: BaseException) -> FileProblem:
    from desktop_app.core.i18n import tr

    message = str(getattr(exc, "orig", exc) or exc).lower()
    if "no space left" in message or "disk full" in message:
        return FileProblem(
            tr("Evidence", "The server's disk is full; “{0}” was not taken. Ask the IT person to free space.").format(
                name
            )
        )
    return FileProblem(tr("Evidence", "“{0}” could not be stored in the database: {1}").format(name, message[:200]))
