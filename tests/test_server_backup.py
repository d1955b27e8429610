"""Backups of a campaign on a server and restoring them there, and work that must not run twice at
once (imports, backups, restores) between the clerks of one office.

A backup of a server campaign is the same one-file backup as a PC's: the rows read in one snapshot
while others go on working, and the evidence files those rows name. It restores onto a PC as any
backup does, and onto the server only when the office says so in so many words; a damaged backup
leaves the server's campaign as it was."""

import zipfile

import pytest
from sqlalchemy import select, text

from desktop_app.core import settings as spec
from desktop_app.core.errors import KnownError
from desktop_app.services import backup, evidence, settings, task_import, tasks
from desktop_app.storage import postgres
from desktop_app.storage.database import Database
from desktop_app.storage.models import AuditLog
from tests.conftest import build_demo, file_hashes, run_cli, table_counts


@pytest.fixture
def server(server_url, tmp_path):
    db = Database.open(tmp_path / "pc1", url=server_url, create=True)
    (tmp_path / "共享材料").mkdir()
    settings.set_value(db, spec.STORE_FOLDER, str(tmp_path / "共享材料"))
    build_demo(db)
    for n in range(3):
        paper = tmp_path / f"材料{n}.txt"
        paper.write_text(f"第{n}份会议纪要：明厨亮灶", encoding="utf-8")
        evidence.add_files(db, [paper], item=1 + n, unit="市食安办")
    yield db
    db.close()


def _open_task(db):
    return next(t for t in tasks.list_tasks(db) if not t.is_group and t.status != "已完成")


def test_a_server_campaign_backs_up_and_restores_onto_a_pc(server, tmp_path):
    counts, hashes = table_counts(server), file_hashes(server)
    info = backup.create(server, tmp_path / "服务器备份")
    assert info.files == 1 + 3 and info.path.name == "服务器备份.fsdbak"
    with zipfile.ZipFile(info.path) as archive:
        assert sum(n.startswith("store/") for n in archive.namelist()) == 3

    pc = tmp_path / "归档电脑"
    backup.restore(info.path, pc)
    restored = Database.open(pc)
    try:
        assert evidence.store(restored).root == pc / "store"  # its own folder, not the server's share
        assert file_hashes(restored) == hashes
        got = table_counts(restored)
        # the restore itself is in the history; the server's shared-folder setting stays behind
        assert got["audit_log"] == counts["audit_log"] + 1
        # the server's store.folder stays behind; the backup itself comes as the last backup made
        assert got["setting"] == counts["setting"] - 1 + 1
        assert backup.last_backup(restored) == {"at": info.created_at, "path": str(info.path)}
        same = {k: v for k, v in got.items() if k not in ("audit_log", "setting")}
        assert same == {k: v for k, v in counts.items() if k not in ("audit_log", "setting")}
    finally:
        restored.close()


def test_the_backup_is_one_moment_though_a_clerk_works_meanwhile(server, tmp_path, monkeypatch):
    from desktop_app.services import move

    task = _open_task(server)
    real = move._copy_rows
    seen: list[str] = []

    def copy_and_meanwhile(src, dst, table, progress):
        if table.name == "audit_log" and not seen:  # half-way through, another clerk saves a task
            seen.append(table.name)
            other = Database.open(tmp_path / "pc2", url=server.url, create=True)
            try:
                tasks.set_status(other, task.code, "已完成", progress=100)
            finally:
                other.close()
        return real(src, dst, table, progress)

    monkeypatch.setattr(move, "_copy_rows", copy_and_meanwhile)
    info = backup.create(server, tmp_path / "一瞬间")
    assert seen
    restored_dir = tmp_path / "看备份"
    backup.restore(info.path, restored_dir)
    restored = Database.open(restored_dir)
    try:  # the task as it stood when the backup began, not the half-made change
        assert next(t for t in tasks.list_tasks(restored) if t.code == task.code).status == task.status
    finally:
        restored.close()


def test_restore_onto_the_server_needs_the_office_s_word(server, tmp_path):
    info = backup.create(server, tmp_path / "周五备份")
    task = _open_task(server)
    tasks.set_status(server, task.code, "已完成", progress=100)  # work done after the backup
    extra = tmp_path / "新材料.txt"
    extra.write_text("备份之后报来的材料", encoding="utf-8")
    evidence.add_files(server, [extra], item=5, unit="市食安办")
    counts = table_counts(server)

    with pytest.raises(backup.ServerCampaignKept, match="--replace-server-campaign"):
        backup.restore_to_server(info.path, server)
    assert table_counts(server) == counts

    backup.restore_to_server(info.path, server, replace_server_campaign=True)
    assert next(t for t in tasks.list_tasks(server) if t.code == task.code).status == task.status
    assert len(evidence.list_evidence(server)) == 3
    assert str(settings.get(server, spec.STORE_FOLDER)) == str(tmp_path / "共享材料")  # the share stays
    with server.read() as session:
        last = session.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).one()
    assert last.action == "restore" and last.after["backup"] == "周五备份.fsdbak"
    assert last.after["replaced_chain_head"]
    tasks.set_status(server, task.code, "进行中", progress=50)  # new rows go on after the restored ones


