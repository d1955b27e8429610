"""The 自查自评 page's inspections and readiness tabs, driven as a clerk would: a finding recorded shows on
首页 and in the bulletin's 存在问题 until rectified; the readiness view follows the evidence's review and
leads to the records behind each line."""

import datetime as dt

from desktop_app.gui.pages.findings import InspectionDialog

TASK = "G1-01"  # a task of the demo plan


def _fill_finding(dialog):
    assert isinstance(dialog, InspectionDialog)
    dialog.kind.setCurrentText("明察暗访")
    dialog.unit.setCurrentText("市教育局")
    dialog.text.setPlainText("学校食堂晨检记录缺失")
    dialog.item.setText("85")
    dialog.deadline.setText("2026-11-10")
    dialog.task.setText(TASK)
    return True


def test_a_finding_shows_on_home_and_in_the_bulletin_until_rectified(window, qtbot, demo_db, prompter, tmp_path):
    from desktop_app.gui.worker import wait_idle
    from desktop_app.services import bulletin, evidence

    page = window.show_page("assessment")
    page.tabs.setCurrentWidget(page.findings)
    prompter.dialog = _fill_finding
    page.findings.add_button.click()
    view = page.findings
    shown = view.table.model()
    assert shown.rowCount() == 1 and shown.index(0, 4).data() == "学校食堂晨检记录缺失"
    assert "逾期" in shown.index(0, 6).data() and shown.index(0, 2).data() == "(85)"
    assert shown.index(0, 3).data() == TASK
    home = window.show_page("home")
    assert "学校食堂晨检记录缺失" in home.task_labels[1].text()
    tasks_page = window.show_page("tasks")
    tasks_page.late_findings.setChecked(True)  # the task page's filter: tasks with findings rectified late
    assert tasks_page.proxy.rowCount() == 1 and tasks_page.proxy.index(0, 0).data() == TASK
    tasks_page.late_findings.setChecked(False)

    page = window.show_page("assessment")  # the rectification's evidence, filed under the finding's item
    (tmp_path / "晨检记录.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    view.select(view.shown[0].id)
    prompter.files = [str(tmp_path / "晨检记录.pdf")]
    view.files_button.click()
    assert wait_idle()
    qtbot.waitUntil(lambda: shown.rowCount() == 1 and shown.index(0, 8).data() == "1", timeout=10_000)
    filed = evidence.list_evidence(demo_db)
    assert [(e.item, e.unit) for e in filed] == [(85, "市教育局")]
    assert any("学校食堂晨检记录缺失" in text for _u, text, _d in bulletin.build(demo_db, "2026-11").late_findings)

    page = window.show_page("assessment")  # rectified and closed on the page: gone from both
    view.select(view.shown[0].id)
    view.status.setCurrentText("已销号")
    view.note.setText("已补齐晨检记录")
    view.save_button.click()
    assert shown.rowCount() == 0  # the list shows what is not yet rectified
    view.open_only.setChecked(False)
    assert shown.index(0, 6).data() == "已销号" and shown.index(0, 7).data() == "已补齐晨检记录"
    assert "学校食堂晨检记录缺失" not in window.show_page("home").task_labels[1].text()
    assert bulletin.build(demo_db, "2026-11").late_findings == []


def test_a_finding_that_names_no_known_unit_is_refused_and_nothing_kept(window, demo_db, prompter):
    from desktop_app.services import findings

    page = window.show_page("assessment")
    page.tabs.setCurrentWidget(page.findings)

    def fill(dialog):
        _fill_finding(dialog)
        dialog.unit.setCurrentText("市教育厅")
        return True

    prompter.dialog = fill
    page.findings.add_button.click()
    assert any("市教育厅" in s.text + "".join(s.details) for s in prompter.shown)
    assert findings.list_findings(demo_db) == []


def _line(view, section, words):
    top = view.section_item(section)
    for i in range(top.childCount()):
        if words in top.child(i).text(0):
            return top.child(i)
    return None


def _two_overdue_tasks_for_item(db, no):
    """Two of the demo's tasks serve item ``no`` and were due at the start of the year."""
    from sqlalchemy import select

    from desktop_app.storage.models import ItemRow, Task, TaskItem

    with db.session() as session:
        item_id = session.scalar(select(ItemRow.id).where(ItemRow.no == no))
        for task in session.scalars(select(Task).where(Task.parent_id.is_not(None)).order_by(Task.id).limit(2)):
            task.deadline, task.status = dt.date(2026, 1, 31), "进行中"
            session.add(TaskItem(task_id=task.id, item_id=item_id))


def test_the_readiness_view_follows_the_review_and_opens_the_records(window, qtbot, demo_db, prompter, tmp_path):
    from desktop_app.services import evidence, tasks

    (tmp_path / "会议纪要.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    added = evidence.add_files(demo_db, [tmp_path / "会议纪要.pdf"], item=1, unit="市食安办")
    page = window.show_page("assessment")
    page.tabs.setCurrentWidget(page.readiness)
    view = page.readiness
    assert _line(view, "unreviewed", "（1）") is not None and _line(view, "no_evidence", "（1）") is None
    assert _line(view, "no_evidence", "（2）") is not None
    evidence.review(demo_db, [r.id for r in added.added], "合格")
    page.refresh()
    assert _line(view, "unreviewed", "（1）") is None  # reviewed: the line has gone

    view.tree.itemActivated.emit(_line(view, "no_evidence", "（2）"), 0)
    assert window.current_page().key == "evidence"

    _two_overdue_tasks_for_item(demo_db, 85)
    overdue = [t for t in tasks.list_tasks(demo_db) if t.counted and t.overdue and t.items]
    assert len(overdue) == 2  # the line of item (85) opens them on the task page
    no = 85
    page = window.show_page("assessment")
    page.tabs.setCurrentWidget(page.readiness)
    view.tree.itemActivated.emit(_line(view, "tasks", f"（{no}）"), 0)
    shown = window.current_page()
    assert shown.key == "tasks" and shown.item_chip.isVisible() and shown.proxy.item == no
    assert shown.proxy.rowCount() == sum(1 for t in overdue if no in t.items)
    shown.item_chip.click()
    assert shown.proxy.item is None and not shown.item_chip.isVisible()


def test_measure_snapshot_and_report_from_the_page(window, qtbot, demo_db, prompter, tmp_path):
    from desktop_app.gui.pages.assessment_dialogs import MeasureDialog, ReportDialog
    from desktop_app.gui.worker import wait_idle
    from desktop_app.services import archive, assessment, evidence, metrics

    page = window.show_page("assessment")
    page.tabs.setCurrentIndex(0)

    def measure(dialog):
        assert isinstance(dialog, MeasureDialog)
        dialog.target.setCurrentIndex(dialog.target.findData("M04"))
        dialog.value.setText("82")
        dialog.period.setText("2026")
        dialog.source.setText("第三方测评报告")
        prompter.files = [str(tmp_path / "满意度测评报告.pdf")]
        dialog.files_button.click()  # the report the value comes from, filed as evidence
        return True

    (tmp_path / "满意度测评报告.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    prompter.dialog = measure
    page.measure_button.click()
    assert wait_idle()
    qtbot.waitUntil(lambda: page.spins[("24", 0)].value() == 10, timeout=10_000)
    assert "10" in page.category_rows["四"].text(2)
    filed = metrics.evidence_of(demo_db, "M04", "2026")
    assert [(e.item, e.title) for e in evidence.records(demo_db, filed)] == [(73, "满意度测评报告")]
    prompter.texts = ["自查1"]
    page.snapshot_button.click()
    assert assessment.snapshot_names(demo_db)[0][0] == "自查1"
    prompter.texts = ["自查1"]
    page.snapshot_button.click()  # the same name again: told, nothing kept
    assert any("自查1" in s.text for s in prompter.shown) and len(assessment.snapshot_names(demo_db)) == 1
    page.spins[("1", 0)].setValue(2)
    assert "较“自查1”+2" in page.total.text()  # the change since the latest snapshot

    def choose(dialog):
        assert isinstance(dialog, ReportDialog)
        dialog.content.setCurrentIndex(dialog.content.findData("自查1"))
        dialog.with_xlsx.setChecked(True)
        return True

    prompter.dialog = choose
    prompter.files = [str(tmp_path / "自评.pdf")]
    page.report_button.click()
    assert wait_idle()
    qtbot.waitUntil(lambda: "自评.pdf" in page.status.text(), timeout=10_000)
    assert (tmp_path / "自评.pdf").read_bytes().startswith(b"%PDF") and (tmp_path / "自评.xlsx").exists()
    assert any("自查1" in r.title for r in archive.listed(demo_db))
    assert ("open", str(tmp_path / "自评.pdf")) in prompter.opened


def test_link_the_evidence_and_tasks_a_score_rests_on(window, demo_db, prompter, tmp_path):
    from desktop_app.gui.pages.assessment_dialogs import LinkDialog
    from desktop_app.gui.qt import Qt
    from desktop_app.services import assessment, evidence

    (tmp_path / "纪要.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    record = evidence.add_files(demo_db, [tmp_path / "纪要.pdf"], item=1, unit="市食安办").added[0].id
    page = window.show_page("assessment")
    page.tabs.setCurrentIndex(0)
    page.spins[("1", 0)].setValue(2.5)
    page.tree.setCurrentItem(page.category_rows["一"].child(0))

    def tick(dialog):
        assert isinstance(dialog, LinkDialog)
        dialog.evidence.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.tasks.item(0).setCheckState(Qt.CheckState.Checked)
        return True

    prompter.dialog = tick
    page.link_button.click()
    evidence_ids, task_codes = assessment.links(demo_db)[("1", 0)]
    assert evidence_ids == [record] and len(task_codes) == 1 and "1 " in page.status.text()


def test_a_finding_saved_stays_chosen(window, demo_db, tmp_path):
    """Saving a finding's state tells the window (the other pages read anew when shown) and keeps the
    finding chosen, not read away under the clerk's hand."""
    from tests.conftest import import_findings

    import_findings(demo_db, tmp_path, ("市教育局", "学校食堂晨检记录缺失", "2026-11-10"), ("市公安局", "台账不全", ""))
    page = window.show_page("assessment")
    page.tabs.setCurrentWidget(page.findings)
    view = page.findings
    view.refresh()
    chosen = view.shown[1]
    view.select(chosen.id)
    view.note.setText("正在补齐")
    view.save_button.click()
    assert view.current() is not None and view.current().id == chosen.id and view.current().note == "正在补齐"
