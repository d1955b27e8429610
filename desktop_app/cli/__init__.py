"""``foodsafety-desk``: alone it opens the GUI; subcommands run the same services headless.

Each command group's parser sits beside its handlers (``campaign``, ``tasks``, ``monthly``,
``evidence``, ``data``, ``desktop``); this module assembles them and runs one, turning a mistake the user can
fix into a Chinese message and exit code 2, and a bug into a crash report.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop_app import APP_TITLE, __version__
from desktop_app.cli.common import Parser, argparse_text, data_dir_of, speak_argparse
from desktop_app.core.errors import KnownError
from desktop_app.core.i18n import set_language, tr

EXIT_BUG = 70


def build_parser() -> argparse.ArgumentParser:
    from desktop_app.cli import assess, campaign, data, desktop, evidence, monthly, people, tasks

    speak_argparse()
    common = Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar=tr("Cli", "DIR"),
        default=argparse.SUPPRESS,
        help=tr("Cli", "data folder (default: $FOODSAFETY_DESK_DATA or the user data folder)"),
    )
    common.add_argument(
        "--database",
        metavar=tr("Cli", "ADDRESS"),
        default=argparse.SUPPRESS,
        help=tr(
            "Cli",
            "the campaign on a PostgreSQL server, as postgresql://用户:密码@服务器/数据库 "
            "(default: $FOODSAFETY_DESK_DATABASE, else the data folder's own file)",
        ),
    )
    common.add_argument(
        "--user",
        metavar=tr("Cli", "NAME"),
        default=argparse.SUPPRESS,
        help=tr("Cli", "log in as this person (needed once the office has turned users on)"),
    )
    common.add_argument(
        "--password-stdin",
        action="store_true",
        default=argparse.SUPPRESS,
        help=tr(
            "Cli",
            "read passwords from standard input instead of asking (for scripts), one a line: with users on, "
            "your own first; then a new one where the command sets one (users add, reset-password)",
        ),
    )
    parser = Parser(prog="foodsafety-desk", description=APP_TITLE, parents=[common])
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=argparse_text("show program's version number and exit"),
    )
    parser.add_argument("--self-test", action="store_true", help=tr("Cli", "check that the program can run, then exit"))
    sub = parser.add_subparsers(dest="command", metavar=tr("Cli", "COMMAND"), parser_class=Parser)
    for group in (desktop, campaign, tasks, monthly, evidence, data, assess, people):
        group.register(sub, common)
    return parser


def _window_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """``foodsafety-desk [--data-dir DIR] [--database ADDRESS]`` (a double-click) opens the window at
    once, without building every subcommand's parser first."""
    quick = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    quick.add_argument("--data-dir")
    quick.add_argument("--database")
    try:
        known, rest = quick.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return None  # the full parser explains the mistake
    return None if rest else known


def main(argv: Sequence[str] | None = None) -> int:
    from desktop_app.cli.desktop import cmd_gui, cmd_self_test

    set_language(None)
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _window_only(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    func = cmd_self_test if getattr(args, "self_test", False) else getattr(args, "func", cmd_gui)
    try:
        return int(func(args))
    except KnownError as err:
        sys.stderr.write(tr("Cli", "Error: ") + err.message + "\n")
        for line in err.details:
            sys.stderr.write(f"  - {line}\n")
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (``… | head``): not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception:
        from desktop_app.crashlog import log_exception

        path = log_exception(*sys.exc_info(), data_dir=data_dir_of(args))
        sys.stderr.write(tr("Cli", "Unexpected error; details were written to {0}").format(path) + "\n")
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
