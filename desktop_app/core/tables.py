"""Rows of an office's table that hold no data: notes, sources and signature lines before or after
the table, 合计 rows, the header repeated mid-table (as Word repeats it on each page), category rows
that span the table. Every table reader asks here, so they skip the same rows for the same reasons."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.core.i18n import mark, tr

#: Lines that annotate a table rather than belong to it (注：…, 填表人：…, 联系电话：…).
_NOTE = re.compile(
    r"^(注|备注|说明|附件|附：|填表人|填报人|审核人|联系人|联系电话|电话|日期|填报日期|制表|填报单位|来源)[\d]*[:：.、\s]"
)
_TOTAL = re.compile(r"^(合计|小计|总计|共计)")
#: A category row of a rule set's table: 一、基础工作（30分）, 六、否决项.
_CATEGORY = re.compile(r"^[一二三四五六七八九十]+、\s*\S+")

NOTE = mark("Tables", "a note or signature line, not a row of the table")
TOTAL = mark("Tables", "a total row")
HEADER = mark("Tables", "the header repeated")
CATEGORY = mark("Tables", "a category row spanning the table")
HIDDEN = mark("Tables", "a hidden row")


@dataclass(frozen=True)
class SkippedRow:
    """A row a reader passed over, with why (shown in the preview and printed by the command line)."""

    sheet: str
    row: int
    reason: str  # one of the marked reasons above, translated where shown

    def text(self) -> str:
        return tr("Tables", "sheet “{0}” row {1}: {2}").format(self.sheet, self.row, tr("Tables", self.reason))


def _plain(value: object) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return unicodedata.normalize("NFKC", text).strip() if not text.isascii() else text.strip()


@lru_cache(maxsize=256)
def _heads(header: tuple[object, ...]) -> list[str]:
    """A header row's filled cells in plain form (the same header is asked about row after row)."""
    return [h for h in map(_plain, header) if h]


def skip_reason(cells: Sequence[object], header: Sequence[object] = (), *, categories: bool = False) -> str | None:
    """Why a row is no data row, or None when it may be one. ``categories``: a row such as 一、基础工作
    （30分）that spans the table is a heading too (in a task table such rows are groups, read as such)."""
    filled = [c for c in map(_plain, cells) if c]
    if not filled:
        return None
    first = filled[0]
    if _NOTE.match(first) or (len(filled) == 1 and first.startswith(("注：", "注:", "备注", "说明"))):
        return NOTE
    if _TOTAL.match(first):
        return TOTAL
    heads = _heads(tuple(header))
    if heads and filled == heads[: len(filled)] and len(filled) >= min(2, len(heads)):
        return HEADER
    if categories and len(set(filled)) == 1 and _CATEGORY.match(first):
        return CATEGORY
    return None
