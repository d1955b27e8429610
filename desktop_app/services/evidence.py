"""Filing evidence (佐证材料) under indicator items and units; the recycle bin; integrity checks.

Each file is taken in its own transaction: copied into the store, then recorded. A file that
cannot be taken is reported with its reason and leaves nothing behind; the files before it
stay filed. The originals the user picked are only ever read.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import Select, case, func, insert, select

from desktop_app.core import roles
from desktop_app.core.errors import KnownError, NotFoundError, explain_os_error
from desktop_app.core.evidence import (
    CATEGORIES,
    MARKS,
    REVIEW_PASSED,
    REVIEW_PENDING,
    REVIEW_RETURNED,
    REVIEW_STATES,
    category_for,
    category_problem,
    current_period,
    default_title,
    expand,
    name_problem,
    period_problem,
    safe_name,
    shown_name,
)
from desktop_app.core.i18n import tr
from desktop_app.core.progress import Cancelled, Progress, check
from desktop_app.core.text import without_format_characters
from desktop_app.core.unit_names import Names
from desktop_app.core.units import name_key
from desktop_app.services import campaigns, evidence_index, tasks
from desktop_app.services.side_by_side import as_read
from desktop_app.storage import audit
from desktop_app.storage.database import Database
from desktop_app.storage.filestore import FileProblem, FileStore, PutResult, Staged
from desktop_app.storage.models import (
    Evidence,
    EvidenceText,
    ItemMark,
    ItemRow,
    Setting,
    StoredFile,
    Task,
    Unit,
    UnitAlias,
    utcnow,
)

LAST_VERIFY_KEY = "evidence.last_verify"


@dataclass
class EvidenceMeta:
    """What the user says about the files being added (title defaults to each file's name)."""

    title: str | None = None
    doc_no: str = ""
    doc_date: dt.date | None = None
    category: str | None = None  # None: by each file's type (core.evidence.category_for)
    period: str | None = None
    note: str = ""
    public: bool = False
    task: str | None = None  # the code of a task of the plan the evidence belongs to


@dataclass(slots=True)  # a city's binder lists 50,000 of them
class EvidenceInfo:
    id: int
    item: int
    unit: str
    title: str
    doc_no: str
    doc_date: dt.date | None
    category: str
    period: str
    note: str
    public: bool
    sha256: str
    size: int
    original_name: str
    review_state: str
    review_comment: str
    created_at: dt.datetime
    deleted: bool
    task: str = ""  # the code of the task it belongs to, if any
    version: int = 1  # as read: a save naming it is refused when another clerk saved meanwhile

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "item": self.item,
            "unit": self.unit,
            "title": self.title,
            "doc_no": self.doc_no,
            "doc_date": self.doc_date.isoformat() if self.doc_date else None,
            "category": self.category,
            "period": self.period,
            "note": self.note,
            "public": self.public,
            "sha256": self.sha256,
            "size": self.size,
            "original_name": self.original_name,
            "review_state": self.review_state,
            "review_comment": self.review_comment,
            "task": self.task or None,
            "created_at": self.created_at.isoformat(timespec="seconds"),
            "deleted": self.deleted,
        }


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


@dataclass
class VerifyReport:
    checked: int
    missing: list[tuple[str, list[str]]]  # sha256, titles of the records using it
    altered: list[tuple[str, list[str]]]
    at: dt.datetime
    orphans: list[Path] = field(default_factory=list)  # store files no record uses (an interrupted filing)
    database: str | None = None  # what SQLite's full check found wrong with the database
    leftovers: list[Path] = field(default_factory=list)  # half-written copies, unpacked backups …

    @property
    def ok(self) -> bool:
        return not self.missing and not self.altered and self.database is None

    @property
    def clutter(self) -> list[Path]:
        """What ``repair`` would remove: nothing any record needs."""
        return [*self.orphans, *self.leftovers]


