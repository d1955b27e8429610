"""A history that notices what is missing: records with no entry making them, records gone without one
removing them, evidence repointed to another file, the last entries (or all) removed — noticed by the
anchors kept outside the table: the record beside the database, the last backup's manifest, the
printed reports — and a check code read back from a printed report."""

import hashlib
import sqlite3
import subprocess

import pytest

from desktop_app.core.audit_chain import GENESIS, link
from desktop_app.core.units import UnitRecord
from desktop_app.paths import DB_FILE_NAME
from desktop_app.services import backup, bulletin, evidence, history, units
from desktop_app.storage import history_head
from tests.conftest import run_cli


@pytest.fixture
def office(demo_db, tmp_path):
    """A campaign with evidence filed, a bulletin printed, a backup made and a change after it."""
    for n in range(3):
        (tmp_path / f"材料{n}.pdf").write_bytes(f"evidence {n}".encode() * 100)
    evidence.add_files(demo_db, sorted(tmp_path.glob("材料*.pdf")), item=85, unit="市教育局")
    bulletin.generate(demo_db, "2026-10", tmp_path / "通报.pdf")
    backup.create(demo_db, tmp_path / "备份.fsdbak")
    units.add(demo_db, UnitRecord(name="市新设测试局", kind="部门"))
    return demo_db


def _sql(db, *statements):
    con = sqlite3.connect(db.data_dir / DB_FILE_NAME)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def _rechain(db):
    """The chain computed anew with the public formula over what is left, as a forger would."""
    con = sqlite3.connect(db.data_dir / DB_FILE_NAME)
    rows = con.execute("SELECT id, at, actor, action, entity, entity_id, before, after FROM audit_log ORDER BY id")
    previous = GENESIS
    import json

    for eid, at, actor, action, entity, entity_id, before, after in rows.fetchall():
        entry = {
            "at": at.replace(" ", "T"),
            "actor": actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "before": json.loads(before) if before else None,
            "after": json.loads(after) if after else None,
        }
        previous = link(previous, entry)
        con.execute("UPDATE audit_log SET chain = ? WHERE id = ?", (previous, eid))
    con.commit()
    con.close()


def test_an_untouched_history_agrees_with_the_data_and_every_anchor(office):
    verified = history.verify(office)
    assert verified.ok, verified.lines()
    sources = [a.source for a in verified.anchors]
    assert "备份“备份.fsdbak”" in sources and any(s.startswith("报表“") for s in sources)
    if office.is_sqlite:  # a campaign on a server has no file beside it
        assert "数据库文件旁的记录" in sources
        head = history_head.read(office.data_dir)
        assert head is not None and head["chain"] == history.chain_state(office).head
    out = run_cli("audit", "verify", data_dir=office.data_dir)
    assert out.returncode == 0 and f"{len(sources)} 个锚点与之相符" in out.stdout, out.stdout


@pytest.mark.sqlite_only
@pytest.mark.parametrize("removed", [1, 10, "all"])
def test_the_last_entries_removed_are_noticed_by_the_anchors(office, removed):
    """Removing the last entries leaves an unbroken chain; the anchors name an entry no longer there.
    With every entry gone the records have no entry making them either."""
    if removed == "all":
        _sql(office, "DELETE FROM audit_log")
    else:
        _sql(office, f"DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT {removed})")
    verified = history.verify(office)
    assert verified.chain.ok and not verified.ok
    missing = [a for a in verified.anchors if a.entry is None]
    assert any(a.source == "数据库文件旁的记录" for a in missing)
    out = run_cli("audit", "verify", data_dir=office.data_dir)
    assert out.returncode == 1 and "这条记录现已不在" in out.stdout, out.stdout
    if removed == "all":
        assert "共 0 条" in out.stdout and "没有新增它的记录" in out.stdout
        assert len([a for a in missing]) == 3  # the backup and the bulletin anchor earlier entries


