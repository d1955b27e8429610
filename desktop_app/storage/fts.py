"""Full-text search over evidence with SQLite FTS5 — the only SQLite-specific search code.

Two indexes, rowid = evidence id, over title, 文号, note, unit name and extracted text:

* ``evidence_fts`` (trigram tokenizer) answers queries of three or more characters;
* ``evidence_fts2`` holds the same text cut into overlapping two-character tokens
  (“明厨亮灶” → 明厨 厨亮 亮灶 灶), so two-character Chinese queries such as 台账 and single
  characters are answered from an index too, instead of scanning every text (the trigram
  tokenizer cannot match fewer than three characters).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.engine import Connection

FIELDS = ("title", "doc_no", "note", "unit", "body")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_WORD = re.compile(r"[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff]+")
_SPLIT = re.compile(r"([\u3400-\u9fff\uf900-\ufaff]+)")


def ensure(conn: Connection) -> None:
    conn.execute(
        text(
            "CREATE VIRTUAL TABLE IF NOT EXISTS evidence_fts USING fts5("
            "title, doc_no, note, unit, body, tokenize='trigram')"
        )
    )
    conn.execute(text("CREATE VIRTUAL TABLE IF NOT EXISTS evidence_fts2 USING fts5(grams, tokenize='unicode61')"))


def _grams(run: str) -> list[str]:
    """明厨亮灶 → 明厨 厨亮 亮灶 灶: every character starts a token, so a one-character prefix query finds it."""
    return [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


def bigrams(value: str) -> str:
    """Overlapping two-character tokens for Chinese runs; other words as they are."""
    tokens: list[str] = []
    for word in _WORD.findall(value.lower()):
        for part in _SPLIT.split(word):
            if part:
                tokens.extend(_grams(part) if _CJK.fullmatch(part) else [part])
    return " ".join(tokens)


def index(conn: Connection, rows: Iterable[tuple[int, str, str, str, str, str]]) -> None:
    """(Re)index evidence rows: (id, title, doc_no, note, unit, body)."""
    rows = list(rows)
    if not rows:
        return
    ids = [{"id": r[0]} for r in rows]
    conn.execute(text("DELETE FROM evidence_fts WHERE rowid = :id"), ids)
    conn.execute(text("DELETE FROM evidence_fts2 WHERE rowid = :id"), ids)
    conn.execute(
        text(
            "INSERT INTO evidence_fts (rowid, title, doc_no, note, unit, body) "
            "VALUES (:id, :title, :doc_no, :note, :unit, :body)"
        ),
        [dict(zip(("id", *FIELDS), r, strict=True)) for r in rows],
    )
    conn.execute(
        text("INSERT INTO evidence_fts2 (rowid, grams) VALUES (:id, :grams)"),
        [{"id": r[0], "grams": bigrams(" ".join(r[1:]))} for r in rows],
    )


def remove(conn: Connection, ids: Iterable[int]) -> None:
    ids = [{"id": i} for i in ids]
    if ids:
        conn.execute(text("DELETE FROM evidence_fts WHERE rowid = :id"), ids)
        conn.execute(text("DELETE FROM evidence_fts2 WHERE rowid = :id"), ids)


def terms(query: str) -> list[str]:
    return [t for t in re.split(r"\s+", query.strip()) if t]


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_ids(conn: Connection, query: str, limit: int = 10_000) -> list[int]:
    """Evidence ids matching every term of ``query`` (best first where the index ranks them)."""
    found: list[set[int]] = []
    order: list[int] = []
    for term in terms(query):
        if len(term) >= 3:
            sql = "SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH :q ORDER BY rank LIMIT :n"
            q = _quote(term)
        else:
            grams = [g for g in bigrams(term).split() if not (len(g) == 1 and len(term) == 2 and _CJK.match(g))]
            if not grams:
                return []
            # a two-character term is one token; a single character is a prefix of its tokens
            q = " AND ".join(f"{_quote(g)}*" if len(term) == 1 else _quote(g) for g in grams)
            sql = "SELECT rowid FROM evidence_fts2 WHERE evidence_fts2 MATCH :q LIMIT :n"
        ids = [row[0] for row in conn.execute(text(sql), {"q": q, "n": limit})]
        if not order:
            order = ids
        found.append(set(ids))
    if not found:
        return []
    common = set.intersection(*found)
    return [i for i in order if i in common]


def text_windows(conn: Connection, ids: list[int], term: str, width: int = 36) -> dict[int, str]:
    """Around the first place ``term`` stands in each record's extracted text, ``width`` characters."""
    if not ids or not term:
        return {}
    rows = conn.execute(
        text(
            "SELECT e.id, substr(t.text, max(1, instr(t.text, :term) - :half), :width) "
            "FROM evidence e JOIN evidence_text t ON t.sha256 = e.sha256 "
            f"WHERE e.id IN ({','.join(str(int(i)) for i in ids)}) AND instr(t.text, :term) > 0"
        ),
        {"term": term, "half": width // 2, "width": width + len(term)},
    )
    return {row[0]: row[1] for row in rows}
