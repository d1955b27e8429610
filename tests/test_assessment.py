"""The self-assessment added up as the rule set says: caps, best N of M, vetoes; bad scores refused."""

import json

import pytest

from desktop_app.core.assessment import VETO_HAPPENED, VETO_NONE, VETO_UNCHECKED, assess
from desktop_app.core.errors import KnownError
from desktop_app.services import assessment, rulesets
from tests.conftest import run_cli


def test_the_rules_of_the_2021_edition():
    rs = rulesets.builtin_ruleset()
    points = {"1": 3, "2": 2, "27": 10, "28": 9.5}  # 1 and 2 in 基础工作, 27 and 28 mandatory in 五
    points.update({code: 5 for code in ("30", "31", "32", "33")})  # 20 of optional points: 15 count
    items = {78: 2.5, 79: 1, 80: 2, 81: 0.5}  # point 29: the best 2 of its items count
    found = assess(rs, points, items, {})
    by_code = {c.code: c for c in found.categories}
    assert by_code["一"].score == 5
    five = by_code["五"]
    assert five.optional_counted == 15
    assert {p.code: p.counted for p in five.points}["29"] == 4.5
    assert five.score == 10 + 9.5 + 4.5 + 15
    assert found.total == 5 + five.score and found.max_total == 120
    # nobody has looked at a veto item yet: 未核实, and no pass a leader can rely on
    assert set(found.vetoes.values()) == {VETO_UNCHECKED} and not found.passes_veto and not found.fails_veto
    assert "（90）（91）（92）（93）（94）未核实" in found.veto_verdict()  # grouped by state
    every = {item.no: VETO_NONE for item in rs.veto_items}
    marked = assess(rs, points, items, every)
    assert marked.passes_veto and marked.veto_verdict() is None and marked.total == found.total
    failed = assess(rs, points, items, {**every, 91: VETO_HAPPENED})
    assert not failed.passes_veto and failed.fails_veto and failed.total == found.total  # the score stands
    assert "（91）" in failed.veto_verdict()


def test_a_veto_item_is_marked_by_a_person_and_can_be_taken_back(demo_db):
    rs = rulesets.builtin_ruleset()
    for item in rs.veto_items:
        assessment.set_veto(demo_db, item.no, "未发生")
    assert assessment.show(demo_db).passes_veto
    assessment.set_veto(demo_db, 92, "未核实")  # taken back: nobody's word on it any more
    shown = assessment.show(demo_db)
    assert shown.vetoes[92] == VETO_UNCHECKED and not shown.passes_veto
    out = run_cli("assess", "show", data_dir=demo_db.data_dir)
    assert "（92）未核实" in out.stdout and "未发生" in out.stdout, out.stdout


def test_scores_are_kept_checked_and_shown(demo_db):
    assessment.set_score(demo_db, "1", 2.5, basis="党政同责文件齐全")
    assessment.set_score(demo_db, "29", 2.5, item=78)
    assessment.set_veto(demo_db, 90, "待核实")
    shown = assessment.show(demo_db)
    assert shown.total == 5 and not shown.passes_veto and not shown.fails_veto  # 待核实 is no pass
    assert dict((v["no"], v["state"]) for v in shown.to_json()["veto"])[90] == "待核实"
    for bad, words in (
        (lambda: assessment.set_score(demo_db, "1", 3.5), "0 到 3"),
        (lambda: assessment.set_score(demo_db, "1", 1.3), "0.5"),
        (lambda: assessment.set_score(demo_db, "1", -1), "0 到 3"),
        (lambda: assessment.set_score(demo_db, "29", 2), "--item"),
        (lambda: assessment.set_score(demo_db, "29", 3, item=78), "2.5"),
        (lambda: assessment.set_score(demo_db, "99", 1), "99"),
        (lambda: assessment.set_veto(demo_db, 90, "也许"), "未发生"),
    ):
        with pytest.raises(KnownError) as caught:
            bad()
        assert words in caught.value.message + "".join(caught.value.details), caught.value.message
    assert assessment.show(demo_db).total == 5  # nothing stored by a refused score


