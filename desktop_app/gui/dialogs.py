"""Message boxes, questions and file choosers in one place, asked of one injected ``Prompter``.

The real prompter opens Qt's dialogs. A ``ScriptedPrompter`` (``use`` it; tests do, and the program
starts with one under ``FOODSAFETY_DESK_NO_DIALOGS=1``) opens nothing modal: it keeps what the user
would have been shown, in Chinese, and answers from what the test gave it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.core.errors import KnownError, explain_os_error
from desktop_app.core.progress import Cancelled
from desktop_app.gui.qt import QCoreApplication, QDialog, QFileDialog, QMessageBox, QWidget


@dataclass
class Shown:
    kind: str
    title: str
    text: str
    details: list[str] = field(default_factory=list)


class Prompter:
    """Whoever answers the program's questions. The real one opens Qt's dialogs; a scripted one (tests,
    CI, the screenshot command) answers from what it was given and keeps what it was shown."""

    scripted = False

    def note(self, shown: Shown) -> None:
        """A message, question or form error shown to the user (kept by a scripted prompter)."""

    def run_dialog(self, dialog: QDialog) -> bool:
        return bool(dialog.exec())

    def pick_file(self, parent: QWidget | None, caption: str, filter_text: str) -> str:
        return QFileDialog.getOpenFileName(parent, caption, "", filter_text)[0]

    def pick_files(self, parent: QWidget | None, caption: str, filter_text: str) -> list[str]:
        return QFileDialog.getOpenFileNames(parent, caption, "", filter_text)[0]

    def pick_save_file(self, parent: QWidget | None, caption: str, suggested: str, filter_text: str) -> str:
        return QFileDialog.getSaveFileName(parent, caption, suggested, filter_text)[0]

    def pick_folder(self, parent: QWidget | None, caption: str) -> str:
        return QFileDialog.getExistingDirectory(parent, caption)

    def text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        from desktop_app.gui.qt import QInputDialog

        text, ok = QInputDialog.getMultiLineText(parent, title, label)
        return text if ok else None

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def system(self, action: str, path: str) -> bool:
        """Whether the system should really open the file or folder (``action`` is open or folder)."""
        return True


class ScriptedPrompter(Prompter):
    """Answers as scripted: ``files`` and ``texts`` are taken in turn, ``answer`` for yes/no questions
    and the program's own dialogs, unless ``dialog`` (called with each dialog) decides."""

    scripted = True

    def __init__(self) -> None:
        self.shown: list[Shown] = []
        self.answer = True
        self.files: list[str] = []
        self.texts: list[str] = []
        self.dialog: Callable[[QDialog], object] | None = None
        self.opened: list[tuple[str, str]] = []  # ("open" | "folder" | "print", path) asked of the system

    def note(self, shown: Shown) -> None:
        self.shown.append(shown)

    def run_dialog(self, dialog: QDialog) -> bool:
        return bool(self.dialog(dialog)) if self.dialog else self.answer

    def _pick(self) -> str:
        return self.files.pop(0) if self.files else ""

    def pick_file(self, parent: QWidget | None, caption: str, filter_text: str) -> str:
        return self._pick()

    def pick_files(self, parent: QWidget | None, caption: str, filter_text: str) -> list[str]:
        picked = []
        while self.files:
            picked.append(self.files.pop(0))
        return [p for p in picked if p]

    def pick_save_file(self, parent: QWidget | None, caption: str, suggested: str, filter_text: str) -> str:
        return self._pick()

    def pick_folder(self, parent: QWidget | None, caption: str) -> str:
        return self._pick()

    def text(self, parent: QWidget | None, title: str, label: str) -> str | None:
        return self.texts.pop(0) if self.texts else None

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        return self.answer

    def system(self, action: str, path: str) -> bool:
        self.opened.append((action, path))
        return False


_prompter: Prompter = ScriptedPrompter() if os.environ.get("FOODSAFETY_DESK_NO_DIALOGS") == "1" else Prompter()


