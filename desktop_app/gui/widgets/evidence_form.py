"""What is said about evidence being filed or edited: item, unit, title, 文号, dates, category…"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from desktop_app.core.errors import KnownError
from desktop_app.core.evidence import CATEGORIES, current_period, period_problem
from desktop_app.gui import dialogs
from desktop_app.gui.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    Qt,
)
from desktop_app.gui.widgets.date_edit import DateEdit
from desktop_app.gui.worker import run_task
from desktop_app.services.evidence import EvidenceInfo, EvidenceMeta
from desktop_app.services.suggestions import Suggestions

NO_DATE = QDate(1999, 12, 31)  # shown as "not given": a QDateEdit cannot be empty


class EvidenceDialog(QDialog):
    """For ``count`` files about to be filed (``record`` None), or to edit one ``record``.

    ``items`` are (number, text) of the rule set's items, ``units`` the active unit names,
    ``tasks`` (code, title) of the plan's tasks.
    After ``accept`` the choice is in ``item``, ``unit`` and ``meta``.
    """

    def __init__(
        self,
        items: list[tuple[int, str]],
        units: list[str],
        *,
        tasks: Sequence[tuple[str, str]] = (),
        item: int | None = None,
        unit: str | None = None,
        count: int = 1,
        first_name: str = "",
        record: EvidenceInfo | None = None,
        suggest: Callable[[], Suggestions] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.record, self.count = record, count
        self.meta: EvidenceMeta | None = None
        self.setWindowTitle(self.tr("Edit evidence") if record else self.tr("File evidence"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        if record is None:
            what = (
                self.tr("{0} files, the first “{1}”").format(count, first_name)
                if count > 1
                else self.tr("File “{0}”").format(first_name)
            )
            form.addRow(QLabel(what))
        self.item_box = QComboBox()
        for no, text in items:
            short = text if len(text) <= 40 else text[:39] + "…"
            self.item_box.addItem(f"({no}) {short}", no)
            self.item_box.setItemData(self.item_box.count() - 1, f"({no}) {text}", Qt.ItemDataRole.ToolTipRole)
        self.unit_box = QComboBox()
        self.unit_box.setEditable(False)
        self.unit_box.addItem(self.tr("(no unit)"), "")
        for name in units:
            self.unit_box.addItem(name, name)
        self.task_box = QComboBox()
        self.task_box.addItem(self.tr("(none)"), "")
        for code, title in tasks:
            short = title if len(title) <= 36 else title[:35] + "…"
            self.task_box.addItem(f"{code} {short}", code)
        self.title = QLineEdit()
        self.doc_no = QLineEdit()
        self.doc_no.setPlaceholderText(self.tr("e.g. 昌食安办〔2026〕12号"))
        self.doc_date = DateEdit()
        self.doc_date.setCalendarPopup(True)
        self.doc_date.setDisplayFormat("yyyy-MM-dd")
        self.doc_date.setMinimumDate(NO_DATE)
        self.doc_date.setSpecialValueText(self.tr("not given"))
        self.doc_date.setDate(NO_DATE)
        self.category = QComboBox()
        if record is None:  # new files: a picture is filed as 照片, anything else as 其他
            self.category.addItem(self.tr("by each file's type"), None)
        for name in CATEGORIES:
            self.category.addItem(name, name)
        self.period = DateEdit()
        self.period.setDisplayFormat("yyyy-MM")
        self.period.setCalendarPopup(True)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(56)
        self.public = QCheckBox(self.tr("May be made public (otherwise internal)"))
        self.suggested: Suggestions | None = None
        if suggest is not None:  # read from the file's own text, off the window's thread; taken on a click
            self.suggestion = QLabel(self.tr("Reading the file for suggestions…"))
            self.suggestion.setWordWrap(False)  # short lines, one a field or item; the whole in the tooltip
            self.suggestion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.take = QPushButton(self.tr("Use the suggestions"))
            self.take.setEnabled(False)
            self.take.clicked.connect(self.use_suggestions)
            form.addRow(self.tr("Suggested"), self.suggestion)
            form.addRow("", self.take)
            run_task(lambda _progress: suggest(), self._show_suggestions, self._no_suggestions, parent=self)
        form.addRow(self.tr("Item *"), self.item_box)
        form.addRow(self.tr("Unit"), self.unit_box)
        form.addRow(self.tr("Task (optional)"), self.task_box)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Doc. no. (文号)"), self.doc_no)
        form.addRow(self.tr("Document date"), self.doc_date)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Period"), self.period)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.public)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._fill(record, item, unit)

    def _fill(self, record: EvidenceInfo | None, item: int | None, unit: str | None) -> None:
        if record is not None:
            item, unit = record.item, record.unit
            self.title.setText(record.title)
            self.doc_no.setText(record.doc_no)
            if record.doc_date:
                self.doc_date.setDate(QDate(record.doc_date.year, record.doc_date.month, record.doc_date.day))
            self.category.setCurrentText(record.category)
            period = record.period or current_period()
            self.note.setPlainText(record.note)
            self.public.setChecked(record.public)
            self.task_box.setCurrentIndex(max(0, self.task_box.findData(record.task)))
        else:
            period = current_period()
            self.title.setPlaceholderText(
                self.tr("From the file name") if self.count == 1 else self.tr("Each file's own name")
            )
            self.title.setEnabled(self.count == 1)
        year, month = (int(x) for x in period.split("-"))
        self.period.setDate(QDate(year, month, 1))
        if item is not None:
            self.item_box.setCurrentIndex(max(0, self.item_box.findData(item)))
        if unit:
            self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(unit)))

    def _show_suggestions(self, found: Suggestions) -> None:
        self.suggested = found
        labels = {
            "doc_no": self.tr("Doc. no. (文号)"),
            "issuer": self.tr("Issued by"),
            "title": self.tr("Title"),
            "doc_date": self.tr("Document date"),
        }
        lines, whole = [], []
        for name, value in found.fields.as_dict().items():
            lines.append(f"{labels[name]}：{value if len(value) <= 36 else value[:35] + '…'}")
            whole.append(f"{labels[name]}：{value}")
        for index, item in enumerate(found.items):
            words = self.tr(" (shared words: {0})").format("、".join(item.words[:2])) if item.words else ""
            lead = self.tr("Item") if index == 0 else self.tr("or")
            text = item.text if len(item.text) <= 12 else item.text[:11] + "…"
            lines.append(f"{lead}：（{item.no}）{text}{words}")
            whole.append(f"{lead}：（{item.no}）{item.text}{words}")
        if found.text_state != "done":
            lines.insert(0, self.tr("No text could be read from the file; only its name was used."))
        self.suggestion.setText("\n".join(lines) or self.tr("The file's text suggests nothing."))
        self.suggestion.setToolTip("\n".join(whole))
        self.take.setEnabled(bool(found.fields.as_dict() or found.items))

    def _no_suggestions(self, err: BaseException) -> None:
        self.suggestion.setText(self.tr("No suggestions: {0}").format(err))

    def use_suggestions(self) -> None:
        """Every suggestion taken in one click (each field stays editable before 确定)."""
        found = self.suggested
        if found is None:
            return
        fields = found.fields
        if fields.title is not None and self.title.isEnabled():
            self.title.setText(fields.title.value)
        if fields.doc_no is not None:
            self.doc_no.setText(fields.doc_no.value)
        if fields.doc_date is not None:
            day = dt.date.fromisoformat(fields.doc_date.value)
            self.doc_date.setDate(QDate(day.year, day.month, day.day))
        if found.items:
            self.item_box.setCurrentIndex(max(0, self.item_box.findData(found.items[0].no)))

    @property
    def item(self) -> int:
        return int(self.item_box.currentData())

    @property
    def unit(self) -> str | None:
        return self.unit_box.currentData() or None

    def save(self) -> None:
        date = self.doc_date.date()
        period = self.period.date().toString("yyyy-MM")
        problems = [p for p in (period_problem(period),) if p]
        if self.record is not None and not self.title.text().strip():
            problems.append(self.tr("The title must not be empty."))
        if problems:
            err = KnownError(self.tr("Please correct:"), problems)
            self.error.setText("\n".join(problems))
            dialogs.note("error", self.windowTitle(), err.message, err.details)
            return
        self.meta = EvidenceMeta(
            title=self.title.text().strip() or None,
            doc_no=self.doc_no.text(),
            doc_date=None if date == NO_DATE else dt.date(date.year(), date.month(), date.day()),
            category=self.category.currentData(),
            period=period,
            note=self.note.toPlainText(),
            public=self.public.isChecked(),
            task=self.task_box.currentData() or None,
        )
        self.accept()
