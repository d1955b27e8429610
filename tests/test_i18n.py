"""Every string the program shows goes through tr() and has its Chinese translation."""

import re
import xml.etree.ElementTree as ET

from desktop_app.core import i18n
from tests.tr_strings import TS, all_strings, strings_in


def _catalogue() -> dict[tuple[str, str], str]:
    return i18n.read_ts(TS)


def test_every_translatable_string_has_a_finished_translation():
    catalogue = _catalogue()
    missing = sorted(s for s in all_strings() if s not in catalogue)
    assert missing == [], f"run `python -m tests.tr_strings --update` and translate: {missing[:10]}"


def test_placeholders_survive_translation():
    for (context, source), text in _catalogue().items():
        assert sorted(re.findall(r"\{\d*(?::[^}]*)?\}", source)) == sorted(re.findall(r"\{\d*(?::[^}]*)?\}", text)), (
            context,
            source,
        )


def test_no_unfinished_entries_are_left():
    root = ET.parse(TS).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message") if m.find("translation").get("type")]
    assert unfinished == []


def test_the_extractor_sees_all_call_styles(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from x import tr, QCoreApplication, QT_TRANSLATE_NOOP\n"
        "def _t(text):\n    return QCoreApplication.translate('Ctx', text)\n"
        "A = QT_TRANSLATE_NOOP('Noop', 'Declared')\n"
        "class Page:\n    def f(self):\n        return self.tr('Method')\n"
        "print(tr('Core', 'Function'), _t('Helper'), QCoreApplication.translate('Direct', 'Call'))\n",
        encoding="utf-8",
    )
    assert strings_in(sample) == {
        ("Noop", "Declared"),
        ("Page", "Method"),
        ("Core", "Function"),
        ("Ctx", "Helper"),
        ("Direct", "Call"),
    }


def test_language_switch_in_the_core():
    assert i18n.tr("Units", "The unit name is empty.") == "单位名称为空。"
    i18n.set_language("en")
    try:
        assert i18n.tr("Units", "The unit name is empty.") == "The unit name is empty."
    finally:
        i18n.set_language("zh_CN")
    assert i18n.set_language("fr") == "zh_CN"  # unknown languages fall back to the default


def test_every_translating_helper_is_read_by_the_catalogue_tool():
    """A module's ``_t(text)`` must be recognised, or the strings it translates drop out of the catalogue."""
    import ast

    from tests.tr_strings import PACKAGE, _helpers

    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "_t"}
        assert defined <= set(_helpers(tree)), path
