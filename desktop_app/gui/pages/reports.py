"""报表: every generated report, archived with its parameters, time and SHA-256, to open, print or find
again; a file changed since is refused with the reason."""

from __future__ import annotations

from desktop_app.gui import dialogs
from desktop_app.gui.pages.base import Page
from desktop_app.gui.printing import print_pdf
from desktop_app.gui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)
from desktop_app.services import archive


class ReportsPage(Page):
    key = "reports"

    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.heading.setText(self.title())
        intro = QLabel(
            self.tr(
                "Every report generated is kept here with the time, its parameters and its SHA-256 fingerprint. "
                "Generate monthly bulletins on the 月度报送 page and the 自查自评报告 on the 自查自评 page."
            )
        )
        intro.setWordWrap(True)
        self.layout_.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Report"), self.tr("Parameters"), self.tr("Generated"), self.tr("Size"), self.tr("SHA-256")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        for col, width in enumerate((330, 330, 130, 70)):
            self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.layout_.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.folder_button = QPushButton(self.tr("Show in folder"))
        for b in (self.open_button, self.print_button, self.folder_button):
            row.addWidget(b)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.open_button.clicked.connect(lambda: self._with_file(dialogs.open_path))
        self.print_button.clicked.connect(lambda: self._with_file(lambda p: print_pdf(self, p)))
        self.folder_button.clicked.connect(lambda: self._with_file(dialogs.show_in_folder))
        self.table.doubleClicked.connect(lambda _i: self.open_button.click())
        self.reports: list[archive.ArchivedReport] = []

    def title(self) -> str:
        return self.tr("Reports")

    def refresh(self) -> None:
        self.reports = archive.listed(self.db)
        self.table.setRowCount(len(self.reports))
        for r, rep in enumerate(self.reports):
            params = "，".join(self._param(k, v) for k, v in rep.params.items())
            values = [rep.title, params, f"{rep.created_at:%Y-%m-%d %H:%M}", f"{rep.size / 1024:.0f} KB", rep.sha256]
            for col, value in enumerate(values):
                self.table.setItem(r, col, QTableWidgetItem(value))
        if self.reports and self.table.currentRow() < 0:
            self.table.selectRow(0)
        for b in (self.open_button, self.print_button, self.folder_button):
            b.setEnabled(bool(self.reports))

    def _param(self, key: str, value) -> str:
        names = {
            "month": self.tr("month"),
            "issue_date": self.tr("dated"),
            "date_style": self.tr("date written"),
            "unit": self.tr("unit"),
            "date": self.tr("date"),
        }
        values = {"chinese": self.tr("in Chinese numerals"), "arabic": self.tr("in Arabic numerals")}
        return f"{names.get(key, key)}：{values.get(value, value)}"

    def _with_file(self, action) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.reports):
            dialogs.info(self, self.tr("Select a report first."))
            return
        try:
            path = archive.path_of(self.db, self.reports[row].id)
        except Exception as err:  # a KnownError: the file is missing or changed
            dialogs.error(self, err)
            return
        action(path)
