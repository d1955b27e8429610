"""Filing evidence: content-addressed, atomic, deduplicated; bad files explained; nothing half-done."""

import errno
import hashlib
import os
import sqlite3
import stat

import pytest
from sqlalchemy import select

from desktop_app.core.errors import KnownError, NotFoundError
from desktop_app.core.progress import NullProgress
from desktop_app.paths import DB_FILE_NAME
from desktop_app.services import evidence
from desktop_app.services.evidence import EvidenceMeta
from desktop_app.storage import filestore
from desktop_app.storage.models import AuditLog
from tests.conftest import run_cli


def _file(path, content: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def _sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _stored_files(db):
    return sorted(p.name for p in evidence.store(db).files())


def test_file_is_stored_by_its_hash_and_the_original_left_alone(demo_db, tmp_path):
    original = _file(tmp_path / "学校食堂明厨亮灶台账.xlsx", b"ledger " * 1000)
    before = (original.read_bytes(), os.stat(original).st_mtime_ns)
    result = evidence.add_files(
        demo_db,
        [original],
        item=85,
        unit="市教育局",
        meta=EvidenceMeta(category="台账", doc_no="昌教〔2024〕12号", period="2024-05"),
    )
    (info,) = result.added
    assert (info.item, info.unit, info.title, info.category, info.period) == (
        85,
        "市教育局",
        "学校食堂明厨亮灶台账",
        "台账",
        "2024-05",
    )
    assert info.sha256 == _sha(b"ledger " * 1000) and info.size == 7000
    assert info.original_name == "学校食堂明厨亮灶台账.xlsx" and info.review_state == "待审核"
    stored = evidence.store(demo_db).path_of(info.sha256)
    assert stored.read_bytes() == b"ledger " * 1000
    assert not os.access(stored, os.W_OK) or os.geteuid() == 0  # read-only (root may write anyway)
    assert (original.read_bytes(), os.stat(original).st_mtime_ns) == before


def test_same_content_is_kept_once_and_can_serve_several_items(demo_db, tmp_path):
    a = _file(tmp_path / "a" / "会议纪要.pdf", b"%PDF-1.4 minutes")
    b = _file(tmp_path / "b" / "纪要副本.pdf", b"%PDF-1.4 minutes")
    first = evidence.add_files(demo_db, [a], item=1, unit="市食安办")
    second = evidence.add_files(demo_db, [b], item=4, unit="市食安办")
    assert first.added[0].sha256 == second.added[0].sha256
    assert second.reused == 1 and len(_stored_files(demo_db)) == 1
    again = evidence.add_files(demo_db, [b], item=4, unit="市食安办")
    assert again.added == [] and "已作为“纪要副本”归档在该项下" in again.skipped[0].reason


@pytest.mark.parametrize("count", [60, pytest.param(2000, marks=pytest.mark.slow)])
def test_a_folder_is_taken_whole_without_office_junk(demo_db, tmp_path, count):
    folder = tmp_path / "佐证材料"
    for i in range(count):  # a folder of many files (thousands in the slow run)
        _file(folder / f"子目录{i % 7}" / f"照片{i:04d}.jpg", f"photo {i}".encode())
    _file(folder / "~$草稿.docx", b"lock")
    _file(folder / "Thumbs.db", b"thumbs")
    _file(folder / ".hidden", b"hidden")
    result = evidence.add_files(demo_db, [folder], item=64, unit="市市场监管局", meta=EvidenceMeta(category="照片"))
    assert len(result.added) == count and result.skipped == []
    assert len(evidence.list_evidence(demo_db, item=64)) == count


@pytest.mark.store_folder
def test_bad_files_are_explained_and_the_good_ones_filed(demo_db, tmp_path, monkeypatch):
    good1 = _file(tmp_path / "1-通知.docx", b"notice")
    empty = _file(tmp_path / "2-空.txt", b"")
    huge = tmp_path / "3-大视频.mp4"
    with open(huge, "wb") as fh:  # sparse: larger than 2 GB without using the disk
        fh.truncate(filestore.MAX_SIZE + 1)
    locked = _file(tmp_path / "4-锁定.xlsx", b"locked")
    emoji = _file(tmp_path / "5-现场检查📷.jpg", b"emoji")
    reserved = _file(tmp_path / "CON.txt", b"reserved on windows")
    deep = tmp_path.joinpath(*[f"第{i}层文件夹名称比较长" for i in range(25)]) / "很长路径下的台账.xlsx"
    _file(deep, b"deep")
    assert len(str(deep)) > 300
    gone = tmp_path / "6-已删除.pdf"

    real_open = os.open

    def locking_open(file, *args, **kwargs):
        if str(file).endswith("4-锁定.xlsx"):
            raise PermissionError(errno.EACCES, "locked by another process", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", locking_open)
    result = evidence.add_files(
        demo_db, [good1, empty, huge, locked, emoji, reserved, deep, gone], item=7, unit="市食安办"
    )
    assert sorted(i.original_name for i in result.added) == sorted(
        ["1-通知.docx", "5-现场检查📷.jpg", "CON.txt", "很长路径下的台账.xlsx"]
    )
    reasons = {s.path.name: s.reason for s in result.skipped}
    assert "是空文件" in reasons["2-空.txt"]
    assert "超过 2 GB" in reasons["3-大视频.mp4"]
    assert "可能正被其他程序占用" in reasons["4-锁定.xlsx"]
    assert "已不存在" in reasons["6-已删除.pdf"]
    assert not list((demo_db.data_dir / "store" / "tmp").iterdir())


@pytest.mark.store_folder
def test_disk_full_in_the_middle_leaves_no_half_record_and_no_orphan(demo_db, tmp_path, monkeypatch):
    files = [_file(tmp_path / f"{i}.pdf", f"content {i}".encode() * 100) for i in range(5)]
    evidence.add_files(demo_db, files[:1], item=12, unit="市农业农村局")
    real_fsync = os.fsync
    calls = {"n": 0}

    def full_disk_fsync(fd):
        if stat.S_ISREG(os.fstat(fd).st_mode):  # files, not the folder syncs after a rename
            calls["n"] += 1
            if calls["n"] == 3:  # the third file of the batch hits a full disk
                raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full_disk_fsync)
    result = evidence.add_files(demo_db, files[1:], item=12, unit="市农业农村局")
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert [i.original_name for i in result.added] == ["1.pdf", "2.pdf", "4.pdf"]
    assert [s.path.name for s in result.skipped] == ["3.pdf"] and "磁盘已满" in result.skipped[0].reason
    listed = evidence.list_evidence(demo_db, item=12)
    assert sorted(i.original_name for i in listed) == ["0.pdf", "1.pdf", "2.pdf", "4.pdf"]
    assert sorted(_stored_files(demo_db)) == sorted(i.sha256 for i in listed)  # no orphan, no half file
    assert not list((demo_db.data_dir / "store" / "tmp").iterdir())
    assert evidence.verify(demo_db).ok


@pytest.mark.store_folder
def test_a_full_disk_in_a_batch_is_told_for_the_file_it_hit(demo_db, tmp_path, monkeypatch):
    """A batch of many files is made durable by one sync of the whole disk; when that fails, each
    file is synced on its own, so only the file the disk refused is left out."""
    files = [_file(tmp_path / f"{i:02d}.pdf", f"batch content {i}".encode() * 50) for i in range(12)]
    assert len(files) >= filestore.SYNCFS_FROM
    synced_disk = []

    def full_disk(folder):
        synced_disk.append(folder)
        raise OSError(errno.ENOSPC, "No space left on device")

    real_fsync = os.fsync
    calls = {"n": 0}

    def fsync(fd):
        if stat.S_ISREG(os.fstat(fd).st_mode):
            calls["n"] += 1
            if calls["n"] == 5:
                raise OSError(errno.ENOSPC, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(filestore, "_can_syncfs", lambda: True)
    monkeypatch.setattr(filestore, "_syncfs", full_disk)
    monkeypatch.setattr(os, "fsync", fsync)
    result = evidence.add_files(demo_db, files, item=30, unit="市农业农村局")
    monkeypatch.undo()
    assert synced_disk  # the whole-disk sync was tried first
    assert [s.path.name for s in result.skipped] == ["04.pdf"] and "磁盘已满" in result.skipped[0].reason
    assert len(result.added) == 11
    listed = evidence.list_evidence(demo_db, item=30)
    assert sorted(_stored_files(demo_db)) == sorted(i.sha256 for i in listed)
    assert not list((demo_db.data_dir / "store" / "tmp").iterdir())
    assert evidence.verify(demo_db).ok


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are made on Linux")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(demo_db, tmp_path):
    pipe = tmp_path / "管道.pdf"
    os.mkfifo(pipe)
    good = _file(tmp_path / "通知.pdf", b"notice")
    result = evidence.file_each(demo_db, [(pipe, 7), (good, 7)], unit="市食安办")
    assert [i.original_name for i in result.added] == ["通知.pdf"]
    assert [s.path for s in result.skipped] == [pipe] and "不是普通文件" in result.skipped[0].reason


@pytest.mark.store_folder
def test_a_large_file_is_sent_on_to_the_disk_while_it_is_copied(demo_db, tmp_path, monkeypatch):
    """Every EARLY_WRITE bytes of a large copy, and its rest, are handed to the disk at once (Linux),
    so the sync at the end has little left; the copy stays whole either way."""
    content = os.urandom(2 * filestore.EARLY_WRITE + 12345)
    big = _file(tmp_path / "现场视频.mp4", content)
    asked = []
    real = filestore._start_write_back
    monkeypatch.setattr(filestore, "_start_write_back", lambda fd, at, n: (asked.append((at, n)), real(fd, at, n)))
    (info,) = evidence.add_files(demo_db, [big], item=85, unit="市教育局").added
    whole = 2 * filestore.EARLY_WRITE
    assert asked == [(0, filestore.EARLY_WRITE), (filestore.EARLY_WRITE, filestore.EARLY_WRITE), (whole, 12345)]
    assert info.sha256 == _sha(content) and info.size == len(content)
    assert evidence.store(demo_db).path_of(info.sha256).read_bytes() == content


def test_the_same_content_twice_in_one_batch_is_stored_once(demo_db, tmp_path):
    files = [_file(tmp_path / f"{i:02d}.pdf", b"same" if i % 2 else f"other {i}".encode()) for i in range(10)]
    result = evidence.add_files(demo_db, files, item=31)
    assert len(result.added) == 5 + 1 and len(result.skipped) == 4  # the copies under the same item
    assert all("已" in s.reason for s in result.skipped)
    assert len(_stored_files(demo_db)) == 6


def test_each_record_of_a_batch_gets_its_own_id(demo_db, tmp_path):
    """A batch is inserted at once and its ids read back unordered: each info must name its own row,
    also when one content goes under several items in the same batch."""
    files = [(_file(tmp_path / f"材料{i:02d}.pdf", f"content {i % 7}".encode()), (1, 4, 31)[i % 3]) for i in range(30)]
    result = evidence.file_each(demo_db, files, unit="市食安办")
    assert len(result.added) + len(result.skipped) == 30 and len(result.added) == 21
    for info in result.added:
        stored = evidence.get(demo_db, info.id)
        assert (stored.title, stored.item, stored.sha256) == (info.title, info.item, info.sha256)
    assert len({info.id for info in result.added}) == 21
    with demo_db.engine.connect() as conn:
        created = conn.execute(
            select(AuditLog.entity_id, AuditLog.after).where(AuditLog.entity == "evidence", AuditLog.action == "create")
        ).all()
    titles = {info.id: info.title for info in result.added}
    assert {int(entity_id): after["title"] for entity_id, after in created} == titles


def test_a_failing_database_write_leaves_no_orphan_file(demo_db, tmp_path, monkeypatch):
    path = _file(tmp_path / "x.pdf", b"content")

    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(evidence.filing, "_record", broken)  # the transaction that records a batch
    with pytest.raises(RuntimeError):
        evidence.add_files(demo_db, [path], item=1)
    assert _stored_files(demo_db) == []


def test_cancel_keeps_what_was_filed_and_names_the_rest(demo_db, tmp_path):
    files = [_file(tmp_path / f"{i}.txt", f"text {i}".encode()) for i in range(6)]

    class StopAfterTwo(NullProgress):
        def __init__(self):
            self.seen = 0

        @property
        def cancelled(self):
            return self.seen >= 2

        def step(self, done, total, message=""):
            self.seen += 1

    result = evidence.add_files(demo_db, files, item=2, progress=StopAfterTwo())
    assert result.cancelled and len(result.added) == 2
    assert [s.path.name for s in result.skipped] == ["2.txt", "3.txt", "4.txt", "5.txt"]
    assert len(_stored_files(demo_db)) == 2


def test_unknown_item_unit_category_or_period(demo_db, tmp_path):
    path = _file(tmp_path / "a.txt", b"a")
    with pytest.raises(NotFoundError, match="第\\(95\\)项"):
        evidence.add_files(demo_db, [path], item=95)
    with pytest.raises(NotFoundError, match="没有名为“市不存在局”的单位"):
        evidence.add_files(demo_db, [path], item=1, unit="市不存在局")
    with pytest.raises(KnownError) as info:
        evidence.add_files(demo_db, [path], item=1, meta=EvidenceMeta(category="杂项", period="2024-13"))
    assert any("材料类别须为" in d for d in info.value.details)
    assert any("2024-13" in d for d in info.value.details)
    assert _stored_files(demo_db) == []


def test_recycle_bin_restore_and_purge(demo_db, tmp_path):
    shared = b"shared content"
    a = evidence.add_files(demo_db, [_file(tmp_path / "a.pdf", shared)], item=1).added[0]
    b = evidence.add_files(demo_db, [_file(tmp_path / "b.pdf", shared)], item=2).added[0]
    evidence.move_to_bin(demo_db, [a.id])
    assert [e.id for e in evidence.list_evidence(demo_db)] == [b.id]
    assert [e.id for e in evidence.list_evidence(demo_db, deleted=True)] == [a.id]
    evidence.restore(demo_db, [a.id])
    assert len(evidence.list_evidence(demo_db)) == 2
    with pytest.raises(KnownError, match="只有回收站中的材料才能彻底删除"):
        evidence.purge(demo_db, [a.id])
    evidence.move_to_bin(demo_db, [a.id, b.id])
    evidence.purge(demo_db, [a.id])
    assert _stored_files(demo_db) == [_sha(shared)]  # b still uses it
    evidence.purge(demo_db, [b.id])
    assert _stored_files(demo_db) == []
    with pytest.raises(NotFoundError):
        evidence.restore(demo_db, [a.id])


@pytest.mark.sqlite_only
def test_deletes_and_restores_are_audited(demo_db, tmp_path):
    record = evidence.add_files(demo_db, [_file(tmp_path / "a.pdf", b"x")], item=1).added[0]
    evidence.move_to_bin(demo_db, [record.id])
    con = sqlite3.connect(demo_db.data_dir / DB_FILE_NAME)
    rows = con.execute("SELECT action, before, after FROM audit_log WHERE entity='evidence' ORDER BY id").fetchall()
    con.close()
    assert [r[0] for r in rows] == ["create", "update"]
    assert '"deleted_at": null' in rows[1][1] and '"deleted_at": "20' in rows[1][2]


@pytest.mark.store_folder
def test_verify_finds_missing_and_altered_files(demo_db, tmp_path):
    a, b, _unchanged = (
        evidence.add_files(demo_db, [_file(tmp_path / f"{n}.pdf", n.encode() * 50)], item=1).added[0] for n in "abc"
    )
    the_store = evidence.store(demo_db)
    the_store.remove(a.sha256)
    altered = the_store.path_of(b.sha256)
    os.chmod(altered, 0o644)
    altered.write_bytes(b"tampered")
    report = evidence.verify(demo_db)
    assert report.checked == 3 and not report.ok
    assert report.missing == [(a.sha256, ["a"])] and report.altered == [(b.sha256, ["b"])]
    last = evidence.last_verify(demo_db)
    assert (last["checked"], last["missing"], last["altered"]) == (3, 1, 1)


def test_cli_add_list_verify(tmp_path):
    data = tmp_path / "d"
    assert run_cli("demo", data_dir=data).returncode == 0
    good = _file(tmp_path / "整改台账.xlsx", b"ledger")
    empty = _file(tmp_path / "空.txt", b"")
    result = run_cli(
        "evidence",
        "add",
        "--item",
        "85",
        "--unit",
        "市教育局",
        "--category",
        "台账",
        "--doc-no",
        "昌教〔2024〕12号",
        str(good),
        str(empty),
        data_dir=data,
    )
    assert result.returncode == 1  # one file was not taken
    assert "已将 #1“整改台账”归档到第(85)项" in result.stdout and "“空.txt”是空文件" in result.stderr
    import json

    listed = json.loads(run_cli("evidence", "list", "--item", "85", "--json", data_dir=data).stdout)
    assert [(e["id"], e["item"], e["unit"], e["title"], e["size"], e["original_name"]) for e in listed] == [
        (1, 85, "市教育局", "整改台账", 6, "整改台账.xlsx")
    ]
    assert listed[0]["sha256"] == _sha(b"ledger")
    assert run_cli("evidence", "verify", data_dir=data).returncode == 0
    stored = data / "store" / listed[0]["sha256"][:2] / listed[0]["sha256"][2:4] / listed[0]["sha256"]
    stored.unlink()
    verified = run_cli("evidence", "verify", data_dir=data)
    assert verified.returncode == 1 and "文件缺失：整改台账" in verified.stdout
    assert run_cli("evidence", "delete", "1", data_dir=data).returncode == 0
    assert json.loads(run_cli("evidence", "list", "--json", data_dir=data).stdout) == []
    assert run_cli("evidence", "restore", "1", data_dir=data).returncode == 0
    bad = run_cli("evidence", "add", "--item", "85", "--unit", "市不存在局", str(good), data_dir=data)
    assert bad.returncode == 2 and "没有名为“市不存在局”的单位" in bad.stderr


def test_a_photo_is_filed_as_a_photo_unless_the_clerk_says_otherwise(demo_db, tmp_path):
    photo = _file(tmp_path / "现场检查.JPG", b"jpeg bytes")
    scan = _file(tmp_path / "通知.pdf", b"%PDF-1.4 not really")
    plan = _file(tmp_path / "方案.png", b"png bytes")
    added = evidence.add_files(demo_db, [photo, scan], item=64, unit="市市场监管局").added
    assert {i.original_name: i.category for i in added} == {"现场检查.JPG": "照片", "通知.pdf": "其他"}
    chosen = evidence.add_files(demo_db, [plan], item=64, meta=EvidenceMeta(category="文件制度")).added
    assert chosen[0].category == "文件制度"


def test_names_that_lie_are_shown_as_they_are(demo_db, tmp_path):
    """A right-to-left override makes 报告\\u202etxt.exe look like 报告exe.txt: the name is kept and
    shown without it, so its real extension shows; a unit name with a zero-width space is the
    same unit as without."""
    from desktop_app.core.filetype import runs_when_opened

    liar = _file(tmp_path / "报告\u202etxt.exe", b"MZ\x90\x00 a program")
    result = evidence.add_files(demo_db, [liar], item=3, unit="市教\u200b育局")
    (info,) = result.added
    assert info.original_name == "报告txt.exe" and info.title == "报告txt" and info.unit == "市教育局"
    assert runs_when_opened(evidence.store(demo_db).path_of(info.sha256), info.original_name)
    assert evidence.runs_when_opened(demo_db, info.id)
    renamed = _file(tmp_path / "说明.txt", b"MZ\x90\x00 also a program")  # named as text, a program inside
    (plain,) = evidence.add_files(demo_db, [renamed], item=3).added
    assert evidence.runs_when_opened(demo_db, plain.id)


def test_a_name_the_system_could_not_decode_is_told_and_the_rest_filed(demo_db, tmp_path):
    if os.name == "nt":
        pytest.skip("Windows file names are always Unicode")
    folder = tmp_path / "单位材料"
    folder.mkdir()
    (folder / "好的.pdf").write_bytes(b"good")
    odd = os.fsdecode(bytes(folder) + b"/\xb1\xa8\xb8\xe6.pdf")  # 报告 in GBK, on a UTF-8 system
    with open(odd, "wb") as fh:
        fh.write(b"gbk named")
    result = evidence.add_files(demo_db, [folder], item=4)
    assert [i.original_name for i in result.added] == ["好的.pdf"]
    (skipped,) = result.skipped
    assert "无法识别" in skipped.reason


def test_text_of_a_workbook_is_read_whatever_its_name(demo_db, tmp_path):
    from openpyxl import Workbook

    from desktop_app.exchange.textextract import DONE, extract

    wb = Workbook()
    wb.active.append(["学校食堂明厨亮灶台账", "第一小学"])
    wb.save(tmp_path / "台账.xlsx")
    (tmp_path / "台账.xlsx").rename(tmp_path / "台账.dat")  # a system that exports under odd names
    found = extract(tmp_path / "台账.dat", "台账.dat")
    assert found.state == DONE and "明厨亮灶" in found.text
    program = _file(tmp_path / "看我.txt", b"MZ\x90\x00\x03")
    assert extract(program, "看我.txt").state != DONE
