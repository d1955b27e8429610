"""What every command shares: the data folder and its lock, argument types with Chinese messages,
JSON output, and argparse speaking the interface's language."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, NoReturn

from desktop_app.core.i18n import language, mark, tr
from desktop_app.core.text import columns, wrap_columns
from desktop_app.paths import resolve_data_dir

if TYPE_CHECKING:  # SQLAlchemy loads only for commands that open the database
    from desktop_app.core.checks import Check
    from desktop_app.core.tables import SkippedRow
    from desktop_app.storage.database import Database
    from desktop_app.storage.lock import InstanceLock
    from desktop_app.storage.plain import PlainReader, Source

#: argparse's own words (Python 3.11–3.13), translated like every other text of the program.
_ARGPARSE = {
    mark("Argparse", "usage: "),
    mark("Argparse", "options"),
    mark("Argparse", "positional arguments"),
    mark("Argparse", "show this help message and exit"),
    mark("Argparse", "show program's version number and exit"),
    mark("Argparse", "argument %(argument_name)s: %(message)s"),
    mark("Argparse", "%(prog)s: error: %(message)s\n"),
    mark("Argparse", "the following arguments are required: %s"),
    mark("Argparse", "unrecognized arguments: %s"),
    mark("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    mark("Argparse", "invalid %(type)s value: %(value)r"),
    mark("Argparse", "expected one argument"),
    mark("Argparse", "expected at most one argument"),
    mark("Argparse", "expected at least one argument"),
    mark("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    mark("Argparse", "not allowed with argument %s"),
    mark("Argparse", "one of the arguments %s is required"),
    mark("Argparse", "ignored explicit argument %r"),
    mark("Argparse", "unexpected option string: %s"),
    mark("Argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    mark("Argparse", "can't open '%(filename)s': %(error)s"),
    mark("Argparse", "expected %s argument"),
    mark("Argparse", "expected %s arguments"),
}


def argparse_text(text: str) -> str:
    return tr("Argparse", text) if text in _ARGPARSE else text


def _argparse_plural(singular: str, plural: str, n: int) -> str:
    return argparse_text(singular if n == 1 else plural)


def speak_argparse() -> None:
    """argparse looks up its words through the module's ``_``/``ngettext`` at each use: point them
    at the program's catalogue (English stays English)."""
    if language() == "en":
        return
    argparse._ = argparse_text  # type: ignore[attr-defined]
    argparse.ngettext = _argparse_plural  # type: ignore[attr-defined]


#: What an option's value is called in the help, by the option's name (argparse would print NAME).
_VALUE_NAMES = {
    "data_dir": mark("Cli", "FOLDER"),
    "out": mark("Cli", "FILE"),
    "file": mark("Cli", "FILE"),
    "xlsx": mark("Cli", "FILE"),
    "month": mark("Cli", "YYYY-MM"),
    "period": mark("Cli", "YYYY-MM"),
    "start": mark("Cli", "YYYY-MM-DD"),
    "end": mark("Cli", "YYYY-MM-DD"),
    "doc_date": mark("Cli", "YYYY-MM-DD"),
    "sent": mark("Cli", "YYYY-MM-DD"),
    "unit": mark("Cli", "UNIT"),
    "item": mark("Cli", "ITEM NO."),
    "population": mark("Cli", "NUMBER"),
    "due_day": mark("Cli", "DAY"),
    "width": mark("Cli", "NUMBER"),
    "height": mark("Cli", "NUMBER"),
    "tab": mark("Cli", "NUMBER"),
    "task": mark("Cli", "TASK NO."),
}


class _HelpFormatter(argparse.HelpFormatter):
    """Values are named in the user's language (名称, 文件, 日期…) rather than by the option's dest, and
    the help's columns line up by the terminal's columns (a Chinese character takes two), not by
    characters as argparse counts them."""

    def _get_default_metavar_for_optional(self, action: argparse.Action) -> str:
        return tr("Cli", _VALUE_NAMES.get(action.dest, mark("Cli", "TEXT")))

    def _get_default_metavar_for_positional(self, action: argparse.Action) -> str:
        return tr("Cli", _VALUE_NAMES.get(action.dest, mark("Cli", "TEXT")))

    def add_argument(self, action: argparse.Action) -> None:
        if action.help is not argparse.SUPPRESS:
            invocations = [self._format_action_invocation(action)]
            invocations += [self._format_action_invocation(a) for a in self._iter_indented_subactions(action)]
            widest = max(columns(text) for text in invocations) + self._current_indent
            self._action_max_length = max(self._action_max_length, widest)
            self._add_item(self._format_action, [action])

    def _format_action(self, action: argparse.Action) -> str:
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent = " " * self._current_indent
        first = help_position
        if not action.help:
            parts = [f"{indent}{header}\n"]
        elif columns(header) <= action_width:  # the help beside it, padded to the column
            parts = [f"{indent}{header}{' ' * (action_width - columns(header))}  "]
            first = 0
        else:  # the help on the next line
            parts = [f"{indent}{header}\n"]
        if action.help and action.help.strip():
            lines = self._split_lines(self._expand_help(action), help_width) or [""]
            parts.append(" " * first + lines[0] + "\n")
            parts += [" " * help_position + line + "\n" for line in lines[1:]]
        elif not parts[0].endswith("\n"):
            parts.append("\n")
        parts += [self._format_action(sub) for sub in self._iter_indented_subactions(action)]
        return self._join_parts(parts)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap_columns(" ".join(text.split()), width)


