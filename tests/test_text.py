"""Invisible format characters are taken out of every name, title and cell (core.text)."""

import re
import sys
import unicodedata

from desktop_app.core import text


def test_the_ranges_read_without_a_look_at_each_character_hold_no_format_character():
    ranges = re.findall(r"(.)-(.)", text._ORDINARY.pattern.strip("[]*"), flags=re.S)
    assert len(ranges) == 6
    for first, last in ranges:
        found = [hex(c) for c in range(ord(first), ord(last) + 1) if unicodedata.category(chr(c)) == "Cf"]
        assert found == [], (first, last)
    every = [c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
    assert all(not text._ORDINARY.fullmatch(chr(c)) for c in every)


def test_format_characters_are_taken_out_and_ordinary_text_is_kept_as_it_is():
    plain = "关于印发《“明厨亮灶”工程实施方案》的通知（2025年），第1—3项…"
    assert text.without_format_characters(plain) is plain and not text.has_format_characters(plain)
    hidden = "报告\u202etxt.exe\u200b市\u00ad教育局\ufeff\u2066"
    assert text.has_format_characters(hidden)
    assert text.without_format_characters(hidden) == "报告txt.exe市教育局"
