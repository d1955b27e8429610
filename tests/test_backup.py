"""Backup → wipe → restore gives back identical data; a bad backup is refused and changes nothing."""

import datetime as dt
import hashlib
import json
import shutil
import zipfile

import pytest

from desktop_app.core.errors import KnownError
from desktop_app.paths import DB_FILE_NAME
from desktop_app.services import backup, evidence, units
from desktop_app.services.backup import BackupRejected
from desktop_app.storage.database import Database
from tests.conftest import run_cli

pytestmark = pytest.mark.sqlite_only  # the one-file backup of the data folder


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
        # the reminder bar tells the backup restored, not "never backed up"
        assert backup.last_backup(db) == {"at": info.created_at, "path": str(info.path)}
        assert backup.reminder(db, now=dt.datetime.fromisoformat(info.created_at)) is None
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


def _with_database(src, dst, db_bytes: bytes):
    """A backup whose manifest is right but whose database is ``db_bytes`` (as a crafted or rotten
    backup would be): only a check of the database itself can tell."""
    with zipfile.ZipFile(src) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    for member in manifest["members"]:
        if member["name"] == DB_FILE_NAME:
            member["sha256"], member["size"] = hashlib.sha256(db_bytes).hexdigest(), len(db_bytes)

    def change(name, data):
        if name == DB_FILE_NAME:
            return db_bytes
        return json.dumps(manifest).encode() if name == "manifest.json" else data

    return _rewrite(src, dst, change)


def _other_program_db(path):
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    con.commit()
    con.close()
    return path.read_bytes()


@pytest.mark.parametrize("kind", ["junk", "other program", "damaged pages"])
def test_a_backup_with_a_bad_database_is_refused_before_anything_moves(filled, tmp_path, kind):
    good = backup.create(filled, tmp_path / "good.fsdbak").path
    if kind == "junk":
        db_bytes = b"SQLite format 3\x00" + b"\x00" * 5000
    elif kind == "other program":
        db_bytes = _other_program_db(tmp_path / "other.db")
    else:  # the header intact, a data page overwritten
        with zipfile.ZipFile(good) as archive:
            whole = bytearray(archive.read(DB_FILE_NAME))
        page = int.from_bytes(whole[16:18], "big")
        whole[page * 3 : page * 3 + 200] = b"\xa5" * 200
        db_bytes = bytes(whole)
    bad = _with_database(good, tmp_path / f"{kind}.fsdbak", db_bytes)
    before = _tree(filled.data_dir)
    filled.close()
    live = (filled.data_dir / DB_FILE_NAME).read_bytes()
    with pytest.raises(BackupRejected, match="数据库"):
        backup.restore(bad, filled.data_dir)
    assert _tree(filled.data_dir) == before and (filled.data_dir / DB_FILE_NAME).read_bytes() == live
    assert not list(filled.data_dir.glob("before-restore-*")) and not list(filled.data_dir.glob(".restore-*"))


def test_another_campaigns_backup_needs_the_offices_word(filled, tmp_path):
    from sqlalchemy import update

    from desktop_app.storage.models import Campaign

    theirs = backup.create(filled, tmp_path / "别的创建.fsdbak").path
    with filled.session() as session:  # the current data is now another campaign
        session.execute(update(Campaign).values(uid="f" * 32, name="另一个城市创建国家食品安全示范城市"))
    filled.close()
    found = backup.inspect(theirs, filled.data_dir)
    assert not found.same_campaign and found.campaign
    with pytest.raises(backup.OtherCampaign) as asked:
        backup.restore(theirs, filled.data_dir)
    assert "另一个城市" in asked.value.message and not list(filled.data_dir.glob("before-restore-*"))
    refused = run_cli("restore", str(theirs), data_dir=filled.data_dir)
    assert refused.returncode == 2 and "另一个城市" in refused.stderr
    done = run_cli("restore", str(theirs), "--other-campaign", data_dir=filled.data_dir)
    assert done.returncode == 0, done.stderr
    db = Database.open(filled.data_dir)
    try:
        from desktop_app.services import campaigns

        assert campaigns.get(db).name == found.campaign
    finally:
        db.close()


