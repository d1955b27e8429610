"""One-file backup of a data folder, and restoring it (on this PC or a new one).

A backup is a ZIP file: ``manifest.json`` (format, schema, time, every member with its SHA-256
and size), the database copied through SQLite's backup API, and the evidence store. It is
written to a temporary file, read back and checked member by member, then renamed into place.

Restoring checks the whole backup first and refuses a damaged, foreign or newer one, then unpacks
it into a staging folder and checks the database there: SQLite's own check, not newer, brought up to
this version by the migrations (in staging), then exactly this program's tables, columns and indexes
with no trigger or view (storage.schema_check) and no row pointing nowhere, and which campaign;
another campaign's backup needs the caller's explicit word. Only then is the current data moved
aside (kept as a safety copy in ``before-restore-…``) and the staged data moved in, under a journal
file: a start after a kill at any moment finishes the restore and says so (storage.restore_journal).
Should the data in place still fail to open, the data it replaced is put back by itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
import sqlite3
import stat
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop_app import __version__
from desktop_app.core import roles
from desktop_app.core.atomic import atomic_path
from desktop_app.core.errors import KnownError, explain_os_error
from desktop_app.core.i18n import tr
from desktop_app.core.progress import Progress, check
from desktop_app.paths import DB_FILE_NAME
from desktop_app.services.reads.settings import USERS_ON_KEY
from desktop_app.services.users import RECOVERY_KEY
from desktop_app.storage import audit, migrate, restore_journal, schema_check
from desktop_app.storage.database import Database, one_at_a_time
from desktop_app.storage.models import AuditLog, Evidence, Setting

FORMAT = "foodsafety-desk-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
LAST_BACKUP_KEY = "backup.last"
SUFFIX = ".fsdbak"
CHUNK = 1024 * 1024
_STORE_MEMBER = re.compile(r"store/[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}")


class BackupRejected(KnownError):
    """The file is not a usable backup; nothing was changed."""


class OtherCampaign(KnownError):
    """The backup holds another campaign than the data it would replace; restore it only when the
    office says so (``allow_other_campaign``)."""

    def __init__(self, backup_campaign: str, current_campaign: str):
        self.backup_campaign, self.current_campaign = backup_campaign, current_campaign
        super().__init__(
            tr(
                "Backup",
                "The backup holds the campaign “{0}”, not “{1}” of the current data. "
                "Restoring it replaces this campaign's data with the other one's.",
            ).format(backup_campaign, current_campaign)
        )


class ServerCampaignKept(KnownError):
    """A restore onto a server that holds a campaign, without the office's word to replace it."""


@dataclass
class BackupCheck:
    """What a backup holds, checked before anything live moves."""

    manifest: dict
    campaign: str  # the backup's campaign ("" when it has none)
    same_campaign: bool  # False when the current data holds another campaign


@dataclass
class BackupInfo:
    path: Path
    created_at: str
    files: int
    size: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@one_at_a_time(lambda: tr("Backup", "making a backup"))
