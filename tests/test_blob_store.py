"""Evidence inside the server's database (large objects) for an office without a shared folder: moved
up into it, read on another PC through its cache, checked, exported as a binder, backed up and
restored, moved back to a file — as with a shared folder."""

import hashlib

import pytest
from sqlalchemy import text

from desktop_app.core import settings as spec
from desktop_app.services import backup, binder, evidence, move, settings
from desktop_app.services.evidence import search as evidence_search
from desktop_app.storage.blobstore import DatabaseStore
from desktop_app.storage.database import Database
from tests.conftest import build_demo, file_hashes, run_cli, table_counts


def _file(tmp_path, n, body=None):
    paper = tmp_path / f"材料{n}.txt"
    paper.write_text(body or f"第{n}份会议纪要：明厨亮灶", encoding="utf-8")
    return paper


def _blobs(db):
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM stored_blob")).scalar()


@pytest.fixture
def inside(pg_cluster, tmp_path):
    """A campaign on the server with its evidence inside the database (three files filed)."""
    db = Database.open(tmp_path / "pc1", url=pg_cluster.new_database(), create=True)
    settings.set_value(db, spec.STORE_KIND, spec.IN_DATABASE)
    build_demo(db)
    for n in range(3):
        evidence.add_files(db, [_file(tmp_path, n)], item=1 + n, unit="市食安办")
    yield db
    db.close()


@pytest.mark.sqlite_only  # the source is the data folder's own file
def test_a_pc_s_campaign_moves_up_into_the_database_and_back(demo_db, pg_cluster, tmp_path):
    for n in range(3):
        evidence.add_files(demo_db, [_file(tmp_path, n)], item=1 + n, unit="市食安办")
    hashes, counts = file_hashes(demo_db), table_counts(demo_db)
    url = pg_cluster.new_database()
    moved = move.move_to_server(demo_db, url, None)
    assert moved.files == 3
    other = Database.open(tmp_path / "pc2", url=url, create=True)  # another clerk's PC, with no shared folder at all
    try:
        assert isinstance(evidence.store(other), DatabaseStore) and _blobs(other) == 3
        assert file_hashes(other) == hashes  # read into pc2's cache, checked
        assert (tmp_path / "pc2" / "cache" / "store").exists()
        evidence.add_files(other, [_file(tmp_path, 9, "第9份：新报来的材料")], item=9, unit="市食安办")
        assert _blobs(other) == 4 and len(evidence_search.search(other, "材料9")) == 1
        back = move.move_to_file(other, tmp_path / "归档")
        assert back.files == 4
    finally:
        other.close()
    archived = Database.open(tmp_path / "归档")
    try:
        assert isinstance(evidence.store(archived), type(evidence.store(demo_db)))  # its own folder again
        assert len(file_hashes(archived)) == 4
        assert table_counts(archived)["evidence"] == counts["evidence"] + 1
    finally:
        archived.close()


def test_the_integrity_check_finds_altered_missing_and_stray_content(inside, tmp_path):
    assert evidence.verify(inside).ok
    shas = sorted(file_hashes(inside))
    with inside.engine.begin() as conn:
        oid = conn.execute(text("SELECT oid FROM stored_blob WHERE sha256 = :s"), {"s": shas[0]}).scalar()
        conn.execute(text("SELECT lo_put(:o, 0, :b)"), {"o": oid, "b": b"XX"})  # someone edits the content
        gone = conn.execute(text("SELECT oid FROM stored_blob WHERE sha256 = :s"), {"s": shas[1]}).scalar()
        conn.execute(text("SELECT lo_unlink(:o)"), {"o": gone})  # and a large object disappears
    stray = _file(tmp_path, 7, "没有任何记录使用的文件")
    evidence.store(inside).put(stray)  # content no record names (a filing interrupted before its rows)
    report = evidence.verify(inside)
    assert [sha for sha, _ in report.altered] == [shas[0]]
    assert [sha for sha, _ in report.missing] == [shas[1]]
    other = Database.open(tmp_path / "pc2", url=inside.url, create=True)  # a PC that never read it before
    try:
        assert not evidence.store(other).path_of(shas[1]).exists()  # missing for a binder or a preview
        assert not evidence.store(other).path_of(shas[0]).exists()  # altered content is not handed out
    finally:
        other.close()
    assert [p.name for p in report.orphans] == [hashlib.sha256(stray.read_bytes()).hexdigest()]
    assert evidence.repair(inside, report) >= 1 and _blobs(inside) == 3  # the stray one removed, no other


def test_binder_and_backup_work_as_with_a_folder(inside, tmp_path):
    hashes = file_hashes(inside)
    made = binder.export(inside, tmp_path / "迎检资料")
    exported = [p for p in (tmp_path / "迎检资料").rglob("*.txt")]
    assert made and sorted(hashlib.sha256(p.read_bytes()).hexdigest() for p in exported) == sorted(hashes.values())

    info = backup.create(inside, tmp_path / "库内备份")
    backup.restore(info.path, tmp_path / "单机")
    pc = Database.open(tmp_path / "单机")
    try:
        assert file_hashes(pc) == hashes
    finally:
        pc.close()
    evidence.add_files(inside, [_file(tmp_path, 8, "备份之后的材料")], item=8, unit="市食安办")
    backup.restore_to_server(info.path, inside, replace_server_campaign=True)
    assert settings.get(inside, spec.STORE_KIND) == spec.IN_DATABASE  # still kept inside
    assert file_hashes(inside) == hashes


def test_two_clerks_filing_the_same_file_keep_one_copy(inside, tmp_path):
    other = Database.open(tmp_path / "pc2", url=inside.url, create=True)
    try:
        same = _file(tmp_path, 5, "两人都收到的同一份文件")
        evidence.add_files(inside, [same], item=5, unit="市食安办")
        evidence.add_files(other, [same], item=6, unit="市食安办")
        assert _blobs(inside) == 4 and len(evidence.list_evidence(other)) == 5
    finally:
        other.close()


@pytest.mark.sqlite_only
def test_move_up_into_the_database_from_the_command_line(demo_db, pg_cluster, tmp_path):
    evidence.add_files(demo_db, [_file(tmp_path, 1)], item=1, unit="市食安办")
    url = pg_cluster.new_database().replace("postgresql+psycopg://", "postgresql://")
    both = run_cli("db", "move-to", url, "--in-database", "--store", str(tmp_path), data_dir=demo_db.data_dir)
    assert both.returncode != 0  # one place or the other, not both
    done = run_cli("db", "move-to", url, "--in-database", data_dir=demo_db.data_dir)
    assert done.returncode == 0, done.stderr
    server = Database.open(tmp_path / "pc2", url=url, create=True)
    try:
        assert _blobs(server) == 1 and len(file_hashes(server)) == 1
    finally:
        server.close()
