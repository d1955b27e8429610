"""Starting the GUI: crash handler first, then the lock, the database, the language, the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop_app import APP_TITLE, APP_TITLE_EN, __version__
from desktop_app.core import settings as spec
from desktop_app.core.errors import KnownError
from desktop_app.crashlog import setup_logging


def _application():
    from desktop_app.gui.qt import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APP_TITLE_EN)
        app.setApplicationDisplayName(APP_TITLE)
        app.setApplicationVersion(__version__)
        app.setOrganizationName("FoodSafetyDesk")
    _prepare(app)
    return app


def _prepare(app) -> None:
    from desktop_app.gui.resources import app_icon, register_fonts, ui_font

    register_fonts()
    app.setFont(ui_font(10))
    app.setWindowIcon(app_icon())


def _language(db) -> str:
    from desktop_app.services import settings as settings_service

    return os.environ.get("FOODSAFETY_DESK_LANG") or str(settings_service.get(db, spec.LANGUAGE))


def open_main_window(db, app):
    """The main window on ``db``, with the language from the settings (used by run and tests)."""
    from desktop_app.gui import i18n
    from desktop_app.gui.main_window import MainWindow

    i18n.install(app, _language(db))
    return MainWindow(db)


def run(data_dir: Path) -> int:
    """Open the program on ``data_dir``; returns the exit code."""
    setup_logging(data_dir) if _can_log(data_dir) else None
    app = _application()
    from desktop_app.gui import dialogs, i18n
    from desktop_app.gui.crash import CrashHandler
    from desktop_app.storage.database import Database, ensure_data_dir
    from desktop_app.storage.lock import InstanceLock

    crash = CrashHandler(data_dir).install()
    i18n.install(app, os.environ.get("FOODSAFETY_DESK_LANG") or "zh_CN")
    lock = None
    try:
        ensure_data_dir(data_dir)
        lock = InstanceLock(data_dir).acquire()
        db = Database.open(data_dir)
    except KnownError as err:
        dialogs.error(None, err)
        if lock:
            lock.release()
        crash.uninstall()
        return err.exit_code
    try:
        i18n.install(app, _language(db))
        from desktop_app.services import campaigns

        if campaigns.get(db) is None:
            from desktop_app.gui.wizard import FirstRunWizard

            wizard = FirstRunWizard(db)
            if dialogs.headless() or not wizard.exec():
                return 0
        window = open_main_window(db, app)
        window.show()
        return app.exec()
    finally:
        from desktop_app.gui.worker import wait_idle

        wait_idle()
        db.close()
        lock.release()
        crash.uninstall()


def _can_log(data_dir: Path) -> bool:
    try:
        Path(data_dir).mkdir(parents=True, exist_ok=True)
        return True
    except OSError:
        return False


def screenshot(data_dir: Path, page: str, out: Path, width: int = 1280, height: int = 800) -> int:
    """Render one page of the main window offscreen, on the data in ``data_dir``, to a PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    from desktop_app.core.atomic import atomic_path
    from desktop_app.storage.database import Database

    db = Database.open(data_dir)
    try:
        window = open_main_window(db, app)
        window.resize(width, height)
        window.show()
        shown = window.show_page(page)
        if page == "indicators" and shown.tree.model().rowCount() > 0:
            shown.tree.expandAll()
            shown.tree.setCurrentIndex(shown.proxy.index(0, 0, shown.proxy.index(0, 0)))
            shown.tree.setCurrentIndex(shown.proxy.index(0, 0, shown.proxy.index(0, 0, shown.proxy.index(0, 0))))
        for _ in range(3):
            app.processEvents()
        image = window.grab()
        out = Path(out)
        with atomic_path(out.with_suffix(".png") if out.suffix.lower() != ".png" else out) as tmp:
            if not image.save(str(tmp), "PNG"):
                raise KnownError(f"cannot write {out}")
        window.close()
    finally:
        db.close()
    return 0
