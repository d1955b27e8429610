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


class NotFoundError(KnownError):
    """Something named by the user does not exist."""


class NoCampaignError(KnownError):
    """The data folder holds no campaign yet."""
