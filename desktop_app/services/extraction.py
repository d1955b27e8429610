"""Extracting the text of stored evidence files, in the background, for search.

Files are read in a child process (one at a time, reused), so a file that hangs or crashes
a parser costs only that file: it is marked ``failed`` and the next one goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop_app.core import roles
from desktop_app.core.progress import Progress, check
from desktop_app.exchange import textextract
from desktop_app.services.evidence import store
from desktop_app.services.evidence.index import reindex_sha
from desktop_app.services.sandbox import Sandbox, SandboxFailed
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


class Reader:
    """Reads each file's text in a child process (services.sandbox, with its memory and time
    limits): a reader that dies or stops answering costs only that file, recorded as unreadable."""

    def __init__(self, serve: Callable[..., None] | None = None):
        self._box = Sandbox(serve=serve) if serve is not None else Sandbox()  # tests give one that fails

    def read(self, path: str, name: str, timeout: float) -> textextract.Extracted:
        try:
            result: textextract.Extracted = self._box.call(textextract.extract, path, name, timeout=timeout)
            return result
        except SandboxFailed as failed:
            return textextract.Extracted(textextract.FAILED, reason=str(failed))

    def close(self) -> None:
        self._box.close()


def read_one(path: Path, name: str, timeout: float = SECONDS_PER_FILE) -> textextract.Extracted:
    """One file's text, read in a child process of its own as the background reader reads."""
    reader = Reader()
    try:
        return reader.read(str(path), name, timeout)
    finally:
        reader.close()


def run_pending(db: Database, progress: Progress | None = None) -> ExtractSummary:
    """Read every pending file; each result is saved (and indexed) as soon as it is known."""
    from desktop_app.services import ocr

    todo = pending(db)
    the_store = store(db)
    summary = ExtractSummary()
    reader = Reader()
    recognisable = ocr.unavailable() is None
    try:
        for index, (sha, name) in enumerate(todo):
            check(progress, index, len(todo), name)
            result = reader.read(str(the_store.path_of(sha)), name, SECONDS_PER_FILE)
            state = result.state
            if state == textextract.NONE and result.reason in ocr.FOR_OCR and recognisable:
                state = ocr.WAITING  # a scan or a picture: its text is recognised next (services.ocr)
            with db.session(need=roles.SYSTEM) as session:
                row = session.get(EvidenceText, sha) or EvidenceText(sha256=sha)
                row.text, row.reason = result.text, result.reason
                session.add(row)
                stored = session.get(StoredFile, sha)
                if stored is not None:  # purged from the store while it was read
                    stored.text_state = state
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
