"""Deadlines and unit lists as offices type them, with property tests for both parsers."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core import deadlines
from desktop_app.core.deadlines import KIND_DATE, KIND_NONE, KIND_ONGOING, KIND_PHASE, KIND_RECURRING, DeadlineProblem
from desktop_app.core.units import split_unit_list

# -- deadlines ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2023年12月底前", dt.date(2023, 12, 31)),
        ("2024.12.31", dt.date(2024, 12, 31)),
        ("2024-06-30", dt.date(2024, 6, 30)),
        ("2024/6/1", dt.date(2024, 6, 1)),
        ("2024年6月30日前完成", dt.date(2024, 6, 30)),
        ("2024年2月底", dt.date(2024, 2, 29)),
        ("2024年上半年", dt.date(2024, 6, 30)),
        ("2024年下半年", dt.date(2024, 12, 31)),
        ("2025年第三季度", dt.date(2025, 9, 30)),
        ("２０２４年３月", dt.date(2024, 3, 31)),  # full-width digits
        ("2023年12月底前完成，长期坚持", dt.date(2023, 12, 31)),  # a date wins over words
        (dt.date(2024, 5, 20), dt.date(2024, 5, 20)),
        (dt.datetime(2024, 5, 20, 0, 0), dt.date(2024, 5, 20)),
        (45657, dt.date(2024, 12, 31)),  # an Excel day number
        (2025, dt.date(2025, 12, 31)),  # a year typed as a number
    ],
)
def test_dates_as_offices_type_them(typed, expected):
    found = deadlines.parse(typed)
    assert found.kind == KIND_DATE and found.date == expected


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("长期坚持", KIND_ONGOING),
        ("持续推进", KIND_ONGOING),
        ("每季度", KIND_RECURRING),
        ("每月25日前报送", KIND_RECURRING),
    ],
)
def test_ongoing_and_recurring(typed, kind):
    found = deadlines.parse(typed)
    assert found.kind == kind and found.date is None
    assert not found.overdue(dt.date(2099, 1, 1))


def test_phases_empty_and_overdue():
    phases = {"自查自评自纠阶段": dt.date(2027, 4, 30)}
    found = deadlines.parse("自查自评自纠阶段完成", phases)
    assert (found.kind, found.date) == (KIND_PHASE, dt.date(2027, 4, 30))
    assert deadlines.parse("   ").kind == KIND_NONE and deadlines.parse(None).kind == KIND_NONE
    due = deadlines.parse("2024年6月底前")
    assert due.overdue(dt.date(2024, 7, 1)) and not due.overdue(dt.date(2024, 6, 30))
    assert not due.overdue(dt.date(2024, 7, 1), done=True)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("1999年12月", "1999"),
        ("2101.01.01", "2101"),
        (dt.date(1990, 1, 1), "1990"),
        ("2024年13月", "13"),
        ("2023年2月30日", "30"),
        ("尽快", "尽快"),
    ],
)
def test_bad_deadlines_say_what_is_wrong(typed, words):
    with pytest.raises(DeadlineProblem) as caught:
        deadlines.parse(typed)
    assert words in caught.value.message


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)), st.sampled_from(range(5)))
def test_any_day_in_any_office_format_is_read_back(day, form):
    text = [
        f"{day.year}年{day.month}月{day.day}日",
        f"{day.year}.{day.month:02d}.{day.day:02d}",
        f"{day.year}-{day.month}-{day.day}",
        f"{day.year}/{day.month}/{day.day}前",
        f"{day.year}年{day.month}月{day.day}日前完成",
    ][form]
    assert deadlines.parse(text).date == day


@given(st.integers(2000, 2100), st.integers(1, 12))
def test_month_ends(year, month):
    found = deadlines.parse(f"{year}年{month}月底前")
    assert found.date.month == month and (found.date + dt.timedelta(days=1)).day == 1


@given(st.text(max_size=30))
def test_any_text_is_a_deadline_or_a_clear_problem(text):
    try:
        found = deadlines.parse(text)
    except DeadlineProblem as problem:
        assert problem.message.startswith("“")
    else:
        assert found.kind in (KIND_DATE, KIND_PHASE, KIND_RECURRING, KIND_ONGOING, KIND_NONE)
        assert found.kind != KIND_DATE or 2000 <= found.date.year <= 2100


# -- unit lists ----------------------------------------------------------------------------------------------


def test_seed_001_unit_lists():
    assert split_unit_list("各县（区）人民政府、新区管委会，市生态环境局、住房城乡建设局、城市管理和综合执法局") == [
        "各县（区）人民政府",
        "新区管委会",
        "市生态环境局",
        "市住房城乡建设局",
        "市城市管理和综合执法局",
    ]
    assert split_unit_list("市农业农村局、商务局、市场监管局") == ["市农业农村局", "市商务局", "市市场监管局"]
    assert split_unit_list("市教育局；\n市公安局") == ["市教育局", "市公安局"]
    assert split_unit_list("各县 (区) 人民政府") == ["各县（区）人民政府"]
    assert split_unit_list("各县（市、区）人民政府、新区管委会") == ["各县（市、区）人民政府", "新区管委会"]
    assert split_unit_list("市农业农村局 市商务局") == ["市农业农村局", "市商务局"]
    assert split_unit_list("  \n 、 ") == []
    assert split_unit_list("市教育局、市教育局") == ["市教育局"]


_CHARS = st.sampled_from("农业商务教育公安卫生健康财政民政司法林草交通水利文旅统计科技信")
_DEPARTMENT = st.builds(
    lambda body, end: body + end, st.text(_CHARS, min_size=2, max_size=6), st.sampled_from("局委办")
)
_SEPARATORS = st.sampled_from(["、", "，", ",", "；", ";", "\n", "、\n"])


@given(st.lists(_DEPARTMENT, min_size=1, max_size=8, unique=True), st.data())
def test_joined_city_departments_split_back(bodies, data):
    names = ["市" + b for b in bodies]
    text = ""
    for n, name in enumerate(names):
        # after the first, offices often drop the shared 市
        shown = name[1:] if n and data.draw(st.booleans()) else name
        text += (data.draw(_SEPARATORS) if n else "") + shown
    assert split_unit_list(text) == names


@given(st.text(st.characters(blacklist_characters="（()）〔〕[]"), max_size=60))
def test_splitting_is_stable_and_never_yields_blanks(text):
    names = split_unit_list(text)
    assert all(name and not any(sep in name for sep in "、，,；;\n") for name in names)
    assert split_unit_list("、".join(names)) == names


@given(st.lists(st.text(_CHARS, min_size=1, max_size=4), min_size=1, max_size=4))
def test_separators_inside_brackets_stay(parts):
    name = "各县（" + "、".join(parts) + "）人民政府"
    assert split_unit_list(f"{name}、市教育局") == [name, "市教育局"]


@pytest.mark.parametrize(
    "typed",
    ["2022年6月—2022年11月", "2022年6月—11月", "2022年6—11月", "2022年6月至11月", "2022年6月到11月", "2022.6-2022.11",
     "2022年6月-11月", "2022年6月～11月底"],
)  # fmt: skip
def test_a_period_is_due_at_its_end(typed):
    """Seed 003 writes its phases as periods (2022年6月—2022年11月): the work is due when the period ends,
    not when it starts (a task would show as overdue five months early)."""
    found = deadlines.parse(typed)
    assert (found.kind, found.date, found.text) == (KIND_DATE, dt.date(2022, 11, 30), typed.replace("～", "~"))
    assert not found.overdue(dt.date(2022, 7, 1))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2023年9月开学前", dt.date(2023, 8, 31)),
        ("2024年春季开学前", dt.date(2024, 2, 28)),
        ("2025年汛期前", dt.date(2025, 5, 31)),
        ("2024年春节前", dt.date(2024, 2, 9)),  # Lunar New Year 2024 was on 10 February
        ("2026年国庆前完成", dt.date(2026, 9, 30)),
        ("2023年底前", dt.date(2023, 12, 31)),
        ("2024年年底", dt.date(2024, 12, 31)),
        ("2025年末前完成", dt.date(2025, 12, 31)),
    ],
)
def test_seasons_and_holidays_give_an_approximate_day_and_keep_their_words(typed, expected):
    found = deadlines.parse(typed)
    assert (found.kind, found.date, found.text) == (deadlines.KIND_APPROX, expected, typed)
    assert found.overdue(expected + dt.timedelta(days=1)) and not found.overdue(expected)


def test_a_period_or_season_without_a_year_is_explained():
    for typed in ("6—11月", "开学前"):
        with pytest.raises(DeadlineProblem):
            deadlines.parse(typed)
    assert deadlines.parse("2024-12-31").date == dt.date(2024, 12, 31)  # a date's hyphens are no range


_PLAN_WORDS = st.sampled_from(
    [
        *list("市区县示范开发新各镇乡街道办事处人民政府局委会和及与等负责海关公司院、，；\n "),
        "农业",
        "教育",
        "卫生健康",
        "市场监督管理",
        "粮食和物资储备",
        "济源",
        "成员单位",
        "相关",
        "以及",
        "暨",
        "按职责分工",
    ]
)


@given(st.lists(_PLAN_WORDS, max_size=25).map("".join))
def test_plan_wording_splits_stably(text):
    """Whatever mix of places, joiners, 等 and 负责 a cell holds: names without separators, and the
    names joined again split into themselves (no prefix added twice, no name cut differently)."""
    names = split_unit_list(text)
    assert all(name and not any(sep in name for sep in "、，,；;\n") for name in names)
    assert split_unit_list("、".join(names)) == names
