"""The crash handler: every uncaught exception is logged and shown with copyable details.

Installed before anything else at start; kept light, as it is imported before the window shows."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.core.errors import KnownError
from desktop_app.crashlog import crash_report, log_exception
from desktop_app.gui.qt import QApplication


class CrashHandler:
    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self.previous = sys.excepthook
        self.reports: list[str] = []

    def install(self) -> CrashHandler:
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        sys.excepthook = self.previous

    def __call__(self, exc_type, exc, tb) -> None:
        from desktop_app.gui import dialogs

        if isinstance(exc, KnownError):  # a user-level problem that escaped a handler
            dialogs.error(QApplication.activeWindow(), exc)
            return
        path = log_exception(exc_type, exc, tb, data_dir=self.data_dir)
        report = crash_report(exc_type, exc, tb)
        self.reports.append(report)
        if dialogs.headless() or QApplication.instance() is None:
            sys.stderr.write(report + "\n")
            return
        from desktop_app.gui.crash_dialog import CrashDialog  # widgets loaded only when needed

        CrashDialog(report, path, QApplication.activeWindow()).exec()
