"""The plain read path (storage.plain, services.reads): the file read without the ORM gives exactly
what the opened database gives, and is used only where the file needs nothing done first."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
import subprocess
import sys

import pytest

from desktop_app.core import settings as spec
from desktop_app.paths import DB_FILE_NAME
from desktop_app.services import findings, settings, units, users
from desktop_app.services.reads import campaign, dashboard, history, ruleset
from desktop_app.services.reads import settings as read_settings
from desktop_app.services.reads import units as read_units
from desktop_app.storage import migrate, restore_journal
from desktop_app.storage.plain import PlainReader
from tests.conftest import ROOT, run_cli
from tests.test_findings import _list

pytestmark = pytest.mark.sqlite_only  # the plain reader opens the data folder's SQLite file

TODAY = dt.date(2026, 12, 5)


def _everything(source) -> dict:
    """What 首页, ``units list`` and ``framework show`` read, as plain data."""
    board = dashboard.dashboard(source, TODAY)
    return {
        "campaign": dataclasses.asdict(campaign.get(source)),
        "counts": dataclasses.asdict(campaign.counts(source)),
        "rules": ruleset.load(source).summary_json(),
        "units": [u.to_json() for u in read_units.list_units(source)],
        "order": read_units.office_order(source),
        "board": dataclasses.asdict(board),
        "history": [dataclasses.asdict(c) for c in history.search(source, since=TODAY - dt.timedelta(days=3650))],
        "last": history.last_change(source),
        "language": read_settings.get(source, spec.LANGUAGE),
    }


def test_the_file_read_plainly_gives_what_the_database_gives(demo_db, tmp_path):
    findings.import_xlsx(
        demo_db,
        _list(tmp_path / "问题.xlsx", [[1, "市教育局", "学校食堂未接入平台", "85", "2026年10月底前"]]),
        kind="月度专项督查",
        date=dt.date(2026, 10, 20),
    )
    unit = units.find(demo_db, "市司法局")
    units.set_active(demo_db, unit.id, False)  # an inactive unit, an update in the history
    settings.set_value(demo_db, spec.LANGUAGE, "en")
    expected = _everything(demo_db)
    assert expected["board"]["overdue_findings"] and expected["history"] and expected["language"] == "en"
    assert any(not u["active"] for u in expected["units"]) and any(u["aliases"] for u in expected["units"])
    with PlainReader.open(demo_db.data_dir) as reader:
        assert _everything(reader) == expected


def test_the_plain_reader_leaves_every_unusual_file_to_the_database(data_dir, demo_db):
    assert PlainReader.open(data_dir / "nowhere") is None  # no file
    reader = PlainReader.open(demo_db.data_dir)
    assert reader is not None
    reader.close()
    (demo_db.data_dir / restore_journal.JOURNAL).write_text("{}", encoding="utf-8")
    assert PlainReader.open(demo_db.data_dir) is None  # a restore to finish first
    (demo_db.data_dir / restore_journal.JOURNAL).unlink()
    con = sqlite3.connect(demo_db.data_dir / DB_FILE_NAME)
    con.execute("UPDATE alembic_version SET version_num = '0020'")
    con.commit()
    con.close()
    assert PlainReader.open(demo_db.data_dir) is None  # an older schema: migrated by Database.open
    other = data_dir.parent / "other"
    other.mkdir()
    (other / DB_FILE_NAME).write_bytes(b"not a database at all" * 50)
    assert PlainReader.open(other) is None
    (other / DB_FILE_NAME).write_bytes(b"")
    assert PlainReader.open(other) is None


def test_the_revision_the_plain_reader_expects_is_the_newest_migration():
    assert migrate.script_head() == migrate.HEAD


def test_read_only_commands_read_plainly_and_say_the_same(demo_db):
    plain = run_cli("units", "list", "--json", data_dir=demo_db.data_dir)
    assert plain.returncode == 0
    assert json.loads(plain.stdout) == [u.to_json() for u in units.list_units(demo_db)]
    framework = run_cli("framework", "show", "--json", data_dir=demo_db.data_dir)
    assert json.loads(framework.stdout)["total_score"] == ruleset.load(demo_db).summary_json()["total_score"]


def test_a_quick_command_loads_no_orm(demo_db):
    """``units list`` and ``framework show`` answer without importing SQLAlchemy (their start-up time)."""
    code = (
        "import sys\nfrom desktop_app import cli\n"
        f"cli.main(['--data-dir', {str(demo_db.data_dir)!r}, 'units', 'list', '--json'])\n"
        f"cli.main(['--data-dir', {str(demo_db.data_dir)!r}, 'framework', 'show', '--json'])\n"
        "print('ORM' if 'sqlalchemy' in sys.modules else 'plain')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith("plain")


def test_with_users_on_a_quick_command_still_asks_who_is_there(demo_db):
    users.enable(demo_db, "管理员", "很长的密码123")
    refused = run_cli("units", "list", "--json", data_dir=demo_db.data_dir)
    assert refused.returncode == 2 and "--user" in refused.stderr
    allowed = run_cli(
        "--user", "管理员", "--password-stdin", "units", "list", data_dir=demo_db.data_dir, stdin="很长的密码123\n"
    )
    assert allowed.returncode == 0 and "市司法局" in allowed.stdout


def test_a_folder_named_in_chinese_with_odd_characters_is_read(tmp_path):
    from desktop_app.services import campaigns
    from desktop_app.storage.database import Database

    folder = tmp_path / "创建办 资料#1"  # (Windows allows # in a name, not ?)
    db = Database.open(folder)
    try:
        campaigns.create(db, name="昌都市创建", region="昌都市", population=760_966)
    finally:
        db.close()
    with PlainReader.open(folder) as reader:
        assert campaign.get(reader).name == "昌都市创建"


def test_the_history_names_records_by_the_columns_the_models_have():
    """``reads.history.NAME_COLUMNS`` (which column names a record) is what the models say."""
    from desktop_app.services.reads.history import _NAME_FIELDS, NAME_COLUMNS
    from desktop_app.storage.models import Base

    expected = {}
    for mapper in Base.registry.mappers:
        table = getattr(mapper.class_, "__tablename__", None)
        named = tuple(f for f in _NAME_FIELDS if f in mapper.columns)
        if named and len(mapper.primary_key) == 1 and mapper.primary_key[0].name == "id":
            expected[table] = named
    assert expected == NAME_COLUMNS


def test_a_damaged_file_is_said_to_be_damaged_by_a_quick_command(demo_db):
    demo_db.close()
    path = demo_db.data_dir / DB_FILE_NAME
    data = bytearray(path.read_bytes())
    page = 4096
    data[page : len(data)] = b"\xff" * (len(data) - page)  # every page but the first overwritten
    path.write_bytes(bytes(data))
    refused = run_cli("units", "list", "--json", data_dir=demo_db.data_dir)
    assert refused.returncode == 2
    assert "已损坏" in refused.stderr and "Traceback" not in refused.stderr
