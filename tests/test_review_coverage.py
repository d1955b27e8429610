"""Review states, the office's mark per item and unit, and coverage of items × responsible units."""

import pytest

from desktop_app.core.errors import KnownError
from desktop_app.services import coverage, evidence, units
from desktop_app.services.evidence import EvidenceMeta


@pytest.fixture
def filed(demo_db, tmp_path):
    def add(name, item, unit):
        path = tmp_path / name
        path.write_bytes(name.encode() * 10)
        return evidence.add_files(demo_db, [path], item=item, unit=unit, meta=EvidenceMeta()).added[0]

    return demo_db, {
        "edu": add("明厨亮灶台账.xlsx", 85, "市教育局"),
        "karuo": add("卡若区明厨亮灶.pdf", 85, "卡若区"),
        "office": add("督查通报.pdf", 1, "市食安办"),
    }


def test_review_pass_return_and_back(filed):
    db, rec = filed
    evidence.review(db, [rec["edu"].id], "合格")
    with pytest.raises(KnownError, match="请说明退回原因"):
        evidence.review(db, [rec["karuo"].id], "退回")
    evidence.review(db, [rec["karuo"].id], "退回", "照片不清晰，请补充整改前后对比")
    states = {e.id: (e.review_state, e.review_comment) for e in evidence.list_evidence(db)}
    assert states[rec["edu"].id] == ("合格", "")
    assert states[rec["karuo"].id] == ("退回", "照片不清晰，请补充整改前后对比")
    evidence.review(db, [rec["karuo"].id], "待审核")
    assert {e.id: e.review_comment for e in evidence.list_evidence(db)}[rec["karuo"].id] == ""
    with pytest.raises(KnownError):
        evidence.review(db, [rec["edu"].id], "优秀")


def test_coverage_cells_levels_and_states(filed):
    db, rec = filed
    evidence.review(db, [rec["edu"].id], "合格")
    cov = coverage.compute(db)
    edu = units.find(db, "市教育局").id
    karuo = units.find(db, "卡若区").id
    jiangda = units.find(db, "江达县").id
    # item (85)'s 责任部门 is 市教育局；各县（区）: the education bureau and every county
    assert edu in cov.responsible[85] and karuo in cov.responsible[85] and jiangda in cov.responsible[85]
    assert units.find(db, "市公安局").id not in cov.responsible[85]
    assert cov.cell(85, edu).level == "reviewed" and cov.cell(85, edu).state == "待完善"
    assert cov.cell(85, karuo).level == "filed"
    assert cov.cell(85, jiangda).level == "missing" and cov.cell(85, jiangda).state == "无材料"
    assert cov.cell(85, jiangda).responsible
    assert not cov.item_complete(85)


def test_marks_complete_items_and_categories(filed):
    db, _ = filed
    cov = coverage.compute(db)
    assert cov.by_category["五、示范引领"].complete == 0
    for unit_id in cov.responsible[85]:
        name = next(n for uid, n in cov.units if uid == unit_id)
        path = db.data_dir / f"{unit_id}.txt"
        path.write_text(name, encoding="utf-8")
        evidence.add_files(db, [path], item=85, unit=name)
        evidence.mark_item(db, 85, name, "已齐全")
    cov = coverage.compute(db)
    assert cov.item_complete(85)
    assert cov.by_point["32. 学校食堂“互联网+明厨亮灶”"].complete == 1
    assert cov.by_category["五、示范引领"].complete == 1 and cov.by_category["五、示范引领"].total == 14  # (76)–(89)
    assert round(cov.by_category["五、示范引领"].percent, 1) == 7.1
    with pytest.raises(KnownError):
        evidence.mark_item(db, 85, "市教育局", "差不多")


def test_review_from_the_command_line(tmp_path):
    import json

    from tests.conftest import run_cli

    data = tmp_path / "data"
    assert run_cli("demo", data_dir=data).returncode == 0
    (tmp_path / "通报.txt").write_text("督查通报", encoding="utf-8")
    assert run_cli("evidence", "add", "--item", "1", str(tmp_path / "通报.txt"), data_dir=data).returncode == 0
    refused = run_cli("evidence", "review", "1", "--state", "退回", data_dir=data)
    assert refused.returncode != 0 and "退回原因" in refused.stderr
    done = run_cli("evidence", "review", "1", "--state", "退回", "--comment", "缺少盖章页", data_dir=data)
    assert done.returncode == 0
    listed = json.loads(run_cli("evidence", "list", "--json", data_dir=data).stdout)
    assert (listed[0]["review_state"], listed[0]["review_comment"]) == ("退回", "缺少盖章页")


def test_evidence_can_belong_to_a_task_of_the_plan(demo_db, tmp_path):
    from desktop_app.core.errors import NotFoundError

    path = tmp_path / "源头治理方案.txt"
    path.write_text("源头治理提升工程实施方案", encoding="utf-8")
    added = evidence.add_files(demo_db, [path], item=19, unit="市农业农村局", meta=EvidenceMeta(task="G1-01"))
    record = added.added[0]
    assert record.task == "G1-01"
    assert evidence.get(demo_db, record.id).to_json()["task"] == "G1-01"
    with pytest.raises(NotFoundError, match="G9-99"):
        evidence.add_files(demo_db, [path], item=20, unit="市农业农村局", meta=EvidenceMeta(task="G9-99"))
    assert len(evidence.list_evidence(demo_db)) == 1
