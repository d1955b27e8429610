"""设置 › 数据库: the office server's address, login and password, tried before they are kept; for
moving this PC's campaign up, also the shared folder for the evidence."""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.core.errors import KnownError
from desktop_app.gui import dialogs
from desktop_app.gui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from desktop_app.gui.worker import run_task
from desktop_app.services import server
from desktop_app.storage import address


class ServerDialog(QDialog):
    """``moving``: the campaign of this PC goes up (the shared folder is asked for too); otherwise the
    PC connects to a campaign already there. ``save`` tries the server and keeps ``url``, ``password``
    (and ``store_folder``) only when it answered as wanted; the page does the rest."""

    def __init__(self, current: str | None = None, *, moving: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.moving = moving
        self.url = ""
        self.password_text = ""
        self.store_folder = ""
        self.in_database = False  # the evidence inside the server's database instead of a shared folder
        self.state: server.ServerState | None = None
        self.setWindowTitle(self.tr("Move the campaign to the server") if moving else self.tr("Connect to the server"))
        self.setMinimumWidth(520)
        host, port, database, user = address.parts(current) if current else ("", address.DEFAULT_PORT, "", "")
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "The office's IT person gives these (see the guide's section on server mode). The password is "
                "kept in PostgreSQL's own password file of this Windows user, not in the program's files."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.host = QLineEdit(host)
        self.host.setPlaceholderText(self.tr("such as 192.168.1.20 or the server's name"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(port)
        self.database = QLineEdit(database)
        self.user = QLineEdit(user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Server *"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database *"), self.database)
        form.addRow(self.tr("Login *"), self.user)
        form.addRow(self.tr("Password"), self.password)
        self.folder = QLineEdit()
        if moving:
            self.folder.setPlaceholderText(self.tr("such as \\\\服务器\\创建材料"))
            row = QHBoxLayout()
            row.addWidget(self.folder, 1)
            browse = QPushButton(self.tr("Browse…"))
            browse.clicked.connect(self._browse)
            row.addWidget(browse)
            form.addRow(self.tr("Shared evidence folder *"), row)
            self.keep_inside = QCheckBox(self.tr("No shared folder: keep the evidence files inside the database"))
            self.keep_inside.toggled.connect(self.folder.setDisabled)
            self.keep_inside.toggled.connect(browse.setDisabled)
            form.addRow(self.keep_inside)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        form.addRow(self.result_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.try_button = buttons.addButton(self.tr("Test the connection"), QDialogButtonBox.ButtonRole.ActionRole)
        self.try_button.clicked.connect(lambda: self.test())
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Move up") if moving else self.tr("Connect"))
        self.trying = False  # the server is being tried (in the background)
        self._tried = ""  # the password it was tried with
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Shared evidence folder"))
        if folder:
            self.folder.setText(folder)

    def _address(self) -> str:
        missing = [
            label
            for label, field in (
                (self.tr("server"), self.host),
                (self.tr("database"), self.database),
                (self.tr("login"), self.user),
            )
            if not field.text().strip()
        ]
        if missing:
            raise KnownError(self.tr("Fill in the {0}.").format("、".join(missing)))
        return address.compose(self.host.text(), self.port.value(), self.database.text(), self.user.text())

    def _show(self, text: str, *, error: bool) -> None:
        self.result_label.setStyleSheet("color:#b00020" if error else "color:#1d6b2f")
        self.result_label.setText(text)
        if error:
            dialogs.note("error", self.windowTitle(), text)

    def test(self, then: Callable[[server.ServerState], None] | None = None) -> None:
        """Try the server with what is typed, off the window's thread (a server that does not answer
        takes up to ten seconds to say so); what it holds, or the problem, is shown under the form, and
        ``then`` hears of a server that answered."""
        try:
            url = self._address()
        except KnownError as err:
            self._show(err.message, error=True)
            return
        password = self.password.text()
        self._tried = password
        self._trying(True)

        def answered(state: server.ServerState) -> None:
            self._trying(False)
            if state.empty:
                self._show(self.tr("Connected. The database is empty: a campaign can be moved up to it."), error=False)
            else:
                self._show(
                    self.tr("Connected. The database holds the campaign “{0}”.").format(state.campaign), error=False
                )
            if then is not None:
                then(state)

        def refused(err: BaseException) -> None:
            self._trying(False)
            if isinstance(err, KnownError):
                self._show(err.message, error=True)
            else:
                dialogs.error(self, err)

        run_task(lambda _progress: server.probe(url, password), answered, refused, parent=self)

    def _trying(self, on: bool) -> None:
        """While the server is tried: said under the form, and the buttons wait."""
        self.trying = on
        for button in (self.try_button, self.ok_button):
            button.setEnabled(not on)
        if on:
            self.result_label.setStyleSheet("color:#555")
            self.result_label.setText(self.tr("Trying the server…"))

    def save(self) -> None:
        self.test(then=self._keep)

    def _keep(self, state: server.ServerState) -> None:
        if self.moving and not state.empty:
            self._show(
                self.tr("The database already holds the campaign “{0}”; choose 连接服务器 to work on it.").format(
                    state.campaign
                ),
                error=True,
            )
            return
        inside = self.moving and self.keep_inside.isChecked()
        if self.moving and not inside and not self.folder.text().strip():
            self._show(self.tr("Name the shared evidence folder."), error=True)
            return
        self.url, self.password_text, self.store_folder = state.url, self._tried, self.folder.text()
        self.in_database = inside
        self.state = state
        self.accept()
