"""The declared settings as stored (a setting never written reads as its default)."""

from __future__ import annotations

from typing import Any

from desktop_app.core import settings as spec
from desktop_app.storage.plain import Source, as_json

#: The setting that says the office has turned users on (``services.users``).
USERS_ON_KEY = "users.enabled"


def stored(source: Source, key: str) -> Any:
    """The value stored under ``key``, or None when it was never written."""
    with source.reading() as run:
        found = run("SELECT CAST(value AS TEXT) FROM setting WHERE key = ?", (key,))
    return as_json(found[0][0]) if found else None


def get(source: Source, setting: spec.SettingSpec) -> object:
    value = stored(source, setting.key)
    return setting.default if value is None else spec.coerce(setting, value)


def users_on(source: Source) -> bool:
    """Whether people must log in before they read or change anything."""
    return bool(stored(source, USERS_ON_KEY))
