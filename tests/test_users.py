"""Users and roles, once the office turns them on: who may change what, through every command."""

import pytest
from sqlalchemy import text

from desktop_app.core import roles
from desktop_app.services import evidence, history, users
from desktop_app.storage.database import PermissionDenied
from tests.conftest import run_cli

ADMIN_PW, CLERK_PW, READER_PW, REVIEWER_PW = "admin-pass-1", "clerk-pass-1", "reader-pass", "review-pass"


@pytest.fixture
def office(demo_db):
    """Users on: 王主任 (管理员), 李录入 (录入员), 张审核 (审核员), 赵领导 (只读)."""
    code = users.enable(demo_db, "王主任", ADMIN_PW)
    users.login(demo_db, "王主任", ADMIN_PW)
    users.add(demo_db, "李录入", roles.CLERK, CLERK_PW)
    users.add(demo_db, "张审核", roles.REVIEWER, REVIEWER_PW)
    users.add(demo_db, "赵领导", roles.READER, READER_PW)
    demo_db.user = None
    demo_db.recovery_code = code
    return demo_db


def _cli(db, *args, user=None, passwords=(), env=None):
    """A command as a script runs it: the passwords piped in, one a line."""
    extra = ["--user", user] if user else []
    return run_cli(*args, *extra, "--password-stdin", data_dir=db.data_dir, env=env, stdin="\n".join(passwords) + "\n")


def test_a_reader_cannot_change_anything_and_may_read_and_print(office, tmp_path):
    (tmp_path / "材料.pdf").write_bytes(b"evidence")
    added = _cli(
        office, "evidence", "add", "--item", "1", str(tmp_path / "材料.pdf"), user="赵领导", passwords=[READER_PW]
    )
    assert added.returncode != 0 and "只读" in added.stderr and "不能" in added.stderr
    tasks_out = _cli(office, "tasks", "list", "--json", user="赵领导", passwords=[READER_PW])
    assert tasks_out.returncode == 0
    report = _cli(
        office,
        "report",
        "monthly",
        "--month",
        "2026-10",
        "--out",
        str(tmp_path / "通报.pdf"),
        user="赵领导",
        passwords=[READER_PW],
    )
    assert report.returncode == 0, report.stderr  # printing is reading
    users.login(office, "赵领导", READER_PW)
    for change in (
        lambda: evidence.add_files(office, [tmp_path / "材料.pdf"], item=1),
        lambda: users.add(office, "某人", roles.CLERK, "password-x"),
        lambda: evidence.review(office, [1], "合格"),
    ):
        with pytest.raises(PermissionDenied):
            change()


@pytest.mark.sqlite_only
def test_each_role_does_its_own_work_only(office, tmp_path):
    (tmp_path / "台账.pdf").write_bytes(b"ledger")
    users.login(office, "李录入", CLERK_PW)
    (info,) = evidence.add_files(office, [tmp_path / "台账.pdf"], item=2).added
    with pytest.raises(PermissionDenied):
        evidence.review(office, [info.id], "合格")
    evidence.move_to_bin(office, [info.id])
    with pytest.raises(PermissionDenied):
        evidence.purge(office, [info.id])
    evidence.restore(office, [info.id])
    users.login(office, "张审核", REVIEWER_PW)
    assert evidence.review(office, [info.id], "合格") == 1
    with pytest.raises(PermissionDenied):
        evidence.add_files(office, [tmp_path / "台账.pdf"], item=3)
    restore = _cli(office, "restore", "--previous", user="李录入", passwords=[CLERK_PW])
    assert restore.returncode != 0 and "录入员" in restore.stderr


def test_the_history_names_the_person_logged_in_never_the_environment(office, tmp_path):
    (tmp_path / "照片.jpg").write_bytes(b"\xff\xd8\xff photo")
    out = _cli(
        office,
        "evidence",
        "add",
        "--item",
        "4",
        str(tmp_path / "照片.jpg"),
        user="李录入",
        passwords=[CLERK_PW],
        env={"LOGNAME": "局长", "USER": "局长", "USERNAME": "局长"},
    )
    assert out.returncode == 0, out.stderr
    latest = [c for c in history.recent(office, limit=5) if c.entity == "evidence"]
    assert latest and latest[0].actor == "李录入"
    with office.engine.connect() as con:  # the table as it is kept, on either kind of database
        logged = " ".join(str(r) for r in con.execute(text("SELECT before, after FROM audit_log")))
    assert "argon2" not in logged  # no password hash in the history


