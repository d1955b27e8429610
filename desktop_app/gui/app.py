"""Starting the GUI: crash handler first, then the lock, the window, the database, the pages.

The window appears before the database is opened (and before SQLAlchemy is imported):
the clerk sees the program at once. 首页 is then read from the data folder's file without the
ORM (``storage.plain``) where the file needs nothing done first, and the database is opened on
the next turn of the event loop; the other pages are made on it when first shown.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import APP_TITLE, APP_TITLE_EN, __version__
from desktop_app.core.errors import KnownError
from desktop_app.crashlog import enable_faulthandler, setup_logging

if TYPE_CHECKING:  # SQLAlchemy loads after the window shows (start-up time)
    from desktop_app.storage.database import Database
    from desktop_app.storage.lock import InstanceLock
    from desktop_app.storage.plain import PlainReader


def _application():
    from desktop_app.gui.qt import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else None
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName(APP_TITLE_EN)
        app.setApplicationDisplayName(APP_TITLE)
        app.setApplicationVersion(__version__)
        app.setOrganizationName("FoodSafetyDesk")
    from desktop_app.gui.resources import app_icon, ui_font
    from desktop_app.gui.widgets import wheel_guard

    wheel_guard.install(app)  # the wheel changes no setting the clerk has not put the focus on
    app.setFont(ui_font(10))  # the system's Chinese face; the bundled one is loaded only where none is
    app.setWindowIcon(app_icon())
    return app


def _language(source) -> str:
    from desktop_app.core import settings as spec
    from desktop_app.services.reads import settings

    return os.environ.get("FOODSAFETY_DESK_LANG") or str(settings.get(source, spec.LANGUAGE))


def open_main_window(db, app):
    """The main window on an opened database (used by tests and the screenshot command)."""
    from desktop_app.gui import i18n
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.widgets import wheel_guard

    wheel_guard.install(app)
    i18n.install(app, _language(db))
    window = MainWindow(db.data_dir)
    window.attach(db)
    return window


class Startup:
    """Runs the steps after the window is shown; the exit code is kept for ``run``."""

    def _check_database(self, db) -> None:
        """SQLite's page check in the background once the window is up (it reads the whole file);
        a damaged database is written to no more, and the office is told how to restore."""
        from desktop_app.gui import dialogs
        from desktop_app.gui.qt import QCoreApplication
        from desktop_app.gui.worker import run_task

        def found(problem) -> None:
            if problem is not None:
                dialogs.message(
                    self.window,
                    "error",
                    QCoreApplication.translate("Startup", "The database is damaged"),
                    QCoreApplication.translate(
                        "Startup",
                        "SQLite found damage in the database: {0}. Nothing more is written to it; you can still "
                        "read and print. Restore the last good backup under 佐证材料 → 检查与备份.",
                    ).format(problem),
                )

        run_task(lambda _progress: db.check_integrity(), found, parent=self.window)

    def __init__(self, app, window, data_dir: Path, database: str | None = None):
        self.app, self.window, self.data_dir = app, window, data_dir
        self.database = database  # a server's address (server mode), or None: the data folder's file
        self.db: Database | None = None
        self.lock: InstanceLock | None = None
        self.reader: PlainReader | None = None  # 首页's source until the database is open
        self.exit_code = 0

    def finish(self) -> None:
        """The folder's lock, then 首页 read at once from the file where it can be (``_preview``),
        then the database opened on the next turn of the event loop (``open``)."""
        from desktop_app.gui.qt import QTimer
        from desktop_app.storage.lock import InstanceLock

        if _can_log(self.data_dir):
            setup_logging(self.data_dir)
        try:
            self.lock = InstanceLock(self.data_dir).acquire()
        except KnownError as err:
            self._fail(err)
            return
        if self.database is None and self._preview():
            QTimer.singleShot(0, self.open)
        else:
            self.open()

    def _preview(self) -> bool:
        """首页 from the data folder's file read plainly (``storage.plain``: no SQLAlchemy, which takes
        about half a second to load), when the file needs nothing done first and nobody has to log in."""
        import sqlite3

        from desktop_app.gui import i18n
        from desktop_app.services.reads import campaign
        from desktop_app.services.reads.settings import users_on
        from desktop_app.storage.plain import PlainReader

        reader = PlainReader.open(self.data_dir)
        if reader is None:
            return False
        try:
            if users_on(reader) or campaign.get(reader) is None:
                reader.close()
                return False
            i18n.install(self.app, _language(reader))
            self.window.preview(reader)
        except (sqlite3.Error, KnownError):  # a damaged file: opening the database explains it
            reader.close()
            return False
        self.reader = reader
        return True

    def _fail(self, err: KnownError) -> None:
        from desktop_app.gui import dialogs

        dialogs.error(self.window, err)
        self.exit_code = err.exit_code
        self.window.close()
        self.app.exit(err.exit_code)

    def open(self) -> None:
        from desktop_app.gui import dialogs, i18n
        from desktop_app.services import campaigns
        from desktop_app.storage.database import Database

        try:
            self.db = db = Database.open(self.data_dir, finish_restore=True, url=self.database)
            if db.notice:
                dialogs.info(self.window, db.notice)
            from desktop_app.gui.login import log_in

            i18n.install(self.app, _language(db))  # Qt's own words too (确定, 取消) before the login asks
            if not log_in(db, self.window):  # users on, and no one logged in: the program closes
                self.window.close()
                self.app.exit(0)
                return
            if campaigns.get(db) is None:
                from desktop_app.gui.wizard import FirstRunWizard

                wizard = FirstRunWizard(db, self.window)
                if dialogs.headless() or not wizard.exec():
                    self.window.close()
                    self.app.exit(0)
                    return
            self.window.attach(db)
            self.close_reader()
            self._check_database(db)
            if db.user is not None:  # users on: the window locks when left alone
                from desktop_app.gui.idle_lock import IdleLock

                self.window.idle_lock = IdleLock(self.window)
        except KnownError as err:
            self._fail(err)

    def close_reader(self) -> None:
        if self.reader is not None:
            self.reader.close()
            self.reader = None


def run(data_dir: Path, *, on_shown=None, on_ready=None, database: str | None = None) -> int:
    """Open the program on ``data_dir``; returns the exit code.

    ``on_shown(window)`` is called once the window is painted, ``on_ready(window)`` once its
    pages are filled (both used by the start-up benchmark).
    """
    data_dir = Path(data_dir)
    if _can_log(data_dir):
        enable_faulthandler(data_dir)  # the log file itself is opened once the window is up
    app = _application()
    from desktop_app.core.i18n import DEFAULT_LANGUAGE
    from desktop_app.gui import i18n
    from desktop_app.gui.crash import CrashHandler
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.qt import QTimer
    from desktop_app.storage.datadir import ensure_data_dir

    crash = CrashHandler(data_dir).install()
    language = os.environ.get("FOODSAFETY_DESK_LANG") or DEFAULT_LANGUAGE
    i18n.install(app, language, qt_dialogs=False)
    try:
        ensure_data_dir(data_dir)
    except KnownError as err:
        from desktop_app.gui import dialogs

        i18n.install(app, language)
        dialogs.error(None, err)
        crash.uninstall()
        return err.exit_code
    window = MainWindow(data_dir)
    startup = Startup(app, window, data_dir, database)
    try:
        window.show()
        app.processEvents()  # paint the window now, before the database is opened
        if on_shown is not None:
            on_shown(window)
        QTimer.singleShot(0, startup.finish)
        if on_ready is not None:
            QTimer.singleShot(0, lambda: on_ready(window))
        code = app.exec()
        return startup.exit_code or code
    finally:
        from desktop_app.gui.worker import wait_idle

        wait_idle()
        previews = sys.modules.get("desktop_app.services.previews")
        if previews is not None:
            previews.close()  # the child that renders PDF previews
        startup.close_reader()
        db = window.attached or startup.db  # a restore replaces the database the window works on
        if db is not None:
            db.close()
        if startup.lock is not None:
            startup.lock.release()
        crash.uninstall()


def _can_log(data_dir: Path) -> bool:
    try:
        Path(data_dir).mkdir(parents=True, exist_ok=True)
        return True
    except OSError:
        return False


def screenshot(
    data_dir: Path,
    page: str,
    out: Path,
    width: int = 1280,
    height: int = 800,
    *,
    tab: int = 0,
    database: str | None = None,
) -> int:
    """Render one page of the main window offscreen, on the data in ``data_dir`` (or on the server at
    ``database``), to a PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application()
    from desktop_app.core.atomic import atomic_path
    from desktop_app.storage.database import Database

    db = Database.open(data_dir, url=database)
    try:
        window = open_main_window(db, app)
        from desktop_app.gui.qt import Qt

        window.setWindowState(Qt.WindowState.WindowNoState)  # the size asked for, not the screen's
        window.resize(width, height)
        window.show()
        shown = window.show_page(page)
        if page == "indicators" and shown.tree.model().rowCount() > 0:
            proxy = shown.proxy
            shown.tree.expandAll()
            shown.tree.setCurrentIndex(proxy.index(0, 0, proxy.index(0, 0, proxy.index(0, 0))))
        tabs = getattr(shown, "tabs", None)
        if tabs is not None:
            tabs.setCurrentIndex(min(max(tab, 0), tabs.count() - 1))
        if page == "evidence" and tab == 0 and shown.model.rowCount():
            shown.table.selectRow(0)
        from desktop_app.gui.worker import wait_idle

        wait_idle(10_000)  # a preview rendered in the background is in the picture
        for _ in range(3):
            app.processEvents()
        image = window.grab()
        out = Path(out)
        with atomic_path(out) as tmp:
            if not image.save(str(tmp), "PNG"):
                raise KnownError(f"cannot write {out}")
        window.close()
    finally:
        from desktop_app.gui.worker import wait_idle

        wait_idle()
        previews = sys.modules.get("desktop_app.services.previews")
        if previews is not None:
            previews.close()  # the child that renders PDF previews
        db.close()
    return 0
