"""需核对: a cell an import kept as the office wrote it, because it could not be read as its column's
kind (a deadline with no date, a phone in words) or was read by inference (a year from the title);
a task or a unit carries its checks until a person confirms or corrects them (no Qt, no database).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Check:
    """A cell an import kept as the office wrote it, because it could not be read as its column's kind
    (or was read by inference): shown as 需核对 until a person confirms or corrects it."""

    field: str  # the field: deadline, phone …
    text: str  # the cell as written
    reason: str  # why it is to be checked, in words
    where: str = ""  # sheet and cell: 表1 E12
    kept: bool = True  # the value could not be read and is kept as text; False: read by inference
    collective: str = ""  # a collective (各镇（街道）) of a kind with no units yet: its kind, to expand later
    cell: str = ""  # the cell a reading typed in the preview stands in for ("表1 E12"), when not ``where``

    @property
    def key(self) -> str:
        """The cell, as the import's ``corrections`` name it."""
        return self.cell or self.where

    def to_json(self) -> dict[str, object]:
        found: dict[str, object] = {
            "field": self.field,
            "text": self.text,
            "reason": self.reason,
            "where": self.where,
            "kept": self.kept,
        }
        if self.collective:
            found["collective"] = self.collective
        if self.cell:
            found["cell"] = self.cell
        return found

    def said(self) -> str:
        """The cell and why it is to be checked, in one line (the text once, though the reason may quote it)."""
        return self.reason if f"“{self.text}”" in self.reason else f"“{self.text}” {self.reason}"

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Check:
        return cls(
            str(data.get("field", "")),
            str(data.get("text", "")),
            str(data.get("reason", "")),
            str(data.get("where", "")),
            bool(data.get("kept", True)),
            str(data.get("collective", "")),
            str(data.get("cell", "")),
        )


#: how a person settled a check: confirmed as it stands, or corrected (the field holds their reading)
SETTLED = ("confirmed", "corrected")


def settled(check: dict[str, object]) -> bool:
    return any(check.get(way) for way in SETTLED)


def confirmed_kept(before: list[dict[str, object]] | None, found: list[Check]) -> list[dict[str, object]] | None:
    """A re-import's checks, with those a person already settled (the same field and text) still
    settled: the same odd cell brought again is not asked about again.

    >>> done = [{"field": "deadline", "text": "待定", "corrected": True}]
    >>> confirmed_kept(done, [Check("deadline", "待定", "?")])[0]["corrected"]
    True
    """
    ways = {(c.get("field"), c.get("text")): {w: True for w in SETTLED if c.get(w)} for c in before or ()}
    fresh = [{**c.to_json(), **ways.get((c.field, c.text), {})} for c in found]
    return fresh or None


def corrected_fields(checks: list[dict[str, object]] | None) -> set[str]:
    """The fields a person corrected after an import: a re-import of the same cell leaves them as corrected."""
    return {str(c.get("field")) for c in checks or () if c.get("corrected")}
