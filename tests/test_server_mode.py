"""Server mode: the campaign on a PostgreSQL server (a throw-away cluster started by the tests), with
the same models, services and migrations as the SQLite file; a wrong address, login or database
name, a foreign database and a newer schema each refused with a message naming the server (never
its password) and leaving it untouched."""

import pytest
from sqlalchemy import create_engine, text

from desktop_app.core.errors import DatabaseError, KnownError
from desktop_app.services import campaigns, demo, tasks, units
from desktop_app.storage import migrate, postgres
from desktop_app.storage.database import Database
from tests.conftest import run_cli


def test_a_new_database_on_the_server_is_set_up_and_kept(server_url, tmp_path):
    db = Database.open(tmp_path / "local", url=server_url, create=True)
    try:
        assert db.is_server and not db.is_sqlite
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
        demo.build_small(db)
        assert campaigns.require(db).name.startswith("昌都市")
        assert len(tasks.list_tasks(db)) == 26 and units.find(db, "市教育局") is not None
    finally:
        db.close()
    again = Database.open(tmp_path / "other-pc", url=server_url, create=True)  # another clerk's PC, the same campaign
    try:
        assert units.find(again, "市教育局") is not None
        assert not (tmp_path / "other-pc" / "foodsafety-desk.db").exists()  # no local database file
    finally:
        again.close()


def test_wrong_address_login_or_database_is_said_in_words(pg_cluster, tmp_path):
    cases = {
        f"postgresql://fsd@127.0.0.1:{_closed_port()}/postgres": "无法连接数据库服务器",
        pg_cluster.url("postgres").replace("fsd@", "nobody:secret@"): "拒绝登录",
        pg_cluster.url("no_such_db"): "没有这个数据库",
    }
    for url, words in cases.items():
        with pytest.raises(DatabaseError) as caught:
            Database.open(tmp_path, url=url, create=True)
        assert words in caught.value.message, (url, caught.value.message)
        assert "secret" not in caught.value.message  # the password is never shown


def test_a_read_never_sets_up_an_empty_server_database(pg_cluster, tmp_path):
    """Not even the server's maintenance database: only init, demo and a move make the tables."""
    for url in (pg_cluster.new_database(), pg_cluster.url("postgres")):
        with pytest.raises(DatabaseError, match="是空的"):
            Database.open(tmp_path, url=url)
        out = run_cli("--database", url, "tasks", "list", data_dir=tmp_path / "pc")
        assert out.returncode == 2 and "是空的" in out.stderr and "db move-to" in out.stderr, out.stderr
        engine = create_engine(postgres.normalised(url))
        with engine.connect() as conn:
            assert not conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).all()
        engine.dispose()
    made = run_cli("--database", pg_cluster.new_database(), "init", "--name", "开州区创建", "--region", "开州区",
                   "--population", "1000000", data_dir=tmp_path / "pc")  # fmt: skip
    assert made.returncode == 0, made.stderr


def test_a_foreign_or_newer_database_on_the_server_is_refused_untouched(pg_cluster, tmp_path):
    foreign = pg_cluster.new_database()
    engine = create_engine(postgres.normalised(foreign))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE customers (id integer primary key, name text)"))
    with pytest.raises(DatabaseError, match="其他程序"):
        Database.open(tmp_path, url=foreign, create=True)
    with engine.connect() as conn:
        assert "alembic_version" not in {r[0] for r in conn.execute(text("SELECT tablename FROM pg_tables"))}
    engine.dispose()

    newer = pg_cluster.new_database()
    Database.open(tmp_path, url=newer, create=True).close()
    engine = create_engine(postgres.normalised(newer))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseError, match="9999"):
        Database.open(tmp_path, url=newer, create=True)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    engine.dispose()


def test_the_command_line_works_on_the_server(server_url, tmp_path):
    data = tmp_path / "local"
    assert run_cli("--database", server_url, "demo", data_dir=data).returncode == 0
    listed = run_cli("--database", server_url, "units", "list", "--json", data_dir=data)
    assert listed.returncode == 0 and "市教育局" in listed.stdout
    assert not (data / "foodsafety-desk.db").exists()
    picture = tmp_path / "首页.png"
    drawn = run_cli("--database", server_url, "screenshot", "--page", "home", "--out", str(picture), data_dir=data)
    assert drawn.returncode == 0 and picture.stat().st_size > 10_000, drawn.stderr  # the window, on the server
    shown = postgres.shown("postgresql://clerk:secret@server/fsd")
    assert "secret" not in shown and "clerk" in shown


