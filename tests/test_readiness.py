"""迎检准备 from the services that own each figure: every section follows the data it names."""

import datetime as dt
import json

from desktop_app.services import assessment, evidence, metrics, readiness
from tests.conftest import import_findings, run_cli

TODAY = dt.date(2026, 11, 30)


def _texts(found, key):
    return [line.text for line in found.section(key).lines]


def test_each_section_follows_its_data(demo_db, tmp_path):
    before = readiness.readiness(demo_db, TODAY)
    items = len(before.section("no_evidence").lines)
    assert items == 89 and before.section("no_evidence").summary == "89/89项"  # 94 items less the 5 vetoes
    vetoes = _texts(before, "veto")  # nobody has looked at them: 未核实, no pass
    assert len(vetoes) == 5 and all(t.endswith("：未核实") for t in vetoes) and not before.passes_veto
    assert "未核实" in before.veto_verdict and not before.fails_veto
    assert before.section("site_check").lines  # 现场检查 items with no photo or ledger
    assert "距" in before.section("phase").summary or before.section("phase").lines

    (tmp_path / "现场照片.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"0" * 64)
    (tmp_path / "检查台账.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    site = next(line.target["item"] for line in before.section("site_check").lines)
    photo = evidence.add_files(demo_db, [tmp_path / "现场照片.jpg"], item=site, unit="市市场监管局")
    ledger = evidence.add_files(
        demo_db,
        [tmp_path / "检查台账.pdf"],
        item=site,
        unit="市市场监管局",
        meta=evidence.EvidenceMeta(category="台账"),
    )
    assessment.set_score(demo_db, "1", 2)
    assessment.set_veto(demo_db, 92, "已发生")
    below = next(m for m in metrics.defined() if "满意度" in m.name)
    metrics.record(demo_db, below.code, "75", period="2026")
    import_findings(
        demo_db,
        tmp_path,
        ("市教育局", "学校食堂晨检记录缺失", "2026-11-10"),
        ("市公安局", "联合执法台账不全", "2026-12-31"),
        kind="月度专项督查",
    )

    after = readiness.readiness(demo_db, TODAY)
    assert len(after.section("no_evidence").lines) == items - 1
    assert any(f"（{site}）" in t and "待审核" in t for t in _texts(after, "unreviewed"))
    assert not any(f"（{site}）" in t for t in _texts(after, "site_check"))  # a photo and a ledger are there
    assert (
        after.total == 2 + 9 and not after.passes_veto
    )  # 满意度 75 converts to 9 of 10 and after.section("veto").level == readiness.BAD
    assert any(below.name in t and "75" in t for t in _texts(after, "metrics"))
    late = [line for line in after.section("findings").lines if "晨检" in line.text]
    assert late[0].level == readiness.BAD and "已逾期" in late[0].text
    assert after.section("findings").summary == "2个，其中逾期1个"
    evidence.review(demo_db, [r.id for r in photo.added + ledger.added], "合格")
    assert not any(f"（{site}）" in t for t in _texts(readiness.readiness(demo_db, TODAY), "unreviewed"))


def test_cli_assess_readiness(demo_db):
    out = run_cli("assess", "readiness", "--json", data_dir=demo_db.data_dir)
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)
    keys = [s["key"] for s in found["sections"]]
    assert keys == ["score", "veto", "no_evidence", "unreviewed", "site_check", "metrics", "findings", "tasks", "phase"]
    assert found["max_total"] == 120 and {"text", "level", "target"} <= set(found["sections"][2]["lines"][0])
    text = run_cli("assess", "readiness", data_dir=demo_db.data_dir).stdout
    assert "无佐证材料的评价内容：89/89项" in text
