"""Chinese text set line by line as an official document sets it: on a character grid, with 避头尾.

A line of a GB/T 9704 document holds 28 characters of 三号 (16 pt) type in a 156 mm type area, so
the characters stand a little closer than their size (as Word's document grid sets them); a page
holds 22 lines. Lines break between characters, never inside a number or a Latin word, and follow
the rules of 避头尾: no line starts with a closing mark or a pause (，。、；：？！）》」』”’…%) and
none ends with an opening mark (（《「『“‘). A line that cannot end where it would is shortened by a
character or two, and every line but a paragraph's last is spread to the full width (两端对齐).

``break_lines`` is the rule itself (plain Python, no reportlab); ``Text`` is the reportlab flowable
that draws it, splitting between lines at a page foot, with any character its font lacks set in the
bundled 黑体.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

#: no line begins with these
NO_LINE_START = "，。、；：？！）》」』】〕〉”’…%％·,.;:?!)]"
#: no line ends with these
NO_LINE_END = "（《「『【〔〈“‘([“"
FUZZ = 0.01

# a number or Latin word (with its inner marks: 2025-03, 98.5%, A4, ISO9001) and the two-character
# marks —— and …… hold together
_TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.\-/:_+]*[0-9A-Za-z%]?|——|……|.", re.S)


def tokens(text: str) -> list[str]:
    """The text in pieces that a line may not split."""
    return _TOKEN.findall(text)


def break_lines(
    pieces: Sequence[str], width_of: Callable[[str], float], first: float, rest: float
) -> list[tuple[int, int]]:
    """Where lines start and end: (start, end) indexes into ``pieces``, the first line ``first``
    wide, the others ``rest``; no line starts with a mark of NO_LINE_START or ends with one of
    NO_LINE_END while the line can give up a piece for it. A piece wider than a line stands alone."""
    widths = [width_of(p) for p in pieces]
    lines: list[tuple[int, int]] = []
    start, n = 0, len(pieces)
    while start < n:
        room = first if not lines else rest
        end, used = start, 0.0
        while end < n and used + widths[end] <= room + FUZZ:
            used += widths[end]
            end += 1
        if end == start:
            end = start + 1
        elif end < n:
            cut = end
            while cut > start + 1 and (pieces[cut][0] in NO_LINE_START or pieces[cut - 1][-1] in NO_LINE_END):
                cut -= 1
            if cut > start + 1 or not (pieces[cut][0] in NO_LINE_START or pieces[cut - 1][-1] in NO_LINE_END):
                end = cut
        lines.append((start, end))
        start = end
    return lines


@dataclass
class Line:
    text: str
    natural: float  # its width at the plain spacing
    last: bool  # a paragraph's last line (not spread)
    start: int = 0  # where it begins in the paragraph's text


def _text_class() -> type:
    """The flowable, made once reportlab is loaded."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    from desktop_app.reports.fonts import BODY, has_glyph

    class Text(Flowable):
        """A paragraph of plain text on ``leading``-high lines. ``pitch``: the room each full-width
        character takes (the grid; default its size); ``indent``: the first line's indent in
        characters; ``align``: justify, left, center or right; ``color``: an (r, g, b) fill;
        ``lead``: (n, font) sets the text's first n characters in another face (a heading sentence)."""

        def __init__(
            self,
            text: str,
            font: str,
            size: float,
            leading: float,
            *,
            pitch: float | None = None,
            indent: float = 0,
            align: str = "justify",
            color: tuple[float, float, float] | None = None,
            keep_with_next: bool = False,
            right_indent: float = 0,
            middle: bool = False,
            lead: tuple[int, str] | None = None,
            pieces: Callable[[str], list[str]] = tokens,
        ):
            super().__init__()
            self.lead, self.pieces = lead, pieces
            self.text, self.font, self.size, self.leading = text, font, size, leading
            self.pitch = pitch or size
            self.indent, self.align, self.color, self.right_indent = indent, align, color, right_indent
            self.keepWithNext = keep_with_next
            self.middle = middle  # the glyphs in the middle of each line (in table cells), not at its top
            self._lines: list[Line] | None = None
            self._for_width = -1.0

        # -- layout ---------------------------------------------------------------------------------
        def face(self, char: str) -> str:
            return self.font if has_glyph(self.font, char) else BODY

        def face_at(self, char: str, index: int) -> str:
            """The face of the character at ``index`` of the text (the lead's, or the paragraph's)."""
            if self.lead and index < self.lead[0] and has_glyph(self.lead[1], char):
                return self.lead[1]
            return self.face(char)

        def ascent(self) -> float:
            """The font's ascent as a share of its size (as PDF readers place the type's top)."""
            from reportlab.pdfbase import pdfmetrics

            face = getattr(pdfmetrics.getFont(self.font), "face", None)
            return float(getattr(face, "ascent", 880)) / 1000

        def char_space(self) -> float:
            """The change to every character's advance that puts full-width ones on the grid."""
            return self.pitch - self.size

        def width_of(self, piece: str) -> float:
            space = self.char_space()
            return float(sum(stringWidth(ch, self.face(ch), self.size) + space for ch in piece))

        def lay_out(self, width: float) -> list[Line]:
            if self._lines is not None and abs(width - self._for_width) < FUZZ:
                return self._lines
            room = width - self.right_indent
            pieces: list[str] = []
            for piece in self.pieces(self.text.replace("\r", "").replace("\n", " ")):
                if len(piece) > 1 and self.width_of(piece) > room:  # a run longer than a line: by characters
                    pieces.extend(piece)
                else:
                    pieces.append(piece)
            spans = break_lines(pieces, self.width_of, room - self.indent * self.pitch, room)
            starts = [0]
            for piece in pieces:
                starts.append(starts[-1] + len(piece))
            self._lines = [
                Line(
                    "".join(pieces[a:b]),
                    sum(self.width_of(p) for p in pieces[a:b]),
                    i == len(spans) - 1,
                    starts[a],
                )
                for i, (a, b) in enumerate(spans)
            ] or [Line("", 0, True)]
            self._for_width = width
            return self._lines

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self.width = availWidth
            self.height = self.leading * len(self.lay_out(availWidth))
            return availWidth, self.height

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            lines = self.lay_out(availWidth)
            fit = int((availHeight + FUZZ) // self.leading)
            if fit <= 0 or fit >= len(lines):
                return [] if fit <= 0 else [self]
            return [self._part(lines[:fit], first=True), self._part(lines[fit:], first=False)]

        def _part(self, lines: list[Line], *, first: bool) -> Any:
            part = Text(
                "",
                self.font,
                self.size,
                self.leading,
                pitch=self.pitch,
                indent=self.indent if first else 0,
                align=self.align,
                color=self.color,
                right_indent=self.right_indent,
                middle=self.middle,
                lead=self.lead,
                pieces=self.pieces,
            )
            part._lines, part._for_width = lines, self._for_width
            return part

        # -- drawing --------------------------------------------------------------------------------
        def draw(self) -> None:
            canvas = self.canv
            lines = self.lay_out(self.width)
            room = self.width - self.right_indent
            # the glyphs hang from the top of their line, so the type area's top edge is the first
            # line's; what the line has over the type's size is the space below it
            baseline = self.height - (self.leading / 2 + 0.36 * self.size if self.middle else self.ascent() * self.size)
            if self.color:
                canvas.setFillColorRGB(*self.color)
            for index, line in enumerate(lines):
                indent = self.indent * self.pitch if index == 0 else 0
                free = room - indent - line.natural
                space = self.char_space()
                x = indent
                if self.align == "justify" and not line.last and len(line.text) > 1 and free > 0:
                    space += free / (len(line.text) - 1)
                elif self.align == "center":
                    x += free / 2
                elif self.align == "right":
                    x += free
                text = canvas.beginText(x, baseline - index * self.leading)
                text.setCharSpace(space)
                start = line.start

                def face(char: str, index: int, at: int = start) -> str:
                    return str(self.face_at(char, at + index))

                for face_name, run in _runs(line.text, face):
                    text.setFont(face_name, self.size)
                    text.textOut(run)
                canvas.drawText(text)

    class Joined(Flowable):
        """Headings kept with the paragraph after them: at a page foot they go on together with at
        least ``min_lines`` of its lines, or all move to the next page."""

        def __init__(self, head: list[Any], tail: Any, min_lines: int = 2):
            super().__init__()
            self.head, self.tail, self.min_lines = head, tail, min_lines
            self._heights: list[float] = []

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self._heights = [f.wrap(availWidth, availHeight)[1] for f in (*self.head, self.tail)]
            self.width, self.height = availWidth, sum(self._heights)
            return availWidth, self.height

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            self.wrap(availWidth, availHeight)
            above = sum(self._heights[:-1])
            lines = len(self.tail.lay_out(availWidth))
            need = above + self.tail.leading * min(self.min_lines, lines)
            if availHeight + FUZZ < need:
                return []
            parts = self.tail.split(availWidth, availHeight - above)
            if len(parts) != 2:
                return parts and [self]
            if len(parts[1].lay_out(availWidth)) < self.min_lines and lines > self.min_lines:
                # leave no single line alone on the next page: take one more line over with it
                parts = self.tail.split(availWidth, availHeight - above - self.tail.leading)
            return [Joined(self.head, parts[0], 0), parts[1]]

        def draw(self) -> None:
            y = self.height
            for flowable, height in zip((*self.head, self.tail), self._heights, strict=True):
                y -= height
                flowable.drawOn(self.canv, 0, y)

    class Ending(Flowable):
        """A paragraph with what must not stand alone after it (the 附件说明, the signature): at a page
        foot at least ``min_lines`` of its lines go over with them."""

        def __init__(self, text: Any, rest: list[Any], min_lines: int = 2):
            super().__init__()
            self.text, self.rest, self.min_lines = text, rest, min_lines
            self._heights: list[float] = []

        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            self._heights = [f.wrap(availWidth, availHeight)[1] for f in (self.text, *self.rest)]
            self.width, self.height = availWidth, sum(self._heights)
            return availWidth, self.height

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            self.wrap(availWidth, availHeight)
            if self.height <= availHeight + FUZZ:
                return [self]
            lines = len(self.text.lay_out(availWidth))
            keep = min(int((availHeight + FUZZ) // self.text.leading), lines - self.min_lines)
            if keep < self.min_lines:
                return []
            first, second = self.text.split(availWidth, keep * self.text.leading)
            return [first, Ending(second, self.rest, 0)]

        def draw(self) -> None:
            y = self.height
            for flowable, height in zip((self.text, *self.rest), self._heights, strict=True):
                y -= height
                flowable.drawOn(self.canv, 0, y)

    Text.Joined = Joined
    Text.Ending = Ending
    return Text


def keep_with_last(story: list[Any], rest: list[Any]) -> list[Any]:
    """``story`` followed by ``rest``, which goes to a page only with the end of the story's last
    paragraph (two lines of it at least), or with the whole of its last block."""
    from reportlab.platypus import KeepTogether

    if not rest:
        return story
    if not story:
        return rest
    last = story[-1]
    if _TEXT is not None and isinstance(last, _TEXT):
        return [*story[:-1], _TEXT.Ending(last, rest)]  # type: ignore[attr-defined]
    return [*story[:-1], KeepTogether([last, *rest])]


def join_headings(story: list[Any]) -> list[Any]:
    """The story with each run of keep-with-next text (titles, headings) joined to the paragraph
    after it (``Joined``); before anything else they keep reportlab's own keep-with-next."""
    if _TEXT is None:
        return story
    out: list[Any] = []
    run: list[Any] = []
    for flowable in story:
        if isinstance(flowable, _TEXT) and getattr(flowable, "keepWithNext", False):
            run.append(flowable)
            continue
        if run and isinstance(flowable, _TEXT):
            for f in run:
                f.keepWithNext = False
            out.append(_TEXT.Joined(run, flowable))  # type: ignore[attr-defined]
        else:
            out += run
            out.append(flowable)
        run = []
    return out + run


def _runs(text: str, face: Callable[[str, int], str]) -> list[tuple[str, str]]:
    """The text cut where its font changes (``face`` of a character and its index in ``text``)."""
    runs: list[tuple[str, str]] = []
    for index, char in enumerate(text):
        f = face(char, index)
        if runs and runs[-1][0] == f:
            runs[-1] = (f, runs[-1][1] + char)
        else:
            runs.append((f, char))
    return runs


_TEXT: type | None = None


def Text(*args: Any, **kwargs: Any) -> Any:
    """A ``Text`` flowable (see ``_text_class``)."""
    global _TEXT
    if _TEXT is None:
        _TEXT = _text_class()
    return _TEXT(*args, **kwargs)
