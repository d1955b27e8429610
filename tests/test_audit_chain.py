"""The history as a hash chain: an edited, deleted or reordered entry is found and named."""

import sqlite3

import pytest

from desktop_app.core.units import UnitRecord
from desktop_app.paths import DB_FILE_NAME
from desktop_app.services import history, units
from tests.conftest import run_cli


@pytest.fixture
def changed(demo_db):
    """A demo campaign and a few changes by the clerk on top of it."""
    for n in range(3):
        units.add(demo_db, UnitRecord(name=f"市第{n}测试局", kind="部门"))
    return demo_db


def _tamper(db, sql, *params):
    con = sqlite3.connect(db.data_dir / DB_FILE_NAME)
    con.execute(sql, params)
    con.commit()
    con.close()


def test_every_kind_of_write_extends_one_unbroken_chain(changed):
    state = history.chain_state(changed)
    assert state.ok and state.entries > 3 and len(state.head) == 64
    assert history.chain_head(changed) == state.head
    units.add(changed, UnitRecord(name="市又一测试局", kind="部门"))
    after = history.chain_state(changed)
    assert after.ok and after.entries == state.entries + 1 and after.head != state.head
    out = run_cli("audit", "verify", data_dir=changed.data_dir)
    assert out.returncode == 0 and after.short_head in out.stdout


@pytest.mark.sqlite_only
@pytest.mark.parametrize("how", ["actor", "delete", "swap"])
def test_an_edited_deleted_or_moved_entry_is_found(changed, how):
    con = sqlite3.connect(changed.data_dir / DB_FILE_NAME)
    ids = [r[0] for r in con.execute("SELECT id FROM audit_log ORDER BY id")]
    con.close()
    victim = ids[len(ids) // 2]
    if how == "actor":
        _tamper(changed, "UPDATE audit_log SET actor = '局长' WHERE id = ?", victim)
    elif how == "delete":
        _tamper(changed, "DELETE FROM audit_log WHERE id = ?", victim)
    else:  # two entries trade places
        nxt = ids[ids.index(victim) + 1]
        _tamper(changed, "UPDATE audit_log SET id = -1 WHERE id = ?", victim)
        _tamper(changed, "UPDATE audit_log SET id = ? WHERE id = ?", victim, nxt)
        _tamper(changed, "UPDATE audit_log SET id = ? WHERE id = -1", nxt)
    state = history.chain_state(changed)
    expected = ids[ids.index(victim) + 1] if how == "delete" else victim
    assert not state.ok and state.broken_at == expected
    out = run_cli("audit", "verify", data_dir=changed.data_dir)
    assert out.returncode == 1 and str(expected) in out.stdout and "篡改" in out.stdout


def test_an_older_database_gets_its_history_chained_when_it_is_upgraded(tmp_path):
    """A database written before the chain existed: its entries are chained as they stand."""
    from desktop_app.storage import migrate
    from desktop_app.storage.database import Database

    db = Database(tmp_path)
    migrate.upgrade(db.engine, "0007")
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after) "
            "VALUES ('2026-01-02 03:04:05.000006', '张三', 'create', 'unit', '1', NULL, ?)",
            ('{"name": "市教育局"}',),
        )
    db.close()
    upgraded = Database.open(tmp_path)
    try:
        state = history.chain_state(upgraded)
        assert state.ok and state.entries == 1
    finally:
        upgraded.close()


def test_the_bulletin_and_the_binder_index_print_the_chain_head(changed, tmp_path):
    import subprocess

    from desktop_app.services import binder, bulletin, evidence

    (tmp_path / "材料.pdf").write_bytes(b"evidence")
    evidence.add_files(changed, [tmp_path / "材料.pdf"], item=1)
    head = history.chain_head(changed)
    bulletin.generate(changed, "2026-10", tmp_path / "通报.pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / "通报.pdf"), "-"], capture_output=True, text=True).stdout
    assert f"操作记录校验码：{head[:16]}" in text.replace(" ", "")
    result = binder.export(changed, tmp_path / "迎检")
    index = subprocess.run(["pdftotext", str(next(result.folder.glob("*.pdf"))), "-"], capture_output=True, text=True)
    assert f"操作记录校验码：{history.chain_head(changed)[:16]}" in index.stdout.replace(" ", "")
    assert history.chain_head(changed) == head  # printing reports changes no data


def test_the_history_is_listed_filtered_and_exported(changed, tmp_path):
    from openpyxl import load_workbook

    everything = history.search(changed)
    mine = history.search(changed, words="市第1测试局")
    assert mine and all("市第1测试局" in history.describe(c) for c in mine) and len(mine) < len(everything)
    assert history.search(changed, entity="unit") and all(
        c.entity == "unit" for c in history.search(changed, entity="unit")
    )
    import datetime as dt

    assert history.search(changed, until=dt.date(2000, 1, 1)) == []
    listed = run_cli("audit", "list", "--words", "市第2测试局", data_dir=changed.data_dir)
    assert listed.returncode == 0 and "市第2测试局" in listed.stdout
    out = run_cli("audit", "export", str(tmp_path / "操作记录.xlsx"), "--kind", "unit", data_dir=changed.data_dir)
    assert out.returncode == 0, out.stderr
    rows = list(load_workbook(tmp_path / "操作记录.xlsx").active.iter_rows(min_row=3, values_only=True))
    assert rows and all(r[2].startswith(("新增", "修改", "删除")) for r in rows)