def create(db: Database, target: Path, progress: Progress | None = None) -> BackupInfo:
    """Write a verified backup of ``db``'s data folder to ``target``."""
    target = Path(target)
    if target.suffix.lower() != SUFFIX:
        target = target.with_name(target.name + SUFFIX)
    from desktop_app.services import evidence

    the_store = evidence.store(db)
    created = dt.datetime.now().isoformat(timespec="seconds")
    for stale in target.parent.glob(f".{target.name}.*.part"):  # what a backup killed here left
        stale.unlink(missing_ok=True)
    try:
        with tempfile.TemporaryDirectory(dir=db.data_dir) as tmp:
            damaged = db.check_integrity(full=True)
            if damaged is not None:  # a backup of a damaged database would only carry the damage on
                raise KnownError(
                    tr(
                        "Backup",
                        "The backup was not written: the database is damaged ({0}). "
                        "Restore the last good backup instead.",
                    ).format(damaged)
                )
            snapshot = _snapshot(db, Path(tmp))
            _note_in(snapshot, created, target)
            passwords = with_passwords(db)
            if not passwords:  # a backup anyone may make carries no hash to try passwords against
                _without_passwords(snapshot)
            needed = _stored_in(snapshot)  # the files the rows at that moment name, and no others
            stored = [the_store.path_of(sha) for sha in needed]
            missing = [p for p in stored if not p.exists()]
            if missing:  # a backup without them would say "checked" and restore records without files
                raise _unfit(db, [p.name for p in missing], [])
            members = [(DB_FILE_NAME, snapshot)] + [(_member(sha), p) for sha, p in zip(needed, stored, strict=True)]
            manifest: dict[str, Any] = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "created_at": created,
                "program_version": __version__,
                "schema": migrate.HEAD,
                "history": _history_head_of(snapshot),  # an anchor of the history outside the database
                "passwords": passwords,  # the people's password hashes are in it
                "members": [],
            }
            with atomic_path(target) as part:
                with zipfile.ZipFile(part, "w", allowZip64=True) as archive:
                    altered = []
                    for index, (name, path) in enumerate(members):
                        check(progress, index, len(members) + 1, name)
                        digest = _sha256(path)
                        if name != DB_FILE_NAME and digest != path.name:
                            altered.append(path.name)  # a stored file whose content is no longer its name
                        manifest["members"].append({"name": name, "sha256": digest, "size": path.stat().st_size})
                        method = zipfile.ZIP_DEFLATED if name == DB_FILE_NAME else zipfile.ZIP_STORED
                        archive.write(path, name, compress_type=method)
                    if altered:
                        raise _unfit(db, [], altered)
                    archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
                check(progress, len(members), len(members) + 1, tr("Backup", "Checking the backup"))
                _verify(part)  # read back before it takes the real name
    except OSError as exc:
        raise explain_os_error(exc, target) from exc
    with db.session(need=roles.SYSTEM) as session:
        value = {"at": created, "path": str(target)}
        row = session.get(Setting, LAST_BACKUP_KEY)
        if row is None:
            session.add(Setting(key=LAST_BACKUP_KEY, value=value))
        else:
            row.value = value
    return BackupInfo(target, created, len(members), target.stat().st_size)


def _note_in(snapshot: Path, created: str, target: Path) -> None:
    """The backup knows itself as the last backup: restored, the data says when it was backed up (the
    reminder counts from there) instead of "never backed up"."""
    con = sqlite3.connect(snapshot)
    try:
        with con:
            con.execute(
                "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                (LAST_BACKUP_KEY, json.dumps({"at": created, "path": str(target)}, ensure_ascii=False)),
            )
    finally:
        con.close()


def without_passwords_note() -> str:
    return tr(
        "Backup",
        "The backup holds the people and their roles but not their passwords: only an administrator's backup "
        "carries them.",
    )


def with_passwords(db: Database) -> bool:
    """Whether a backup made now carries the people's password hashes: only when the person making it
    may manage people (core.roles.USERS, the administrator) or users are off. Anyone else's backup
    keeps the people and their roles without them."""
    return db.user is None or roles.allows(db.user.role, roles.USERS)


def _without_passwords(snapshot: Path) -> None:
    con = sqlite3.connect(snapshot)
    try:
        with con:
            con.execute("UPDATE app_user SET password_hash = ''")
            con.execute("DELETE FROM setting WHERE key = ?", (RECOVERY_KEY,))
    finally:
        con.close()


def _snapshot(db: Database, tmp: Path) -> Path:
    """The database as it stands now, in a file: SQLite's backup API for the data folder's file; for a
    campaign on a server, its rows read in one snapshot (other clerks may go on working meanwhile)."""
    if db.is_server:
        from desktop_app.services import move

        return move.snapshot(db, tmp / "snapshot")
    return db.backup_to(tmp / DB_FILE_NAME)


def _stored_in(db_file: Path) -> list[str]:
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in con.execute("SELECT sha256 FROM stored_file"))
    finally:
        con.close()


def _member(sha: str) -> str:
    """A stored file's name inside a backup (as the data folder's store lays it out)."""
    return f"store/{sha[:2]}/{sha[2:4]}/{sha}"


