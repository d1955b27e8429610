"""The archive of generated reports: a copy of each under the data folder's reports/, listed with
its kind, parameters, time and SHA-256, and checked against it when opened again."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_app.core import roles
from desktop_app.core.atomic import atomic_path
from desktop_app.core.errors import KnownError, NotFoundError, explain_os_error
from desktop_app.core.i18n import tr
from desktop_app.storage.database import Database
from desktop_app.storage.models import ReportArchive

REPORTS_DIR = "reports"


@dataclass
class ArchivedReport:
    id: int
    kind: str
    title: str
    params: dict
    created_at: dt.datetime
    path: Path
    sha256: str
    size: int


def write(db: Database, target: Path, writer, *, kind: str, title: str, params: dict) -> tuple[str, int]:
    """Write a report to ``target`` completely or not at all (``writer(path)`` draws it), then keep a
    copy in the archive; returns its SHA-256 and archive id."""
    target = Path(target)
    try:
        with atomic_path(target) as tmp:
            writer(tmp)
    except OSError as exc:
        raise explain_os_error(exc, target) from exc
    return keep(db, kind, title, target, params)


def keep(db: Database, kind: str, title: str, source: Path, params: dict) -> tuple[str, int]:
    """Keep a copy of a generated report under the data folder's reports/, listed with its SHA-256;
    returns the SHA-256 and the archive id."""
    source = Path(source)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    folder = db.data_dir / REPORTS_DIR
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"{kind}-{stamp}-{digest[:8]}{source.suffix}"
    try:
        folder.mkdir(exist_ok=True)
        with atomic_path(folder / name) as tmp:
            shutil.copyfile(source, tmp)
    except OSError as exc:
        raise explain_os_error(exc, folder / name) from exc
    if "history_chain" not in params:  # the report anchors the history as it stood (audit verify checks it)
        from desktop_app.services.history import chain_head

        params = {**params, "history_chain": chain_head(db)}
    with db.session(need=roles.SYSTEM) as session:
        row = ReportArchive(
            kind=kind, title=title, params=params, file_name=name, sha256=digest, size=source.stat().st_size
        )
        session.add(row)
        session.flush()
        return digest, row.id


def listed(db: Database) -> list[ArchivedReport]:
    """Every archived report, newest first."""
    with db.read() as session:
        rows = session.scalars(select(ReportArchive).order_by(ReportArchive.id.desc()))
        return [
            ArchivedReport(
                r.id,
                r.kind,
                r.title,
                dict(r.params),
                r.created_at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None),
                db.data_dir / REPORTS_DIR / r.file_name,
                r.sha256,
                r.size,
            )
            for r in rows
        ]


def path_of(db: Database, archive_id: int) -> Path:
    """The archived file, checked against its SHA-256."""
    found = next((r for r in listed(db) if r.id == archive_id), None)
    if found is None:
        raise NotFoundError(tr("Archive", "There is no archived report {0}.").format(archive_id))
    if not found.path.exists() or hashlib.sha256(found.path.read_bytes()).hexdigest() != found.sha256:
        raise KnownError(
            tr("Archive", "The archived file {0} is missing or was changed; generate the report again.").format(
                found.path.name
            )
        )
    return found.path