def store(db: Database) -> FileStore:
    """Where the campaign's evidence files are kept: the data folder's ``store`` on one PC; on a server,
    the shared folder every clerk's PC reaches (setting ``store.folder``, set when the campaign moved
    up or by the IT person), or the server's database itself (setting ``store.kind``), read into a
    cache folder on this PC as files are opened."""
    if not db.is_server:
        return FileStore(db.data_dir / "store")
    from desktop_app.core import settings as spec
    from desktop_app.services import settings as settings_service

    if settings_service.get(db, spec.STORE_KIND) == spec.IN_DATABASE:
        from desktop_app.storage.blobstore import DatabaseStore

        return DatabaseStore(db.engine, db.data_dir / "cache" / "store")
    folder = str(settings_service.get(db, spec.STORE_FOLDER)).strip()
    if not folder:
        raise KnownError(
            tr("Evidence", "No shared evidence folder is set for this server campaign; ask the IT person to set one.")
        )
    return FileStore(Path(folder), shared=True)


# -- lookups ----------------------------------------------------------------------------------------
def _item_id(session, item_no: int) -> int:
    campaign = campaigns.current(session)
    item_id = session.scalar(
        select(ItemRow.id).where(ItemRow.rule_set_id == campaign.rule_set_id, ItemRow.no == item_no)
    )
    if item_id is None:
        raise NotFoundError(tr("Evidence", "The rule set has no item ({0}).").format(item_no))
    return item_id


def _unit_id(session, unit: str | None) -> int | None:
    if not unit:
        return None
    key = name_key(unit)
    found = session.scalar(select(Unit.id).where(Unit.key == key)) or session.scalar(
        select(UnitAlias.unit_id).where(UnitAlias.key == key)
    )
    if found is None:  # a short or full form of one unit's name (区疾控中心 for 区疾病预防控制中心)
        names = Names(
            session.execute(select(Unit.id, Unit.name)), session.execute(select(UnitAlias.alias, UnitAlias.unit_id))
        )
        match = names.find(unit)
        found = match.unit_id if match is not None else None
    if found is None:
        raise NotFoundError(tr("Evidence", "There is no unit called “{0}”; add it under 成员单位 first.").format(unit))
    return found


def check_unit(db: Database, unit: str | None) -> None:
    """NotFoundError unless ``unit`` (a name or alias) is a unit; nothing for no unit."""
    with db.read() as session:
        _unit_id(session, unit)


def _check_meta(meta: EvidenceMeta) -> EvidenceMeta:
    period = meta.period or current_period()
    problems = [p for p in (meta.category and category_problem(meta.category), period_problem(period)) if p]
    if problems:
        raise KnownError(tr("Evidence", "The evidence was not filed."), problems)
    return EvidenceMeta(
        title=without_format_characters(meta.title).strip() if meta.title else None,
        doc_no=meta.doc_no.strip(),
        doc_date=meta.doc_date,
        category=meta.category,
        period=period,
        note=meta.note.strip(),
        public=meta.public,
        task=meta.task.strip() if meta.task else None,
    )


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


def _info_of_row(row: dict[str, object], item_no: int, unit: str, task: str) -> EvidenceInfo:
    return _info(SimpleNamespace(**row), item_no, unit, task)  # type: ignore[arg-type]  # the row's columns


def _forget_if_unused(db: Database, the_store: FileStore, sha256: str) -> None:
    with db.read() as session:
        used = session.scalar(select(func.count()).select_from(Evidence).where(Evidence.sha256 == sha256))
    if not used:
        the_store.remove(sha256)


def _unit_name(session, unit_id: int | None) -> str:
    return session.get(Unit, unit_id).name if unit_id else ""


