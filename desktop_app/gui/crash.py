"""The crash handler: every uncaught exception is logged and shown with copyable details."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.core.errors import KnownError
from desktop_app.crashlog import crash_report, log_exception
from desktop_app.gui import dialogs
from desktop_app.gui.qt import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)


class CrashDialog(QDialog):
    def __init__(self, report: str, log_path: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr(
                "Sorry, something went wrong inside the program. Your data is safe: every change is saved "
                "as it is made. The details were written to:\n{0}\n"
                "Please copy them and send them to your support contact."
            ).format(log_path)
        )
        label.setWordWrap(True)
        layout.addWidget(label)
        self.details = QPlainTextEdit(report)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy details"))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


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
        if isinstance(exc, KnownError):  # a user-level problem that escaped a handler
            dialogs.error(QApplication.activeWindow(), exc)
            return
        path = log_exception(exc_type, exc, tb, data_dir=self.data_dir)
        report = crash_report(exc_type, exc, tb)
        self.reports.append(report)
        if dialogs.headless() or QApplication.instance() is None:
            sys.stderr.write(report + "\n")
            return
        CrashDialog(report, path, QApplication.activeWindow()).exec()
