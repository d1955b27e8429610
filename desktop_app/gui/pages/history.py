"""操作记录: every change, by whom and when, filtered by person, kind of record, days and words;
exported to Excel; and the history's own check (is any entry changed, removed or moved?)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.core.i18n import tr as translate
from desktop_app.gui import dialogs
from desktop_app.gui.columns import list_view
from desktop_app.gui.models import Column, RowsModel
from desktop_app.gui.pages.base import Page
from desktop_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QDate,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimer,
    QWidget,
    to_date,
)
from desktop_app.gui.widgets.date_edit import DateEdit
from desktop_app.gui.worker import QtProgress, run_task
from desktop_app.services import history

if TYPE_CHECKING:
    from desktop_app.storage.database import Database

SHOWN = 2000  # rows listed at most; the export holds them all


class HistoryPage(Page):
    key = "history"

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.heading.setText(self.title())
        bar = QHBoxLayout()
        self.actor = QComboBox()
        self.actor.setMinimumWidth(120)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds of record"), "")
        for key, label in history.ENTITIES.items():
            self.kind.addItem(translate("History", label), key)
        self.since = DateEdit()
        self.until = DateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        today = QDate.currentDate()
        self.since.setDate(today.addDays(-90))
        self.until.setDate(today)
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("Words, e.g. a unit's name or a task"))
        self.words.setClearButtonEnabled(True)
        for label, widget in (
            (self.tr("Person:"), self.actor),
            (self.tr("Kind:"), self.kind),
            (self.tr("From:"), self.since),
            (self.tr("To:"), self.until),
        ):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.words, 1)
        self.layout_.addLayout(bar)

        self.model = RowsModel(
            (
                Column(
                    QT_TRANSLATE_NOOP("HistoryPage", "Time"),
                    lambda c: f"{c.at:%Y-%m-%d %H:%M}",
                    sort=lambda c: c.at.isoformat(),
                ),
                Column(QT_TRANSLATE_NOOP("HistoryPage", "Person"), lambda c: c.actor),
                Column(QT_TRANSLATE_NOOP("HistoryPage", "What was done"), history.describe),
            ),
            "HistoryPage",
            parent=self,
        )
        self.table = list_view(self.model)
        self.table.setColumnWidth(0, 150)
        self.table.setColumnWidth(1, 120)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.layout_.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count = QLabel()
        self.chain = QLabel()
        self.chain.setStyleSheet("color:#555")
        self.check_button = QPushButton(self.tr("Check the history"))
        self.check_button.setToolTip(self.tr("Find any entry that was changed, removed or moved outside the program"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        bottom.addWidget(self.count)
        bottom.addStretch(1)
        bottom.addWidget(self.chain)
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.export_button)
        self.layout_.addLayout(bottom)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.reload)
        self.words.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.actor, self.kind):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _d: self.reload())
        self.check_button.clicked.connect(self.check_chain)
        self.export_button.clicked.connect(self.choose_export)
        self.changes: list[history.Change] = []

    def title(self) -> str:
        return self.tr("History")

    def focus_search(self) -> None:
        self.words.setFocus()
        self.words.selectAll()

    def refresh(self) -> None:
        keep = self.actor.currentData()
        self.actor.blockSignals(True)
        self.actor.clear()
        self.actor.addItem(self.tr("Everyone"), "")
        for name in history.actors(self.db):
            self.actor.addItem(name, name)
        self.actor.setCurrentIndex(max(0, self.actor.findData(keep)))
        self.actor.blockSignals(False)
        self.chain.setText(self.tr("Check code: {0}").format(history.chain_head(self.db)[:16]))
        self.reload()

    def _filters(self) -> dict[str, Any]:
        return {
            "actor": self.actor.currentData() or None,
            "entity": self.kind.currentData() or None,
            "since": to_date(self.since.date()),
            "until": to_date(self.until.date()),
            "words": self.words.text(),
        }

    def reload(self) -> None:
        self.changes = history.search(self.db, **self._filters(), limit=SHOWN)
        self.model.set_rows(self.changes)
        text = self.tr("{0} changes").format(len(self.changes))
        if len(self.changes) >= SHOWN:
            text += self.tr(" (the latest {0} are shown; the export holds them all)").format(SHOWN)
        self.count.setText(text)

    def check_chain(self) -> QtProgress:
        def done(verified: history.Verification) -> None:
            text = "\n".join(verified.lines())
            if verified.ok:
                dialogs.info(self, text)
            else:
                dialogs.message(self, "error", self.tr("History"), text)

        return run_task(lambda p: history.verify(self.db, p), done, parent=self, label=self.tr("Checking…"))

    def choose_export(self) -> None:
        name = f"操作记录-{dt.date.today():%Y%m%d}.xlsx"
        path = dialogs.save_file(self, self.tr("Export the history"), name, self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        found = history.search(self.db, **self._filters(), limit=1_000_000)
        if dialogs.guarded(self, history.export_xlsx, found, Path(path), self.tr("History")):
            dialogs.info(self, self.tr("{0} changes written to {1}.").format(len(found), path))
