"""The coverage tab: a heat map of units × items, completeness per category and point, and the
office's mark (待完善 / 已齐全) for the chosen cell."""

from __future__ import annotations

from desktop_app.core.evidence import STATE_COMPLETE, STATE_INCOMPLETE
from desktop_app.gui import dialogs
from desktop_app.gui.evidence_models import LEVEL_COLOURS, NOT_RESPONSIBLE, CoverageModel
from desktop_app.gui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QModelIndex,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop_app.services import coverage, evidence, rulesets


class CoveragePanel(QWidget):
    show_records = Signal(object, object)  # item number, unit name

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.cov: coverage.Coverage | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        legend = QHBoxLayout()
        for colour, text in (
            (LEVEL_COLOURS["missing"], self.tr("Missing")),
            (LEVEL_COLOURS["filed"], self.tr("Filed, not yet passed")),
            (LEVEL_COLOURS["reviewed"], self.tr("Passed in review")),
            (LEVEL_COLOURS["complete"], self.tr("Marked complete ✓")),
            (NOT_RESPONSIBLE, self.tr("Not named for the item")),
        ):
            swatch = QLabel()
            swatch.setFixedSize(16, 16)
            swatch.setStyleSheet(f"background:{colour}; border:1px solid #aaa")
            legend.addWidget(swatch)
            legend.addWidget(QLabel(text))
            legend.addSpacing(10)
        legend.addStretch(1)
        self.summary = QLabel()
        legend.addWidget(self.summary)
        layout.addLayout(legend)
        hint = QLabel(
            self.tr(
                "Units down, items across; the number is the records filed. "
                "Click a cell to see its state, double-click to list its records."
            )
        )
        hint.setStyleSheet("color:#666")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.model = CoverageModel(self)
        self.map = QTableView()
        self.map.setModel(self.model)
        self.map.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.map.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.map.horizontalHeader().setDefaultSectionSize(30)
        self.map.horizontalHeader().setMinimumSectionSize(24)
        self.map.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.map.verticalHeader().setDefaultSectionSize(24)
        self.map.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.map.setStyleSheet("QTableView { gridline-color:#ffffff; }")

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.cell_label = QLabel(self.tr("Click a cell of the map."))
        self.cell_label.setWordWrap(True)
        self.cell_label.setTextFormat(Qt.TextFormat.RichText)
        side_layout.addWidget(self.cell_label)
        buttons = QHBoxLayout()
        self.complete_button = QPushButton(self.tr("Mark complete"))
        self.incomplete_button = QPushButton(self.tr("Mark incomplete"))
        self.list_button = QPushButton(self.tr("List records"))
        for b in (self.complete_button, self.incomplete_button, self.list_button):
            buttons.addWidget(b)
            b.setEnabled(False)
        side_layout.addLayout(buttons)
        self.shares = QTreeWidget()
        self.shares.setHeaderLabels([self.tr("Category / point"), self.tr("Complete"), self.tr("Items"), "%"])
        self.shares.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            self.shares.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.shares.header().setStretchLastSection(False)
        side_layout.addWidget(QLabel(self.tr("Items whose every responsible unit is marked complete:")))
        side_layout.addWidget(self.shares, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.map)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 360])
        layout.addWidget(splitter, 1)

        self.map.clicked.connect(self._show_cell)
        self.map.doubleClicked.connect(self._show_and_list)
        self.complete_button.clicked.connect(lambda: self._mark(STATE_COMPLETE))
        self.incomplete_button.clicked.connect(lambda: self._mark(STATE_INCOMPLETE))
        self.list_button.clicked.connect(self._list)
        self._chosen = None

    def refresh(self) -> None:
        self.cov = coverage.compute(self.db)
        self.model.set_coverage(self.cov)
        responsible = sum(len(v) for v in self.cov.responsible.values())
        missing = sum(1 for no, ids in self.cov.responsible.items() for u in ids if not self.cov.cell(no, u).total)
        self.summary.setText(self.tr("{0} item × unit duties, {1} with nothing filed").format(responsible, missing))
        self._fill_shares()
        if self._chosen is not None:
            item, unit_id = self._chosen
            row = next((r for r, (uid, _n) in enumerate(self.model.rows) if uid == unit_id), -1)
            if row >= 0 and item in self.cov.items:
                self._show_cell(self.model.index(row, self.cov.items.index(item)))

    def _fill_shares(self) -> None:
        self.shares.clear()
        if self.cov is None:
            return
        rs = rulesets.load(self.db)
        for c in rs.categories:
            share = self.cov.by_category[f"{c.code}、{c.name}"]
            node = QTreeWidgetItem(
                [f"{c.code}、{c.name}", str(share.complete), str(share.total), f"{share.percent:.0f}"]
            )
            self.shares.addTopLevelItem(node)
            for p in c.points:
                ps = self.cov.by_point[f"{p.code}. {p.name}"]
                node.addChild(
                    QTreeWidgetItem([f"{p.code}. {p.name}", str(ps.complete), str(ps.total), f"{ps.percent:.0f}"])
                )

    def cell_index(self, item: int, unit_name: str) -> QModelIndex:
        row = next((r for r, (_uid, n) in enumerate(self.model.rows) if n == unit_name), -1)
        if row < 0 or self.cov is None or item not in self.cov.items:
            return QModelIndex()
        return self.model.index(row, self.cov.items.index(item))

    def _show_and_list(self, index: QModelIndex) -> None:
        self._show_cell(index)
        self._list()

    def _show_cell(self, index: QModelIndex) -> None:
        found = self.model.cell_at(index)
        if found is None:
            return
        item, unit_id, name, cell = found
        self._chosen = (item, unit_id)
        self.map.setCurrentIndex(index)
        duty = self.tr("named responsible for this item") if cell.responsible else self.tr("not named for this item")
        self.cell_label.setText(
            f"<h3>({item}) × {name}</h3><p>{duty}</p><p>"
            + self.tr("{0} records, {1} passed, {2} returned").format(cell.total, cell.passed, cell.returned)
            + "</p><p><b>"
            + self.tr("State: {0}").format(cell.state)
            + "</b></p>"
        )
        self.complete_button.setEnabled(bool(cell.total))
        self.incomplete_button.setEnabled(bool(cell.total))
        self.list_button.setEnabled(True)

    def _chosen_names(self):
        if self._chosen is None:
            return None
        item, unit_id = self._chosen
        return item, dict(self.model.rows).get(unit_id)

    def _mark(self, state: str) -> None:
        chosen = self._chosen_names()
        if chosen and dialogs.guarded(self, evidence.mark_item, self.db, chosen[0], chosen[1], state):
            self.refresh()

    def _list(self) -> None:
        chosen = self._chosen_names()
        if chosen:
            self.show_records.emit(*chosen)
