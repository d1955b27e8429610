"""A corpus of hostile and broken files, as an office's inbox and a prankster's USB stick hold them.

Each maker writes one file into a folder and returns its path; ``CORPUS`` lists them by the
importer they are fed to. They are built when the tests run (nothing binary is kept in the
repository), so the corpus grows by adding a maker here.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

_TABLE = [["序号", "任务", "牵头单位", "完成时限"], [1, "开展专项整治", "市教育局", "2025年6月底前"]]


def _xlsx(path: Path, rows=_TABLE) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def _rewrite(src: Path, dst: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as b:
        for info in a.infolist():
            data = a.read(info.filename)
            b.writestr(info.filename, change(data) if info.filename == part else data)
    return dst


def _body(xml: bytes) -> bytes:
    """An XML part without its declaration (a DOCTYPE must come before the root element)."""
    return xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml


def truncated(folder: Path) -> Path:
    good = _xlsx(folder / "good.xlsx")
    bad = folder / "截断的表.xlsx"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    return bad


def broken_xml(folder: Path) -> Path:
    return _rewrite(_xlsx(folder / "g1.xlsx"), folder / "坏XML.xlsx", "xl/worksheets/sheet1.xml", lambda d: d[:-40])


def xxe(folder: Path) -> Path:
    """A sheet that asks the reader to fetch /etc/passwd into a cell (an XML external entity)."""
    entity = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    return _rewrite(
        _xlsx(folder / "g2.xlsx"),
        folder / "外部实体.xlsx",
        "xl/worksheets/sheet1.xml",
        lambda d: entity + _body(d).replace(b"<t>", b"<t>&e;", 1),
    )


def billion_laughs(folder: Path) -> Path:
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10) for n in range(1, 10)
        )
        + b"]>"
    )
    return _rewrite(
        _xlsx(folder / "g3.xlsx"), folder / "实体炸弹.xlsx", "xl/worksheets/sheet1.xml", lambda d: laughs + _body(d)
    )


def zip_bomb(folder: Path) -> Path:
    path = _xlsx(folder / "压缩炸弹.xlsx")
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo("xl/media/padding.bin")
        with archive.open(info, "w", force_zip64=True) as fh:
            chunk = b"\0" * (16 * 1024 * 1024)
            for _ in range(20):  # 320 MB of zeros (past the 256 MB a part may hold), under 1 MB packed
                fh.write(chunk)
    return path


def formula(folder: Path) -> Path:
    return _xlsx(folder / "公式.xlsx", [_TABLE[0], [1, '=HYPERLINK("http://x.invalid","点此")', "市教育局", "2025年"]])


def not_a_workbook(folder: Path) -> Path:
    path = folder / "其实是图片.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    return path


def empty(folder: Path) -> Path:
    path = folder / "空文件.xlsx"
    path.write_bytes(b"")
    return path


def html_as_xls(folder: Path) -> Path:
    path = folder / "网页导出.xls"
    path.write_text("<html><body><table><tr><td>任务</td></tr></table></body></html>", encoding="utf-8")
    return path


def wps(folder: Path) -> Path:
    path = folder / "任务表.et"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    return path


#: files fed to every table importer (tasks, responsibilities, units, rule sets)
TABLES = [truncated, broken_xml, xxe, billion_laughs, zip_bomb, not_a_workbook, empty, html_as_xls, wps]


# -- backups ------------------------------------------------------------------------------------------
def _backup_with(good: Path, dst: Path, extra: dict[str, bytes], symlink: str | None = None) -> Path:
    """A copy of a real backup with members added and listed in its manifest with their right
    hashes (so only a check of what a backup may hold can refuse it)."""
    with zipfile.ZipFile(good) as a:
        manifest = json.loads(a.read("manifest.json"))
        members = {i.filename: a.read(i.filename) for i in a.infolist() if i.filename != "manifest.json"}
    members.update(extra)
    for name, data in extra.items():
        manifest["members"].append({"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
    with zipfile.ZipFile(dst, "w") as b:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            if name == symlink:
                info.external_attr = 0o120777 << 16  # a symbolic link
            b.writestr(info, data)
        b.writestr("manifest.json", json.dumps(manifest))
    return dst


def traversal_backup(good: Path, folder: Path) -> Path:
    return _backup_with(good, folder / "路径穿越.fsdbak", {"../../evil.txt": b"outside"})


def symlink_backup(good: Path, folder: Path) -> Path:
    return _backup_with(
        good, folder / "符号链接.fsdbak", {"store/aa/bb/" + "a" * 64: b"/etc/passwd"}, symlink="store/aa/bb/" + "a" * 64
    )


def foreign_database_backup(good: Path, folder: Path) -> Path:
    other = folder / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
    con.commit()
    con.close()
    data = other.read_bytes()
    with zipfile.ZipFile(good) as a:
        manifest = json.loads(a.read("manifest.json"))
        members = {i.filename: a.read(i.filename) for i in a.infolist() if i.filename != "manifest.json"}
    members["foodsafety-desk.db"] = data
    for m in manifest["members"]:
        if m["name"] == "foodsafety-desk.db":
            m["sha256"], m["size"] = hashlib.sha256(data).hexdigest(), len(data)
    dst = folder / "别的程序.fsdbak"
    with zipfile.ZipFile(dst, "w") as b:
        for name, blob in members.items():
            b.writestr(name, blob)
        b.writestr("manifest.json", json.dumps(manifest))
    return dst


def newer_backup(good: Path, folder: Path) -> Path:
    with zipfile.ZipFile(good) as a:
        manifest = json.loads(a.read("manifest.json"))
        members = {i.filename: a.read(i.filename) for i in a.infolist() if i.filename != "manifest.json"}
    manifest["schema"] = "9999"
    dst = folder / "新版本.fsdbak"
    with zipfile.ZipFile(dst, "w") as b:
        for name, blob in members.items():
            b.writestr(name, blob)
        b.writestr("manifest.json", json.dumps(manifest))
    return dst


def _repacked(good: Path, dst: Path, *, database=None, manifest=None, flag: str | None = None) -> Path:
    """A genuine backup made anew: its database changed by ``database(connection)`` (the manifest's hash
    kept right, so only a look inside can refuse it), its manifest replaced, or a member ``flag``ged as
    encrypted."""
    with zipfile.ZipFile(good) as a:
        real = json.loads(a.read("manifest.json"))
        members = {i.filename: a.read(i.filename) for i in a.infolist() if i.filename != "manifest.json"}
    if database is not None:
        db_file = dst.with_suffix(".db")
        db_file.write_bytes(members["foodsafety-desk.db"])
        con = sqlite3.connect(db_file)
        database(con)
        con.commit()
        con.close()
        members["foodsafety-desk.db"] = data = db_file.read_bytes()
        db_file.unlink()
        for m in real["members"]:
            if m["name"] == "foodsafety-desk.db":
                m["sha256"], m["size"] = hashlib.sha256(data).hexdigest(), len(data)
    with zipfile.ZipFile(dst, "w") as b:
        for name, blob in members.items():
            b.writestr(name, blob)
        b.writestr("manifest.json", json.dumps(real if manifest is None else manifest))
    if flag is not None:  # marked encrypted, as a zip tool with a password marks it (zipfile writes no such flag)
        data = bytearray(dst.read_bytes())
        encoded = flag.encode()
        local = data.index(b"PK\x03\x04" + bytes(data[4:6]))  # the first local header
        while data[local + 30 : local + 30 + len(encoded)] != encoded:
            local = data.index(b"PK\x03\x04", local + 4)
        data[local + 6] |= 0x1
        central = data.index(b"PK\x01\x02")
        while data[central + 46 : central + 46 + len(encoded)] != encoded:
            central = data.index(b"PK\x01\x02", central + 4)
        data[central + 8] |= 0x1
        dst.write_bytes(bytes(data))
    return dst


def trigger_backup(good: Path, folder: Path) -> Path:
    """A trigger that would fire on the restore's own history entry and wipe the evidence."""
    return _repacked(
        good,
        folder / "触发器.fsdbak",
        database=lambda con: con.execute(
            "CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN DELETE FROM evidence; DELETE FROM task_unit; END"
        ),
    )