def _closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # free, and nothing listens there once the socket closes


def test_a_second_campaign_on_the_server_is_refused_and_the_first_kept(server_url, tmp_path):
    first_pc = Database.open(tmp_path / "pc1", url=server_url, create=True)
    second_pc = Database.open(tmp_path / "pc2", url=server_url, create=True)
    try:
        campaigns.create(first_pc, name="济源市创建省级食品安全示范城市", region="济源市", population=730_000)
        with pytest.raises(KnownError, match="服务器上的数据库已有创建活动"):
            campaigns.create(second_pc, name="另一个创建活动", region="某市", population=1)
        assert campaigns.require(second_pc).name == "济源市创建省级食品安全示范城市"
    finally:
        second_pc.close()
        first_pc.close()


def _on_server(url: str, *statements: str) -> None:
    """Run ``statements`` on the server as its administrator would, in one transaction."""
    engine = create_engine(postgres.normalised(url))
    with engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))
    engine.dispose()


def _cut_every_connection(url: str) -> None:
    _on_server(
        url,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )


class _ServerGoesAway:
    """A progress that cuts every connection to the database half-way through the work."""

    cancelled = False

    def __init__(self, url: str, at: int):
        self.url, self.at = url, at

    def step(self, done: int, total: int, message: str = "") -> None:
        if done == self.at:
            _cut_every_connection(self.url)


def test_a_server_that_goes_away_mid_import_leaves_nothing_half_written(server_url, tmp_path):
    from openpyxl import Workbook

    db = Database.open(tmp_path / "pc1", url=server_url, create=True)
    try:
        demo.build_small(db)
        before = len(units.list_units(db))
        book = Workbook()
        book.active.append(["单位名称", "类型"])
        for n in range(8):
            book.active.append([f"市新设第{n}局", "部门"])
        book.save(tmp_path / "名单.xlsx")
        with pytest.raises(DatabaseError, match="无法连接数据库服务器") as caught:
            units.import_xlsx(db, tmp_path / "名单.xlsx", _ServerGoesAway(server_url, at=4))
        assert "127.0.0.1" in caught.value.message  # the server is named
        assert len(units.list_units(db)) == before  # the connection comes back; nothing of the import stayed
        assert units.import_xlsx(db, tmp_path / "名单.xlsx").created == 8  # and it can simply be run again
    finally:
        db.close()


def test_a_shared_folder_that_is_gone_or_read_only_is_said_in_words(server_url, tmp_path, monkeypatch):
    import os

    from desktop_app.core import settings as spec
    from desktop_app.services import evidence, settings

    db = Database.open(tmp_path / "pc1", url=server_url, create=True)
    try:
        demo.build_small(db)
        paper = tmp_path / "纪要.txt"
        paper.write_text("会议纪要", encoding="utf-8")
        settings.set_value(db, spec.STORE_FOLDER, str(tmp_path / "服务器已关机" / "创建材料"))
        added = evidence.add_files(db, [paper], item=1, unit="市食安办")
        assert not added.added and "无法访问" in added.skipped[0].reason  # not filed, and told why
        assert not (tmp_path / "服务器已关机").exists()  # nothing made in the share's place
        shared = tmp_path / "只读共享"
        shared.mkdir()
        settings.set_value(db, spec.STORE_FOLDER, str(shared))
        os.chmod(shared, 0o555)
        if hasattr(os, "geteuid") and os.geteuid() == 0:  # root writes anywhere: the share says no instead
            real = type(shared).mkdir

            def refused(self, *args, **kwargs):
                if self.parent == shared:
                    raise PermissionError(13, "Permission denied", str(self))
                return real(self, *args, **kwargs)

            monkeypatch.setattr(type(shared), "mkdir", refused)
        try:
            added = evidence.add_files(db, [paper], item=1, unit="市食安办")
        finally:
            os.chmod(shared, 0o755)
            monkeypatch.undo()
        assert not added.added and "纪要.txt" in added.skipped[0].reason and "写入权限" in added.skipped[0].reason
        assert not evidence.list_evidence(db)  # no record without its file
    finally:
        db.close()


