"""佐证材料: file evidence onto indicator items, find it, review it; coverage; checks and backups."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

from desktop_app.core.evidence import CATEGORIES, REVIEW_RETURNED, REVIEW_STATES, expand
from desktop_app.core.progress import Cancelled
from desktop_app.gui import dialogs
from desktop_app.gui.columns import CutCellTips, column_menu
from desktop_app.gui.evidence_models import EvidenceTableModel, SnippetDelegate
from desktop_app.gui.models import OBJECT_ROLE
from desktop_app.gui.pages.base import Page
from desktop_app.gui.pages.evidence_coverage import CoveragePanel
from desktop_app.gui.pages.evidence_safety import SafetyPanel
from desktop_app.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QShortcut,
    QSplitter,
    Qt,
    QTableView,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop_app.gui.widgets.evidence_detail import EvidenceDetail
from desktop_app.gui.widgets.evidence_form import EvidenceDialog
from desktop_app.gui.widgets.item_tree import ItemTree
from desktop_app.gui.worker import QtProgress, run_task
from desktop_app.services import coverage, evidence, extraction, ocr, rulesets, suggestions, tasks, units
from desktop_app.services.evidence import Filter
from desktop_app.services.evidence import folder as evidence_folder
from desktop_app.services.evidence import search as evidence_search

SEARCH_LIMIT = 500
OPEN_FOLDER = Path(tempfile.gettempdir()) / "foodsafety-desk-open"


class EvidencePage(Page):
    key = "evidence"
    restore_requested = Signal(object)  # Path of a backup the user chose to restore

    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.heading.setText(self.title())
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)
        self.records_tab = QWidget()
        self.tabs.addTab(self.records_tab, self.tr("Records"))
        self.coverage = CoveragePanel(db)
        self.tabs.addTab(self.coverage, self.tr("Coverage"))
        self.safety = SafetyPanel(db)
        self.tabs.addTab(self.safety, self.tr("Checks and backup"))
        self.coverage.show_records.connect(self.show_records_of)
        self.safety.restore_requested.connect(self.restore_requested)
        self.safety.open_record.connect(lambda rid: self.show_records_of(None, None, rid))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_tab())
        self._build_records_tab()
        self._extracting = False
        self._recognising = False
        self._ocr_progress: QtProgress | None = None
        self._extract_progress = None
        self._folder_dialog = None  # the last folder preview shown (kept for tests and screenshots)
        self._rs = None

    def title(self) -> str:
        return self.tr("Evidence")

    # -- layout -----------------------------------------------------------------------------------------
    def _build_records_tab(self) -> None:
        layout = QVBoxLayout(self.records_tab)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, 文号, notes, units and file contents… e.g. 台账"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.unit_filter = QComboBox()
        self.unit_filter.setMinimumWidth(130)
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("All categories"), "")
        for c in CATEGORIES:
            self.category_filter.addItem(c, c)
        self.period_filter = QComboBox()
        self.period_filter.setMinimumWidth(100)
        self.review_filter = QComboBox()
        self.review_filter.addItem(self.tr("Any review state"), "")
        for state in REVIEW_STATES:
            self.review_filter.addItem(state, state)
        self.bin_button = QPushButton(self.tr("Recycle bin"))
        self.bin_button.setCheckable(True)
        for widget in (self.unit_filter, self.category_filter, self.period_filter, self.review_filter, self.bin_button):
            bar.addWidget(widget)
        layout.addLayout(bar)

        actions = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_folder_button = QPushButton(self.tr("Add a folder…"))
        self.unit_folder_button = QPushButton(self.tr("A unit's folder or zip…"))
        self.unit_folder_button.setToolTip(
            self.tr("File a folder (or .zip) a unit sent: each file goes to the item its name or folder names")
        )
        unit_folder_menu = QMenu(self.unit_folder_button)
        unit_folder_menu.addAction(self.tr("A folder…"), lambda: self.import_unit_folder(folder=True))
        unit_folder_menu.addAction(self.tr("A zip file…"), lambda: self.import_unit_folder(folder=False))
        self.unit_folder_button.setMenu(unit_folder_menu)
        self.delete_button = QPushButton(self.tr("Move to recycle bin"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.purge_button = QPushButton(self.tr("Delete for good…"))
        self.binder_button = QPushButton(self.tr("Export inspection binder…"))
        for b in (
            self.add_button,
            self.add_folder_button,
            self.unit_folder_button,
            self.delete_button,
            self.restore_button,
            self.purge_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.binder_button)
        layout.addLayout(actions)

        self.tree = ItemTree()
        self.model = EvidenceTableModel(lambda ids: evidence.records(self.db, ids), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setItemDelegateForColumn(EvidenceTableModel.SNIPPET, SnippetDelegate(self.table))
        self.table.horizontalHeader().moveSection(EvidenceTableModel.SNIPPET, 3)  # found words beside the title
        # the key columns at 1366 × 768 (项目, 单位, 标题, 文号, 日期, 审核); the title takes the rest, the
        # others are a right-click on the header away
        for col, width in enumerate((52, 110, 0, 120, 86, 70, 70, 56, 70, 120, 320)):
            if width:
                self.table.setColumnWidth(col, width)
        self.table.horizontalHeader().setSectionResizeMode(EvidenceTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        CutCellTips(self.table)
        column_menu(self.table, optional=(5, 6, 8, 9), hidden=(5, 6, 8, 9))
        self.table.setAcceptDrops(True)
        self.table.viewport().setAcceptDrops(True)
        self.table.viewport().installEventFilter(self)
        self.detail = EvidenceDetail()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 4)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([250, 640, 290])
        splitter.setCollapsible(1, False)  # the tree and the detail fold away, the list stays
        layout.addWidget(splitter, 1)
        status = QHBoxLayout()
        self.count = QLabel()
        self.text_status = QLabel()
        self.text_status.setStyleSheet("color:#555")
        status.addWidget(self.count)
        status.addStretch(1)
        status.addWidget(self.text_status)
        self.ocr_status = QLabel()
        self.ocr_status.setStyleSheet("color:#555")
        status.addWidget(self.ocr_status)
        layout.addLayout(status)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.reload)
        for combo in (self.unit_filter, self.category_filter, self.period_filter, self.review_filter):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.bin_button.toggled.connect(lambda _on: self.reload())
        self.tree.currentItemChanged.connect(lambda *_: self.reload())
        self.tree.files_dropped.connect(self.file_paths)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.add_button.clicked.connect(self.choose_files)
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.binder_button.clicked.connect(self.export_binder)
        self.detail.review_clicked.connect(self.review_selected)
        self.detail.open_clicked.connect(self.open_current)
        self.detail.folder_clicked.connect(self.show_current_in_folder)
        self.detail.edit_clicked.connect(self.edit_current)
        # only while the list has the keyboard: Delete in the search box deletes a character, Enter in a
        # dialog presses its default button
        for key, action in ((Qt.Key.Key_Delete, self.delete_selected), (Qt.Key.Key_Return, self.open_current)):
            QShortcut(QKeySequence(key), self.table, action).setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+O"), self, self.choose_files)
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._rs = rulesets.load(self.db)
        self._fill_filters()
        self.tree.blockSignals(True)
        self.tree.set_rule_set(self._rs, evidence.item_counts(self.db))
        self.tree.blockSignals(False)
        self.reload()
        self._refresh_tab()
        self.start_extraction()

    def _refresh_tab(self) -> None:
        if self.tabs.currentWidget() is self.coverage:
            self.coverage.refresh()
        elif self.tabs.currentWidget() is self.safety:
            self.safety.refresh()

    def _fill_filters(self) -> None:
        keep_unit, keep_period = self.unit_filter.currentData(), self.period_filter.currentData()
        for combo in (self.unit_filter, self.period_filter):
            combo.blockSignals(True)
            combo.clear()
        self.unit_filter.addItem(self.tr("All units"), "")
        for u in units.list_units(self.db, include_inactive=False):
            self.unit_filter.addItem(u.name, u.name)
        self.period_filter.addItem(self.tr("All periods"), "")
        for period in evidence.periods(self.db):
            self.period_filter.addItem(period, period)
        for combo, keep in ((self.unit_filter, keep_unit), (self.period_filter, keep_period)):
            combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)
            combo.blockSignals(False)

    def current_filter(self) -> Filter:
        items = self.tree.current_items()
        return Filter(
            items=items if items is not None and len(items) > 1 else None,
            item=items[0] if items is not None and len(items) == 1 else None,
            unit=self.unit_filter.currentData() or None,
            category=self.category_filter.currentData() or None,
            period=self.period_filter.currentData() or None,
            review_state=self.review_filter.currentData() or None,
            deleted=self.bin_button.isChecked(),
        )

    def reload(self, select_id: int | None = None) -> None:
        """Fill the list for the search words and filters (the rows load as they are shown)."""
        self._search_timer.stop()
        flt = self.current_filter()
        query = self.search.text().strip()
        searching = bool(query) and not flt.deleted
        if searching:
            hits = evidence_search.search(
                self.db,
                query,
                item=flt.item,
                unit=flt.unit,
                category=flt.category,
                period=flt.period,
                limit=SEARCH_LIMIT,
            )
            if flt.items is not None or flt.review_state:
                hits = [
                    h
                    for h in hits
                    if (flt.items is None or h.info.item in flt.items)
                    and (not flt.review_state or h.info.review_state == flt.review_state)
                ]
            self.model.set_hits(hits)
            text = self.tr("{0} records found").format(len(hits))
            if len(hits) >= SEARCH_LIMIT:
                text += self.tr(" (the newest {0}; add words to narrow the search)").format(SEARCH_LIMIT)
        else:
            self.model.set_ids(evidence.record_ids(self.db, flt))
            text = (self.tr("{0} records in the recycle bin") if flt.deleted else self.tr("{0} records")).format(
                self.model.rowCount()
            )
        self.table.setColumnHidden(EvidenceTableModel.SNIPPET, not searching)
        self.count.setText(text)
        if select_id is not None and (row := self.model.row_of(select_id)) >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._show_current()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.records_tab)
        self.search.setFocus()
        self.search.selectAll()

    def show_target(self, target: dict) -> None:
        """An item's records, asked for from another page (the readiness view)."""
        self.show_records_of(target.get("item"), target.get("unit"))

    def show_records_of(self, item: int | None, unit: str | None, record_id: int | None = None) -> None:
        """Switch to the list, filtered to one item and unit (a click on the coverage map)."""
        self.tabs.setCurrentWidget(self.records_tab)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for combo in (self.category_filter, self.period_filter, self.review_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.bin_button.blockSignals(True)
        self.bin_button.setChecked(False)
        self.bin_button.blockSignals(False)
        self.unit_filter.blockSignals(True)
        self.unit_filter.setCurrentIndex(max(0, self.unit_filter.findData(unit)) if unit else 0)
        self.unit_filter.blockSignals(False)
        self.tree.blockSignals(True)
        self.tree.select_item(item)
        self.tree.blockSignals(False)
        self.reload(select_id=record_id)

    # -- selection and detail ------------------------------------------------------------------------
    def selected(self) -> list:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [info for r in rows if (info := self.model.info(r)) is not None]

    def _show_current(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            e = chosen[0]
            state, text = evidence.text_of(self.db, e.sha256)
            share = evidence.recognised(self.db, e.sha256) if state == "done" else None
            self.detail.show_record(e, evidence.store(self.db).path_of(e.sha256), state, text, share)
        elif chosen:
            self.detail.show_message(self.tr("{0} records selected.").format(len(chosen)))
            self.detail.review_row.show()
        else:
            self.detail.show_message(self._item_html())
        self._update_buttons()

    def _item_html(self) -> str:
        """With no record chosen: the chosen item's evidence state for each responsible unit."""
        no = self.tree.current_item_no()
        if no is None or self._rs is None:
            return "<p>{}</p><p style='color:#666'>{}</p>".format(
                self.tr("Select a record to see it here."),
                self.tr("To file evidence, drop files onto an item on the left, or choose “Add files…”."),
            )
        item = next(i for i in self._rs.items() if i.no == no)
        cov = coverage.compute(self.db)
        names = dict(cov.units)
        unit_ids = cov.responsible.get(no) or []
        unit_ids += [u for (n, u), c in cov.cells.items() if n == no and c.total and u not in unit_ids]
        rows = "".join(
            "<tr><td>{}</td><td align='right'>{}</td><td align='right'>{}</td><td>{}</td></tr>".format(
                html.escape(names.get(u, "")), c.total, c.passed, c.state
            )
            for u in unit_ids
            if (c := cov.cell(no, u))
        )
        head = "".join(
            f"<th>{h}</th>" for h in (self.tr("Unit"), self.tr("Records"), self.tr("Passed"), self.tr("State"))
        )
        return (
            f"<h3>({no}) {html.escape(item.text)}</h3>"
            f"<p style='color:#555'>{self.tr('Responsible')}：{html.escape(item.departments)}</p>"
            f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>"
            f"<p style='color:#666'>{self.tr('Mark a unit’s evidence complete on the Coverage tab.')}</p>"
        )

    def _update_buttons(self) -> None:
        chosen = self.selected()
        in_bin = self.bin_button.isChecked()
        self.delete_button.setVisible(not in_bin)
        self.restore_button.setVisible(in_bin)
        self.purge_button.setVisible(in_bin)
        self.add_button.setEnabled(not in_bin)
        self.add_folder_button.setEnabled(not in_bin)
        self.unit_folder_button.setEnabled(not in_bin)
        for b in (self.delete_button, self.restore_button, self.purge_button):
            b.setEnabled(bool(chosen))

    # -- filing -----------------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = dialogs.open_files(self, self.tr("Add evidence files"), self.tr("All files (*)"))
        if paths:
            self.file_paths(self.tree.current_item_no(), [Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Add every file of a folder"))
        if folder:
            self.file_paths(self.tree.current_item_no(), [Path(folder)])

    def eventFilter(self, watched, event) -> bool:
        """Files dropped onto the list are filed under the item chosen on the left."""
        from desktop_app.gui.qt import QEvent

        dragging = event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove)
        if watched is self.table.viewport() and dragging and event.mimeData().hasUrls():
            event.acceptProposedAction()
            return True
        if watched is self.table.viewport() and event.type() == QEvent.Type.Drop and event.mimeData().hasUrls():
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            event.acceptProposedAction()
            self.file_paths(self.tree.current_item_no(), paths)
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _answered(dialog: EvidenceDialog) -> bool:
        """The filing form filled and saved (its OK reads it); where no window may open, it is taken as
        it opens, with its defaults (the screenshot command, the tests)."""
        if dialogs.run_dialog(dialog) and dialog.meta is None:
            dialog.save()
        return dialog.meta is not None

    def _unit_names(self) -> list[str]:
        return [u.name for u in units.list_units(self.db, include_inactive=False)]

    def _tasks(self) -> list[tuple[str, str]]:
        return [(t.code, t.title) for t in tasks.briefs(self.db)]

    def _default_unit(self, item: int | None) -> str | None:
        chosen = self.unit_filter.currentData()
        if chosen:
            return chosen
        if item is None:
            return None
        cov = coverage.compute(self.db)
        names = dict(cov.units)
        responsible = cov.responsible.get(item)
        return names.get(responsible[0]) if responsible else None

    def file_paths(self, item: int | None, paths: list[Path]):
        """Ask what the files are, then file them in the background with a progress bar."""
        if not paths:
            return None
        files = list(expand(paths))
        if not files:
            dialogs.info(self, self.tr("There are no files to add in what was chosen (empty folders)."))
            return None
        items = [(i.no, i.text) for i in (self._rs or rulesets.load(self.db)).items()]
        dialog = EvidenceDialog(
            items,
            self._unit_names(),
            tasks=self._tasks(),
            item=item,
            unit=self._default_unit(item),
            count=len(files),
            first_name=files[0].name,
            suggest=(lambda: suggestions.for_file(self.db, files[0])) if len(files) == 1 else None,
            parent=self,
        )
        if not self._answered(dialog):
            return None
        target_item, unit, meta = dialog.item, dialog.unit, dialog.meta
        return self.add(files, target_item, unit, meta)

    def add(self, files: list[Path], item: int, unit: str | None, meta):
        return self._file(
            lambda progress: evidence.add_files(self.db, files, item=item, unit=unit, meta=meta, progress=progress)
        )

    def _file(self, work, after=None):
        """Run a filing ``work(progress)`` with a progress bar; then show what was filed."""

        def done(result) -> None:
            if after is not None:
                after()
            self.tree.set_counts(evidence.item_counts(self.db))
            self._fill_filters()
            self.reload(select_id=result.added[0].id if result.added else None)
            self.report_added(result)
            self.start_extraction()

        def failed(err: BaseException) -> None:
            if after is not None:
                after()
            self.reload()
            dialogs.error(self, err)

        return run_task(work, done, failed, parent=self, label=self.tr("Filing evidence…"))

    def import_unit_folder(self, source: Path | None = None, *, folder: bool = True):
        """A unit's folder or zip: matched in the background, previewed, filed once confirmed."""
        if source is None:
            picked = (
                dialogs.choose_folder(self, self.tr("The folder a unit sent"))
                if folder
                else dialogs.open_file(self, self.tr("The zip file a unit sent"), self.tr("Zip files (*.zip)"))
            )
            if not picked:
                return None
            source = Path(picked)
        unit = self.unit_filter.currentData() or None

        def matched(plan) -> None:
            from desktop_app.gui.folder_import import FolderImportDialog

            dialog = FolderImportDialog(plan, self._unit_names(), unit, self, suggest=lambda: plan.suggest(self.db))
            self._folder_dialog = dialog
            if not dialogs.run_dialog(dialog):
                plan.close()
                return
            plan.unit = dialog.unit
            self._file(lambda progress: evidence_folder.file(self.db, plan, progress=progress), plan.close)

        return run_task(
            lambda _progress: evidence_folder.prepare(self.db, source, unit=unit),
            matched,
            parent=self,
            label=self.tr("Reading the folder…"),
        )

    def report_added(self, result) -> None:
        text = self.tr("{0} files filed.").format(len(result.added))
        if result.reused:
            text += self.tr(
                " {0} of them have the same content as files already stored and were linked, not copied again."
            ).format(result.reused)
        if result.cancelled:
            text += self.tr(" Filing was stopped; the files filed before that are kept.")
        if result.skipped:
            text += self.tr(" {0} files were not taken:").format(len(result.skipped))
            dialogs.message(self, "error", self.tr("Filing evidence"), text, [s.reason for s in result.skipped])
        else:
            dialogs.info(self, text)

    def start_extraction(self) -> None:
        """Read the text of newly filed files in the background, for search (what is pending is looked
        for there too: a scan of the store's table the page does not wait for)."""
        if self._extracting:
            return
        self._extracting = True

        def step(done: int, total: int, _name: str) -> None:
            if total:
                self.text_status.setText(self.tr("Reading file texts for search: {0} of {1}").format(done, total))

        def done(summary) -> None:
            self._extracting = False
            if not summary.done + summary.none + summary.failed:
                self.start_recognition()  # nothing was waiting to be read; scans from before may be
                return
            self.text_status.setText(
                self.tr("File texts read: {0} with text, {1} without (scans, pictures), {2} unreadable.").format(
                    summary.done, summary.none, summary.failed
                )
            )
            self._show_current()
            self.start_extraction()  # files filed meanwhile
            self.start_recognition()  # scans and pictures among them

        def failed(err: BaseException) -> None:
            self._extracting = False
            if isinstance(err, Cancelled):
                self.text_status.setText(self.tr("Reading file texts paused; it goes on when the page is next opened."))
            else:
                self.text_status.setText(self.tr("Reading file texts stopped: {0}").format(err))

        self._extract_progress = run_task(
            lambda progress: extraction.run_pending(self.db, progress), done, failed, on_progress=step, parent=self
        )

    def start_recognition(self) -> None:
        """Recognise the text of scans and pictures waiting for it, in the background, page by page
        (services.ocr: a child process of its own at a lower priority); the count is shown on the page."""
        if self._recognising or self._extracting or ocr.unavailable() is not None:
            return
        if not ocr.status(self.db).waiting:
            return
        self._recognising = True

        def step(done: int, total: int, message: str) -> None:
            if total:
                self.ocr_status.setText(message)

        def done(summary) -> None:
            self._recognising = False
            self.ocr_status.setText(
                self.tr("Scans recognised: {0} files ({1} pages), {2} could not be recognised.").format(
                    summary.files, summary.pages, summary.unreadable
                )
            )
            self._show_current()

        def failed(err: BaseException) -> None:
            self._recognising = False
            if isinstance(err, Cancelled):
                self.ocr_status.setText(self.tr("Recognising scans paused; it goes on where it stopped."))
            else:
                self.ocr_status.setText(self.tr("Recognising scans stopped: {0}").format(err))

        self._ocr_progress = run_task(
            lambda progress: ocr.run(self.db, progress), done, failed, on_progress=step, parent=self
        )

    def stop_background(self) -> None:
        if self._extracting and self._extract_progress is not None:
            self._extract_progress.cancel()
        if self._recognising and self._ocr_progress is not None:
            self._ocr_progress.cancel()

    @property
    def extracting(self) -> bool:
        return self._extracting

    # -- record actions ------------------------------------------------------------------------------
    def _after_change(self, keep: int | None = None) -> None:
        self.tree.set_counts(evidence.item_counts(self.db))
        self.reload(select_id=keep)

    def delete_selected(self) -> None:
        chosen = self.selected()
        if not chosen or self.bin_button.isChecked():
            return
        if dialogs.guarded(self, evidence.move_to_bin, self.db, [e.id for e in chosen]):
            self._after_change()
            self.count.setText(
                self.count.text()
                + self.tr(" — {0} moved to the recycle bin; restore them from there.").format(len(chosen))
            )

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen and dialogs.guarded(self, evidence.restore, self.db, [e.id for e in chosen]):
            self._after_change()

    def purge_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        if not dialogs.ask(
            self,
            self.tr(
                "Delete {0} records for good? Files no other record uses are removed from the store. "
                "This cannot be undone."
            ).format(len(chosen)),
        ):
            return
        if dialogs.guarded(self, evidence.purge, self.db, [e.id for e in chosen]):
            self._after_change()

    def review_selected(self, state: str) -> None:
        chosen = self.selected()
        if not chosen:
            return
        comment = ""
        if state == REVIEW_RETURNED:
            answer = dialogs.ask_text(
                self, self.tr("Return evidence"), self.tr("Why is it returned? The unit will read this.")
            )
            if answer is None:
                return
            comment = answer
        keep = chosen[0].id if len(chosen) == 1 else None
        if dialogs.guarded(self, evidence.review, self.db, [e.id for e in chosen], state, comment):
            self.model.reload_rows({e.id for e in chosen})
            self.tree.set_counts(evidence.item_counts(self.db))
            if self.review_filter.currentData():
                self.reload(select_id=keep)
            else:
                self._show_current()

    def edit_current(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        record = chosen[0]
        items = [(i.no, i.text) for i in (self._rs or rulesets.load(self.db)).items()]
        dialog = EvidenceDialog(
            items,
            self._unit_names(),
            tasks=self._tasks(),
            record=record,
            suggest=lambda: suggestions.for_record(self.db, record.id),
            parent=self,
        )
        if not self._answered(dialog):
            return
        if dialog.meta is None:
            return
        saved = dialogs.guarded(
            self,
            evidence.update,
            self.db,
            record.id,
            dialog.meta,
            item=dialog.item,
            unit=dialog.unit,
            version=record.version,
        )
        self.model.reload_rows({record.id})  # saved, or changed by another clerk meanwhile: shown as it is now
        if saved:
            self._after_change(keep=record.id)

    def _copy(self):
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        path = []
        ok = dialogs.guarded(self, lambda: path.append(evidence.copy_out(self.db, chosen[0].id, OPEN_FOLDER)))
        return path[0] if ok else None

    def open_current(self) -> None:
        record = self.current_record()
        if record is not None and evidence.runs_when_opened(self.db, record.id):
            warning = self.tr(
                "“{0}” is a program or a script: opening it would run it on this PC. "
                "Evidence is seldom a program. Open it all the same?"
            ).format(record.original_name or record.title)
            if not dialogs.ask(self, warning):
                return
        path = self._copy()
        if path is not None:
            dialogs.open_path(path)

    def show_current_in_folder(self) -> None:
        path = self._copy()
        if path is not None:
            dialogs.show_in_folder(path)

    # -- binder -------------------------------------------------------------------------------------------
    def export_binder(self):
        from desktop_app.services import binder

        folder = dialogs.choose_folder(self, self.tr("Where to write the inspection binder"))
        if not folder:
            return None
        remember_binder_folder(self.db.data_dir, folder)  # a half-built one there is found at the next start
        passed_only = dialogs.ask(
            self,
            self.tr("Export only the evidence that passed review? Choose “No” to export all filed evidence."),
        )

        def done(result) -> None:
            text = self.tr(
                "The inspection binder was written to {0}: {1} files with an index workbook and PDF."
            ).format(result.folder, len(result.entries))
            if result.gaps_pdf:
                text += self.tr(" Beside it, for the office only: {0} ({1} item(s) still lacking materials).").format(
                    result.gaps_pdf.name, result.gaps
                )
            details = [self.tr("Missing from the store: {0}").format(r.title) for r in result.missing]
            details += [self.tr("Changed in the store since it was filed: {0}").format(r.title) for r in result.altered]
            dialogs.message(self, "info" if not details else "error", self.tr("Inspection binder"), text, details)
            dialogs.show_in_folder(result.folder / binder.INDEX_PDF)

        def failed(err: BaseException) -> None:
            if isinstance(err, Cancelled):
                dialogs.info(self, self.tr("The export was cancelled; nothing was left behind."))
            else:
                dialogs.error(self, err)

        return run_task(
            lambda progress: binder.export(self.db, Path(folder), passed_only=passed_only, progress=progress),
            done,
            failed,
            parent=self,
            label=self.tr("Writing the inspection binder…"),
            preload=("desktop_app.reports.binder_index",),
        )

    def select_rows(self, rows: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row in rows:
            selection.select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )

    def current_record(self):
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None


def remember_binder_folder(data_dir: Path, folder: str) -> None:
    """Where the binder is being exported, in the window's own settings (ui-state.ini): what an
    interrupted export leaves there is offered for removal at the next start."""
    from desktop_app.gui.main_window import BINDER_FOLDER_KEY
    from desktop_app.gui.qt import QSettings

    state = QSettings(str(Path(data_dir) / "ui-state.ini"), QSettings.Format.IniFormat)
    state.setValue(BINDER_FOLDER_KEY, folder)
    state.sync()