def _info(e: Evidence, item_no: int, unit: str, task: str | None = "") -> EvidenceInfo:
    return EvidenceInfo(
        id=e.id,
        item=item_no,
        unit=unit,
        title=e.title,
        doc_no=e.doc_no,
        doc_date=e.doc_date,
        category=e.category,
        period=e.period,
        note=e.note,
        public=e.public,
        sha256=e.sha256,
        size=e.size,
        original_name=e.original_name,
        review_state=e.review_state,
        review_comment=e.review_comment,
        created_at=e.created_at,
        deleted=e.deleted_at is not None,
        task=task or "",
        version=getattr(e, "version", None) or 1,  # a row just inserted in bulk is at its first
    )


# -- listing --------------------------------------------------------------------------------------------
@dataclass
class Filter:
    """Which records a list shows; empty fields do not filter."""

    item: int | None = None
    items: tuple[int, ...] | None = None  # several items (a category or point)
    unit: str | None = None
    category: str | None = None
    period: str | None = None
    review_state: str | None = None
    deleted: bool = False  # the recycle bin instead of the filed records


def _rows(session: object) -> Select[Evidence, int, str, str]:
    # the task's code looked up record by record: a server would otherwise hash the whole task table
    # to join a page of records
    task_code = select(Task.code).where(Task.id == Evidence.task_id).scalar_subquery()
    return (
        select(Evidence, ItemRow.no, Unit.name, task_code)
        .join(ItemRow, ItemRow.id == Evidence.item_id)
        .outerjoin(Unit, Unit.id == Evidence.unit_id)
    )


def _where(session, query, flt: Filter):
    query = query.where(Evidence.deleted_at.is_not(None) if flt.deleted else Evidence.deleted_at.is_(None))
    if flt.item is not None:
        query = query.where(Evidence.item_id == _item_id(session, flt.item))
    if flt.items is not None:
        campaign = campaigns.current_or_none(session)
        rule_set_id = campaign.rule_set_id if campaign else None
        chosen = select(ItemRow.id).where(ItemRow.rule_set_id == rule_set_id, ItemRow.no.in_(flt.items))
        query = query.where(Evidence.item_id.in_(chosen))
    if flt.unit:
        query = query.where(Evidence.unit_id == _unit_id(session, flt.unit))
    if flt.category:
        query = query.where(Evidence.category == flt.category)
    if flt.period:
        query = query.where(Evidence.period == flt.period)
    if flt.review_state:
        query = query.where(Evidence.review_state == flt.review_state)
    return query


def record_ids(db: Database, flt: Filter | None = None) -> list[int]:
    """Ids of the records ``flt`` selects, newest first: cheap enough for 50,000 records, so a list
    can know its length at once and load the rows it shows page by page (``records``)."""
    with db.read() as session:
        query = _where(session, select(Evidence.id), flt or Filter()).order_by(Evidence.id.desc())
        # through the connection: plain integers, none of the ORM's row handling (a third of the time)
        return list(session.connection().execute(query).scalars())


def records(db: Database, ids: list[int]) -> list[EvidenceInfo]:
    """These records, in the order of ``ids`` (ids that no longer exist are left out)."""
    with db.read() as session:
        rows = session.execute(_rows(session).where(db.one_of(Evidence.id, ids)))
        found = {e.id: _info(e, no, name or "", task) for e, no, name, task in rows}
    return [found[i] for i in ids if i in found]


def get(db: Database, record_id: int) -> EvidenceInfo:
    found = records(db, [record_id])
    if not found:
        raise NotFoundError(tr("Evidence", "There is no evidence record {0}.").format(record_id))
    return found[0]


def list_evidence(
    db: Database, *, item: int | None = None, unit: str | None = None, deleted: bool = False
) -> list[EvidenceInfo]:
    """Records filed (or, with ``deleted``, those in the recycle bin), newest first."""
    with db.read() as session:
        query = _where(session, _rows(session), Filter(item=item, unit=unit, deleted=deleted))
        # in batches: each batch's entities go once read, and 50,000 records never stand in memory twice
        rows = session.execute(query.order_by(Evidence.id.desc()).execution_options(yield_per=5000))
        return [_info(e, no, name or "", task) for e, no, name, task in rows]


