"""The audit trail as a chain: each entry carries a hash of itself and of the entry before it.

Editing an entry (an actor changed to 局长), deleting one or putting two in another order breaks
the chain from that entry on, and ``broken`` names where. Reports print the chain's head, so a
paper copy anchors what the history said that day. Nothing here imports SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
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


@dataclass
class Gaps:
    """What the history and the data disagree on, by table and record id: records there with no entry
    creating them, records created (and never deleted) that are gone, and evidence records whose file
    is not the one their history recorded."""

    uncreated: dict[str, list[str]] = field(default_factory=dict)
    vanished: dict[str, list[str]] = field(default_factory=dict)
    repointed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.uncreated or self.vanished or self.repointed)


def created_ids(action: str, entity_id: str, after: object) -> list[str]:
    """The records an entry creates: its own for a "create", the ``ids`` a bulk import lists."""
    if action == "create":
        return [entity_id]
    if action == "import" and isinstance(after, dict) and isinstance(after.get("ids"), list):
        return [str(i) for i in after["ids"]]
    return []


def reconcile(
    entries: Iterable[tuple[str, str, str, Any]], present: Mapping[str, Mapping[str, str | None]], *, sha_of: str
) -> Gaps:
    """Compare the history with the data. ``entries`` are (action, entity, entity_id, after) in the
    history's order; ``present`` maps each table checked to its records (id → SHA-256 for the table
    ``sha_of``, else None). A record's last creating or deleting entry says whether it should be there;
    for ``sha_of`` the last SHA-256 an entry recorded must be the record's."""
    exists: dict[str, dict[str, bool]] = {entity: {} for entity in present}
    recorded: dict[str, str] = {}
    for action, entity, entity_id, after in entries:
        states = exists.get(entity)
        if states is None:
            continue
        for made in created_ids(action, entity_id, after):
            states[made] = True
        if action == "delete":
            states[entity_id] = False
        if entity == sha_of and isinstance(after, dict) and isinstance(after.get("sha256"), str):
            recorded[entity_id] = after["sha256"]
    gaps = Gaps()
    for entity, records in present.items():
        states = exists[entity]
        uncreated = [i for i in records if not states.get(i)]
        vanished = [i for i, there in states.items() if there and i not in records]
        if uncreated:
            gaps.uncreated[entity] = sorted(uncreated, key=_numeric)
        if vanished:
            gaps.vanished[entity] = sorted(vanished, key=_numeric)
    for entity_id, sha in present.get(sha_of, {}).items():
        if entity_id in recorded and sha != recorded[entity_id]:
            gaps.repointed.append(entity_id)
    gaps.repointed.sort(key=_numeric)
    return gaps


def _numeric(entity_id: str) -> tuple[int, str]:
    return (int(entity_id), "") if entity_id.isdigit() else (0, entity_id)