def missing_table_backup(good: Path, folder: Path) -> Path:
    return _repacked(good, folder / "缺表.fsdbak", database=lambda con: con.execute("DROP TABLE task_event"))


def manifest_as_text_backup(good: Path, folder: Path) -> Path:
    return _repacked(good, folder / "清单是文字.fsdbak", manifest="foodsafety-desk backup")


def members_as_object_backup(good: Path, folder: Path) -> Path:
    with zipfile.ZipFile(good) as a:
        manifest = json.loads(a.read("manifest.json"))
    manifest["members"] = {"foodsafety-desk.db": "x"}
    return _repacked(good, folder / "成员是对象.fsdbak", manifest=manifest)


def member_without_name_backup(good: Path, folder: Path) -> Path:
    with zipfile.ZipFile(good) as a:
        manifest = json.loads(a.read("manifest.json"))
    manifest["members"] = [{k: v for k, v in m.items() if k != "name"} for m in manifest["members"]]
    return _repacked(good, folder / "成员无名.fsdbak", manifest=manifest)


def encrypted_member_backup(good: Path, folder: Path) -> Path:
    return _repacked(good, folder / "加密成员.fsdbak", flag="foodsafety-desk.db")


def mislabelled_version_backup(good: Path, folder: Path) -> Path:
    """Its version label says 0019 while its tables are at this program's version: a migration from
    0019 cannot run over them."""
    return _repacked(
        good,
        folder / "版本号不符.fsdbak",
        database=lambda con: con.execute("UPDATE alembic_version SET version_num='0019'"),
    )


def extra_column_backup(good: Path, folder: Path) -> Path:
    return _repacked(
        good, folder / "多一列.fsdbak", database=lambda con: con.execute("ALTER TABLE unit ADD COLUMN x TEXT")
    )


def extra_index_backup(good: Path, folder: Path) -> Path:
    return _repacked(
        good, folder / "多一个索引.fsdbak", database=lambda con: con.execute("CREATE INDEX x ON unit (phone)")
    )


def dangling_reference_backup(good: Path, folder: Path) -> Path:
    """A task linked to a unit that is not there (foreign keys are off in a plain connection)."""
    return _repacked(
        good,
        folder / "指向不存在的单位.fsdbak",
        database=lambda con: con.execute(
            "UPDATE task_unit SET unit_id = 999999 WHERE rowid = (SELECT min(rowid) FROM task_unit)"
        ),
    )


BACKUPS = [
    traversal_backup,
    symlink_backup,
    foreign_database_backup,
    newer_backup,
    trigger_backup,
    missing_table_backup,
    manifest_as_text_backup,
    members_as_object_backup,
    member_without_name_backup,
    encrypted_member_backup,
    mislabelled_version_backup,
    extra_column_backup,
    extra_index_backup,
    dangling_reference_backup,
]
