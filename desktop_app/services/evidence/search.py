"""Finding evidence by any words (two characters too) in its title, 文号, note, unit or file text,
with the place the first word stands as a snippet."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop_app.services.evidence import index as evidence_index
from desktop_app.services.evidence.records import EvidenceInfo, _info, _item_id, _rows, _unit_id
from desktop_app.storage import fts
from desktop_app.storage.database import Database
from desktop_app.storage.models import Evidence


@dataclass
class SearchHit:
    info: EvidenceInfo
    snippet: str  # where the first term stands, marked 【like this】

    def to_json(self) -> dict[str, Any]:
        return {**self.info.to_json(), "snippet": self.snippet}


def search(
    db: Database,
    query: str,
    *,
    item: int | None = None,
    unit: str | None = None,
    category: str | None = None,
    period: str | None = None,
    limit: int = 200,
) -> list[SearchHit]:
    """Records whose title, 文号, note, unit or file text hold every word of ``query``, newest first."""
    words = fts.terms(query)
    if not words:
        return []
    with db.read() as session:
        # only reading: on a server each statement on its own, as SQLite reads (no BEGIN, no ROLLBACK:
        # two round trips fewer for a search that is asked for at each keystroke's pause)
        conn = session.connection(execution_options={"isolation_level": "AUTOCOMMIT"} if db.is_server else None)
        search = evidence_index.backend(session.get_bind())
        hits = search.find(
            conn,
            query,
            around=words[0],
            limit=limit,
            category=category or None,
            period=period or None,
            item_id=_item_id(session, item) if item is not None else None,
            unit_id=_unit_id(session, unit) if unit else None,
        )
        if not hits:
            return []
        rank = {i: n for n, (i, _window) in enumerate(hits)}
        windows = dict(hits)
        rows = session.execute(_rows(session).where(db.one_of(Evidence.id, rank)))
        found = sorted(rows, key=lambda row: rank[row[0].id])
        return [
            SearchHit(_info(e, no, name or "", task), _snippet(words[0], e, name or "", windows.get(e.id, "")))
            for e, no, name, task in found
        ]


def _snippet(term: str, e: Evidence, unit: str, window: str) -> str:
    for value in (window, e.title, e.doc_no, e.note, unit):
        at = value.lower().find(term.lower())
        if at >= 0:
            hit = value[at : at + len(term)]
            text = value.replace("\n", " ").replace("\r", " ")
            return text[:at] + f"【{hit}】" + text[at + len(term) :]
    return e.title
