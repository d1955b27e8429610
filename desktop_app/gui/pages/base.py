"""What every page of the main window has: a title, a refresh hook, a search hook."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.gui.qt import QFont, QLabel, QVBoxLayout, QWidget, Signal

if TYPE_CHECKING:  # 首页 is first read without SQLAlchemy (storage.plain)
    from desktop_app.storage.database import Database


class Page(QWidget):
    """A page of the main window. Pages never reach into each other: a page asks the window for another
    (``go_to``: its key, and what to show there, as ``show_target`` takes it) and says what it changed
    (``changed``: campaign, rounds, findings …); the window does the rest."""

    key = ""
    go_to = Signal(str, object)  # another page's key, and a target for its show_target (or None)
    changed = Signal(str)  # the kind of data this page changed, for the window to bring the others up to date

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(18, 14, 18, 14)
        self.layout_.setSpacing(10)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.layout_.addWidget(self.heading)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload from the database (called when the page is shown or data changed)."""

    def show_target(self, target: dict) -> None:
        """Show what ``target`` names (a record, an item …), asked for from another page."""

    def focus_search(self) -> None:
        """Put the cursor into the page's search box, if it has one."""