def use(prompter: Prompter) -> Prompter:
    """Answer the program's questions with ``prompter`` from now on; returns it."""
    global _prompter
    _prompter = prompter
    return prompter


def current() -> Prompter:
    return _prompter


def headless() -> bool:
    """No modal window may open (tests, CI, the screenshot command)."""
    return _prompter.scripted


def note(kind: str, title: str, text: str, details: list[str] | None = None) -> None:
    """Tell the prompter what the user was shown in a window of the program's own (a form's error)."""
    _prompter.note(Shown(kind, title, text, list(details or [])))


def run_dialog(dialog: QDialog) -> bool:
    """exec() a dialog of the program's own, or let a scripted prompter decide."""
    return _prompter.run_dialog(dialog)


def _t(text: object) -> str:
    return QCoreApplication.translate("Dialogs", str(text))


def message(parent: QWidget | None, kind: str, title: str, text: str, details: list[str] | None = None) -> None:
    details = list(details or [])
    _prompter.note(Shown(kind, title, text, details))
    if headless():
        return
    box = QMessageBox(parent)
    box.setIcon(
        {"error": QMessageBox.Icon.Warning, "info": QMessageBox.Icon.Information}.get(
            kind, QMessageBox.Icon.Information
        )
    )
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText("\n".join(details[:12]) + ("\n…" if len(details) > 12 else ""))
        box.setDetailedText("\n".join(details))
    box.exec()


def info(parent: QWidget | None, text: str, details: list[str] | None = None) -> None:
    message(parent, "info", _t("FoodSafety Desk"), text, details)


def error(parent: QWidget | None, err: BaseException) -> None:
    """Show a KnownError, or an OS error explained (a disk full, a file open in Excel); a cancel the
    user asked for is not an error; anything else is a bug and goes to the crash handler."""
    if isinstance(err, Cancelled):
        return
    if isinstance(err, OSError):
        err = explain_os_error(err)
    if not isinstance(err, KnownError):
        raise err
    message(parent, "error", _t("Cannot do that"), err.message, err.details)


def guarded(parent: QWidget | None, func, *args, **kwargs) -> bool:
    """Run ``func``; a KnownError or OS error is shown to the user. True when it succeeded."""
    try:
        func(*args, **kwargs)
    except (KnownError, OSError) as err:
        error(parent, err)
        return False
    return True


def ask(parent: QWidget | None, text: str) -> bool:
    _prompter.note(Shown("question", _t("Please confirm"), text))
    return _prompter.ask(parent, _t("Please confirm"), text)


def open_file(parent: QWidget | None, caption: str, filter_text: str) -> str:
    return _prompter.pick_file(parent, caption, filter_text)


def save_file(parent: QWidget | None, caption: str, suggested: str, filter_text: str) -> str:
    return _prompter.pick_save_file(parent, caption, suggested, filter_text)


def open_files(parent: QWidget | None, caption: str, filter_text: str) -> list[str]:
    """Several files at once."""
    return _prompter.pick_files(parent, caption, filter_text)


def choose_folder(parent: QWidget | None, caption: str) -> str:
    return _prompter.pick_folder(parent, caption)


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """A line of text from the user, or None when cancelled."""
    _prompter.note(Shown("question", title, label))
    return _prompter.text(parent, title, label)


def open_path(path) -> None:
    """Open a file with the program the system uses for its kind."""
    from desktop_app.gui.qt import QDesktopServices, QUrl

    if _prompter.system("open", str(path)):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path) -> None:
    """Open the folder holding ``path``, with the file selected where the system can do that."""
    import sys
    from pathlib import Path

    from desktop_app.gui.qt import QDesktopServices, QProcess, QUrl

    if not _prompter.system("folder", str(path)):
        return
    if sys.platform == "win32":
        QProcess.startDetached("explorer.exe", ["/select,", str(Path(path))])
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
