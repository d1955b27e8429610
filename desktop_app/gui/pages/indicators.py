"""评价指标: the campaign's rule set as a searchable tree with a detail pane."""

from __future__ import annotations

import html

from desktop_app.core.ruleset import POINT_MANDATORY, POINT_OPTIONAL, Category, Item, Point
from desktop_app.gui.models import OBJECT_ROLE, SORT_ROLE, RuleSetTreeModel, TreeFilterProxy, VetoSection
from desktop_app.gui.pages.base import Page
from desktop_app.gui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QItemSelectionModel,
    QLabel,
    QLineEdit,
    QModelIndex,
    QSplitter,
    Qt,
    QTextBrowser,
    QTreeView,
)
from desktop_app.services import rulesets


class IndicatorsPage(Page):
    key = "indicators"

    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.heading.setText(self.title())
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search items, departments, basic tasks… e.g. 明厨亮灶"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        bar.addWidget(self.search, 1)
        self.layout_.addLayout(bar)
        self.summary = QLabel()
        self.summary.setStyleSheet("color:#555")
        self.layout_.addWidget(self.summary)

        self.model = RuleSetTreeModel(self)
        self.proxy = TreeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.tree.selectionModel().currentChanged.connect(self._show_detail)

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 420])
        self.layout_.addWidget(splitter, 1)
        self._loaded = False

    def title(self) -> str:
        return self.tr("Indicators")

    def resizeEvent(self, event) -> None:
        """Methods and departments take a share of the tree; the item text keeps the rest."""
        super().resizeEvent(event)
        width = self.tree.viewport().width()
        self.tree.header().resizeSection(2, max(90, int(width * 0.2)))
        self.tree.header().resizeSection(3, max(110, int(width * 0.25)))

    def refresh(self) -> None:
        rs = rulesets.load(self.db)
        self.model.set_rule_set(rs)
        self._loaded = True
        self.tree.expandToDepth(0)
        self._update_summary()
        self.detail.setHtml(self._ruleset_html())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()
            first = self._first_item(QModelIndex())
            if first is not None:
                self.tree.selectionModel().setCurrentIndex(
                    first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.tree.scrollTo(first)
        else:
            self.tree.collapseAll()
            self.tree.expandToDepth(0)
        self._update_summary()

    def _first_item(self, parent: QModelIndex) -> QModelIndex | None:
        """The first visible item (a leaf with an Item) in proxy order."""
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if isinstance(index.data(OBJECT_ROLE), Item):
                return index
            found = self._first_item(index)
            if found is not None:
                return found
        return None

    def visible_items(self, parent: QModelIndex | None = None) -> list[Item]:
        parent = parent or QModelIndex()
        result = []
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            obj = index.data(OBJECT_ROLE)
            if isinstance(obj, Item):
                result.append(obj)
            else:
                result.extend(self.visible_items(index))
        return result

    def _update_summary(self) -> None:
        rs = self.model.rule_set
        if rs is None:
            return
        if self.search.text().strip():
            self.summary.setText(self.tr("{0} matching items").format(len(self.visible_items())))
        else:
            self.summary.setText(
                self.tr("{0}: {1} categories, {2} points, {3} items, total {4}").format(
                    rs.name, len(rs.categories), len(rs.points()), len(rs.items()), f"{rs.total_score:g}"
                )
            )

    # -- detail pane ---------------------------------------------------------------------------------
    def _show_detail(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:
        obj = current.data(OBJECT_ROLE) if current.isValid() else None
        if isinstance(obj, Item):
            self.detail.setHtml(self._item_html(obj))
        elif isinstance(obj, Point):
            self.detail.setHtml(self._point_html(obj))
        elif isinstance(obj, Category):
            self.detail.setHtml(self._category_html(obj))
        elif isinstance(obj, VetoSection):
            self.detail.setHtml(
                "<h3>{}</h3><p>{}</p>".format(
                    self.tr("Veto items"),
                    self.tr("If any one of these fails, the bid fails whatever the score."),
                )
            )
        else:
            self.detail.setHtml(self._ruleset_html())

    def _ruleset_html(self) -> str:
        rs = self.model.rule_set
        if rs is None:
            return ""
        rows = "".join(
            f"<tr><td>{c.code}、{html.escape(c.name)}</td><td align='center'>{c.score:g}</td>"
            f"<td align='center'>{len(c.points)}</td><td align='center'>{sum(len(p.items) for p in c.points)}</td></tr>"
            for c in rs.categories
        )
        return (
            f"<h3>{html.escape(rs.name)}</h3>"
            f"<table border='1' cellspacing='0' cellpadding='4'><tr><th>{self.tr('Category')}</th>"
            f"<th>{self.tr('Score')}</th><th>{self.tr('Points')}</th><th>{self.tr('Items')}</th></tr>{rows}"
            f"<tr><td><b>{self.tr('Total')}</b></td><td align='center'><b>{rs.total_score:g}</b></td>"
            f"<td></td><td></td></tr></table>"
            f"<p>{self.tr('Veto items')}: {'、'.join(f'({i.no})' for i in rs.veto_items)}</p>"
            f"<p style='color:#666'>{html.escape(rs.source)}</p>"
            f"<p>{self.tr('Select an item to see its evaluation method, departments and basic task.')}</p>"
        )

    def _category_html(self, c: Category) -> str:
        text = f"<h3>{c.code}、{html.escape(c.name)}（{c.score:g}{self.tr(' points')}）</h3>"
        if c.mandatory_score is not None:
            text += "<p>{}</p>".format(
                self.tr("Mandatory points {0}; optional points count up to {1}.").format(
                    f"{c.mandatory_score:g}", f"{(c.optional_cap or 0):g}"
                )
            )
        text += "<ul>" + "".join(f"<li>{p.code}. {html.escape(p.name)}（{p.score:g}）</li>" for p in c.points) + "</ul>"
        return text

    def _point_html(self, p: Point) -> str:
        kind = {POINT_MANDATORY: self.tr("mandatory"), POINT_OPTIONAL: self.tr("optional")}.get(p.kind, "")
        text = f"<h3>{p.code}. {html.escape(p.name)}（{p.score:g}{self.tr(' points')}）</h3>"
        if kind:
            text += f"<p>{self.tr('Type')}: {kind}</p>"
        if p.choose:
            text += "<p>{}</p>".format(self.tr("Any {0} of its {1} items count.").format(p.choose, len(p.items)))
        text += (
            "<ol style='list-style:none'>"
            + "".join(f"<li>({i.no}) {html.escape(i.text)}</li>" for i in p.items)
            + "</ol>"
        )
        return text

    def _item_html(self, i: Item) -> str:
        def row(label: str, value: str) -> str:
            return f"<p><b>{label}</b><br>{html.escape(value)}</p>"

        tasks = html.escape(i.basic_task)
        for n in range(2, 10):  # "1. … 2. …" on separate lines
            tasks = tasks.replace(f" {n}. ", f"<br>{n}. ")
        return (
            f"<h3>({i.no}) {html.escape(i.text)}</h3>"
            + row(self.tr("Evaluation method"), "、".join(i.methods))
            + row(self.tr("Responsible departments"), i.departments)
            + f"<p><b>{self.tr('Basic task')}</b><br>{tasks}</p>"
        )
