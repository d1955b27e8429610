"""Which indicator item each file of a unit's evidence folder belongs to.

Units name their folders in many ways: by item number — ``(16)…``, ``16、…``, ``第16项``,
``16-…`` —, by evaluation point — ``1.党政同责`` —, by the item's own words, or a mix of these
at different depths. Each file is matched by the clues its path gives, the deepest clue first:

* an item number in a folder name (any of the forms above), or in the file's own name when it
  is written unmistakably — ``(16)…`` or ``第16项…`` (a file called ``1.会议纪要.pdf`` is the
  first file of its folder, not item 1);
* a number with words after it is read as a point when the words are the point's name, as the
  item otherwise;
* a point's name: the file is the point's only item, or the item of that point whose words
  the file or folder names;
* the words of one item, clearly more like it than any other.

Every match carries its reason, shown to the clerk before anything is filed; a file with no
clue, or with clues that disagree, is left for the clerk to choose. Nothing here reads a
database or imports Qt.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from desktop_app.core.evidence import is_junk, period_in
from desktop_app.core.i18n import tr
from desktop_app.core.ruleset import RuleSet

#: folders a packing program adds that hold no evidence
JUNK_FOLDERS = frozenset(("__macosx", "$recycle.bin", "system volume information", ".git"))

_SEPARATORS = r"[\s\-_—–、.．,，:：)）]"
_PAREN_NO = re.compile(r"^[(（\[【〔]\s*(\d{1,3})\s*[)）\]】〕]\s*(.*)$")
_ORDINAL_NO = re.compile(r"^第\s*(\d{1,3})\s*(项|条)\s*(.*)$")
#: an item number anywhere in a file's name when written unmistakably: 会议纪要（第2项）, 台账【第16项】
_ORDINAL_ANYWHERE = re.compile(r"[(（\[【〔]\s*第\s*(\d{1,3})\s*项\s*[)）\]】〕]|第\s*(\d{1,3})\s*项")
_BARE_NO = re.compile(rf"^(\d{{1,3}})(?:{_SEPARATORS}+(.*)|$)")
_CATEGORY = re.compile(r"^[一二三四五六七八九十]+\s*[、.．]")
_PUNCTUATION = re.compile(r"[\s\W_]+")
_SCORE = re.compile(r"[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]")

SURE_TEXT = 0.6  # share of a name's character pairs found in an item's words to count as that item
MARGIN = 0.15  # and by this much more than the next item
MIN_WORDS = 4  # shorter names (会议, 台账) say nothing about the item


@dataclass(frozen=True)
class ItemRef:
    no: int
    text: str
    point: str  # the point's code, "" for a veto item
    point_name: str


@dataclass(frozen=True)
class _Clue:
    kind: str  # "item" or "point"
    value: str  # item number or point code
    reason: str


@dataclass
class FileMatch:
    path: Path  # the file on disk
    relative: str  # as shown: the path inside the folder sent, with "/"
    item: int | None
    reason: str
    candidates: tuple[int, ...] = ()  # the items it may be, when it is left to the clerk
    left_out: bool = False  # the clerk chose not to file it
    period: str | None = None  # the month its folder's name says (2023年5月报送), else the clerk's

    @property
    def matched(self) -> bool:
        return self.item is not None


@dataclass
class FolderMatch:
    files: list[FileMatch] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # junk passed over, as relative paths

    @property
    def unmatched(self) -> list[FileMatch]:
        return [f for f in self.files if not f.matched and not f.left_out]

    def by_item(self) -> dict[int, list[FileMatch]]:
        groups: dict[int, list[FileMatch]] = {}
        for f in self.files:
            if f.item is not None:
                groups.setdefault(f.item, []).append(f)
        return dict(sorted(groups.items()))


def items_of(rs: RuleSet) -> list[ItemRef]:
    refs = [ItemRef(i.no, i.text, p.code, p.name) for p in rs.points() for i in p.items]
    refs += [ItemRef(i.no, i.text, "", "") for i in rs.veto_items]
    return sorted(refs, key=lambda r: r.no)


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _letters(text: str) -> str:
    return _PUNCTUATION.sub("", _SCORE.sub("", _plain(text))).casefold()


@lru_cache(maxsize=4096)
def _pairs(text: str) -> frozenset[str]:
    letters = _letters(text)
    return frozenset(letters[i : i + 2] for i in range(len(letters) - 1)) or frozenset([letters] if letters else [])


def _likeness(name: str, text: str) -> float:
    """How much of ``name`` is found in ``text`` (0…1), by pairs of characters."""
    mine = _pairs(name)
    return len(mine & _pairs(text)) / len(mine) if mine else 0.0


class Matcher:
    """Matches the names of one rule set; made once per folder, it remembers each folder's clue."""

    def __init__(self, rs: RuleSet):
        self.items = items_of(rs)
        self.by_no = {r.no: r for r in self.items}
        self.points: dict[str, list[ItemRef]] = {}
        for r in self.items:
            if r.point:
                self.points.setdefault(r.point, []).append(r)
        self.point_names = {code: refs[0].point_name for code, refs in self.points.items()}
        self.categories = [c.name for c in rs.categories]
        self._folder_clues: dict[str, _Clue | None] = {}

    # -- one name -------------------------------------------------------------------------------
    def _number_clue(self, name: str, *, folder: bool) -> _Clue | None:
        plain = _plain(name)
        for pattern in (_PAREN_NO, _ORDINAL_NO):
            m = pattern.match(plain)
            if m and int(m.group(1)) in self.by_no:
                return _Clue("item", m.group(1), _names_item(name, m.group(1)))
        anywhere = _ORDINAL_ANYWHERE.search(plain)
        if anywhere:
            no = anywhere.group(1) or anywhere.group(2)
            if int(no) in self.by_no:
                return _Clue("item", no, _names_item(name, no))
        if not folder:
            return None  # a bare number in a file's name is its order in the folder
        m = _BARE_NO.match(plain)
        if not m:
            return None
        no, words = m.group(1), (m.group(2) or "").strip()
        point_name = self.point_names.get(no)
        if point_name and words and _likeness(point_name, words) >= 0.99:
            return _Clue("point", no, _names_point(name, no, point_name))
        if int(no) in self.by_no:
            return _Clue("item", no, _names_item(name, no))
        return None

    def _words_clue(self, name: str) -> _Clue | None:
        words = _plain(name)
        if len(_letters(words)) < 2 or _CATEGORY.match(words):
            return None
        for code, point_name in self.point_names.items():
            if _letters(point_name) and _letters(point_name) == _letters(_SCORE.sub("", words)):
                return _Clue("point", code, _names_point(name, code, point_name))
        best = self._best_item(words, self.items) if len(_letters(words)) >= MIN_WORDS else None
        if best is not None:
            reason = tr("EvidenceFolder", "“{0}” reads like item ({1})").format(name, best.no)
            return _Clue("item", str(best.no), reason)
        return None

    def _best_item(self, words: str, among: Iterable[ItemRef]) -> ItemRef | None:
        scored = sorted(((_likeness(words, r.text), r.no) for r in among), reverse=True)
        if not scored or scored[0][0] < SURE_TEXT:
            return None
        if len(scored) > 1 and scored[0][0] - scored[1][0] < MARGIN:
            return None
        return self.by_no[scored[0][1]]

    def folder_clue(self, name: str) -> _Clue | None:
        if name not in self._folder_clues:
            self._folder_clues[name] = self._number_clue(name, folder=True) or self._words_clue(name)
        return self._folder_clues[name]

    def file_clue(self, name: str) -> _Clue | None:
        stem = Path(name).stem
        return self._number_clue(stem, folder=False) or self._words_clue(_strip_order(stem))

    # -- one file -------------------------------------------------------------------------------
    def match(self, parts: list[str]) -> tuple[int | None, str, tuple[int, ...]]:
        """The item for a file at ``parts`` (folders, then the file's name): item, reason, candidates."""
        clues = [self.file_clue(parts[-1])] + [self.folder_clue(p) for p in reversed(parts[:-1])]
        found = [c for c in clues if c is not None]
        item_clue = next((c for c in found if c.kind == "item"), None)
        point_clue = next((c for c in found if c.kind == "point"), None)
        if item_clue is not None:
            no = int(item_clue.value)
            if point_clue is not None and self.by_no[no].point != point_clue.value:
                # the item was named by number under a point it does not belong to: ask
                return (
                    None,
                    tr("EvidenceFolder", "{0}, but also {1}; choose the item").format(
                        item_clue.reason, point_clue.reason
                    ),
                    (no, *(r.no for r in self.points[point_clue.value])),
                )
            return no, item_clue.reason, ()
        if point_clue is not None:
            refs = self.points[point_clue.value]
            if len(refs) == 1:
                return refs[0].no, point_clue.reason + tr("EvidenceFolder", " (its only item)"), ()
            words = " ".join(_strip_order(Path(p).stem) for p in parts[-1:])
            best = self._best_item(words, refs)
            if best is not None:
                return (
                    best.no,
                    point_clue.reason + tr("EvidenceFolder", ", and the name reads like item ({0})").format(best.no),
                    (),
                )
            return (
                None,
                point_clue.reason
                + tr("EvidenceFolder", "; the point has items {0}: choose one").format(
                    "、".join(f"({r.no})" for r in refs)
                ),
                tuple(r.no for r in refs),
            )
        return None, tr("EvidenceFolder", "no item number, point or item words in its name or folders"), ()


