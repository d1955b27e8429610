"""Filing a unit's evidence folder (or the zip it sent) in one step: match, preview, confirm, file.

``prepare`` unpacks a zip into a temporary folder, matches every file to an item of the
campaign's rule set (core.evidence_folder) and files nothing. The clerk looks at the matches,
corrects any (``FolderPlan.choose``), and ``file`` then files the matched files for the unit,
each in its own transaction. The plan holds the temporary folder until it is closed.
"""

from __future__ import annotations

import dataclasses
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from desktop_app.core.errors import KnownError
from desktop_app.core.evidence_folder import FileMatch, FolderMatch, items_of, match_folder
from desktop_app.core.i18n import tr
from desktop_app.core.progress import Progress
from desktop_app.core.unzip import unpack
from desktop_app.services import evidence, rulesets
from desktop_app.storage.database import Database

ARCHIVE_SUFFIXES = frozenset((".zip",))
REFUSED_ARCHIVES = frozenset((".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz"))


@dataclass
class FolderPlan:
    source: Path
    unit: str | None  # the unit that sent it; may be chosen after the matching, before filing
    match: FolderMatch
    items: dict[int, str]  # every item of the rule set: number → its words, for the clerk's choice
    root: Path
    _temp: tempfile.TemporaryDirectory[str] | None = field(default=None, repr=False)

    @property
    def files(self) -> list[FileMatch]:
        return self.match.files

    def choose(self, relative: str, item: int | None) -> None:
        """The clerk's correction: file ``relative`` under ``item`` (None: leave it out)."""
        if item is not None and item not in self.items:
            raise KnownError(tr("EvidenceFolder", "The rule set has no item ({0}).").format(item))
        for f in self.match.files:
            if f.relative == relative:
                f.item = item
                f.left_out = item is None
                f.reason = (
                    tr("EvidenceFolder", "chosen by hand: item ({0})").format(item)
                    if item is not None
                    else tr("EvidenceFolder", "left out by hand")
                )
                return
        raise KnownError(tr("EvidenceFolder", "“{0}” is not a file of this folder.").format(relative))

    def suggest(self, db: Database, progress: Progress | None = None) -> int:
        """For each file no name placed, the items its own text suggests (services.suggestions), as
        candidates the clerk takes or not — nothing is filed under them unchosen. Returns how many
        files got suggestions."""
        from desktop_app.core.progress import check
        from desktop_app.exchange import textextract
        from desktop_app.services import suggestions
        from desktop_app.services.extraction import SECONDS_PER_FILE, Reader

        todo = [f for f in self.match.files if f.item is None and not f.left_out and not f.candidates]
        if not todo:
            return 0
        index = suggestions.item_index(db)
        reader = Reader()
        found = 0
        try:
            for n, f in enumerate(todo):
                check(progress, n, len(todo), f.relative)
                read = reader.read(str(f.path), f.path.name, SECONDS_PER_FILE)
                text = read.text if read.state == textextract.DONE else ""
                made = suggestions.for_text(db, text, f.path.stem, index=index)
                if made.items and f.item is None and not f.left_out:  # the clerk may have chosen meanwhile
                    f.candidates = tuple(i.no for i in made.items)
                    best = made.items[0]
                    words = "、".join(best.words[:3])
                    f.reason = tr("EvidenceFolder", "its text suggests item ({0}) (shared words: {1})").format(
                        best.no, words
                    )
                    found += 1
            check(progress, len(todo), len(todo))
        finally:
            reader.close()
        return found

    def take_suggestions(self) -> int:
        """Every suggested item taken at once, for the files no name placed; returns how many."""
        taken = 0
        for f in self.match.files:
            if f.item is None and not f.left_out and f.candidates:
                f.item = f.candidates[0]
                f.reason = tr("EvidenceFolder", "item ({0}) taken from its text's suggestion").format(f.item)
                taken += 1
        return taken

    def close(self) -> None:
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None

    def __enter__(self) -> FolderPlan:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


def prepare(db: Database, source: Path, *, unit: str | None = None) -> FolderPlan:
    """Match the files of the folder or zip ``source`` sent by ``unit``; nothing is filed."""
    source = Path(source)
    evidence.check_unit(db, unit)  # an unknown unit is said before any work
    if not source.exists():
        raise KnownError(tr("EvidenceFolder", "“{0}” does not exist.").format(source))
    temp: tempfile.TemporaryDirectory[str] | None = None
    if source.is_dir():
        root = source
    elif source.suffix.lower() in ARCHIVE_SUFFIXES:
        temp = tempfile.TemporaryDirectory(prefix="fsdesk-unzip-")
        root = Path(temp.name) / "folder"
        try:
            unpack(source, root)
        except BaseException:
            temp.cleanup()
            raise
    elif source.suffix.lower() in REFUSED_ARCHIVES:
        raise KnownError(
            tr("EvidenceFolder", "“{0}” is a {1} archive; unpack it first, or ask the unit for a .zip.").format(
                source.name, source.suffix.lstrip(".").upper()
            )
        )
    else:
        raise KnownError(
            tr("EvidenceFolder", "“{0}” is neither a folder nor a .zip file; add single files under an item.").format(
                source.name
            )
        )
    rs = rulesets.load(db)
    match = match_folder(root, rs, source.stem if source.is_file() else source.name)
    plan = FolderPlan(source, unit, match, {r.no: r.text for r in items_of(rs)}, root, temp)
    if not match.files:
        plan.close()
        raise KnownError(tr("EvidenceFolder", "“{0}” holds no files to file.").format(source.name))
    return plan


def file(
    db: Database,
    plan: FolderPlan,
    *,
    meta: evidence.EvidenceMeta | None = None,
    progress: Progress | None = None,
) -> evidence.AddResult:
    """File the plan's matched files for its unit; the files left unmatched are not touched."""
    if not plan.unit:
        raise KnownError(tr("EvidenceFolder", "Choose the unit that sent the folder before filing it."))
    chosen = [f for f in plan.files if f.item is not None]
    meta = meta or evidence.EvidenceMeta()
    if meta.period:  # the clerk named the month: it holds for every file
        return evidence.file_each(
            db, [(f.path, f.item) for f in chosen if f.item], unit=plan.unit, meta=meta, progress=progress
        )
    # each file under the month its folder's name says (2023年5月报送), the others under this month
    by_period: dict[str | None, list[tuple[Path, int]]] = {}
    for f in chosen:
        if f.item is not None:
            by_period.setdefault(f.period, []).append((f.path, f.item))
    result = evidence.AddResult()
    for period, files in by_period.items():
        done = evidence.file_each(
            db, files, unit=plan.unit, meta=dataclasses.replace(meta, period=period), progress=progress
        )
        result.added += done.added
        result.skipped += done.skipped
        result.reused += done.reused
        if done.cancelled:
            result.cancelled = True
            break
    return result
