"""自查自评: the office scores each evaluation point (or the items of a "任选 N 项" point) with the
basis for the score, marks the veto items, and sees the categories and the total add up as the
rule set says (core.assessment, through services.assessment)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop_app.core.assessment import VETO_CHOICES, VETO_HAPPENED, VETO_NONE, item_max
from desktop_app.gui import dialogs
from desktop_app.gui.columns import current_row, list_view, select_where
from desktop_app.gui.models import OBJECT_ROLE, Column, RowsModel
from desktop_app.gui.pages.base import Page
from desktop_app.gui.pages.findings import FindingsView
from desktop_app.gui.pages.readiness import ReadinessView
from desktop_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QDoubleSpinBox,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPoint,
    QPushButton,
    Qt,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from desktop_app.gui.widgets.trend import TrendLine
from desktop_app.reports.pdf import replaced_message
from desktop_app.services import assessment, rulesets

if TYPE_CHECKING:
    from desktop_app.core.assessment import Assessment
    from desktop_app.gui.worker import QtProgress
    from desktop_app.services.metrics import MetricState
    from desktop_app.storage.database import Database

NOT_SCORED = -0.5  # the spin box's special value: no score yet


class AssessmentPage(Page):
    key = "assessment"

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(db, parent)
        self.heading.setText(self.title())
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)
        score = QWidget()
        score_column = QVBoxLayout(score)
        score_column.setContentsMargins(0, 6, 0, 0)
        self.total = QLabel()
        font = QFont(self.total.font())
        font.setBold(True)
        self.total.setFont(font)
        self.total.setWordWrap(True)  # the vetoes' word on the bid runs to a second line, never cut
        top = QHBoxLayout()
        top.addWidget(self.total, 1)
        self.measure_button = QPushButton(self.tr("Record a measured value…"))
        self.snapshot_button = QPushButton(self.tr("Keep a snapshot…"))
        self.snapshot_button.setToolTip(
            self.tr("Freeze the assessment as it stands (自查1, 初评前 …) to compare later")
        )
        self.report_button = QPushButton(self.tr("自查自评报告…"))
        for b in (self.measure_button, self.snapshot_button, self.report_button):
            top.addWidget(b)
        score_column.addLayout(top)
        self.status = QLabel()
        self.status.setStyleSheet("color:#555")
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Evaluation point"), self.tr("Maximum"), self.tr("Score"), self.tr("Basis")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 60)
        self.tree.setColumnWidth(2, 90)
        lower = QHBoxLayout()
        self.metrics_model = RowsModel(
            (
                Column(QT_TRANSLATE_NOOP("AssessmentPage", "Target"), lambda st: st.metric.name),
                Column(QT_TRANSLATE_NOOP("AssessmentPage", "Required"), lambda st: st.metric.required),
                Column(
                    QT_TRANSLATE_NOOP("AssessmentPage", "Latest"),
                    lambda st: "—" if st.latest is None else f"{st.latest:g}{st.metric.unit}（{st.period}）",
                    sort=lambda st: -1e18 if st.latest is None else st.latest,
                ),
                Column(
                    QT_TRANSLATE_NOOP("AssessmentPage", "Met"),
                    lambda st: "—" if st.met is None else (self.tr("met") if st.met else self.tr("not met")),
                    colour=lambda st: "#b00020" if st.met is False else None,
                ),
            ),
            "AssessmentPage",
            parent=self,
        )
        self.metrics = list_view(self.metrics_model)
        self.metrics.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.metrics.setMaximumHeight(170)
        self.trend = TrendLine()
        lower.addWidget(self.metrics, 3)
        lower.addWidget(self.trend, 2)
        score_column.addWidget(self.tree, 1)
        score_column.addLayout(lower)
        self.metrics.selectionModel().selectionChanged.connect(lambda *_: self._show_trend())
        vetoes = QHBoxLayout()
        vetoes.addWidget(QLabel(self.tr("Veto items:")))
        self.veto_boxes: dict[int, QComboBox] = {}
        self.veto_row = vetoes
        score_column.addLayout(vetoes)
        score_column.addWidget(self.status)
        self.measure_button.clicked.connect(lambda: self.record_measurement())
        self.snapshot_button.clicked.connect(self.keep_snapshot)
        self.report_button.clicked.connect(self.write_report)
        self.metrics.doubleClicked.connect(lambda index: self.record_measurement(index.data(OBJECT_ROLE)))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        self.link_button = QPushButton(self.tr("Evidence and tasks…"))
        self.link_button.setToolTip(self.tr("Link the evidence records and tasks the chosen score rests on"))
        top.insertWidget(1, self.link_button)
        self.link_button.clicked.connect(self.link_current)
        self.readiness = ReadinessView(db)
        self.findings = FindingsView(db)
        self.tabs.addTab(score, self.tr("Scores"))
        self.tabs.addTab(self.readiness, self.tr("Readiness (迎检准备)"))
        self.tabs.addTab(self.findings, self.tr("Inspections and rectification"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.readiness.open_target.connect(self.open_target)
        self.findings.changed.connect(self._findings_changed)
        self.spins: dict[tuple[str, int], QDoubleSpinBox] = {}
        self.bases: dict[tuple[str, int], QLineEdit] = {}
        self.category_rows: dict[str, QTreeWidgetItem] = {}

    def title(self) -> str:
        return self.tr("Self-assessment")

    def refresh(self) -> None:
        """Reload the tab on show (the others load when chosen)."""
        current = self.tabs.currentWidget()
        if current is self.readiness:
            self.readiness.refresh()
        elif current is self.findings:
            self.findings.refresh()
        else:
            self.refresh_scores()

    def open_target(self, target: dict[str, Any]) -> None:
        """Open the records behind a line of the readiness view."""
        page = target.get("page")
        if page == "findings":
            self.tabs.setCurrentWidget(self.findings)
            self.findings.select(int(target["finding"]))
        elif page == "assessment":
            self.tabs.setCurrentIndex(0)
            row = self.category_rows.get(target.get("category", ""))
            if row is not None:
                self.tree.setCurrentItem(row)
                self.tree.scrollToItem(row)
            select_where(self.metrics, lambda st: st.metric.code == target.get("metric"))
        elif page in ("evidence", "tasks"):
            self.go_to.emit(page, target)

    # -- what a score rests on -----------------------------------------------------------------------
    def _tree_menu(self, pos: QPoint) -> None:
        from desktop_app.gui.qt import QMenu

        if self._current_key() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Evidence and tasks…"), self.link_current)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def _current_key(self) -> tuple[str, int] | None:
        row = self.tree.currentItem()
        if row is None:
            return None
        return next((key for key, spin in self.spins.items() if self.tree.itemWidget(row, 2) is spin), None)

    def link_current(self) -> None:
        from desktop_app.gui.pages.assessment_dialogs import LinkDialog

        key = self._current_key()
        if key is None:
            dialogs.info(self, self.tr("Choose a scored point (or item) first."))
            return
        code, item = key
        spin = self.spins[key]
        if spin.value() == NOT_SCORED:
            dialogs.info(self, self.tr("Score the point first; then link what the score rests on."))
            return
        point = next(p for p in rulesets.load(self.db).points() if p.code == code)
        items = [item] if item else [i.no for i in point.items]
        dialog = LinkDialog(
            self.db, items, assessment.links(self.db).get(key, ([], [])), self, title=f"{code}. {point.name}"
        )
        if not dialogs.run_dialog(dialog):
            return
        evidence, tasks = dialog.chosen()
        if dialogs.guarded(
            self,
            assessment.set_score,
            self.db,
            code,
            spin.value(),
            item=item or None,
            basis=self.bases[key].text(),
            evidence=evidence,
            tasks=tasks,
        ):
            self.status.setText(
                self.tr("Point {0} rests on {1} evidence record(s) and {2} task(s).").format(
                    code, len(evidence), len(tasks)
                )
            )

    # -- measurements, snapshots and the report ------------------------------------------------------
    def record_measurement(self, state: MetricState | None = None) -> None:
        from desktop_app.gui.pages.assessment_dialogs import MeasureDialog

        metric = state.metric.code if state is not None else None
        dialog = MeasureDialog(self.db, self, metric=metric)
        if not dialogs.run_dialog(dialog):
            return

        def done(_value: float) -> None:
            self.status.setText(self.tr("The measured value was kept."))
            self.refresh_scores()

        from desktop_app.gui.worker import run_task

        run_task(  # filing the attached files may take a while
            lambda progress: dialog.record(self.db),
            done,
            parent=self,
            label=self.tr("Keeping the measured value…") if dialog.files else None,
        )

    def keep_snapshot(self) -> None:
        name = dialogs.ask_text(self, self.tr("Keep a snapshot"), self.tr("Name of the snapshot (e.g. 自查1, 初评前):"))
        if name is None:
            return
        if dialogs.guarded(self, assessment.snapshot, self.db, name):
            self.status.setText(self.tr("Snapshot “{0}” kept.").format(name.strip()))

    def write_report(self) -> QtProgress | None:
        from pathlib import Path

        from desktop_app.gui.pages.assessment_dialogs import ReportDialog
        from desktop_app.gui.worker import run_task
        from desktop_app.services import assessment_report

        dialog = ReportDialog(self.db, self)
        if not dialogs.run_dialog(dialog):
            return None
        snapshot, since, with_xlsx = dialog.snapshot, dialog.compared_with, dialog.with_xlsx.isChecked()
        with_docx = dialog.with_docx.isChecked()
        name = f"自查自评报告{'（' + snapshot + '）' if snapshot else ''}.pdf"
        path = dialogs.save_file(self, self.tr("Save the report"), name, "PDF (*.pdf)")
        if not path:
            return None
        pdf = Path(path)
        xlsx = pdf.with_suffix(".xlsx") if with_xlsx else None
        docx = pdf.with_suffix(".docx") if with_docx else None

        def done(made: assessment_report.Generated) -> None:
            self.status.setText(
                self.tr("Written to {0}; archived in 报表 (SHA-256 {1}…).").format(made.pdf, made.sha256[:16])
            )
            if made.replaced:
                dialogs.info(self, replaced_message(made.replaced, made.replaced_in))
            dialogs.open_path(made.pdf)

        return run_task(
            lambda progress: assessment_report.generate(
                self.db, pdf, xlsx=xlsx, docx=docx, snapshot=snapshot, since=since
            ),
            done,
            parent=self,
            label=self.tr("Writing the report…"),
            preload=("desktop_app.reports.assessment",),
        )

    def _findings_changed(self) -> None:
        self.changed.emit("findings")

    def refresh_scores(self) -> None:
        rs = rulesets.load(self.db)
        found = assessment.show(self.db)
        scores = {(p.code, 0): p.score for c in found.categories for p in c.points}
        scores.update({(p.code, no): s for c in found.categories for p in c.points for no, s in p.items.items()})
        self.tree.clear()
        self.spins.clear()
        self.bases.clear()
        self.category_rows.clear()
        written = assessment.bases(self.db)
        converted = {p.code: p for c in found.categories for p in c.points if p.converted}
        for category in rs.categories:
            top = QTreeWidgetItem([f"{category.code}、{category.name}", f"{category.score:g}", "", ""])
            bold = QFont(self.tree.font())
            bold.setBold(True)
            top.setFont(0, bold)
            self.tree.addTopLevelItem(top)
            self.category_rows[category.code] = top
            for point in category.points:
                label = f"{point.code}. {point.name}"
                if point.choose:
                    label += self.tr(" (any {0} of its items)").format(point.choose)
                row = QTreeWidgetItem([label, f"{point.score:g}", "", ""])
                top.addChild(row)
                if point.choose:
                    for item in point.items:
                        child = QTreeWidgetItem([f"({item.no}) {item.text[:40]}", f"{item_max(point):g}", "", ""])
                        child.setToolTip(0, item.text)
                        row.addChild(child)
                        self._editors(child, point.code, item.no, item_max(point), scores.get((point.code, item.no)))
                else:
                    self._editors(row, point.code, 0, point.score, scores.get((point.code, 0)))
                    if point.code in converted:  # scored from its measured target: shown, not typed
                        self.spins[(point.code, 0)].setEnabled(False)
                        self.bases[(point.code, 0)].setText(converted[point.code].basis)
                        self.bases[(point.code, 0)].setReadOnly(True)
            top.setExpanded(True)
        for key, text in written.items():
            editor = self.bases.get(key)
            if editor is not None and not editor.isReadOnly():
                editor.setText(text)
        while self.veto_row.count() > 1:
            taken = self.veto_row.takeAt(1)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.veto_boxes.clear()
        for item in rs.veto_items:
            box = QComboBox()
            for state in VETO_CHOICES:  # 未核实 first: where every item starts
                box.addItem(state, state)
            box.setAccessibleName(self.tr("Veto item ({0})").format(item.no))
            box.setCurrentIndex(max(0, box.findData(found.vetoes.get(item.no))))
            box.setToolTip(f"({item.no}) {item.text}")
            box.currentIndexChanged.connect(lambda _i, no=item.no, b=box: self._veto(no, b.currentData()))
            self.veto_row.addWidget(QLabel(f"({item.no})"))
            self.veto_row.addWidget(box)
            self.veto_boxes[item.no] = box
        self.veto_row.addStretch(1)
        self._show_sums(found)
        self._fill_metrics()

    def _fill_metrics(self) -> None:
        from desktop_app.services import metrics

        states = metrics.states(self.db)
        self.metrics_model.set_rows(states)
        if states:  # the first target measured shows its trend
            self.metrics.selectRow(next((r for r, st in enumerate(states) if st.history), 0))

    @property
    def metric_states(self) -> list[MetricState]:
        return self.metrics_model.rows

    def _show_trend(self) -> None:
        state = current_row(self.metrics)
        if state is not None:
            self.trend.show_values(state.history, state.metric.target, state.metric.unit)

    def _editors(self, row: QTreeWidgetItem, code: str, item: int, maximum: float, score: float | None) -> None:
        spin = QDoubleSpinBox()
        spin.setRange(NOT_SCORED, maximum)
        spin.setSingleStep(0.5)
        spin.setDecimals(1)
        spin.setSpecialValueText(self.tr("not scored"))
        spin.setValue(NOT_SCORED if score is None else score)
        spin.setKeyboardTracking(False)
        basis = QLineEdit()
        basis.setPlaceholderText(self.tr("What the score rests on"))
        spin.valueChanged.connect(lambda _v, c=code, i=item: self._save(c, i))
        basis.editingFinished.connect(lambda c=code, i=item: self._save(c, i))
        self.tree.setItemWidget(row, 2, spin)
        self.tree.setItemWidget(row, 3, basis)
        self.spins[(code, item)] = spin
        self.bases[(code, item)] = basis

    def _save(self, code: str, item: int) -> None:
        spin = self.spins[(code, item)]
        if spin.value() == NOT_SCORED:
            return
        if dialogs.guarded(
            self,
            assessment.set_score,
            self.db,
            code,
            spin.value(),
            item=item or None,
            basis=self.bases[(code, item)].text(),
        ):
            self._show_sums(assessment.show(self.db))

    def _veto(self, item: int, state: str) -> None:
        if dialogs.guarded(self, assessment.set_veto, self.db, item, state):
            self._show_sums(assessment.show(self.db))

    def _show_sums(self, found: Assessment) -> None:
        for category in found.categories:
            row = self.category_rows.get(category.code)
            if row is not None:
                row.setText(2, f"{category.score:g}")
        text = self.tr("Total {0:g} of {1:g} ({2} points scored)").format(
            found.total, found.max_total, found.scored_points
        )
        kept = assessment.snapshot_names(self.db)
        if kept:  # the change since the latest snapshot
            name = kept[-1][0]
            then = assessment.snapshot_data(self.db, name)["total"]
            text += self.tr("; {0:+g} since “{1}”").format(found.total - then, name)
        verdict = found.veto_verdict()
        if verdict:
            text += "\n" + verdict
        self.total.setText(text)
        self.total.setStyleSheet("color:#b00020" if found.fails_veto else "color:#8a5a00" if verdict else "")
        for box in self.veto_boxes.values():
            state = box.currentData()
            box.setStyleSheet(
                "color:#b00020" if state == VETO_HAPPENED else "" if state == VETO_NONE else "color:#8a5a00"
            )
