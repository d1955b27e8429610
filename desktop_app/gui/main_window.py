"""The main window: a navigation list on the left, one page at a time on the right.

The window is built in two steps so that it appears at once: the shell (navigation, titles,
status bar) needs neither the database nor SQLAlchemy; ``attach(db)`` then creates the
pages on the opened database.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app import APP_TITLE
from desktop_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSettings,
    QShortcut,
    QSize,
    QStackedWidget,
    QWidget,
)

PAGES = (
    ("home", QT_TRANSLATE_NOOP("HomePage", "Home")),
    ("indicators", QT_TRANSLATE_NOOP("IndicatorsPage", "Indicators")),
    ("tasks", QT_TRANSLATE_NOOP("Placeholder", "Tasks")),
    ("monthly", QT_TRANSLATE_NOOP("Placeholder", "Monthly reports")),
    ("evidence", QT_TRANSLATE_NOOP("Placeholder", "Evidence")),
    ("reports", QT_TRANSLATE_NOOP("Placeholder", "Reports")),
    ("units", QT_TRANSLATE_NOOP("UnitsPage", "Units")),
    ("settings", QT_TRANSLATE_NOOP("SettingsPage", "Settings")),
)
PAGE_ORDER = tuple(key for key, _ in PAGES)
_CONTEXT = {"home": "HomePage", "indicators": "IndicatorsPage", "units": "UnitsPage", "settings": "SettingsPage"}


def page_title(key: str) -> str:
    source = dict(PAGES)[key]
    return QCoreApplication.translate(_CONTEXT.get(key, "Placeholder"), source)


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.db = None
        self.pages: dict = {}
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
        self.setCentralWidget(central)
        self.status_label = QLabel(self.tr("Data folder: {0}").format(self.data_dir))
        self.statusBar().addPermanentWidget(self.status_label)
        self._state = QSettings(str(self.data_dir / "ui-state.ini"), QSettings.Format.IniFormat)
        geometry = self._state.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def attach(self, db) -> None:
        """Create the pages on the opened database and show the first one."""
        from desktop_app.gui.pages.home import HomePage
        from desktop_app.gui.pages.indicators import IndicatorsPage
        from desktop_app.gui.pages.placeholder import PlaceholderPage
        from desktop_app.gui.pages.settings import SettingsPage
        from desktop_app.gui.pages.units import UnitsPage

        self.db = db
        classes = {"home": HomePage, "indicators": IndicatorsPage, "units": UnitsPage, "settings": SettingsPage}
        for key in PAGE_ORDER:
            page = classes[key](db) if key in classes else PlaceholderPage(db, key)
            self.pages[key] = page
            self.stack.addWidget(page)
        for row, key in enumerate(PAGE_ORDER):  # the language may have changed with the settings
            self.nav.item(row).setText(page_title(key))
        self.nav.currentRowChanged.connect(self._show_row)
        for number, key in enumerate(PAGE_ORDER, start=1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda key=key: self.show_page(key))
        QShortcut(QKeySequence.StandardKey.Find, self, lambda: self.current_page().focus_search())
        QShortcut(QKeySequence("F5"), self, self.refresh_all)
        self.status_label.setText(self.tr("Data folder: {0}").format(self.data_dir))
        self._update_title()
        if self.nav.currentRow() == 0:
            self._show_row(0)
        else:
            self.nav.setCurrentRow(0)
        self.stack.removeWidget(self.loading)

    def _update_title(self) -> None:
        from desktop_app.services import campaigns

        info = campaigns.get(self.db)
        self.setWindowTitle(f"{info.name} — {APP_TITLE}" if info else APP_TITLE)

    def current_page(self):
        return self.stack.currentWidget()

    def show_page(self, key: str):
        self.nav.setCurrentRow(PAGE_ORDER.index(key))
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0 or not self.pages:
            return
        page = self.pages[PAGE_ORDER[row]]
        self.stack.setCurrentWidget(page)
        page.refresh()

    def refresh_all(self) -> None:
        self._update_title()
        self.current_page().refresh()

    def closeEvent(self, event) -> None:
        self._state.setValue("main/geometry", self.saveGeometry())
        self._state.sync()
        super().closeEvent(event)