def _unfit(db: Database, missing: list[str], altered: list[str]) -> KnownError:
    """A backup refused because stored files are missing or altered, naming the records."""
    with db.read() as session:
        titles: dict[str, list[str]] = {}
        for sha, title in session.execute(
            select(Evidence.sha256, Evidence.title).where(Evidence.sha256.in_(missing + altered))
        ):
            titles.setdefault(sha, []).append(title)
    details = [tr("Backup", "missing: {0}").format("、".join(titles.get(s, [])) or s) for s in missing]
    details += [tr("Backup", "altered: {0}").format("、".join(titles.get(s, [])) or s) for s in altered]
    return KnownError(
        tr(
            "Backup",
            "The backup was not written: {0} stored file(s) are missing and {1} altered. Run the integrity "
            "check (佐证材料 → 检查与备份) and restore them from an earlier backup first.",
        ).format(len(missing), len(altered)),
        details,
    )


def _verify(path: Path) -> dict:
    """The manifest of a backup whose every member matches it; BackupRejected otherwise."""
    name = Path(path).name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise BackupRejected(
            tr("Backup", "{0} is not a backup of this program, or it is damaged.").format(name)
        ) from exc
    with archive:
        try:
            manifest = json.loads(archive.read(MANIFEST))
        except Exception as exc:  # missing, not JSON, encrypted, an unknown compression: no backup of ours
            raise BackupRejected(tr("Backup", "{0} is not a backup of this program.").format(name)) from exc
        if not _well_formed(manifest):
            raise BackupRejected(tr("Backup", "{0} is not a backup of this program.").format(name))
        if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
            raise BackupRejected(tr("Backup", "{0} is not a backup of this program.").format(name))
        schema = manifest.get("schema")
        if schema != migrate.HEAD and not migrate.is_known(schema):
            raise BackupRejected(
                tr("Backup", "{0} was made by a newer version of this program; install it first.").format(name)
            )
        names = set(archive.namelist()) - {MANIFEST}
        listed = {m["name"] for m in manifest["members"]}
        if names != listed or DB_FILE_NAME not in listed:
            raise BackupRejected(tr("Backup", "{0} is incomplete or has been changed.").format(name))
        for info in archive.infolist():  # only the database and store files, as this program writes them
            odd = info.filename not in (MANIFEST, DB_FILE_NAME) and not _STORE_MEMBER.fullmatch(info.filename)
            if odd or stat.S_ISLNK(info.external_attr >> 16):
                raise BackupRejected(
                    tr("Backup", "{0} holds “{1}”, which no backup of this program holds; it was not used.").format(
                        name, info.filename
                    )
                )
        for member in manifest["members"]:
            digest = hashlib.sha256()
            try:
                with archive.open(member["name"]) as fh:
                    while chunk := fh.read(CHUNK):
                        digest.update(chunk)
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError, RuntimeError) as exc:
                # RuntimeError: a member marked encrypted; NotImplementedError: a compression no backup uses
                raise BackupRejected(tr("Backup", "{0} is damaged.").format(name)) from exc
            if digest.hexdigest() != member["sha256"]:
                raise BackupRejected(tr("Backup", "{0} is damaged: “{1}” does not match.").format(name, member["name"]))
        return manifest


def _well_formed(manifest: object) -> bool:
    """A manifest as this program writes it: an object whose members are a list of objects, each with
    its name and SHA-256 as text."""
    if not isinstance(manifest, dict) or not isinstance(manifest.get("members"), list):
        return False
    return all(
        isinstance(m, dict) and isinstance(m.get("name"), str) and isinstance(m.get("sha256"), str)
        for m in manifest["members"]
    )


def manifest_of(path: Path) -> dict | None:
    """A backup's manifest read without checking its members (None when it cannot be read): what the
    history check compares its anchor with."""
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read(MANIFEST))
    except Exception:  # a file gone, damaged or not a backup: it anchors nothing
        return None
    return manifest if isinstance(manifest, dict) else None


def verify(path: Path) -> dict:
    """Check a backup without restoring it; returns its manifest."""
    return _verify(Path(path))


@dataclass(frozen=True)
class _Identity:
    """What tells one campaign from another: its uid, and where a uid is blank its name, region and the
    moment it was set up."""

    uid: str = ""
    name: str = ""
    region: str = ""
    created_at: str = ""

    def same_as(self, other: _Identity) -> bool:
        if self.uid and other.uid:
            return self.uid == other.uid
        # a uid left blank (by hand, or a crafted file): everything else that names it must agree
        return bool(self.name) and (self.name, self.region, self.created_at) == (
            other.name,
            other.region,
            other.created_at,
        )


