"""Read and write the declared settings (stored in the database, audited)."""

from __future__ import annotations

from desktop_app.core import roles
from desktop_app.core import settings as spec
from desktop_app.services.reads.settings import get as get  # the read side lives there
from desktop_app.storage.database import Database
from desktop_app.storage.models import Setting


def set_value(db: Database, setting: spec.SettingSpec, value: object) -> object:
    value = spec.coerce(setting, value)
    with db.session(need=roles.CAMPAIGN) as session:
        row = session.get(Setting, setting.key)
        if row is None:
            session.add(Setting(key=setting.key, value=value))
        else:
            row.value = value
    return value


def keep(db: Database, key: str, value: object) -> None:
    """Store one of the program's own notes (the first steps hidden, the forms last written …): the
    program's, so any role may leave it (a 只读 person writing the fill-in forms included)."""
    with db.session(need=roles.SYSTEM) as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
