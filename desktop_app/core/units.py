"""Member units: name normalisation, kinds and checks (no Qt, no database)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from desktop_app.core.i18n import tr
from desktop_app.core.text import without_format_characters

KIND_DEPARTMENT = "部门"
KIND_TOWNSHIP = "乡镇/街道"
KIND_COUNTY = "县/区"
KIND_OTHER = "其他"
KINDS = (KIND_DEPARTMENT, KIND_TOWNSHIP, KIND_COUNTY, KIND_OTHER)

MAX_NAME_LENGTH = 60

_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff]")
_SPACE = re.compile(r"\s+")
_TO_FULL_WIDTH = str.maketrans({"(": "（", ")": "）", "[": "〔", "]": "〕"})
_PHONE = re.compile(r"^[0-9０-９\-－ ()（）+＋/、,，;；转]*$")


def clean_name(name: object) -> str:
    """The display form: no spaces or invisible characters, Chinese (full-width) brackets.

    >>> clean_name(" 各县(区) 人民政府 ")
    '各县（区）人民政府'
    """
    text = "" if name is None else str(name)
    text = without_format_characters(_INVISIBLE.sub("", text))
    text = _SPACE.sub("", text.replace("\u3000", " "))
    return text.translate(_TO_FULL_WIDTH)


def name_key(name: object) -> str:
    """The matching form: full-/half-width, bracket style, spaces and case do not matter."""
    return _key_of_text(name) if isinstance(name, str) else _key(name)


@lru_cache(maxsize=8192)
def _key_of_text(name: str) -> str:
    """Unit names recur in every task row and every filter pass: their keys are made once."""
    return _key(name)


def _key(name: object) -> str:
    text = unicodedata.normalize("NFKC", clean_name(name))
    text = text.replace("〔", "[").replace("〕", "]")
    return text.casefold()


def name_problem(name: str) -> str | None:
    """Why ``name`` (already cleaned) cannot be a unit name, or None."""
    if not name:
        return tr("Units", "The unit name is empty.")
    if len(name) > MAX_NAME_LENGTH:
        return tr("Units", "The unit name “{0}…” is longer than {1} characters.").format(name[:12], MAX_NAME_LENGTH)
    if not any(unicodedata.category(ch)[0] == "L" for ch in name):
        return tr("Units", "“{0}” is not a unit name: it has no letters or Chinese characters.").format(name)
    return None


def phone_problem(phone: str) -> str | None:
    if phone and not _PHONE.match(phone):
        return tr("Units", "“{0}” is not a phone number.").format(phone)
    return None


#: dashes a Chinese input method or Word gives where a phone number has a hyphen
_DASHES = str.maketrans({ch: "-" for ch in "—–―‒─－‐‑﹣~～"})


def clean_phone(phone: str) -> str:
    """A phone as offices type it, in the form the list keeps: 0577—85361021 → 0577-85361021,
    full-width digits as ASCII, spaces at the ends dropped. Anything else stays as typed.

    >>> clean_phone("０５７７—８５３６１０２１")
    '0577-85361021'
    """
    text = unicodedata.normalize("NFKC", phone.translate(_DASHES)).strip()
    text = text.translate(_DASHES)
    return re.sub(r"-{2,}", "-", text)


#: the government of the campaign's own place, which is no county or township of it
_OWN_GOVERNMENT = re.compile(r"^(市|区|县|示范区|新区)(人民)?政府$")


def guess_kind(name: str) -> str:
    """A sensible kind from the name: a county's or district's government (…县人民政府, 卡若区),
    a township's or street's (…镇人民政府, …街道办事处), else a department — place-prefixed
    departments too (示范区卫生健康委员会, 开发区管委会).

    >>> [guess_kind(n) for n in ("示范区卫生健康委员会", "江达县人民政府", "沁园街道办事处", "区政府")]
    ['部门', '县/区', '乡镇/街道', '部门']
    """
    if name.startswith("各"):
        return KIND_OTHER  # a collective such as 各县（区）人民政府
    if _OWN_GOVERNMENT.match(name):
        return KIND_DEPARTMENT
    if re.search(r"(街道|乡|镇)(人民政府|政府|办事处|街道办事处|党委)?$", name):
        return KIND_TOWNSHIP
    if re.search(r"(县|区|旗)(人民政府|政府|委员会|党委)?$", name) and not name.startswith("市"):
        return KIND_COUNTY
    return KIND_DEPARTMENT


_LIST_SEPARATORS = re.compile(r"[、，,；;/／\n\r]+")
_UNIT_ENDING = re.compile(
    r"(局|委|办|院|室|部|会|政府|中心|公司|所|站|队|处|厅|馆|社|团|区|县|市|镇|乡|街道|旗|关|组)$"
)
_LEVEL_PREFIXES = ("市", "省", "自治区", "州", "县", "区", "各")
#: Place or body prefixes a list shares: 示范区卫生健康委员会、市场监督管理局 → 示范区市场监督管理局.
_SHARED_PREFIXES = ("示范区", "开发区", "高新区", "新区", "自治区", "市", "区", "县", "省", "州")
#: Names of a body of their own, never given a shared prefix: 济源海关, 国网…供电公司, 中国铁路…车站.
_OWN_BODY = re.compile(
    r"^(中国|国家|国网|中储粮|中石化|中石油)"
    r"|(海关|公司|车站|监管组|监管分局|分局|银行|集团|邮政管理局|气象局|烟草专卖局|通信管理局|调查队)$"
)
#: 和 / 及 / 与 / 以及 / 暨 join two names only between whole names (市法院和市检察院), not inside one
#: (市粮食和物资储备局, 城市管理和综合执法局).
_JOINERS = re.compile(r"以及|和|及|与|暨")
_LEADING_JOINER = re.compile(r"^(以及|和|及|与|暨)+")
#: What a plan writes after a list: 负责, 按职责分工负责, 牵头, 配合.
_TRAILING_DUTY = re.compile(r"(按职责分工|负责|牵头|配合)+$")
#: Every member unit, by the pattern plans write it in, not by a list: (place)(食安委 | 食药安委 |
#: 食品安全委员会 | 创建工作领导小组 …)(各 | 有关 | 相关 | 其他有关 | 全体)成员单位, 各成员单位, 各有关部门.
_ALL_MEMBERS = re.compile(
    r"(各|有关|相关|全体|其他)[^、，,；;]{0,6}成员单位$"
    r"|^各(有关|相关)?(部门|单位)$"
    r"|^(全体|所有)成员单位$"
    r"|(食安委|食药安委|食品安全委员会|食品药品安全委员会|领导小组)成员单位$"
)
#: A collective of townships continues without its 各: 各镇人民政府、街道办事处.
_TOWNSHIP_BODY = re.compile(r"^(乡|镇|乡镇|街道|镇（街道）|乡（镇）)?(人民政府|办事处|街道办事处)$|^街道(办事处)?$")
ALL_UNITS = "*"  # collective_kind of 各成员单位: every member unit


def _has_level(name: str) -> bool:
    """Whether a name says its own level (市…, 县…, 各…); 市场监管局 does not: 市场 is a word."""
    return name.startswith(_LEVEL_PREFIXES) and not name.startswith("市场")


def _is_place_government(name: str) -> bool:
    """A township's or county's own name (城关镇, 卡若区): no place prefix is carried to it."""
    return bool(re.search(r"(街道|乡|镇)(人民政府|办事处)?$|(县|区|旗)(人民政府)?$", name))


def without_place(name: str) -> str:
    """The name without the place it starts with: 示范区市场监督管理局 → 市场监督管理局."""
    return name[len(_shared_prefix(name)) :]


def _shared_prefix(name: str) -> str:
    """The place or body a name starts with (示范区, 市 …), or ""."""
    if name.startswith("市场"):
        return ""
    return next((p for p in _SHARED_PREFIXES if name.startswith(p) and len(name) > len(p) + 1), "")


def _split_outside_brackets(text: str) -> list[str]:
    """Split at list separators, except inside a pair of brackets: 各县（市、区）人民政府 is one name."""
    protected: set[int] = set()
    opened: list[int] = []
    for at, ch in enumerate(text):
        if ch in "（(〔[":
            opened.append(at)
        elif ch in "）)〕]" and opened:
            protected.update(range(opened.pop(), at + 1))
    parts, start = [], 0
    for at, ch in enumerate(text):
        if at not in protected and _LIST_SEPARATORS.match(ch):
            parts.append(text[start:at])
            start = at + 1
    parts.append(text[start:])
    return parts


def _split_joined(name: str) -> list[str]:
    """市法院和市检察院 → both; a 和 inside a name (市粮食和物资储备局) stays."""
    name = _LEADING_JOINER.sub("", name)
    for found in _JOINERS.finditer(name):
        head, tail = name[: found.start()], name[found.end() :]
        if _UNIT_ENDING.search(head) and (_UNIT_ENDING.search(tail) or _ALL_MEMBERS.search(tail)):
            return [head, *_split_joined(tail)]
    return [name]


def _without_et_cetera(name: str) -> list[str]:
    """教育体育局等食安委各相关成员单位 → 教育体育局 and the collective; 公安局等部门 → 公安局."""
    head, sep, tail = name.partition("等")
    if sep and not head:  # 等… with nothing before it: only a collective after it names anyone
        return [tail] if _ALL_MEMBERS.search(tail) else []
    if not sep or not _UNIT_ENDING.search(head):
        return [name]
    if _ALL_MEMBERS.search(tail):
        return [head, tail]
    return [head]


def _names_in(chunk: str) -> list[str]:
    """The names one separated part holds: a trailing 等 dropped, 和 between whole names split."""
    found: list[str] = []
    for piece in _without_et_cetera(chunk):
        for name in _split_joined(piece):
            found.extend(_without_et_cetera(name))
    return found


def split_unit_list(text: object) -> list[str]:
    """Unit names from a cell as plans and offices write them: separated by 、，；, new lines, and
    和/及/与 between whole names; sharing the place of the name before (市生态环境局、住房城乡建设局 →
    市住房城乡建设局; 示范区卫生健康委员会、市场监督管理局 → 示范区市场监督管理局) unless a name is a
    body of its own (济源海关); a trailing 等/等部门 and 负责 dropped; 各镇人民政府、街道办事处 as two
    collectives.

    >>> split_unit_list("市农业农村局、市场监管局；各县（区）人民政府")
    ['市农业农村局', '市市场监管局', '各县（区）人民政府']
    >>> split_unit_list("示范区卫生健康委员会、市场监督管理局、济源海关负责")
    ['示范区卫生健康委员会', '示范区市场监督管理局', '济源海关']
    """
    names: list[str] = []
    previous = prefix = ""
    parts: list[str] = []
    for part in _split_outside_brackets("" if text is None else str(text)):
        pieces = part.split()
        # 市农业农村局 市商务局: spaces separate names only when every piece is a whole name
        if len(pieces) > 1 and all(_UNIT_ENDING.search(clean_name(p)) for p in pieces):
            parts.extend(pieces)
        else:
            parts.append(part)
    for part in parts:
        cleaned = _LEADING_JOINER.sub("", clean_name(part))  # 、和市教育局: the 和 joins nothing
        duty = _TRAILING_DUTY.search(cleaned)
        if duty:  # 市教育局负责 → 市教育局; 负责 alone names nobody
            cleaned = cleaned[: duty.start()]
        for name in _names_in(cleaned):
            if not name:
                continue
            if previous.startswith("各") and _TOWNSHIP_BODY.match(name):
                name = "各" + name
            elif (
                prefix
                and not _has_level(name)
                and not _shared_prefix(name)
                and not _OWN_BODY.search(name)
                and not _ALL_MEMBERS.search(name)
                and not _is_place_government(name)
            ):
                name = prefix + name
            names.append(name)
            previous = name
            own = _shared_prefix(name)
            if own or _has_level(name):  # a body of its own (济源海关) keeps the list's place
                prefix = own
    return list(dict.fromkeys(names))


_COLLECTIVE = re.compile(r"^各(.*?)(人民政府|政府|党委和政府|党委政府|管委会|办事处)?$")


def collective_kind(name: str) -> str | None:
    """The kind of unit a collective name stands for: 各县（区）人民政府 → every 县/区,
    各乡镇（街道）and 各街道办事处 → every 乡镇/街道, 各成员单位 → every member unit (ALL_UNITS);
    None for a single unit's name."""
    cleaned = clean_name(name)
    if _ALL_MEMBERS.search(cleaned):
        return ALL_UNITS
    found = _COLLECTIVE.match(cleaned)
    if not found:
        return None
    body = found.group(1)
    if re.search(r"乡|镇|街道", body):
        return KIND_TOWNSHIP
    if re.search(r"县|区|市", body):
        return KIND_COUNTY
    return None