def _campaign_of(db_file: Path) -> _Identity:
    """The campaign in a database file, read without writing (all blank for none)."""
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT uid, name, region, created_at FROM campaign ORDER BY id LIMIT 1").fetchone()
    except sqlite3.Error:
        return _Identity()
    finally:
        con.close()
    return _Identity(*(str(v or "") for v in row)) if row else _Identity()


def _check_database(db_file: Path, backup_name: str) -> None:
    """The backup's database is whole, this program's, and not newer, and once brought up to this
    version (in staging, never in place) holds exactly the program's schema and no row pointing
    nowhere: BackupRejected otherwise."""
    from desktop_app.storage import sqlite as sqlite_file

    damaged = tr("Backup", "{0} holds a database that is damaged or not this program's; nothing was changed.")
    try:
        sqlite_file.check_file(db_file)
        tables, revision = sqlite_file.read_schema_state(db_file)
        con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        try:
            verdict = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except (KnownError, sqlite3.Error) as exc:
        raise BackupRejected(damaged.format(backup_name)) from exc
    if not verdict or verdict[0] != "ok" or revision is None or "campaign" not in tables:
        raise BackupRejected(damaged.format(backup_name))
    _refuse_foreign(db_file, backup_name, at_head=revision == migrate.HEAD)
    if revision != migrate.HEAD and not migrate.is_known(revision):
        raise BackupRejected(
            tr("Backup", "{0} was made by a newer version of this program; install it first.").format(backup_name)
        )
    if revision != migrate.HEAD:
        _bring_up_to_date(db_file, backup_name)
        _refuse_foreign(db_file, backup_name, at_head=True)
    broken = schema_check.broken_references(db_file)
    if broken:
        raise BackupRejected(
            tr(
                "Backup", "{0} holds a database whose rows point at rows that are not there ({1}); nothing was changed."
            ).format(backup_name, "、".join(broken))
        )


def _refuse_foreign(db_file: Path, backup_name: str, *, at_head: bool) -> None:
    foreign = schema_check.foreign_objects(db_file, at_head=at_head)
    if foreign:
        raise BackupRejected(
            tr("Backup", "{0} holds a database with what this program never makes ({1}); nothing was changed.").format(
                backup_name, "、".join(foreign[: schema_check.MAX_LISTED])
            )
        )


def _bring_up_to_date(db_file: Path, backup_name: str) -> None:
    """Migrate an older backup's database where it was unpacked (the backup itself is the copy to go
    back to); a database the migrations cannot carry through — its version label says older than its
    tables are, say — is refused before anything live moves."""
    staged = Database(db_file.parent)
    try:
        migrate.upgrade(staged.engine)
    except Exception as exc:  # whatever a crafted file makes a migration fail with, it is a refusal
        raise BackupRejected(
            tr(
                "Backup",
                "{0} holds a database that could not be brought up to this version of the program ({1}); "
                "nothing was changed.",
            ).format(backup_name, str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__)
        ) from exc
    finally:
        staged.close()


def inspect(path: Path, data_dir: Path) -> BackupCheck:
    """Check a backup whole — every member against its manifest, its database by SQLite's own check,
    this program's schema, not newer — and say which campaign it holds; nothing live is touched."""
    path, data_dir = Path(path), Path(data_dir)
    manifest = _verify(path)
    with tempfile.TemporaryDirectory(prefix=".inspect-", dir=data_dir if data_dir.exists() else None) as tmp:
        try:
            with zipfile.ZipFile(path) as archive:
                archive.extract(DB_FILE_NAME, tmp)
        except OSError as exc:
            raise explain_os_error(exc, Path(tmp)) from exc
        return _checked(manifest, Path(tmp) / DB_FILE_NAME, path.name, data_dir)


def _checked(manifest: dict, db_file: Path, backup_name: str, data_dir: Path) -> BackupCheck:
    _check_database(db_file, backup_name)
    theirs = _campaign_of(db_file)
    live = data_dir / DB_FILE_NAME
    current = _campaign_of(live) if live.exists() else _Identity()
    same = current == _Identity() or theirs.same_as(current)  # nothing here yet: any campaign may come
    return BackupCheck(manifest, theirs.name, same)


