"""The data folder itself: created, proved writable, and OS errors turned into clear messages.

Kept free of SQLAlchemy so the GUI can check the folder before anything heavy is imported.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from desktop_app.core.errors import DataDirError
from desktop_app.core.i18n import tr


def ensure_data_dir(data_dir: Path) -> None:
    """Create the data folder and prove it is writable, or say clearly why not."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        probe = data_dir / ".write-test"
        with open(probe, "wb") as fh:
            fh.write(b"ok")
            fh.flush()
            os.fsync(fh.fileno())
        probe.unlink()
    except OSError as exc:
        raise os_error(exc, data_dir) from exc


def os_error(exc: OSError, path: Path | None) -> DataDirError:
    where = str(path or exc.filename or "")
    if exc.errno == errno.ENOSPC:
        return DataDirError(tr("Storage", "The disk holding {0} is full. Free some space and try again.").format(where))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DataDirError(
            tr("Storage", "The data folder {0} cannot be written. Choose a folder you may write to.").format(where)
        )
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return DataDirError(tr("Storage", "{0} is a file, not a folder. Choose a folder for the data.").format(where))
    return DataDirError(tr("Storage", "The data folder {0} cannot be used: {1}").format(where, exc.strerror or exc))


def file_error(exc: OSError, path: Path) -> DataDirError:
    """Why a file the user chose (an export, a report) could not be written."""
    if exc.errno == errno.ENOSPC:
        return DataDirError(tr("Storage", "The disk holding {0} is full. Free some space and try again.").format(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY):
        return DataDirError(
            tr(
                "Storage",
                "The file {0} cannot be written: it may be open in Excel or WPS, or the folder is read-only. "
                "Close it, or choose another name.",
            ).format(path)
        )
    if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EEXIST):  # EEXIST: a file has the folder's name
        return DataDirError(tr("Storage", "The folder for {0} does not exist.").format(path))
    return DataDirError(tr("Storage", "The file {0} cannot be written: {1}").format(path, exc.strerror or exc))
