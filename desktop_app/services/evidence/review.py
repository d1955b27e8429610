"""Reviewing evidence (合格, 退回, 待审核) and marking an item complete for a unit."""

from __future__ import annotations

from desktop_app.core import roles
from desktop_app.core.errors import KnownError
from desktop_app.core.evidence import (
    MARKS,
    REVIEW_RETURNED,
    REVIEW_STATES,
)
from desktop_app.core.i18n import tr
from desktop_app.services.evidence.records import _item_id, _unit_id, rows_of
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    ItemMark,
)


# -- review ---------------------------------------------------------------------------------------------
def review(db: Database, ids: list[int], state: str, comment: str = "") -> int:
    """Mark records 合格, 退回 (with the reviewer's comment) or back to 待审核."""
    if state not in REVIEW_STATES:
        raise KnownError(tr("Evidence", "The review state must be one of {0}.").format("、".join(REVIEW_STATES)))
    if state == REVIEW_RETURNED and not comment.strip():
        raise KnownError(tr("Evidence", "Say why the evidence is returned, so the unit knows what to fix."))
    with db.session(need=roles.REVIEW) as session:
        rows = rows_of(session, ids)
        for row in rows:
            row.review_state = state
            row.review_comment = comment.strip() if state == REVIEW_RETURNED else ""
        return len(rows)


def mark_item(db: Database, item: int, unit: str, state: str, note: str = "") -> None:
    """The office's own judgement of an item's evidence for a unit: 待完善 or 已齐全."""
    if state not in MARKS:
        raise KnownError(tr("Evidence", "The mark must be one of {0}.").format("、".join(MARKS)))
    with db.session(need=roles.REVIEW) as session:
        item_id, unit_id = _item_id(session, item), _unit_id(session, unit)
        row = session.get(ItemMark, (item_id, unit_id))
        if row is None:
            session.add(ItemMark(item_id=item_id, unit_id=unit_id, state=state, note=note.strip()))
        else:
            row.state, row.note = state, note.strip()
