"""Moving a campaign up to a PostgreSQL server and back to a file: every row and every evidence file,
checked on both sides, the source left as it was; a server database that holds a campaign already is
refused untouched."""

import pytest

from desktop_app.core.errors import KnownError
from desktop_app.services import evidence, move, tasks
from desktop_app.services.evidence import search as evidence_search
from desktop_app.storage.database import Database
from tests.conftest import file_hashes, run_cli, table_counts


@pytest.mark.sqlite_only  # the source is the data folder's own file
def test_up_to_the_server_and_back_to_a_file(demo_db, pg_cluster, tmp_path):
    for n in range(3):
        paper = tmp_path / f"材料{n}.txt"
        paper.write_text(f"第{n}份会议纪要：明厨亮灶", encoding="utf-8")
        evidence.add_files(demo_db, [paper], item=1 + n, unit="市食安办")
    code = next(t.code for t in tasks.list_tasks(demo_db) if not t.is_group)
    tasks.set_status(demo_db, code, "进行中", progress=30)
    before_file = demo_db.path.read_bytes()
    counts, hashes = table_counts(demo_db), file_hashes(demo_db)

    url = pg_cluster.new_database()
    moved = move.move_to_server(demo_db, url, tmp_path / "共享材料")
    assert moved.files == 3 and moved.tables["task"] == counts["task"]
    assert demo_db.path.read_bytes() == before_file  # the file was only read
    server = Database.open(tmp_path / "pc2", url=url, create=True)
    try:
        got = table_counts(server)
        assert got["audit_log"] == counts["audit_log"] + 2  # the move and the shared folder set, in the history
        assert got["setting"] == counts["setting"] + 1  # store.folder: where the server keeps the files
        same = {k: v for k, v in got.items() if k not in ("audit_log", "setting")}
        assert same == {k: v for k, v in counts.items() if k not in ("audit_log", "setting")}
        assert file_hashes(server) == hashes
        assert len(evidence_search.search(server, "材料1")) == 1  # found through the server's own index
        assert next(t for t in tasks.list_tasks(server) if t.code == code).progress == 30
        tasks.set_status(server, code, "已完成")  # a new row id on the server goes on from the copied ones
        with pytest.raises(KnownError, match="已有创建活动"):
            move.move_to_server(demo_db, url, tmp_path / "共享材料")
        back = move.move_to_file(server, tmp_path / "归档")
        assert back.files == 3
    finally:
        server.close()
    archived = Database.open(tmp_path / "归档")
    try:
        assert file_hashes(archived) == hashes
        assert next(t for t in tasks.list_tasks(archived) if t.code == code).status == "已完成"
    finally:
        archived.close()


def test_move_from_the_command_line(pg_cluster, tmp_path):
    data = tmp_path / "data"
    assert run_cli("demo", data_dir=data).returncode == 0
    url = pg_cluster.new_database().replace("postgresql+psycopg://", "postgresql://")
    done = run_cli("db", "move-to", url, "--store", str(tmp_path / "材料"), data_dir=data)
    assert done.returncode == 0 and "均已逐一核对" in done.stdout, done.stderr
    listed = run_cli("--database", url, "units", "list", "--json", data_dir=tmp_path / "pc2")
    assert listed.returncode == 0 and "市教育局" in listed.stdout
    again = run_cli("db", "move-to", url, "--store", str(tmp_path / "材料"), data_dir=data)
    assert again.returncode != 0 and "已有创建活动" in again.stderr


def _disk_full(*_args, **_kwargs):
    from sqlalchemy.exc import OperationalError

    raise OperationalError("INSERT INTO task …", {}, Exception("could not extend file: No space left on device"))


def test_a_move_the_server_s_full_disk_stops_is_marked_unfinished_and_finished_by_running_it_again(
    pg_cluster, tmp_path, monkeypatch
):
    data = tmp_path / "data"
    assert run_cli("demo", data_dir=data).returncode == 0
    url = pg_cluster.new_database().replace("postgresql+psycopg://", "postgresql://")
    monkeypatch.setattr(move, "_copy_rows", _disk_full)
    failed = run_cli("db", "move-to", url, "--store", str(tmp_path / "材料"), data_dir=data)
    assert failed.returncode == 2 and "磁盘" in failed.stderr and "迁移未完成" in failed.stderr, failed.stderr
    client = run_cli("--database", url, "units", "list", data_dir=tmp_path / "pc2")
    assert client.returncode == 2 and "迁移未完成" in client.stderr and "db discard-move" in client.stderr
    monkeypatch.undo()
    done = run_cli("db", "move-to", url, "--store", str(tmp_path / "材料"), data_dir=data)
    assert done.returncode == 0, done.stderr
    listed = run_cli("--database", url, "units", "list", "--json", data_dir=tmp_path / "pc2")
    assert listed.returncode == 0 and "市教育局" in listed.stdout


