"""One set of figures, stated once, found alike on 首页, the task page, ``tasks list --json`` and the
bulletin: every surface counts tasks by the rules of ``services.tasks``."""

import datetime as dt
import json
import subprocess

from sqlalchemy import update

from desktop_app.gui.qt import QTextDocument
from desktop_app.services import bulletin, tasks
from desktop_app.storage.models import Task
from tests.conftest import run_cli

TODAY = dt.date.today()  # the command line has no other day than today

# The demo's 24 tasks (two group rows head them and are no tasks), set up below as:
STATUS = {"G1-04": "已完成", "G1-12": "已完成", "G2-09": "暂缓", "G1-02": "暂缓"}
DUE = {  # days from today; every other task is due in 100 days
    "G1-01": -30,  # open: overdue
    "G1-11": -5,  # in progress: overdue
    "G2-10": -1,  # open: overdue
    "G1-12": -10,  # done: not overdue
    "G2-09": -10,  # paused: not overdue
    "G1-02": 5,  # paused: not due soon
    "G2-11": 7,  # open: due soon
}
FIGURES = {
    "tasks": 24,
    "未开始": 11,
    "进行中": 6,
    "已完成": 2,
    "暂缓": 2,
    "已逾期": 3,
    "supervised": 1,
    "share": 8,  # 2 of 24 done
}
OVERDUE = ["G1-01", "G1-11", "G2-10"]  # oldest deadline first
DUE_SOON = ["G2-11"]


def _set_up(db):
    with db.session() as session:
        session.execute(update(Task).values(deadline=TODAY + dt.timedelta(days=100), deadline_text=""))
        for code, days in DUE.items():
            session.execute(update(Task).where(Task.code == code).values(deadline=TODAY + dt.timedelta(days=days)))
    for code, status in STATUS.items():
        tasks.set_status(db, code, status)
    tasks.supervise(db, "G1-01", True, "市政府督办")


def _plain(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def test_home_task_page_command_line_and_bulletin_agree(window, demo_db, tmp_path):
    _set_up(demo_db)

    # 首页
    home = window.show_page("home")
    home.today = TODAY
    home.refresh()
    tile = next(t for t in home.tiles if t.caption.text() == "项任务")
    assert tile.value.text() == str(FIGURES["tasks"])
    by_status = _plain(home.task_labels[0].text())
    for status in ("未开始", "进行中", "已完成", "暂缓", "已逾期"):
        assert f"{status}\n{FIGURES[status]}" in by_status, (status, by_status)
    overdue_text = _plain(home.task_labels[1].text())
    assert [code for code in OVERDUE if code in overdue_text] == OVERDUE
    soon_text = _plain(home.task_labels[2].text())
    assert "G2-11" in soon_text and "G1-02" not in soon_text  # a paused task is not due soon

    # the task page
    page = window.show_page("tasks")
    page.proxy.today = TODAY
    page.refresh()
    assert page.count.text() == f"显示 {FIGURES['tasks']} / {FIGURES['tasks']} 项任务，已逾期 {FIGURES['已逾期']} 项"
    page.proxy.set_filters(status="已逾期")
    assert sorted(t.code for t in page.shown_tasks()) == sorted(OVERDUE)
    page.proxy.set_filters(status="", due_within=14)
    assert [t.code for t in page.shown_tasks()] == DUE_SOON

    # the command line
    listed = json.loads(run_cli("tasks", "list", "--json", data_dir=demo_db.data_dir).stdout)
    counted = [t for t in listed if t["counted"]]
    assert len(counted) == FIGURES["tasks"] and len(listed) == FIGURES["tasks"] + 2
    for status in ("未开始", "进行中", "已完成", "暂缓", "已逾期"):
        assert sum(t["shown_status"] == status for t in counted) == FIGURES[status], status
    assert sorted(t["code"] for t in counted if t["overdue"]) == sorted(OVERDUE)
    assert sum(t["supervised"] for t in counted) == FIGURES["supervised"]

    # the bulletin, dated today
    month = f"{TODAY:%Y-%m}"
    bulletin.save_text(demo_db, bulletin.BulletinText(month, issue_date=TODAY))
    content = bulletin.build(demo_db, month)
    f = content.figures
    assert (f["tasks"], f["done"], f["in_progress"], f["overdue"], f["supervised"], f["share"]) == (
        FIGURES["tasks"],
        FIGURES["已完成"],
        FIGURES["进行中"],
        FIGURES["已逾期"],
        FIGURES["supervised"],
        FIGURES["share"],
    )
    assert [row[0] for row in content.overdue_tasks] == OVERDUE
    made = bulletin.generate(demo_db, month, tmp_path / "通报.pdf")
    text = subprocess.run(["pdftotext", str(made.pdf), "-"], capture_output=True, text=True, check=True).stdout
    sentence = "".join(text.split())
    expected = (
        f"实施方案共分解任务{FIGURES['tasks']}项，已完成{FIGURES['已完成']}项，进行中{FIGURES['进行中']}项，"
        f"逾期{FIGURES['已逾期']}项，督办{FIGURES['supervised']}项，任务完成率{FIGURES['share']}%"
    )
    assert expected in sentence
