"""Commands for the people who may use the program (``users``), once the office turns users on."""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli.common import Session, password, print_json
from desktop_app.core.i18n import tr


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    from desktop_app.core.roles import ROLES

    people = sub.add_parser("users", help=tr("Cli", "people and their roles (off until turned on)"), parents=[common])
    usub = people.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = usub.add_parser(
        "enable", help=tr("Cli", "turn users on, with a first administrator (login at start)"), parents=[common]
    )
    p.add_argument("--admin", required=True, metavar=tr("Cli", "NAME"), help=tr("Cli", "the first administrator"))
    p.set_defaults(func=cmd_users_enable)
    p = usub.add_parser("disable", help=tr("Cli", "turn users off (no login at start)"), parents=[common])
    p.set_defaults(func=cmd_users_disable)
    p = usub.add_parser("list", help=tr("Cli", "list the people and their roles"), parents=[common])
    p.add_argument("--json", action="store_true", help=tr("Cli", "print JSON instead of text"))
    p.set_defaults(func=cmd_users_list)
    p = usub.add_parser("add", help=tr("Cli", "add a person with a role"), parents=[common])
    p.add_argument("name", metavar=tr("Cli", "NAME"), help=tr("Cli", "the person's name"))
    p.add_argument("--role", required=True, choices=ROLES, help=tr("Cli", "one of {0}").format("、".join(ROLES)))
    p.set_defaults(func=cmd_users_add)
    p = usub.add_parser("set-role", help=tr("Cli", "give a person another role"), parents=[common])
    p.add_argument("name", metavar=tr("Cli", "NAME"), help=tr("Cli", "the person's name"))
    p.add_argument("role", choices=ROLES, help=tr("Cli", "one of {0}").format("、".join(ROLES)))
    p.set_defaults(func=cmd_users_set_role)
    p = usub.add_parser("reset-password", help=tr("Cli", "give a person a new password"), parents=[common])
    p.add_argument("name", metavar=tr("Cli", "NAME"), help=tr("Cli", "the person's name"))
    p.set_defaults(func=cmd_users_reset)
    p = usub.add_parser(
        "recover",
        help=tr("Cli", "set a forgotten administrator password with the recovery code printed at enable"),
        parents=[common],
    )
    p.add_argument("name", metavar=tr("Cli", "NAME"), help=tr("Cli", "the administrator's name"))
    p.add_argument("--code", required=True, metavar=tr("Cli", "CODE"), help=tr("Cli", "the recovery code"))
    p.set_defaults(func=cmd_users_recover)


def _new_password(args: argparse.Namespace) -> str:
    first = password(args, tr("Cli", "New password: "))
    if not getattr(args, "password_stdin", False):
        second = password(args, tr("Cli", "The new password again: "))
        if first != second:
            from desktop_app.core.errors import KnownError

            raise KnownError(tr("Cli", "The two passwords differ."))
    return first


def cmd_users_enable(args: argparse.Namespace) -> int:
    from desktop_app.services import users

    with Session(args, write=True) as db:
        code = users.enable(db, args.admin, _new_password(args))
    print(tr("Cli", "Users are on; {0} is the administrator.").format(args.admin))
    print(tr("Cli", "Recovery code (write it down and keep it safe; it is shown only now): {0}").format(code))
    return 0


def cmd_users_disable(args: argparse.Namespace) -> int:
    from desktop_app.services import users

    with Session(args, write=True) as db:
        users.disable(db)
    print(tr("Cli", "Users are off: the program starts without a login."))
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    from desktop_app.services import users

    with Session(args, write=False) as db:
        found, on = users.list_users(db), users.enabled(db)
    if args.json:
        print_json({"enabled": on, "users": [vars(u) for u in found]})
    else:
        for u in found:
            print(f"{u.name}\t{u.role}" + ("\t" + tr("Cli", "locked") if u.locked else ""))
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    from desktop_app.services import users

    with Session(args, write=True) as db:
        users.add(db, args.name, args.role, _new_password(args))
    print(tr("Cli", "{0} added as {1}.").format(args.name, args.role))
    return 0


def cmd_users_set_role(args: argparse.Namespace) -> int:
    from desktop_app.services import users

    with Session(args, write=True) as db:
        users.set_role(db, args.name, args.role)
    print(tr("Cli", "{0} is now {1}.").format(args.name, args.role))
    return 0


def cmd_users_reset(args: argparse.Namespace) -> int:
    from desktop_app.services import users

    with Session(args, write=True) as db:
        users.reset_password(db, args.name, _new_password(args))
    print(tr("Cli", "The password of {0} was set anew.").format(args.name))
    return 0


def cmd_users_recover(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import data_dir_of
    from desktop_app.services import users
    from desktop_app.storage.database import Database
    from desktop_app.storage.datadir import ensure_data_dir
    from desktop_app.storage.lock import InstanceLock

    data_dir = data_dir_of(args)
    ensure_data_dir(data_dir)
    with InstanceLock(data_dir):
        db = Database.open(data_dir, finish_restore=True)
        try:
            users.recover(db, args.code, args.name, _new_password(args))
        finally:
            db.close()
    sys.stdout.write(tr("Cli", "The password of {0} was set anew.").format(args.name) + "\n")
    return 0
