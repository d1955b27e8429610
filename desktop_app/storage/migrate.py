"""Schema migrations with Alembic (scripts under ``db/``).

``HEAD`` (kept in ``storage.plain``, which reads without SQLAlchemy) is checked against the
migration scripts by a test, so opening an up-to-date database needs no Alembic import at all:
start-up stays fast.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from desktop_app.paths import migrations_path
from desktop_app.storage.plain import HEAD as HEAD  # the revision this program writes

if TYPE_CHECKING:  # Alembic loads only when a migration runs
    from alembic.config import Config


def current_revision(conn: Connection) -> str | None:
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_path()))
    return cfg


def script_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    return [rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()]


def script_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    if head is None:
        raise RuntimeError("the migration scripts have no head")
    return head


def is_known(revision: str) -> bool:
    return revision in script_revisions()


def upgrade(engine: Engine, target: str = "head", *, then: Callable[[Connection], None] | None = None) -> None:
    """Migrate to ``target`` in one transaction; ``then`` writes in the same one (a mark that must be
    there as soon as the tables are)."""
    from alembic import command

    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        if then is not None:
            then(conn)