def test_a_backup_with_its_campaign_s_uid_blanked_is_still_known_for_another_campaign(filled, tmp_path):
    from sqlalchemy import update

    from desktop_app.storage.models import Campaign

    with filled.session() as session:  # the backup's campaign with no uid, as a crafted file has it
        session.execute(update(Campaign).values(uid=""))
    theirs = backup.create(filled, tmp_path / "无标识.fsdbak").path
    with filled.session() as session:  # the current data: another campaign
        session.execute(update(Campaign).values(uid="f" * 32, name="另一个城市创建国家食品安全示范城市"))
    filled.close()
    assert not backup.inspect(theirs, filled.data_dir).same_campaign  # told apart by its name
    refused = run_cli("restore", str(theirs), data_dir=filled.data_dir)
    assert refused.returncode == 2 and "另一个城市" in refused.stderr, refused.stderr


@pytest.mark.parametrize("kill_after", [-1, 0, 1, 2, 3, 4, 5])
def test_a_restore_killed_at_any_step_is_finished_at_the_next_start(filled, tmp_path, monkeypatch, kill_after):
    """The journal is written (-1: killed while writing it), then the swap moves the current database,
    its journal files and the store aside and the backup's in; killed after any number of those
    moves, the next start finishes it and says so."""
    import os

    from desktop_app.storage import restore_journal

    info = backup.create(filled, tmp_path / "b.fsdbak")
    wanted = _tree(filled.data_dir)
    (tmp_path / "later.pdf").write_bytes(b"filed after the backup")
    evidence.add_files(filled, [tmp_path / "later.pdf"], item=2)
    filled.close()
    real_replace, moves = os.replace, {"n": 0}

    def dying_replace(src, dst):
        if moves["n"] == kill_after + 1:  # the first rename puts the journal in place
            raise SystemExit("killed")  # the process ends here
        moves["n"] += 1
        return real_replace(src, dst)

    monkeypatch.setattr(restore_journal.os, "replace", dying_replace)
    try:
        backup.restore(info.path, filled.data_dir)
        killed = False
    except SystemExit:
        killed = True
    monkeypatch.setattr(restore_journal.os, "replace", real_replace)
    if kill_after == -1:  # killed before the journal: nothing live moved, the office keeps its data
        db = Database.open(filled.data_dir, finish_restore=True)
        try:
            assert db.notice is None and any(e.original_name == "later.pdf" for e in evidence.list_evidence(db))
        finally:
            db.close()
        (filled.data_dir / ".restore-left-by-a-kill").mkdir()  # what a real kill leaves unpacked …
        backup.restore(info.path, filled.data_dir)  # … is cleaned by the next restore
        assert list(filled.data_dir.glob(".restore-*")) == []
        return
    if killed:
        assert (filled.data_dir / restore_journal.JOURNAL).exists()
        with pytest.raises(Exception, match="尚未完成"):  # a reader without the lock does not touch it
            Database.open(filled.data_dir)
    db = Database.open(filled.data_dir, finish_restore=True)
    try:
        if killed:
            assert "中断" in db.notice and "before-restore-" in db.notice
        else:
            assert db.notice is None  # the swap had fewer moves than this; it ran whole
        assert _tree(filled.data_dir) == wanted
        assert not any(e.original_name == "later.pdf" for e in evidence.list_evidence(db))
        assert evidence.verify(db).ok
    finally:
        db.close()
    (kept,) = filled.data_dir.glob("before-restore-*")
    old = Database.open(kept)  # what the restore replaced is whole
    try:
        assert any(e.original_name == "later.pdf" for e in evidence.list_evidence(old))
    finally:
        old.close()
    assert not list(filled.data_dir.glob(".restore-*"))


def test_a_missing_database_beside_its_data_is_never_replaced_by_an_empty_one(filled, tmp_path):
    info = backup.create(filled, tmp_path / "b.fsdbak")
    filled.close()
    kept = backup.restore(info.path, filled.data_dir)
    assert kept is not None
    (filled.data_dir / DB_FILE_NAME).unlink()  # lost, as a crash or a clumsy hand can lose it
    with pytest.raises(Exception) as caught:
        Database.open(filled.data_dir)
    text = caught.value.message + "\n".join(getattr(caught.value, "details", []))
    assert "没有数据库" in text and "before-restore-" in text and "restore --previous" in text
    assert not (filled.data_dir / DB_FILE_NAME).exists()  # no empty database was made
    back = run_cli("restore", "--previous", data_dir=filled.data_dir)
    assert back.returncode == 0, back.stderr
    db = Database.open(filled.data_dir)
    try:
        assert evidence.verify(db).ok and evidence.list_evidence(db)
    finally:
        db.close()


