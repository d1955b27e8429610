"""A metric's values over its periods as a line, with its target as a dashed line (QPainter)."""

from __future__ import annotations

from desktop_app.gui.qt import QColor, QPainter, QPen, QPointF, QRectF, QSize, Qt, QWidget


class TrendLine(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.points: list[tuple[str, float]] = []
        self.target: float | None = None
        self.unit = ""
        self.setMinimumHeight(120)

    def sizeHint(self) -> QSize:
        return QSize(360, 140)

    def show_values(self, points: list[tuple[str, float]], target: float | None, unit: str) -> None:
        self.points, self.target, self.unit = list(points), target, unit
        self.update()

    def paintEvent(self, event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(40, 12, -16, -26)
        painter.setPen(QColor("#999"))
        painter.drawRect(area)
        if not self.points:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No values recorded yet"))
            return
        values = [v for _, v in self.points] + ([self.target] if self.target is not None else [])
        low, high = min(0.0, min(values)), max(values) * 1.1 or 1.0
        step = area.width() / max(1, len(self.points) - 1)

        def at(index: int, value: float) -> QPointF:
            x = area.left() + (step * index if len(self.points) > 1 else area.width() / 2)
            return QPointF(x, area.bottom() - (value - low) / (high - low) * area.height())

        if self.target is not None:
            pen = QPen(QColor("#b00020"))
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = at(0, self.target).y()
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.drawText(QRectF(0, y - 8, 38, 16), Qt.AlignmentFlag.AlignRight, f"{self.target:g}")
        painter.setPen(QPen(QColor("#1f5f99"), 2))
        for index in range(1, len(self.points)):
            painter.drawLine(at(index - 1, self.points[index - 1][1]), at(index, self.points[index][1]))
        painter.setPen(QColor("#333"))
        for index, (period, value) in enumerate(self.points):
            point = at(index, value)
            painter.drawEllipse(point, 3, 3)
            left = min(max(point.x() - 40, 0.0), self.width() - 80.0)  # a label at either end stays inside
            painter.drawText(QRectF(left, area.bottom() + 4, 80, 16), Qt.AlignmentFlag.AlignCenter, period)
            painter.drawText(QRectF(left, point.y() - 20, 80, 16), Qt.AlignmentFlag.AlignCenter, f"{value:g}")
