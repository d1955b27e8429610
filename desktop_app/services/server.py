"""Choosing where this PC's program works: the data folder's own file, or the campaign on the office's
PostgreSQL server — tried before it is chosen, with the password kept where PostgreSQL keeps it.

The window's 设置 › 数据库 and the commands call these; the rule of which database opens lives in
``storage.address``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from desktop_app.core.errors import KnownError
from desktop_app.core.i18n import tr
from desktop_app.core.progress import Progress
from desktop_app.storage import address, postgres
from desktop_app.storage.database import Database, check_revision


@dataclass(frozen=True)
class ServerState:
    """What a server database holds: nothing yet (``campaign`` empty), or this program's campaign."""

    url: str  # without the password
    campaign: str = ""
    empty: bool = True


def with_password(url: str, password: str) -> str:
    return make_url(url).set(password=password).render_as_string(hide_password=False) if password else url


def probe(url: str, password: str = "") -> ServerState:
    """Connect to the server and look, changing nothing: refused in words when it cannot be reached,
    the login is wrong, or the database holds another program's tables or a newer schema."""
    full = with_password(url, password)
    engine = postgres.engine(full)
    try:
        tables, revision = postgres.schema_state(engine, full)
        check_revision(postgres.shown(url), tables, revision)
        if "campaign" not in tables:
            return ServerState(url)
        try:
            with engine.connect() as conn:
                name = conn.execute(text("SELECT name FROM campaign ORDER BY id LIMIT 1")).scalar()
        except DBAPIError as exc:
            raise postgres.explain(exc, full) from exc
        return ServerState(url, name or "", empty=name is None)
    finally:
        engine.dispose()


def connect(data_dir: Path, url: str, password: str = "") -> ServerState:
    """Work on the server at ``url`` from the next start on: tried first, then the password kept in
    the user's pgpass file and the choice in the data folder."""
    state = probe(url, password)
    if password:
        address.remember_password(url, password)
    address.choose(data_dir, url)
    return state


def disconnect(data_dir: Path) -> None:
    """Back to the data folder's own file from the next start on (the server's campaign stays there)."""
    address.choose(data_dir, None)


def move_up(
    db: Database, url: str, password: str, store_folder: Path | str | None, *, progress: Progress | None = None
) -> ServerState:
    """This PC's campaign onto an empty server database (``services.move``), then chosen for this PC;
    its evidence into the shared ``store_folder``, or with None into the server's database itself."""
    from desktop_app.services import move

    if store_folder is not None and not str(store_folder).strip():
        raise KnownError(
            tr(
                "Server",
                "Name the shared folder where every clerk's PC finds the evidence (such as \\\\服务器\\创建材料).",
            )
        )
    state = probe(url, password)
    if not state.empty:
        raise KnownError(
            tr(
                "Server",
                "The database there already holds the campaign “{0}”; it was left as it was. Connect to it "
                "instead, or ask for an empty database.",
            ).format(state.campaign)
        )
    folder = None if store_folder is None else Path(store_folder)
    move.move_to_server(db, with_password(url, password), folder, progress=progress)
    if password:
        address.remember_password(url, password)
    address.choose(db.data_dir, url)
    return probe(url, password)
