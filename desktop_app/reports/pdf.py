"""What every PDF of the program shares: reportlab's markup escaped, Chinese line breaking, the
page number "— n —", and the glyph check.

The glyph check reads what the document really draws: every string that reaches the page, through
a paragraph, a table or the canvas, is recorded with its font while the document is built (in
memory), and checked against that font's character map before a byte is written. A character a
font lacks would print as a blank with no error; here it is named instead, and nothing is written —
or, where the document asks for it (``replace=True``, an official document once every face has been
tried), it is printed as □ and named in what ``build`` returns. No list of the characters a report
uses is kept by hand.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from desktop_app.core.atomic import write_atomic
from desktop_app.core.errors import KnownError
from desktop_app.core.i18n import tr
from desktop_app.reports.typeset import NO_LINE_START  # the one list of marks no line starts with


def escape(text: str) -> str:
    """Text for reportlab's paragraph markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page_label(number: int) -> str:
    """The page number as a Chinese document prints it."""
    return f"— {number} —"


def cjk_line_breaking() -> None:
    """Teach reportlab's CJK line breaking the marks that may not start a line (once), for the
    documents set with reportlab's own paragraphs (the official ones use ``reports.typeset``)."""
    import reportlab.rl_config as rl_config
    from reportlab.platypus import paragraph as paragraph_module

    missing = "".join(ch for ch in NO_LINE_START if ch not in paragraph_module.ALL_CANNOT_START)
    if missing:
        paragraph_module.ALL_CANNOT_START += missing
    before = getattr(rl_config, "wordWrapCJK_noBreakBefore", "")
    rl_config.wordWrapCJK_noBreakBefore = before + "".join(ch for ch in NO_LINE_START if ch not in before)


def centred_page_number(font: str, size: float, y: float) -> Callable[[Any, Any], None]:
    """An ``onPage`` that writes "— n —" centred at ``y``."""

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, size)
        canvas.drawCentredString(canvas._pagesize[0] / 2, y, page_label(doc.page))
        canvas.restoreState()

    return draw


class MissingGlyphs(KnownError):
    """A font cannot show characters the document draws with it."""

    def __init__(self, by_font: dict[str, set[str]]):
        self.by_font = by_font
        chars = sorted(set().union(*by_font.values()))
        super().__init__(
            tr("Reports", "The font cannot print these characters: {0}").format(" ".join(chars[:20])),
            [f"{font}: {' '.join(sorted(found)[:20])}" for font, found in sorted(by_font.items())],
        )


SUBSTITUTE = "□"  # printed for a character no face has


def _cmap(name: str) -> Any:
    from reportlab.pdfbase import pdfmetrics

    return getattr(getattr(pdfmetrics.getFont(name), "face", None), "charToGlyph", None)


def replaced_message(chars: str, holders: Sequence[str] = ()) -> str:
    """What the clerk is told when characters no face has were printed as □ ("" when none were), with
    the names or titles that hold them (a unit, a task) where the report knows them."""
    if not chars:
        return ""
    said = tr("Reports", "No font can print these characters; they were printed as □: {0}").format(" ".join(chars))
    if holders:
        said += tr("Reports", " (in: {0})").format("、".join(holders))
    return said


def holding(chars: str, texts: Iterable[str]) -> list[str]:
    """The ``texts`` (units' names, tasks' titles …) that hold any of ``chars``, each once, in order."""
    return list(dict.fromkeys(t for t in texts if t and any(c in t for c in chars))) if chars else []


SHORT = 24  # a text longer than this is named by the words around the character


