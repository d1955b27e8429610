"""Commands for the campaign's data as a whole: its history (``audit``), where it is kept (``db``), and
its one-file ``backup`` and ``restore``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import (
    Session,
    data_dir_of,
    database_of,
    date_arg,
    print_json,
)
from desktop_app.core.i18n import tr

if TYPE_CHECKING:
    from desktop_app.services.history import Change
    from desktop_app.services.move import Moved


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    audit = sub.add_parser("audit", help=tr("Cli", "the history of changes (操作记录)"), parents=[common])
    asub = audit.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = asub.add_parser(
        "verify",
        help=tr(
            "Cli",
            "check that no entry of the history was changed, removed or moved, that it agrees with the data and "
            "with its anchors (the record beside the database, the last backup, printed reports)",
        ),
        parents=[common],
    )
    p.add_argument(
        "--code",
        metavar=tr("Cli", "CODE"),
        help=tr(
            "Cli", "a check code printed on a report (操作记录校验码): is it in the history, and what came after it"
        ),
    )
    p.set_defaults(func=cmd_audit_verify)
    for action, helptext in (
        ("list", tr("Cli", "list the changes, newest first")),
        ("export", tr("Cli", "write the changes to an Excel workbook")),
    ):
        p = asub.add_parser(action, help=helptext, parents=[common])
        if action == "export":
            p.add_argument("file", type=Path, metavar=tr("Cli", "FILE.xlsx"), help=tr("Cli", "the workbook to write"))
        p.add_argument("--actor", help=tr("Cli", "only this person's changes"))
        p.add_argument("--kind", help=tr("Cli", "only changes to this kind of record, e.g. unit, task, evidence"))
        p.add_argument("--since", type=date_arg, help=tr("Cli", "from this day, YYYY-MM-DD"))
        p.add_argument("--until", type=date_arg, help=tr("Cli", "up to this day, YYYY-MM-DD"))
        p.add_argument("--words", default="", help=tr("Cli", "only changes whose description holds these words"))
        if action == "list":
            p.add_argument("--json", action="store_true", help=tr("Cli", "print JSON instead of text"))
        p.set_defaults(func=cmd_audit_list if action == "list" else cmd_audit_export)

    dbp = sub.add_parser(
        "db", help=tr("Cli", "where the campaign is kept: this PC's file or a server"), parents=[common]
    )
    dsub = dbp.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = dsub.add_parser(
        "move-to",
        help=tr("Cli", "copy this PC's campaign to an empty database on a PostgreSQL server (the file stays as it is)"),
        parents=[common],
    )
    p.add_argument(
        "url", metavar=tr("Cli", "ADDRESS"), help=tr("Cli", "the server, as postgresql://用户:密码@服务器/数据库")
    )
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--in-database",
        action="store_true",
        help=tr("Cli", "keep the evidence files inside the server's database (for an office without a shared folder)"),
    )
    where.add_argument(
        "--store",
        type=Path,
        metavar=tr("Cli", "DIR"),
        help=tr("Cli", "the shared folder for the evidence files, reached by every clerk's PC"),
    )
    p.set_defaults(func=cmd_db_move_to)
    p = dsub.add_parser(
        "move-to-file",
        help=tr("Cli", "copy the server's campaign into a new data folder on this PC (to archive it)"),
        parents=[common],
    )
    p.add_argument("folder", type=Path, metavar=tr("Cli", "DIR"), help=tr("Cli", "a new, empty folder"))
    p.set_defaults(func=cmd_db_move_to_file)
    p = dsub.add_parser(
        "discard-move",
        help=tr("Cli", "with --database: remove the copy a move left unfinished (迁移未完成) on the server"),
        parents=[common],
    )
    p.set_defaults(func=cmd_db_discard_move)

    p = sub.add_parser("backup", help=tr("Cli", "write a one-file backup of the data folder"), parents=[common])
    p.add_argument("--out", required=True, type=Path, help=tr("Cli", "backup file (.fsdbak)"))
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser(
        "restore", help=tr("Cli", "replace the data with a backup (the current data is kept aside)"), parents=[common]
    )
    p.add_argument(
        "file", nargs="?", type=Path, metavar=tr("Cli", "FILE.fsdbak"), help=tr("Cli", "the backup to restore")
    )
    p.add_argument(
        "--other-campaign",
        action="store_true",
        help=tr("Cli", "restore it even though it holds another campaign than the current data"),
    )
    p.add_argument(
        "--previous",
        action="store_true",
        help=tr("Cli", "go back to the data the last restore replaced (kept in before-restore-…)"),
    )
    p.add_argument(
        "--replace-server-campaign",
        action="store_true",
        help=tr("Cli", "with --database: replace the campaign every clerk works on with the backup's"),
    )
    p.add_argument(
        "--people-from-backup",
        action="store_true",
        help=tr(
            "Cli",
            "with users on: take the backup's people and roles even where the current ones would be kept "
            "(they are kept when the backup was made before users were turned on, or without the passwords)",
        ),
    )
    p.set_defaults(func=cmd_restore)


def _changes(args: argparse.Namespace) -> list[Change]:
    from desktop_app.services import history

    with Session(args, write=False) as db:
        return history.search(
            db, actor=args.actor, entity=args.kind, since=args.since, until=args.until, words=args.words
        )


def cmd_audit_list(args: argparse.Namespace) -> int:
    from desktop_app.services import history

    changes = _changes(args)
    if args.json:
        print_json(
            [
                {
                    "at": c.at.isoformat(timespec="seconds"),
                    "actor": c.actor,
                    "action": c.action,
                    "kind": c.entity,
                    "what": history.describe(c),
                }
                for c in changes
            ]
        )
    else:
        for c in changes:
            print(f"{c.at:%Y-%m-%d %H:%M:%S}\t{c.actor}\t{history.describe(c)}")
    return 0


def cmd_audit_export(args: argparse.Namespace) -> int:
    from desktop_app.services import history

    changes = _changes(args)
    path = history.export_xlsx(changes, args.file, "操作记录")
    print(tr("Cli", "{0} changes written to {1}.").format(len(changes), path))
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from desktop_app.services import history

    with Session(args, write=False) as db:
        if args.code:
            found = history.lookup_code(db, args.code)
            for line in history.code_lines(found):
                print(line)
            return 0 if found.entry is not None else 1
        verified = history.verify(db)
    for line in verified.lines():
        print(line)
    if verified.ok:
        return 0
    print(tr("Cli", "The history does not hold: see above. Restore the last good backup, or ask who had the file."))
    return 1


def _moved(moved: Moved) -> int:
    print(
        tr("Cli", "The campaign was copied to {0}: {1} rows in {2} tables and {3} files, each checked.").format(
            moved.target, sum(moved.tables.values()), len(moved.tables), moved.files
        )
    )
    return 0


def cmd_db_move_to(args: argparse.Namespace) -> int:
    from desktop_app.services import move

    with Session(args, write=True) as db:
        return _moved(move.move_to_server(db, args.url, None if args.in_database else args.store))


def cmd_db_move_to_file(args: argparse.Namespace) -> int:
    from desktop_app.services import move

    with Session(args, write=True) as db:
        return _moved(move.move_to_file(db, args.folder))


def cmd_db_discard_move(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import log_in
    from desktop_app.core.errors import KnownError
    from desktop_app.core.roles import MOVE
    from desktop_app.services import move, users
    from desktop_app.storage import postgres
    from desktop_app.storage.database import Database

    url = database_of(args)
    if url is None or not postgres.is_server_url(url):
        raise KnownError(tr("Cli", "Name the server whose unfinished copy to remove: --database ADDRESS."))
    db = Database.open_server(data_dir_of(args), url, create=True)  # opened although unfinished
    try:
        log_in(args, db)
        users.require(db, MOVE)
        move.discard_unfinished(db)
    finally:
        db.close()
    print(
        tr("Cli", "The unfinished copy on {0} was removed; the database there is empty again.").format(
            postgres.shown(url)
        )
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.services import backup

    with Session(args, write=True) as db:
        info = backup.create(db, args.out)
        passwords = backup.with_passwords(db)
    print(
        tr("Cli", "Backup written to {0}: {1} files, {2:.1f} MB, checked.").format(
            info.path, info.files, info.size / 1e6
        )
    )
    if not passwords:
        print(backup.without_passwords_note())
    return 0


def _restore_on_server(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import KnownError
    from desktop_app.core.roles import RESTORE
    from desktop_app.services import backup, users

    if args.previous:
        raise KnownError(
            tr("Cli", "On a server there is no data set aside to go back to; restore a backup file instead.")
        )
    with Session(args, write=True) as db:
        users.require(db, RESTORE)
        backup.restore_to_server(args.file, db, replace_server_campaign=args.replace_server_campaign)
    print(tr("Cli", "Restored from {0} onto the server.").format(args.file))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import KnownError
    from desktop_app.paths import DB_FILE_NAME
    from desktop_app.services import backup
    from desktop_app.storage import postgres
    from desktop_app.storage.database import Database
    from desktop_app.storage.datadir import ensure_data_dir
    from desktop_app.storage.lock import InstanceLock

    data_dir = data_dir_of(args)
    ensure_data_dir(data_dir)
    if args.previous == (args.file is not None):
        raise KnownError(tr("Cli", "Name a backup file to restore, or --previous to go back, not both."))
    if postgres.is_server_url(database_of(args)):
        return _restore_on_server(args)
    person = None  # who restores: named in the history, with users on
    with InstanceLock(data_dir):
        if (data_dir / DB_FILE_NAME).exists():  # with users on, only an administrator restores
            from desktop_app.cli.common import log_in
            from desktop_app.core.roles import RESTORE
            from desktop_app.services import users

            current = Database.open(data_dir, finish_restore=True)
            try:
                log_in(args, current)
                users.require(current, RESTORE)
                person = current.user.name if current.user is not None else None
            finally:
                current.close()
        if args.previous:
            came_from, aside = backup.restore_previous(data_dir)
            Database.open(data_dir).close()
            print(tr("Cli", "The data kept in {0} is back in place.").format(came_from))
            if aside is not None:
                print(tr("Cli", "The data it replaced is kept in {0}.").format(aside))
            return 0
        said: list[str] = []
        kept = backup.restore(
            args.file,
            data_dir,
            allow_other_campaign=args.other_campaign,
            actor=person,
            people_from_backup=args.people_from_backup,
            said=said,
        )
    if kept:
        print(tr("Cli", "Restored from {0}; the previous data was kept in {1}.").format(args.file, kept))
    else:
        print(tr("Cli", "Restored from {0}.").format(args.file))
    for line in said:
        print(line)
    return 0