def item_counts(db: Database) -> dict[int, tuple[int, int]]:
    """Per item number: (records filed, records passed in review)."""
    with db.read() as session:
        # grouped by the item's id, which the coverage index holds (no join of 50,000 rows), then numbered
        rows = session.execute(
            select(
                Evidence.item_id,
                func.count(),
                func.sum(case((Evidence.review_state == REVIEW_PASSED, 1), else_=0)),
            )
            .where(Evidence.deleted_at.is_(None))
            .group_by(Evidence.item_id)
        ).all()
        numbers = dict(
            session.execute(select(ItemRow.id, ItemRow.no).where(ItemRow.id.in_([r[0] for r in rows]))).all()
        )
    found: dict[int, tuple[int, int]] = {}
    for item_id, total, passed in rows:
        no = numbers.get(item_id)
        if no is not None:  # two rule sets' items of one number add up, as the join grouped them
            was = found.get(no, (0, 0))
            found[no] = (was[0] + total, was[1] + int(passed or 0))
    return found


def update(
    db: Database, record_id: int, meta: EvidenceMeta, *, item: int, unit: str | None, version: int | None = None
) -> EvidenceInfo:
    """Change what is said about a record (its title, 文号, dates, category…, item and unit); the
    stored file stays as it is. ``version`` (from the EvidenceInfo read): refused with who changed it
    when another clerk saved the record meanwhile."""
    meta = _check_meta(meta)
    with db.session() as session:
        record = session.get(Evidence, record_id)
        if record is None:
            raise NotFoundError(tr("Evidence", "There is no evidence record {0}.").format(record_id))
        as_read(
            session,
            "evidence",
            record,
            version,
            lambda who, when: tr(
                "Evidence",
                "“{0}” was changed by {1} at {2} since you opened it. Nothing was saved; the list is "
                "reloaded — look again and save once more.",
            ).format(record.title, who, when),
        )
        if not meta.title:
            raise KnownError(tr("Evidence", "The title must not be empty."))
        record.item_id = _item_id(session, item)
        record.unit_id = _unit_id(session, unit)
        record.title = meta.title
        record.doc_no, record.doc_date = meta.doc_no, meta.doc_date
        record.category = meta.category or record.category
        record.period, record.note, record.public = meta.period or record.period, meta.note, meta.public
        record.task_id = tasks.task_id(session, meta.task)
        session.flush()
        evidence_index.index(session, [record.id])
        return _info(record, item, _unit_name(session, record.unit_id), meta.task)


def text_of(db: Database, sha256: str) -> tuple[str, str]:
    """A stored file's text state (pending/done/none/failed) and its text, or why there is none."""
    with db.read() as session:
        state = session.scalar(select(StoredFile.text_state).where(StoredFile.sha256 == sha256)) or "pending"
        row = session.get(EvidenceText, sha256)
        return state, (row.text or row.reason) if row else ""


def runs_when_opened(db: Database, record_id: int) -> bool:
    """Whether opening the record's file with the system would run it (a program or a script, by
    its content or by its name), so 打开 asks first."""
    from desktop_app.core.filetype import runs_when_opened as runs

    info = get(db, record_id)
    return runs(store(db).path_of(info.sha256), info.original_name or info.title)


def copy_out(db: Database, record_id: int, folder: Path) -> Path:
    """A readable copy of a record's file, under its original name, in ``folder`` (for opening it
    with the system's program: the store keeps files by hash, without their names)."""
    info = get(db, record_id)
    source = store(db).path_of(info.sha256)
    if not source.exists():
        raise KnownError(
            tr("Evidence", "The file of “{0}” is missing from the store; run the integrity check.").format(info.title)
        )
    name = safe_name(info.original_name or info.title, 120)
    target = Path(folder) / info.sha256[:16] / name  # by content: a copy found there is this file
    if target.exists() and target.stat().st_size == info.size:
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        part = target.with_name(target.name + ".part")
        shutil.copyfile(source, part)
        if target.exists():
            os.chmod(target, stat.S_IREAD | stat.S_IWRITE)
        os.replace(part, target)
        os.chmod(target, stat.S_IREAD)  # a copy to look at: changes belong in a new version, filed anew
    except OSError as exc:
        raise explain_os_error(exc, target) from exc
    return target


