"""The idle lock: with users on, a window left untouched for a while asks for the password again
before anyone can go on (an office PC is often left open at lunch)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.gui.qt import QCoreApplication, QEvent, QObject, QTimer

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

IDLE_MINUTES = 15
_INPUT = (
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
)


class IdleLock(QObject):
    """Restarts its timer on every key, click or mouse move in the program; when it runs out, the
    window is hidden behind the login dialog until the same person (or another) logs in."""

    def __init__(self, window: MainWindow, minutes: float = IDLE_MINUTES):
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(self.lock)
        self.locked = False
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked and event.type() in _INPUT:
            self.timer.start()
        return False

    def lock(self) -> bool:
        """Ask for a login now; the program closes when no one logs in. True when someone did."""
        from desktop_app.gui import dialogs
        from desktop_app.gui.login import LoginDialog

        db = self.window.attached
        if db is None or db.user is None:
            return True
        self.locked = True
        previous, db.user = db.user, None
        self.window.setEnabled(False)
        try:
            dialog = LoginDialog(db, self.window)
            dialog.name.setText(previous.name)
            if dialogs.run_dialog(dialog) and db.user is not None:
                return True
            self.window.close()
            return False
        finally:
            self.window.setEnabled(True)
            self.locked = False
            self.timer.start()
