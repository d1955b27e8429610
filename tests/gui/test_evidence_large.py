"""50,000 records: the list knows its length at once and loads only the rows it shows."""

import pytest

from desktop_app.gui.app import open_main_window
from desktop_app.gui.worker import wait_idle

pytestmark = pytest.mark.slow


def test_the_list_of_50000_records_is_lazy(qtbot, qapp, large_dir):
    from desktop_app.storage.database import Database

    db = Database.open(large_dir)
    try:
        window = open_main_window(db, qapp)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        page = window.show_page("evidence")
        model = page.model
        assert model.rowCount() == 50_000
        qtbot.wait(50)
        assert model.pages_loaded <= 2  # only what the window shows
        page.table.scrollToBottom()
        qtbot.wait(50)
        last = page.table.model().index(49_999, 2)
        assert page.table.visualRect(last).isValid()
        assert model.data(last).endswith("第1号")  # the oldest record, at the end
        assert model.pages_loaded <= 4
        assert len(model._pages) <= model.KEEP_PAGES
        page.table.selectRow(0)  # the demo's records have real files: the preview shows the PDF's page
        qtbot.waitUntil(lambda: page.detail.pictures_layout.count() > 0, timeout=10_000)
        assert page.detail.preview.currentWidget() is not page.detail.nothing
        page.search.setText("台账")
        page.reload()
        assert 0 < model.rowCount() <= 500
        window.close()
    finally:
        wait_idle()
        db.close()
