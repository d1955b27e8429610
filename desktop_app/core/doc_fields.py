"""The fields an office types for each piece of evidence, read from the document's own text: its 文号
(开食安办〔2023〕15号), 发文机关 (the red header line, or the office signing at the end), 标题 (the line
starting 关于…) and 成文日期 (the date under the signature, in Arabic or Chinese numerals).

The text may be typed or recognised from a scan, so what OCR commonly gets wrong is taken too: 【】,
[] or () for the 〔〕 around the year, a space inside the number, 0 for 〇 in a Chinese date. Nothing
here decides: each field is a suggestion the clerk accepts or not. Nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

#: 文号: issuer's short name, the year in brackets (any of the forms a scan gives), the number, 号
_DOC_NO = re.compile(
    r"(?P<org>[\u4e00-\u9fff]{1,14}?)\s*"
    r"[〔\[【（(［]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]】）)］]\s*"
    r"(?P<no>\d{1,4})\s*号"
)
#: a date in Arabic numerals: 2023年5月8日, 2023.5.8, 2023-05-08
_ARABIC_DATE = re.compile(r"((?:19|20)\d{2})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?")
#: 〇 also as a scan gives it back inside a year: ○, O, 0, 口, 回, 日
_CHINESE_DIGITS = {"〇": 0, "○": 0, "O": 0, "o": 0, "0": 0, "零": 0, "口": 0, "回": 0, "日": 0}
_CHINESE_DIGITS |= {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CHINESE_DATE = re.compile(
    r"(?<![一二三四五六七八九〇○])([〇○Oo0零口回日一二三四五六七八九]{4}|[一二三四五六七八九〇○]{2})\s*年\s*"
    r"([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日"
)
#: the organs whose names end a 发文机关 line
_ISSUER_END = re.compile(
    r"(人民政府办公室|人民政府办公厅|人民政府|委员会办公室|委员会|领导小组办公室|领导小组|办公室|办公厅|"
    r"管理局|监督管理局|局|委|厅|办|中心|政府|党委|县委|市委|区委|分局)$"
)
#: 文件 after the organ's name in a red header: 开州区食品安全委员会办公室文件
_HEADER_TAIL = re.compile(r"\s*(文件|函|通知|简报)$")
_TITLE = re.compile(r"^(关于.{2,80}?(?:的(?:通知|通报|报告|请示|批复|意见|决定|函|方案|规定|办法|纪要|公告|通告)))")


@dataclass(frozen=True)
class Suggestion:
    """One field read from the text, with the line it came from (what the clerk is shown)."""

    value: str
    source: str


@dataclass(frozen=True)
class DocFields:
    doc_no: Suggestion | None = None
    issuer: Suggestion | None = None
    title: Suggestion | None = None
    doc_date: Suggestion | None = None  # value as YYYY-MM-DD

    def as_dict(self) -> dict[str, str]:
        return {
            name: field.value
            for name, field in (
                ("doc_no", self.doc_no),
                ("issuer", self.issuer),
                ("title", self.title),
                ("doc_date", self.doc_date),
            )
            if field is not None
        }


def _lines(text: str) -> list[str]:
    return [re.sub(r"[ \t\u3000]+", " ", line).strip() for line in text.splitlines() if line.strip()]


def doc_number(text: str) -> Suggestion | None:
    """The first 文号 in the text, written as documents print it: 开食安办〔2023〕15号."""
    for line in _lines(text)[:40]:  # a 文号 stands in the header, never deep in the body
        compact = line.replace(" ", "")
        found = _DOC_NO.search(compact)
        if found:
            org = found["org"]
            for stop in ("印发", "根据", "按照", "依据", "见", "《"):
                if stop in org:  # the words before the issuer's name in a sentence citing it
                    org = org.rsplit(stop, 1)[1]
            if org:
                return Suggestion(f"{org}〔{found['year']}〕{int(found['no'])}号", line)
    return None


def _chinese_number(text: str) -> int | None:
    """一 … 三十一 as a number."""
    if not text:
        return None
    if "十" not in text:
        return _CHINESE_DIGITS.get(text) if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    value = (_CHINESE_DIGITS.get(tens, -100) if tens else 1) * 10 + (_CHINESE_DIGITS.get(ones, -100) if ones else 0)
    return value if value > 0 else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    return found if 1990 <= year <= 2100 else None


def dates_in(line: str) -> list[dt.date]:
    """Every date written in a line, Arabic (2023年5月8日, 2023.5.8) or Chinese (二〇二三年五月八日)."""
    found: list[dt.date] = []
    for y, m, d in _ARABIC_DATE.findall(line):
        if (day := _date(int(y), int(m), int(d))) is not None:
            found.append(day)
    for y, m, d in _CHINESE_DATE.findall(line):
        year = "".join(str(_CHINESE_DIGITS.get(c, "")) for c in y)
        if len(year) == 2:  # 二〇二三 with its 〇二 lost under a seal: a year of this century
            year = "20" + year
        month, mday = _chinese_number(m), _chinese_number(d)
        if len(year) == 4 and month and mday and (day := _date(int(year), month, mday)) is not None:
            found.append(day)
    return found


def document_date(text: str) -> Suggestion | None:
    """The 成文日期: a line that is only a date (the one under the signature), the last such line; else
    the last date of the text's final lines."""
    lines = _lines(text)
    alone = [(line, dates_in(line)) for line in lines if len(line.replace(" ", "")) <= 16]
    dated = [(line, days) for line, days in alone if days]
    if dated:
        line, days = dated[-1]
        return Suggestion(days[-1].isoformat(), line)
    for line in reversed(lines[-8:]):
        days = dates_in(line)
        if days:
            return Suggestion(days[-1].isoformat(), line)
    return None


