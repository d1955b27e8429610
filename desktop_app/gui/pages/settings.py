"""设置: the campaign's details, the rule set, the language, the data folder."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core import i18n
from desktop_app.core import settings as spec
from desktop_app.core.errors import KnownError
from desktop_app.core.rounds import round_label
from desktop_app.gui import dialogs
from desktop_app.gui.columns import current_row, fit_columns, list_view
from desktop_app.gui.models import Column, RowsModel
from desktop_app.gui.pages.base import Page
from desktop_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QDate,
    QDesktopServices,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QUrl,
    QVBoxLayout,
    QWidget,
    to_date,
)
from desktop_app.gui.widgets.date_edit import DateEdit
from desktop_app.gui.widgets.phases import PhasesEditor
from desktop_app.gui.worker import run_task
from desktop_app.services import campaigns, paper, rounds, rulesets
from desktop_app.services import settings as settings_service


def _qdate(d) -> QDate:
    return QDate(d.year, d.month, d.day) if d else QDate.currentDate()


class SettingsPage(Page):
    key = "settings"

    def __init__(self, db, parent=None):
        super().__init__(db, parent)
        self.heading.setText(self.title())
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.layout_.addWidget(scroll, 1)

        box = QGroupBox(self.tr("Campaign"))
        form = QFormLayout(box)
        self.name = QLineEdit()
        self.region = QLineEdit()
        self.level = QComboBox()
        self.level.addItems(list(campaigns.LEVELS))
        self.population = QSpinBox()
        self.population.setRange(0, 50_000_000)
        self.population.setGroupSeparatorShown(True)
        self.start = DateEdit()
        self.end = DateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.due_day = QSpinBox()
        self.due_day.setRange(1, 28)
        self.office = QLineEdit()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Population"), self.population)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        form.addRow(self.tr("Monthly report due day"), self.due_day)
        form.addRow(self.tr("Issuing office"), self.office)
        self.phases = PhasesEditor()
        self.phases.setMinimumHeight(200)
        form.addRow(self.tr("Phases"), self.phases)
        self.save_button = QPushButton(self.tr("Save campaign"))
        self.save_button.clicked.connect(self.save_campaign)
        form.addRow(self.save_button)
        inner.addWidget(box)

        box = QGroupBox(self.tr("Reporting rounds (报送轮次)"))
        form = QFormLayout(box)
        self.cycle = QComboBox()
        for code, label in (
            ("monthly", self.tr("Every month, by the due day")),
            ("quarterly", self.tr("Every quarter, by the due day of its last month")),
            ("fixed", self.tr("Only on the fixed dates below")),
        ):
            self.cycle.addItem(label, code)
        self.cycle.activated.connect(self.change_cycle)
        form.addRow(self.tr("Units report"), self.cycle)
        tracked = QHBoxLayout()
        self.tracked_since = DateEdit()
        self.tracked_since.setCalendarPopup(True)
        self.tracked_since.setDisplayFormat("yyyy-MM-dd")
        self.tracked_since.setToolTip(
            self.tr("Rounds due before this day that no report came in for show 未跟踪, not 未报.")
        )
        self.tracked_button = QPushButton(self.tr("Apply"))
        self.tracked_button.clicked.connect(self.apply_tracked_since)
        tracked.addWidget(self.tracked_since)
        tracked.addWidget(self.tracked_button)
        tracked.addStretch(1)
        form.addRow(self.tr("Reports tracked from"), tracked)
        scopes = {
            "progress": QT_TRANSLATE_NOOP("SettingsPage", "progress"),
            "self_report": QT_TRANSLATE_NOOP("SettingsPage", "self-assessment report"),
        }
        self.rounds_model = RowsModel(
            (
                Column(QT_TRANSLATE_NOOP("SettingsPage", "Round"), lambda r: r.key),
                Column(QT_TRANSLATE_NOOP("SettingsPage", "Name"), lambda r: r.name),
                Column(QT_TRANSLATE_NOOP("SettingsPage", "Due"), lambda r: r.due.isoformat()),
                Column(QT_TRANSLATE_NOOP("SettingsPage", "Asks for"), lambda r: self.tr(str(scopes[r.scope]))),
            ),
            "SettingsPage",
            parent=self,
        )
        self.fixed_rounds = list_view(self.rounds_model)
        self.fixed_rounds.horizontalHeader().setStretchLastSection(True)
        self.fixed_rounds.setMinimumHeight(110)
        form.addRow(self.tr("Fixed rounds"), self.fixed_rounds)
        row = QHBoxLayout()
        self.round_due = DateEdit()
        self.round_due.setCalendarPopup(True)
        self.round_due.setDisplayFormat("yyyy-MM-dd")
        self.round_due.setDate(QDate.currentDate())
        self.round_name = QLineEdit()
        self.round_name.setPlaceholderText(self.tr("Name (blank: the day)"))
        self.round_scope = QComboBox()
        self.round_scope.addItem(self.tr("progress (the fill-in form)"), "progress")
        self.round_scope.addItem(self.tr("each unit's self-assessment report (a file)"), "self_report")
        self.add_round_button = QPushButton(self.tr("Add round"))
        self.add_round_button.clicked.connect(self.add_round)
        self.remove_round_button = QPushButton(self.tr("Remove round"))
        self.remove_round_button.clicked.connect(self.remove_round)
        for w in (self.round_due, self.round_name, self.round_scope, self.add_round_button, self.remove_round_button):
            row.addWidget(w)
        form.addRow("", row)
        inner.addWidget(box)

        box = QGroupBox(self.tr("Official documents (公文格式)"))
        form = QFormLayout(box)
        self.masthead = QLineEdit()
        self.masthead.setPlaceholderText(self.tr("Blank: the campaign's name over 工作通报; two lines split by |"))
        self.masthead_style = QComboBox()
        shown = {"red": self.tr("In red"), "black": self.tr("In black"), "none": self.tr("No masthead")}
        for code in spec.MASTHEAD_STYLE.choices or {}:
            self.masthead_style.addItem(shown[code], code)
        self.issue_format = QLineEdit()
        self.issue_format.setPlaceholderText("第{n}期")
        self.copy_to = QLineEdit()
        self.copy_to.setPlaceholderText(self.tr("e.g. 市委办公室，市政府办公室，省食安办"))
        self.printed_by = QLineEdit()
        self.printed_by.setPlaceholderText(self.tr("Blank: the issuing office"))
        form.addRow(self.tr("Masthead"), self.masthead_style)
        form.addRow(self.tr("Masthead text"), self.masthead)
        form.addRow(self.tr("Issue number format"), self.issue_format)
        form.addRow(self.tr("Copies to (抄送)"), self.copy_to)
        form.addRow(self.tr("Printed by (印发机关)"), self.printed_by)
        hint = QLabel(
            self.tr("{n} is the issue number, {年} the year. Used by the bulletin and the self-assessment report.")
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.save_paper_button = QPushButton(self.tr("Save document format"))
        self.save_paper_button.clicked.connect(self.save_paper)
        form.addRow(self.save_paper_button)
        inner.addWidget(box)

        box = QGroupBox(self.tr("Rule set"))
        row = QHBoxLayout(box)
        self.rule_set_label = QLabel()
        row.addWidget(self.rule_set_label, 1)
        self.export_rs = QPushButton(self.tr("Export to Excel…"))
        self.import_rs = QPushButton(self.tr("Import a rule set…"))
        row.addWidget(self.export_rs)
        row.addWidget(self.import_rs)
        self.export_rs.clicked.connect(self.export_ruleset)
        self.import_rs.clicked.connect(self.import_ruleset)
        inner.addWidget(box)

        box = QGroupBox(self.tr("Program"))
        form = QFormLayout(box)
        self.language = QComboBox()
        for code, label in i18n.LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.activated.connect(self.change_language)
        form.addRow(self.tr("Interface language"), self.language)
        folder = QHBoxLayout()
        self.folder_label = QLabel(str(db.data_dir))
        self.folder_label.setWordWrap(True)
        open_folder = QPushButton(self.tr("Open folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(db.data_dir))))
        folder.addWidget(self.folder_label, 1)
        folder.addWidget(open_folder)
        form.addRow(self.tr("Data folder"), folder)
        where = QHBoxLayout()
        self.database_label = QLabel()
        self.database_label.setWordWrap(True)
        where.addWidget(self.database_label, 1)
        self.connect_button = QPushButton(self.tr("Connect to a server…"))
        self.move_up_button = QPushButton(self.tr("Move to a server…"))
        self.local_button = QPushButton(self.tr("Back to this PC's file"))
        self.connect_button.clicked.connect(lambda: self.choose_server(moving=False))
        self.move_up_button.clicked.connect(lambda: self.choose_server(moving=True))
        self.local_button.clicked.connect(self.use_local_file)
        for button in (self.connect_button, self.move_up_button, self.local_button):
            where.addWidget(button)
        form.addRow(self.tr("Database"), where)
        inner.addWidget(box)
        inner.addStretch(1)

    def title(self) -> str:
        return self.tr("Settings")

    def refresh(self) -> None:
        info = campaigns.get(self.db)
        if info:
            self.name.setText(info.name)
            self.region.setText(info.region)
            self.level.setCurrentText(info.level)
            self.population.setValue(info.population)
            self.start.setDate(_qdate(info.start))
            self.end.setDate(_qdate(info.end))
            self.due_day.setValue(info.report_due_day)
            self.office.setText(info.office)
            self.phases.set_phases(info.phases)
        rs = rulesets.load(self.db)
        self.rule_set_label.setText(
            self.tr("{0}: {1} items, total {2}").format(rs.name, len(rs.items()), f"{rs.total_score:g}")
        )
        current = settings_service.get(self.db, spec.LANGUAGE)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self._show_rounds()
        self._show_database()
        values = paper.current(self.db)
        self.masthead.setText(values[spec.MASTHEAD.key].replace("\n", "|"))
        self.masthead_style.setCurrentIndex(max(0, self.masthead_style.findData(values[spec.MASTHEAD_STYLE.key])))
        self.issue_format.setText(values[spec.ISSUE_FORMAT.key])
        self.copy_to.setText(values[spec.COPY_TO.key])
        self.printed_by.setText(values[spec.PRINTED_BY.key])

    def _show_database(self) -> None:
        from desktop_app.storage import address, postgres

        chosen = address.chosen(self.db.data_dir)
        if self.db.is_server:
            text = self.tr("On the server {0}, shared by the office's clerks.").format(postgres.shown(self.db.url))
        else:
            text = self.tr("This PC's own file (one clerk at a time).")
        if chosen and chosen != self.db.url.replace("postgresql+psycopg://", "postgresql://"):
            text += " " + self.tr("From the next start: the server {0}.").format(postgres.shown(chosen))
        self.database_label.setText(text)
        self.move_up_button.setVisible(not self.db.is_server)
        self.local_button.setVisible(bool(chosen))

    def choose_server(self, moving: bool):
        """Connect this PC to the office's server, or move its campaign up there first; from the next
        start the program opens the server's campaign."""
        from desktop_app.gui.server_dialog import ServerDialog
        from desktop_app.services import server
        from desktop_app.storage import address

        dialog = ServerDialog(address.chosen(self.db.data_dir), moving=moving, parent=self)
        if not dialogs.run_dialog(dialog) or not dialog.url:
            return None
        restart = self.tr("Close the program and open it again to work on the server's campaign.")
        url, password = dialog.url, dialog.password_text
        if not moving:
            data_dir = self.db.data_dir

            def connected(_state) -> None:
                self._show_database()
                dialogs.info(self, self.tr("This PC now uses the server {0}.").format(url) + " " + restart)

            return run_task(
                lambda _progress: server.connect(data_dir, url, password),
                connected,
                parent=self,
                label=self.tr("Connecting to the server…"),
            )
        folder = None if dialog.in_database else Path(dialog.store_folder)

        def work(progress):
            return server.move_up(self.db, url, password, folder, progress=progress)

        def done(state) -> None:
            self._show_database()
            dialogs.info(
                self,
                self.tr(
                    "The campaign “{0}” was copied to the server and checked row by row and file by file; this PC's "
                    "file was left as it was."
                ).format(state.campaign)
                + " "
                + restart,
            )

        return run_task(work, done, parent=self, label=self.tr("Moving the campaign to the server…"))

    def use_local_file(self) -> None:
        from desktop_app.services import server

        if not dialogs.ask(
            self,
            self.tr(
                "From the next start this PC works on its own file again; the campaign on the server stays there "
                "for the other clerks. Go back?"
            ),
        ):
            return
        server.disconnect(self.db.data_dir)
        self._show_database()

    def _show_rounds(self) -> None:
        self.cycle.setCurrentIndex(max(0, self.cycle.findData(rounds.cycle(self.db))))
        since = rounds.tracked_since(self.db)
        if since is not None:
            self.tracked_since.setDate(_qdate(since))
        self.rounds_model.set_rows(rounds.fixed(self.db))
        fit_columns(self.fixed_rounds, 3)

    def change_cycle(self, index: int) -> None:
        """Change how units report, once the clerk has read what it does to the lists (the reports of
        rounds the new cycle has none for no longer show; changing back shows them again)."""
        old, new = rounds.cycle(self.db), self.cycle.itemData(index)
        if new == old:
            return
        was = self.cycle.itemText(self.cycle.findData(old))
        hidden = rounds.hidden_by(self.db, new)
        question = self.tr("Units will report “{0}”: the 月度报送 page lists its rounds, the forms follow them.")
        question = question.format(self.cycle.itemText(index))
        if hidden:
            question += self.tr(
                " The {0} report(s) already taken in for {1} will no longer be listed; they are kept, and show "
                "again when this is set back to “{2}”."
            ).format(sum(hidden.values()), "、".join(round_label(key) for key in hidden), was)
        if not dialogs.ask(self, question + self.tr(" Change it?")):
            self.cycle.setCurrentIndex(self.cycle.findData(old))  # nothing changed
            return
        if dialogs.guarded(self, rounds.set_cycle, self.db, new):
            self._refresh_window()
        else:
            self.cycle.setCurrentIndex(self.cycle.findData(old))

    def apply_tracked_since(self) -> None:
        """Track reports from the day chosen, once the clerk has read what it does to the lists."""
        day, was = to_date(self.tracked_since.date()), rounds.tracked_since(self.db)
        if day == was:
            return
        question = self.tr(
            "Reports are tracked from {0}: rounds due before it that no report came in for show 未跟踪 instead of "
            "未报 (reports taken in for them still count). Set back to {1} to undo. Apply?"
        ).format(day.isoformat(), was.isoformat() if was else "—")
        if not dialogs.ask(self, question):
            self._show_rounds()
            return
        if dialogs.guarded(self, rounds.set_tracked_since, self.db, day):
            self._refresh_window()
        else:
            self._show_rounds()

    def add_round(self) -> None:
        due = to_date(self.round_due.date())
        if dialogs.guarded(
            self, rounds.add_fixed, self.db, due, self.round_name.text(), self.round_scope.currentData()
        ):
            self.round_name.clear()
            self._show_rounds()
            self._refresh_window()

    def remove_round(self) -> None:
        chosen = current_row(self.fixed_rounds)
        if chosen is None:
            dialogs.info(self, self.tr("Choose the round to remove in the list first."))
            return
        key = chosen.key
        if dialogs.ask(self, self.tr("Remove round {0}?").format(key)) and dialogs.guarded(
            self, rounds.remove_fixed, self.db, key
        ):
            self._show_rounds()
            self._refresh_window()

    def save_paper(self) -> None:
        values = {
            spec.MASTHEAD.key: self.masthead.text(),
            spec.MASTHEAD_STYLE.key: self.masthead_style.currentData(),
            spec.ISSUE_FORMAT.key: self.issue_format.text() or spec.ISSUE_FORMAT.default,
            spec.COPY_TO.key: self.copy_to.text(),
            spec.PRINTED_BY.key: self.printed_by.text(),
        }
        if dialogs.guarded(self, paper.save, self.db, values):
            dialogs.info(self, self.tr("The document format was saved; the next bulletin uses it."))

    def save_campaign(self) -> None:
        """Save the campaign's details once the clerk has read what they change on other pages (the
        reports that turn late or on time, the rounds no longer listed); set back and saved in one step."""
        try:
            phases = self.phases.phases()
        except KnownError as err:
            dialogs.error(self, err)
            return
        info = campaigns.get(self.db)
        start, end, due_day = to_date(self.start.date()), to_date(self.end.date()), self.due_day.value()
        if info is not None and (start, end, due_day) != (info.start, info.end, info.report_due_day):
            effects = rounds.period_effects(self.db, start, end, due_day)
            if effects:
                question = " ".join([*effects, self.tr("Save the campaign?")])
                if not dialogs.ask(self, question):
                    return  # nothing saved; the fields stay as typed, to correct
        if dialogs.guarded(
            self,
            campaigns.update,
            self.db,
            phases=phases,
            name=self.name.text(),
            region=self.region.text(),
            level=self.level.currentText(),
            population=self.population.value(),
            start=start,
            end=end,
            due_day=due_day,
            office=self.office.text(),
        ):
            dialogs.info(self, self.tr("The campaign was saved."))
            self._refresh_window()

    def _refresh_window(self) -> None:
        self.changed.emit("campaign")

    def change_language(self, index: int) -> None:
        code, old = self.language.itemData(index), settings_service.get(self.db, spec.LANGUAGE)
        if code == old:
            return
        question = self.tr("The program will speak {0} from its next start. Change it?").format(
            self.language.itemText(index)
        )
        if not dialogs.ask(self, question):
            self.language.setCurrentIndex(self.language.findData(old))  # nothing changed
            return
        settings_service.set_value(self.db, spec.LANGUAGE, code)
        dialogs.info(self, self.tr("The language changes the next time the program starts."))

    def export_ruleset(self) -> None:
        path = dialogs.save_file(self, self.tr("Export rule set"), "评价细则.xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if path and dialogs.guarded(self, rulesets.export_xlsx, self.db, Path(path)):
            dialogs.info(self, self.tr("Rule set written to {0}.").format(path))

    def import_ruleset(self) -> None:
        path = dialogs.open_file(self, self.tr("Import rule set"), self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        use = dialogs.ask(self, self.tr("Use the imported rule set for this campaign?"))
        skipped: list = []

        def done(rs) -> None:
            self.refresh()
            self._refresh_window()
            text = self.tr("Rule set “{0}” imported: {1} items.").format(rs.name, len(rs.items()))
            if skipped:
                text += self.tr(" {0} row(s) were passed over as no part of the table (details below).").format(
                    len(skipped)
                )
            dialogs.info(self, text, [row.text() for row in skipped])

        run_task(
            lambda _p: rulesets.import_xlsx(self.db, Path(path), use_for_campaign=use, skipped=skipped),
            done,
            parent=self,
            label=self.tr("Importing rule set…"),
        )
