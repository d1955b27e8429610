"""Member units: name normalisation, kinds and checks (no Qt, no database)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from desktop_app.core.i18n import tr

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
    text = _INVISIBLE.sub("", text)
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


def guess_kind(name: str) -> str:
    """A sensible kind from the name: 县/区 governments, 乡镇/街道, else a department."""
    if name.startswith("各"):
        return KIND_OTHER  # a collective such as 各县（区）人民政府
    if re.search(r"(街道|乡|镇)(人民政府|办事处)?$", name):
        return KIND_TOWNSHIP
    if re.search(r"(县|区|市)(人民政府)?$", name) and not name.startswith("市"):
        return KIND_COUNTY
    if name.endswith(("管委会", "委员会")) and not name.startswith("市"):
        return KIND_COUNTY
    return KIND_DEPARTMENT


_LIST_SEPARATORS = re.compile(r"[、，,；;/／\n\r]+")
_UNIT_ENDING = re.compile(r"(局|委|办|院|室|部|会|政府|中心|公司|所|站|队|处|厅|馆|社|团|区|县|市|镇|乡|街道|旗)$")
_LEVEL_PREFIXES = ("市", "省", "自治区", "州", "县", "区", "各")


def _has_level(name: str) -> bool:
    """Whether a name says its own level (市…, 县…, 各…); 市场监管局 does not: 市场 is a word."""
    return name.startswith(_LEVEL_PREFIXES) and not name.startswith("市场")


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


def split_unit_list(text: object) -> list[str]:
    """Unit names from a cell as offices type them: separated by 、，；, and new lines, and
    sharing the 市 of the name before (市生态环境局、住房城乡建设局 → 市住房城乡建设局).

    >>> split_unit_list("市农业农村局、市场监管局；各县（区）人民政府")
    ['市农业农村局', '市市场监管局', '各县（区）人民政府']
    """
    names: list[str] = []
    previous = ""
    parts: list[str] = []
    for part in _split_outside_brackets("" if text is None else str(text)):
        pieces = part.split()
        # 市农业农村局 市商务局: spaces separate names only when every piece is a whole name
        if len(pieces) > 1 and all(_UNIT_ENDING.search(clean_name(p)) for p in pieces):
            parts.extend(pieces)
        else:
            parts.append(part)
    for part in parts:
        name = clean_name(part)
        if not name:
            continue
        if (
            previous.startswith("市")
            and _has_level(previous)
            and not _has_level(name)
            and guess_kind(name) == KIND_DEPARTMENT
        ):
            name = "市" + name
        names.append(name)
        previous = name
    return list(dict.fromkeys(names))


_COLLECTIVE = re.compile(r"^各(.*?)(人民政府|政府|党委和政府|党委政府|管委会)?$")


def collective_kind(name: str) -> str | None:
    """The kind of unit a collective name stands for: 各县（区）人民政府 → every 县/区,
    各乡镇（街道） → every 乡镇/街道; None for a single unit's name."""
    found = _COLLECTIVE.match(clean_name(name))
    if not found:
        return None
    body = found.group(1)
    if re.search(r"乡|镇|街道", body):
        return KIND_TOWNSHIP
    if re.search(r"县|区|市", body):
        return KIND_COUNTY
    return None


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
