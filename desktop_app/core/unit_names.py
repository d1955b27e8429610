"""One unit, many names: the short and full names offices use for one government body (no Qt, no database).

A responsibility table writes 市市场监督管理局, 市城管局 and 市经信局 where the unit list says 市市场监管局,
市城市管理和综合执法局 and 市经济和信息化局. ``Resolver`` finds the one unit such a name stands for, by
the standard short forms of Chinese government bodies (市场监管 = 市场监督管理, 城管 = 城市管理（和综合
执法）, 经信/工信 = 经济和信息化/工业和信息化, 卫健 = 卫生健康 …), by the 委/局/办/中心 ending, by the
place it starts with (示范区/区/县/市), and by "the short name's characters in order in the long one".
Exactly one such unit is near-certain; several or none are asked about, offered only the units that
really share the name's distinctive characters. Task tables, responsibility tables, findings and
evidence folders all resolve names through it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.core.i18n import mark
from desktop_app.core.units import name_key

#: the place a name starts with, which a table may leave out or write differently
_LEVEL = re.compile(r"^(示范区|开发区|高新区|新区|自治区|市(?!场)|区|县|省|州|旗)")
#: full forms → the short form they are known by, longest first where one holds another
_SHORT_FORMS = (
    ("城市管理和综合执法", "城管"),
    ("城市管理综合执法", "城管"),
    ("城市综合执法", "城管"),
    ("综合行政执法", "城管"),
    ("城管执法", "城管"),
    ("城市管理", "城管"),
    ("市场监督管理", "市场监管"),
    ("经济和信息化", "工信"),
    ("经济信息化", "工信"),
    ("工业和信息化", "工信"),
    ("工业信息化", "工信"),
    ("经信", "工信"),
    ("卫生健康", "卫健"),
    ("卫生和计划生育", "卫计"),
    ("住房和城乡建设", "住建"),
    ("住房城乡建设", "住建"),
    ("发展和改革", "发改"),
    ("发展改革", "发改"),
    ("教育和体育", "教体"),
    ("教育体育", "教体"),
    ("文化广电和旅游", "文旅"),
    ("文化广电旅游", "文旅"),
    ("文化和旅游", "文旅"),
    ("文化旅游", "文旅"),
    ("文旅广电", "文旅"),
    ("文广旅", "文旅"),
    ("科学技术", "科技"),
    ("人力资源和社会保障", "人社"),
    ("人力资源社会保障", "人社"),
    ("自然资源和规划", "自然资源"),
    ("疾病预防控制", "疾控"),
    ("网络安全和信息化委员会办公室", "网信办"),
    ("食品药品安全委员会办公室", "食药安办"),
    ("食品安全委员会办公室", "食安办"),
    ("粮食和物资储备", "粮储"),
    ("行政审批服务", "审批"),
    ("行政审批", "审批"),
    ("交通运输", "交通"),
    ("生态环境", "环境"),
    ("农业农村", "农业"),
    ("委员会", "委"),
)
_SHORTEN = re.compile("|".join(re.escape(full) for full, _ in _SHORT_FORMS))
_SHORT_OF = dict(_SHORT_FORMS)
#: the kind of body a name ends with: 局 and 分局, 委 and 委员会 … are one for matching
_ENDING = re.compile(r"(分局|局|委员会|委|办公室|办|中心|院|部|所|站|队|处|社|会|政府|馆)$")
#: characters every body's name has, which say nothing about which body it is
_COMMON = set("市区县省州和与及局委办公室中心分会部院站所队处社政府人民")


def place_of(name: str) -> str:
    """The level a name starts with (示范区, 市, 区 …), "" when it says none."""
    found = _LEVEL.match(name_key(name))
    return found.group(1) if found else ""


def _shortened(name: str) -> str:
    return _SHORTEN.sub(lambda m: _SHORT_OF[m.group(0)], name)


def canonical(name: str) -> str:
    """The name as matching sees it: no place, the standard short forms, 委员会 as 委.

    >>> canonical("市城市管理和综合执法局"), canonical("市城管局"), canonical("示范区卫生健康委员会")
    ('城管局', '城管局', '卫健委')
    """
    key = name_key(name)
    return _shortened(_LEVEL.sub("", key, count=1) or key)


def bare(name: str) -> str:
    """The canonical name without its ending: 市卫健局 and 市卫生健康委员会 are both 卫健."""
    key = canonical(name)
    return _ENDING.sub("", key) or key


def _in_order(short: str, long: str) -> bool:
    """Whether the characters of ``short`` stand in ``long`` in the same order (经信 in 经济和信息化)."""
    at = 0
    for ch in short:
        at = long.find(ch, at) + 1
        if at == 0:
            return False
    return True


def _distinctive(name: str) -> set[str]:
    return {ch for ch in bare(name) if ch not in _COMMON}


@dataclass(frozen=True)
class Match:
    unit_id: int
    name: str  # the unit's own name
    why: str  # how the two names are one (SHORT_FORM …, untranslated; "" for the unit's own name or alias)


#: how two names are one, as the import tells the clerk (translated where it is shown)
SHORT_FORM = mark("UnitNames", "short form")
ANOTHER_ENDING = mark("UnitNames", "another ending")
IN_ORDER = mark("UnitNames", "short form, its characters in order")


class Resolver:
    """The units of a campaign, ready to find the one a name stands for."""

    def __init__(self, units: Iterable[tuple[int, str]]):
        self.units: list[tuple[int, str]] = []
        self._canonical: dict[str, list[int]] = {}
        self._bare: dict[str, list[int]] = {}
        self._names: dict[int, str] = {}
        for uid, name in units:
            self.add(uid, name)

    def name_of(self, uid: int) -> str:
        return self._names[uid]

    def add(self, uid: int, name: str) -> None:
        """A unit made after the resolver was: it is found like the others."""
        self.units.append((uid, name))
        self._names[uid] = name
        self._canonical.setdefault(canonical(name), []).append(uid)
        self._bare.setdefault(bare(name), []).append(uid)

    def match(self, name: str, *, same_place: bool = False) -> Match | None:
        """The one unit ``name`` near-certainly stands for, or None (none, or several: ask). With
        ``same_place`` a unit of another place is no match (a unit list's 区市场监管局 is not the
        市市场监管局 listed already), a name or unit that says no place matches either.

        >>> r = Resolver([(1, "市市场监管局"), (2, "市城市管理和综合执法局"), (3, "市经济和信息化局"), (4, "市民政局")])
        >>> [r.match(n).name for n in ("市市场监督管理局", "市城管执法局", "市城管局", "市经信局")]
        ['市市场监管局', '市城市管理和综合执法局', '市城市管理和综合执法局', '市经济和信息化局']
        >>> r.match("市司法局") is None
        True
        >>> r.match("区市场监管局").name, r.match("区市场监管局", same_place=True)
        ('市市场监管局', None)
        """
        place = place_of(name)

        def here(uid: int) -> bool:
            other = place_of(self._names[uid])
            return not same_place or not place or not other or other == place

        for index, why in ((self._canonical, SHORT_FORM), (self._bare, ANOTHER_ENDING)):
            key = canonical(name) if index is self._canonical else bare(name)
            found = [uid for uid in dict.fromkeys(index.get(key, [])) if here(uid)]
            if len(found) == 1:
                return Match(found[0], self._names[found[0]], why)
            if len(found) > 1:
                return None
        short, ending = bare(name), _ENDING.search(canonical(name))
        if len(_distinctive(name)) < 2:  # 管委 in 开发区管委会: too little of its own to go by
            return None
        found = [
            uid
            for uid, unit in self.units
            if _in_order(short, bare(unit))
            and here(uid)
            and len(bare(unit)) > len(short)
            and (ending is None or _same_ending(ending.group(1), canonical(unit)))
        ]
        if len(found) == 1:
            return Match(found[0], self._names[found[0]], IN_ORDER)
        return None

    def candidates(self, name: str, most: int = 3) -> list[str]:
        """Units that really share the name's distinctive characters (疾控 for 区疾控中心), best first;
        none when no unit does.

        >>> Resolver([(1, "区金融事务中心"), (2, "区疾病预防控制中心")]).candidates("区疾控中心")
        ['区疾病预防控制中心']
        >>> Resolver([(1, "市民政局"), (2, "市林草局"), (3, "市教育局")]).candidates("市司法局")
        []
        """
        wanted = _distinctive(name)
        if not wanted:
            return []
        scored = []
        for _uid, unit in self.units:
            shared = len(wanted & _distinctive(unit))
            if shared and shared * 2 >= len(wanted):
                scored.append((-shared, len(unit), unit))
        return [unit for _s, _l, unit in sorted(scored)[:most]]


def _same_ending(ending: str, unit: str) -> bool:
    """局 matches 局 and 分局, 委 matches 委; an ending a table left out matches any."""
    found = _ENDING.search(unit)
    if found is None:
        return True
    pairs = ({"局", "分局"}, {"委", "委员会"}, {"办", "办公室"})
    return ending == found.group(1) or any(ending in p and found.group(1) in p for p in pairs)


class Names:
    """A unit's id from any name it goes by: its own, an alias, the same with the 市 left out, or a
    short or full form of it (``Resolver``)."""

    def __init__(self, units: Iterable[tuple[int, str]], aliases: Iterable[tuple[str, int]] = ()):
        listed = list(units)
        self.by_key = {name_key(name): uid for uid, name in listed}
        self.by_key.update((name_key(alias), uid) for alias, uid in aliases)
        self.resolver = Resolver(listed)

    def find(self, name: str, *, same_place: bool = False) -> Match | None:
        """The unit ``name`` stands for; ``why`` is "" when it is the unit's own name or alias."""
        for key in (name_key(name), name_key("市" + name)):
            if key in self.by_key:
                uid = self.by_key[key]
                return Match(uid, self.resolver.name_of(uid), "")
        return self.resolver.match(name, same_place=same_place)
