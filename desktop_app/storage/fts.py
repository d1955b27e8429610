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
    rows = [{"id": i} for i in ids]
    if rows:
        conn.execute(text("DELETE FROM evidence_fts WHERE rowid = :id"), rows)
        conn.execute(text("DELETE FROM evidence_fts2 WHERE rowid = :id"), rows)


def terms(query: str) -> list[str]:
    return [t for t in re.split(r"\s+", query.strip()) if t]


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _match(query: str) -> tuple[str, str] | None:
    """The index to ask and its MATCH expression; every term must stand (AND)."""
    words = terms(query)
    if not words:
        return None
    if all(len(w) >= 3 for w in words):
        return "evidence_fts", " AND ".join(_quote(w) for w in words)
    parts = []
    for word in words:
        grams = bigrams(word).split()
        if len(word) == 1:
            parts.append(f"{_quote(grams[0])}*" if grams else _quote(word))
            continue
        # drop the single-character tokens that end each run: a phrase of bigrams is a substring match
        grams = [g for g in grams if not (len(g) == 1 and _CJK.match(g))] or grams
        parts.append(_quote(" ".join(grams)))
    return "evidence_fts2", " AND ".join(parts)


def record_filters(**values: object) -> tuple[list[str], dict[str, object]]:
    """The conditions on the evidence record ``e`` that every search shares: not in the recycle bin,
    and each of item_id, unit_id, category and period that is given."""
    where = ["e.deleted_at IS NULL"]
    params: dict[str, object] = {}
    for column, value in values.items():
        if value is not None:
            where.append(f"e.{column} = :{column}")
            params[column] = value
    return where, params


def find(
    conn: Connection,
    query: str,
    *,
    around: str = "",
    item_id: int | None = None,
    unit_id: int | None = None,
    category: str | None = None,
    period: str | None = None,
    limit: int = 200,
) -> list[tuple[int, str]]:
    """Evidence records (not in the recycle bin) matching ``query``, newest first: each id with the
    ``WINDOW`` characters around the first place ``around`` stands in its file's text ("" where it
    does not), in one question to the database."""
    found = _match(query)
    if found is None:
        return []
    table, expression = found
    where, params = record_filters(item_id=item_id, unit_id=unit_id, category=category, period=period)
    where.append(f"{table} MATCH :q")
    params |= {"q": expression, "n": limit, **window_params(around)}
    sql = (
        f"SELECT found.id, {WINDOW_SQL.format(find='instr', first='max')} FROM ("
        f"SELECT f.rowid AS id, e.sha256 FROM {table} f JOIN evidence e ON e.id = f.rowid "
        f"WHERE {' AND '.join(where)} ORDER BY f.rowid DESC LIMIT :n"
        ") found LEFT JOIN evidence_text t ON t.sha256 = found.sha256 ORDER BY found.id DESC"
    )
    return [(row[0], row[1] or "") for row in conn.execute(text(sql), params)]


#: how many characters of a file's text a search hit shows around the word
WINDOW = 36

#: the text window of a found record (``t``: its evidence_text), in either database's words for
#: "where the term stands" (instr / strpos) and "the larger of" (max / greatest)
WINDOW_SQL = (
    "CASE WHEN :term <> '' AND {find}(t.text, :term) > 0 "
    "THEN substr(t.text, {first}(1, {find}(t.text, :term) - :half), :width) ELSE '' END"
)


def window_params(term: str) -> dict[str, object]:
    return {"term": term, "half": WINDOW // 2, "width": WINDOW + len(term)}
