"""Storage: the database file is checked, never overwritten when wrong, and every change is audited."""

import errno
import hashlib
import sqlite3

import pytest
from sqlalchemy import select, text

from desktop_app.core.errors import DatabaseError, DataDirError
from desktop_app.paths import DB_FILE_NAME, resolve_data_dir
from desktop_app.services import campaigns
from desktop_app.storage import migrate, sqlite
from desktop_app.storage.database import Database
from desktop_app.storage.datadir import ensure_data_dir
from desktop_app.storage.models import AuditLog, Base, Unit


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_only
def test_wal_and_foreign_keys_are_on(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_schema_head_matches_the_migration_scripts():
    assert migrate.script_head() == migrate.HEAD


def test_migrations_build_exactly_the_models(db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    def ours(obj, name, type_, reflected, compare_to):
        # the search indexes of each kind of database: storage/fts.py (SQLite), storage/pg_search.py (server),
        # and the server's own tables outside the campaign's rows (storage/blobstore.py, postgres.work_lock)
        table = name if type_ == "table" else getattr(getattr(obj, "table", None), "name", "")
        return not (table.startswith("evidence_fts") or table in ("search_gram", "stored_blob", "work_running"))

    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": ours})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_audit_is_written_in_the_same_transaction(db):
    with pytest.raises(RuntimeError), db.session() as s:
        s.add(Unit(name="市财政局", key="市财政局"))
        s.flush()
        raise RuntimeError("boom")
    of_units = select(AuditLog).where(AuditLog.entity == "unit")  # (a server's test sets its store first)
    with db.read() as s:
        assert s.scalars(of_units).all() == []
        assert s.scalars(select(Unit)).all() == []
    with db.session(actor="clerk") as s:
        s.add(Unit(name="市财政局", key="市财政局"))
    with db.read() as s:
        entry = s.scalars(of_units).one()
    assert (entry.actor, entry.action, entry.entity) == ("clerk", "create", "unit")
    assert entry.after["name"] == "市财政局" and entry.before is None
    with db.read() as s:
        assert entry.entity_id == str(s.scalars(select(Unit.id)).one())


def test_deletes_are_audited_with_the_old_values(db):
    with db.session() as s:
        s.add(Unit(name="市财政局", key="市财政局", liaison="张三"))
    with db.session() as s:
        s.delete(s.scalars(select(Unit)).one())
    with db.read() as s:
        entry = s.scalars(select(AuditLog).where(AuditLog.action == "delete")).one()
    assert entry.before["liaison"] == "张三" and entry.after is None


def test_a_file_that_is_not_a_database_is_refused_and_untouched(data_dir):
    path = data_dir / DB_FILE_NAME
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 100)
    digest = _digest(path)
    with pytest.raises(DatabaseError) as info:
        Database.open(data_dir)
    assert "不是本程序的数据库，或已损坏" in info.value.message
    assert _digest(path) == digest


def test_a_damaged_database_is_refused_and_untouched(data_dir):
    db = Database.open(data_dir)
    campaigns.create(db, name="测试", region="测试市", population=1000)
    db.close()
    path = data_dir / DB_FILE_NAME
    raw = bytearray(path.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    path.write_bytes(bytes(raw))
    for leftover in ("-wal", "-shm"):
        (data_dir / (DB_FILE_NAME + leftover)).unlink(missing_ok=True)
    digest = _digest(path)
    with pytest.raises(DatabaseError) as info:
        Database.open(data_dir)
    assert "已损坏" in info.value.message
    assert _digest(path) == digest


def test_a_foreign_sqlite_database_is_refused(data_dir):
    path = data_dir / DB_FILE_NAME
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    digest = _digest(path)
    with pytest.raises(DatabaseError) as info:
        Database.open(data_dir)
    assert "其他程序的数据库" in info.value.message
    assert _digest(path) == digest


def test_a_database_from_a_newer_version_is_refused(data_dir):
    Database.open(data_dir).close()
    con = sqlite3.connect(data_dir / DB_FILE_NAME)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError) as info:
        Database.open(data_dir)
    assert "更新版本" in info.value.message and "9999" in info.value.message


def test_an_older_schema_is_copied_aside_before_migrating(data_dir, monkeypatch):
    Database.open(data_dir).close()
    # pretend the program is one schema version ahead of the file
    current = migrate.HEAD
    monkeypatch.setattr(migrate, "HEAD", "9000")
    monkeypatch.setattr(migrate, "is_known", lambda rev: rev in (current, "9000"))
    upgraded = []
    monkeypatch.setattr(migrate, "upgrade", lambda engine, target="head": upgraded.append(target))
    Database.open(data_dir).close()
    copies = list((data_dir / "backups").glob(f"before-migration-{current}-*.db"))
    assert len(copies) == 1 and upgraded == ["head"]
    con = sqlite3.connect(copies[0])
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == current
    con.close()


def test_data_dir_that_is_a_file(tmp_path):
    target = tmp_path / "not-a-folder"
    target.write_text("x")
    with pytest.raises(DataDirError) as info:
        Database.open(target)
    assert "是文件而不是文件夹" in info.value.message


@pytest.mark.parametrize(
    ("err", "expected"),
    [(errno.ENOSPC, "磁盘已满"), (errno.EROFS, "无法写入"), (errno.EACCES, "无法写入")],
)
def test_full_or_read_only_data_folder_gives_a_clear_message(tmp_path, monkeypatch, err, expected):
    import builtins

    real_open = builtins.open

    def failing_open(file, *args, **kwargs):
        if str(file).endswith(".write-test"):
            raise OSError(err, "simulated", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", failing_open)
    with pytest.raises(DataDirError) as info:
        ensure_data_dir(tmp_path / "data")
    assert expected in info.value.message


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("database or disk is full", "磁盘已满"),
        ("attempt to write a readonly database", "无法写入"),
        ("database disk image is malformed", "已损坏"),
        ("database is locked", "正被其他程序占用"),
    ],
)
def test_sqlite_errors_become_messages(tmp_path, message, expected):
    err = sqlite.known_error(sqlite3.OperationalError(message), tmp_path / DB_FILE_NAME)
    assert err is not None and expected in err.message


