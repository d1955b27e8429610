"""The main window: a navigation list on the left, one page at a time on the right."""

from __future__ import annotations

from desktop_app import APP_TITLE
from desktop_app.gui.pages.base import Page
from desktop_app.gui.pages.home import HomePage
from desktop_app.gui.pages.indicators import IndicatorsPage
from desktop_app.gui.pages.placeholder import PlaceholderPage
from desktop_app.gui.pages.settings import SettingsPage
from desktop_app.gui.pages.units import UnitsPage
from desktop_app.gui.qt import (
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
    Qt,
    QWidget,
)
from desktop_app.services import campaigns
from desktop_app.storage.database import Database

PAGE_ORDER = ("home", "indicators", "tasks", "monthly", "evidence", "reports", "units", "settings")


class MainWindow(QMainWindow):
    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.setMinimumSize(QSize(960, 600))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setStyleSheet(
            "#navigation { background:#1f4e79; color:white; font-size:12pt; border:none; outline:0; }"
            "#navigation::item { padding:10px 14px; }"
            "#navigation::item:selected { background:#2e75b6; color:white; }"
        )
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for key in PAGE_ORDER:
            if key == "home":
                page = HomePage(db)
            elif key == "indicators":
                page = IndicatorsPage(db)
            elif key == "units":
                page = UnitsPage(db)
            elif key == "settings":
                page = SettingsPage(db)
            else:
                page = PlaceholderPage(db, key)
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(page.title())
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        for number, key in enumerate(PAGE_ORDER, start=1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda key=key: self.show_page(key))
        QShortcut(QKeySequence.StandardKey.Find, self, lambda: self.current_page().focus_search())
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh_all)
        self._update_title()
        self._state = QSettings(str(db.data_dir / "ui-state.ini"), QSettings.Format.IniFormat)
        geometry = self._state.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        self.nav.setCurrentRow(0)

    def _update_title(self) -> None:
        info = campaigns.get(self.db)
        self.setWindowTitle(f"{info.name} — {APP_TITLE}" if info else APP_TITLE)
        self.status_label.setText(self.tr("Data folder: {0}").format(self.db.data_dir))

    def current_page(self) -> Page:
        return self.stack.currentWidget()

    def show_page(self, key: str) -> Page:
        self.nav.setCurrentRow(PAGE_ORDER.index(key))
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if row < 0:
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
