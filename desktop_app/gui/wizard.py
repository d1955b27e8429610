"""First-run wizard: the campaign, its rule set (asked for a provincial one) and its phases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import KnownError
from desktop_app.gui.qt import (
    QComboBox,
    QDate,
    QFocusEvent,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimer,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
    to_date,
)
from desktop_app.gui.widgets.date_edit import DateEdit
from desktop_app.gui.widgets.phases import PhasesEditor
from desktop_app.services import campaigns, rulesets
from desktop_app.services.campaigns import PhaseInfo

if TYPE_CHECKING:
    from desktop_app.storage.database import Database


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class _SuggestedName(QLineEdit):
    """A name the program suggests: while it stands untouched, clicking into it selects it all, so
    what the clerk types replaces it instead of running on after it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.suggested = True
        self.textEdited.connect(self._edited)

    def _edited(self, text: str) -> None:
        self.suggested = not text  # emptied: the suggestion may come back

    def suggest(self, text: str) -> None:
        if self.suggested:
            self.setText(text)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.suggested and self.text():
            QTimer.singleShot(0, self.selectAll)  # after the click has placed the cursor


class BasicsPage(QWizardPage):
    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setTitle(self.tr("Welcome to FoodSafety Desk"))
        self.setSubTitle(self.tr("Set up your campaign. Everything can be changed later under Settings."))
        form = QFormLayout(self)
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("e.g. 昌都市"))
        self.level = QComboBox()
        self.level.addItems(list(campaigns.LEVELS))
        self.name = _SuggestedName()
        self.name.setPlaceholderText(self.tr("e.g. 昌都市创建国家食品安全示范城市"))
        self.rule_set = QComboBox()
        self.load_button = QPushButton(self.tr("Load the province's rule set from Excel…"))
        rule_row = QHBoxLayout()
        rule_row.addWidget(self.rule_set, 1)
        rule_row.addWidget(self.load_button)
        self.rule_hint = QLabel()
        self.rule_hint.setWordWrap(True)
        self.rule_hint.setStyleSheet("color:#555")
        self.office = QLineEdit()
        self.office.setPlaceholderText(self.tr("e.g. 昌都市食品药品安全委员会办公室"))
        form.addRow(self.tr("City or district *"), self.region)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Campaign name *"), self.name)
        form.addRow(self.tr("Rule set *"), rule_row)
        form.addRow("", self.rule_hint)
        form.addRow(self.tr("Issuing office"), self.office)
        self.region.textEdited.connect(self._suggest_name)
        self.level.currentTextChanged.connect(self._level_changed)
        self.rule_set.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
        self.load_button.clicked.connect(self._load_rule_set)
        self.registerField("region*", self.region)
        self.registerField("name*", self.name)
        self._fill_rule_sets()

    def _suggest_name(self, _text: str = "") -> None:
        self.name.suggest(campaigns.suggested_name(self.region.text(), self.level.currentText()))

    def _level_changed(self, _level: str) -> None:
        self._suggest_name()
        self._fill_rule_sets()

    def _fill_rule_sets(self, chosen: str | None = None) -> None:
        """A national campaign starts on the national rule set; a provincial one is asked which."""
        level = self.level.currentText()
        chosen = chosen or campaigns.default_rule_set(level)
        self.rule_set.blockSignals(True)
        self.rule_set.clear()
        if chosen is None:
            self.rule_set.addItem(self.tr("— choose the rule set —"), None)
        for code, name, _builtin in rulesets.list_rulesets(self.db) or [
            (rulesets.BUILTIN_CODE, rulesets.builtin_ruleset().name, True)
        ]:
            self.rule_set.addItem(name, code)
        self.rule_set.setCurrentIndex(max(self.rule_set.findData(chosen), 0))
        self.rule_set.blockSignals(False)
        provincial = level == campaigns.LEVEL_PROVINCIAL
        self.load_button.setVisible(provincial)
        self.rule_hint.setText(
            self.tr(
                "A provincial campaign is judged by its province's own rule set: load it from Excel (the "
                "layout of 评价指标 → export), or start with the national one and load the province's later."
            )
            if provincial
            else ""
        )
        self.rule_hint.setVisible(provincial)
        self.completeChanged.emit()

    def _load_rule_set(self) -> None:
        from desktop_app.gui import dialogs

        path = dialogs.open_file(self, self.tr("The province's rule set"), self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        loaded: list[str] = []
        if dialogs.guarded(self, lambda: loaded.append(rulesets.import_xlsx(self.db, Path(path)).code)):
            self._fill_rule_sets(loaded[0])

    def rule_set_code(self) -> str | None:
        code = self.rule_set.currentData()
        return str(code) if code else None

    def isComplete(self) -> bool:
        return super().isComplete() and self.rule_set_code() is not None


class DatesPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Population and dates"))
        self.setSubTitle(self.tr("The population gives the sampling target (4 batches per 1,000 residents)."))
        form = QFormLayout(self)
        self.population = QSpinBox()
        self.population.setRange(1, 50_000_000)
        self.population.setValue(500_000)
        self.population.setGroupSeparatorShown(True)
        first, last = campaigns.default_span()
        self.start = DateEdit(_qdate(first))
        self.end = DateEdit(_qdate(last))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.due_day = QSpinBox()
        self.due_day.setRange(1, 28)
        self.due_day.setValue(25)
        form.addRow(self.tr("Resident population *"), self.population)
        form.addRow(self.tr("Campaign starts"), self.start)
        form.addRow(self.tr("Campaign ends"), self.end)
        form.addRow(self.tr("Monthly reports due on day"), self.due_day)

    def validatePage(self) -> bool:
        return self.start.date() < self.end.date()


class PhasesPage(QWizardPage):
    def __init__(self, basics: BasicsPage, dates: DatesPage, parent: QWidget | None = None):
        super().__init__(parent)
        self.basics, self.dates = basics, dates
        self.setTitle(self.tr("Phases"))
        self.setSubTitle(self.tr("The usual phases of a campaign; edit names and dates by double-clicking."))
        layout = QVBoxLayout(self)
        self.editor = PhasesEditor()
        self.model = self.editor.model
        layout.addWidget(self.editor)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b00020")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        start, end = to_date(self.dates.start.date()), to_date(self.dates.end.date())
        self.editor.set_phases(campaigns.default_phases(start, end, self.basics.level.currentText()))

    def phases(self) -> list[PhaseInfo]:
        return self.editor.phases()


class FirstRunWizard(QWizard):
    """Collects the campaign; ``accept`` creates it through the campaigns service."""

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.campaign: campaigns.CampaignInfo | None = None
        self.setWindowTitle(self.tr("New campaign"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(640, 460)
        self.basics = BasicsPage(db)
        self.dates = DatesPage()
        self.phases_page = PhasesPage(self.basics, self.dates)
        for page in (self.basics, self.dates, self.phases_page):
            self.addPage(page)

    def accept(self) -> None:
        try:
            self.campaign = campaigns.create(
                self.db,
                name=self.basics.name.text(),
                region=self.basics.region.text(),
                level=self.basics.level.currentText(),
                office=self.basics.office.text(),
                population=self.dates.population.value(),
                start=to_date(self.dates.start.date()),
                end=to_date(self.dates.end.date()),
                due_day=self.dates.due_day.value(),
                phases=self.phases_page.phases(),
                rule_set_code=self.basics.rule_set_code(),
            )
        except KnownError as err:
            self.phases_page.error.setText("\n".join([err.message, *err.details]))
            from desktop_app.gui import dialogs

            dialogs.note("error", self.windowTitle(), err.message, err.details)
            return
        super().accept()