def issuer(text: str) -> Suggestion | None:
    """The 发文机关: the red header (an organ's name, often followed by 文件) among the first lines, else
    the organ signing just above the date at the end."""
    lines = _lines(text)
    for line in lines[:6]:
        name = _HEADER_TAIL.sub("", line.replace(" ", ""))
        if 4 <= len(name) <= 30 and _ISSUER_END.search(name) and not _DOC_NO.search(name) and "关于" not in name:
            return Suggestion(name, line)
    for index in range(len(lines) - 1, max(-1, len(lines) - 10), -1):
        if dates_in(lines[index]) and index > 0:
            above = lines[index - 1].replace(" ", "")
            if 4 <= len(above) <= 30 and _ISSUER_END.search(above):
                return Suggestion(above, lines[index - 1])
    return None


def title(text: str) -> Suggestion | None:
    """The document's 标题 from 关于 to the kind of document (…的通知, …的报告): on a line of its own,
    or after the issuing organ's name on the same line, and run on over the next lines when long."""
    lines = _lines(text)[:30]
    for index, line in enumerate(lines):
        compact = line.replace(" ", "")
        before, about, rest = compact.partition("关于")
        if not about or (before and not _ISSUER_END.search(before)):
            continue  # 关于 inside a sentence, not a title
        joined = about + rest
        for extra in ["", *lines[index + 1 : index + 3]]:  # a long title breaks over lines
            joined += extra.replace(" ", "")
            found = _TITLE.match(joined)
            if found:
                return Suggestion(found.group(1), line)
    return None


def suggest(text: str) -> DocFields:
    """Every field the text gives."""
    return DocFields(doc_number(text), issuer(text), title(text), document_date(text))


def body(text: str, fields: DocFields) -> str:
    """The text without what frames it — the lines the fields came from (red header, 文号, signature,
    date) and the addressees' line (各…：) — so what is left speaks of the matter itself."""
    framing = {f.source for f in (fields.doc_no, fields.issuer, fields.doc_date) if f is not None}
    if fields.issuer is not None:
        framing.add(fields.issuer.value)
    kept = []
    for line in _lines(text):
        compact = line.replace(" ", "")
        if line in framing or compact in framing or (compact.endswith(("：", ":")) and len(compact) <= 60):
            continue
        kept.append(line)
    return "\n".join(kept)