def _names_item(name: str, no: str) -> str:
    return tr("EvidenceFolder", "“{0}” names item ({1})").format(name, no)


def _names_point(name: str, code: str, point_name: str) -> str:
    return tr("EvidenceFolder", "“{0}” names point {1}. {2}").format(name, code, point_name)


_ORDER = re.compile(r"^\d{1,3}\s*[\-_、.．)）]\s*")


def _strip_order(stem: str) -> str:
    return _ORDER.sub("", _plain(stem))


def walk(root: Path) -> tuple[list[tuple[Path, list[str]]], list[str]]:
    """The files of a folder tree in path order, as (path, parts inside ``root``); and the junk passed over."""
    root = Path(root)
    files: list[tuple[Path, list[str]]] = []
    skipped: list[str] = []
    for folder, dirs, names in os.walk(root):
        here = Path(folder)
        inside = list(here.relative_to(root).parts)
        keep = []
        for d in sorted(dirs):
            if d.casefold() in JUNK_FOLDERS or d.startswith("."):
                skipped.append("/".join([*inside, d]) + "/")
            else:
                keep.append(d)
        dirs[:] = keep
        for name in sorted(names):
            if is_junk(Path(name)) or (here / name).is_symlink():  # a link is not followed out of the folder
                skipped.append("/".join([*inside, name]))
            else:
                files.append((here / name, [*inside, name]))
    files.sort(key=lambda f: f[1])
    return files, sorted(skipped)


def match_folder(root: Path, rs: RuleSet, name: str = "") -> FolderMatch:
    """Match every file under ``root`` to an item of ``rs``; each file's period is the month the
    nearest folder names (2023年5月报送), ``name`` (the folder or zip sent) last."""
    matcher = Matcher(rs)
    files, skipped = walk(root)
    result = FolderMatch(skipped=skipped)
    for path, parts in files:
        item, reason, candidates = matcher.match(parts)
        period = next((p for p in (period_in(f) for f in reversed([name, *parts[:-1]])) if p), None)
        result.files.append(FileMatch(path, "/".join(parts), item, reason, candidates, period=period))
    return result
