"""The dialog shown for a bug, with the details to copy (see gui/crash.py)."""

from __future__ import annotations

from pathlib import Path

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
