"""The audit trail as a chain: each entry carries a hash of itself and of the entry before it.

Editing an entry (an actor changed to 局长), deleting one or putting two in another order breaks
the chain from that entry on, and ``broken`` names where. Reports print the chain's head, so a
paper copy anchors what the history said that day. Nothing here imports SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from typing import Any

GENESIS = "0" * 64  # what the first entry links to


def _canonical(entry: dict[str, Any]) -> bytes:
    at = entry["at"]
    when = at.isoformat(timespec="microseconds") if isinstance(at, dt.datetime) else str(at)
    fields = {
        "at": when,
        "actor": entry["actor"],
        "action": entry["action"],
        "entity": entry["entity"],
        "entity_id": entry["entity_id"],
        "before": entry.get("before"),
        "after": entry.get("after"),
    }
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def link(previous: str, entry: dict[str, Any]) -> str:
    """The chain value of ``entry`` following an entry whose chain value is ``previous``."""
    return hashlib.sha256(previous.encode() + b"\n" + _canonical(entry)).hexdigest()


def broken(entries: Iterable[dict[str, Any]]) -> int | None:
    """The id of the first entry (in id order) whose chain value does not follow from the one before:
    it, or an entry before it, was changed, removed or moved. None when the chain holds."""
    previous = GENESIS
    for entry in entries:
        if entry.get("chain") != link(previous, entry):
            return int(entry["id"])
        previous = entry["chain"]
    return None
