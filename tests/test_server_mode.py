"""Server mode: the campaign on a PostgreSQL server (a throw-away cluster started by the tests), with
the same models, services and migrations as the SQLite file; a wrong address, login or database
name, a foreign database and a newer schema each refused with a message naming the server (never
its password) and leaving it untouched."""

import pytest
from sqlalchemy import create_engine, text

from desktop_app.core.errors import DatabaseError
from desktop_app.services import campaigns, demo, tasks, units
from desktop_app.storage import migrate, postgres
from desktop_app.storage.database import Database
from tests.conftest import run_cli


def test_a_new_database_on_the_server_is_set_up_and_kept(server_url, tmp_path):
    db = Database.open(tmp_path / "local", url=server_url)
    try:
        assert db.is_server and not db.is_sqlite
        with db.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
        demo.build_small(db)
        assert campaigns.require(db).name.startswith("昌都市")
        assert len(tasks.list_tasks(db)) == 26 and units.find(db, "市教育局") is not None
    finally:
        db.close()
    again = Database.open(tmp_path / "other-pc", url=server_url)  # another clerk's PC, the same campaign
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
            Database.open(tmp_path, url=url)
        assert words in caught.value.message, (url, caught.value.message)
        assert "secret" not in caught.value.message  # the password is never shown


def test_a_foreign_or_newer_database_on_the_server_is_refused_untouched(pg_cluster, tmp_path):
    foreign = pg_cluster.new_database()
    engine = create_engine(postgres.normalised(foreign))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE customers (id integer primary key, name text)"))
    with pytest.raises(DatabaseError, match="其他程序"):
        Database.open(tmp_path, url=foreign)
    with engine.connect() as conn:
        assert "alembic_version" not in {r[0] for r in conn.execute(text("SELECT tablename FROM pg_tables"))}
    engine.dispose()

    newer = pg_cluster.new_database()
    Database.open(tmp_path, url=newer).close()
    engine = create_engine(postgres.normalised(newer))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseError, match="9999"):
        Database.open(tmp_path, url=newer)
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
