"""首页: the campaign at a glance: key figures, the current phase, the phases."""

from __future__ import annotations

import datetime as dt
import html

from desktop_app.core.numbers import percent_text
from desktop_app.core.tasks import ROLE_LEAD, STATUS_OVERDUE
from desktop_app.gui.pages.base import Page
from desktop_app.gui.qt import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, Qt
from desktop_app.services.reads import campaign as campaigns
from desktop_app.services.reads import dashboard, first_steps, history
from desktop_app.services.reads import ruleset as rulesets


class _Tile(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#tile { background:#f4f7fb; border:1px solid #d5dde8; border-radius:6px; }")
        from desktop_app.gui.qt import QVBoxLayout

        layout = QVBoxLayout(self)
        self.value = QLabel()
        self.value.setStyleSheet("font-size:22pt; font-weight:bold; color:#1f4e79")
        self.caption = QLabel()
        self.caption.setStyleSheet("color:#555")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def set(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)


class HomePage(Page):
    key = "home"

    def __init__(self, db, parent=None, today: dt.date | None = None):
        super().__init__(db, parent)
        self.today = today
        self.heading.setText(self.title())
        self.campaign_label = QLabel()
        self.campaign_label.setWordWrap(True)
        self.campaign_label.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.addWidget(self.campaign_label)
        self.steps_box = QFrame()
        self.steps_box.setObjectName("steps")
        self.steps_box.setStyleSheet("#steps { background:#fffbea; border:1px solid #e8d9a0; border-radius:6px; }")
        steps_row = QHBoxLayout(self.steps_box)
        steps_row.setContentsMargins(10, 4, 6, 4)
        self.steps_label = QLabel()
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.steps_label.setWordWrap(True)
        self.steps_label.linkActivated.connect(lambda key: self.go_to.emit(key, None))  # the page that does it
        steps_row.addWidget(self.steps_label, 1)
        self.hide_steps_button = QPushButton(self.tr("Don't show again"))
        self.hide_steps_button.clicked.connect(self.hide_first_steps)
        steps_row.addWidget(self.hide_steps_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.steps_box.hide()
        self.layout_.addWidget(self.steps_box)
        grid = QGridLayout()
        self.tiles = [_Tile() for _ in range(5)]
        for i, tile in enumerate(self.tiles):
            grid.addWidget(tile, 0, i)
        self.layout_.addLayout(grid)
        tasks_row = QHBoxLayout()
        self.task_labels = []
        for stretch in (2, 3, 3, 2):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop)
            label.setWordWrap(True)
            tasks_row.addWidget(label, stretch)
            self.task_labels.append(label)
        self.layout_.addLayout(tasks_row)
        row = QHBoxLayout()
        self.phases_label = QLabel()
        self.phases_label.setTextFormat(Qt.TextFormat.RichText)
        self.phases_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.phases_label)
        row.addSpacing(24)
        self.changes_label = QLabel()
        self.changes_label.setTextFormat(Qt.TextFormat.RichText)
        self.changes_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.changes_label.setWordWrap(True)
        row.addWidget(self.changes_label, 1)
        self.layout_.addLayout(row)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Home")

    def _show_first_steps(self) -> None:
        """The first hour's checklist, ticked from the data; gone once all is done or hidden."""
        steps = first_steps.first_steps(self.db)
        if not steps or all(s.done for s in steps):
            self.steps_box.hide()
            return
        items = "　　".join(
            f"<span style='color:#1e7b34'>✓ {html.escape(s.text)}</span>"
            if s.done
            else f"○ <a href='{s.page}'>{html.escape(s.text)}</a>"
            for s in steps
        )
        done = sum(s.done for s in steps)
        self.steps_label.setText(
            f"<b>{self.tr('First steps ({0} of {1} done)').format(done, len(steps))}</b>　　{items}"
        )
        self.steps_box.show()

    def hide_first_steps(self) -> None:
        from desktop_app.gui import dialogs
        from desktop_app.services import settings

        if dialogs.ask(self, self.tr("Hide the first steps? The pages do everything they list.")) and dialogs.guarded(
            self, settings.keep, self.db, first_steps.HIDDEN_KEY, True
        ):
            self.steps_box.hide()

    def _show_tasks(self, today: dt.date) -> None:
        """Counts by status, overdue tasks with their units, deadlines soon, units by completion."""
        board = dashboard.dashboard(self.db, today)
        most = 6

        def listing(title: str, lines: list[str], total: int) -> str:
            more = self.tr("… and {0} more").format(total - most) if total > most else ""
            body = "".join(f"<li>{line}</li>" for line in lines[:most]) or f"<li>{self.tr('none')}</li>"
            return f"<b>{title}</b><ul style='margin-left:-20px'>{body}</ul>{more}"

        counts = "".join(
            f"<tr><td>{html.escape(status)}</td><td align='right'>"
            + (f"<b style='color:#b00020'>{n}</b>" if status == STATUS_OVERDUE and n else str(n))
            + "</td></tr>"
            for status, n in board.counts.items()
        )
        self.task_labels[0].setText(f"<b>{self.tr('Tasks by status')}</b><table cellpadding='2'>{counts}</table>")
        overdue = [
            f"<span style='color:#b00020'>{html.escape(t.code)}</span> {html.escape(t.title)}"
            f"<br><span style='color:#666'>{html.escape(t.units_text(ROLE_LEAD))} · {t.deadline}</span>"
            for t in board.overdue
        ]
        text = listing(self.tr("Overdue tasks"), overdue, len(board.overdue))
        if board.overdue_findings:  # what an inspection found and is still not rectified past its deadline
            late = [
                f"<span style='color:#b00020'>{html.escape(f.unit)}</span> {html.escape(f.text)}"
                f"<br><span style='color:#666'>{html.escape(f.inspection)} · {f.deadline}</span>"
                for f in board.overdue_findings
            ]
            text += listing(self.tr("Findings not rectified in time"), late, len(board.overdue_findings))
        self.task_labels[1].setText(text)
        soon = [
            f"{html.escape(t.code)} {html.escape(t.title)}<br><span style='color:#666'>"
            f"{html.escape(t.units_text(ROLE_LEAD))} · {t.deadline}</span>"
            for t in board.due_soon
        ]
        self.task_labels[2].setText(
            listing(self.tr("Due in the next {0} days").format(board.days), soon, len(board.due_soon))
        )
        ranked = [
            f"{html.escape(u)}　{done}/{total}（{percent_text(done, total)}）" for u, done, total in board.ranking
        ]
        self.task_labels[3].setText(listing(self.tr("Units by tasks done"), ranked, len(board.ranking)))

    def refresh(self) -> None:
        today = self.today or dt.date.today()
        info = campaigns.get(self.db)
        if info is None:
            self.campaign_label.setText(self.tr("No campaign has been set up yet."))
            return
        n = campaigns.counts(self.db)
        rs = rulesets.load(self.db)
        level = self.tr("national") if info.level == "国家" else self.tr("provincial")
        self.campaign_label.setText(
            f"<h2 style='margin:0'>{html.escape(info.name)}</h2>"
            + "<p>{}</p>".format(
                self.tr("{0} · {1} level · population {2:,} · {3} to {4} · monthly reports due on day {5}").format(
                    html.escape(info.region), level, info.population, info.start, info.end, info.report_due_day
                )
            )
            + "<p>{}</p>".format(
                self.tr("Rule set: {0} (total {1})").format(html.escape(rs.name), f"{rs.total_score:g}")
            )
        )
        self._show_first_steps()
        current = info.current_phase(today)
        if current:
            left = (current.end - today).days
            phase_value, phase_caption = str(left), self.tr("days left in “{0}”").format(current.name)
        elif info.end and today > info.end:
            phase_value, phase_caption = "—", self.tr("The campaign has ended")
        else:
            nxt = info.next_phase(today)
            phase_value = str((nxt.start - today).days) if nxt else "—"
            phase_caption = self.tr("days until “{0}”").format(nxt.name) if nxt else self.tr("No phase")
        values = [
            (phase_value, phase_caption),
            (str(n.active_units), self.tr("member units")),
            (str(len(rs.items())), self.tr("indicator items")),
            (str(n.tasks), self.tr("tasks")),
            (f"{n.evidence:,}", self.tr("evidence records")),
        ]
        for tile, (value, caption) in zip(self.tiles, values, strict=True):
            tile.set(value, caption)
        self._show_tasks(today)
        rows = []
        shown_as = {
            campaigns.PHASE_CURRENT: (self.tr("current"), "background:#fff4d6; font-weight:bold"),
            campaigns.PHASE_DONE: (self.tr("done"), "color:#777"),
            campaigns.PHASE_TO_COME: (self.tr("to come"), ""),
        }
        for p in info.phases:
            state, style = shown_as[p.state(today)]
            rows.append(
                f"<tr style='{style}'><td>{html.escape(p.name)}</td><td>{p.start}</td><td>{p.end}</td>"
                f"<td>{state}</td></tr>"
            )
        self.phases_label.setText(
            f"<h3>{self.tr('Phases')}</h3><table cellpadding='5' cellspacing='0' border='1' "
            f"style='border-color:#ccc'><tr><th>{self.tr('Phase')}</th><th>{self.tr('From')}</th>"
            f"<th>{self.tr('To')}</th><th>{self.tr('State')}</th></tr>{''.join(rows)}</table>"
        )
        changes = history.recent(self.db, 8)  # what fits under the phases at 1366 × 768, with the bars above
        lines = "".join(
            f"<tr><td style='color:#666'>{c.at:%m-%d %H:%M}</td><td style='color:#666'>{html.escape(c.actor)}</td>"
            f"<td>{html.escape(history.describe(c))}</td></tr>"
            for c in changes
        )
        self.changes_label.setText(
            f"<h3>{self.tr('Recent changes')}</h3>"
            + (f"<table cellpadding='3'>{lines}</table>" if lines else f"<p>{self.tr('Nothing changed yet.')}</p>")
        )