# -- recycle bin ----------------------------------------------------------------------------------------
def move_to_bin(db: Database, ids: list[int]) -> int:
    """Deleting only moves records to the recycle bin; the files stay in the store."""
    return _set_deleted(db, ids, utcnow())


def restore(db: Database, ids: list[int]) -> int:
    return _set_deleted(db, ids, None)


def _set_deleted(db: Database, ids: list[int], when: dt.datetime | None) -> int:
    with db.session() as session:
        rows = list(session.scalars(select(Evidence).where(Evidence.id.in_(ids))))
        missing = set(ids) - {r.id for r in rows}
        if missing:
            raise NotFoundError(
                tr("Evidence", "There is no evidence record {0}.").format("、".join(str(i) for i in sorted(missing)))
            )
        for row in rows:
            row.deleted_at = when
        return len(rows)


def purge(db: Database, ids: list[int]) -> int:
    """Delete records from the recycle bin for good, and the stored files no record uses any more."""
    the_store = store(db)
    with db.session(need=roles.PURGE) as session:
        rows = list(session.scalars(select(Evidence).where(Evidence.id.in_(ids))))
        not_in_bin = [r.id for r in rows if r.deleted_at is None]
        if not_in_bin:
            raise KnownError(
                tr("Evidence", "Only records in the recycle bin can be deleted for good: {0}.").format(
                    "、".join(str(i) for i in not_in_bin)
                )
            )
        hashes = {r.sha256 for r in rows}
        evidence_index.forget(session, [r.id for r in rows])
        for row in rows:
            session.delete(row)
        session.flush()
        unused = [
            sha
            for sha in hashes
            if not session.scalar(select(func.count()).select_from(Evidence).where(Evidence.sha256 == sha))
        ]
        for sha in unused:
            session.delete(session.get(StoredFile, sha))
    for sha in unused:  # files go only after the records are gone for good
        the_store.remove(sha)
    return len(rows)


# -- review ---------------------------------------------------------------------------------------------
def review(db: Database, ids: list[int], state: str, comment: str = "") -> int:
    """Mark records 合格, 退回 (with the reviewer's comment) or back to 待审核."""
    if state not in REVIEW_STATES:
        raise KnownError(tr("Evidence", "The review state must be one of {0}.").format("、".join(REVIEW_STATES)))
    if state == REVIEW_RETURNED and not comment.strip():
        raise KnownError(tr("Evidence", "Say why the evidence is returned, so the unit knows what to fix."))
    with db.session(need=roles.REVIEW) as session:
        rows = list(session.scalars(select(Evidence).where(Evidence.id.in_(ids))))
        missing = set(ids) - {r.id for r in rows}
        if missing:
            raise NotFoundError(
                tr("Evidence", "There is no evidence record {0}.").format("、".join(str(i) for i in sorted(missing)))
            )
        for row in rows:
            row.review_state = state
            row.review_comment = comment.strip() if state == REVIEW_RETURNED else ""
        return len(rows)


def mark_item(db: Database, item: int, unit: str, state: str, note: str = "") -> None:
    """The office's own judgement of an item's evidence for a unit: 待完善 or 已齐全."""
    if state not in MARKS:
        raise KnownError(tr("Evidence", "The mark must be one of {0}.").format("、".join(MARKS)))
    with db.session(need=roles.REVIEW) as session:
        item_id, unit_id = _item_id(session, item), _unit_id(session, unit)
        row = session.get(ItemMark, (item_id, unit_id))
        if row is None:
            session.add(ItemMark(item_id=item_id, unit_id=unit_id, state=state, note=note.strip()))
        else:
            row.state, row.note = state, note.strip()


