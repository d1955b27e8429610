"""The swap at the end of a restore, under a journal, so no moment of it can strand the office.

``begin`` writes ``restore-journal.json`` (the staging folder holding the checked backup, and the
``before-restore-…`` folder the current data goes to) before anything live moves. ``finish`` then
moves the current data aside and the staged data in, and removes the journal last. A start after a
kill at any moment finds the journal and finishes the same way (``recover``), saying so: the backup
was checked whole before the journal was written, so finishing is always right.

A data folder whose database is missing while its evidence store or a ``before-restore-…`` folder
is there is never given a new, empty database: ``missing_database`` says what is there and the way
back. Nothing here imports SQLAlchemy.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from desktop_app.core.atomic import atomic_path
from desktop_app.core.errors import DataDirError
from desktop_app.core.i18n import tr
from desktop_app.paths import DB_FILE_NAME
from desktop_app.storage.history_head import FILE_NAME as HEAD_FILE

JOURNAL = "restore-journal.json"
STAGING_PREFIX = ".restore-"
KEPT_PREFIX = "before-restore-"
MOVED_IN = (DB_FILE_NAME, "store")  # what a backup brings
#: what is set aside: the database, its journal files, the history's head beside it, the store
LIVE = (DB_FILE_NAME, DB_FILE_NAME + "-wal", DB_FILE_NAME + "-shm", HEAD_FILE, "store")


def _sync(folder: Path) -> None:
    if os.name == "nt":
        return  # NTFS journals renames; a folder cannot be opened to sync on Windows
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def begin(data_dir: Path, staging: Path, kept: Path) -> None:
    """Write the journal: from now on, a start finishes this restore."""
    with atomic_path(data_dir / JOURNAL) as tmp:
        tmp.write_text(json.dumps({"staging": staging.name, "kept": kept.name}), encoding="utf-8")


def finish(data_dir: Path) -> Path | None:
    """Finish the restore the journal names (nothing without one); returns the folder the replaced
    data was kept in. Each step can be repeated: a kill in the middle of this is finished next time."""
    journal = data_dir / JOURNAL
    if not journal.exists():
        return None
    names = json.loads(journal.read_text(encoding="utf-8"))
    staging, kept = data_dir / names["staging"], data_dir / names["kept"]
    database_still_staged = (staging / DB_FILE_NAME).exists()
    for name in LIVE:  # the current data aside (all of it, before anything moves in), unless it is the backup's
        current = database_still_staged or (name == "store" and (staging / name).exists())
        if (data_dir / name).exists() and current:
            kept.mkdir(exist_ok=True)
            os.replace(data_dir / name, kept / name)
    for name in MOVED_IN:
        if (staging / name).exists():
            os.replace(staging / name, data_dir / name)
    _sync(data_dir)
    journal.unlink()
    _sync(data_dir)
    shutil.rmtree(staging, ignore_errors=True)
    return kept if kept.exists() else None


def recover(data_dir: Path) -> str | None:
    """At start: finish a restore a kill interrupted, and the message that says so (None when there
    was none)."""
    if not (data_dir / JOURNAL).exists():
        return None
    kept = finish(data_dir)
    text = tr("Restore", "A restore of a backup was interrupted last time; it has now been finished.")
    if kept is not None:
        text += " " + tr("Restore", "The data it replaced is kept in {0}.").format(kept)
    return text


def clean_leftovers(data_dir: Path) -> int:
    """Remove staging folders a restore killed before its journal left behind (no journal names
    them: nothing live was moved); returns how many. Called by a holder of the folder's lock."""
    if (data_dir / JOURNAL).exists():
        return 0
    removed = 0
    for folder in data_dir.glob(STAGING_PREFIX + "*"):
        if folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def kept_folders(data_dir: Path) -> list[Path]:
    """The ``before-restore-…`` folders, newest first."""
    return sorted((p for p in data_dir.glob(KEPT_PREFIX + "*") if p.is_dir()), key=lambda p: p.name, reverse=True)


def missing_database(data_dir: Path) -> DataDirError | None:
    """Why a data folder without a database must not be given an empty one: its evidence store has
    files, or the data of an earlier restore is kept beside it. None when it may start afresh."""
    if (data_dir / DB_FILE_NAME).exists():
        return None
    store = data_dir / "store"
    has_files = store.is_dir() and any(p.is_file() and p.parent.name != "tmp" for p in store.rglob("*"))
    kept = kept_folders(data_dir)
    if not has_files and not kept:
        return None
    details = []
    if has_files:
        details.append(tr("Restore", "The evidence store {0} holds files.").format(store))
    if kept:
        details.append(tr("Restore", "The data set aside by an earlier restore is in {0}.").format(kept[0]))
        details.append(tr("Restore", "To go back to it: foodsafety-desk restore --previous (or restore a backup)."))
    else:
        details.append(tr("Restore", "Restore a backup (foodsafety-desk restore FILE.fsdbak) to get the data back."))
    return DataDirError(
        tr(
            "Restore",
            "The data folder {0} has no database, but it is not empty. The program did not create a new, "
            "empty one, so that nothing is hidden or lost.",
        ).format(data_dir),
        details,
    )


def put_back(data_dir: Path, kept: Path, aside: Path) -> None:
    """Undo a restore: the current data to ``aside``, the data kept in ``kept`` back in place."""
    for name in LIVE:
        if (data_dir / name).exists():
            aside.mkdir(exist_ok=True)
            os.replace(data_dir / name, aside / name)
    for name in LIVE:
        if (kept / name).exists():
            os.replace(kept / name, data_dir / name)
    _sync(data_dir)
    if not any(kept.iterdir()):
        kept.rmdir()
