"""Extracting the text of stored evidence files, in the background, for search.

Files are read in a child process (one at a time, reused), so a file that hangs or crashes
a parser costs only that file: it is marked ``failed`` and the next one goes on.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.process
from dataclasses import dataclass
from multiprocessing.connection import Connection

from sqlalchemy import func, select

from desktop_app.core import roles
from desktop_app.core.progress import Progress, check
from desktop_app.exchange import textextract
from desktop_app.services.evidence import store
from desktop_app.services.evidence_index import reindex_sha
from desktop_app.storage.database import Database
from desktop_app.storage.models import Evidence, EvidenceText, StoredFile

SECONDS_PER_FILE = 120


@dataclass
class ExtractSummary:
    done: int = 0
    none: int = 0
    failed: int = 0


def pending(db: Database) -> list[tuple[str, str]]:
    """(sha256, an original file name) of every stored file whose text is not read yet."""
    with db.read() as session:
        rows = session.execute(
            select(StoredFile.sha256, Evidence.original_name)
            .join(Evidence, Evidence.sha256 == StoredFile.sha256)
            .where(StoredFile.text_state == "pending")
            .order_by(StoredFile.stored_at, Evidence.id)
        )
        first: dict[str, str] = {}
        for sha, name in rows:
            first.setdefault(sha, name)
        return list(first.items())


def _serve(conn) -> None:
    """The reader process: extract each (path, name) it is sent until told to stop."""
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        conn.send(textextract.extract(*task))


class _Reader:
    """One reader process on a pipe. A reader that dies is noticed at once (end of file on the
    pipe); one that stops answering is killed; the next file gets a fresh reader."""

    def __init__(self, serve=_serve):
        self._serve = serve  # the loop the child runs (tests give one that crashes or hangs)
        self._proc: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None

    def _start(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._proc = context.Process(target=self._serve, args=(child,), daemon=True)
        self._proc.start()
        child.close()

    def read(self, path: str, name: str, timeout: float) -> textextract.Extracted:
        if self._proc is None or self._conn is None or not self._proc.is_alive():
            self.close()
            self._start()
        conn = self._conn
        assert conn is not None  # started just now
        try:
            conn.send((path, name))
            if conn.poll(timeout):
                return conn.recv()
            reason = "the reader stopped answering"
        except (EOFError, OSError) as exc:
            reason = f"the reader failed: {type(exc).__name__}"
        self.close()
        return textextract.Extracted(textextract.FAILED, reason=reason)

    def close(self) -> None:
        if self._proc is None or self._conn is None:
            return
        with contextlib.suppress(OSError):
            self._conn.send(None)
        self._proc.join(2)
        if self._proc.is_alive():
            self._proc.kill()
            self._proc.join()
        self._conn.close()
        self._proc, self._conn = None, None


def run_pending(db: Database, progress: Progress | None = None) -> ExtractSummary:
    """Read every pending file; each result is saved (and indexed) as soon as it is known."""
    todo = pending(db)
    the_store = store(db)
    summary = ExtractSummary()
    reader = _Reader()
    try:
        for index, (sha, name) in enumerate(todo):
            check(progress, index, len(todo), name)
            result = reader.read(str(the_store.path_of(sha)), name, SECONDS_PER_FILE)
            with db.session(need=roles.SYSTEM) as session:
                row = session.get(EvidenceText, sha) or EvidenceText(sha256=sha)
                row.text, row.reason = result.text, result.reason
                session.add(row)
                stored = session.get(StoredFile, sha)
                if stored is not None:  # purged from the store while it was read
                    stored.text_state = result.state
                session.flush()
                reindex_sha(session, sha)
            setattr(summary, result.state, getattr(summary, result.state) + 1)
        check(progress, len(todo), len(todo))
    finally:
        reader.close()
    return summary


@dataclass
class TextSummary:
    counts: dict[str, int]  # stored files per text state: pending, done, none, failed
    without_text: list[tuple[int, str, str]]  # (record id, title, reason) of PDFs with no text to search


def summary(db: Database, limit: int = 500) -> TextSummary:
    """How far text reading has come, and which PDFs have no text layer (scans) or failed."""
    with db.read() as session:
        counts = dict(
            session.execute(select(StoredFile.text_state, func.count()).group_by(StoredFile.text_state)).all()
        )
        rows = session.execute(
            select(Evidence.id, Evidence.title, StoredFile.text_state)
            .join(StoredFile, StoredFile.sha256 == Evidence.sha256)
            .where(
                StoredFile.text_state.in_(("none", "failed")),
                Evidence.deleted_at.is_(None),
                func.lower(Evidence.original_name).like("%.pdf"),
            )
            .order_by(Evidence.id.desc())
            .limit(limit)
        ).all()
    return TextSummary(counts, [(r[0], r[1], r[2]) for r in rows])
