"""Every item model of the program's pages keeps Qt's model contract (pytest-qt's model tester: Qt's
own QAbstractItemModelTester), over the small demo with records in every list."""

import datetime as dt
import inspect

import pytest

from desktop_app.gui.main_window import PAGE_ORDER
from desktop_app.gui.qt import QAbstractItemModel


@pytest.fixture
def filled(window, demo_db, tmp_path):
    """Something in every list: evidence, a finding, a measured value, a report, a fixed round."""
    from desktop_app.core.monthly import ReturnedRow
    from desktop_app.services import bulletin, evidence, metrics, monthly, rounds
    from tests.conftest import import_findings

    paper = tmp_path / "会议纪要.pdf"
    paper.write_bytes(b"%PDF-1.4\n%%EOF\n")
    evidence.add_files(demo_db, [paper], item=1, unit="市食安办")
    import_findings(demo_db, tmp_path, ("市教育局", "学校食堂晨检记录缺失", "2026-11-10"))
    metrics.record(demo_db, metrics.defined()[0].code, "75", period="2026")
    unit = monthly.status(demo_db, "2026-10")[0].unit
    monthly.enter(
        demo_db, unit, "2026-10", [ReturnedRow("task", "综合", "总体情况", progress="推进")], dt.date(2026, 10, 20)
    )
    rounds.add_fixed(demo_db, dt.date(2026, 8, 25), "8月25日前报送")
    bulletin.generate(demo_db, "2026-10", tmp_path / "通报.pdf")
    return window


def _models_of(window, key):
    page = window.show_page(key)
    page.refresh()
    tabs = getattr(page, "tabs", None)
    if tabs is not None:  # every tab's lists (the assessment's findings, the evidence coverage …)
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            page.refresh()
    return [m for m in page.findChildren(QAbstractItemModel) if type(m).__module__.startswith("desktop_app")]


@pytest.mark.parametrize("key", PAGE_ORDER)
def test_every_model_of_every_page_keeps_qts_contract(filled, qtmodeltester, key):
    found = _models_of(filled, key)
    for model in found:
        if model.rowCount() or key in ("home", "settings"):
            qtmodeltester.check(model)
    if key in ("indicators", "tasks", "monthly", "evidence", "assessment", "reports", "units", "history"):
        assert any(m.rowCount() for m in found), f"{key}: no list with rows to test"


def test_every_model_class_is_under_a_page_or_a_dialog_s_test(filled):
    """The model classes of the program are all met above, or by the dialogs' tests (test_checks)."""
    import desktop_app.gui.checks
    import desktop_app.gui.evidence_models
    import desktop_app.gui.models
    import desktop_app.gui.task_models
    import desktop_app.gui.units_preview

    defined = {
        cls
        for module in (
            desktop_app.gui.models,
            desktop_app.gui.task_models,
            desktop_app.gui.evidence_models,
            desktop_app.gui.checks,
            desktop_app.gui.units_preview,
        )
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, QAbstractItemModel) and cls.__module__.startswith("desktop_app")
    }
    met = {type(m) for key in PAGE_ORDER for m in _models_of(filled, key)}
    in_dialogs = {"ChecksModel", "UnitsPreviewModel"}  # tests/gui/test_checks.py
    abstract = {"ListTableModel"}  # a base only
    assert {c.__name__ for c in defined} - {c.__name__ for c in met} - in_dialogs - abstract == set()