def holders_in(chars: str, content: object, *, limit: int = 10) -> list[str]:
    """Where a document's data (dataclasses, lists, tuples, mappings of text) holds any of ``chars``:
    a short text (a unit's name, a task's title) whole, a longer one by the words around the first
    such character ("…由𠀾县负责…"); each once, in order, at most ``limit``."""
    if not chars:
        return []
    found: dict[str, None] = {}

    def walk(value: object) -> None:
        if len(found) >= limit:
            return
        if isinstance(value, str):
            at = next((i for i, c in enumerate(value) if c in chars), -1)
            if at >= 0:
                if len(value) <= SHORT:
                    found[value] = None
                else:
                    lo, hi = max(0, at - SHORT // 2), min(len(value), at + SHORT // 2)
                    found[("…" if lo else "") + value[lo:hi] + ("…" if hi < len(value) else "")] = None
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            for item in dataclasses.fields(value):
                walk(getattr(value, item.name))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple | set):
            for item in value:
                walk(item)

    walk(content)
    return list(found)


class DrawnText:
    """Every string drawn while a document is built, by font; with ``replace``, a character its font
    lacks is drawn as □ instead and kept in ``replaced``."""

    def __init__(self, replace: bool = False) -> None:
        self.by_font: dict[str, set[str]] = {}
        self.replace = replace
        self.replaced: set[str] = set()

    def add(self, font: str, text: str) -> None:
        self.by_font.setdefault(font, set()).update(text)

    def substituted(self, font: str, text: str) -> str:
        cmap = _cmap(font)
        if cmap is None or all(ord(ch) in cmap or ch.isspace() for ch in text):
            return text
        stand_in = SUBSTITUTE if ord(SUBSTITUTE) in cmap else "?"
        out = []
        for ch in text:
            if ord(ch) in cmap or ch.isspace():
                out.append(ch)
            else:
                self.replaced.add(ch)
                out.append(stand_in)
        return "".join(out)

    def canvasmaker(self) -> type:
        from reportlab.pdfgen.canvas import Canvas
        from reportlab.pdfgen.textobject import PDFTextObject

        drawn = self

        class RecordingText(PDFTextObject):
            def _formatText(self, text: str) -> Any:
                if drawn.replace:
                    text = drawn.substituted(self._fontname, text)
                drawn.add(self._fontname, text)
                return super()._formatText(text)

        class RecordingCanvas(Canvas):
            def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> RecordingText:
                return RecordingText(self, x, y, direction=direction)

        return RecordingCanvas

    def missing(self) -> dict[str, set[str]]:
        """Font → the characters drawn with it that it has no glyph for."""
        from reportlab.pdfbase import pdfmetrics

        found: dict[str, set[str]] = {}
        for name, chars in self.by_font.items():
            font = pdfmetrics.getFont(name)
            face = getattr(font, "face", None)
            cmap = getattr(face, "charToGlyph", None)
            if cmap is not None:  # a TrueType font, embedded
                lacking = {ch for ch in chars if not ch.isspace() and ord(ch) not in cmap}
            else:  # one of the 14 standard fonts: Latin only, and not embedded
                lacking = {ch for ch in chars if ord(ch) > 0xFF}
            if lacking:
                found[name] = lacking
        return found


def build(
    doc_factory: Callable[[Any], Any], story: list[Any], target: Path, *, replace: bool = False, **build_args: Any
) -> str:
    """Build a document in memory, check every drawn character against its font, then write it
    atomically to ``target``. ``doc_factory(file)`` makes the document template on a file object;
    ``build_args`` go to ``build`` (``onFirstPage``…) or, with ``multi=True``, to ``multiBuild``.
    With ``replace``, a character its font lacks is printed as □; returns those characters."""
    import io

    buffer = io.BytesIO()
    doc = doc_factory(buffer)
    drawn = DrawnText(replace)
    if build_args.pop("multi", False):
        doc.multiBuild(story, canvasmaker=drawn.canvasmaker(), **build_args)
    else:
        doc.build(story, canvasmaker=drawn.canvasmaker(), **build_args)
    missing = drawn.missing()
    if missing:
        raise MissingGlyphs(missing)
    data = buffer.getvalue()

    def write(path: Path) -> None:
        path.write_bytes(data)

    write_atomic(Path(target), write)
    return "".join(sorted(drawn.replaced))