def members(kind: str, units: Iterable[tuple[int, str]]) -> list[int]:
    """The ids a collective of ``kind`` stands for, from (id, kind) of the active units."""
    return [uid for uid, unit_kind in units if kind == ALL_UNITS or unit_kind == kind]


#: How a list shows every unit, or every unit of a kind, instead of naming each one.
COLLECTIVE_LABELS = {ALL_UNITS: "全部成员单位", KIND_COUNTY: "各县（区）", KIND_TOWNSHIP: "各乡镇（街道）"}
OTHER_MEMBERS = "其他成员单位"  # every member unit but those a task names in a stronger role


def collapse(names: Sequence[str], kind_of: Mapping[str, str], active: Sequence[str]) -> list[str]:
    """A task's units as a list shows them: every active unit → 全部成员单位; every active unit of a
    kind (县/区, 乡镇/街道; two or more) → 各县（区）/ 各乡镇（街道）, in the place of the first of
    them; the other names as they are. ``kind_of`` gives each unit's kind, ``active`` the active units.

    >>> kinds = {"卡若区": "县/区", "江达县": "县/区"}
    >>> collapse(["市教育局", "卡若区", "江达县"], kinds, ["卡若区", "江达县", "市教育局", "市公安局"])
    ['市教育局', '各县（区）']
    """
    return Collapser(kind_of, active)(names)


