"""Measured targets: what offices type read as the metric measures it; bad values refused."""

import json

import pytest

from desktop_app.core.errors import KnownError
from desktop_app.core.metrics import PER_THOUSAND, PERCENT, Metric, parse
from desktop_app.services import campaigns, metrics
from tests.conftest import run_cli

RATE = Metric("M03", "食品评价性抽检合格率", PERCENT, "%", 98, (75,))
PER_K = Metric("M01", "年均食品安全抽检量", PER_THOUSAND, "批次/千人", 4, (46,))


@pytest.mark.parametrize("typed", ["98.5", "98.5%", "98.5 %", "98.5％", "0.985", 0.985, "197/200"])
def test_a_percentage_typed_any_way_offices_type_it(typed):
    assert parse(RATE, typed, 0) == 98.5


@pytest.mark.parametrize("typed", ["九十八", "98.5‰", "101", "-3", "201/200", "1/0", "", None])
def test_anything_else_is_refused_with_what_was_typed(typed):
    with pytest.raises(KnownError):
        parse(RATE, typed, 0)


def test_a_count_per_thousand_residents_from_the_population():
    assert parse(PER_K, "3000", 750_000) == 4.0
    with pytest.raises(KnownError, match="人口"):
        parse(PER_K, "3000", 0)


def test_the_2021_targets_come_with_the_program_and_values_are_kept(demo_db):
    codes = {m.code: m for m in metrics.defined()}
    assert codes["M01"].target == 4 and codes["M03"].items == (75, 94) and codes["M04"].unit == "分"
    population = campaigns.get(demo_db).population
    metrics.record(demo_db, "M01", str(4 * population // 1000 + 1), period="2025")  # just past 4 批次/千人
    metrics.record(demo_db, "m03", "97.2%", period="2025", source="省局评价性抽检")
    metrics.record(demo_db, "M03", "0.985", period="2026")
    with pytest.raises(KnownError, match="2025-13"):
        metrics.record(demo_db, "M03", "98", period="2025-13")
    with pytest.raises(KnownError, match="M99"):
        metrics.record(demo_db, "M99", "1", period="2025")
    found = {s.metric.code: s for s in metrics.states(demo_db)}
    assert found["M01"].met is True and found["M01"].latest == pytest.approx(4, abs=0.01)
    assert found["M03"].history == [("2025", 97.2), ("2026", 98.5)] and found["M03"].met is True
    assert found["M05"].latest is None and found["M05"].met is None


def test_cli_metrics(demo_db):
    out = run_cli("metrics", "record", "M05", "83/100", "--period", "2026", data_dir=demo_db.data_dir)
    assert out.returncode == 0 and "83" in out.stdout, out.stderr
    bad = run_cli("metrics", "record", "M05", "很高", "--period", "2026", data_dir=demo_db.data_dir)
    assert bad.returncode == 2 and "很高" in bad.stderr
    listed = json.loads(run_cli("metrics", "list", "--json", data_dir=demo_db.data_dir).stdout)
    m05 = next(m for m in listed if m["code"] == "M05")
    assert m05["latest"] == 83 and m05["met"] is False and m05["target"] == 85


def test_a_measured_value_keeps_the_files_it_comes_from(demo_db, tmp_path):
    from desktop_app.services import evidence

    (tmp_path / "测评报告.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    out = run_cli(
        "metrics", "record", "M05", "86%", "--period", "2026", "--file", str(tmp_path / "测评报告.pdf"),
        data_dir=demo_db.data_dir,
    )  # fmt: skip
    assert out.returncode == 0, out.stderr
    filed = evidence.records(demo_db, metrics.evidence_of(demo_db, "M05", "2026"))
    assert [(e.item, e.title) for e in filed] == [(74, "测评报告")]
    bad = run_cli(
        "metrics", "record", "M05", "八成", "--period", "2026", "--file", str(tmp_path / "测评报告.pdf"),
        data_dir=demo_db.data_dir,
    )  # fmt: skip
    assert bad.returncode != 0 and len(evidence.list_evidence(demo_db)) == 1  # a refused value files nothing


def test_a_target_met_at_or_below_its_value():
    from desktop_app.core.metrics import AT_MOST

    rate = Metric("X1", "食品安全事故发生率", PERCENT, "%", 0.5, (), AT_MOST)
    assert rate.met(0.3) and rate.met(0.5) and not rate.met(0.6) and rate.required == "≤0.5%"
    satisfaction = next(m for m in metrics.defined() if m.code == "M04")
    assert satisfaction.met(80) and not satisfaction.met(79.9) and satisfaction.required == "≥80分"
