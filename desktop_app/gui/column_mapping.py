"""Which column holds what, asked when a workbook's header is missing or doubtful: the first
rows of each sheet as a preview, a header-row choice and one column choice per field."""

from __future__ import annotations

from openpyxl.utils import get_column_letter

from desktop_app.core.i18n import tr as translate
from desktop_app.exchange.tasks_xlsx import FIELDS, NEEDED, HeaderUnsure, Layout, field_label, needed_text
from desktop_app.gui.qt import (
    QBrush,
    QColor,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFont,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

HEADER_BACKGROUND = QColor("#e8eef7")
PASSED_BACKGROUND = QColor("#f0f0f0")
PASSED_TEXT = QColor("#8a8a8a")


class ColumnMappingDialog(QDialog):
    """Starts from the program's guess; OK stays disabled until the needed columns are chosen."""

    def __init__(self, unsure: HeaderUnsure, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind = unsure.kind
        self.previews = unsure.previews
        self.setWindowTitle(self.tr("Which column holds what?"))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(unsure.message + "\n" + self.tr("Choose the sheet, the header row and the columns below."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        top = QHBoxLayout()
        self.sheet = QComboBox()
        for preview in self.previews:
            self.sheet.addItem(preview.name)
        self.header_row = QSpinBox()
        self.header_row.setRange(0, 20)
        self.header_row.setSpecialValueText(self.tr("no header"))
        self.header_row.setToolTip(self.tr("The last row of the header; the table's rows start below it."))
        for label, widget in ((self.tr("Sheet:"), self.sheet), (self.tr("Header ends in row:"), self.header_row)):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addStretch(1)
        layout.addLayout(top)

        middle = QHBoxLayout()
        form = QFormLayout()
        self.columns: dict[str, QComboBox] = {}
        for field in FIELDS[self.kind]:
            box = QComboBox()
            box.setMinimumWidth(180)
            self.columns[field] = box
            form.addRow(field_label(self.kind, field), box)
        middle.addLayout(form)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(120)
        middle.addWidget(self.table, 1)
        layout.addLayout(middle, 1)

        self.passed_note = QLabel()
        self.passed_note.setStyleSheet("color:#666")
        layout.addWidget(self.passed_note)
        self.passed: dict[int, str] = {}
        self.hint = QLabel()
        self.hint.setStyleSheet("color:#b00020")
        layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        guess = unsure.guess
        if guess is not None and guess.sheet in [p.name for p in self.previews]:
            self.sheet.setCurrentText(guess.sheet)
        self.header_row.setValue(guess.header_row if guess else 1)
        self._fill_choices(guess.columns if guess else {})
        self.sheet.currentIndexChanged.connect(lambda _: self._fill_choices(self.chosen_columns()))
        self.header_row.valueChanged.connect(lambda _: self._fill_choices(self.chosen_columns()))
        for box in self.columns.values():
            box.currentIndexChanged.connect(self._update)
        self._update()

    def _rows(self) -> list[list[str]]:
        return self.previews[self.sheet.currentIndex()].rows if self.previews else []

    def _fill_choices(self, chosen: dict[str, int]) -> None:
        """Column choices named by letter and the text in the header row; the choice kept by column."""
        rows = self._rows()
        width = max((len(r) for r in rows), default=0)
        header = rows[self.header_row.value() - 1] if 0 < self.header_row.value() <= len(rows) else []
        for field, box in self.columns.items():
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("(none)"), 0)
            for col in range(1, width + 1):
                text = header[col - 1] if col <= len(header) else ""
                box.addItem(f"{get_column_letter(col)}　{text}".rstrip(), col)
            box.setCurrentIndex(max(box.findData(chosen.get(field, 0)), 0))
            box.blockSignals(False)
        self._update()

    def chosen_columns(self) -> dict[str, int]:
        return {f: box.currentData() for f, box in self.columns.items() if box.currentData()}

    def layout_chosen(self) -> Layout:
        return Layout(self.sheet.currentText(), self.header_row.value(), self.chosen_columns())

    def _update(self) -> None:
        rows = self._rows()
        width = max((len(r) for r in rows), default=0)
        chosen = self.chosen_columns()
        names = {c: field_label(self.kind, f) for f, c in chosen.items()}
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(width)
        self.table.setHorizontalHeaderLabels(
            [f"{get_column_letter(c)}\n{names.get(c, '')}".rstrip() for c in range(1, width + 1)]
        )
        bold = QFont(self.table.font())
        bold.setBold(True)
        preview = self.previews[self.sheet.currentIndex()] if self.previews else None
        passed = preview.passed_over(self.header_row.value(), self.kind) if preview else {}
        for r, values in enumerate(rows):
            in_header = r < self.header_row.value()
            reason = passed.get(r + 1)
            for c, text in enumerate(values):
                item = QTableWidgetItem(text.replace("\n", " "))
                item.setToolTip(text)
                if in_header:
                    item.setBackground(QBrush(HEADER_BACKGROUND))
                    item.setFont(bold)
                elif reason:  # shown, but greyed: the import passes it over
                    item.setBackground(QBrush(PASSED_BACKGROUND))
                    item.setForeground(QBrush(PASSED_TEXT))
                    item.setToolTip(self.tr("Passed over: {0}").format(translate("Tables", reason)))
                self.table.setItem(r, c, item)
        self.passed = passed
        self.passed_note.setText(
            self.tr("{0} row(s) shown in grey are no rows of the table and will be passed over.").format(len(passed))
            if passed
            else ""
        )
        twice = [c for c in set(chosen.values()) if list(chosen.values()).count(c) > 1]
        if twice:
            problem = self.tr("Column {0} is chosen for two fields.").format(get_column_letter(twice[0]))
        elif not NEEDED[self.kind](chosen):
            problem = needed_text(self.kind)
        else:
            problem = ""
        self.hint.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