def test_a_damaged_backup_leaves_the_server_as_it_was(server, tmp_path):
    info = backup.create(server, tmp_path / "备份")
    broken = tmp_path / "坏备份.fsdbak"
    data = bytearray(info.path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 64] = b"\0" * 64
    broken.write_bytes(bytes(data))
    counts = table_counts(server)
    with pytest.raises(backup.BackupRejected):
        backup.restore_to_server(broken, server, replace_server_campaign=True)
    assert table_counts(server) == counts


def test_a_restore_that_fails_half_way_changes_nothing(server, tmp_path, monkeypatch):
    from desktop_app.services import move

    info = backup.create(server, tmp_path / "备份")
    tasks.set_status(server, _open_task(server).code, "已完成", progress=100)
    counts, before = table_counts(server), [(t.code, t.status) for t in tasks.list_tasks(server)]
    real = move._copy_rows

    def fail_on_evidence(src, dst, table, progress):
        if table.name == "evidence":
            raise OSError(28, "No space left on device")
        return real(src, dst, table, progress)

    monkeypatch.setattr(move, "_copy_rows", fail_on_evidence)
    with pytest.raises(KnownError) as caught:
        backup.restore_to_server(info.path, server, replace_server_campaign=True)
    assert "空间" in caught.value.message
    assert table_counts(server) == counts
    assert [(t.code, t.status) for t in tasks.list_tasks(server)] == before


def test_imports_and_backups_wait_for_one_another_across_the_office(server, tmp_path):
    other = Database.open(tmp_path / "pc2", url=server.url, create=True)
    try:
        with server.exclusive("导入月度报送"):
            with pytest.raises(postgres.BusyElsewhere) as caught:
                backup.create(other, tmp_path / "备份")
            assert "导入月度报送" in caught.value.message and "未作任何更改" in caught.value.message
            with pytest.raises(postgres.BusyElsewhere):
                task_import.import_tasks(other, tmp_path / "无.xlsx")
            with pytest.raises(KnownError) as previewed:  # a preview writes nothing: it goes on to read
                task_import.import_tasks(other, tmp_path / "无.xlsx", dry_run=True)
            assert not isinstance(previewed.value, postgres.BusyElsewhere)
            with server.exclusive("再来一次"):  # the holder itself may nest its work
                pass
        assert not (tmp_path / "备份.fsdbak").exists()
        backup.create(other, tmp_path / "备份")  # free again
        assert (tmp_path / "备份.fsdbak").exists()
    finally:
        other.close()


def test_a_lock_goes_with_a_pc_that_drops_off_the_network(server, tmp_path):
    other = Database.open(tmp_path / "pc2", url=server.url, create=True)
    try:
        held = server.exclusive("导入任务表")
        held.__enter__()
        with pytest.raises(postgres.BusyElsewhere):
            backup.create(other, tmp_path / "备份")
        # the first PC's connection is cut (as a crash or a pulled cable); the server is given up to
        # 5 s to end that session, as the lock goes only once the session has gone
        with other.engine.begin() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid, 5000) FROM pg_locks WHERE locktype = 'advisory' "
                    "AND objid = :k AND pid <> pg_backend_pid()"
                ),
                {"k": postgres.WORK_LOCK},
            )
        backup.create(other, tmp_path / "备份")
        assert (tmp_path / "备份.fsdbak").exists()
        with pytest.raises(Exception):  # noqa: B017 - the holder finds its connection gone, whatever the error
            held.__exit__(None, None, None)
    finally:
        other.close()


def test_backup_and_restore_from_the_command_line_on_a_server(server, tmp_path):
    url = server.url.replace("postgresql+psycopg://", "postgresql://")
    out = tmp_path / "命令行备份.fsdbak"
    made = run_cli("--database", url, "backup", "--out", str(out), data_dir=tmp_path / "pc3")
    assert made.returncode == 0, made.stderr
    refused = run_cli("--database", url, "restore", str(out), data_dir=tmp_path / "pc3")
    assert refused.returncode != 0 and "--replace-server-campaign" in refused.stderr
    done = run_cli("--database", url, "restore", str(out), "--replace-server-campaign", data_dir=tmp_path / "pc3")
    assert done.returncode == 0 and "服务器" in done.stdout, done.stderr


def test_every_crafted_backup_is_refused_by_the_server_s_restore_and_changes_nothing(server, tmp_path):
    """The server's own restore path takes the same checks: each crafted backup (all made from one
    genuine backup of the server's campaign) is refused naming the file, and the server's campaign keeps
    every row and file."""
    from tests.bad_files import BACKUPS

    good = backup.create(server, tmp_path / "好的.fsdbak").path
    counts, hashes = table_counts(server), file_hashes(server)
    for make in BACKUPS:
        bad = make(good, tmp_path)
        with pytest.raises(KnownError) as caught:
            backup.restore_to_server(bad, server, replace_server_campaign=True)
        assert bad.name in caught.value.message, make.__name__
        assert table_counts(server) == counts and file_hashes(server) == hashes, make.__name__