# -- integrity --------------------------------------------------------------------------------------------
def verify(db: Database, progress: Progress | None = None) -> VerifyReport:
    """Re-hash every stored file; list the missing and the altered ones with the records using them."""
    the_store = store(db)
    with db.read() as session:
        titles: dict[str, list[str]] = {}
        for sha, title in session.execute(select(Evidence.sha256, Evidence.title).order_by(Evidence.id)):
            titles.setdefault(sha, []).append(title)
        hashes = list(session.scalars(select(StoredFile.sha256).order_by(StoredFile.sha256)))
    missing, altered = [], []
    for index, sha in enumerate(hashes):
        check(progress, index, len(hashes))
        state = the_store.check(sha)
        if state == "missing":
            missing.append((sha, titles.get(sha, [])))
        elif state == "altered":
            altered.append((sha, titles.get(sha, [])))
    known = set(hashes)
    orphans = [p for p in the_store.files() if p.name not in known]
    damaged = db.check_integrity(full=True)
    report = VerifyReport(
        checked=len(hashes),
        missing=missing,
        altered=altered,
        at=utcnow(),
        orphans=orphans,
        leftovers=leftovers(db),
        database=damaged,
    )
    if damaged is not None:
        return report  # nothing is written into a damaged database
    with db.session(need=roles.SYSTEM) as session:
        summary = {
            "at": report.at.isoformat(timespec="seconds"),
            "checked": report.checked,
            "missing": len(missing),
            "altered": len(altered),
        }
        row = session.get(Setting, LAST_VERIFY_KEY)
        if row is None:
            session.add(Setting(key=LAST_VERIFY_KEY, value=summary))
        else:
            row.value = summary
    return report


def leftovers(db: Database) -> list[Path]:
    """What interrupted work left in the data folder: half-copied files in the store, folders a
    restore or a backup unpacked into and never removed, and half-written files of the folder's own
    (a restore's journal, a setting, a backup killed mid-write: ``.NAME.*.part``) — none while a
    restore journal is there (a restore under way is finished at the next start)."""
    from desktop_app.storage import restore_journal

    found = sorted(store(db).tmp.glob("*.part")) if store(db).tmp.exists() else []
    if not (db.data_dir / restore_journal.JOURNAL).exists():
        for pattern in (restore_journal.STAGING_PREFIX + "*", ".inspect-*", "tmp*"):
            found += sorted(p for p in db.data_dir.glob(pattern) if p.is_dir())
        found += sorted(p for p in db.data_dir.glob(".*.part") if p.is_file())
    return found


def repair(db: Database, report: VerifyReport) -> int:
    """Remove what ``verify`` found that no record needs (store files without a record, leftovers
    of interrupted work); returns how many were removed. Missing and altered files are not
    touched: they need a backup."""
    known: set[str]
    with db.read() as session:
        known = set(session.scalars(select(StoredFile.sha256)))
    removed = 0
    the_store = store(db)
    for path in report.orphans:
        if path.name not in known and the_store.has(path.name):  # still no record uses it
            the_store.remove(path.name)
            removed += 1
    for path in report.leftovers:
        try:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                os.chmod(path, stat.S_IREAD | stat.S_IWRITE)
                path.unlink()
            removed += 1
        except OSError as exc:
            raise explain_os_error(exc, path) from exc
    return removed


def last_verify(db: Database) -> dict | None:
    with db.read() as session:
        row = session.get(Setting, LAST_VERIFY_KEY)
        return dict(row.value) if row else None


def periods(db: Database) -> list[str]:
    """The periods (year-month) evidence is filed for, newest first."""
    with db.read() as session:
        rows = session.scalars(
            select(Evidence.period).where(Evidence.period != "").distinct().order_by(Evidence.period.desc())
        )
        return list(rows)


__all__ = ["CATEGORIES", "AddResult", "EvidenceInfo", "EvidenceMeta", "Skipped", "VerifyReport"]
