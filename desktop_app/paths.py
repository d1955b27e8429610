"""Where the program keeps its data and finds its resources (no Qt here)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "FoodSafetyDesk"
DATA_ENV = "FOODSAFETY_DESK_DATA"
DB_FILE_NAME = "foodsafety-desk.db"


def _root() -> Path:
    """The folder holding ``resources/`` and ``db/``: the checkout, or the frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return _root().joinpath("resources", *parts)


def migrations_path() -> Path:
    return _root() / "db"


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` beats ``FOODSAFETY_DESK_DATA`` beats the user data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()
