"""报表: every generated report, archived with its parameters, time and SHA-256, to open, print or find
again; a file changed since is refused with the reason."""

from __future__ import annotations

from desktop_app.gui import dialogs
from desktop_app.gui.columns import current_row, fit_columns, list_view
from desktop_app.gui.models import Column, RowsModel
from desktop_app.gui.pages.base import Page
from desktop_app.gui.printing import print_pdf
from desktop_app.gui.qt import QT_TRANSLATE_NOOP, QHBoxLayout, QLabel, QPushButton
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
        self.model = RowsModel(
            (
                Column(QT_TRANSLATE_NOOP("ReportsPage", "Report"), lambda r: r.title),
                Column(QT_TRANSLATE_NOOP("ReportsPage", "Parameters"), self._params),
                Column(
                    QT_TRANSLATE_NOOP("ReportsPage", "Generated"),
                    lambda r: f"{r.created_at:%Y-%m-%d %H:%M}",
                    sort=lambda r: r.created_at.isoformat(),
                ),
                Column(
                    QT_TRANSLATE_NOOP("ReportsPage", "Size"), lambda r: f"{r.size / 1024:.0f} KB", sort=lambda r: r.size
                ),
                Column(QT_TRANSLATE_NOOP("ReportsPage", "SHA-256"), lambda r: r.sha256),
            ),
            "ReportsPage",
            parent=self,
        )
        self.table = list_view(self.model)
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

    def title(self) -> str:
        return self.tr("Reports")

    def refresh(self) -> None:
        self.model.set_rows(archive.listed(self.db))
        fit_columns(self.table, 1, most={0: 360, 4: 160})
        if self.model.rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        for b in (self.open_button, self.print_button, self.folder_button):
            b.setEnabled(bool(self.model.rows))

    def _params(self, report: archive.ArchivedReport) -> str:
        return "，".join(self._param(k, v) for k, v in report.params.items())

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
        report = current_row(self.table)
        if report is None:
            dialogs.info(self, self.tr("Select a report first."))
            return
        try:
            path = archive.path_of(self.db, report.id)
        except Exception as err:  # a KnownError: the file is missing or changed
            dialogs.error(self, err)
            return
        action(path)