@pytest.mark.sqlite_only  # the source is the data folder's own file
def test_a_move_killed_after_its_rows_are_in_is_not_opened_and_can_be_discarded(
    demo_db, pg_cluster, tmp_path, monkeypatch
):
    """Killed after the rows were copied but before the move was finished: clients are told 迁移未完成
    with the two commands; discard-move leaves the server's database empty again."""
    url = pg_cluster.new_database()

    def killed(_target):
        raise KeyboardInterrupt  # the process ends here, as a kill would end it

    monkeypatch.setattr(move, "_unmark", killed)
    with pytest.raises(KeyboardInterrupt):
        move.move_to_server(demo_db, url, tmp_path / "共享材料")
    monkeypatch.undo()
    plain = url.replace("postgresql+psycopg://", "postgresql://")
    client = run_cli("--database", plain, "tasks", "list", data_dir=tmp_path / "pc2")
    assert client.returncode == 2 and "迁移未完成" in client.stderr and "db move-to" in client.stderr
    gone = run_cli("--database", plain, "db", "discard-move", data_dir=tmp_path / "pc2")
    assert gone.returncode == 0 and "已清除" in gone.stdout, gone.stderr
    cleared = Database.open(tmp_path / "pc2", url=url)
    try:
        assert not any(table_counts(cleared).values())  # not a row left
    finally:
        cleared.close()
    again = run_cli("--database", plain, "db", "discard-move", data_dir=tmp_path / "pc2")
    assert again.returncode == 2 and "不是未完成的副本" in again.stderr
    moved = move.move_to_server(demo_db, url, tmp_path / "共享材料")  # the empty database takes a move anew
    assert moved.tables["unit"] > 0


@pytest.mark.sqlite_only
def test_a_file_store_that_refuses_a_file_leaves_the_move_unfinished_and_said(
    demo_db, pg_cluster, tmp_path, monkeypatch
):
    from desktop_app.storage.filestore import FileProblem, FileStore

    (tmp_path / "材料.txt").write_text("会议纪要", encoding="utf-8")
    evidence.add_files(demo_db, [tmp_path / "材料.txt"], item=1)
    url = pg_cluster.new_database()

    def full(self, source, on_bytes=None):
        raise FileProblem("共享文件夹所在的磁盘已满，“材料.txt”未能存入。")

    monkeypatch.setattr(FileStore, "put", full)
    with pytest.raises(KnownError) as caught:
        move.move_to_server(demo_db, url, tmp_path / "共享材料")
    assert "磁盘已满" in caught.value.message and "迁移未完成" in caught.value.full_text()
    with pytest.raises(KnownError, match="迁移未完成"):
        Database.open(tmp_path / "pc2", url=url)


@pytest.mark.slow  # real processes killed at several moments
@pytest.mark.sqlite_only  # the source is the data folder's own file
@pytest.mark.parametrize("after", [0.5, 0.9, 1.3, 1.7])
def test_a_move_killed_at_any_moment_is_never_opened_half_done(pg_cluster, tmp_path, after):
    """The move's process killed (SIGKILL) at a moment of its work: a client then finds the whole
    campaign, or is refused (迁移未完成, or an empty database) — never a part of it; the move run
    again finishes it."""
    import signal
    import subprocess
    import sys
    import time

    data = tmp_path / "data"
    assert run_cli("demo", data_dir=data).returncode == 0
    url = pg_cluster.new_database().replace("postgresql+psycopg://", "postgresql://")
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "db", "move-to", url]
    child = subprocess.Popen(
        [*command, "--store", str(tmp_path / "材料")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(after)
    child.send_signal(signal.SIGKILL)
    child.wait()
    client = run_cli("--database", url, "units", "list", "--json", data_dir=tmp_path / "pc2")
    whole = client.returncode == 0 and "市教育局" in client.stdout
    refused = client.returncode == 2 and ("迁移未完成" in client.stderr or "是空的" in client.stderr)
    assert whole or refused, (client.returncode, client.stdout[:200], client.stderr)
    done = run_cli("db", "move-to", url, "--store", str(tmp_path / "材料"), data_dir=data)
    if whole:
        assert done.returncode == 2 and "已有创建活动" in done.stderr
    else:
        assert done.returncode == 0, done.stderr
    listed = run_cli("--database", url, "units", "list", "--json", data_dir=tmp_path / "pc2")
    assert listed.returncode == 0 and "市教育局" in listed.stdout