@pytest.mark.parametrize("damage", ["missing", "altered"])
def test_a_backup_is_refused_when_a_stored_file_is_missing_or_altered(filled, tmp_path, damage):
    import os
    import stat as stat_module

    victim = evidence.list_evidence(filled)[0]
    path = evidence.store(filled).path_of(victim.sha256)
    if damage == "missing":
        path.unlink()
    else:
        os.chmod(path, stat_module.S_IREAD | stat_module.S_IWRITE)
        path.write_bytes(b"changed behind the program's back")
    with pytest.raises(KnownError) as caught:
        backup.create(filled, tmp_path / "b.fsdbak")
    assert ("1 个" in caught.value.message) and victim.title in "\n".join(caught.value.details)
    assert not (tmp_path / "b.fsdbak").exists()


def test_leftovers_and_files_no_record_uses_are_found_and_removed_on_request(filled, tmp_path):
    the_store = evidence.store(filled)
    orphan = the_store.put(_file_with(tmp_path / "孤儿.pdf", b"copied, then the program was killed"))
    (the_store.tmp / "dead.part").write_bytes(b"half a copy")
    (filled.data_dir / ".restore-abc123").mkdir()
    (filled.data_dir / ".restore-journal.json.x1y2.part").write_text("{", encoding="utf-8")  # a killed restore's
    report = evidence.verify(filled)
    assert report.ok and the_store.path_of(orphan.sha256) in report.orphans
    assert {p.name for p in report.leftovers} == {"dead.part", ".restore-abc123", ".restore-journal.json.x1y2.part"}
    listed = run_cli("evidence", "verify", data_dir=filled.data_dir)
    assert "--repair" in listed.stdout and the_store.path_of(orphan.sha256).exists()
    repaired = run_cli("evidence", "verify", "--repair", data_dir=filled.data_dir)
    assert repaired.returncode == 0, repaired.stderr
    assert not the_store.path_of(orphan.sha256).exists() and not (filled.data_dir / ".restore-abc123").exists()
    assert not list(filled.data_dir.glob(".*.part"))
    assert evidence.verify(filled).clutter == [] and evidence.verify(filled).ok  # the records' files stay


def _file_with(path, content):
    path.write_bytes(content)
    return path


def test_a_restore_is_itself_in_the_history_with_the_chain_it_replaced(filled, tmp_path):
    from desktop_app.services import history

    info = backup.create(filled, tmp_path / "b.fsdbak")
    from desktop_app.core.units import UnitRecord

    units.add(filled, UnitRecord(name="市恢复前新增局", kind="部门"))  # a change the restore undoes
    replaced = history.chain_head(filled)
    filled.close()
    kept = backup.restore(info.path, filled.data_dir)
    db = Database.open(filled.data_dir)
    try:
        state = history.chain_state(db)
        assert state.ok
        (latest,) = history.recent(db, limit=1)
        assert latest.action == "restore" and "恢复" in history.describe(latest)
        from sqlalchemy import select

        from desktop_app.storage.models import AuditLog

        with db.read() as session:
            entry = session.scalars(select(AuditLog).order_by(AuditLog.id.desc()).limit(1)).one()
        assert entry.after["replaced_chain_head"] == replaced and entry.after["replaced_data_kept_in"] == str(kept)
    finally:
        db.close()


def test_a_blank_uid_is_told_apart_by_name_region_and_creation_time(filled, tmp_path):
    """With a uid blank on either side, the campaign is the same only when its name, region and the
    moment it was set up all agree: the same name in another region asks first."""
    from sqlalchemy import update

    from desktop_app.storage.models import Campaign

    with filled.session() as session:
        session.execute(update(Campaign).values(uid=""))
    ours = backup.create(filled, tmp_path / "本创建.fsdbak").path
    with filled.session() as session:  # the same campaign, its uid given back: no question
        session.execute(update(Campaign).values(uid="e" * 32))
    filled.close()
    assert backup.inspect(ours, filled.data_dir).same_campaign
    db = Database.open(filled.data_dir)
    with db.session() as session:  # the same name, but another region's campaign
        session.execute(update(Campaign).values(region="另一个区"))
    db.close()
    assert not backup.inspect(ours, filled.data_dir).same_campaign
    with pytest.raises(backup.OtherCampaign):
        backup.restore(ours, filled.data_dir)