def test_a_command_without_a_name_or_with_a_wrong_password_is_refused_and_the_login_locks(office):
    anonymous = run_cli("tasks", "list", data_dir=office.data_dir)
    assert anonymous.returncode != 0 and "--user" in anonymous.stderr
    for _ in range(roles.MAX_FAILURES):
        wrong = _cli(office, "tasks", "list", user="李录入", passwords=["not-it"])
        assert wrong.returncode != 0 and "不正确" in wrong.stderr
    locked = _cli(office, "tasks", "list", user="李录入", passwords=[CLERK_PW])
    assert locked.returncode != 0 and "锁定" in locked.stderr
    assert [u.locked for u in users.list_users(office) if u.name == "李录入"] == [True]


@pytest.mark.sqlite_only
def test_a_forgotten_administrator_password_is_set_anew_with_the_recovery_code(office):
    bad = _cli(office, "users", "recover", "王主任", "--code", "0000-0000-0000-0000-0000", passwords=["new-admin-pass"])
    assert bad.returncode != 0 and "恢复码" in bad.stderr
    good = _cli(office, "users", "recover", "王主任", "--code", office.recovery_code, passwords=["new-admin-pass"])
    assert good.returncode == 0, good.stderr
    users.login(office, "王主任", "new-admin-pass")
    listed = _cli(office, "users", "list", "--json", user="王主任", passwords=["new-admin-pass"])
    assert listed.returncode == 0 and "赵领导" in listed.stdout


def test_users_off_by_default_and_turned_on_from_the_command_line(demo_db):
    assert not users.enabled(demo_db)
    assert run_cli("tasks", "list", data_dir=demo_db.data_dir).returncode == 0  # no login: as before
    on = _cli(demo_db, "users", "enable", "--admin", "管理员甲", passwords=["first-admin-pw"])
    assert on.returncode == 0, on.stderr
    assert "恢复码" in on.stdout and users.enabled(demo_db)
    added = _cli(
        demo_db,
        "users",
        "add",
        "录入乙",
        "--role",
        "录入员",
        user="管理员甲",
        passwords=["first-admin-pw", "clerk-b-pass"],
    )
    assert added.returncode == 0, added.stderr
    short = _cli(
        demo_db, "users", "add", "丙", "--role", "只读", user="管理员甲", passwords=["first-admin-pw", "short"]
    )
    assert short.returncode != 0 and "8" in short.stderr
    # one line piped where two are read (the person's own password, then the new one): said, not guessed
    one = _cli(demo_db, "users", "add", "丁", "--role", "只读", user="管理员甲", passwords=["first-admin-pw"])
    assert one.returncode != 0 and "--password-stdin" in one.stderr and "新密码" in one.stderr, one.stderr
    assert "丁" not in [u.name for u in users.list_users(demo_db)]


@pytest.mark.sqlite_only  # a move from this PC's file to a server
def test_moving_the_campaign_is_the_administrator_s_and_checked_before_any_connection(office, tmp_path):
    """A 只读 or 录入员 person cannot send the campaign — rows, files, password hashes — anywhere."""
    nowhere = "postgresql://fsd@127.0.0.1:1/campaign"  # nothing answers there: a refusal names the role first
    for person, password in (("赵领导", READER_PW), ("李录入", CLERK_PW)):
        out = _cli(office, "db", "move-to", nowhere, "--in-database", user=person, passwords=[password])
        assert out.returncode == 2 and person in out.stderr and "管理员" in out.stderr, out.stderr
        assert "无法连接" not in out.stderr  # the role was checked before any connection
    admin = _cli(office, "db", "move-to", nowhere, "--in-database", user="王主任", passwords=[ADMIN_PW])
    assert admin.returncode == 2 and "无法连接" in admin.stderr  # the administrator gets as far as the server


@pytest.mark.sqlite_only  # the restore of this PC's file (a server's campaign is replaced by its own path)
def test_a_restore_s_history_entry_names_the_person_logged_in(office, tmp_path):
    from desktop_app.services import backup, history

    users.login(office, "王主任", ADMIN_PW)
    made = backup.create(office, tmp_path / "备份.fsdbak")
    office.user = None
    out = _cli(office, "restore", str(made.path), user="王主任", passwords=[ADMIN_PW])
    assert out.returncode == 0, out.stderr
    from desktop_app.storage.database import Database

    again = Database.open(office.data_dir)
    try:
        entry = next(c for c in history.recent(again, 20) if c.action == "restore")
        assert entry.actor == "王主任"
    finally:
        again.close()


