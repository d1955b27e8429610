"""Evidence search on a PostgreSQL server — the server's counterpart of ``storage.fts`` (SQLite FTS5).

Each record's title, 文号, note, unit and file text are cut into overlapping two-character pieces
(“明厨亮灶” → 明厨 厨亮 亮灶; Latin words and numbers too, lower-cased), kept in ``search_gram``
(migration 0018, made on servers only). A query's records are those holding every piece of every
word: the entries of the word's rarest piece are walked newest first and each record met is checked
to hold each word as it stands, so the answers are those of a substring search, as on SQLite. A
one-character word is looked for directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.engine import Connection

from desktop_app.storage import postgres
from desktop_app.storage.fts import WINDOW_SQL, record_filters, terms, window_params

_RUN = re.compile(r"[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff]+")
GRAM = 2


def grams(value: str) -> set[str]:
    """Every two-character piece of every run of letters, digits and Chinese characters."""
    found: set[str] = set()
    for run in _RUN.findall(value.lower()):
        found.update(run[i : i + GRAM] for i in range(len(run) - GRAM + 1))
    return found


def index(conn: Connection, rows: Iterable[tuple[int, str, str, str, str, str]]) -> None:
    """(Re)index evidence rows: (id, title, doc_no, note, unit, body)."""
    rows = list(rows)
    if not rows:
        return
    remove(conn, [r[0] for r in rows])
    # COPY, the server's own bulk load: millions of pieces for a large campaign in seconds
    pieces = ((r[0], gram) for r in rows for gram in grams(" ".join(r[1:])))
    postgres.copy_rows(conn, "search_gram", ("evidence_id", "gram"), pieces)


def remove(conn: Connection, ids: Iterable[int]) -> None:
    ids = [int(i) for i in ids]
    if ids:
        conn.execute(text("DELETE FROM search_gram WHERE evidence_id = ANY(:ids)"), {"ids": ids})


#: a record's short fields, then its file's text: a word (no spaces) stands in one or the other, and the
#: text — long, and shared by every record of the file — is read only when the short fields lack it
_SHORT = "lower(e.title || ' ' || e.doc_no || ' ' || e.note || ' ' || coalesce(u.name, ''))"
_TEXT = "lower(coalesce(t.text, ''))"


#: how many entries of a piece are counted at most when choosing the piece to start from
_COUNT_UP_TO = 1000

#: the piece held by the fewest records (each counted up to ``_COUNT_UP_TO``), chosen by the server in
#: the same question as the search itself
_RAREST = (
    "(SELECT g FROM unnest(CAST(:grams AS text[])) AS g "
    "ORDER BY (SELECT count(*) FROM (SELECT 1 FROM search_gram WHERE gram = g LIMIT :most) found), g LIMIT 1)"
)


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
    """Evidence records (not in the recycle bin) matching ``query``, newest first, each with the text
    window around ``around`` (as ``storage.fts.find``), in one question to the server."""
    words = [w.lower() for w in terms(query)]
    if not words:
        return []
    needed = sorted(set().union(*(grams(w) for w in words)))
    where, params = record_filters(item_id=item_id, unit_id=unit_id, category=category, period=period)
    params["n"] = limit
    for n, word in enumerate(words):  # each word as it stands, in the record's own text
        where.append(f"(strpos({_SHORT}, :w{n}) > 0 OR strpos({_TEXT}, :w{n}) > 0)")
        params[f"w{n}"] = word
    if not needed:  # one-character words only: no piece to look up, each record is read
        source = "evidence e"
        order = "e.id"
    else:  # the rarest piece's entries in record order (its index), newest first, each record then
        # read for the words themselves (which hold every other piece): the first ``limit`` end it
        source = "search_gram s0 JOIN evidence e ON e.id = s0.evidence_id"
        order = "s0.evidence_id"
        if len(needed) == 1:
            where.append("s0.gram = :start")
            params["start"] = needed[0]
        else:
            where.append(f"s0.gram = {_RAREST}")
            params["grams"], params["most"] = needed, _COUNT_UP_TO
    params |= window_params(around)
    sql = (
        f"SELECT found.id, {WINDOW_SQL.format(find='strpos', first='greatest')} FROM ("
        f"SELECT e.id, e.sha256 FROM {source} "
        "LEFT JOIN unit u ON u.id = e.unit_id LEFT JOIN evidence_text t ON t.sha256 = e.sha256 "
        f"WHERE {' AND '.join(where)} ORDER BY {order} DESC LIMIT :n"
        ") found LEFT JOIN evidence_text t ON t.sha256 = found.sha256 ORDER BY found.id DESC"
    )
    return [(row[0], row[1] or "") for row in conn.execute(text(sql), params)]