class Collapser:
    """``collapse`` for many lists over one unit list: the active units of each kind found once."""

    def __init__(self, kind_of: Mapping[str, str], active: Sequence[str]):
        self.active = frozenset(active) if len(active) >= 2 else None
        self.kinds = []  # (the active units of a kind, its label), for kinds of two or more units
        for kind in (KIND_COUNTY, KIND_TOWNSHIP):
            of_kind = [n for n in active if kind_of.get(n) == kind]
            if len(of_kind) >= 2:
                self.kinds.append((frozenset(of_kind), COLLECTIVE_LABELS[kind]))

    def __call__(self, names: Sequence[str], besides: Sequence[str] = ()) -> list[str]:
        """``names`` as a list shows them; with ``besides`` (the task's units in stronger roles), a list
        that is every other member unit shows as 其他成员单位."""
        chosen = set(names)
        if self.active is not None and chosen >= self.active:
            return [COLLECTIVE_LABELS[ALL_UNITS]]
        if self.active is not None and besides and len(chosen) >= 2 and chosen | set(besides) >= self.active:
            return [OTHER_MEMBERS]
        whole: dict[str, str] = {}  # unit → the label of its kind, for kinds named in full
        for of_kind, label in self.kinds:
            if chosen >= of_kind:
                whole.update(dict.fromkeys(of_kind, label))
        return list(dict.fromkeys(whole.get(n, n) for n in names))


def split_aliases(text: object) -> list[str]:
    parts = re.split(r"[、，,；;\n]+", "" if text is None else str(text))
    return [clean_name(p) for p in parts if clean_name(p)]


@dataclass
class UnitRecord:
    """One unit as typed by the user or read from a workbook (``row`` is its row there)."""

    name: str
    kind: str
    leader: str = ""
    liaison: str = ""
    phone: str = ""
    note: str = ""
    aliases: list[str] = field(default_factory=list)
    row: int | None = None
    #: cells the import kept as written (a phone in an odd form), 需核对: core.checks.Check as JSON
    checks: list[dict[str, object]] = field(default_factory=list)
