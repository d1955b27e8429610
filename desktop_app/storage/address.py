"""Which database a PC opens: the data folder's own SQLite file (the first choice for one PC), or the
campaign on the office's PostgreSQL server (server mode).

One rule for the window and every command: ``--database`` beats ``$FOODSAFETY_DESK_DATABASE`` beats
the choice made under 设置 › 数据库 (kept in the data folder as ``server.json``, without the
password) beats the data folder's file. The password is kept where PostgreSQL's own client library
looks for it (the user's ``pgpass`` file), never in the program's files. No SQLAlchemy here: the
window reads this before anything heavy is loaded.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

ENV = "FOODSAFETY_DESK_DATABASE"
CHOICE_FILE = "server.json"
DEFAULT_PORT = 5432


def address(data_dir: Path, given: str | None = None) -> str | None:
    """The server this PC's program works on, or None for the data folder's own file. An address
    given that is no PostgreSQL server's (``mysql://…``, a typing slip) is refused in words: it never
    means "work on a new local file" without a word."""
    url = given or os.environ.get(ENV)
    if url:
        return server_url(url, ENV if not given else "--database")
    return chosen(data_dir)


def server_url(url: str, where: str = "--database") -> str:
    """``url`` as a server's address, its scheme written as the program writes it (Postgresql:// →
    postgresql://); anything but ``postgresql://`` or ``postgres://`` is refused, naming ``where``."""
    from desktop_app.core.errors import KnownError
    from desktop_app.core.i18n import tr

    scheme, sep, rest = url.strip().partition("://")
    base, _plus, driver = scheme.lower().partition("+")
    if sep and rest and base in ("postgresql", "postgres") and driver in ("", "psycopg"):  # psycopg: the program's own
        return f"postgresql://{rest}"
    shown = url if len(url) <= 60 else url[:60] + "…"
    raise KnownError(
        tr("Storage", "“{0}” ({1}) is not the address of a PostgreSQL server.").format(shown, where),
        [
            tr(
                "Storage",
                "Write it as postgresql://用户@服务器:5432/数据库, or leave it out to work on this PC's file.",
            ),
        ],
    )


def chosen(data_dir: Path) -> str | None:
    """The server chosen under 设置 for this data folder, if any (an unreadable choice counts as none)."""
    try:
        data = json.loads((Path(data_dir) / CHOICE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    url = data.get("url") if isinstance(data, dict) else None
    return url if isinstance(url, str) and url.startswith("postgresql://") else None


def choose(data_dir: Path, url: str | None) -> None:
    """Work on the server at ``url`` from the next start on (None: back to the data folder's file)."""
    from desktop_app.core.atomic import write_text_atomic

    target = Path(data_dir) / CHOICE_FILE
    if url is None:
        target.unlink(missing_ok=True)
        return
    write_text_atomic(target, json.dumps({"url": url}, ensure_ascii=False, indent=1))


def compose(host: str, port: int, database: str, user: str) -> str:
    """postgresql://user@host:port/database, each part quoted as a URL needs (no password)."""
    host = host.strip()
    shown_host = f"[{host}]" if ":" in host else host  # an IPv6 address
    return f"postgresql://{quote(user.strip(), safe='')}@{shown_host}:{int(port)}/{quote(database.strip(), safe='')}"


def parts(url: str) -> tuple[str, int, str, str]:
    """(host, port, database, user) of a server address, for a form to show."""
    split = urlsplit(url)
    return (
        split.hostname or "",
        split.port or DEFAULT_PORT,
        unquote(split.path.lstrip("/")),
        unquote(split.username or ""),
    )


def pgpass_file() -> Path:
    """Where PostgreSQL's client library reads saved passwords: $PGPASSFILE, else
    %APPDATA%\\postgresql\\pgpass.conf on Windows and ~/.pgpass elsewhere."""
    explicit = os.environ.get("PGPASSFILE")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escaped(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def remember_password(url: str, password: str) -> Path:
    """Keep the password for ``url``'s server, database and user in the pgpass file (replacing an
    older line for the same ones; other lines are kept as they are); the file is the user's alone."""
    from desktop_app.core.atomic import atomic_path

    host, port, database, user = parts(url)
    key = ":".join(_escaped(v) for v in (host, str(port), database, user))
    target = pgpass_file()
    try:
        lines = target.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    kept = [line for line in lines if not line.startswith(key + ":")]
    kept.append(f"{key}:{_escaped(password)}")
    with atomic_path(target) as part:
        if sys.platform != "win32":
            os.chmod(part, 0o600)  # the user's alone before a word is written (libpq insists on it)
        part.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return target
