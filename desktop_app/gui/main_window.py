"""The main window: a navigation list on the left, one page at a time on the right.

The window is built in two steps so that it appears at once: the shell (navigation, titles,
status bar) needs neither the database nor SQLAlchemy; ``attach(db)`` then creates the
pages on the opened database.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, cast

from desktop_app import APP_TITLE
from desktop_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSettings,
    QSize,
    QStackedWidget,
    QWidget,
)

if TYPE_CHECKING:  # SQLAlchemy loads after the window shows (start-up time)
    from desktop_app.gui.pages.base import Page
    from desktop_app.gui.qt import QTimer
    from desktop_app.storage.database import Database
    from desktop_app.storage.plain import Source

PAGES = (
    ("home", QT_TRANSLATE_NOOP("HomePage", "Home")),
    ("indicators", QT_TRANSLATE_NOOP("IndicatorsPage", "Indicators")),
    ("tasks", QT_TRANSLATE_NOOP("TasksPage", "Tasks")),
    ("monthly", QT_TRANSLATE_NOOP("MonthlyPage", "Monthly reports")),
    ("evidence", QT_TRANSLATE_NOOP("EvidencePage", "Evidence")),
    ("assessment", QT_TRANSLATE_NOOP("AssessmentPage", "Self-assessment")),
    ("reports", QT_TRANSLATE_NOOP("ReportsPage", "Reports")),
    ("units", QT_TRANSLATE_NOOP("UnitsPage", "Units")),
    ("history", QT_TRANSLATE_NOOP("HistoryPage", "History")),
    ("settings", QT_TRANSLATE_NOOP("SettingsPage", "Settings")),
)
PAGE_ORDER = tuple(key for key, _ in PAGES)
_CONTEXT = {
    "home": "HomePage",
    "indicators": "IndicatorsPage",
    "tasks": "TasksPage",
    "monthly": "MonthlyPage",
    "evidence": "EvidencePage",
    "assessment": "AssessmentPage",
    "reports": "ReportsPage",
    "units": "UnitsPage",
    "history": "HistoryPage",
    "settings": "SettingsPage",
}


#: Where each page's class lives; imported the first time the page is shown.
PAGE_CLASSES = {
    "home": ("desktop_app.gui.pages.home", "HomePage"),
    "indicators": ("desktop_app.gui.pages.indicators", "IndicatorsPage"),
    "tasks": ("desktop_app.gui.pages.tasks", "TasksPage"),
    "monthly": ("desktop_app.gui.pages.monthly", "MonthlyPage"),
    "reports": ("desktop_app.gui.pages.reports", "ReportsPage"),
    "evidence": ("desktop_app.gui.pages.evidence", "EvidencePage"),
    "assessment": ("desktop_app.gui.pages.assessment", "AssessmentPage"),
    "units": ("desktop_app.gui.pages.units", "UnitsPage"),
    "history": ("desktop_app.gui.pages.history", "HistoryPage"),
    "settings": ("desktop_app.gui.pages.settings", "SettingsPage"),
}


BINDER_FOLDER_KEY = "binder/folder"  # where the inspection binder was last exported (ui-state.ini)


def page_title(key: str) -> str:
    source = dict(PAGES)[key]
    return QCoreApplication.translate(_CONTEXT[key], str(source))


class MainWindow(QMainWindow):
    #: on a server, how often the window looks whether another clerk changed something
    OTHERS_EVERY_MS = 30_000

    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._db: Database | None = None  # attached once the database is open (``attach``)
        self.pages: dict[str, Page] = {}
        self._wired = False
        self._read_at: dict[str, tuple[int, date]] = {}  # each page's data stamp when it was last read
        self.idle_lock = None  # with users on: asks for the password again after a while untouched
        self._others: QTimer | None = None  # on a server: the timer that looks for other clerks' changes
        self._seen_change = 0  # the newest history entry the pages have been read with
        self._looking = False  # a look for other clerks' changes is under way
        self._previewed: Page | None = None  # 首页 read from the file before the database opened
        self.setWindowTitle(APP_TITLE)
        self.setMinimumSize(QSize(960, 600))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        # The shell is styled in the style sheet rather than through Python's ``Qt`` enums: the
        # first touch of ``Qt`` costs PySide6 some 15 ms, paid here after the window is shown.
        self.nav.setStyleSheet(
            "#navigation { background:#1f4e79; color:white; font-size:12pt; border:none; outline:0;"
            " qproperty-horizontalScrollBarPolicy: ScrollBarAlwaysOff; }"
            "#navigation::item { padding:10px 14px; }"
            "#navigation::item:selected { background:#2e75b6; color:white; }"
        )
        for key, _source in PAGES:
            self.nav.addItem(QListWidgetItem(page_title(key)))
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Opening the campaign…"))
        self.loading.setObjectName("loading")
        self.loading.setStyleSheet("#loading { qproperty-alignment: AlignCenter; color:#555; font-size:12pt; }")
        self.stack.addWidget(self.loading)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self._row = row
        self.banner: QLabel | None = None  # made with the pages, after the window shows (start-up time)
        self.setCentralWidget(central)
        self.status_label = QLabel(self.tr("Data folder: {0}").format(self.data_dir))
        self.statusBar().addPermanentWidget(self.status_label)
        self._state = QSettings(str(self.data_dir / "ui-state.ini"), QSettings.Format.IniFormat)
        geometry = self._state.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # the size and place it had, maximised or not
        else:
            self._first_size()

    def _first_size(self) -> None:
        """The first time: maximised on an office screen of 1366 × 768 or less (a smaller window clips
        首页), else 1280 × 800 within the screen."""
        from desktop_app.gui.qt import QGuiApplication, Qt

        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        if room is None or room.width() <= 1366 or room.height() <= 768:
            self.resize(1280, 720)  # what it comes back to when un-maximised
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        else:
            self.resize(min(1280, room.width() - 80), min(800, room.height() - 80))

    @property
    def db(self) -> Database:
        """The database the pages work on (a restore replaces it)."""
        assert self._db is not None, "the pages are made once the database is attached"
        return self._db

    @property
    def attached(self) -> Database | None:
        """The database, or None while the window shows before it is opened."""
        return self._db

    def page(self, key: str, source: Source | None = None) -> Page:
        """The page for ``key``, made the first time it is asked for: a page (and the modules it
        needs) costs start-up time only once the clerk goes there. ``source``: what it reads from
        before the database is open (``preview``)."""
        found = self.pages.get(key)
        if found is None:
            import importlib

            module, name = PAGE_CLASSES[key]
            # a page made on a source before the database is open is only ever 首页, which reads
            # through services.reads alone (either is a Source)
            found = getattr(importlib.import_module(module), name)(cast("Database", source) if source else self.db)
            self.pages[key] = found
            self.stack.addWidget(found)
            restore = getattr(found, "restore_requested", None)
            if restore is not None:
                restore.connect(self.restore_backup)
            found.go_to.connect(self._go_to)
            found.changed.connect(self.data_changed)
        return found

    def preview(self, source: Source) -> None:
        """首页 read from the data folder's file before the database is opened (``storage.plain``,
        no SQLAlchemy): the clerk reads the campaign at once; ``attach`` then points the page at the
        opened database without reading it again (the folder's lock is held meanwhile, so nothing
        can have changed)."""
        self._update_title(source)
        page = self.page("home", source)
        self.stack.setCurrentWidget(page)
        page.refresh()
        self.nav.setCurrentRow(0)
        self._previewed = page

    def attach(self, db: Database) -> None:
        """Work on the opened database: the first page is made and shown, the others when asked for."""
        self._db = db
        self._read_at.clear()
        for page in self.pages.values():  # made on the file before the database was open (preview)
            page.db = db
        for row, key in enumerate(PAGE_ORDER):  # the language may have changed with the settings
            self.nav.item(row).setText(page_title(key))
        if not self._wired:
            from desktop_app.gui.qt import QKeySequence, QShortcut  # Qt makes each class on first use

            self._wired = True
            self.nav.currentRowChanged.connect(self._show_row)
            for number, key in enumerate(PAGE_ORDER, start=1):  # Ctrl+1 … Ctrl+9, then Ctrl+0
                QShortcut(QKeySequence(f"Ctrl+{number % 10}"), self, lambda key=key: self.show_page(key))
            QShortcut(QKeySequence.StandardKey.Find, self, lambda: self.current_page().focus_search())
            QShortcut(QKeySequence("F5"), self, self.refresh_all)
            self._add_banner()
        if db.is_server:
            from desktop_app.storage import postgres

            self.status_label.setText(self.tr("Campaign on the server {0}").format(postgres.shown(db.url)))
            self._watch_others()
        else:
            self.status_label.setText(self.tr("Data folder: {0}").format(self.data_dir))
        self._update_title()
        if self.nav.currentRow() == 0:
            self._show_row(0)
        else:
            self.nav.setCurrentRow(0)
        self.stack.removeWidget(self.loading)
        self.update_reminder()
        from desktop_app.gui.qt import QTimer

        QTimer.singleShot(0, self.offer_to_remove_leftovers)
        QTimer.singleShot(2000, self._warm_up)

    def _warm_up(self, waiting: list[str] | None = None) -> None:
        """Import the other pages' modules while the clerk reads 首页, one at a time on idle moments (on
        the window's thread: PySide's import hook crawls on another), so a page's first visit does not
        wait for its code."""
        import importlib
        import sys

        from desktop_app.gui.qt import QTimer

        waiting = [m for m, _ in PAGE_CLASSES.values() if m not in sys.modules] if waiting is None else waiting
        if not waiting or self._db is None:
            return
        importlib.import_module(waiting[0])
        QTimer.singleShot(50, lambda: self._warm_up(waiting[1:]))

    def offer_to_remove_leftovers(self) -> None:
        """A binder export killed or cut off by a power failure left a hidden folder of copies where it
        was writing: looked for in the background once the window is up (its size is a walk over
        thousands of files), said, and removed if the clerk agrees."""
        from desktop_app.gui import dialogs
        from desktop_app.gui.worker import run_task
        from desktop_app.services import binder

        folder = self._state.value(BINDER_FOLDER_KEY)
        if not folder:
            return

        def look(_progress) -> tuple[list[Path], int]:
            found = binder.leftovers(Path(folder))
            return found, sum(binder.folder_size(p) for p in found)

        def ask(seen: tuple[list[Path], int]) -> None:
            found, size = seen
            if not found:
                return
            asked = self.tr(
                "An export of the inspection binder was interrupted (the program was closed or the power failed) "
                "and left unfinished copies in {0} ({1:.1f} GB). Remove them?"
            ).format(folder, size / 2**30)
            if dialogs.ask(self, asked):
                run_task(
                    lambda _p: binder.remove_leftovers(found),
                    lambda _r: None,
                    parent=self,
                    label=self.tr("Removing the unfinished copies…"),
                )

        run_task(look, ask, parent=self)

    def _watch_others(self) -> None:
        """Others work on a server campaign too: every half minute, and whenever the window comes to the
        front again, the window looks at the history's newest entry and reads the page anew if it moved."""
        from desktop_app.gui.qt import QTimer
        from desktop_app.services import history

        self._seen_change = history.last_change(self.db)[0]
        if self._others is None:
            self._others = QTimer(self)
            self._others.timeout.connect(self.look_for_others)
        self._others.start(self.OTHERS_EVERY_MS)

    def look_for_others(self) -> bool:
        """Look, off the window's thread, whether the campaign changed since the pages were read (a
        server that does not answer must not freeze the window); when it did, the current page is read
        anew (``_seen``). Whether a look was started."""
        from desktop_app.gui.worker import busy, run_task
        from desktop_app.services import history

        if self._db is None or not self.db.is_server or busy() or self._looking:
            return False
        db = self.db
        self._looking = True

        def failed(exc: BaseException) -> None:  # the server is away for a moment: say so, look again later
            from desktop_app.core.errors import KnownError

            self._looking = False
            message = exc.message if isinstance(exc, KnownError) else self.tr("The server does not answer.")
            self.statusBar().showMessage(message, self.OTHERS_EVERY_MS)

        run_task(lambda _progress: history.last_change(db), self._seen, failed, parent=self)
        return True

    def _seen(self, newest: tuple[int, str, datetime | None]) -> None:
        """What the look found: the history's newest entry, who made it and when."""
        self._looking = False
        number, who, when = newest
        if number == self._seen_change or self._db is None:
            return
        self._seen_change = number
        self._update_title()
        self.current_page().refresh()
        if when is not None:
            self.statusBar().showMessage(
                self.tr("Read anew: the latest change was made by {0} at {1}.").format(who, when.strftime("%H:%M")),
                10_000,
            )

    def changeEvent(self, event) -> None:
        from desktop_app.gui.qt import QEvent

        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self._others is not None:
            self.look_for_others()

    def _add_banner(self) -> None:
        """A line above the pages for reminders; the stack moves under it."""
        from desktop_app.gui.qt import QVBoxLayout

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.banner = banner = QLabel()
        banner.setObjectName("banner")
        banner.setStyleSheet("#banner { background:#fff4c2; color:#5a4500; padding:8px 18px; }")
        banner.setWordWrap(True)
        banner.hide()
        banner.linkActivated.connect(lambda _link: self._backup_now())
        self._row.removeWidget(self.stack)
        column.addWidget(banner)
        column.addWidget(self.stack, 1)
        self._row.addWidget(right, 1)
        right.show()  # at once: 首页 may be on screen already (preview), and must not blink

    def update_reminder(self) -> None:
        """A yellow line above every page while a backup is due (older than seven days)."""
        from desktop_app.services import backup

        if self.banner is None:
            return
        text = backup.reminder(self.db)
        if text:
            self.banner.setText(f"{text} <a href='backup'>{self.tr('Back up now…')}</a>")
        self.banner.setVisible(bool(text))

    def _backup_now(self) -> None:
        from desktop_app.gui.pages.evidence import EvidencePage

        page = self.show_page("evidence")
        assert isinstance(page, EvidencePage)
        page.tabs.setCurrentWidget(page.safety)
        page.safety.choose_backup()

    def restore_backup(self, path: Path, *, allow_other_campaign: bool = False):
        """Replace the data with a backup: the pages are closed, the data restored (the current
        data set aside as a safety copy), and the pages built again on the restored database."""
        from desktop_app.core.roles import RESTORE
        from desktop_app.gui import dialogs
        from desktop_app.gui.worker import run_task, wait_idle
        from desktop_app.services import backup, campaigns, users
        from desktop_app.storage.database import Database

        if not dialogs.guarded(self, users.require, self.db, RESTORE):  # with users on, an administrator's work
            return None
        if self.db.is_server:
            return self._restore_on_server(path)
        self.stop_background()
        wait_idle()
        old, data_dir, opened = self.db, self.data_dir, []
        said: list[str] = []

        def work(progress):
            found = backup.inspect(path, data_dir)  # a rejected backup changes nothing
            if not found.same_campaign and not allow_other_campaign:
                current = campaigns.get(old)
                raise backup.OtherCampaign(found.campaign, current.name if current else "")
            old.close()
            try:
                person = old.user.name if old.user is not None else None
                return backup.restore(
                    path, data_dir, progress, allow_other_campaign=allow_other_campaign, actor=person, said=said
                )
            finally:
                reopened = Database.open(data_dir, finish_restore=True)
                reopened.user = old.user  # the person who restored goes on working
                opened.append(reopened)

        def rebuild() -> None:
            showing = PAGE_ORDER[self.nav.currentRow()]
            self.stack.addWidget(self.loading)
            self.stack.setCurrentWidget(self.loading)
            for page in self.pages.values():
                self.stack.removeWidget(page)
                page.deleteLater()
            self.pages.clear()
            self.attach(opened[0])
            self.show_page(showing)

        def done(kept) -> None:
            rebuild()
            text = self.tr("The backup {0} was restored.").format(Path(path).name)
            if kept is not None:
                text += self.tr(" The data it replaced is kept in {0}.").format(kept)
            dialogs.info(self, "\n".join([text, *said]))

        def failed(err: BaseException) -> None:
            if opened:
                rebuild()
            if isinstance(err, backup.OtherCampaign) and not opened:
                question = err.message + "\n" + self.tr("Restore it all the same?")
                if dialogs.ask(self, question):
                    self.restore_backup(path, allow_other_campaign=True)
                return
            dialogs.error(self, err)

        return run_task(work, done, failed, parent=self, label=self.tr("Restoring the backup…"))

    def _restore_on_server(self, path: Path):
        """On a server every clerk works on the campaign: it is replaced only when the person types
        the word 替换 (the service refuses otherwise), then the pages are read anew."""
        from desktop_app.gui import dialogs
        from desktop_app.gui.worker import run_task, wait_idle
        from desktop_app.services import backup

        word = self.tr("replace")
        typed = dialogs.ask_text(
            self,
            self.tr("Restore onto the server"),
            self.tr(
                "Restoring {0} replaces the campaign on the server, for every clerk, with the backup's; what was "
                "entered since it was made is lost. Type {1} to replace it:"
            ).format(Path(path).name, word),
        )
        if typed is None:
            return None
        if typed.strip() != word:
            dialogs.info(self, self.tr("Nothing was restored: the word typed was not {0}.").format(word))
            return None
        self.stop_background()
        wait_idle()
        db = self.db

        def work(progress):
            backup.restore_to_server(path, db, progress, replace_server_campaign=True)

        def done(_result) -> None:
            self.refresh_all()
            dialogs.info(self, self.tr("The backup {0} was restored onto the server.").format(Path(path).name))

        return run_task(work, done, parent=self, label=self.tr("Restoring the backup…"))

    def _update_title(self, source: Source | None = None) -> None:
        from desktop_app.services.reads import campaign

        info = campaign.get(source or self.db)
        self.setWindowTitle(f"{info.name} — {APP_TITLE}" if info else APP_TITLE)

    def current_page(self):
        return self.stack.currentWidget()

    def show_page(self, key: str) -> Page:
        self.nav.setCurrentRow(PAGE_ORDER.index(key))
        return self.page(key)

    def _show_row(self, row: int) -> None:
        if row < 0 or self._db is None:
            return
        page = self.page(PAGE_ORDER[row])
        self.stack.setCurrentWidget(page)
        stamp = self._data_stamp()
        if page is self._previewed:  # read a moment ago, from the same file
            self._previewed = None
        elif self._read_at.get(page.key) != stamp:  # read again only when something changed since
            page.refresh()
        self._read_at[page.key] = stamp

    def _data_stamp(self) -> tuple[int, date]:
        """What a page was read at: the newest entry of the history (every change is recorded there) and
        the day (overdue and due soon follow the date); one small query."""
        from desktop_app.services.reads import history

        return history.last_change(self.db)[0], date.today()

    def _go_to(self, key: str, target: dict | None = None) -> None:
        page = self.show_page(key)
        if target:
            page.show_target(target)

    def data_changed(self, kind: str) -> None:
        """A page changed data of ``kind``. The page itself shows its change (its selection kept); the
        others read anew when shown (the history has a newer entry); a change of the campaign also
        renames the window and reads the page shown again (a new period moves its rounds)."""
        if kind == "campaign":
            self._update_title()
            self.current_page().refresh()

    def refresh_all(self) -> None:
        """F5, a restore, another clerk's change: every page reads anew (the one shown now, the others
        when they are shown)."""
        self._read_at.clear()
        self._update_title()
        self.current_page().refresh()

    def stop_background(self) -> None:
        """Ask the pages' background work (reading file texts) to stop at the next file."""
        for page in self.pages.values():
            stop = getattr(page, "stop_background", None)
            if stop is not None:
                stop()

    def closeEvent(self, event) -> None:
        from desktop_app.gui import dialogs
        from desktop_app.gui.worker import running

        underway = running()
        if underway and not dialogs.ask(
            self,
            self.tr(
                "{0} is still under way. Closed now, it is finished first (nothing is left half-written), then "
                "the program ends. Close now?"
            ).format("、".join(dict.fromkeys(underway))),
        ):
            event.ignore()
            return
        self.stop_background()  # what is left is read the next time the program opens
        self._state.setValue("main/geometry", self.saveGeometry())
        self._state.sync()
        super().closeEvent(event)
