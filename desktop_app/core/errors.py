"""Errors a person can act on (``KnownError``) versus bugs (everything else).

A ``KnownError`` carries a message for the user, already translated; the CLI prints it
and exits non-zero, the GUI shows it in a dialog.  Anything else is a bug: logged with
its traceback and shown by the crash handler.
"""

from __future__ import annotations

from collections.abc import Iterable


class KnownError(Exception):
    """Something the user can fix; ``str(err)`` is the message to show."""

    exit_code = 2

    def __init__(self, message: str, details: Iterable[str] = ()):
        super().__init__(message)
        self.message = message
        self.details = list(details)

    def full_text(self) -> str:
        return "\n".join([self.message, *self.details])


class DataDirError(KnownError):
    """The data folder cannot be created, read or written."""


class DatabaseError(KnownError):
    """The database file is damaged, foreign, too new, locked or the disk is full."""


class AlreadyRunningError(KnownError):
    """Another instance holds the data folder."""


class ImportRejected(KnownError):
    """An import found problems; nothing was written.  ``details`` lists every problem."""


class ChangedMeanwhile(KnownError):
    """A record was saved by someone else since the clerk read it (or at the very same moment);
    nothing was saved (services.side_by_side)."""


class NotFoundError(KnownError):
    """Something named by the user does not exist."""


class NoCampaignError(KnownError):
    """The data folder holds no campaign yet."""


def explain_os_error(exc: OSError, path: object = None, *, data_folder: bool = False) -> DataDirError:
    """An OS error as the clerk can act on it, in Chinese: the disk is full, the file is open in
    Excel or the folder read-only, the folder does not exist… ``path`` is the file or folder the
    user chose (else the one the error names); ``data_folder`` when it is the program's data folder.

    Services turn OS errors into these at their boundary; the GUI shows any that reach it the same way.
    """
    import errno

    from desktop_app.core.i18n import tr

    where = str(path or exc.filename or "")
    if exc.errno == errno.ENOSPC:
        return DataDirError(tr("Storage", "The disk holding {0} is full. Free some space and try again.").format(where))
    if data_folder:
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return DataDirError(
                tr("Storage", "The data folder {0} cannot be written. Choose a folder you may write to.").format(where)
            )
        if exc.errno in (errno.ENOTDIR, errno.EEXIST):
            return DataDirError(
                tr("Storage", "{0} is a file, not a folder. Choose a folder for the data.").format(where)
            )
        return DataDirError(tr("Storage", "The data folder {0} cannot be used: {1}").format(where, exc.strerror or exc))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY):
        return DataDirError(
            tr(
                "Storage",
                "The file {0} cannot be written: it may be open in Excel or WPS, or the folder is read-only. "
                "Close it, or choose another name.",
            ).format(where)
        )
    if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EEXIST):  # EEXIST: a file has the folder's name
        return DataDirError(tr("Storage", "The folder for {0} does not exist.").format(where))
    return DataDirError(tr("Storage", "The file {0} cannot be written: {1}").format(where, exc.strerror or exc))
