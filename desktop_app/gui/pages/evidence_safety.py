"""The checks-and-backup tab: integrity of the store, which files have no text, backup and restore."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop_app.gui import dialogs
from desktop_app.gui.qt import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop_app.gui.worker import run_task
from desktop_app.services import backup, evidence, extraction


def _local(iso: str) -> str:
    """A stored time (UTC for checks, local for backups) shown as local time."""
    when = dt.datetime.fromisoformat(iso)
    return when.strftime("%Y-%m-%d %H:%M")


class SafetyPanel(QWidget):
    restore_requested = Signal(object)  # Path
    open_record = Signal(int)

    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)

        integrity = QGroupBox(self.tr("Integrity of the stored files"))
        box = QVBoxLayout(integrity)
        self.verify_label = QLabel()
        self.verify_label.setWordWrap(True)
        row = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("Check every file now"))
        row.addWidget(self.verify_label, 1)
        row.addWidget(self.verify_button)
        box.addLayout(row)
        self.problems = QListWidget()
        self.problems.setMaximumHeight(120)
        self.problems.hide()
        box.addWidget(self.problems)
        layout.addWidget(integrity)

        texts = QGroupBox(self.tr("Text for search"))
        box = QVBoxLayout(texts)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        box.addWidget(self.text_label)
        self.no_text = QListWidget()
        self.no_text.setToolTip(self.tr("Double-click to show the record"))
        self.no_text.setMaximumHeight(220)
        box.addWidget(self.no_text)
        layout.addWidget(texts)

        safe = QGroupBox(self.tr("Backup and restore"))
        box = QVBoxLayout(safe)
        self.backup_label = QLabel()
        self.backup_label.setWordWrap(True)
        self.reminder = QLabel()
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("color:#b00020; font-weight:bold")
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now…"))
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        row.addWidget(self.backup_label, 1)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        box.addLayout(row)
        box.addWidget(self.reminder)
        layout.addWidget(safe)
        layout.addStretch(1)

        self.verify_button.clicked.connect(self.run_verify)
        self.backup_button.clicked.connect(self.choose_backup)
        self.restore_button.clicked.connect(self.choose_restore)
        self.no_text.itemDoubleClicked.connect(
            lambda item: self.open_record.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )

    def refresh(self) -> None:
        last = evidence.last_verify(self.db)
        if last is None:
            self.verify_label.setText(self.tr("The stored files have not been checked yet."))
        else:
            at = dt.datetime.fromisoformat(last["at"]).replace(tzinfo=dt.UTC).astimezone()
            text = self.tr("Last checked {0}: {1} files").format(at.strftime("%Y-%m-%d %H:%M"), last["checked"])
            if last["missing"] or last["altered"]:
                text += self.tr(", {0} missing and {1} altered.").format(last["missing"], last["altered"])
            else:
                text += self.tr(", all intact.")
            self.verify_label.setText(text)
        summary = extraction.summary(self.db)
        c = summary.counts
        self.text_label.setText(
            self.tr(
                "Stored files: {0} with text, {1} without text (scans, pictures), {2} unreadable, {3} waiting. "
                "These PDFs have no text to search (scans without a text layer, or unreadable):"
            ).format(c.get("done", 0), c.get("none", 0), c.get("failed", 0), c.get("pending", 0))
        )
        self.no_text.clear()
        for record_id, title, state in summary.without_text:
            reason = self.tr("no text layer") if state == "none" else self.tr("unreadable")
            item = QListWidgetItem(f"{title}（{reason}）")
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            self.no_text.addItem(item)
        last_backup = backup.last_backup(self.db)
        self.backup_label.setText(
            self.tr("Last backup {0}: {1}").format(_local(last_backup["at"]), last_backup["path"])
            if last_backup
            else self.tr("No backup made yet.")
        )
        reminder = backup.reminder(self.db)
        self.reminder.setText(reminder or "")
        self.reminder.setVisible(bool(reminder))

    # -- integrity ----------------------------------------------------------------------------------------
    def run_verify(self):
        def done(report) -> None:
            self.problems.clear()
            if report.database is not None:
                self.problems.addItem(self.tr("The database is damaged: {0}").format(report.database))
            for label, found in ((self.tr("missing"), report.missing), (self.tr("altered"), report.altered)):
                for sha, titles in found:
                    self.problems.addItem(f"{label}：{'、'.join(titles) or sha}（{sha[:12]}…）")
            self.problems.setVisible(not report.ok)
            self.refresh()
            if report.clutter:
                self.offer_repair(report)
            if report.ok:
                dialogs.info(self, self.tr("All {0} stored files are intact.").format(report.checked))
            else:
                dialogs.message(
                    self,
                    "error",
                    self.tr("Integrity check"),
                    self.tr("{0} files are missing and {1} altered. Restore them from a backup.").format(
                        len(report.missing), len(report.altered)
                    )
                    if report.database is None
                    else self.tr(
                        "The database is damaged; nothing more is written to it. Restore the last good backup."
                    ),
                    [self.problems.item(i).text() for i in range(self.problems.count())],
                )

        return run_task(
            lambda progress: evidence.verify(self.db, progress),
            done,
            parent=self,
            label=self.tr("Checking the stored files…"),
        )

    def offer_repair(self, report) -> None:
        """Files no record uses and leftovers of interrupted work: listed, removed once the clerk agrees."""
        question = self.tr(
            "{0} file(s) or folder(s) in the data folder are needed by no record: copies left by filing or a "
            "restore that was interrupted. Remove them?"
        ).format(len(report.clutter))
        if not dialogs.ask(self, question):
            return
        if dialogs.guarded(self, evidence.repair, self.db, report):
            dialogs.info(self, self.tr("{0} item(s) no record needs were removed.").format(len(report.clutter)))

    # -- backup --------------------------------------------------------------------------------------------
    def choose_backup(self):
        name = f"食安创建备份-{dt.date.today():%Y%m%d}{backup.SUFFIX}"
        path = dialogs.save_file(self, self.tr("Back up to"), name, self.tr("Backups (*.fsdbak)"))
        if not path:
            return None
        return self.make_backup(Path(path))

    def make_backup(self, path: Path):
        def done(info) -> None:
            self.refresh()
            text = self.tr("Backup written and checked: {0} ({1} files, {2:.1f} MB).").format(
                info.path, info.files, info.size / 1_000_000
            )
            if not backup.with_passwords(self.db):
                text += "\n" + backup.without_passwords_note()
            dialogs.info(self, text)

        def failed(err: BaseException) -> None:
            from desktop_app.core.progress import Cancelled

            if not isinstance(err, Cancelled):
                dialogs.error(self, err)

        return run_task(
            lambda progress: backup.create(self.db, path, progress),
            done,
            failed,
            parent=self,
            label=self.tr("Backing up…"),
        )

    def choose_restore(self) -> None:
        path = dialogs.open_file(self, self.tr("Restore from"), self.tr("Backups (*.fsdbak)"))
        if not path:
            return
        if dialogs.ask(
            self,
            self.tr(
                "Replace all current data with the backup {0}? The current data is kept in a safety copy "
                "(a folder named before-restore-… in the data folder)."
            ).format(Path(path).name),
        ):
            self.restore_requested.emit(Path(path))