@pytest.mark.sqlite_only
def test_backup_api_copy_is_checked_and_complete(demo_db, tmp_path):
    copy = demo_db.backup_to(tmp_path / "copy.db")
    con = sqlite3.connect(copy)
    assert con.execute("SELECT count(*) FROM unit").fetchone()[0] == 38
    con.close()


def test_data_dir_resolution(monkeypatch, tmp_path):
    monkeypatch.setenv("FOODSAFETY_DESK_DATA", str(tmp_path / "env"))
    assert resolve_data_dir(None) == (tmp_path / "env").resolve()
    assert resolve_data_dir(tmp_path / "flag") == (tmp_path / "flag").resolve()
    monkeypatch.delenv("FOODSAFETY_DESK_DATA")
    assert "FoodSafetyDesk" in str(resolve_data_dir(None))


def test_a_real_upgrade_from_schema_0001_keeps_the_evidence(data_dir):
    """A data folder written by the first version: opened, copied aside, migrated, nothing lost."""
    from sqlalchemy import create_engine

    path = data_dir / DB_FILE_NAME
    migrate.upgrade(create_engine(f"sqlite:///{path}"), "0001")
    con = sqlite3.connect(path)
    con.executescript(
        """
        INSERT INTO rule_set (id, code, name, total_score, source, builtin, created_at)
            VALUES (1, 'national-2021', '细则', 120, '', 1, '2024-01-01');
        INSERT INTO rs_item (id, rule_set_id, point_id, no, is_veto, text, methods, departments, basic_task)
            VALUES (1, 1, NULL, 85, 0, '明厨亮灶', '[]', '市教育局', '');
        INSERT INTO unit (id, name, key, kind, leader, liaison, phone, note, active, created_at)
            VALUES (1, '市教育局', '市教育局', '部门', '', '', '', '', 1, '2024-01-01');
        INSERT INTO evidence (id, item_id, unit_id, title, doc_no, category, period, sha256, size, original_name,
                              created_at)
            VALUES (1, 1, 1, '明厨亮灶台账', '', '台账', '2024-05', 'ab' || printf('%062d', 0), 1234, 'a.xlsx',
                    '2024-05-01');
        """
    )
    con.commit()
    con.close()
    db = Database.open(data_dir)
    db.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == migrate.HEAD
    assert con.execute("SELECT title, review_state, public, note FROM evidence").fetchall() == [
        ("明厨亮灶台账", "待审核", 0, "")
    ]
    assert con.execute("SELECT size, text_state FROM stored_file").fetchall() == [(1234, "pending")]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
    copies = list((data_dir / "backups").glob("before-migration-0001-*.db"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert old.execute("SELECT count(*) FROM evidence").fetchone()[0] == 1
    old.close()


def test_os_errors_are_explained_in_one_place():
    import errno

    from desktop_app.core.errors import explain_os_error

    full = explain_os_error(OSError(errno.ENOSPC, "No space left"), "D:/报表/通报.pdf")
    assert "磁盘已满" in full.message or "已满" in full.message
    locked = explain_os_error(PermissionError(errno.EACCES, "denied", "D:/报表/通报.xlsx"))
    assert "D:/报表/通报.xlsx" in locked.message and "Excel" in locked.message
    folder = explain_os_error(OSError(errno.EACCES, "denied"), "/data", data_folder=True)
    assert "/data" in folder.message and folder.message != locked.message


def _damage_pages(db_file):
    """Overwrite some data pages, the header left intact (as a failing disk or a torn copy does)."""
    data = bytearray(db_file.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for n in (3, 5, 8):
        if (n + 1) * page <= len(data):
            data[n * page + 8 : n * page + 400] = b"\xa5" * 392
    db_file.write_bytes(bytes(data))


@pytest.mark.sqlite_only
def test_a_damaged_database_is_found_and_written_to_no_more(demo_db, tmp_path):
    from desktop_app.core.errors import DatabaseError, KnownError
    from desktop_app.paths import DB_FILE_NAME
    from desktop_app.services import backup, evidence
    from desktop_app.storage.database import Database
    from tests.conftest import run_cli

    data_dir = demo_db.data_dir
    demo_db.close()
    _damage_pages(data_dir / DB_FILE_NAME)
    before = (data_dir / DB_FILE_NAME).read_bytes()
    (tmp_path / "材料.pdf").write_bytes(b"evidence")
    out = run_cli("evidence", "add", "--item", "1", str(tmp_path / "材料.pdf"), data_dir=data_dir)  # it writes
    assert out.returncode != 0 and "损坏" in out.stderr
    db = Database.open(data_dir)
    try:
        problem = db.check_integrity()
        assert problem is not None and db.damaged == problem
        with pytest.raises(DatabaseError, match="损坏"), db.session():
            pass
        report = evidence.verify(db)
        assert report.database is not None and not report.ok
        with pytest.raises(KnownError, match="损坏"):
            backup.create(db, tmp_path / "坏.fsdbak")
    finally:
        db.close()
    assert not (tmp_path / "坏.fsdbak").exists()
    assert (data_dir / DB_FILE_NAME).read_bytes()[:100] == before[:100]
