"""The first hour: after the wizard 首页 lists what to do next, ticked from the data, until done or hidden."""

import datetime as dt

from desktop_app.services.reads.first_steps import first_steps


def _open(qtbot, qapp, db):
    from desktop_app.gui.app import open_main_window
    from desktop_app.gui.qt import Qt

    win = open_main_window(db, qapp)
    qtbot.addWidget(win)
    win.setWindowState(Qt.WindowState.WindowNoState)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_first_steps_are_ticked_from_the_data_and_can_be_hidden(qtbot, qapp, db, tmp_path, prompter):
    from desktop_app.core.units import UnitRecord
    from desktop_app.gui.worker import wait_idle
    from desktop_app.services import backup, campaigns, evidence, monthly, rounds, units
    from desktop_app.services.reads.first_steps import STEPS

    campaigns.create(db, name="开州区创建", region="开州区", population=1_000_000, start=dt.date(2025, 6, 1))
    assert [s.done for s in first_steps(db)] == [False] * len(STEPS)
    win = _open(qtbot, qapp, db)
    try:
        home = win.show_page("home")
        assert home.steps_box.isVisible() and "已完成 0/6 项" in home.steps_label.text()
        assert "导入成员单位" in home.steps_label.text() and "设置备份" in home.steps_label.text()
        home.steps_label.linkActivated.emit("units")  # a step's link goes to the page that does it
        assert win.current_page().key == "units"
        units.add(db, UnitRecord(name="区市场监管局", kind="部门"))
        rounds.set_tracked_since(db, dt.date(2026, 11, 1))
        monthly.write_templates(db, dt.date.today().strftime("%Y-%m"), tmp_path / "下发")
        (tmp_path / "方案.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
        evidence.add_files(db, [tmp_path / "方案.pdf"], item=1, unit="区市场监管局")
        done = {s.key for s in first_steps(db) if s.done}
        assert done == {"units", "cycle", "forms", "evidence"}
        home = win.show_page("home")
        home.refresh()
        assert (
            "已完成 4/6 项" in home.steps_label.text()
            and "✓ 导入成员单位" in home.steps_label.text()
            and "○ <a" in home.steps_label.text()
        )
        backup.create(db, tmp_path / "备份.fsdbak")
        prompter.answer = False
        home.hide_first_steps()  # asked, declined: still there
        assert home.steps_box.isVisible()
        prompter.answer = True
        home.hide_first_steps()
        assert not home.steps_box.isVisible() and first_steps(db) == []
        home.refresh()
        assert not home.steps_box.isVisible()
    finally:
        wait_idle()
        win.close()
