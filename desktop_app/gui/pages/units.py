"""成员单位: the member units, with add/edit, deactivate/restore, import and export."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.checks import Check
from desktop_app.core.units import KINDS, UnitRecord, split_aliases
from desktop_app.gui import dialogs
from desktop_app.gui.columns import CutCellTips, fit_columns
from desktop_app.gui.drops import dropped
from desktop_app.gui.models import OBJECT_ROLE, SEARCH_ROLE, SORT_ROLE, UnitFilterProxy, UnitTableModel
from desktop_app.gui.pages.base import Page
from desktop_app.gui.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QShortcut,
    Qt,
    QTableView,
)
from desktop_app.gui.tables import by_pinyin
from desktop_app.gui.units_preview import UnitsPreviewDialog
from desktop_app.gui.worker import run_task
from desktop_app.services import units
from desktop_app.services.units import UnitInfo

TABLE_SUFFIXES = (".xlsx", ".xls", ".docx")


class UnitDialog(QDialog):
    """Add or edit one unit; the service checks the name, and its message is shown here."""

    def __init__(self, db, unit: UnitInfo | None = None, parent=None):
        super().__init__(parent)
        self.db, self.unit = db, unit
        self.result_unit: units.UnitInfo | None = None
        self.setWindowTitle(self.tr("Edit unit") if unit else self.tr("New unit"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.name = QLineEdit(unit.name if unit else "")
        self.kind = QComboBox()
        self.kind.addItems(list(KINDS))
        if unit:
            self.kind.setCurrentText(unit.kind)
        self.leader = QLineEdit(unit.leader if unit else "")
        self.liaison = QLineEdit(unit.liaison if unit else "")
        self.phone = QLineEdit(unit.phone if unit else "")
        self.aliases = QLineEdit("、".join(unit.aliases) if unit else "")
        self.aliases.setPlaceholderText(self.tr("Other names, separated by 、"))
        self.note = QPlainTextEdit(unit.note if unit else "")
        self.note.setFixedHeight(60)
        form.addRow(self.tr("Unit name *"), self.name)
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Leader in charge"), self.leader)
        form.addRow(self.tr("Liaison"), self.liaison)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Aliases"), self.aliases)
        form.addRow(self.tr("Note"), self.note)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def record(self) -> UnitRecord:
        return UnitRecord(
            name=self.name.text(),
            kind=self.kind.currentText(),
            leader=self.leader.text(),
            liaison=self.liaison.text(),
            phone=self.phone.text(),
            note=self.note.toPlainText(),
            aliases=split_aliases(self.aliases.text()),
        )

    def save(self) -> None:
        from desktop_app.core.errors import KnownError

        try:
            if self.unit is None:
                self.result_unit = units.add(self.db, self.record())
            else:
                self.result_unit = units.update(self.db, self.unit.id, self.record(), version=self.unit.version)
        except KnownError as err:
            self.error.setText("\n".join([err.message, *err.details]))
            dialogs.note("error", self.windowTitle(), err.message, err.details)
            return
        self.accept()


class UnitsPage(Page):
    key = "units"

    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.heading.setText(self.title())
        self.setAcceptDrops(True)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("New unit…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.toggle_button = QPushButton(self.tr("Deactivate"))
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        for b in (self.add_button, self.edit_button, self.toggle_button, self.import_button, self.export_button):
            bar.addWidget(b)
        bar.addStretch(1)
        self.check_button = QPushButton(self.tr("Confirm 需核对"))
        self.check_button.setToolTip(
            self.tr("Confirm what the import kept as written for this unit (or correct it with Edit…)")
        )
        bar.insertWidget(3, self.check_button)
        self.only_to_check = QCheckBox(self.tr("需核对 only"))
        bar.addWidget(self.only_to_check)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search units, people, phones…"))
        self.search.setMinimumWidth(240)
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search)
        self.layout_.addLayout(bar)
        hint = QLabel(self.tr("Tip: drop an Excel file of units onto this page to import it."))
        hint.setStyleSheet("color:#666")
        self.layout_.addWidget(hint)

        self.model = UnitTableModel(self)
        self.proxy = UnitFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        by_pinyin(self.proxy)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        CutCellTips(self.table)
        self.layout_.addWidget(self.table, 1)
        self.count = QLabel()
        self.layout_.addWidget(self.count)

        self.search.textChanged.connect(self._search)
        self.add_button.clicked.connect(self.add_unit)
        self.edit_button.clicked.connect(self.edit_unit)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.check_button.clicked.connect(self.confirm_checks)
        self.only_to_check.toggled.connect(self._only_to_check)
        self.import_button.clicked.connect(self.choose_import)
        self.export_button.clicked.connect(self.choose_export)
        self.table.doubleClicked.connect(lambda _i: self.edit_unit())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence.StandardKey.New, self, self.add_unit)
        # only while the list has the keyboard: Delete in the search box deletes a character
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.toggle_active).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Units")

    def refresh(self) -> None:
        selected = self.selected()
        self.model.set_units(units.list_units(self.db))
        # the names take the room; type, people, phone, aliases and status as wide as they are
        fit_columns(self.table, 0, most={5: 200})
        self._update_count()
        if selected:
            self.select_unit(selected.id)
        self._update_buttons()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _only_to_check(self, on: bool) -> None:
        self.proxy.set_only_to_check(on)
        self._update_count()

    def _update_count(self) -> None:
        total = len(self.model.units)
        active = sum(1 for u in self.model.units if u.active)
        self.count.setText(self.tr("{0} units ({1} active), {2} shown").format(total, active, self.proxy.rowCount()))

    def selected(self) -> UnitInfo | None:
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def select_unit(self, unit_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(OBJECT_ROLE).id == unit_id:
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                return

    def _update_buttons(self) -> None:
        unit = self.selected()
        self.edit_button.setEnabled(unit is not None)
        self.toggle_button.setEnabled(unit is not None)
        self.toggle_button.setText(self.tr("Restore") if unit and not unit.active else self.tr("Deactivate"))
        self.check_button.setEnabled(unit is not None and bool(unit.to_check))

    # -- actions ----------------------------------------------------------------------------------------
    def add_unit(self) -> None:
        dialog = UnitDialog(self.db, None, self)
        if dialogs.run_dialog(dialog) and dialog.result_unit:
            self.refresh()
            self.select_unit(dialog.result_unit.id)

    def edit_unit(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        dialog = UnitDialog(self.db, unit, self)
        dialogs.run_dialog(dialog)
        self.refresh()  # saved, or changed by another clerk meanwhile: shown as it is now

    def confirm_checks(self) -> None:
        unit = self.selected()
        if unit is None or not unit.to_check:
            return
        kept = "；".join(Check.from_json(c).said() for c in unit.to_check)
        question = self.tr("{0}: {1}. Keep it as written? (To correct it, use Edit… instead.)").format(unit.name, kept)
        if dialogs.ask(self, question):
            dialogs.guarded(self, units.confirm_checks, self.db, unit.id, version=unit.version)
            self.refresh()

    def toggle_active(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        if unit.active and not dialogs.ask(
            self,
            self.tr("Deactivate “{0}”? Its tasks, reports and evidence are kept, and you can restore it later.").format(
                unit.name
            ),
        ):
            return
        dialogs.guarded(self, units.set_active, self.db, unit.id, not unit.active, version=unit.version)
        self.refresh()

    def choose_import(self) -> None:
        path = dialogs.open_file(self, self.tr("Import units"), self.tr("Tables: Excel or Word (*.xlsx *.xls *.docx)"))
        if path:
            self.import_file(Path(path))

    def import_file(
        self,
        path: Path,
        *,
        clear_blank: bool = False,
        kinds: dict[str, str] | None = None,
        corrections: dict[str, str] | None = None,
    ):
        """Import a units list: read first without saving and shown (``UnitsPreviewDialog``: each unit's
        kind to check or change, phones kept as written, columns not read), then saved with the kinds
        the clerk chose and their readings of the phones kept as written."""

        def done(result) -> None:
            self.refresh()
            text = self.tr("Units imported from {0}: {1} new, {2} updated.").format(
                path.name, result.created, result.updated
            )
            details = [row.text() for row in result.skipped]
            if result.skipped:
                text += self.tr(" {0} row(s) were passed over as no part of the table (details below).").format(
                    len(result.skipped)
                )
            if result.checks:
                text += self.tr(" {0} cell(s) were kept as written and marked 需核对.").format(len(result.checks))
                details = [f"{c.where}：{name} {c.said()}" for name, c in result.checks] + details
            if result.unread:
                text += self.tr(" Columns not read: {0}.").format("、".join(result.unread))
            dialogs.info(self, text, details)
            if result.blank_kept:  # a blank cell clears nothing unless the clerk says so
                question = self.tr(
                    "{0} blank cell(s) in the list were left as the units had them ({1} …). "
                    "Should the blank cells clear what the units had there?"
                ).format(len(result.blank_kept), "、".join(f"{n} {w}" for n, w in result.blank_kept[:5]))
                if dialogs.ask(self, question):
                    self.import_file(path, clear_blank=True, kinds=kinds, corrections=corrections)

        def previewed(result) -> None:
            dialog = UnitsPreviewDialog(path.name, result.rows, result.checks, result.unread, self)
            if dialogs.run_dialog(dialog):
                self.import_file(path, clear_blank=clear_blank, kinds=dialog.kinds(), corrections=dialog.corrections())

        def failed(err: BaseException) -> None:
            from desktop_app.core.progress import Cancelled

            if not isinstance(err, Cancelled):
                dialogs.error(self, err)

        if kinds is None:  # the preview first
            return run_task(
                lambda progress: units.import_xlsx(self.db, path, progress, clear_blank=clear_blank, dry_run=True),
                previewed,
                failed,
                parent=self,
                label=self.tr("Reading the list…"),
            )
        return run_task(
            lambda progress: units.import_xlsx(
                self.db, path, progress, clear_blank=clear_blank, kinds=kinds, corrections=corrections
            ),
            done,
            failed,
            parent=self,
            label=self.tr("Importing units…"),
        )

    def choose_export(self) -> None:
        path = dialogs.save_file(
            self, self.tr("Export units"), "成员单位名单.xlsx", self.tr("Excel workbooks (*.xlsx)")
        )
        if path and dialogs.guarded(self, units.export_xlsx, self.db, Path(path)):
            dialogs.info(self, self.tr("Units written to {0}.").format(path))

    # -- drag and drop ---------------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if dropped(event, TABLE_SUFFIXES):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for path in dropped(event, TABLE_SUFFIXES):
            self.import_file(path)
        event.acceptProposedAction()
