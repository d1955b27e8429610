"""The main window on the small demo campaign, as the GUI tests share it."""

import pytest

from desktop_app.gui.app import open_main_window
from desktop_app.gui.worker import wait_idle


@pytest.fixture
def window(qtbot, qapp, demo_db):
    from desktop_app.gui.qt import Qt

    win = open_main_window(demo_db, qapp)
    qtbot.addWidget(win)
    win.setWindowState(Qt.WindowState.WindowNoState)  # opened maximised on a small screen: the tests' size
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    wait_idle()  # background work ends before the database closes
