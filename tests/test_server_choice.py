"""Which database a PC opens, and choosing the office's server for it: tried before it is chosen,
the password kept in PostgreSQL's own pgpass file (never in the program's files), the same rule for
the window and every command."""

import json
import os
import stat

import pytest

from desktop_app.core.errors import DatabaseError, KnownError
from desktop_app.services import campaigns, server, units
from desktop_app.storage import address
from desktop_app.storage.database import Database
from tests.conftest import build_demo, run_cli


def test_the_address_rule_given_then_environment_then_choice(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    assert address.address(data) is None  # the data folder's own file
    address.choose(data, "postgresql://clerk@10.0.0.5:5432/创建")
    assert address.address(data) == "postgresql://clerk@10.0.0.5:5432/创建"
    monkeypatch.setenv(address.ENV, "postgresql://a@b/c")
    assert address.address(data) == "postgresql://a@b/c"
    assert address.address(data, "postgresql://x@y/z") == "postgresql://x@y/z"
    monkeypatch.delenv(address.ENV)
    (data / address.CHOICE_FILE).write_text("{broken", encoding="utf-8")  # unreadable: as if none
    assert address.address(data) is None
    address.choose(data, "postgresql://clerk@10.0.0.5:5432/创建")
    address.choose(data, None)
    assert not (data / address.CHOICE_FILE).exists()


def test_the_form_s_parts_make_an_address_and_back():
    url = address.compose(" 192.168.1.20 ", 5433, "食安创建", "张 三")
    assert address.parts(url) == ("192.168.1.20", 5433, "食安创建", "张 三")
    assert address.parts(address.compose("fe80::1", 5432, "db", "u"))[0] == "fe80::1"


def test_the_password_goes_to_the_pgpass_file_alone(tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    (tmp_path / "pgpass").write_text("otherhost:5432:*:someone:kept\n", encoding="utf-8")
    url = "postgresql://clerk@10.0.0.5:5432/chuangjian"
    address.remember_password(url, "first")
    address.remember_password(url, "pa:ss\\word")  # the same login again: replaced, escaped as libpq reads it
    lines = (tmp_path / "pgpass").read_text(encoding="utf-8").splitlines()
    assert lines == ["otherhost:5432:*:someone:kept", "10.0.0.5:5432:chuangjian:clerk:pa\\:ss\\\\word"]
    if os.name != "nt":
        assert stat.S_IMODE((tmp_path / "pgpass").stat().st_mode) == 0o600


def test_connect_tries_first_and_then_works_without_the_password_in_the_address(pg_cluster, tmp_path):
    url = pg_cluster.clerk_database("s3cret-口令")
    data = tmp_path / "pc"
    data.mkdir()
    with pytest.raises(DatabaseError, match="拒绝登录"):
        server.connect(data, url, "wrong")
    assert address.chosen(data) is None and not address.pgpass_file().exists()

    state = server.connect(data, url, "s3cret-口令")
    assert state.empty and address.chosen(data) == url
    assert "s3cret" not in (data / address.CHOICE_FILE).read_text(encoding="utf-8")
    db = Database.open(data, url=address.address(data), create=True)  # the password comes from the pgpass file
    try:
        build_demo(db)
    finally:
        db.close()
    assert server.probe(url, "s3cret-口令").campaign.startswith("昌都市")
    listed = run_cli("units", "list", "--json", data_dir=data)  # a command on this PC goes to the server too
    assert listed.returncode == 0 and "市教育局" in listed.stdout, listed.stderr
    assert not (data / "foodsafety-desk.db").exists()
    server.disconnect(data)
    assert address.address(data) is None


def test_a_foreign_database_is_refused_before_it_is_chosen(pg_cluster, tmp_path):
    from sqlalchemy import create_engine, text

    from desktop_app.storage import postgres

    url = pg_cluster.new_database()
    engine = create_engine(postgres.normalised(url))
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE ledger (id integer primary key)"))
    engine.dispose()
    with pytest.raises(DatabaseError, match="其他程序"):
        server.connect(tmp_path, url.replace("postgresql+psycopg", "postgresql"))
    assert address.chosen(tmp_path) is None


def test_move_up_copies_this_pc_s_campaign_and_chooses_the_server(demo_db, pg_cluster, tmp_path):
    if demo_db.is_server:
        pytest.skip("the source is the data folder's own file")
    url = pg_cluster.clerk_database("口令2026")
    with pytest.raises(KnownError, match="共享文件夹"):
        server.move_up(demo_db, url, "口令2026", "")
    state = server.move_up(demo_db, url, "口令2026", tmp_path / "共享材料")
    assert state.campaign.startswith("昌都市") and address.chosen(demo_db.data_dir) == url
    other_pc = tmp_path / "pc2"
    server.connect(other_pc, url, "口令2026")
    db = Database.open(other_pc, url=address.address(other_pc), create=True)
    try:
        assert campaigns.require(db).name == state.campaign and units.find(db, "市教育局") is not None
    finally:
        db.close()
    with pytest.raises(KnownError, match="已有创建活动"):
        server.move_up(demo_db, url, "口令2026", tmp_path / "共享材料")
    assert json.loads((demo_db.data_dir / address.CHOICE_FILE).read_text(encoding="utf-8"))["url"] == url
