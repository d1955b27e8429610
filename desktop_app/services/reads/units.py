"""The unit list as every page and command shows it: in the office's own order."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from desktop_app.core.checks import settled
from desktop_app.core.units import UnitRecord
from desktop_app.storage.plain import Run, Source, as_bool, as_json


@dataclass(kw_only=True)
class UnitInfo(UnitRecord):
    """A stored unit: its record, its id, and whether it is active."""

    id: int
    active: bool = True
    version: int = 1  # as read: a save naming it is refused when another clerk saved meanwhile

    @property
    def to_check(self) -> list[dict[str, object]]:
        """Cells the import kept as written that no person has confirmed or corrected (需核对)."""
        return [c for c in self.checks if not settled(c)]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        del data["row"], data["checks"]
        data["to_check"] = self.to_check
        return data


def office_order(source: Source) -> dict[str, int]:
    """Unit name → its place in the unit list: the order every list of units follows until the clerk
    sorts a column (the order the office entered or imported them, as its own 成员单位名单 has it)."""
    with source.reading() as run:
        return read_order(run)


def read_order(run: Run) -> dict[str, int]:
    return {name: place for place, (name,) in enumerate(run("SELECT name FROM unit ORDER BY id"))}


def list_units(source: Source, *, include_inactive: bool = True) -> list[UnitInfo]:
    """Every unit in the unit list's order (``office_order``), each with its aliases."""
    with source.reading() as run:
        units = run(
            "SELECT id, name, kind, leader, liaison, phone, note, active, version, CAST(checks AS TEXT) FROM unit"
            " ORDER BY id"
        )
        aliases: dict[int, list[str]] = {}
        for unit_id, alias in run("SELECT unit_id, alias FROM unit_alias"):
            aliases.setdefault(unit_id, []).append(alias)
    return [
        UnitInfo(
            id=unit_id,
            name=name,
            kind=kind,
            leader=leader,
            liaison=liaison,
            phone=phone,
            note=note,
            active=as_bool(active),
            aliases=sorted(aliases.get(unit_id, [])),
            version=version or 1,
            checks=list(as_json(checks) or []),
        )
        for unit_id, name, kind, leader, liaison, phone, note, active, version, checks in units
        if include_inactive or as_bool(active)
    ]
