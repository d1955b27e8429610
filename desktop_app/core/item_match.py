"""Which items of the rule set a document is evidence for, from its title and text: a ranking written
for Chinese — the two-character pieces (bigrams) a document shares with each item's own words (the
item, its evaluation methods, its basic tasks, the tasks linked to it), each piece weighted by how few
items use it — with the words that matched, so the clerk sees why. No network, no model; nothing here
imports Qt or SQLAlchemy.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_CJK_RUN = re.compile(r"[\u3400-\u9fff]{2,}")
#: pieces every office document is full of: they say nothing about which item it serves
_COMMON_WORDS = (
    "食品 安全 工作 开展 加强 建立 落实 推进 有关 相关 单位 部门 情况 要求 进行 组织 全面 健全 完善 按照 根据 我市 "
    "我区 我县 全市 全区 全县 各级 实施 进一步 做好 示范 城市 创建 通知 关于 印发 方案 提升 监管 "
    "品安 委员 员会 办公 公室 成员 员单 文件 人民 民政 政府 街道 事处 办事 乡镇 如下 事项 现将"
)
_COMMON = frozenset(_COMMON_WORDS.split())
TITLE_WEIGHT = 3  # a piece of the title counts three times one of the body
TOP = 3


def pieces(text: str) -> Counter[str]:
    """The text's two-character pieces of Chinese, counted."""
    found: Counter[str] = Counter()
    for run in _CJK_RUN.findall(text):
        found.update(run[i : i + 2] for i in range(len(run) - 1))
    for word in _COMMON:
        found.pop(word, None)
    return found


@dataclass(frozen=True)
class Candidate:
    """An item as the ranking reads it: its number and every text that speaks of it."""

    no: int
    texts: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    no: int
    score: float
    words: tuple[str, ...]  # the item's words the document shares, longest first


class ItemIndex:
    """The rule set's items, read once: each item's pieces and how many items use each piece."""

    def __init__(self, candidates: Iterable[Candidate]):
        self.items = [(c.no, "\n".join(c.texts), pieces("\n".join(c.texts))) for c in candidates]
        used: Counter[str] = Counter()
        for _no, _text, found in self.items:
            used.update(found.keys())
        total = max(1, len(self.items))
        self.weight = {piece: math.log(1 + total / n) for piece, n in used.items()}

    def rank(self, title: str, text: str, top: int = TOP) -> list[Match]:
        """The ``top`` items the document most likely serves, best first (none when nothing is shared)."""
        doc: Counter[str] = Counter()
        for piece, n in pieces(title).items():
            doc[piece] += n * TITLE_WEIGHT
        doc.update(pieces(text[:20_000]))
        if not doc:
            return []
        scored = []
        for no, item_text, item in self.items:
            shared = doc.keys() & item.keys()
            if not shared:
                continue
            score = sum(self.weight[p] * math.log(1 + doc[p]) for p in shared) / math.sqrt(len(item) or 1)
            scored.append((score, no, item_text, shared))
        scored.sort(key=lambda s: (-s[0], s[1]))
        return [Match(no, round(score, 3), _words(item_text, shared)) for score, no, item_text, shared in scored[:top]]


def _words(item_text: str, shared: set[str], limit: int = 5) -> tuple[str, ...]:
    """The runs of the item's text made of shared pieces (明厨亮灶, 食品抽检), longest first."""
    runs: dict[str, None] = {}
    for run in _CJK_RUN.findall(item_text):
        start = None
        for i in range(len(run) - 1):
            inside = run[i : i + 2] in shared
            if inside and start is None:
                start = i
            if start is not None and (not inside or i == len(run) - 2):
                end = i + 2 if inside else i + 1
                if end < len(run) and run[end - 1 : end + 1] in _COMMON:
                    end -= 1  # 餐饮服务单|位: the word stops before a common one begins
                if start > 0 and run[start - 1 : start + 1] in _COMMON:
                    start += 1  # 安|全宣传周: nor does it start inside one
                if end - start >= 2:
                    runs[run[start:end]] = None
                start = None
    longest = sorted(runs, key=lambda w: (-len(w), w))
    kept: list[str] = []
    for word in longest:  # 餐饮服务 says nothing more beside 餐饮服务单位
        if not any(word in other for other in kept):
            kept.append(word)
    return tuple(kept[:limit])


def candidates(rows: Sequence[tuple[int, str, Sequence[str], str, Sequence[str]]]) -> list[Candidate]:
    """(no, text, methods, basic task, linked tasks' titles) rows as candidates."""
    return [Candidate(no, (text, *methods, basic, *tasks)) for no, text, methods, basic, tasks in rows]
