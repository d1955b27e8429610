"""首页: the campaign at a glance: key figures, the current phase, the phases."""

from __future__ import annotations

import datetime as dt
import html

from desktop_app.gui.pages.base import Page
from desktop_app.gui.qt import QFrame, QGridLayout, QLabel, Qt
from desktop_app.services import campaigns, rulesets


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
        grid = QGridLayout()
        self.tiles = [_Tile() for _ in range(5)]
        for i, tile in enumerate(self.tiles):
            grid.addWidget(tile, 0, i)
        self.layout_.addLayout(grid)
        self.phases_label = QLabel()
        self.phases_label.setWordWrap(True)
        self.phases_label.setTextFormat(Qt.TextFormat.RichText)
        self.layout_.addWidget(self.phases_label)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Home")

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
        rows = []
        for p in info.phases:
            if p.contains(today):
                state, style = self.tr("current"), "background:#fff4d6; font-weight:bold"
            elif p.end < today:
                state, style = self.tr("done"), "color:#777"
            else:
                state, style = self.tr("to come"), ""
            rows.append(
                f"<tr style='{style}'><td>{html.escape(p.name)}</td><td>{p.start}</td><td>{p.end}</td>"
                f"<td>{state}</td></tr>"
            )
        self.phases_label.setText(
            f"<h3>{self.tr('Phases')}</h3><table cellpadding='5' cellspacing='0' border='1' "
            f"style='border-color:#ccc'><tr><th>{self.tr('Phase')}</th><th>{self.tr('From')}</th>"
            f"<th>{self.tr('To')}</th><th>{self.tr('State')}</th></tr>{''.join(rows)}</table>"
        )
