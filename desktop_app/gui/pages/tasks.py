"""任务: the plan's tasks with filters, a detail pane with history, import and export."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from desktop_app.core.atomic import write_text_atomic
from desktop_app.core.checks import Check
from desktop_app.core.errors import explain_os_error
from desktop_app.core.tasks import ROLE_LEAD, ROLE_RESPONSIBLE, ROLE_SUPPORT, STATUS_OVERDUE, STATUSES
from desktop_app.core.units import ALL_UNITS, KIND_COUNTY, KIND_TOWNSHIP
from desktop_app.gui import dialogs
from desktop_app.gui.checks import KEPT_COLOUR, ImportChecksDialog, TaskChecksDialog
from desktop_app.gui.columns import CutCellTips, column_menu, fit_columns
from desktop_app.gui.drops import dropped
from desktop_app.gui.models import OBJECT_ROLE
from desktop_app.gui.pages.base import Page
from desktop_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    Qt,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from desktop_app.gui.task_models import NEEDS_CHECK, TaskFilterProxy, TaskTableModel
from desktop_app.gui.widgets.timeline import PhaseTimeline
from desktop_app.gui.worker import run_task
from desktop_app.reports.pdf import replaced_message
from desktop_app.services import campaigns, task_import, tasks, units
from desktop_app.services.task_import import MAP_CREATE, MAP_IGNORE, UnknownUnits
from desktop_app.services.tasks import TaskInfo


class UnitMappingDialog(QDialog):
    """For each name the workbook uses that is no member unit: which unit it means, or a new one."""

    def __init__(self, unknown: UnknownUnits, unit_names: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unknown unit names"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These names in the workbook are not member units. Choose what each one means: a unit "
                "(remembered for next time), all member units or all of a kind, a new unit, or nothing."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        for name in unknown.names:
            box = QComboBox()
            box.addItem(self.tr("— choose —"), None)
            box.addItem(self.tr("Create “{0}” as a new unit").format(name), MAP_CREATE)
            box.addItem(self.tr("All member units"), ALL_UNITS)
            box.addItem(self.tr("Every 乡镇/街道"), KIND_TOWNSHIP)
            box.addItem(self.tr("Every 县/区"), KIND_COUNTY)
            box.addItem(self.tr("Leave it out (no member unit)"), MAP_IGNORE)
            box.insertSeparator(box.count())
            suggested = unknown.suggestions.get(name, [])
            for unit in suggested + [u for u in unit_names if u not in suggested]:
                box.addItem(unit, unit)
            box.currentIndexChanged.connect(lambda _i: self._update_ok())
            self.choices[name] = box
            form.addRow(name, box)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(all(box.currentData() is not None for box in self.choices.values()))

    def mapping(self) -> dict[str, str]:
        return {name: box.currentData() for name, box in self.choices.items() if box.currentData() is not None}


#: The office's tables the page takes: Excel (and old .xls) workbooks, and the plan as a Word document.
TABLE_SUFFIXES = (".xlsx", ".xls", ".docx", ".txt")
TABLE_FILES = QT_TRANSLATE_NOOP("TasksPage", "Tables or the plan: Excel, Word or text (*.xlsx *.xls *.docx *.txt)")


class PasteDialog(QDialog):
    """The plan's text pasted in (from a web page, an e-mail, a PDF): read as a Word file's body text is."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste the plan's text"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Paste the plan's text, or the part with its tasks: numbered paragraphs under the section of "
                "its tasks (二、重点任务), each with its units in brackets (（区市场监管局负责）) or on lines "
                "such as 牵头单位：…. Anything that cannot be read is shown before the tasks are saved."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit()
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.read_button = buttons.addButton(self.tr("Read the tasks"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.read_button.setEnabled(False)
        self.text.textChanged.connect(lambda: self.read_button.setEnabled(bool(self.text.toPlainText().strip())))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class TasksPage(Page):
    key = "tasks"

    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self._figures_of: list[TaskInfo] | None = None  # the task list the figures below were counted on
        self._figures = tasks.TaskFigures()
        self.heading.setText(self.title())
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search tasks, contents, units…"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.unit_filter = QComboBox()
        self.unit_filter.setMinimumWidth(140)
        self.unit_filter.setToolTip(self.tr("One unit's tasks (my tasks)"))
        self.role_filter = QComboBox()
        for text, role in (
            (self.tr("any role"), ""),
            (self.tr("as lead unit"), "lead"),
            (self.tr("as responsible unit"), "responsible"),
            (self.tr("as supporting unit"), "support"),
        ):
            self.role_filter.addItem(text, role)
        self.role_filter.setEnabled(False)
        self.phase_filter = QComboBox()
        self.phase_filter.setToolTip(self.tr("Tasks due within a phase of the campaign"))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), "")
        for status in (*STATUSES, STATUS_OVERDUE):
            self.status_filter.addItem(status, status)
        self.status_filter.addItem(self.tr("需核对 (kept as written)"), NEEDS_CHECK)
        self.supervised = QCheckBox(self.tr("督办 only"))
        self.due_days = QSpinBox()
        self.due_days.setRange(0, 365)
        self.due_days.setSpecialValueText(self.tr("any deadline"))
        self.due_days.setSuffix(self.tr(" days"))
        self.late_findings = QCheckBox(self.tr("Findings not rectified in time"))
        self.late_findings.setToolTip(self.tr("Tasks an inspection found fault with, not rectified by the deadline"))
        self.item_chip = QPushButton()
        self.item_chip.setToolTip(self.tr("Show the tasks of every item again"))
        self.item_chip.setAccessibleName(self.tr("Show the tasks of every item again"))
        self.item_chip.hide()
        for widget in (
            self.unit_filter,
            self.role_filter,
            self.phase_filter,
            self.status_filter,
            self.supervised,
            self.due_days,
            self.late_findings,
            self.item_chip,
        ):
            bar.addWidget(widget)
        self.layout_.addLayout(bar)
        actions = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import task table…"))
        self.paste_button = QPushButton(self.tr("Paste the plan's text…"))
        self.assign_button = QPushButton(self.tr("Import responsibility table…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.notice_button = QPushButton(self.tr("Reminder notice (催办) for the unit…"))
        self.notice_button.setToolTip(self.tr("Choose a unit above first"))
        for b in (self.import_button, self.paste_button, self.assign_button, self.export_button, self.notice_button):
            actions.addWidget(b)
        self.timeline_box = QCheckBox(self.tr("Timeline"))
        self.timeline_box.setChecked(True)
        actions.addWidget(self.timeline_box)
        self.detail_box = QCheckBox(self.tr("Detail pane"))
        self.detail_box.setChecked(True)
        self.detail_box.setToolTip(self.tr("Show or hide the selected task's detail on the right"))
        actions.addWidget(self.detail_box)
        actions.addStretch(1)
        self.count = QLabel()
        actions.addWidget(self.count)
        self.layout_.addLayout(actions)
        self.unit_summary = QLabel()
        self.unit_summary.setTextFormat(Qt.TextFormat.RichText)
        self.unit_summary.setText(self.tr("Tip: drop the office's task table (Excel) onto this page to import it."))
        self.unit_summary.setStyleSheet("color:#444")
        self.layout_.addWidget(self.unit_summary)
        self.setAcceptDrops(True)

        self.model = TaskTableModel(self)
        self.proxy = TaskFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(36)
        # every key column visible at 1366 × 768: the task's title takes what the others leave
        for col, width in enumerate((56, 0, 120, 150, 92, 58, 46, 40)):
            if width:
                self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        CutCellTips(self.table)
        column_menu(self.table, optional=(3,))
        self.timeline = PhaseTimeline()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.timeline)
        left_layout.addWidget(self.table, 1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser()
        side_layout.addWidget(self.detail, 1)
        edit = QHBoxLayout()
        self.status_box = QComboBox()
        self.status_box.addItems(list(STATUSES))
        self.progress_box = QSpinBox()
        self.progress_box.setRange(0, 100)
        self.progress_box.setSuffix("%")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save status, progress and the progress note (kept in the history)"))
        edit.addWidget(QLabel(self.tr("Status")))
        edit.addWidget(self.status_box)
        edit.addWidget(self.progress_box)
        edit.addWidget(self.save_button)
        side_layout.addLayout(edit)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Progress note, e.g. 已完成3家试点建设（记入历史）"))
        self.note_edit.setClearButtonEnabled(True)
        self.note_edit.returnPressed.connect(lambda: self.save_button.click())
        side_layout.addWidget(self.note_edit)
        more = QHBoxLayout()
        self.supervise_button = QPushButton(self.tr("督办…"))
        self.extend_button = QPushButton(self.tr("Extend deadline…"))
        self.check_button = QPushButton(self.tr("核对…"))
        self.check_button.setToolTip(self.tr("Confirm or correct what the import kept as written (需核对)"))
        more.addWidget(self.supervise_button)
        more.addWidget(self.extend_button)
        more.addWidget(self.check_button)
        more.addStretch(1)
        side_layout.addLayout(more)
        self.side = side
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)  # a wider window widens the table, not the detail
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(0, False)
        splitter.setSizes([900, 330])
        self.splitter = splitter
        self.layout_.addWidget(splitter, 1)

        self.search.textChanged.connect(lambda t: self._filter(words=t.strip()))
        self.unit_filter.currentIndexChanged.connect(lambda _i: self._unit_changed())
        self.role_filter.currentIndexChanged.connect(lambda _i: self._filter(role=self.role_filter.currentData()))
        self.phase_filter.currentIndexChanged.connect(lambda _i: self._filter(phase=self._phase_span()))
        self.timeline_box.toggled.connect(self.timeline.setVisible)
        self.detail_box.toggled.connect(self.side.setVisible)
        self.timeline.task_clicked.connect(self.select)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self._filter(status=self.status_filter.currentData() or "")
        )
        self.supervised.toggled.connect(lambda on: self._filter(supervised_only=on))
        self.item_chip.clicked.connect(lambda: self.show_item(None))
        self.late_findings.toggled.connect(lambda _on: self._filter_late_findings())
        self.due_days.valueChanged.connect(lambda n: self._filter(due_within=n or None))
        self.table.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.import_button.clicked.connect(self.choose_import)
        self.paste_button.clicked.connect(self.paste_plan)
        self.assign_button.clicked.connect(self.choose_assignments)
        self.export_button.clicked.connect(self.choose_export)
        self.save_button.clicked.connect(self.save_status)
        self.supervise_button.clicked.connect(self.toggle_supervise)
        self.extend_button.clicked.connect(self.extend_deadline)
        self.check_button.clicked.connect(self.settle_checks)
        self.notice_button.clicked.connect(self.write_notice)

    def title(self) -> str:
        return self.tr("Tasks")

    def refresh(self) -> None:
        current = self.current()
        keep = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("All units"), "")
        for u in units.list_units(self.db, include_inactive=False):
            self.unit_filter.addItem(u.name, u.name)
        self.unit_filter.setCurrentIndex(max(0, self.unit_filter.findData(keep)) if keep else 0)
        self.unit_filter.blockSignals(False)
        info = campaigns.get(self.db)
        self.phases = info.phases if info else []
        self.campaign_span = (info.start, info.end) if info else (None, None)
        keep = self.phase_filter.currentText()
        self.phase_filter.blockSignals(True)
        self.phase_filter.clear()
        self.phase_filter.addItem(self.tr("Any phase"))
        for p in self.phases:
            self.phase_filter.addItem(p.name)
        self.phase_filter.setCurrentIndex(max(0, self.phase_filter.findText(keep)))
        self.phase_filter.blockSignals(False)
        self.model.set_tasks(tasks.list_tasks(self.db, today=self.proxy.today))
        # the deadline as typed (年底前, 2026年12月底前) in full; the units capped, the title takes the rest
        fit_columns(self.table, 1, most={0: 80, 2: 170, 3: 150, 4: 170, 5: 70, 6: 60, 7: 50})
        late = None
        if self.late_findings.isChecked():
            from desktop_app.services import findings

            late = findings.tasks_with_late_findings(self.db)
        self.proxy.set_filters(
            unit=self.unit_filter.currentData() or "", phase=self._phase_span(), late_findings=late
        )  # the lists above (and the findings) may have changed
        self._update_count()
        if current is not None:
            self.select(current.code)
        self._show_current()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _filter_late_findings(self) -> None:
        from desktop_app.services import findings

        self._filter(
            late_findings=findings.tasks_with_late_findings(self.db) if self.late_findings.isChecked() else None
        )

    def show_target(self, target: dict) -> None:
        """An item's tasks (the overdue ones where asked), asked for from another page."""
        self.show_item(target.get("item"), overdue=bool(target.get("overdue")))

    def show_item(self, item: int | None, *, overdue: bool = False) -> None:
        """Only the tasks serving evaluation item ``item`` (None: every item's), the overdue ones if asked
        (a line of the readiness view)."""
        if overdue:
            self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(STATUS_OVERDUE)))
        self.item_chip.setText(self.tr("Item ({0}) ✕").format(item) if item is not None else "")
        self.item_chip.setVisible(item is not None)
        self._filter(item=item)

    def _filter(self, **values) -> None:
        self.proxy.set_filters(**values)
        self._update_count()

    def _phase_span(self) -> tuple | None:
        """The dates of the phase chosen (the first entry is any phase)."""
        index = self.phase_filter.currentIndex()
        return (self.phases[index - 1].start, self.phases[index - 1].end) if index > 0 else None

    def _unit_changed(self) -> None:
        unit = self.unit_filter.currentData() or ""
        self.role_filter.setEnabled(bool(unit))
        self._filter(unit=unit)

    def _update_count(self) -> None:
        shown_tasks = [t for t in self.model.tasks if self.proxy.accepts(t)]  # as the table, in plan order
        shown = sum(1 for t in shown_tasks if t.counted)
        if self._figures_of is not self.model.tasks:  # the whole plan's: a filter does not change them
            self._figures_of, self._figures = self.model.tasks, tasks.figures(self.model.tasks)
        every = self._figures
        self.count.setText(self.tr("{0} of {1} tasks shown; {2} overdue").format(shown, every.total, every.overdue))
        unit = self.unit_filter.currentData()
        if unit:
            self.unit_summary.setText(self._unit_text(unit))
        else:
            self.unit_summary.setText(self.tr("Tip: drop the office's task table (Excel) onto this page to import it."))
        self.timeline.set_data(self.phases, shown_tasks, self.proxy.today, *self.campaign_span)

    def _unit_text(self, unit: str) -> str:
        """My tasks: a unit's tasks by role, done and overdue."""
        mine = tasks.by_role(self.model.tasks, unit)
        counts = {role: len(found) for role, found in mine.items()}
        mine_figures = tasks.figures({t.code: t for found in mine.values() for t in found}.values())
        done, overdue = mine_figures.done, mine_figures.overdue
        text = self.tr("<b>{0}</b>: lead in {1}, responsible for {2}, supporting {3} task(s); {4} done, {5} overdue")
        late = f"<b style='color:#b00020'>{overdue}</b>" if overdue else "0"
        return text.format(html.escape(unit), counts["lead"], counts["responsible"], counts["support"], done, late)

    def shown_tasks(self) -> list[TaskInfo]:
        return [self.proxy.index(r, 0).data(OBJECT_ROLE) for r in range(self.proxy.rowCount())]

    def current(self) -> TaskInfo | None:
        index = self.table.currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def select(self, code: str) -> None:
        for r in range(self.proxy.rowCount()):
            if self.proxy.index(r, 0).data(OBJECT_ROLE).code == code:
                self.table.selectRow(r)
                return

    def _show_current(self) -> None:
        t = self.current()
        for button in (self.save_button, self.supervise_button, self.extend_button):
            button.setEnabled(t is not None and not t.is_group)
        self.check_button.setEnabled(t is not None and bool(t.to_check))
        self.supervise_button.setText(self.tr("End 督办") if t is not None and t.supervised else self.tr("督办…"))
        if t is None:
            self.detail.setHtml(
                "<p>{}</p><p style='color:#666'>{}</p>".format(
                    self.tr("Select a task to see it here."),
                    self.tr(
                        "Import the office's task table (任务分解表) from Excel: the header may be two rows "
                        "deep, cells merged, numbering restarting in each group."
                    ),
                )
            )
            return
        self.status_box.setCurrentText(t.status)
        self.progress_box.setValue(t.progress)

        def row(label: str, value: str) -> str:
            return f"<p><b>{label}</b><br>{html.escape(value)}</p>" if value else ""

        due = t.shown_deadline
        events = "".join(
            f"<li>{e.at:%Y-%m-%d %H:%M} {html.escape(e.actor)}：{html.escape(self._event(e))}</li>"
            for e in tasks.history(self.db, t.code)
        )
        self.detail.setHtml(
            f"<h3>{html.escape(t.code)} {html.escape(t.title)}</h3>"
            + (f"<p style='color:#b00020'><b>{self.tr('Overdue')}</b></p>" if t.overdue else "")
            + row(self.tr("Content"), t.content)
            + row(self.tr("Lead units"), t.units_text(ROLE_LEAD))
            + row(self.tr("Responsible units"), t.units_text(ROLE_RESPONSIBLE))
            + row(self.tr("Supporting units"), t.units_text(ROLE_SUPPORT))
            + row(self.tr("Deadline"), due)
            + row(self.tr("Milestones"), "、".join(d.isoformat() for d in t.milestones))
            + self._checks_html(t)
            + row(self.tr("Wording of the plan"), "、".join(f"{n}（{w}）" for n, w in t.wording.items()))
            + row(self.tr("Note"), t.note)
            + row(self.tr("督办"), (t.supervise_note or self.tr("yes")) if t.supervised else "")
            + row(
                self.tr("Extensions"),
                self.tr("{0} time(s): {1}").format(t.extensions, t.extension_reason) if t.extensions else "",
            )
            + row(self.tr("Progress"), f"{t.progress}%")
            + row(self.tr("Targets"), t.targets)
            + row(self.tr("Indicator items"), "、".join(f"({n})" for n in t.items))
            + (f"<p><b>{self.tr('History')}</b></p><ul>{events}</ul>" if events else "")
        )

    def _checks_html(self, t: TaskInfo) -> str:
        """需核对: what the import kept as written, in the detail pane, until a person settles it."""
        if not t.to_check:
            return ""
        lines = "".join(
            f"<li>{html.escape(Check.from_json(c).said())}"
            + (f"（{html.escape(str(c['where']))}）" if c.get("where") else "")
            + "</li>"
            for c in t.to_check
        )
        title = self.tr("需核对 — use 核对… to confirm or correct")
        return f"<p style='background:{KEPT_COLOUR}'><b>{title}</b></p><ul>{lines}</ul>"

    def settle_checks(self) -> None:
        t = self.current()
        if t is None or not t.to_check:
            return
        dialog = TaskChecksDialog(f"{t.code} {t.title}", [Check.from_json(c) for c in t.to_check], self)
        if not dialogs.run_dialog(dialog):
            return
        dialogs.guarded(self, tasks.settle_checks, self.db, t.code, dialog.corrected_deadline(), version=t.version)
        self.refresh()

    def _event(self, e) -> str:
        if e.kind == "extend":
            return self.tr("deadline extended {0} → {1}: {2}").format(e.old, e.new, e.note)
        if e.kind == "supervise":
            return (self.tr("督办: {0}").format(e.note) if e.new else self.tr("督办 ended")).strip()
        if e.kind == "status":
            return self.tr("status {0} → {1}").format(e.old, e.new) + (f"（{e.note}）" if e.note else "")
        if e.kind == "progress":
            return self.tr("progress {0} → {1}").format(e.old, e.new) + (f"（{e.note}）" if e.note else "")
        if e.kind == "note":
            return self.tr("progress note: {0}").format(e.note)
        if e.kind == "deadline":
            return self.tr("deadline {0} → {1}: {2}").format(e.old, e.new, e.note)
        return e.note or e.kind

    def save_status(self) -> None:
        t = self.current()
        if t is None or t.is_group:
            return
        if dialogs.guarded(
            self,
            tasks.set_status,
            self.db,
            t.code,
            self.status_box.currentText(),
            progress=self.progress_box.value(),
            note=self.note_edit.text().strip(),
            version=t.version,
        ):
            self.note_edit.clear()
        self.refresh()  # saved, or refused as changed meanwhile: either way the list shows it as it is

    def toggle_supervise(self) -> None:
        t = self.current()
        if t is None or t.is_group:
            return
        note = ""
        if not t.supervised:
            answer = dialogs.ask_text(
                self, self.tr("督办"), self.tr("What is to be done, by when? (kept with the task)")
            )
            if answer is None:
                return
            note = answer
        dialogs.guarded(self, tasks.supervise, self.db, t.code, not t.supervised, note, version=t.version)
        self.refresh()

    def extend_deadline(self) -> None:
        t = self.current()
        if t is None or t.is_group:
            return
        deadline = dialogs.ask_text(self, self.tr("Extend deadline"), self.tr("New deadline, e.g. 2025年6月底前:"))
        if deadline is None:
            return
        reason = dialogs.ask_text(self, self.tr("Extend deadline"), self.tr("Why is it extended?"))
        if reason is None:
            return
        dialogs.guarded(self, tasks.extend, self.db, t.code, deadline.strip(), reason, version=t.version)
        self.refresh()

    def write_notice(self) -> None:
        unit = self.unit_filter.currentData()
        if not unit:
            dialogs.info(self, self.tr("Choose the unit to remind in the unit list above first."))
            return
        path = dialogs.save_file(self, self.tr("Save the reminder notice"), f"催办通知单-{unit}.pdf", "PDF (*.pdf)")
        if not path:
            return None

        docx = Path(path).with_suffix(".docx")  # beside it, to add the contact and edit before it goes out

        def done(written: tasks.WrittenNotice) -> None:
            said = self.tr("The reminder notice for {0} was written to {1}, with a Word copy to edit: {2}.")
            dialogs.info(
                self,
                "\n".join(
                    filter(
                        None,
                        (said.format(unit, path, docx.name), replaced_message(written.replaced, written.replaced_in)),
                    )
                ),
            )
            dialogs.open_path(path)

        return self._write_in_background(
            Path(path),
            lambda progress: tasks.write_notice(self.db, unit, Path(path), docx=docx),
            done,
            self.tr("Writing the notice…"),
        )

    def _write_in_background(self, path: Path, work, done, label: str):
        """Write the file the user chose in the background; a disk or file problem is explained."""

        def failed(err: BaseException) -> None:
            dialogs.error(self, explain_os_error(err, path) if isinstance(err, OSError) else err)

        return run_task(work, done, failed, parent=self, label=label)

    # -- import and export ------------------------------------------------------------------------------
    def choose_import(self) -> None:
        path = dialogs.open_file(self, self.tr("Import the task table"), self.tr(str(TABLE_FILES)))
        if path:
            self.import_file(Path(path), task_import.import_tasks)

    def paste_plan(self) -> None:
        """The plan's text pasted in: kept as a text file for the import (the history names it), read as
        a .txt file is."""
        dialog = PasteDialog(self)
        if not dialogs.run_dialog(dialog):
            return
        import tempfile

        folder = Path(tempfile.gettempdir()) / "foodsafety-desk-pasted"  # one file, written anew each time
        folder.mkdir(exist_ok=True)
        path = folder / self.tr("pasted plan text.txt")
        try:
            write_text_atomic(path, dialog.text.toPlainText())
        except OSError as err:
            dialogs.error(self, explain_os_error(err, path))
            return
        self.import_file(path, task_import.import_tasks)

    def choose_assignments(self) -> None:
        path = dialogs.open_file(self, self.tr("Import the responsibility table"), self.tr(str(TABLE_FILES)))
        if path:
            self.import_file(Path(path), task_import.import_assignments)

    def import_file(
        self,
        path: Path,
        service,
        mapping: dict[str, str] | None = None,
        layout=None,
        *,
        clear_blank: bool = False,
        corrections: dict[str, str] | None = None,
    ):
        """Import ``path``: a task table is read first without saving (a dry run), its cells kept as
        written shown for the clerk to read (``ImportChecksDialog``), then imported with the clerk's
        ``corrections``; unknown names and doubtful headers are asked about on the way."""
        # the workbook reader (and openpyxl) is imported here, on the GUI thread: PySide's import
        # hook reads each importing module's source and can crawl when run on a worker thread
        from desktop_app.exchange.tasks_xlsx import HeaderUnsure

        def done(result) -> None:
            self.refresh()
            if hasattr(result, "created"):
                text = self.tr("Tasks imported from {0}: {1} new, {2} updated, {3} unchanged.").format(
                    path.name, result.created, result.updated, result.unchanged
                )
            else:
                text = self.tr("Responsibility table imported from {0}: {1} items.").format(path.name, result.items)
            details = [row.text() for row in result.skipped]
            if result.skipped:
                text += self.tr(" {0} row(s) were passed over as no part of the table (details below).").format(
                    len(result.skipped)
                )
            checks = getattr(result, "checks", [])
            if checks:
                text += self.tr(" {0} place(s) are marked 需核对: choose 需核对 in the status filter.").format(
                    len(checks)
                )
            unread = getattr(result, "unread", [])
            if unread:
                text += self.tr(" Columns not read: {0}.").format("、".join(unread))
            details = [f"{name} → {what}" for name, what in getattr(result, "names", [])] + details
            dialogs.info(self, text, details)
            blanks = getattr(result, "blank_kept", [])
            if blanks:  # a blank cell clears nothing unless the clerk says so
                question = self.tr(
                    "{0} blank cell(s) in the table were left as the tasks had them ({1} …). "
                    "Should the blank cells clear what the tasks had there?"
                ).format(len(blanks), "、".join(f"{code} {what}" for code, what in blanks[:5]))
                if dialogs.ask(self, question):
                    self.import_file(path, service, mapping, layout, clear_blank=True, corrections=corrections)

        def failed(err: BaseException) -> None:
            if isinstance(err, UnknownUnits):
                choice = self.ask_mapping(err)
                if choice is not None:
                    self.import_file(path, service, {**(mapping or {}), **choice}, layout)
                return
            if isinstance(err, HeaderUnsure):
                chosen = self.ask_columns(err)
                if chosen is not None:
                    self.import_file(path, service, mapping, chosen)
                return
            dialogs.error(self, err)

        options: dict[str, Any] = {"clear_blank": True} if clear_blank else {}
        if corrections is not None:
            options["corrections"] = corrections

        def previewed(result) -> None:
            """The dry run's cells kept as written and the columns it does not read: shown (the cells read by
            the clerk if they like) before anything is saved."""
            chosen: dict[str, str] = {}
            if result.checks or result.unread:
                dialog = ImportChecksDialog(path.name, result.checks, result.unread, self)
                if not dialogs.run_dialog(dialog):
                    return
                chosen = dialog.corrections()
            self.import_file(path, service, mapping, layout, clear_blank=clear_blank, corrections=chosen)

        if service is task_import.import_tasks and corrections is None:  # the preview first
            return run_task(
                lambda progress: service(
                    self.db, path, mapping=mapping, layout=layout, progress=progress, dry_run=True, **options
                ),
                previewed,
                failed,
                parent=self,
                label=self.tr("Reading the table…"),
            )
        return run_task(
            lambda progress: service(self.db, path, mapping=mapping, layout=layout, progress=progress, **options),
            done,
            failed,
            parent=self,
            label=self.tr("Importing…"),
        )

    def ask_mapping(self, unknown: UnknownUnits) -> dict[str, str] | None:
        dialogs.note("question", self.tr("Unknown unit names"), unknown.message, unknown.details)
        dialog = UnitMappingDialog(unknown, [u.name for u in units.list_units(self.db, include_inactive=False)], self)
        return dialog.mapping() if dialogs.run_dialog(dialog) else None

    def ask_columns(self, unsure):
        """The column-mapping dialog with a preview; the layout chosen, or None when cancelled."""
        from desktop_app.gui.column_mapping import ColumnMappingDialog

        dialogs.note("question", self.tr("Which column holds what?"), unsure.message)
        dialog = ColumnMappingDialog(unsure, self)
        return dialog.layout_chosen() if dialogs.run_dialog(dialog) else None

    def choose_export(self) -> None:
        unit = self.unit_filter.currentData() or None
        name = f"任务分解表{'-' + unit if unit else ''}.xlsx"
        path = dialogs.save_file(self, self.tr("Export tasks"), name, self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return None
        return self._write_in_background(
            Path(path),
            lambda progress: tasks.export_xlsx(self.db, Path(path), unit=unit, progress=progress),
            lambda _written: dialogs.info(self, self.tr("Tasks written to {0}.").format(path)),
            self.tr("Exporting the tasks…"),
        )

    # -- drag and drop ---------------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if dropped(event, TABLE_SUFFIXES):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for path in dropped(event, TABLE_SUFFIXES):
            self.import_file(path, task_import.import_tasks)
        event.acceptProposedAction()
