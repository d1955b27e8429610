"""The history's head kept beside the database file: after every commit that adds to the history, the
chain value of its last entry and that entry's time are written to ``history-head.json`` in the data
folder. Someone who removes the history's last entries from the database file (or all of them) leaves
this file naming an entry that is no longer there, and ``audit verify`` says so.

The file is written just after the commit: a program killed between the two leaves it one commit
behind, which a check takes as it is (an anchor behind the history proves nothing missing). A
campaign on a server has no file beside it; the server's own permissions guard its history.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from desktop_app.core.atomic import write_text_atomic

FILE_NAME = "history-head.json"
log = logging.getLogger(__name__)


def write(data_dir: Path, chain: str, at: str) -> None:
    """Record the history's head; a failure to write it (a full disk) never undoes the commit."""
    try:
        write_text_atomic(Path(data_dir) / FILE_NAME, json.dumps({"chain": chain, "at": at}))
    except OSError as exc:
        log.warning("the history's head could not be written beside the database: %s", exc)


def read(data_dir: Path) -> dict[str, str] | None:
    """The head last recorded (None without a file); a file that is not one the program wrote gives
    ``{"chain": ""}`` so the check names it."""
    path = Path(data_dir) / FILE_NAME
    if not path.exists():
        return None
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"chain": "", "at": ""}
    if not isinstance(value, dict) or not isinstance(value.get("chain"), str):
        return {"chain": "", "at": ""}
    return {"chain": value["chain"], "at": str(value.get("at", ""))}