class Parser(argparse.ArgumentParser):
    """Help in the user's words; usage errors end with a hint, not only argparse's one line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        text = argparse_text("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message}
        hint = tr("Cli", "“{0} --help” lists what this command takes.").format(self.prog)
        self.exit(2, text + hint + "\n")


# -- argument types ---------------------------------------------------------------------------------------
class Choices:
    """An argument that takes one of a few values, by its Chinese word (每月) or its code (monthly),
    and gives the code; help shows the Chinese words."""

    def __init__(self, words: dict[str, str]):
        self.words = words  # code → the word shown
        self.__name__ = "choice"  # argparse names the type in some messages

    @property
    def metavar(self) -> str:
        return "{" + ",".join(self.words.values()) + "}"

    def __call__(self, text: str) -> str:
        typed = text.strip()
        for code, word in self.words.items():
            if typed in (code, word):
                return code
        raise argparse.ArgumentTypeError(
            tr("Cli", "“{0}” is none of {1}.").format(text, "、".join(self.words.values()))
        )


def date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(tr("Cli", "“{0}” is not a date like 2025-03-26.").format(text)) from exc


def whole_number(text: str) -> int:
    """A count typed as digits (96万 or 96,000 are explained, not taken)."""
    cleaned = text.strip().replace(",", "").replace("，", "")
    if cleaned.isdigit():
        return int(cleaned)
    raise argparse.ArgumentTypeError(
        tr("Cli", "“{0}” is not a whole number: write it in digits, such as 960000.").format(text)
    )


# -- the data folder ---------------------------------------------------------------------------------------
def data_dir_of(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))


def database_of(args: argparse.Namespace) -> str | None:
    """The server the campaign is on (``--database``, $FOODSAFETY_DESK_DATABASE, or the one chosen
    under 设置 for the data folder: storage.address); None: the data folder's own SQLite file."""
    from desktop_app.storage import address

    return address.address(data_dir_of(args), getattr(args, "database", None))


class Session:
    """The database of the data folder named by the arguments; commands that write also hold the
    folder's lock, so a second program cannot write at the same time."""

    def __init__(self, args: argparse.Namespace, write: bool, *, create: bool = False):
        self.args, self.write, self.create = args, write, create  # create: an empty server may be set up
        self.lock: InstanceLock | None = None

    def __enter__(self) -> Database:
        from desktop_app.storage.database import Database
        from desktop_app.storage.datadir import ensure_data_dir
        from desktop_app.storage.lock import InstanceLock

        data_dir = data_dir_of(self.args)
        if self.write:
            ensure_data_dir(data_dir)
            self.lock = InstanceLock(data_dir).acquire()
        try:
            self.db = Database.open(data_dir, finish_restore=self.write, url=database_of(self.args), create=self.create)
            if self.db.notice:
                sys.stderr.write(self.db.notice + "\n")
            if self.write:
                self.db.check_integrity()  # a damaged database is written to no more
            log_in(self.args, self.db)
        except BaseException:
            if self.lock:
                self.lock.release()
            raise
        return self.db

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.db.close()
        if self.lock:
            self.lock.release()


class Reading:
    """What a command that only reads works on: the data folder's file read plainly (no ORM: such a
    command answers in a fraction of the time) when it needs nothing done first and nobody has to
    log in; otherwise the opened database, exactly as ``Session(args, write=False)``."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.session: Session | None = None
        self.reader: PlainReader | None = None

    def __enter__(self) -> Source:
        from desktop_app.services.reads.settings import users_on
        from desktop_app.storage.plain import PlainReader

        if database_of(self.args) is None:
            self.reader = PlainReader.open(data_dir_of(self.args))
            if self.reader is not None and not users_on(self.reader):
                return self.reader
            if self.reader is not None:
                self.reader.close()
                self.reader = None
        self.session = Session(self.args, write=False)
        return self.session.__enter__()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.reader is not None:
            self.reader.close()
        if self.session is not None:
            self.session.__exit__(exc_type, exc, tb)


def print_json(data: object) -> None:
    """JSON is written as UTF-8 whatever the console's code page (GBK on many office PCs)."""
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


