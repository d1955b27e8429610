"""Filing evidence (佐证材料) under indicator items and units.

Each file is taken in its own transaction: copied into the store, then recorded. A file that
cannot be taken is reported with its reason and leaves nothing behind; the files before it
stay filed. The originals the user picked are only ever read.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select

from desktop_app.core.evidence import (
    REVIEW_PENDING,
    category_for,
    default_title,
    expand,
    name_problem,
    shown_name,
)
from desktop_app.core.i18n import tr
from desktop_app.core.progress import Cancelled, Progress, check
from desktop_app.services import tasks
from desktop_app.services.evidence import index as evidence_index
from desktop_app.services.evidence.records import (
    EvidenceInfo,
    EvidenceMeta,
    _check_meta,
    _info_of_row,
    _item_id,
    _unit_id,
    _unit_name,
    store,
)
from desktop_app.storage import audit
from desktop_app.storage.database import Database
from desktop_app.storage.filestore import FileProblem, FileStore, PutResult, Staged
from desktop_app.storage.models import (
    Evidence,
    StoredFile,
    utcnow,
)


@dataclass
class Skipped:
    path: Path
    reason: str


@dataclass
class AddResult:
    added: list[EvidenceInfo] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    reused: int = 0  # added records whose content the store already held
    cancelled: bool = False  # the user stopped; files not reached are listed as skipped


# -- filing -----------------------------------------------------------------------------------------------
def add_files(
    db: Database,
    paths: list[Path],
    *,
    item: int,
    unit: str | None = None,
    meta: EvidenceMeta | None = None,
    progress: Progress | None = None,
) -> AddResult:
    """File ``paths`` (files or whole folders) under item ``item`` for ``unit``."""
    return file_each(db, [(p, item) for p in expand([Path(p) for p in paths])], unit=unit, meta=meta, progress=progress)


#: files made durable and recorded together (or fewer, when their bytes pass BATCH_BYTES)
BATCH_FILES = 200
BATCH_BYTES = 64 * 1024 * 1024


def file_each(
    db: Database,
    files: list[tuple[Path, int]],
    *,
    unit: str | None = None,
    meta: EvidenceMeta | None = None,
    progress: Progress | None = None,
) -> AddResult:
    """File each (path, item number) for ``unit``.

    Each file is copied and hashed in one pass (``FileStore.stage``). A batch of copies is then
    made durable, put in place (``FileStore.commit_many``) and recorded in one transaction on a
    second thread, while the next batch is copied; a file is recorded only once its content is on
    the disk. A stop half-way (cancel, a full disk) leaves every file recorded so far complete and
    the rest untouched; a file that cannot be taken is listed with its reason."""
    meta = _check_meta(meta or EvidenceMeta())
    with db.read() as session:
        item_ids = {no: _item_id(session, no) for no in sorted({no for _, no in files})}
        unit_id = _unit_id(session, unit)
        task_id = tasks.task_id(session, meta.task)
    the_store = store(db)
    the_store.clean_leftovers()
    result = AddResult()
    staged: list[tuple[Path, int, Staged]] = []
    staged_bytes = 0
    finishing: Future[None] | None = None

    def finish(batch: list[tuple[Path, int, Staged]]) -> None:
        _finish_batch(db, the_store, batch, item_ids, unit_id, task_id, meta, result)

    def hand_over() -> None:
        """Wait for the batch before (so at most two are in hand), then finish this one beside the copying."""
        nonlocal finishing, staged_bytes
        if finishing is not None:
            finishing.result()
            finishing = None
        if staged:
            finishing = finisher.submit(finish, list(staged))
            staged.clear()
            staged_bytes = 0

    with ThreadPoolExecutor(1, thread_name_prefix="file") as finisher:
        try:
            for index, (path, item) in enumerate(files):
                try:
                    check(progress, index, len(files), path.name)
                except Cancelled:
                    hand_over()  # what is copied already is finished and kept
                    hand_over()
                    result.cancelled = True
                    reason = tr("Evidence", "Not added: the filing was cancelled.")
                    result.skipped.extend(Skipped(p, f"{p.name}: {reason}") for p, _ in files[index:])
                    return result
                odd = name_problem(path)
                if odd is not None:  # told for this file; the rest goes on
                    result.skipped.append(Skipped(path, odd))
                    continue
                try:
                    copy = the_store.stage(path)
                except FileProblem as problem:
                    result.skipped.append(Skipped(path, str(problem)))
                    continue
                staged.append((path, item, copy))
                staged_bytes += copy.size
                if len(staged) >= BATCH_FILES or staged_bytes >= BATCH_BYTES:
                    hand_over()
            hand_over()
            hand_over()
        except BaseException:
            for _path, _item, copy in staged:
                the_store.discard(copy)
            if finishing is not None:
                finishing.exception()  # let the batch in hand end (its own failure cleans up after it)
            raise
    check(progress, len(files), len(files))
    return result


def _finish_batch(
    db: Database,
    the_store: FileStore,
    batch: list[tuple[Path, int, Staged]],
    item_ids: dict[int, int],
    unit_id: int | None,
    task_id: int | None,
    meta: EvidenceMeta,
    result: AddResult,
) -> None:
    """Put a batch of copies in place, then record them in one transaction."""
    done: list[tuple[Path, int, PutResult]] = []
    for (path, item, _copy), outcome in zip(batch, the_store.commit_many([s for _, _, s in batch]), strict=True):
        if isinstance(outcome, FileProblem):
            result.skipped.append(Skipped(path, str(outcome)))
        else:
            done.append((path, item, outcome))
    if not done:
        return
    try:
        infos, already = _record(db, done, item_ids, unit_id, task_id, meta)
    except BaseException:
        for _path, _item, put in done:
            if put.new:
                _forget_if_unused(db, the_store, put.sha256)  # no orphan file for a record never written
        raise
    for (path, _item, put), info in zip(done, infos, strict=True):
        if info is None:
            result.skipped.append(Skipped(path, already.pop(0)))
            continue
        result.added.append(info)
        result.reused += 0 if put.new else 1


def _record(
    db: Database,
    done: list[tuple[Path, int, PutResult]],
    item_ids: dict[int, int],
    unit_id: int | None,
    task_id: int | None,
    meta: EvidenceMeta,
) -> tuple[list[EvidenceInfo | None], list[str]]:
    """Record committed files in one transaction: an info per file, None (and a reason, in order)
    for a file already filed under the same item for the same unit."""
    shas = sorted({put.sha256 for _, _, put in done})
    with db.session() as session:
        same_unit = Evidence.unit_id.is_(None) if unit_id is None else Evidence.unit_id == unit_id
        filed = {
            (sha, item_id): title
            for sha, item_id, title in session.execute(
                select(Evidence.sha256, Evidence.item_id, Evidence.title).where(
                    Evidence.sha256.in_(shas), same_unit, Evidence.deleted_at.is_(None)
                )
            )
        }
        known = set(session.scalars(select(StoredFile.sha256).where(StoredFile.sha256.in_(shas))))
        sizes = {put.sha256: put.size for _, _, put in done}
        now = utcnow()
        unknown = [
            {"sha256": sha, "size": sizes[sha], "stored_at": now, "text_state": "pending"}
            for sha in shas
            if sha not in known
        ]
        if unknown:
            session.execute(insert(StoredFile), unknown)  # the records refer to them
        rows: list[dict[str, object] | None] = []
        already: list[str] = []
        for path, item, put in done:
            item_id = item_ids[item]
            same = filed.get((put.sha256, item_id))
            if same is not None:
                rows.append(None)
                text = tr("Evidence", "“{0}” is already filed under this item as “{1}”.")
                already.append(text.format(shown_name(path.name), same))
                continue
            row: dict[str, object] = {
                "item_id": item_id,
                "unit_id": unit_id,
                "task_id": task_id,
                "title": meta.title or default_title(path),
                "doc_no": meta.doc_no,
                "doc_date": meta.doc_date,
                "category": meta.category or category_for(path),
                "period": meta.period,
                "note": meta.note,
                "public": meta.public,
                "sha256": put.sha256,
                "size": put.size,
                "original_name": shown_name(path.name),
                "review_state": REVIEW_PENDING,
                "review_comment": "",
                "deleted_at": None,
                "created_at": now,
            }
            filed[(put.sha256, item_id)] = str(row["title"])
            rows.append(row)
        fresh = [r for r in rows if r is not None]
        if fresh:
            # plain inserts (the ORM's unit of work costs more than the copying), one audit entry each; a
            # new row is told apart by its file and item (each pair once a batch), so its id may come back
            # in any order: asking for the ids in order makes SQLite insert the rows one at a time
            new_ids: dict[tuple[object, object], int] = {
                (sha, item_id): new_id
                for new_id, sha, item_id in session.execute(
                    insert(Evidence).returning(Evidence.id, Evidence.sha256, Evidence.item_id), fresh
                )
            }
            ids = [new_ids[(row["sha256"], row["item_id"])] for row in fresh]
            for row, new_id in zip(fresh, ids, strict=True):
                row["id"] = new_id
            audit.created(session, Evidence.__tablename__, fresh)
            evidence_index.index(session, ids)  # findable by title at once, by its text once read
        unit_name = _unit_name(session, unit_id)
        infos = [
            None if r is None else _info_of_row(r, item, unit_name, meta.task or "")
            for (_path, item, _put), r in zip(done, rows, strict=True)
        ]
        return infos, already


def _forget_if_unused(db: Database, the_store: FileStore, sha256: str) -> None:
    with db.read() as session:
        used = session.scalar(select(func.count()).select_from(Evidence).where(Evidence.sha256 == sha256))
    if not used:
        the_store.remove(sha256)