def _disk_full_on(url: str, table: str) -> None:
    """The server answers a write to ``table`` as a full disk does (SQLSTATE 53100)."""
    _on_server(
        url,
        "CREATE OR REPLACE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "RAISE EXCEPTION USING ERRCODE = 'disk_full', "
        "MESSAGE = 'could not extend file \"base/16384/16500\": No space left on device'; END $$",
        f"CREATE TRIGGER full_disk BEFORE INSERT ON {table} FOR EACH ROW EXECUTE FUNCTION disk_full()",
    )


def test_a_full_disk_on_the_server_is_said_and_nothing_is_half_written(server_url, tmp_path):
    from openpyxl import Workbook

    from desktop_app.core import settings as spec
    from desktop_app.services import evidence, settings

    db = Database.open(tmp_path / "pc1", url=server_url, create=True)
    try:
        demo.build_small(db)
        (tmp_path / "共享").mkdir()
        settings.set_value(db, spec.STORE_FOLDER, str(tmp_path / "共享"))
        before = len(units.list_units(db))
        book = Workbook()
        book.active.append(["单位名称", "类型"])
        book.active.append(["市新设局", "部门"])
        book.save(tmp_path / "名单.xlsx")
        _disk_full_on(server_url, "unit")
        with pytest.raises(DatabaseError, match="磁盘已满") as caught:
            units.import_xlsx(db, tmp_path / "名单.xlsx")
        assert "127.0.0.1" in caught.value.message
        assert len(units.list_units(db)) == before

        paper = tmp_path / "纪要.txt"
        paper.write_text("会议纪要", encoding="utf-8")
        _disk_full_on(server_url, "evidence")
        with pytest.raises(DatabaseError, match="磁盘已满"):
            evidence.add_files(db, [paper], item=1, unit="市食安办")
        assert not evidence.list_evidence(db)  # no record without its file …
        report = evidence.verify(db)
        assert not report.orphans and not report.missing  # … and the file that went in first taken back
    finally:
        db.close()


def test_a_full_disk_while_a_monthly_report_is_saved_keeps_none_of_it(server_url, tmp_path):
    """A report's rows go to the server in one COPY; a refusal there is told in words as any other,
    and neither the report nor its tasks' changes are kept."""
    from openpyxl import load_workbook

    from desktop_app.services import monthly

    db = Database.open(tmp_path / "pc1", url=server_url, create=True)
    try:
        demo.build_small(db)
        task = next(t for t in tasks.list_tasks(db) if not t.is_group and t.lead_units and t.status != "已完成")
        unit = task.lead_units[0]
        (path,) = monthly.write_templates(db, "2026-10", tmp_path / "下发", unit_ids=[units.find(db, unit).id])
        book = load_workbook(path)
        sheet = book["月度推进情况"]
        row = next(r for r, v in enumerate(sheet.iter_rows(values_only=True), start=1) if v[2] == task.code)
        sheet["E5"], sheet[f"K{row}"], sheet[f"E{row}"] = "召开推进会2次", "已完成", "已完成"
        book.save(path)
        entries = monthly.read_files(db, [path])
        assert [e.error for e in entries] == [None]
        _disk_full_on(server_url, "monthly_row")
        with pytest.raises(DatabaseError, match="磁盘已满") as caught:
            monthly.save(db, entries)
        assert "127.0.0.1" in caught.value.message
        assert monthly.report(db, unit, "2026-10") is None
        assert next(t for t in tasks.list_tasks(db) if t.code == task.code).status == task.status
    finally:
        db.close()


def test_a_connection_the_server_dropped_is_replaced(server_url, tmp_path):
    db = Database.open(tmp_path / "pc1", url=server_url, create=True)
    try:
        demo.build_small(db)
        _cut_every_connection(server_url)  # the server restarted over lunch
        assert units.find(db, "市教育局") is not None  # asked first, replaced: the clerk sees nothing
    finally:
        db.close()
