"""Two clerks on one campaign: a save over a change the other made meanwhile is refused with what
changed and by whom, and nothing is lost — on the SQLite file and, with two clients at once on the
same row, on a PostgreSQL server."""

import pytest
from sqlalchemy import select

from desktop_app.core import roles
from desktop_app.core.errors import KnownError
from desktop_app.services import evidence, side_by_side, tasks, units
from desktop_app.storage.database import Database, LoggedIn
from desktop_app.storage.models import Task
from tests.conftest import build_demo


def _clerks(first: Database, *, url: str | None = None):
    second = Database.open(first.data_dir, url=url or (None if first.is_sqlite else first.url), create=True)
    first.user = LoggedIn("王录入", roles.CLERK)
    second.user = LoggedIn("李录入", roles.CLERK)
    return first, second


def test_the_second_save_is_told_what_changed_and_by_whom(demo_db):
    wang, li = _clerks(demo_db)
    try:
        task = next(t for t in tasks.list_tasks(wang) if not t.is_group)
        seen_by_li = next(t for t in tasks.list_tasks(li) if t.code == task.code)  # both have the list open
        tasks.set_status(wang, task.code, "进行中", progress=40, version=task.version)
        with pytest.raises(side_by_side.ChangedMeanwhile) as refused:
            tasks.set_status(li, task.code, "已完成", version=seen_by_li.version)
        message = refused.value.message
        assert task.code in message and "王录入" in message and "进行中" in message and "40%" in message
        now = next(t for t in tasks.list_tasks(li) if t.code == task.code)
        assert (now.status, now.progress) == ("进行中", 40)  # 王录入's change kept, nothing overwritten
        tasks.set_status(li, task.code, "已完成", version=now.version)  # after reloading, it goes through
        assert next(t for t in tasks.list_tasks(wang) if t.code == task.code).status == "已完成"
        with pytest.raises(side_by_side.ChangedMeanwhile):
            tasks.supervise(wang, task.code, True, "月底前完成", version=task.version)
        with pytest.raises(side_by_side.ChangedMeanwhile):
            tasks.extend(wang, task.code, "2027年12月底前", "等待验收", version=task.version)
    finally:
        li.close()


def test_units_and_evidence_records_are_saved_only_as_read(demo_db, tmp_path):
    wang, li = _clerks(demo_db)
    try:
        unit = units.find(wang, "市教育局")
        seen_by_li = units.find(li, "市教育局")
        units.update(wang, unit.id, _record(unit, liaison="张联络"), version=unit.version)
        with pytest.raises(side_by_side.ChangedMeanwhile) as refused:
            units.update(li, unit.id, _record(seen_by_li, phone="0895-1234567"), version=seen_by_li.version)
        assert "市教育局" in refused.value.message and "王录入" in refused.value.message
        with pytest.raises(side_by_side.ChangedMeanwhile):
            units.set_active(li, unit.id, False, version=seen_by_li.version)
        now = units.find(li, "市教育局")
        assert now.liaison == "张联络" and now.active  # 王录入's change kept
        units.update(li, unit.id, _record(now, phone="0895-1234567"), version=now.version)
        assert units.find(wang, "市教育局").liaison == "张联络"

        paper = tmp_path / "会议纪要.txt"
        paper.write_text("食安委全体会议纪要", encoding="utf-8")
        evidence.add_files(wang, [paper], item=1, unit="市食安办")
        filed = evidence.list_evidence(wang)[0]
        seen = evidence.get(li, filed.id)
        meta = evidence.EvidenceMeta(title="食安委全体会议纪要（定稿）")
        evidence.update(wang, filed.id, meta, item=1, unit="市食安办", version=filed.version)
        with pytest.raises(side_by_side.ChangedMeanwhile) as refused:
            evidence.update(
                li, filed.id, evidence.EvidenceMeta(title="另一个标题"), item=1, unit=None, version=seen.version
            )
        assert "王录入" in refused.value.message
        assert evidence.get(li, filed.id).title == "食安委全体会议纪要（定稿）"
    finally:
        li.close()


def _record(unit, **changes):
    fields = {k: v for k, v in unit.to_json().items() if k not in ("id", "active", "version", "to_check")}
    return units.UnitRecord(**{**fields, **changes})


def test_two_clients_at_once_on_the_same_row_of_a_server(pg_cluster, tmp_path):
    url = pg_cluster.new_database()
    wang = Database.open(tmp_path / "pc1", url=url, create=True)
    build_demo(wang)
    wang, li = _clerks(wang, url=url)
    try:
        code = next(t.code for t in tasks.list_tasks(wang) if not t.is_group)
        with pytest.raises(KnownError, match="刚被他人保存"), li.session() as session:
            row = session.scalars(select(Task).where(Task.code == code)).one()  # 李录入 reads the row …
            row.progress = 10
            tasks.set_status(wang, code, "进行中", progress=70)  # … 王录入 saves it first …
            session.flush()  # … and 李录入's save finds the row changed
        now = next(t for t in tasks.list_tasks(li) if t.code == code)
        assert (now.status, now.progress, now.version) == ("进行中", 70, 2)
    finally:
        li.close()
        wang.close()
