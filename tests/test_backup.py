"""Backup → wipe → restore gives back identical data; a bad backup is refused and changes nothing."""

import hashlib
import json
import shutil
import zipfile

import pytest

from desktop_app.paths import DB_FILE_NAME
from desktop_app.services import backup, evidence, units
from desktop_app.services.backup import BackupRejected
from desktop_app.storage.database import Database
from tests.conftest import run_cli


def _tree(folder):
    """Hash of every stored evidence file, by relative path."""
    store = folder / "store"
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in store.rglob("*")
        if p.is_file() and p.parent.name != "tmp"
    }


@pytest.fixture
def filled(demo_db, tmp_path):
    for n in range(5):
        (tmp_path / f"材料{n}.pdf").write_bytes(f"evidence {n}".encode() * 1000)
    evidence.add_files(demo_db, sorted(tmp_path.glob("材料*.pdf")), item=85, unit="市教育局")
    return demo_db


def test_backup_wipe_restore_round_trip(filled, tmp_path):
    data = filled.data_dir
    before_files = _tree(data)
    before_units = units.list_units(filled)
    before_evidence = evidence.list_evidence(filled)
    info = backup.create(filled, tmp_path / "备份")
    assert info.path.name == "备份.fsdbak" and info.files == 6
    assert backup.last_backup(filled)["path"] == str(info.path)
    filled.close()

    shutil.rmtree(data)  # the PC's disk was wiped
    kept = backup.restore(info.path, data)
    assert kept is None
    db = Database.open(data)
    try:
        assert _tree(data) == before_files
        assert units.list_units(db) == before_units
        assert evidence.list_evidence(db) == before_evidence
        assert evidence.verify(db).ok
    finally:
        db.close()


def test_restore_keeps_the_current_data_aside(filled, tmp_path):
    info = backup.create(filled, tmp_path / "b.fsdbak")
    (tmp_path / "new.pdf").write_bytes(b"added after the backup")
    evidence.add_files(filled, [tmp_path / "new.pdf"], item=1)
    filled.close()
    kept = backup.restore(info.path, filled.data_dir)
    assert kept is not None and (kept / DB_FILE_NAME).exists()
    db = Database.open(filled.data_dir)
    try:
        assert [e.original_name for e in evidence.list_evidence(db) if e.original_name == "new.pdf"] == []
    finally:
        db.close()
    old = Database.open(kept)  # the safety copy is a complete data folder of its own
    try:
        assert any(e.original_name == "new.pdf" for e in evidence.list_evidence(old))
    finally:
        old.close()


def _rewrite(src, dst, change):
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w") as b:
        for item in a.infolist():
            data = change(item.filename, a.read(item.filename))
            if data is not None:
                b.writestr(item.filename, data)
    return dst


@pytest.mark.parametrize(
    ("how", "message"),
    [
        ("flip", "“store/"),
        ("drop", "不完整或已被改动"),
        ("foreign", "不是本程序的备份"),
        ("newer", "更新版本"),
        ("truncated", "不是本程序的备份，或已损坏"),
        ("not_zip", "不是本程序的备份，或已损坏"),
    ],
)
def test_a_bad_backup_is_refused_and_nothing_changes(filled, tmp_path, how, message):
    good = backup.create(filled, tmp_path / "good.fsdbak").path
    bad = tmp_path / f"{how}.fsdbak"

    def change(name, data):
        if how == "flip" and name.startswith("store/"):
            return data[:-1] + bytes([data[-1] ^ 1])
        if how == "drop" and name.startswith("store/") and name.endswith(evidence.list_evidence(filled)[0].sha256):
            return None
        if name == "manifest.json" and how in ("foreign", "newer"):
            manifest = json.loads(data)
            if how == "foreign":
                manifest["format"] = "some-other-program"
            else:
                manifest["schema"] = "9999"
            return json.dumps(manifest).encode()
        return data

    if how == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif how == "not_zip":
        bad.write_bytes(b"this is a text file called .fsdbak")
    else:
        _rewrite(good, bad, change)
    before = _tree(filled.data_dir)
    db_bytes = (filled.data_dir / DB_FILE_NAME).stat().st_size
    with pytest.raises(BackupRejected) as info:
        backup.restore(bad, filled.data_dir)
    assert message in info.value.message
    assert _tree(filled.data_dir) == before
    assert (filled.data_dir / DB_FILE_NAME).stat().st_size == db_bytes
    assert not list(filled.data_dir.glob("before-restore-*")) and not list(filled.data_dir.glob(".restore-*"))


def test_a_failed_backup_write_leaves_no_file(filled, tmp_path, monkeypatch):
    import desktop_app.services.backup as module

    def boom(path):
        raise BackupRejected("simulated check failure")

    monkeypatch.setattr(module, "_verify", boom)
    with pytest.raises(BackupRejected):
        backup.create(filled, tmp_path / "x.fsdbak")
    assert list(tmp_path.glob("*.fsdbak")) == [] and list(tmp_path.glob(".x*")) == []
    assert backup.last_backup(filled) is None


def test_cli_backup_and_restore_onto_a_new_pc(tmp_path):
    old_pc, new_pc = tmp_path / "old", tmp_path / "new"
    assert run_cli("demo", data_dir=old_pc).returncode == 0
    (tmp_path / "台账.pdf").write_bytes(b"ledger" * 100)
    assert run_cli("evidence", "add", "--item", "12", str(tmp_path / "台账.pdf"), data_dir=old_pc).returncode == 0
    made = run_cli("backup", "--out", str(tmp_path / "全部数据"), data_dir=old_pc)
    assert made.returncode == 0 and "已检查" in made.stdout
    restored = run_cli("restore", str(tmp_path / "全部数据.fsdbak"), data_dir=new_pc)
    assert restored.returncode == 0, restored.stderr
    assert _tree(new_pc) == _tree(old_pc)
    listed = json.loads(run_cli("evidence", "list", "--json", data_dir=new_pc).stdout)
    assert [e["original_name"] for e in listed] == ["台账.pdf"]
    refused = run_cli("restore", str(tmp_path / "台账.pdf"), data_dir=new_pc)
    assert refused.returncode == 2 and "不是本程序的备份" in refused.stderr
