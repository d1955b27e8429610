"""No change by a scrolling wheel: a combo box, spin box, date edit or slider takes the mouse wheel only
when the clerk has given it focus (a click, the keyboard); otherwise the wheel scrolls the page it is on,
as it would over a label. Qt turns any of them under the pointer by the wheel, and a page that saves on
change (设置) would save each notch. One filter on the application covers every page and dialog."""

from __future__ import annotations

from desktop_app.gui.qt import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QEvent,
    QObject,
    QScrollBar,
)

_GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, _GUARDED) or watched.hasFocus():
            return False
        if isinstance(watched, QScrollBar):
            return False  # a scroll bar is what scrolls
        area = watched.parent()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parent()
        if area is not None:  # the page scrolls, as it would over anything else on it
            QApplication.sendEvent(area.viewport(), event)
        return True


def install(app: QApplication) -> None:
    """Guard every widget of ``app`` (once)."""
    if getattr(app, "_fsd_wheel_guard", None) is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
        app._fsd_wheel_guard = guard  # type: ignore[attr-defined]
