"""What a hurried or unlucky clerk does: 5,000 characters pasted into a name, 保存 pressed three times,
the window closed while an import runs. Nothing is half-saved and the message says what happened."""

import pytest

from desktop_app.gui.worker import wait_idle
from desktop_app.services import campaigns, tasks
from tests.seed_tasks import task_workbook


def test_a_pasted_page_of_text_as_the_campaign_s_name_is_refused_whole(window, demo_db, prompter):
    before = campaigns.get(demo_db)
    page = window.show_page("settings")
    page.name.setText("昌都市创建国家食品安全示范城市" * 350)  # 5,250 characters, pasted by mistake
    for _ in range(3):  # 保存 pressed three times
        page.save_button.click()
    errors = [s for s in prompter.shown if s.kind == "error"]
    assert len(errors) == 3 and all("5250" in "".join(s.details) and "100" in "".join(s.details) for s in errors)
    after = campaigns.get(demo_db)
    assert (after.name, after.report_due_day, after.phases) == (before.name, before.report_due_day, before.phases)


def test_save_pressed_three_times_keeps_one_change(window, demo_db):
    page = window.show_page("tasks")
    task = next(t for t in page.model.tasks if not t.is_group and t.status != "已完成")
    page.select(task.code)
    page.status_box.setCurrentText("进行中")
    page.progress_box.setValue(40)
    page.note_edit.setText("已完成3家试点建设")
    for _ in range(3):
        page.save_button.click()
    events = tasks.history(demo_db, task.code)
    assert sum("已完成3家试点建设" in e.note for e in events) == 1  # the note once, not three times
    assert sum(e.kind == "progress" for e in events) == 1


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_closing_the_window_during_an_import_leaves_all_or_nothing(window, qtbot, demo_db, tmp_path, prompter):
    from desktop_app.services import task_import

    before = {t.code for t in tasks.list_tasks(demo_db)}
    prompter.dialog = lambda dialog: True
    page = window.show_page("tasks")
    page.import_file(task_workbook(tmp_path / "任务.xlsx"), task_import.import_tasks)
    prompter.answer = False
    window.close()  # while the table is read in the background: asked first
    asked = prompter.shown[-1].text
    assert "仍在进行" in asked and window.isVisible()  # declined: the window stays
    prompter.answer = True
    window.close()
    assert not window.isVisible()
    wait_idle()
    qtbot.wait(50)
    after = {t.code for t in tasks.list_tasks(demo_db)}
    assert after == before or len(after - before) > 10  # none of the table, or the whole of it