def _older_backup(good, dst, revision):
    """A genuine backup whose database is a data folder as an older version of the program left it:
    the same campaign's rows at schema ``revision`` (built by the migrations to it)."""
    import sqlite3

    from sqlalchemy import create_engine

    from desktop_app.storage import migrate

    with zipfile.ZipFile(good) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        members = {i.filename: archive.read(i.filename) for i in archive.infolist() if i.filename != "manifest.json"}
    old = dst.with_suffix(".db")
    engine = create_engine(f"sqlite:///{old}")
    migrate.upgrade(engine, revision)
    engine.dispose()
    current = dst.with_suffix(".current.db")
    current.write_bytes(members[DB_FILE_NAME])
    con = sqlite3.connect(old)
    con.execute("ATTACH ? AS cur", (str(current),))
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'evidence_fts%'"):
        if table == "alembic_version":
            continue
        columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]
        have = {r[1] for r in con.execute(f'PRAGMA cur.table_info("{table}")')}
        shared = ", ".join(f'"{c}"' for c in columns if c in have)
        con.execute(f'INSERT INTO "{table}" ({shared}) SELECT {shared} FROM cur."{table}"')
    con.commit()
    con.execute("DETACH cur")
    con.close()
    data = old.read_bytes()
    members[DB_FILE_NAME] = data
    manifest["schema"] = revision
    for m in manifest["members"]:
        if m["name"] == DB_FILE_NAME:
            m["sha256"], m["size"] = hashlib.sha256(data).hexdigest(), len(data)
    with zipfile.ZipFile(dst, "w") as archive:
        for name, blob in members.items():
            archive.writestr(name, blob)
        archive.writestr("manifest.json", json.dumps(manifest))
    return dst


def test_an_older_backup_is_brought_up_to_date_in_staging_and_restored(filled, tmp_path):
    good = backup.create(filled, tmp_path / "现在.fsdbak").path
    before_units = units.list_units(filled)
    before_evidence = evidence.list_evidence(filled)
    older = _older_backup(good, tmp_path / "旧版本.fsdbak", "0019")
    filled.close()
    assert backup.inspect(older, filled.data_dir).same_campaign
    backup.restore(older, filled.data_dir)
    assert not (filled.data_dir / "backups").exists() or not list((filled.data_dir / "backups").glob("before-mig*"))
    db = Database.open(filled.data_dir)
    try:
        assert units.list_units(db) == before_units
        assert [e.title for e in evidence.list_evidence(db)] == [e.title for e in before_evidence]
    finally:
        db.close()


def test_restored_data_that_does_not_open_is_put_back_by_itself(filled, tmp_path, monkeypatch):
    """Staging passed, yet the data in place fails to open (a disk error, say): the program puts the
    previous data back by itself and says so; the office goes on with what it had."""
    good = backup.create(filled, tmp_path / "好的.fsdbak").path
    (tmp_path / "后来.pdf").write_bytes(b"filed after the backup")
    evidence.add_files(filled, [tmp_path / "后来.pdf"], item=1)
    before_files = _tree(filled.data_dir)
    before_evidence = evidence.list_evidence(filled)
    filled.close()
    real_open = Database.open

    def failing_open(data_dir, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Database, "open", failing_open)
    with pytest.raises(BackupRejected) as caught:
        backup.restore(good, filled.data_dir)
    monkeypatch.setattr(Database, "open", real_open)
    assert "好的.fsdbak" in caught.value.message and "放回" in caught.value.message
    assert _tree(filled.data_dir) == before_files
    assert not list(filled.data_dir.glob("before-restore-*")) and not list(filled.data_dir.glob(".restore-*"))
    db = Database.open(filled.data_dir)
    try:
        assert evidence.list_evidence(db) == before_evidence
    finally:
        db.close()
