"""Evidence records: what is said of each, the store their files are kept in, looking them up, listing,
editing and reading them back."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from desktop_app.core.errors import KnownError, NotFoundError, explain_os_error
from desktop_app.core.evidence import (
    REVIEW_PASSED,
    category_problem,
    current_period,
    period_problem,
    safe_name,
)
from desktop_app.core.i18n import tr
from desktop_app.core.text import without_format_characters
from desktop_app.core.unit_names import Names
from desktop_app.core.units import name_key
from desktop_app.services import campaigns, tasks
from desktop_app.services.evidence import index as evidence_index
from desktop_app.services.side_by_side import as_read
from desktop_app.storage.database import Database
from desktop_app.storage.filestore import FileStore
from desktop_app.storage.models import (
    Evidence,
    EvidenceText,
    ItemRow,
    StoredFile,
    Task,
    Unit,
    UnitAlias,
)


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

    def to_json(self) -> dict[str, Any]:
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
def _item_id(session: Session, item_no: int) -> int:
    campaign = campaigns.current(session)
    item_id = session.scalar(
        select(ItemRow.id).where(ItemRow.rule_set_id == campaign.rule_set_id, ItemRow.no == item_no)
    )
    if item_id is None:
        raise NotFoundError(tr("Evidence", "The rule set has no item ({0}).").format(item_no))
    return int(item_id)


def _unit_id(session: Session, unit: str | None) -> int | None:
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
    return int(found)


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


def _info_of_row(row: dict[str, object], item_no: int, unit: str, task: str) -> EvidenceInfo:
    return _info(SimpleNamespace(**row), item_no, unit, task)  # type: ignore[arg-type]  # the row's columns


def rows_of(session: Session, ids: list[int]) -> list[Evidence]:
    """The records ``ids`` names, every one of them: NotFoundError naming those that are not there."""
    rows = list(session.scalars(select(Evidence).where(Evidence.id.in_(ids))))
    missing = set(ids) - {r.id for r in rows}
    if missing:
        raise NotFoundError(
            tr("Evidence", "There is no evidence record {0}.").format("、".join(str(i) for i in sorted(missing)))
        )
    return rows


def _unit_name(session: Session, unit_id: int | None) -> str:
    unit = session.get(Unit, unit_id) if unit_id else None
    return unit.name if unit is not None else ""


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


def _where(session: Session, query: Any, flt: Filter) -> Any:
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


def recognised(db: Database, sha256: str) -> float | None:
    """The mean confidence of a file's text when it was recognised from a scan or picture (services.ocr),
    None for a typed text or none."""
    with db.read() as session:
        return session.scalar(select(EvidenceText.recognised).where(EvidenceText.sha256 == sha256))


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


def periods(db: Database) -> list[str]:
    """The periods (year-month) evidence is filed for, newest first."""
    with db.read() as session:
        rows = session.scalars(
            select(Evidence.period).where(Evidence.period != "").distinct().order_by(Evidence.period.desc())
        )
        return list(rows)