def restore(
    path: Path,
    data_dir: Path,
    progress: Progress | None = None,
    *,
    allow_other_campaign: bool = False,
    actor: str | None = None,
    people_from_backup: bool = False,
    said: list[str] | None = None,
) -> Path | None:
    """Replace the data in ``data_dir`` with the backup; returns where the old data was kept (or None).

    With users on, a backup made before they were turned on (or without the password hashes) keeps
    the current people and roles, unless ``people_from_backup``; what was done is added to ``said``.

    The backup is unpacked and checked in a staging folder before anything live moves; a backup of
    another campaign is refused (OtherCampaign) unless ``allow_other_campaign``. The swap runs under
    a journal, so a start after a kill finishes it. The caller holds the data folder's lock and has
    no database of it open.
    """
    path, data_dir = Path(path), Path(data_dir)
    check(progress, 0, 4, tr("Backup", "Checking the backup"))
    manifest = _verify(path)
    data_dir.mkdir(parents=True, exist_ok=True)
    restore_journal.recover(data_dir)  # an earlier restore a kill interrupted is finished first
    restore_journal.clean_leftovers(data_dir)
    staging = Path(tempfile.mkdtemp(prefix=restore_journal.STAGING_PREFIX, dir=data_dir))
    journal_written = False
    try:
        check(progress, 1, 4, tr("Backup", "Unpacking"))
        with zipfile.ZipFile(path) as archive:
            for member in manifest["members"]:
                archive.extract(member["name"], staging)
        for member in manifest["members"]:  # what was unpacked is what was checked
            if _sha256(staging / member["name"]) != member["sha256"]:
                raise BackupRejected(tr("Backup", "{0} could not be unpacked intact.").format(path.name))
        check(progress, 2, 4, tr("Backup", "Checking the database"))
        found = _checked(manifest, staging / DB_FILE_NAME, path.name, data_dir)
        if not found.same_campaign and not allow_other_campaign:
            raise OtherCampaign(found.campaign, _campaign_of(data_dir / DB_FILE_NAME).name)
        check(progress, 3, 4, tr("Backup", "Replacing the data"))
        replaced_head = _chain_head_of(data_dir / DB_FILE_NAME)
        kept = _unused(data_dir / f"{restore_journal.KEPT_PREFIX}{dt.datetime.now():%Y%m%d-%H%M%S}")
        restore_journal.begin(data_dir, staging, kept)
        journal_written = True
        restore_journal.finish(data_dir)
    except OSError as exc:
        raise explain_os_error(exc, data_dir) from exc
    finally:
        if not journal_written:
            shutil.rmtree(staging, ignore_errors=True)
    kept_in = kept if kept.exists() else None
    try:
        restored = Database.open(data_dir)
        try:
            note = _settle_people(restored, kept_in, manifest, people_from_backup, actor)
            if note and said is not None:
                said.append(note)
            # the restore is itself in the history, with the chain it replaced (kept with the old data)
            with restored.session(actor=actor) as session:  # the person logged in, else the computer's account
                audit.record(
                    session,
                    "restore",
                    "backup",
                    path.name,
                    after={
                        "backup_created_at": manifest.get("created_at"),
                        "replaced_chain_head": replaced_head,
                        "replaced_data_kept_in": str(kept_in) if kept_in else None,
                    },
                )
        finally:
            restored.close()
    except Exception as exc:  # staging passed, yet the data in place does not open: go back by itself
        raise _put_back(data_dir, kept_in, path.name, exc) from exc
    check(progress, 4, 4)
    return kept_in


def _people_of(db_file: Path) -> tuple[bool, list[dict[str, Any]], Any]:
    """(users on, the people, the recovery code's hash) of a database file, read without writing."""
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    try:
        settings = dict(
            con.execute("SELECT key, value FROM setting WHERE key IN (?, ?)", (USERS_ON_KEY, RECOVERY_KEY)).fetchall()
        )
        people = [dict(row) for row in con.execute("SELECT * FROM app_user ORDER BY id")]
    finally:
        con.close()
    return json.loads(settings.get(USERS_ON_KEY) or "false") is True, people, settings.get(RECOVERY_KEY)