@pytest.mark.sqlite_only
def test_a_chain_recomputed_with_the_public_formula_is_caught_by_its_anchors(office):
    _sql(office, "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log ORDER BY id DESC LIMIT 5)")
    _rechain(office)
    verified = history.verify(office)
    assert verified.chain.ok  # the forger made the chain hold
    assert not verified.ok and any(a.entry is None for a in verified.anchors)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("how", ["evidence deleted", "evidence repointed", "unit added", "task deleted"])
def test_records_changed_without_the_history_are_named(office, how):
    con = sqlite3.connect(office.data_dir / DB_FILE_NAME)
    evidence_id = con.execute("SELECT min(id) FROM evidence").fetchone()[0]
    task_id = con.execute("SELECT max(id) FROM task").fetchone()[0]
    con.close()
    if how == "evidence deleted":
        _sql(office, f"DELETE FROM evidence WHERE id = {evidence_id}")
        words = "已不在，却没有删除它的记录"
    elif how == "evidence repointed":
        other = hashlib.sha256(b"another file").hexdigest()
        _sql(
            office,
            "INSERT INTO stored_file (sha256, size, stored_at, text_state) "
            f"VALUES ('{other}', 12, '2026-01-01', 'done')",
            f"UPDATE evidence SET sha256 = '{other}' WHERE id = {evidence_id}",
        )
        words = "所指的文件与操作记录中的不同"
    elif how == "unit added":
        _sql(
            office,
            "INSERT INTO unit (name, key, kind, leader, liaison, phone, note, active, created_at, version) "
            "VALUES ('市影子局', '市影子局', '部门', '', '', '', '', 1, '2026-01-01', 1)",
        )
        words = "没有新增它的记录"
    else:
        _sql(office, "PRAGMA foreign_keys=OFF", f"DELETE FROM task WHERE id = {task_id}")
        words = "已不在，却没有删除它的记录"
    verified = history.verify(office)
    assert verified.chain.ok and not verified.gaps.ok
    out = run_cli("audit", "verify", data_dir=office.data_dir)
    assert out.returncode == 1 and words in out.stdout, out.stdout


def test_deleting_through_the_program_keeps_the_history_whole(office):
    [record] = evidence.list_evidence(office)[:1]
    evidence.move_to_bin(office, [record.id])
    evidence.purge(office, [record.id])
    assert history.verify(office).ok, history.verify(office).lines()


def test_a_check_code_printed_on_a_report_is_found_with_what_came_after(office, tmp_path):
    text = subprocess.run(["pdftotext", str(tmp_path / "通报.pdf"), "-"], capture_output=True, text=True).stdout
    code = text.replace(" ", "").split("操作记录校验码：")[1][:16]
    out = run_cli("audit", "verify", "--code", code, data_dir=office.data_dir)
    assert out.returncode == 0 and f"校验码 {code} 是第" in out.stdout, out.stdout
    assert "此后又有" in out.stdout and "市新设测试局" in out.stdout  # the unit added after printing
    now = history.chain_head(office)[:16]
    latest = run_cli("audit", "verify", "--code", now.upper(), data_dir=office.data_dir)
    assert latest.returncode == 0 and "此后没有任何改动" in latest.stdout
    unknown = run_cli("audit", "verify", "--code", "0123456789abcdef", data_dir=office.data_dir)
    assert unknown.returncode == 1 and "不在操作记录中" in unknown.stdout
    wrong = run_cli("audit", "verify", "--code", "不是校验码", data_dir=office.data_dir)
    assert wrong.returncode == 2 and "不是校验码" in wrong.stderr


@pytest.mark.sqlite_only
def test_a_restore_sets_the_record_beside_the_database_aside_with_the_data(office, tmp_path):
    made = backup.last_backup(office)["path"]
    office.close()
    kept = backup.restore(made, office.data_dir)
    assert kept is not None and (kept / history_head.FILE_NAME).exists()
    from desktop_app.storage.database import Database

    again = Database.open(office.data_dir)
    try:
        assert history.verify(again).ok
    finally:
        again.close()