def test_cli_assess(demo_db):
    out = run_cli("assess", "set-score", "27", "8", "--basis", "信用监管平台运行", data_dir=demo_db.data_dir)
    assert out.returncode == 0, out.stderr
    assert run_cli("assess", "veto", "92", "已发生", data_dir=demo_db.data_dir).returncode == 0
    shown = json.loads(run_cli("assess", "show", "--json", data_dir=demo_db.data_dir).stdout)
    assert shown["total"] == 8 and shown["max_total"] == 120 and shown["passes_veto"] is False
    assert {"name", "score", "max"} <= set(shown["categories"][0]) and {"no", "state"} <= set(shown["veto"][0])
    text = run_cli("assess", "show", data_dir=demo_db.data_dir).stdout
    assert "否决" in text


def test_snapshots_keep_the_score_and_tell_what_moved(demo_db):
    assessment.set_score(demo_db, "1", 2)
    kept = assessment.snapshot(demo_db, "自查1")
    assert kept.total == 2
    with pytest.raises(KnownError, match="自查1"):
        assessment.snapshot(demo_db, " 自查1 ")  # a name is used once
    with pytest.raises(KnownError):
        assessment.snapshot(demo_db, "  ")
    assessment.set_score(demo_db, "1", 3)
    assessment.set_score(demo_db, "27", 6)
    frozen = assessment.snapshot_data(demo_db, "自查1")
    assert frozen["total"] == 2 and frozen["snapshot"] == "自查1" and frozen["taken_at"]
    moved = assessment.change_since(demo_db, "自查1")
    assert moved["total"] == {"then": 2, "now": 9}
    by_code = {c["code"]: c for c in moved["categories"]}
    assert (by_code["一"]["then"], by_code["一"]["now"]) == (2, 3)
    assert (by_code["五"]["then"], by_code["五"]["now"]) == (0, 6)
    with pytest.raises(KnownError, match="自查1"):  # the message names the snapshots there are
        assessment.snapshot_data(demo_db, "初评前")

    out = run_cli("assess", "snapshot", "初评前", data_dir=demo_db.data_dir)
    assert out.returncode == 0 and "9" in out.stdout, out.stderr
    shown = json.loads(run_cli("assess", "show", "--snapshot", "自查1", "--json", data_dir=demo_db.data_dir).stdout)
    assert shown["total"] == 2 and shown["change_since"]["total"]["now"] == 9
    text = run_cli("assess", "show", "--snapshot", "自查1", data_dir=demo_db.data_dir).stdout
    assert "一、基础工作\t2 → 3" in text and "当时 2" in text and "现在 9" in text
    again = run_cli("assess", "snapshot", "初评前", data_dir=demo_db.data_dir)
    assert again.returncode != 0 and "初评前" in again.stderr


def test_a_score_rests_on_linked_evidence_and_tasks(demo_db, tmp_path):
    from desktop_app.services import evidence

    (tmp_path / "常委会纪要.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    (tmp_path / "别处材料.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n%x\n")
    mine = evidence.add_files(demo_db, [tmp_path / "常委会纪要.pdf"], item=1, unit="市食安办").added[0].id
    elsewhere = evidence.add_files(demo_db, [tmp_path / "别处材料.pdf"], item=40, unit="市食安办").added[0].id
    assessment.set_score(demo_db, "1", 2.5, basis="文件齐全", evidence=[mine], tasks=["G1-01"])
    point = assessment.show(demo_db).categories[0].points[0]
    assert point.evidence == [mine] and point.tasks == ["G1-01"]
    assert "常委会纪要" in point.linked and "G1-01" in point.linked and point.basis == "文件齐全"
    assessment.set_score(demo_db, "1", 3)  # a new score leaves the links as they were
    assert assessment.show(demo_db).categories[0].points[0].evidence == [mine]
    for bad, words in (
        ({"evidence": [elsewhere]}, "40"),
        ({"evidence": [99999]}, "99999"),
        ({"tasks": ["G9-99"]}, "G9-99"),
    ):
        with pytest.raises(KnownError) as caught:
            assessment.set_score(demo_db, "1", 1, **bad)
        assert words in "".join(caught.value.details)
    assert assessment.show(demo_db).categories[0].points[0].score == 3  # nothing stored by a refusal
    out = run_cli(
        "assess", "set-score", "1", "3", "--evidence", str(mine), "--task", "G1-02", data_dir=demo_db.data_dir
    )
    assert out.returncode == 0, out.stderr
    shown = json.loads(run_cli("assess", "show", "--json", data_dir=demo_db.data_dir).stdout)
    assert shown["categories"][0]["points"][0]["tasks"] == ["G1-02"]