def _settle_people(
    restored: Database, kept: Path | None, manifest: dict, from_backup: bool, actor: str | None
) -> str | None:
    """Who may log in after a restore, and the sentence that says it (None when nothing needs saying).

    Users on here, and a backup made before users were on or without the password hashes: the current
    people and roles are kept (the administrator may ask for the backup's instead). A backup without
    the hashes restored where nobody is set up: users are turned off, since no one could log in."""
    from sqlalchemy import delete

    from desktop_app.storage.models import AppUser

    backup_on, backup_people, _ = _people_of(restored.path)
    hashes = manifest.get("passwords", True) is not False
    current_on, current_people, recovery = (
        _people_of(kept / DB_FILE_NAME) if kept is not None and (kept / DB_FILE_NAME).exists() else (False, [], None)
    )
    usable = backup_on and hashes and bool(backup_people)
    if current_on and current_people and not from_backup:
        if usable:
            return None  # the backup's own people, with their passwords, as it was made
        with restored.session(actor=actor, need=roles.SYSTEM) as session:
            session.execute(delete(AppUser))
            columns = list(current_people[0])  # as the file stores them: the restored file is one too
            session.connection().exec_driver_sql(
                f"INSERT INTO app_user ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
                [tuple(person[c] for c in columns) for person in current_people],
            )
            for key, value in ((USERS_ON_KEY, True), (RECOVERY_KEY, json.loads(recovery) if recovery else None)):
                row = session.get(Setting, key)
                if value is None:
                    if row is not None:
                        session.delete(row)
                elif row is None:
                    session.add(Setting(key=key, value=value))
                else:
                    row.value = value
        return tr(
            "Backup",
            "The backup was made before users were turned on, or without the passwords: the {0} people here "
            "and their roles were kept.",
        ).format(len(current_people))
    if backup_on and not hashes:
        with restored.session(actor=actor, need=roles.SYSTEM) as session:
            row = session.get(Setting, USERS_ON_KEY)
            if row is not None:
                row.value = False
        return tr(
            "Backup",
            "The backup holds no passwords (it was made by someone other than an administrator), so users were "
            "turned off: an administrator turns them on again and sets everyone's password.",
        )
    return None


def _put_back(data_dir: Path, kept: Path | None, backup_name: str, exc: Exception) -> KnownError:
    """Put the data a restore replaced back in place (the restored data is removed: the backup still
    holds it) and the message that says so."""
    failed = _unused(data_dir / f".restore-failed-{dt.datetime.now():%Y%m%d-%H%M%S}")
    if kept is not None:
        restore_journal.put_back(data_dir, kept, failed)
    else:
        for name in restore_journal.LIVE:
            if (data_dir / name).exists():
                failed.mkdir(exist_ok=True)
                (data_dir / name).replace(failed / name)
    shutil.rmtree(failed, ignore_errors=True)
    reason = exc.message if isinstance(exc, KnownError) else (str(exc).splitlines() or [type(exc).__name__])[0][:200]
    return BackupRejected(
        tr(
            "Backup",
            "The data restored from {0} could not be opened ({1}); the data as it was before the restore "
            "has been put back by itself, and nothing else was changed.",
        ).format(backup_name, reason)
    )


