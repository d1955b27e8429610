"""Who leads and who is responsible, in the plan's own words (no Qt, no database).

Plans say it in a column, after a task in brackets, or in a findings list, always in a few forms:

- 区卫健局牵头，区农业农村局、区市场监管局按职责分工负责
- 区市场监管局牵头、区工信局配合 (参与, 协助, 协同, 支持 alike)
- 区发改局负责 — the one unit named leads
- 区民政局、区住建局、区文旅广电局按职责分工负责 — the first named leads (公文's "排在第一位的为牵头单位")
- 牵头单位：市农业农村局；责任单位：各县（区）人民政府
- a plain list (区自然资源事务中心): the role of the column (or bracket) it stands in

``parse`` is the one reader of them all: task tables, a plan's text and findings call it. The word the
plan used (配合, 参与, 按职责分工负责 …) stays with each name, so a list can say 区工信局（配合）.
A 配合 unit in running text is a responsible unit (it reports on the task); a column or label the office
itself headed 配合单位 keeps the supporting role it names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.tasks import ROLE_LEAD, ROLE_RESPONSIBLE, ROLE_SUPPORT
from desktop_app.core.units import collective_kind, split_unit_list

#: words closing a list of names, longest first, and the role they give
_LEAD_WORDS = ("牵头负责", "牵头抓总", "牵头")
_RESPONSIBLE_WORDS = (
    "按照职责分工负责",
    "按职能职责分工负责",
    "按职责分工负责",
    "按职责分工落实",
    "按职责负责",
    "分工负责",
    "共同负责",
    "具体负责",
    "负责落实",
    "负责",
)
_HELPING_WORDS = ("配合", "参与", "协助", "协同", "协办", "支持")
_WORD_ROLE = {
    **dict.fromkeys(_LEAD_WORDS, ROLE_LEAD),
    **dict.fromkeys(_RESPONSIBLE_WORDS, ROLE_RESPONSIBLE),
    **dict.fromkeys(_HELPING_WORDS, ROLE_RESPONSIBLE),
}
_WORDS = re.compile("(" + "|".join(sorted(_WORD_ROLE, key=len, reverse=True)) + ")")
#: 牵头单位：… labels, as plan text and findings lists write them
LABELS = {
    ROLE_LEAD: ("牵头单位", "牵头部门"),
    ROLE_RESPONSIBLE: ("责任单位", "责任部门", "落实单位", "主体单位"),
    ROLE_SUPPORT: ("配合单位", "配合部门", "协办单位", "支持单位"),
}
_LABEL_ROLE = {label: role for role, labels in LABELS.items() for label in labels}
_LABEL = re.compile("(" + "|".join(sorted(_LABEL_ROLE, key=len, reverse=True)) + r")\s*[:：]\s*")
_SEPARATORS = "，,；;、。.：: \u3000"


@dataclass(frozen=True)
class Duty:
    """One unit name (or collective) of a task and its role; ``word`` is what the plan wrote (配合,
    按职责分工负责 …), "" for a plain list or a label."""

    name: str
    role: str
    word: str = ""
    by_order: bool = False  # lead only as the first of a 负责 list: a lead named elsewhere takes its place


def has_wording(text: object) -> bool:
    """Whether ``text`` says roles in words (牵头, 负责, 配合 … or 牵头单位：), not only names."""
    value = "" if text is None else str(text)
    return bool(_LABEL.search(value) or _WORDS.search(value))


def parse(text: object, role: str = ROLE_RESPONSIBLE) -> list[Duty]:
    """The names in ``text`` with their roles; names with no word after them take ``role``.

    >>> [(d.name, d.role, d.word) for d in parse("区市场监管局牵头、区工信局配合")]
    [('区市场监管局', 'lead', '牵头'), ('区工信局', 'responsible', '配合')]
    >>> [(d.name, d.role) for d in parse("区农业农村局、区市场监管局按职责分工负责")]
    [('区农业农村局', 'lead'), ('区市场监管局', 'responsible')]
    >>> [(d.name, d.role) for d in parse("区发改局负责")]
    [('区发改局', 'lead')]
    >>> [(d.name, d.role) for d in parse("牵头单位：市农业农村局；责任单位：各县（区）人民政府")]
    [('市农业农村局', 'lead'), ('各县（区）人民政府', 'responsible')]
    >>> [(d.name, d.role) for d in parse("区自然资源事务中心")]
    [('区自然资源事务中心', 'responsible')]
    """
    value = "" if text is None else str(text).strip()
    if not value:
        return []
    if _LABEL.search(value):
        return _dedupe(_labelled(value, role))
    found: list[Duty] = []
    start = 0
    promoted = False  # 负责 after a list with no 牵头 in the text: the first name leads
    explicit_lead = any(_WORD_ROLE[m.group(1)] == ROLE_LEAD for m in _WORDS.finditer(value))
    for match in _WORDS.finditer(value):
        names = _names(value[start : match.start()])
        word = match.group(1)
        start = match.end()
        if not names:
            continue
        word_role = _WORD_ROLE[word]
        if word in _RESPONSIBLE_WORDS and not explicit_lead and not promoted:
            lead = names[0] if collective_kind(names[0]) is None else None  # 各镇…、X负责: no one leads
            if lead is not None:
                promoted = True
                found.append(Duty(lead, ROLE_LEAD, word, by_order=True))
                names = [n for n in names if n != lead]
        found.extend(Duty(n, word_role, word) for n in names)
    found.extend(Duty(n, role) for n in _names(value[start:]))
    return _dedupe(found)


def _labelled(value: str, role: str) -> list[Duty]:
    parts = _LABEL.split(value)
    # [before, label, value, label, value, …]: text before the first label keeps the caller's role
    found = [Duty(n, role) for n in _names(parts[0])] if parts[0].strip(_SEPARATORS) else []
    for label, part in zip(parts[1::2], parts[2::2], strict=False):
        found.extend(Duty(n, _LABEL_ROLE[label]) for n in _names(part))
    return found


def _names(text: str) -> list[str]:
    return split_unit_list(text.strip(_SEPARATORS))


def _dedupe(found: list[Duty]) -> list[Duty]:
    """A name named twice keeps its first (strongest) role: lead over responsible over support."""
    rank = {ROLE_LEAD: 0, ROLE_RESPONSIBLE: 1, ROLE_SUPPORT: 2}
    best: dict[str, Duty] = {}
    for duty in found:
        kept = best.get(duty.name)
        if kept is None or rank[duty.role] < rank[kept.role]:
            best[duty.name] = duty
    return [best[n] for n in dict.fromkeys(d.name for d in found)]


def in_columns(cells: dict[str, object]) -> list[Duty]:
    """The duties of a table row from its 牵头单位 / 责任单位 / 配合单位 cells ({role: cell}): a lead or
    supporting column gives its own role to every name in it (the word kept); a 责任单位 column may say
    every role in words (区卫健局牵头，区农业农村局按职责分工负责); a lead named in the 牵头单位 column
    takes the place of one that only came first in a 负责 list.

    >>> [(d.name, d.role) for d in in_columns({"lead": "市市场监管局", "responsible": "市教育局、市公安局负责"})]
    [('市市场监管局', 'lead'), ('市教育局', 'responsible'), ('市公安局', 'responsible')]
    """
    found: list[Duty] = []
    named_lead = False
    for role in (ROLE_LEAD, ROLE_RESPONSIBLE, ROLE_SUPPORT):
        parsed = parse(cells.get(role), role)
        if role != ROLE_RESPONSIBLE:
            parsed = [Duty(d.name, role, d.word) for d in parsed]
            named_lead = named_lead or (role == ROLE_LEAD and bool(parsed))
        found.extend(parsed)
    if named_lead:
        found = [Duty(d.name, ROLE_RESPONSIBLE, d.word) if d.by_order else d for d in found]
    return _dedupe(found)


def of_role(found: list[Duty], role: str) -> list[str]:
    return [d.name for d in found if d.role == role]


def words(found: list[Duty]) -> dict[str, str]:
    """{name: word} of the names the plan gave a word (配合, 参与 …)."""
    return {d.name: d.word for d in found if d.word}
