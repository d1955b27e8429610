"""Work killed at a moment of its own (SIGKILL, as a power cut or the task manager ends it): a backup
leaves no file that looks like a backup, and its leftovers are reported and removed; an import leaves
every task or none; the history holds either way."""

import signal
import subprocess
import sys
import time

import pytest
from openpyxl import Workbook

from desktop_app.services import backup, evidence, history, tasks
from desktop_app.storage.database import Database
from tests.conftest import run_cli

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only]  # real processes, the data folder's own file


def _killed(data, *args, after):
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(data), *args]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(after)
    child.send_signal(signal.SIGKILL)
    return child.wait()


@pytest.fixture
def filed(tmp_path):
    data = tmp_path / "data"
    assert run_cli("demo", data_dir=data).returncode == 0
    db = Database.open(data)
    try:
        papers = []
        for n in range(8):
            paper = tmp_path / f"材料{n}.pdf"
            paper.write_bytes(bytes([n]) * 8_000_000)
            papers.append(paper)
        evidence.add_files(db, papers, item=85, unit="市教育局")
    finally:
        db.close()
    return data


@pytest.mark.parametrize("after", [0.4, 0.7, 1.0])
def test_a_backup_killed_leaves_no_backup_and_its_leftovers_are_reported(filed, tmp_path, after):
    target = tmp_path / "U盘" / "备份.fsdbak"
    target.parent.mkdir()
    _killed(filed, "backup", "--out", str(target), after=after)
    if target.exists():  # renamed into place (or finished before the kill): then it is whole
        backup.verify(target)
    db = Database.open(filed)
    try:
        report = evidence.verify(db)
        assert not report.missing and not report.altered
        if report.leftovers:
            evidence.repair(db, report)
        assert not evidence.verify(db).leftovers
        assert history.verify(db).ok
    finally:
        db.close()
    again = run_cli("backup", "--out", str(target), data_dir=filed)
    assert again.returncode == 0, again.stderr
    backup.verify(target)
    assert [p.name for p in target.parent.iterdir()] == ["备份.fsdbak"]  # the killed one's part is gone


@pytest.mark.parametrize("after", [0.7, 1.1, 1.5])
def test_an_import_killed_leaves_every_task_or_none(tmp_path, after):
    data = tmp_path / "data"
    assert run_cli("demo", data_dir=data).returncode == 0
    db = Database.open(data)
    try:
        before = len(tasks.list_tasks(db))
    finally:
        db.close()
    wb = Workbook()
    ws = wb.active
    ws.append(["序号", "任务", "牵头单位", "完成时限"])
    for n in range(1, 2001):
        ws.append([f"9.{n}", f"第{n}项新增任务", "市教育局", "2026年12月底前"])
    wb.save(tmp_path / "任务.xlsx")
    _killed(data, "tasks", "import", str(tmp_path / "任务.xlsx"), after=after)
    db = Database.open(data)
    try:
        after_kill = len(tasks.list_tasks(db))
        assert after_kill in (before, before + 2000)
        assert history.verify(db).ok, history.verify(db).lines()
    finally:
        db.close()
