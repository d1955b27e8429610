"""The shipped national rule set is seed 001's annex, and the rules about it hold."""

import copy

import pytest

from desktop_app.core.ruleset import POINT_MANDATORY, POINT_OPTIONAL, RuleSet, split_list, validate
from desktop_app.services.rulesets import builtin_ruleset
from tests.seed_annex import SEED, parse_seed


@pytest.fixture(scope="module")
def national() -> RuleSet:
    return builtin_ruleset()


def test_resource_equals_the_annex_of_seed_001(national):
    import copy

    bare = copy.deepcopy(national)
    for p in bare.points():
        p.conversion = None  # which target converts to which point is the program's, not the annex's
    assert bare == parse_seed()
    converted = {p.code for p in national.points() if p.conversion}
    assert (
        converted == {p.code for p in national.points() if any("折算" in i.text for i in p.items)} == {"24", "25", "26"}
    )


def test_every_item_text_stands_in_the_seed(national):
    seed = SEED.read_text(encoding="utf-8")
    for item in national.items():
        assert f"({item.no}) {item.text}" in seed
        assert item.departments in seed


def test_shape_of_the_2021_edition(national):
    assert national.total_score == 120
    assert [(c.code, c.name, c.score) for c in national.categories] == [
        ("一", "基础工作", 30),
        ("二", "能力建设", 15),
        ("三", "生产经营状况", 15),
        ("四", "食品安全状况", 20),
        ("五", "示范引领", 40),
    ]
    assert len(national.points()) == 36
    assert [i.no for i in national.items()] == list(range(1, 95))
    assert [i.no for i in national.veto_items] == [90, 91, 92, 93, 94]
    for c in national.categories[:4]:
        assert sum(p.score for p in c.points) == c.score


def test_category_five_mandatory_optional_and_any_two(national):
    five = national.categories[4]
    assert (five.mandatory_score, five.optional_cap) == (25, 15)
    mandatory = [p for p in five.points if p.kind == POINT_MANDATORY]
    assert [(p.code, p.score) for p in mandatory] == [("27", 10), ("28", 10), ("29", 5)]
    optional = [p for p in five.points if p.kind == POINT_OPTIONAL]
    assert [p.code for p in optional] == [str(n) for n in range(30, 37)]
    point29 = five.points[2]
    assert point29.name == "机制创新" and point29.choose == 2 and [i.no for i in point29.items] == [78, 79, 80, 81, 82]


def test_item_85_and_its_basic_task(national):
    item = national.item(85)
    assert item.text == "学校食堂“互联网+明厨亮灶”覆盖率达到100%，接受社会监督。"
    assert item.methods == ["国务院食品安全办组织验收组评审"]
    assert item.department_list == ["市教育局", "各县（区）"]
    assert item.basic_task.startswith("1. 市教育局推动落实校园食堂“互联网+明厨亮灶”全覆盖")


def test_no_markup_left_in_texts(national):
    for item in national.items():
        assert "<" not in item.basic_task and "<" not in item.text


def test_the_national_set_is_valid(national):
    assert validate(national) == []


def test_validation_reports_every_problem(national):
    broken = copy.deepcopy(national)
    broken.total_score = 119
    broken.categories[0].points[0].score = 4  # category 一 no longer adds up
    broken.categories[1].points[0].items[0].no = 3  # duplicate (3), missing (41)
    broken.categories[4].points[2].choose = 9
    messages = [str(p) for p in validate(broken)]
    text = "\n".join(messages)
    assert "120" in text and "119" in text  # 各类别分值合计为 120，与总分 119 不符
    assert "基础工作" in text and "31" in text
    assert "项号(3)重复" in text
    assert "(41)" in text
    assert "任选 9 项" in text
    assert len(messages) >= 5


def test_split_list_handles_the_seed_separators():
    assert split_list("资料审查、 党政领导访谈") == ["资料审查", "党政领导访谈"]
    assert split_list("市农业农村局, 市市场监管局; 各县(区)") == ["市农业农村局", "市市场监管局", "各县(区)"]
    assert split_list("") == []


def test_the_stored_rule_set_reads_back_as_shipped(db):
    from desktop_app.services import campaigns, rulesets

    campaigns.create(db, name="昌都市创建国家食品安全示范城市", region="昌都市", population=760_966)
    assert rulesets.load(db) == builtin_ruleset()
    assert rulesets.load(db, "national-2021") == builtin_ruleset()
