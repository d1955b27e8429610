"""The 月度工作通报 tab of the monthly page: the office's number, date and text for a month's bulletin,
written as PDF (and Excel), printed, archived."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.gui import dialogs
from desktop_app.gui.printing import print_pdf
from desktop_app.gui.qt import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    qdate,
    to_date,
)
from desktop_app.gui.widgets.date_edit import DateEdit
from desktop_app.gui.worker import QtProgress, run_task
from desktop_app.reports.pdf import replaced_message
from desktop_app.services import bulletin

if TYPE_CHECKING:
    from desktop_app.gui.pages.monthly import MonthlyPage


class BulletinForm(QWidget):
    """The month's bulletin: the office's own text, then the PDF (and its tables in Excel) to open or print."""

    def __init__(self, page: MonthlyPage):
        super().__init__(page)
        self.page = page
        self.month = ""
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 10, printed as 设置 › 公文格式 says; blank: the campaign's month"))
        self.date = DateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date_style = QComboBox()
        self.date_style.addItem(self.tr("2025年3月26日 (Arabic numerals)"), "arabic")  # GB/T 9704-2012 7.3.5.1
        self.date_style.addItem(self.tr("二〇二五年三月二十六日 (Chinese numerals)"), "chinese")
        self.overview = QPlainTextEdit()
        self.problems = QPlainTextEdit()
        self.next_steps = QPlainTextEdit()
        for edit, hint in (
            (self.overview, self.tr("Added after the figures of 总体情况 (optional)")),
            (self.problems, self.tr("存在问题: one paragraph a line")),
            (self.next_steps, self.tr("下步工作: one paragraph a line")),
        ):
            edit.setPlaceholderText(hint)
            edit.setTabChangesFocus(True)
        form.addRow(self.tr("Issue number"), self.number)
        form.addRow(self.tr("Dated"), self.date)
        form.addRow(self.tr("Date written as"), self.date_style)
        form.addRow(self.tr("Overview"), self.overview)
        form.addRow(self.tr("Problems"), self.problems)
        form.addRow(self.tr("Next steps"), self.next_steps)
        layout.addLayout(form, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save the text"))
        self.pdf_button = QPushButton(self.tr("Generate the bulletin (PDF)…"))
        self.with_xlsx = QCheckBox(self.tr("with its tables in Excel"))
        self.with_docx = QCheckBox(self.tr("and a Word copy to edit"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setEnabled(False)
        for w in (self.save_button, self.pdf_button, self.with_xlsx, self.with_docx, self.print_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.last_pdf: Path | None = None
        self.save_button.clicked.connect(self.save)
        self.pdf_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_last)

    def load(self, month: str) -> None:
        if not month or month == self.month:
            return
        self.month = month
        text = bulletin.get_text(self.page.db, month)
        self.number.setText(text.number)
        self.date.setDate(qdate(text.issue_date or dt.date.today()))
        self.date_style.setCurrentIndex(max(self.date_style.findData(text.date_style), 0))
        self.overview.setPlainText(text.overview)
        self.problems.setPlainText(text.problems)
        self.next_steps.setPlainText(text.next_steps)
        self.status.setText("")

    def text(self) -> bulletin.BulletinText:
        return bulletin.BulletinText(
            self.month,
            self.number.text(),
            to_date(self.date.date()),
            self.date_style.currentData(),
            self.overview.toPlainText().strip(),
            self.problems.toPlainText().strip(),
            self.next_steps.toPlainText().strip(),
        )

    def save(self) -> bool:
        if dialogs.guarded(self, bulletin.save_text, self.page.db, self.text()):
            self.status.setText(self.tr("The text was saved."))
            return True
        return False

    def generate(self) -> QtProgress | None:
        if not self.save():
            return None
        name = f"{self.month} 月度工作通报.pdf"
        path = dialogs.save_file(self, self.tr("Save the bulletin"), name, "PDF (*.pdf)")
        if not path:
            return None
        pdf = Path(path)
        xlsx = pdf.with_suffix(".xlsx") if self.with_xlsx.isChecked() else None
        docx = pdf.with_suffix(".docx") if self.with_docx.isChecked() else None
        month = self.month

        def done(made: bulletin.Generated) -> None:
            self.last_pdf = made.pdf
            self.print_button.setEnabled(True)
            self.status.setText(
                self.tr("Written to {0}; archived in 报表 (SHA-256 {1}…).").format(made.pdf, made.sha256[:16])
            )
            if made.replaced:
                dialogs.info(self, replaced_message(made.replaced, made.replaced_in))
            dialogs.open_path(made.pdf)

        return run_task(
            lambda progress: bulletin.generate(self.page.db, month, pdf, xlsx=xlsx, docx=docx),
            done,
            parent=self,
            label=self.tr("Generating the bulletin…"),
            preload=("desktop_app.reports.bulletin",),
        )

    def print_last(self) -> None:
        if self.last_pdf is not None:
            print_pdf(self, self.last_pdf)
