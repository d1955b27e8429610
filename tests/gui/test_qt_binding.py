"""The Qt binding keeps Python's reference counts: a void method must not take a reference to
None away (PySide6 6.12.0 did on Python 3.11, and the program aborted after some thousands of
painted shapes)."""

import sys

from desktop_app.gui.qt import QColor, QImage, QLabel, QPainter, QRectF


def test_void_methods_keep_nones_count(qapp):
    label = QLabel()
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(200):
            label.setText("食安")
            painter.setBrush(QColor("#c62828"))
            painter.drawEllipse(QRectF(1, 1, 9, 9))
        after = sys.getrefcount(None)
    finally:
        painter.end()
    assert after - before > -100, f"None lost {before - after} references in 600 calls"
