"""Pages whose capability is still to come: they say what will be there, never a blank."""

from __future__ import annotations

from desktop_app.gui.pages.base import Page
from desktop_app.gui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QFrame, QLabel, Qt, QVBoxLayout


def N(text: str) -> str:
    return QT_TRANSLATE_NOOP("Placeholder", text)


def _t(text: str) -> str:
    return QCoreApplication.translate("Placeholder", text)


PLANNED = {
    "reports": (
        N("Reports"),
        N("Every generated report, archived with its date and fingerprint, ready to print again."),
        [
            N("Monthly bulletins, reminder notices and self-assessment reports"),
            N("Excel copies of every report table"),
        ],
    ),
}


class PlaceholderPage(Page):
    def __init__(self, db, key: str, parent=None):
        super().__init__(db, parent)
        self.key = key
        _title, summary, bullets = PLANNED[key]
        self._title = _t(_title)
        self.heading.setText(self._title)
        frame = QFrame()
        frame.setObjectName("placeholderFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(
            "<p style='font-size:12pt'>{}</p><p><b>{}</b></p><ul>{}</ul>".format(
                _t(summary),
                _t("Coming in a later version of this program:"),
                "".join(f"<li style='margin-bottom:6px'>{_t(b)}</li>" for b in bullets),
            )
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(20, 16, 20, 16)
        inner.addWidget(text)
        self.layout_.addWidget(frame)
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self._title
