"""Message boxes and file choosers in one place.

With ``FOODSAFETY_DESK_NO_DIALOGS=1`` (tests, CI) nothing modal opens: messages are
recorded in ``shown`` and questions get ``auto_answer``, so a test can check that the
user would have been told, in Chinese, what went wrong.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from desktop_app.core.errors import KnownError, explain_os_error
from desktop_app.core.progress import Cancelled
from desktop_app.gui.qt import QCoreApplication, QFileDialog, QMessageBox, QWidget


@dataclass
class Shown:
    kind: str
    title: str
    text: str
    details: list[str] = field(default_factory=list)


shown: list[Shown] = []
auto_answer = True
auto_files: list[str] = []  # what the file choosers "pick" when dialogs are off


def headless() -> bool:
    return os.environ.get("FOODSAFETY_DESK_NO_DIALOGS") == "1"


auto_dialog = None  # headless: called with each dialog of the program's own; returns whether it was accepted


def run_dialog(dialog) -> bool:
    """exec() a dialog of the program's own; headless, ``auto_dialog`` (or ``auto_answer``) decides."""
    if headless():
        return bool(auto_dialog(dialog)) if auto_dialog else auto_answer
    return bool(dialog.exec())


def _t(text: object) -> str:
    return QCoreApplication.translate("Dialogs", str(text))


def message(parent: QWidget | None, kind: str, title: str, text: str, details: list[str] | None = None) -> None:
    details = list(details or [])
    shown.append(Shown(kind, title, text, details))
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
    shown.append(Shown("question", _t("Please confirm"), text))
    if headless():
        return auto_answer
    answer = QMessageBox.question(parent, _t("Please confirm"), text)
    return answer == QMessageBox.StandardButton.Yes


def _pick() -> str:
    return auto_files.pop(0) if auto_files else ""


def open_file(parent: QWidget | None, caption: str, filter_text: str) -> str:
    if headless():
        return _pick()
    return QFileDialog.getOpenFileName(parent, caption, "", filter_text)[0]


def save_file(parent: QWidget | None, caption: str, suggested: str, filter_text: str) -> str:
    if headless():
        return _pick()
    return QFileDialog.getSaveFileName(parent, caption, suggested, filter_text)[0]


def open_files(parent: QWidget | None, caption: str, filter_text: str) -> list[str]:
    """Several files at once; headless, each queued answer is one file."""
    if headless():
        picked = []
        while auto_files:
            picked.append(auto_files.pop(0))
        return [p for p in picked if p]
    return QFileDialog.getOpenFileNames(parent, caption, "", filter_text)[0]


def choose_folder(parent: QWidget | None, caption: str) -> str:
    if headless():
        return _pick()
    return QFileDialog.getExistingDirectory(parent, caption)


auto_text: list[str] = []  # what text questions "answer" when dialogs are off
opened: list[tuple[str, str]] = []  # ("open" | "folder", path) asked of the system when dialogs are off


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """A line of text from the user, or None when cancelled."""
    shown.append(Shown("question", title, label))
    if headless():
        return auto_text.pop(0) if auto_text else None
    from desktop_app.gui.qt import QInputDialog

    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text if ok else None


def open_path(path) -> None:
    """Open a file with the program the system uses for its kind."""
    from desktop_app.gui.qt import QDesktopServices, QUrl

    opened.append(("open", str(path)))
    if not headless():
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path) -> None:
    """Open the folder holding ``path``, with the file selected where the system can do that."""
    import sys
    from pathlib import Path

    from desktop_app.gui.qt import QDesktopServices, QProcess, QUrl

    opened.append(("folder", str(path)))
    if headless():
        return
    if sys.platform == "win32":
        QProcess.startDetached("explorer.exe", ["/select,", str(Path(path))])
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))