def print_skipped(skipped: list[SkippedRow]) -> None:
    """Rows of a table that hold no data, each with its row and why (nothing is refused for them)."""
    if skipped:
        print(tr("Cli", "Rows passed over ({0}):").format(len(skipped)))
        for row in skipped:
            print(f"  {row.text()}")


def strict_option(parser: argparse.ArgumentParser) -> None:
    """--strict for an import of the office's own tables."""
    parser.add_argument(
        "--strict",
        action="store_true",
        help=tr(
            "Cli",
            "refuse the whole table for any cell that cannot be read (without it, such a cell is kept "
            "as written and marked 需核对)",
        ),
    )


def print_checks(checks: Sequence[tuple[str, Check]]) -> None:
    """Every cell an import kept as written (需核对) or read by inference, with where it is and why."""
    kept = [(owner, c) for owner, c in checks if c.kept]
    inferred = [(owner, c) for owner, c in checks if not c.kept]

    def line(owner: str, check: Check) -> str:
        place = check.where if f"（{owner}）" in check.where else f"{check.where}\t{owner}"  # the place once
        return f"  {place}\t{check.said()}"

    if kept:
        heading = tr("Cli", "Cells kept as written, marked 需核对 ({0}); check them on the task page:")
        print(heading.format(len(kept)))
        for owner, c in kept:
            print(line(owner, c))
    if inferred:
        print(tr("Cli", "Read by inference, marked 需核对 ({0}):").format(len(inferred)))
        for owner, c in inferred:
            print(line(owner, c))


def print_unread(columns: Sequence[str]) -> None:
    """The columns of a table an import did not read: nothing is dropped without a word."""
    if columns:
        print(tr("Cli", "Columns not read (未读取的列): {0}").format("、".join(columns)))


def print_names(names: Sequence[tuple[str, str]]) -> None:
    """What an import did with each name that is no member unit as written: mapped (and why), created,
    taken as a collective, left out."""
    if names:
        print(tr("Cli", "Unit names ({0}):").format(len(names)))
        for name, what in names:
            print(f"  {name} → {what}")


def password(args: argparse.Namespace, prompt: str) -> str:
    """A password: the next line of standard input with --password-stdin (one a line: with users on,
    the person's own first, then a new one), else asked on the terminal. Input that ends before the
    password asked for is said, naming it."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        if not line:
            from desktop_app.core.errors import KnownError

            raise KnownError(
                tr("Cli", "Standard input ended before this password: {0}(--password-stdin reads one a line)").format(
                    prompt
                )
            )
        return line.rstrip("\r\n")
    import getpass

    return getpass.getpass(prompt)


def log_in(args: argparse.Namespace, db: Database) -> None:
    """With users on, the command runs as the person named by --user, once the password is right."""
    from desktop_app.core.errors import KnownError
    from desktop_app.services import users

    if not users.enabled(db):
        return
    name = getattr(args, "user", None)
    if not name:
        raise KnownError(tr("Cli", "Users are on for this data folder: name yourself with --user NAME."))
    users.login(db, name, password(args, tr("Cli", "Password for {0}: ").format(name)))


def replaced_note(chars: str, holders: Sequence[str] = ()) -> None:
    """Say which characters no face has were printed as □ in the PDF just written, and where (nothing
    if none)."""
    from desktop_app.reports.pdf import replaced_message

    if chars:
        print(replaced_message(chars, holders))


class StderrProgress:
    """Long work's progress on the command line: its count and step on stderr, on one line rewritten
    in a terminal, a line every few seconds otherwise (a log)."""

    cancelled = False

    def __init__(self, label: str) -> None:
        import time

        self.label, self.last, self.clock = label, 0.0, time.monotonic
        self.terminal = sys.stderr.isatty()

    def step(self, done: int, total: int, message: str = "") -> None:
        now = self.clock()
        if now - self.last < (0.2 if self.terminal else 5.0) and done < total:
            return
        self.last = now
        share = f"{100 * done // total}%" if total else ""
        line = f"{self.label} {share} {message}".rstrip()
        if self.terminal:
            sys.stderr.write("\r" + line[:100].ljust(100) + ("\n" if done >= total else ""))
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()
