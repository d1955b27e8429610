"""One-file backup of a data folder, and restoring it (on this PC or a new one).

A backup is a ZIP file: ``manifest.json`` (format, schema, time, every member with its SHA-256
and size), the database copied through SQLite's backup API, and the evidence store. It is
written to a temporary file, read back and checked member by member, then renamed into place.

Restoring checks the whole backup first and refuses a damaged, foreign or newer one; only then
is the current data moved aside (kept as a safety copy in ``before-restore-…``) and the backup
unpacked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop_app import __version__
from desktop_app.core.atomic import atomic_path
from desktop_app.core.errors import KnownError, explain_os_error
from desktop_app.core.i18n import tr
from desktop_app.core.progress import Progress, check
from desktop_app.paths import DB_FILE_NAME
from desktop_app.storage import migrate
from desktop_app.storage.database import Database
from desktop_app.storage.models import Evidence, Setting

FORMAT = "foodsafety-desk-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
LAST_BACKUP_KEY = "backup.last"
SUFFIX = ".fsdbak"
CHUNK = 1024 * 1024


class BackupRejected(KnownError):
    """The file is not a usable backup; nothing was changed."""


@dataclass
class BackupInfo:
    path: Path
    created_at: str
    files: int
    size: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def create(db: Database, target: Path, progress: Progress | None = None) -> BackupInfo:
    """Write a verified backup of ``db``'s data folder to ``target``."""
    target = Path(target)
    if target.suffix.lower() != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    store_root = db.data_dir / "store"
    stored = (
        sorted(p for p in store_root.rglob("*") if p.is_file() and p.parent.name != "tmp")
        if store_root.exists()
        else []
    )
    created = dt.datetime.now().isoformat(timespec="seconds")
    try:
        with tempfile.TemporaryDirectory(dir=db.data_dir) as tmp:
            snapshot = db.backup_to(Path(tmp) / DB_FILE_NAME)
            members = [(DB_FILE_NAME, snapshot)] + [(p.relative_to(db.data_dir).as_posix(), p) for p in stored]
            manifest: dict[str, Any] = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "created_at": created,
                "program_version": __version__,
                "schema": migrate.HEAD,
                "members": [],
            }
            with atomic_path(target) as part:
                with zipfile.ZipFile(part, "w", allowZip64=True) as archive:
                    for index, (name, path) in enumerate(members):
                        check(progress, index, len(members) + 1, name)
                        manifest["members"].append({"name": name, "sha256": _sha256(path), "size": path.stat().st_size})
                        method = zipfile.ZIP_DEFLATED if name == DB_FILE_NAME else zipfile.ZIP_STORED
                        archive.write(path, name, compress_type=method)
                    archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
                check(progress, len(members), len(members) + 1, tr("Backup", "Checking the backup"))
                _verify(part)  # read back before it takes the real name
    except OSError as exc:
        raise explain_os_error(exc, target) from exc
    with db.session() as session:
        value = {"at": created, "path": str(target)}
        row = session.get(Setting, LAST_BACKUP_KEY)
        if row is None:
            session.add(Setting(key=LAST_BACKUP_KEY, value=value))
        else:
            row.value = value
    return BackupInfo(target, created, len(members), target.stat().st_size)


def _verify(path: Path) -> dict:
    """The manifest of a backup whose every member matches it; BackupRejected otherwise."""
    name = Path(path).name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BackupRejected(
            tr("Backup", "{0} is not a backup of this program, or it is damaged.").format(name)
        ) from exc
    with archive:
        try:
            manifest = json.loads(archive.read(MANIFEST))
        except (KeyError, ValueError) as exc:
            raise BackupRejected(tr("Backup", "{0} is not a backup of this program.").format(name)) from exc
        if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
            raise BackupRejected(tr("Backup", "{0} is not a backup of this program.").format(name))
        schema = manifest.get("schema")
        if schema != migrate.HEAD and not migrate.is_known(schema):
            raise BackupRejected(
                tr("Backup", "{0} was made by a newer version of this program; install it first.").format(name)
            )
        names = set(archive.namelist()) - {MANIFEST}
        listed = {m["name"] for m in manifest["members"]}
        if names != listed or DB_FILE_NAME not in listed:
            raise BackupRejected(tr("Backup", "{0} is incomplete or has been changed.").format(name))
        for member in manifest["members"]:
            digest = hashlib.sha256()
            try:
                with archive.open(member["name"]) as fh:
                    while chunk := fh.read(CHUNK):
                        digest.update(chunk)
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise BackupRejected(tr("Backup", "{0} is damaged.").format(name)) from exc
            if digest.hexdigest() != member["sha256"]:
                raise BackupRejected(tr("Backup", "{0} is damaged: “{1}” does not match.").format(name, member["name"]))
        return manifest


def verify(path: Path) -> dict:
    """Check a backup without restoring it; returns its manifest."""
    return _verify(Path(path))


def restore(path: Path, data_dir: Path, progress: Progress | None = None) -> Path | None:
    """Replace the data in ``data_dir`` with the backup; returns where the old data was kept (or None).

    The caller holds the data folder's lock and has no database of it open.
    """
    path, data_dir = Path(path), Path(data_dir)
    check(progress, 0, 3, tr("Backup", "Checking the backup"))
    manifest = _verify(path)
    data_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=data_dir))
    try:
        check(progress, 1, 3, tr("Backup", "Unpacking"))
        with zipfile.ZipFile(path) as archive:
            for member in manifest["members"]:
                archive.extract(member["name"], staging)
        for member in manifest["members"]:  # what was unpacked is what was checked
            if _sha256(staging / member["name"]) != member["sha256"]:
                raise BackupRejected(tr("Backup", "{0} could not be unpacked intact.").format(path.name))
        check(progress, 2, 3, tr("Backup", "Replacing the data"))
        kept = _set_aside(data_dir)
        for name in (DB_FILE_NAME, "store"):
            if (staging / name).exists():
                os.replace(staging / name, data_dir / name)
    except OSError as exc:
        raise explain_os_error(exc, data_dir) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    check(progress, 3, 3)
    return kept


def _set_aside(data_dir: Path) -> Path | None:
    """Move the current database (with its journal files) and store into ``before-restore-<time>``."""
    present = [
        data_dir / n
        for n in (DB_FILE_NAME, DB_FILE_NAME + "-wal", DB_FILE_NAME + "-shm", "store")
        if (data_dir / n).exists()
    ]
    if not present:
        return None
    kept = data_dir / f"before-restore-{dt.datetime.now():%Y%m%d-%H%M%S}"
    kept.mkdir()
    for item in present:
        os.replace(item, kept / item.name)
    return kept


def last_backup(db: Database) -> dict | None:
    with db.read() as session:
        row = session.get(Setting, LAST_BACKUP_KEY)
        return dict(row.value) if row else None


REMIND_AFTER_DAYS = 7


def reminder(db: Database, now: dt.datetime | None = None) -> str | None:
    """A reminder to back up, when the last backup is older than a week (or there has been none
    while evidence is filed); None when all is well."""
    now = now or dt.datetime.now()
    last = last_backup(db)
    if last is None:
        with db.read() as session:
            if not session.scalar(select(func.count()).select_from(Evidence)):
                return None
        return tr("Backup", "The data has never been backed up. Back it up now, to a USB stick or another disk.")
    days = (now - dt.datetime.fromisoformat(last["at"])).days
    if days < REMIND_AFTER_DAYS:
        return None
    return tr("Backup", "The last backup was made {0} days ago. Back up now, to a USB stick or another disk.").format(
        days
    )
