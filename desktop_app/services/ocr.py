"""Recognising the text of scans and pictures in the background, so search finds them as it finds typed
documents.

A file whose typed text reader found none (a picture, a PDF of scanned pages) waits in state ``ocr``.
Its pages are read one at a time in one child process (services.sandbox, with time and memory limits
of its own; the recogniser's models load once in it, and it lowers its own priority), each page kept
as soon as it is read (``ocr_page``): a reading killed or stopped goes on from the next page. When
every page is read the file's text is the pages' text, marked as recognised with its mean confidence,
and indexed like typed text. A file that cannot be recognised is marked so (无法识别) with why, and
the next one goes on. On a PC where the recogniser cannot load, files wait and search works as before.
"""

from __future__ import annotations

import importlib.util
import threading
from dataclasses import dataclass

from sqlalchemy import delete, func, select

from desktop_app.core import roles
from desktop_app.core.i18n import tr
from desktop_app.core.progress import Progress, check
from desktop_app.exchange import ocr
from desktop_app.exchange.textextract import MAX_CHARS
from desktop_app.services.evidence import store
from desktop_app.services.evidence.index import reindex_sha
from desktop_app.services.sandbox import Sandbox, SandboxFailed
from desktop_app.storage.database import Database
from desktop_app.storage.models import Evidence, EvidenceText, OcrPage, StoredFile

WAITING = "ocr"  # StoredFile.text_state of a file waiting to be recognised
SECONDS_PER_PAGE = 120
MEMORY_LIMIT = 2 * 1024 * 1024 * 1024  # the recogniser's models and one page at 150 dpi
#: what the typed text reader says of a file OCR can read
FOR_OCR = ("image", "no text layer")
_one_at_a_time = threading.Lock()  # at most one recognising process per program


def unavailable() -> str | None:
    """None when the recogniser is installed; else why scans are not read (said on the page and the
    command line). Looked up without loading it."""
    missing = [name for name in ("rapidocr", "onnxruntime") if importlib.util.find_spec(name) is None]
    if missing:
        return tr("Ocr", "the recogniser is not installed ({0})").format("、".join(missing))
    return None


@dataclass
class OcrStatus:
    waiting: int  # files waiting to be recognised
    pages_kept: int  # pages already read of those files
    recognised: int  # files whose text was recognised
    unreadable: int  # files marked 无法识别


def status(db: Database) -> OcrStatus:
    with db.read() as session:
        waiting = session.scalar(select(func.count()).where(StoredFile.text_state == WAITING)) or 0
        kept = (
            session.scalar(
                select(func.count())
                .select_from(OcrPage)
                .join(StoredFile, StoredFile.sha256 == OcrPage.sha256)
                .where(StoredFile.text_state == WAITING)
            )
            or 0
        )
        recognised = session.scalar(select(func.count()).where(EvidenceText.recognised.is_not(None))) or 0
        unreadable = (
            session.scalar(
                select(func.count())
                .select_from(EvidenceText)
                .join(StoredFile, StoredFile.sha256 == EvidenceText.sha256)
                .where(StoredFile.text_state == "failed", EvidenceText.reason.like("无法识别%"))
            )
            or 0
        )
    return OcrStatus(waiting, kept, recognised, unreadable)


def queued(db: Database) -> list[tuple[str, str]]:
    """(sha256, an original name) of every file waiting to be recognised, oldest first."""
    with db.read() as session:
        rows = session.execute(
            select(StoredFile.sha256, Evidence.original_name)
            .join(Evidence, Evidence.sha256 == StoredFile.sha256)
            .where(StoredFile.text_state == WAITING)
            .order_by(StoredFile.stored_at, Evidence.id)
        )
        first: dict[str, str] = {}
        for sha, name in rows:
            first.setdefault(sha, name)
        return list(first.items())


@dataclass
class OcrSummary:
    files: int = 0  # files finished (recognised, with or without text)
    pages: int = 0  # pages read in this run
    unreadable: int = 0


def run(db: Database, progress: Progress | None = None, limit: int | None = None) -> OcrSummary:
    """Recognise the waiting files (at most ``limit``), page by page; each page is kept as soon as it
    is read, each file's text saved and indexed as soon as its last page is."""
    summary = OcrSummary()
    if unavailable() is not None or not _one_at_a_time.acquire(blocking=False):
        return summary  # not installed here, or another batch runs already
    box = Sandbox(memory_limit=MEMORY_LIMIT)
    try:
        the_store = store(db)
        todo = queued(db)[: limit if limit is not None else None]
        pages: dict[str, int] = {}
        for sha, _name in todo:
            try:
                pages[sha] = box.call(ocr.page_count, str(the_store.path_of(sha)), timeout=SECONDS_PER_PAGE)
            except SandboxFailed as failed:
                _unreadable(db, sha, str(failed))
                summary.unreadable += 1
        kept = _kept(db, list(pages))
        total = sum(pages.values())
        done = sum(len(kept.get(sha, ())) for sha in pages)
        for sha, count in pages.items():
            path = str(the_store.path_of(sha))
            try:
                for page in range(count):
                    if page in kept.get(sha, set()):
                        continue
                    check(progress, done, total, tr("Ocr", "Recognising scans: {0}/{1} pages").format(done, total))
                    found = box.call(ocr.recognise_page, path, page, timeout=SECONDS_PER_PAGE)
                    with db.session(need=roles.SYSTEM) as session:
                        session.merge(OcrPage(sha256=sha, page=page, text=found.text, confidence=found.confidence))
                    done += 1
                    summary.pages += 1
            except SandboxFailed as failed:
                _unreadable(db, sha, str(failed))
                summary.unreadable += 1
                continue
            _finish(db, sha)
            summary.files += 1
        check(progress, total, total)
    finally:
        box.close()
        _one_at_a_time.release()
    return summary


def _kept(db: Database, shas: list[str]) -> dict[str, set[int]]:
    kept: dict[str, set[int]] = {}
    if not shas:
        return kept
    with db.read() as session:
        for sha, page in session.execute(select(OcrPage.sha256, OcrPage.page).where(OcrPage.sha256.in_(shas))):
            kept.setdefault(sha, set()).add(page)
    return kept


def _finish(db: Database, sha: str) -> None:
    """The file's text from its pages, marked as recognised with the pages' mean confidence."""
    with db.session(need=roles.SYSTEM) as session:
        rows = session.execute(
            select(OcrPage.text, OcrPage.confidence).where(OcrPage.sha256 == sha).order_by(OcrPage.page)
        ).all()
        read = [(text, confidence) for text, confidence in rows if text.strip()]
        row = session.get(EvidenceText, sha) or EvidenceText(sha256=sha)
        if read:
            row.text = "\n\n".join(text for text, _c in read)[:MAX_CHARS]
            row.reason = ""
            row.recognised = round(sum(c for _t, c in read) / len(read), 4)
        else:
            row.text, row.reason, row.recognised = "", tr("Ocr", "no text was recognised"), None
        session.add(row)
        stored = session.get(StoredFile, sha)
        if stored is not None:
            stored.text_state = "done" if read else "none"
        session.flush()
        reindex_sha(session, sha)


def _unreadable(db: Database, sha: str, why: str) -> None:
    with db.session(need=roles.SYSTEM) as session:
        row = session.get(EvidenceText, sha) or EvidenceText(sha256=sha)
        row.text, row.reason, row.recognised = "", f"无法识别：{why}"[:300], None
        session.add(row)
        stored = session.get(StoredFile, sha)
        if stored is not None:
            stored.text_state = "failed"
        session.execute(delete(OcrPage).where(OcrPage.sha256 == sha))
