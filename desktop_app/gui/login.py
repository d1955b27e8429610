"""The login at start, once the office has turned users on: name and password, the reason shown
when they are refused (a wrong password, a locked login), three tries before the program closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.gui import dialogs
from desktop_app.gui.qt import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget
from desktop_app.services import users

if TYPE_CHECKING:
    from desktop_app.storage.database import Database

TRIES = 3


class LoginDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Log in"))
        self.setMinimumWidth(360)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("This data folder is shared: log in with your name and password.")))
        self.name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Password:"), self.password)
        self.problem = QLabel()
        self.problem.setStyleSheet("color:#b00020")
        self.problem.setWordWrap(True)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.tries = 0

    def try_login(self) -> bool:
        """Check the name and password; the dialog closes on success, says why otherwise."""
        try:
            users.login(self.db, self.name.text(), self.password.text())
        except users.LoginFailed as failed:
            self.tries += 1
            self.problem.setText(str(failed))
            dialogs.note("error", self.windowTitle(), str(failed))
            self.password.clear()
            if self.tries >= TRIES:
                self.reject()
            return False
        self.accept()
        return True


def log_in(db: Database, parent: QWidget | None = None) -> bool:
    """With users on, ask until the person logs in (True) or gives up (False); with users off, True."""
    if not users.enabled(db):
        return True
    return dialogs.run_dialog(LoginDialog(db, parent)) and db.user is not None
