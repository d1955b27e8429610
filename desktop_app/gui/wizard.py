"""First-run wizard: creates the campaign with the national rule set and default phases."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.errors import KnownError
from desktop_app.gui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)
from desktop_app.gui.widgets.phases import PhasesEditor
from desktop_app.services import campaigns
from desktop_app.services.campaigns import PhaseInfo


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class BasicsPage(QWizardPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to FoodSafety Desk"))
        self.setSubTitle(self.tr("Set up your campaign. Everything can be changed later under Settings."))
        form = QFormLayout(self)
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("e.g. 昌都市"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 昌都市创建国家食品安全示范城市"))
        self.level = QComboBox()
        self.level.addItems(list(campaigns.LEVELS))
        self.office = QLineEdit()
        self.office.setPlaceholderText(self.tr("e.g. 昌都市食品药品安全委员会办公室"))
        form.addRow(self.tr("City or district *"), self.region)
        form.addRow(self.tr("Campaign name *"), self.name)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Issuing office"), self.office)
        self.region.textEdited.connect(self._suggest_name)
        self.registerField("region*", self.region)
        self.registerField("name*", self.name)
        self._name_touched = False
        self.name.textEdited.connect(lambda _t: setattr(self, "_name_touched", True))

    def _suggest_name(self, region: str) -> None:
        if not self._name_touched:
            kind = "国家" if self.level.currentText() == "国家" else "省级"
            self.name.setText(f"{region}创建{kind}食品安全示范城市" if region else "")


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
        today = dt.date.today().replace(day=1)
        self.start = QDateEdit(_qdate(today))
        self.end = QDateEdit(_qdate(today.replace(year=today.year + 3) - dt.timedelta(days=1)))
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
    def __init__(self, dates: DatesPage, parent=None):
        super().__init__(parent)
        self.dates = dates
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
        start, end = self.dates.start.date().toPython(), self.dates.end.date().toPython()
        self.editor.set_phases(campaigns.default_phases(start, end))

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
        self.basics = BasicsPage()
        self.dates = DatesPage()
        self.phases_page = PhasesPage(self.dates)
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
                start=self.dates.start.date().toPython(),
                end=self.dates.end.date().toPython(),
                due_day=self.dates.due_day.value(),
                phases=self.phases_page.phases(),
            )
        except KnownError as err:
            self.phases_page.error.setText("\n".join([err.message, *err.details]))
            from desktop_app.gui import dialogs

            dialogs.shown.append(dialogs.Shown("error", self.windowTitle(), err.message, err.details))
            return
        super().accept()
