"""Deadlines as offices type them: a date, a month's or year's end, a phase, or a recurring duty.

>>> parse("2023年12月底前").date
datetime.date(2023, 12, 31)
>>> parse("2024.12.31").date
datetime.date(2024, 12, 31)
>>> parse("长期坚持").kind
'ongoing'

A date with no year takes it from what the table or plan says around it (``YearHint``):
>>> due = parse("11月1日前", year=YearHint(2020, "标题“2020年…重点工作安排”"))
>>> due.date, due.inferred
(datetime.date(2020, 11, 1), '标题“2020年…重点工作安排”')
>>> due = parse("2020年8月25日、11月1日前")
>>> due.date, due.milestones
(datetime.date(2020, 11, 1), (datetime.date(2020, 8, 25),))
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.core.errors import KnownError
from desktop_app.core.i18n import tr

KIND_DATE = "date"  # due on a day
KIND_PHASE = "phase"  # due by the end of a phase of the campaign
KIND_APPROX = "approximate"  # due about a day the wording names (9月开学前, 汛期前, 年底前): kept with its words
KIND_RECURRING = "recurring"  # 每月, 每季度, 每年…: due again and again, never overdue as a whole
KIND_ONGOING = "ongoing"  # 长期坚持, 持续推进: no end
KIND_NONE = "none"  # nothing given

FIRST_YEAR, LAST_YEAR = 2000, 2100
DATED_KINDS = (KIND_DATE, KIND_PHASE, KIND_APPROX)  # the kinds that fall due on a day

#: A range's two ends: 2022年6月—2022年11月, 2022年6月至11月, 2022年6—11月, 2022.6-2022.11.
_RANGE = re.compile(r"^(?P<start>.*?\d.*?)\s*(?:—{1,2}|–|~|至|到)\s*(?P<end>.*\d.*)$")
_HYPHEN_RANGE = re.compile(
    r"^(?P<start>\d{4}\s*[年.]\s*\d{1,2}\s*月?)\s*-\s*(?P<end>(?:\d{4}\s*[年.]\s*)?\d{1,2}\s*月?.*)$"
)
_YEAR = re.compile(r"(\d{4})")
#: Lunar New Year's day, for 春节前 (the day before it).
_SPRING_FESTIVAL = {
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17),
    2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31),
    2034: (2, 19), 2035: (2, 8),
}  # fmt: skip
#: Seasons and holidays plans use as deadlines: (month, day) by which the work is due, about.
_ABOUT = {
    "汛期前": (5, 31),
    "主汛期前": (5, 31),
    "暑假前": (6, 30),
    "年中": (6, 30),
    "寒假前": (1, 15),
    "国庆前": (9, 30),
    "国庆节前": (9, 30),
    "秋季开学前": (8, 31),
    "春季开学前": (2, 28),
    "开学前": (8, 31),
}
_MONTH_SCHOOL = re.compile(r"(\d{1,2})\s*月\s*(?:份)?\s*开学前")

RECURRING = ("每月", "每季度", "每季", "每半年", "每年", "每周", "每学期", "逐月", "按月", "按季度", "定期")
ONGOING = ("长期坚持", "长期", "持续推进", "持续开展", "常态化", "持续", "常年", "全年")
_HALF = {"上半年": (6, 30), "下半年": (12, 31)}
_QUARTER = {"一": 3, "1": 3, "二": 6, "2": 6, "三": 9, "3": 9, "四": 12, "4": 12}

_YMD = re.compile(r"(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?")
_YM = re.compile(r"(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*月?(?:份)?(?:底|末|中旬|上旬|下旬)?")
_Y_HALF = re.compile(r"(\d{4})\s*年\s*(上半年|下半年)")
_Y_QUARTER = re.compile(r"(\d{4})\s*年\s*(?:第)?([一二三四1-4])\s*季度")
_Y_END = re.compile(r"(\d{4})\s*年\s*(?:年)?(?:底|末|内|年底|年末|全年)?")
_EXCEL_EPOCH = dt.date(1899, 12, 30)


class DeadlineProblem(KnownError):
    """The text is not a deadline the program understands (the reason names the text)."""


@dataclass(frozen=True)
class YearHint:
    """The year a date written without one falls in, and where it was found (标题“…”, 成文日期 …)."""

    year: int
    why: str


_HINT_YEAR = re.compile(r"(20\d{2})\s*年")


def year_hint(texts: Sequence[object], where: str) -> YearHint | None:
    """The first year (2020年) in ``texts`` (a table's title rows, a plan's heading), as a hint said
    to come from ``where`` (标题, 成文日期 …).

    >>> year_hint(["2020年营口市鲅鱼圈区食品安全重点工作安排"], "标题")
    YearHint(year=2020, why='标题“2020年营口市鲅鱼圈区食品安全重点工作…”')
    """
    for value in texts:
        text = "" if value is None else str(value).strip()
        found = _HINT_YEAR.search(text)
        if found and FIRST_YEAR <= int(found.group(1)) <= LAST_YEAR:
            shown = text if len(text) <= 20 else text[:20] + "…"
            return YearHint(int(found.group(1)), f"{where}“{shown}”")
    return None


@dataclass(frozen=True)
class Deadline:
    kind: str
    date: dt.date | None = None
    text: str = ""  # as the office typed it (cleaned)
    inferred: str = ""  # where the year came from, when the text had none
    milestones: tuple[dt.date, ...] = ()  # earlier dates the text names (8月25日、11月1日前: 8月25日)

    def overdue(self, today: dt.date, done: bool = False) -> bool:
        """Past its day and not done; recurring and ongoing duties are never overdue as a whole."""
        return not done and self.kind in DATED_KINDS and self.date is not None and self.date < today


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"\s+", " ", text).strip()


def _day(year: int, month: int, day: int | None, text: str) -> dt.date:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DeadlineProblem(
            tr("Deadlines", "“{0}”: the year {1} is outside {2}–{3}.").format(text, year, FIRST_YEAR, LAST_YEAR)
        )
    if not 1 <= month <= 12:
        raise DeadlineProblem(tr("Deadlines", "“{0}”: there is no month {1}.").format(text, month))
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return dt.date(year, month, last)
    if not 1 <= day <= last:
        raise DeadlineProblem(tr("Deadlines", "“{0}”: {1}-{2:02d} has no day {3}.").format(text, year, month, day))
    return dt.date(year, month, day)


def _check_year(when: dt.date, text: str) -> dt.date:
    return _day(when.year, when.month, when.day, text)


def parse(
    value: object,
    phases: dict[str, dt.date] | None = None,
    *,
    year: YearHint | None = None,
    spans_years: bool = False,
) -> Deadline:
    """A deadline from a cell: a date, an Excel day number, or text such as 2023年12月底前,
    2024.12.31, 2024年上半年, 长期坚持, 每季度 or the name of a phase (``phases``: name → last day).
    A date written without a year (11月1日前, 年底前) takes ``year``'s, and says so (``inferred``);
    with none, 年底前 in a campaign that ``spans_years`` is every year's end (recurring). Several dates
    (2020年8月25日、11月1日前): the last is the deadline, the others its milestones.

    Raises DeadlineProblem for text that names no date, phase or recurrence.
    """
    if value is None:
        return Deadline(KIND_NONE)
    if isinstance(value, dt.datetime):
        return Deadline(KIND_DATE, _check_year(value.date(), value.date().isoformat()), value.date().isoformat())
    if isinstance(value, dt.date):
        return Deadline(KIND_DATE, _check_year(value, value.isoformat()), value.isoformat())
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and FIRST_YEAR <= value <= LAST_YEAR:  # a year typed as a number
            return Deadline(KIND_DATE, dt.date(int(value), 12, 31), str(int(value)))
        when = _EXCEL_EPOCH + dt.timedelta(days=int(value))
        return Deadline(KIND_DATE, _check_year(when, str(value)), when.isoformat())
    text = _clean(str(value))
    if not text:
        return Deadline(KIND_NONE)
    several = _several(text, phases, year)
    if several is not None:
        return several
    try:
        return _parse_text(text, phases)
    except DeadlineProblem:
        without_year = _without_year(text, year, spans_years)
        if without_year is None:
            raise
        return without_year


def _parse_text(text: str, phases: dict[str, dt.date] | None) -> Deadline:
    ranged = _range_end(text)
    if ranged is not None:  # a period: the work is due at its end
        end = parse(ranged, phases)
        return Deadline(end.kind, end.date, text)
    about = _approximate(text)
    if about is not None:
        return about
    found = _YMD.search(text)
    if found:
        year, month, day = (int(g) for g in found.groups())
        return Deadline(KIND_DATE, _day(year, month, day, text), text)
    found = _Y_HALF.search(text)
    if found:
        month, day = _HALF[found.group(2)]
        return Deadline(KIND_DATE, _day(int(found.group(1)), month, day, text), text)
    found = _Y_QUARTER.search(text)
    if found:
        return Deadline(KIND_DATE, _day(int(found.group(1)), _QUARTER[found.group(2)], None, text), text)
    found = _YM.search(text)
    if found and ("月" in found.group(0) or re.search(r"\d{4}[.\-/]\d{1,2}", found.group(0))):
        return Deadline(KIND_DATE, _day(int(found.group(1)), int(found.group(2)), None, text), text)
    found = _Y_END.search(text)
    if found and "年" in found.group(0):
        # 2024年底前 / 年末: about the year's end, as plans write it (2024年12月底前 is a day)
        end_of_year = bool(re.search(r"[底末]", found.group(0))) or text[found.end() :].lstrip().startswith("前")
        kind = KIND_APPROX if end_of_year else KIND_DATE  # 2024年前 too
        return Deadline(kind, _day(int(found.group(1)), 12, 31, text), text)
    for name, last_day in (phases or {}).items():
        if name and (name in text or name.removesuffix("阶段") in text):
            return Deadline(KIND_PHASE, last_day, text)
    if any(word in text for word in RECURRING):
        return Deadline(KIND_RECURRING, None, text)
    if any(word in text for word in ONGOING):
        return Deadline(KIND_ONGOING, None, text)
    raise DeadlineProblem(
        tr(
            "Deadlines",
            "“{0}” is not a deadline: write a date such as 2024年12月底前 or 2024.12.31, 长期坚持 or 每季度.",
        ).format(text)
    )


_MONTH_DAY = re.compile(r"(?<![\d年.])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_MONTH = re.compile(r"(?<![\d年.])(\d{1,2})\s*月\s*(?:份)?\s*(底|末|前|中旬|上旬|下旬|内)?")
_YEAR_END = re.compile(r"^(?:今年|本年度?|当年|每年)?\s*(?:年底|年末|年内|年前|年度内)")
_NO_YEAR_HALF = re.compile(r"^(?:今年|当年)?\s*(上半年|下半年)")
_NO_YEAR_QUARTER = re.compile(r"^(?:今年|当年)?\s*(?:第)?([一二三四1-4])\s*季度")
_SEPARATE_DATES = re.compile(r"[、，,；;]|和|及")


def _without_year(text: str, year: YearHint | None, spans_years: bool) -> Deadline | None:
    """A deadline whose text has no year (11月1日前, 12月底, 年底前), dated by ``year``; None when it
    is no such text, or there is no year to date it by (年底前 in a campaign of several years is then
    every year's end)."""
    school = _MONTH_SCHOOL.search(text)
    if year is not None and school is not None:  # 9月开学前: the day before the month begins
        starts = _day(year.year, int(school.group(1)), 1, text)
        return Deadline(KIND_APPROX, starts - dt.timedelta(days=1), text, inferred=year.why)
    for phrase, (about_month, about_day) in _ABOUT.items():
        if phrase in text and year is not None:
            return Deadline(KIND_APPROX, _day(year.year, about_month, about_day, text), text, inferred=year.why)
    found = _MONTH_DAY.search(text)
    month: int | None = None
    day: int | None = None
    if found:
        month, day = int(found.group(1)), int(found.group(2))
    elif found := _MONTH.search(text):
        month = int(found.group(1))
    elif found := _NO_YEAR_HALF.search(text):
        month, day = _HALF[found.group(1)]
    elif found := _NO_YEAR_QUARTER.search(text):
        month = _QUARTER[found.group(1)]
    elif _YEAR_END.search(text):
        if year is None:
            return Deadline(KIND_RECURRING, None, text) if spans_years or text.startswith("每年") else None
        return Deadline(KIND_APPROX, _day(year.year, 12, 31, text), text, inferred=year.why)
    if month is None or year is None:
        return None
    return Deadline(KIND_DATE, _day(year.year, month, day, text), text, inferred=year.why)


def _several(text: str, phases: dict[str, dt.date] | None, year: YearHint | None) -> Deadline | None:
    """2020年8月25日、11月1日前 (two report dates): the last is the deadline, the ones before it its
    milestones; a later date without a year takes the year written before it."""
    parts = [p for p in _SEPARATE_DATES.split(text) if p.strip()]
    if len(parts) < 2 or sum(1 for p in parts if re.search(r"\d\s*月", p)) < 2:
        return None
    found: list[Deadline] = []
    carried = year
    for part in parts:
        stated = _YEAR.search(part)
        if stated:
            carried = YearHint(int(stated.group(1)), "")
        try:
            due = parse(part, phases, year=carried)
        except DeadlineProblem:
            return None  # not a list of dates: read the text as a whole
        if due.date is None:
            return None
        found.append(due)
    last = found[-1]
    inferred = (
        next((d.inferred for d in found if d.inferred), "") if year is not None and not _YEAR.search(text) else ""
    )
    return Deadline(
        last.kind, last.date, text, inferred=inferred, milestones=tuple(d.date for d in found[:-1] if d.date)
    )


def _range_end(text: str) -> str | None:
    """The end of a period written as a range, with the start's year where the end has none."""
    found = _RANGE.match(text)
    if found is None and not _YMD.fullmatch(text):
        found = _HYPHEN_RANGE.match(text)
    if found is None:
        return None
    start, end = found.group("start"), found.group("end")
    if _YEAR.search(end) is None:
        year = _YEAR.search(start)
        if year is None:
            return None  # 6—11月: no year to date it by
        end = f"{year.group(1)}年{end.lstrip('年')}"
        if "月" not in end and re.fullmatch(r"\d{4}年\d{1,2}", end):
            end += "月"
    return end


def _approximate(text: str) -> Deadline | None:
    """9月开学前, 2025年汛期前, 2024年春节前 …: a day about which the work is due, marked approximate."""
    year_found = _YEAR.search(text)
    school = _MONTH_SCHOOL.search(text)
    if "春节前" in text:
        if year_found is None:
            return None
        year = int(year_found.group(1))
        if year not in _SPRING_FESTIVAL:
            return None
        month, day = _SPRING_FESTIVAL[year]
        return Deadline(KIND_APPROX, _day(year, month, day, text) - dt.timedelta(days=1), text)
    if school is not None and year_found is not None:
        starts = _day(int(year_found.group(1)), int(school.group(1)), 1, text)
        return Deadline(KIND_APPROX, starts - dt.timedelta(days=1), text)
    for phrase, (month, day) in _ABOUT.items():
        if phrase in text and year_found is not None:
            return Deadline(KIND_APPROX, _day(int(year_found.group(1)), month, day, text), text)
    return None