def restore_to_server(
    path: Path, db: Database, progress: Progress | None = None, *, replace_server_campaign: bool = False
) -> None:
    """Put a backup's campaign onto the server ``db`` is connected to, in place of what is there.

    The server's campaign is what every clerk works on, so one there is replaced only when the office
    says so in so many words (``replace_server_campaign``); otherwise ServerCampaignKept and nothing
    changes. The backup is checked whole and unpacked into a staging folder on this PC first; its files
    go into the server's evidence store, then its rows replace the server's in one transaction,
    compared row by row before it commits — a failure anywhere leaves the server's campaign as it was.
    The restore is recorded in the history, with the chain head it replaced."""
    from desktop_app.core import settings as spec
    from desktop_app.services import evidence, move
    from desktop_app.storage.filestore import FileStore

    path = Path(path)
    check(progress, 0, 4, tr("Backup", "Checking the backup"))
    manifest = _verify(path)
    if move.has_campaign(db) and not replace_server_campaign:
        raise ServerCampaignKept(
            tr(
                "Backup",
                "The server already holds a campaign, which every clerk works on; it was left as it was. "
                "To replace it with the backup, say so explicitly (--replace-server-campaign).",
            )
        )
    with db.exclusive(tr("Backup", "restoring a backup")):
        try:
            with tempfile.TemporaryDirectory(prefix=restore_journal.STAGING_PREFIX, dir=db.data_dir) as tmp:
                staging = Path(tmp)
                check(progress, 1, 4, tr("Backup", "Unpacking"))
                with zipfile.ZipFile(path) as archive:
                    for member in manifest["members"]:
                        archive.extract(member["name"], staging)
                for member in manifest["members"]:
                    if _sha256(staging / member["name"]) != member["sha256"]:
                        raise BackupRejected(tr("Backup", "{0} could not be unpacked intact.").format(path.name))
                check(progress, 2, 4, tr("Backup", "Checking the database"))
                _check_database(staging / DB_FILE_NAME, path.name)
                staged = Database.open(staging)  # brought up to this version by the check, on this PC
                try:
                    with db.engine.connect() as conn:
                        head = conn.execute(select(AuditLog.chain).order_by(AuditLog.id.desc()).limit(1)).scalar()
                    check(progress, 3, 4, tr("Backup", "Replacing the data"))
                    move.copy_campaign(
                        staged,
                        db,
                        FileStore(staging / "store"),
                        evidence.store(db),
                        replace=True,
                        history=(
                            "restore",
                            {
                                "backup": path.name,
                                "backup_created_at": manifest.get("created_at"),
                                "replaced_chain_head": head,
                            },
                        ),
                        keep_settings=(spec.STORE_FOLDER.key, spec.STORE_KIND.key),
                    )
                finally:
                    staged.close()
        except OSError as exc:
            raise explain_os_error(exc, db.data_dir) from exc
    check(progress, 4, 4)


def _chain_head_of(db_file: Path) -> str | None:
    """The history's chain head of a database file, read without writing (None without one)."""
    return _history_head_of(db_file).get("chain")


def _history_head_of(db_file: Path) -> dict[str, str]:
    """{"chain", "at"} of the last history entry of a database file, read without writing ({} without one)."""
    if not db_file.exists():
        return {}
    try:
        con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
        try:
            row = con.execute("SELECT chain, at FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return {}
    return {"chain": row[0], "at": str(row[1])} if row and row[0] else {}


def _unused(folder: Path) -> Path:
    """``folder``, or with -2, -3 … when a folder of that name is there already."""
    candidate, n = folder, 1
    while candidate.exists():
        n += 1
        candidate = folder.with_name(f"{folder.name}-{n}")
    return candidate


def restore_previous(data_dir: Path) -> tuple[Path, Path | None]:
    """Go back to the data the last restore replaced: it is put back in place, and the current data
    (if any) is kept in a new ``before-restore-…`` folder. Returns (where it came from, where the
    current data went). The caller holds the data folder's lock and has no database of it open."""
    data_dir = Path(data_dir)
    restore_journal.recover(data_dir)
    kept = restore_journal.kept_folders(data_dir)
    if not kept or not (kept[0] / DB_FILE_NAME).exists():
        raise KnownError(tr("Backup", "There is no data set aside by an earlier restore in {0}.").format(data_dir))
    aside = _unused(data_dir / f"{restore_journal.KEPT_PREFIX}{dt.datetime.now():%Y%m%d-%H%M%S}")
    try:
        restore_journal.put_back(data_dir, kept[0], aside)
    except OSError as exc:
        raise explain_os_error(exc, data_dir) from exc
    return kept[0], aside if aside.exists() else None


def last_backup(db: Database) -> dict | None:
    with db.read() as session:
        row = session.get(Setting, LAST_BACKUP_KEY)
        return dict(row.value) if row else None


REMIND_AFTER_DAYS = 7


def reminder(db: Database, now: dt.datetime | None = None) -> str | None:
    """A reminder to back up, when the last backup is older than a week (or there has been none
    while evidence is filed); None when all is well."""
    now = now or dt.datetime.now()
    last = last_backup(db)
    if last is None:
        with db.read() as session:
            if not session.scalar(select(func.count()).select_from(Evidence)):
                return None
        return tr("Backup", "The data has never been backed up. Back it up now, to a USB stick or another disk.")
    days = (now - dt.datetime.fromisoformat(last["at"])).days
    if days < REMIND_AFTER_DAYS:
        return None
    return tr("Backup", "The last backup was made {0} days ago. Back up now, to a USB stick or another disk.").format(
        days
    )