def test_a_reader_may_write_the_fill_in_forms(office, tmp_path):
    """Writing the forms is reading the plan; the note it leaves for 首页's first steps is the program's own."""
    out = _cli(
        office, "monthly", "templates", "--month", "2026-10", "--out", str(tmp_path / "下发"),
        user="赵领导", passwords=[READER_PW],
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert list((tmp_path / "下发").glob("*.xlsx"))


def _hashes(backup_file):
    """The password hashes a backup's database holds, and what its manifest says of them."""
    import json
    import sqlite3
    import tempfile
    import zipfile
    from pathlib import Path

    with zipfile.ZipFile(backup_file) as archive, tempfile.TemporaryDirectory() as tmp:
        manifest = json.loads(archive.read("manifest.json"))
        archive.extract("foodsafety-desk.db", tmp)
        con = sqlite3.connect(Path(tmp) / "foodsafety-desk.db")
        found = [h for (h,) in con.execute("SELECT password_hash FROM app_user")]
        recovery = con.execute("SELECT count(*) FROM setting WHERE key = 'users.recovery'").fetchone()[0]
        con.close()
    return manifest["passwords"], found, recovery


@pytest.mark.sqlite_only
def test_only_an_administrator_s_backup_carries_the_password_hashes(office, tmp_path):
    clerk = _cli(office, "backup", "--out", str(tmp_path / "录入员.fsdbak"), user="李录入", passwords=[CLERK_PW])
    assert clerk.returncode == 0 and "不含密码" in clerk.stdout, clerk.stdout + clerk.stderr
    passwords, found, recovery = _hashes(tmp_path / "录入员.fsdbak")
    assert passwords is False and len(found) == 4 and set(found) == {""} and recovery == 0
    admin = _cli(office, "backup", "--out", str(tmp_path / "管理员.fsdbak"), user="王主任", passwords=[ADMIN_PW])
    assert admin.returncode == 0 and "不含密码" not in admin.stdout
    passwords, found, recovery = _hashes(tmp_path / "管理员.fsdbak")
    assert passwords is True and all(h.startswith("$argon2id$") for h in found) and recovery == 1
    # restored where nobody is set up, the clerk's backup leaves users off: nobody could log in
    from desktop_app.services import backup
    from desktop_app.storage.database import Database

    said: list[str] = []
    backup.restore(tmp_path / "录入员.fsdbak", tmp_path / "新电脑", said=said)
    assert said and "用户功能已关闭" in said[0]
    fresh = Database.open(tmp_path / "新电脑")
    try:
        assert not users.enabled(fresh)
    finally:
        fresh.close()


@pytest.mark.sqlite_only
def test_restoring_a_backup_from_before_users_keeps_the_people_unless_asked(demo_db, tmp_path):
    from desktop_app.services import backup
    from desktop_app.storage.database import Database

    before = backup.create(demo_db, tmp_path / "开启前.fsdbak").path
    users.enable(demo_db, "王主任", ADMIN_PW)
    users.login(demo_db, "王主任", ADMIN_PW)
    users.add(demo_db, "李录入", roles.CLERK, CLERK_PW)
    demo_db.close()
    out = run_cli(
        "restore", str(before), "--user", "王主任", "--password-stdin", data_dir=demo_db.data_dir, stdin=ADMIN_PW + "\n"
    )
    assert out.returncode == 0 and "保留了现有的 2 名人员" in out.stdout, out.stdout + out.stderr
    again = Database.open(demo_db.data_dir)
    try:
        assert users.enabled(again) and {u.name for u in users.list_users(again)} == {"王主任", "李录入"}
        users.login(again, "李录入", CLERK_PW)  # their passwords still work
    finally:
        again.close()
    asked = run_cli(
        "restore",
        str(before),
        "--people-from-backup",
        "--user",
        "王主任",
        "--password-stdin",
        data_dir=demo_db.data_dir,
        stdin=ADMIN_PW + "\n",
    )
    assert asked.returncode == 0, asked.stderr
    again = Database.open(demo_db.data_dir)
    try:
        assert not users.enabled(again)
    finally:
        again.close()
