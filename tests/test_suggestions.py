"""Fields and items suggested from a document's own text: 文号, 发文机关, 标题 and 成文日期 as the seeds'
own covers print them and as a scan reads them back, and the three likeliest items of the rule set."""

import json

import pytest

from desktop_app.core import doc_fields, item_match
from desktop_app.services import suggestions
from tests.conftest import run_cli
from tests.seed_plans import SEED_FILES


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        (
            0,
            {
                "doc_no": "开州府办发〔2022〕68号",
                "issuer": "重庆市开州区人民政府办公室",
                "title": "关于印发重庆市开州区持续推进国家食品安全示范城市创建工作实施方案的通知",
                "doc_date": "2022-09-14",
            },
        ),
        (
            1,
            {
                "issuer": "昌都市人民政府办公室",
                "title": "关于印发《昌都市创建国家食品安全示范城市工作实施方案》的通知",
                "doc_date": "2023-07-28",
            },
        ),
        (
            3,
            {
                "doc_no": "济管办〔2022〕26号",
                "issuer": "济源产城融合示范区管理委员会办公室",
                "title": "关于印发济源产城融合示范区创建省级食品安全示范城市工作实施方案的通知",
                "doc_date": "2022-06-29",
            },
        ),
        (2, {}),  # a plan without a cover gives no field, and none is made up
        (4, {}),
    ],
)
def test_the_seeds_covers_give_their_fields(seed, expected):
    assert doc_fields.suggest(SEED_FILES[seed].read_text(encoding="utf-8")).as_dict() == expected


@pytest.mark.parametrize(
    ("line", "doc_no"),
    [
        ("开食安办【2023】15 号", "开食安办〔2023〕15号"),
        ("开食安办[2023]15号", "开食安办〔2023〕15号"),
        ("开食安办（2023）015号", "开食安办〔2023〕15号"),
        ("开 食 安 办 〔 2023 〕 15 号", "开食安办〔2023〕15号"),
        ("根据《关于印发方案的通知》（豫政办〔2019〕28号）", "豫政办〔2019〕28号"),
    ],
)
def test_a_doc_number_as_a_scan_reads_it(line, doc_no):
    assert doc_fields.doc_number(line).value == doc_no


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("二〇二三年五月八日", "2023-05-08"),
        ("二O二三年十二月三十一日", "2023-12-31"),
        ("2023年5月8日", "2023-05-08"),
        ("2023.05.08", "2023-05-08"),
        ("二日二五年四月二十二日", "2025-04-22"),  # 〇 read back as 日 under a seal
        ("二三年二月八日", "2023-02-08"),  # its 〇二 lost under the seal's ring
    ],
)
def test_a_signature_date_in_either_numerals(line, day):
    assert doc_fields.document_date(f"开州区食品安全委员会办公室\n{line}\n").value == day


def test_no_field_is_made_up_from_text_that_has_none():
    assert doc_fields.suggest("会议签到表\n姓名 单位 电话\n张三 市教育局 0895-1234567").as_dict() == {}
    assert doc_fields.document_date("2023年2月30日") is None  # no such day
    assert doc_fields.dates_in("十二年五月八日") == [] and doc_fields.dates_in("这是二三年的事") == []


def test_the_right_item_is_among_three_for_documents_written_from_its_basic_tasks(demo_db):
    """A 通知 written from one item's basic tasks (its first sentence as the title, the first half of
    its sentences as the body): the item is among the three suggested for at least 80 % of items."""
    db = demo_db
    ranked, texts = suggestions.item_index(db)
    from sqlalchemy import select

    from desktop_app.storage.models import ItemRow

    with db.read() as session:
        rows = session.execute(select(ItemRow.no, ItemRow.basic_task).order_by(ItemRow.no)).all()
    hits = total = 0
    for no, basic in rows:
        sentences = [s for s in basic.replace("；", "。").split("。") if s.strip()]
        if not sentences:
            continue
        body = "。".join(sentences[: max(1, len(sentences) // 2)])
        document = f"关于{sentences[0][:20]}的通知\n各成员单位：\n{body}。\n市食安办\n2024年3月1日"
        made = suggestions.for_text(db, document, index=(ranked, texts))
        total += 1
        hits += any(item.no == no for item in made.items)
    assert total >= 80 and hits / total >= 0.8, (hits, total)


def test_the_words_that_matched_are_shown():
    index = item_match.ItemIndex([item_match.Candidate(85, ("学校食堂“互联网+明厨亮灶”覆盖率达到100%",))])
    [match] = index.rank("关于推进明厨亮灶的通知", "")
    assert match.no == 85 and match.words == ("明厨亮灶",)


def test_evidence_suggest_on_the_command_line(demo_db, tmp_path):
    import docx

    document = docx.Document()
    for line in (
        "开州区食品安全委员会办公室文件",
        "开食安办〔2023〕15号",
        "关于开展2023年餐饮服务明厨亮灶工作的通知",
        "各乡镇人民政府（街道办事处），区食安委各成员单位：",
        "为推进餐饮服务单位明厨亮灶建设，全面推行透明厨房和视频厨房，现将有关事项通知如下。",
        "开州区食品安全委员会办公室",
        "2023年5月8日",
    ):
        document.add_paragraph(line)
    document.save(tmp_path / "通知.docx")
    out = run_cli("evidence", "suggest", str(tmp_path / "通知.docx"), data_dir=demo_db.data_dir)
    assert out.returncode == 0, out.stderr
    assert "文号：开食安办〔2023〕15号" in out.stdout and "成文日期：2023-05-08" in out.stdout
    assert "（85）" in out.stdout and "明厨亮灶" in out.stdout
    made = run_cli("evidence", "suggest", str(tmp_path / "通知.docx"), "--json", data_dir=demo_db.data_dir)
    found = json.loads(made.stdout)
    assert found["fields"]["issuer"] == "开州区食品安全委员会办公室" and found["items"][0]["no"] == 85
    (tmp_path / "照片.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    photo = run_cli("evidence", "suggest", str(tmp_path / "照片.jpg"), data_dir=demo_db.data_dir)
    assert photo.returncode == 0 and "未能读出" in photo.stdout, photo.stdout
    missing = run_cli("evidence", "suggest", str(tmp_path / "无.pdf"), data_dir=demo_db.data_dir)
    assert missing.returncode == 2 and "无.pdf" in missing.stderr
