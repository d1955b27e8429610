"""The campaign's phases and the tasks' deadlines on one time axis, drawn with QPainter.

Phases that overlap (as the seeds' plans have them), or that are too short for their name, go in
separate lanes, each name written in full; deadlines that fall in the same few pixels are stacked,
and where stacks overflow the deadlines are grouped into columns wide enough for a readable "+N".
Hovering a marker lists its tasks, clicking it reports the first one (``task_clicked``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.core.tasks import STATUS_DONE, STATUS_OVERDUE, STATUS_PAUSED
from desktop_app.gui.qt import (
    QColor,
    QEvent,
    QFontMetrics,
    QPainter,
    QPen,
    QPointF,
    QRectF,
    QSizePolicy,
    Qt,
    QToolTip,
    QWidget,
    Signal,
)
from desktop_app.services.campaigns import PhaseInfo
from desktop_app.services.tasks import TaskInfo

PHASE_COLOURS = ("#dbe7f5", "#e3f1de", "#fbefd5", "#f3e0ef", "#e0f0f2", "#f6e3dc", "#ebe7f7")
MARKER_COLOURS = {STATUS_OVERDUE: "#c62828", STATUS_DONE: "#2e7d32", STATUS_PAUSED: "#9e9e9e"}
OPEN_COLOUR = "#1565c0"
MARGIN, LANE, AXIS, DOT, STACK = 12, 22, 30, 9, 5


@dataclass
class Marker:
    rect: QRectF
    tasks: list  # TaskInfo, by deadline then code
    more: int = 0  # tasks in the stack beyond the drawn dots


def _lanes(extents: list[tuple[float, float]]) -> list[int]:
    """A lane per phase such that the phases in one lane, each with room for its name, do not overlap.

    ``extents`` are (left, right) in pixels, right reaching at least to the end of the name."""
    ends: list[float] = []
    lanes = []
    for left, right in extents:
        lane = next((i for i, end in enumerate(ends) if end <= left), len(ends))
        if lane == len(ends):
            ends.append(right)
        else:
            ends[lane] = right
        lanes.append(lane)
    return lanes


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


class PhaseTimeline(QWidget):
    task_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.phases: list[PhaseInfo] = []
        self.tasks: list[TaskInfo] = []
        self.today = dt.date.today()
        self.first = self.last = self.today
        self.lane_count = 0
        self.column_width = float(DOT + 1)
        self.label_x: list[float] = []
        self.markers: list[Marker] = []
        self.phase_rects: list[tuple[QRectF, PhaseInfo]] = []
        self.undated = 0
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._height()

    # -- data ----------------------------------------------------------------------------------------
    def set_data(
        self,
        phases: Iterable[PhaseInfo],
        tasks: Iterable[TaskInfo],
        today: dt.date,
        start: dt.date | None = None,
        end: dt.date | None = None,
    ) -> None:
        self.phases = sorted(phases, key=lambda p: (p.start, p.end))
        self.tasks = [t for t in tasks if not t.is_group]
        self.today = today
        # the axis spans the campaign; deadlines outside it are pinned to its ends
        days = [d for p in self.phases for d in (p.start, p.end)] + [d for d in (start, end) if d is not None]
        days = days or [t.deadline for t in self.tasks if t.deadline is not None]
        days.append(today)
        self.first = _month_start(min(days))
        self.last = _next_month(max(days)) - dt.timedelta(days=1)
        self.undated = sum(1 for t in self.tasks if t.deadline is None)
        self._place()
        self._height()
        self.update()

    def _height(self) -> None:
        self.setFixedHeight(int(self._axis_y()) + AXIS + STACK * (DOT + 2) + 34)

    # -- geometry ------------------------------------------------------------------------------------
    def x_of(self, day: dt.date) -> float:
        span = max((self.last - self.first).days + 1, 1)
        width = max(self.width() - 2 * MARGIN, 1)
        return MARGIN + width * (day - self.first).days / span

    def _axis_y(self) -> float:
        return MARGIN + max(self.lane_count, 1) * LANE + 4

    def _phase_extents(self, metrics: QFontMetrics) -> list[tuple[float, float]]:
        """Each phase's span with its name: the name starts at the phase, or ends at the widget's edge."""
        extents = []
        self.label_x = []
        for p in self.phases:
            left, right = self.x_of(p.start), self.x_of(p.end + dt.timedelta(days=1))
            name_width = metrics.horizontalAdvance(p.name) + 4
            label = max(2.0, min(left + 3, self.width() - 2 - name_width))
            self.label_x.append(label)
            extents.append((min(left, label), max(right, label + name_width + 6)))
        return extents

    def _positions(self) -> list[tuple[float, TaskInfo]]:
        """Each dated task at its deadline's x (pinned to the axis), by deadline then code."""
        dated = sorted(
            ((t.deadline, t) for t in self.tasks if t.deadline is not None), key=lambda pair: (pair[0], pair[1].code)
        )
        return [(self.x_of(min(max(deadline, self.first), self.last)), t) for deadline, t in dated]

    @staticmethod
    def _columns(positions: list[tuple[float, TaskInfo]], width: float) -> dict[int, list[TaskInfo]]:
        columns: dict[int, list[TaskInfo]] = {}
        for x, t in positions:
            columns.setdefault(int(x // width), []).append(t)
        return columns

    def _place(self) -> None:
        """Phases in lanes; markers: tasks whose deadlines fall in one column share one stack. A column is a
        dot wide while every stack fits; where one overflows, columns are as wide as the widest "+N"."""
        metrics = QFontMetrics(self.font())
        extents = self._phase_extents(metrics)
        lanes = _lanes(extents)
        self.lane_count = max(lanes, default=-1) + 1
        self.phase_rects = []
        for p, lane in zip(self.phases, lanes, strict=True):
            left, right = self.x_of(p.start), self.x_of(p.end + dt.timedelta(days=1))
            self.phase_rects.append((QRectF(left, MARGIN + lane * LANE, max(right - left, 2), LANE - 3), p))
        width = float(DOT + 1)
        positions = self._positions()
        columns = self._columns(positions, width)
        fullest = max((len(stacked) for stacked in columns.values()), default=0)
        if fullest > STACK:
            width = max(width, metrics.horizontalAdvance(f"+{fullest - STACK}") + 6.0)
            columns = self._columns(positions, width)
        self.column_width = width
        top = self._axis_y() + AXIS
        self.markers = []
        for bucket, stacked in sorted(columns.items()):
            x = bucket * width + (width - DOT) / 2
            for level in range(min(len(stacked), STACK)):
                rect = QRectF(x, top + level * (DOT + 2), DOT, DOT)
                last = level == STACK - 1
                group = stacked[level:] if last else [stacked[level]]
                self.markers.append(Marker(rect, group, len(stacked) - STACK if last else 0))
        if self.height() != int(self._axis_y()) + AXIS + STACK * (DOT + 2) + 34:
            self._height()

    def resizeEvent(self, event) -> None:
        self._place()
        super().resizeEvent(event)

    def marker_at(self, pos) -> Marker | None:
        return next((m for m in self.markers if m.rect.adjusted(-2, -2, 2, 2).contains(pos)), None)

    # -- drawing -------------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = QFontMetrics(self.font())
        self._draw_phases(painter, metrics)
        self._draw_axis(painter, metrics)
        self._draw_markers(painter)
        self._draw_today(painter, metrics)
        self._draw_legend(painter, metrics)
        painter.end()

    def _draw_phases(self, painter: QPainter, metrics: QFontMetrics) -> None:
        for index, ((rect, p), label_x) in enumerate(zip(self.phase_rects, self.label_x, strict=True)):
            current = p.contains(self.today)
            painter.setPen(QPen(QColor("#5b7fb0" if current else "#b8c4d6"), 2 if current else 1))
            painter.setBrush(QColor(PHASE_COLOURS[index % len(PHASE_COLOURS)]))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor("#222222"))
            # the lane leaves room for the whole name, past the end of a short phase if need be
            text_rect = QRectF(label_x, rect.top(), metrics.horizontalAdvance(p.name) + 4, rect.height())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, p.name)

    def axis_labels(self, metrics: QFontMetrics) -> list[tuple[float, float, str]]:
        """The axis's month labels as drawn — (left, right, text) — every ``n`` months as room allows,
        the first always, and none closer than 6 px to the one before (no "2026年6月7月")."""
        months = (self.last.year - self.first.year) * 12 + self.last.month - self.first.month + 1
        pixels = max(self.width() - 2 * MARGIN, 1) / max(months, 1)
        label_every = next(
            (n for n in (1, 2, 3, 6, 12, 24, 60) if n * pixels >= metrics.horizontalAdvance("2025年12月") + 8), 120
        )
        labels: list[tuple[float, float, str]] = []
        day, index = self.first, 0
        while day <= self.last:
            if (day.month - 1) % label_every == 0 or index == 0:
                major = day.month == 1 or index == 0
                text = f"{day.year}年{day.month}月" if major else f"{day.month}月"
                left = self.x_of(day) + 2
                if not labels or left >= labels[-1][1] + 6:
                    labels.append((left, left + metrics.horizontalAdvance(text), text))
                elif major and len(labels) == 1:  # a year's first month over the odd first one
                    labels[-1] = (left, left + metrics.horizontalAdvance(text), text)
            day, index = _next_month(day), index + 1
        return labels

    def _draw_axis(self, painter: QPainter, metrics: QFontMetrics) -> None:
        y = self._axis_y()
        painter.setPen(QPen(QColor("#555555"), 1))
        painter.drawLine(int(self.x_of(self.first)), int(y), int(self.x_of(self.last)), int(y))
        day, index = self.first, 0
        while day <= self.last:
            x = self.x_of(day)
            major = day.month == 1 or index == 0
            painter.drawLine(int(x), int(y), int(x), int(y + (6 if major else 3)))
            day, index = _next_month(day), index + 1
        for left, _right, text in self.axis_labels(metrics):
            painter.drawText(int(left), int(y + 6 + metrics.ascent()), text)

    def _draw_markers(self, painter: QPainter) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        for m in self.markers:
            t = m.tasks[0]
            painter.setBrush(QColor(MARKER_COLOURS.get(t.shown_status, OPEN_COLOUR)))
            if t.supervised:
                painter.drawRect(m.rect)  # 督办: a square
            else:
                painter.drawEllipse(m.rect)
            if m.more:
                painter.setPen(QColor("#333333"))
                half = self.column_width / 2
                label = QRectF(m.rect.center().x() - half, m.rect.bottom() + 1, 2 * half, 14)
                painter.drawText(label, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, f"+{m.more}")
                painter.setPen(Qt.PenStyle.NoPen)

    def _draw_today(self, painter: QPainter, metrics: QFontMetrics) -> None:
        if not self.first <= self.today <= self.last:
            return
        x = self.x_of(self.today)
        painter.setPen(QPen(QColor("#c62828"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(int(x), MARGIN - 4, int(x), self.height() - 20)
        painter.setPen(QColor("#c62828"))
        text = self.tr("Today")
        painter.drawText(int(min(x + 3, self.width() - metrics.horizontalAdvance(text) - 2)), MARGIN - 1, text)

    def _draw_legend(self, painter: QPainter, metrics: QFontMetrics) -> None:
        y = self.height() - 8
        x = MARGIN
        entries = [
            (OPEN_COLOUR, self.tr("open")),
            (MARKER_COLOURS[STATUS_OVERDUE], STATUS_OVERDUE),
            (MARKER_COLOURS[STATUS_DONE], STATUS_DONE),
            (MARKER_COLOURS[STATUS_PAUSED], STATUS_PAUSED),
        ]
        for colour, text in entries:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawEllipse(QRectF(x, y - DOT, DOT, DOT))
            painter.setPen(QColor("#333333"))
            painter.drawText(int(x + DOT + 4), int(y), text)
            x += DOT + 12 + metrics.horizontalAdvance(text)
        notes = [self.tr("■ 督办")]
        if self.undated:
            notes.append(self.tr("{0} task(s) without a date (长期坚持, 每季度 …) are not drawn").format(self.undated))
        painter.drawText(int(x), int(y), "　".join(notes))

    # -- mouse ---------------------------------------------------------------------------------------
    def tooltip_at(self, pos) -> str:
        """The tasks of the marker under ``pos``, or the phase with its dates."""
        marker = self.marker_at(pos)
        if marker:
            return self.tooltip_text(marker)
        for rect, p in self.phase_rects:
            if rect.contains(pos):
                days = (p.end - p.start).days + 1
                return self.tr("{0}: {1} – {2} ({3} days)").format(p.name, p.start, p.end, days)
        return ""

    def tooltip_text(self, marker: Marker) -> str:
        lines = [f"{t.code} {t.title}（{t.shown_deadline}，{t.shown_status}）" for t in marker.tasks]
        return "\n".join(lines[:12] + ([self.tr("… and {0} more").format(len(lines) - 12)] if len(lines) > 12 else []))

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event) -> None:
        over = self.marker_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def mousePressEvent(self, event) -> None:
        marker = self.marker_at(event.position())
        if marker and event.button() == Qt.MouseButton.LeftButton:
            self.task_clicked.emit(marker.tasks[0].code)
