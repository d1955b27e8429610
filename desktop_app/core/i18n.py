"""One translation catalogue for the core, the CLI and the GUI.

Source strings are English; the Chinese comes from the Qt Linguist file
``resources/i18n/foodsafety_desk_zh_CN.ts`` (editable in Linguist).  The file is read
here with the standard library, so the Qt-free core and the CLI speak Chinese too,
and the GUI installs a ``QTranslator`` that asks this catalogue (see ``gui/i18n.py``).
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop_app.paths import resource_path

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}

_by_context: dict[tuple[str, str], str] = {}
_by_source: dict[str, str] = {}
_language: str | None = None
_read: dict[Path, dict[tuple[str, str], str]] = {}  # catalogues already read, by file


def ts_path(language: str) -> Path:
    return resource_path("i18n", f"foodsafety_desk_{language}.ts")


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) → translation for every finished message of a .ts file."""
    result: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if node.text:
                result[(name, source)] = node.text
    return result


def set_language(language: str | None) -> str:
    """Load ``language`` (``zh_CN`` or ``en``); returns the language in force."""
    global _language
    language = language or os.environ.get("FOODSAFETY_DESK_LANG") or DEFAULT_LANGUAGE
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    _by_context.clear()
    _by_source.clear()
    if language != "en":
        path = ts_path(language)
        if path not in _read and path.exists():
            _read[path] = read_ts(path)
        if path in _read:
            _by_context.update(_read[path])
            for (_, source), text in _by_context.items():
                _by_source.setdefault(source, text)
    _language = language
    return language


def language() -> str:
    if _language is None:
        set_language(None)
    return _language or DEFAULT_LANGUAGE


def lookup(context: str, source: str) -> str | None:
    """The translation of ``source`` or None; the context is preferred, not required."""
    if _language is None:
        set_language(None)
    return _by_context.get((context, source)) or _by_source.get(source)


def tr(context: str, source: str) -> str:
    """Translate ``source``; falls back to the English source text."""
    return lookup(context, source) or source


def mark(context: str, source: str) -> str:
    """Mark ``source`` for the catalogue without translating it now (the Qt-free counterpart of
    QT_TRANSLATE_NOOP): for tables of words translated where they are shown."""
    return source
