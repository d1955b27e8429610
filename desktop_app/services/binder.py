"""The inspection binder (迎检资料): every piece of evidence in folders numbered like the rule set.

``export`` writes ``<DIR>/迎检资料-<date>/``:

* ``一、基础工作/1. 党政同责/(1) 落实…/(1)-市食安办-标题.pdf`` — category / point / item, files
  named ``(项号)-单位-标题.ext``;
* ``迎检资料目录.xlsx`` — every file with its metadata and SHA-256;
* ``manifest.json`` — every file with its SHA-256 and size;
* ``迎检资料目录.pdf`` — the printed index with a table of contents, of the items that have materials,
  and ``迎检资料目录.docx``, the same as an editable Word copy;

and beside that folder, for the office and not for the inspectors, ``尚缺材料清单-<date>.pdf`` (and its
table as ``.xlsx``): each item whose responsible units have not all filed materials, with those units.

The binder is built in a hidden folder beside the target and renamed into place only when
complete; on cancel or error that folder is removed, so nothing half-written remains. Files are
copied several at once and each copy's SHA-256 checked against what was filed: a file gone from the
store or changed in it is listed, not put in the binder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import KnownError, explain_os_error
from desktop_app.core.evidence import REVIEW_PASSED, safe_name
from desktop_app.core.i18n import tr
from desktop_app.core.progress import Progress, check
from desktop_app.core.ruleset import Item
from desktop_app.services import evidence, rulesets
from desktop_app.storage.database import Database
from desktop_app.storage.filestore import long_path

PARTIAL_PREFIX = ".迎检资料-"  # the hidden folder a binder is built in
INDEX_XLSX = "迎检资料目录.xlsx"
INDEX_PDF = "迎检资料目录.pdf"
INDEX_DOCX = "迎检资料目录.docx"
MANIFEST = "manifest.json"


@dataclass
class BinderEntry:
    no: int
    item_text: str
    record: evidence.EvidenceInfo
    path: str  # relative to the binder folder, with forward slashes
    same: int = 0  # files of one document (a scan and its typed original …) share a number (同文1)


@dataclass
class BinderResult:
    folder: Path
    entries: list[BinderEntry] = field(default_factory=list)
    chain_head: str = ""  # the history's chain head, printed in the index
    missing: list[evidence.EvidenceInfo] = field(default_factory=list)  # records whose file is gone
    altered: list[evidence.EvidenceInfo] = field(default_factory=list)  # whose file's content changed
    gaps_pdf: Path | None = None  # the 尚缺材料清单, beside the binder
    gaps: int = 0  # how many items it lists


def _item_folders(rs) -> dict[int, tuple[str, ...]]:
    folders: dict[int, tuple[str, ...]] = {}
    # short names: Windows paths stop at 260 characters unless the reader's program knows better
    for c in rs.categories:
        category = safe_name(f"{c.code}、{c.name}", 16)
        for p in c.points:
            point = safe_name(f"{p.code}. {p.name}", 24)
            for i in p.items:
                folders[i.no] = (category, point, safe_name(f"({i.no}) {i.text}", 28))
    for i in rs.veto_items:
        folders[i.no] = (safe_name("六、否决项", 16), safe_name(f"({i.no}) {i.text}", 28))
    return folders


def export(db: Database, target: Path, *, passed_only: bool = False, progress: Progress | None = None) -> BinderResult:
    """Write the binder into a new folder inside ``target``; returns what it holds."""
    rs = rulesets.load(db)
    items: dict[int, Item] = {i.no: i for i in rs.items()}
    records = sorted(evidence.list_evidence(db), key=lambda r: (r.item, r.unit, r.title, r.id))
    if passed_only:
        records = [r for r in records if r.review_state == REVIEW_PASSED]
    if not records:
        raise KnownError(tr("Binder", "There is no evidence to export yet."))
    target = Path(target)
    final = target / f"迎检资料-{dt.date.today():%Y%m%d}"
    the_store = evidence.store(db)
    folders = _item_folders(rs)
    try:
        target.mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(prefix=PARTIAL_PREFIX, dir=target))
        _claim(partial)
    except OSError as exc:
        raise explain_os_error(exc, target) from exc
    result = BinderResult(final)
    total = len(records) + 3  # the files, then the index workbook, the printed index and its Word copy
    try:
        jobs = _plan(records, items, folders, partial, the_store, progress)
        digests = _copy(jobs, progress, total)
        _keep_sound(jobs, digests, result)
        same_documents(db, result.entries)
        check(progress, len(records), total, tr("Binder", "Writing {0}…").format(INDEX_XLSX))
        _write_manifest(partial, result)
        _write_xlsx(partial / INDEX_XLSX, rs.name, result)
        check(progress, len(records) + 1, total, tr("Binder", "Writing {0}…").format(INDEX_PDF))
        from desktop_app.reports.binder_index import write_index_docx, write_index_pdf
        from desktop_app.services.history import chain_head

        result.chain_head = chain_head(db)
        write_index_pdf(partial / INDEX_PDF, rs, result)
        check(progress, len(records) + 2, total, tr("Binder", "Writing {0}…").format(INDEX_DOCX))
        write_index_docx(partial / INDEX_DOCX, rs, result)
        gaps_pdf = final.with_name(final.name.replace("迎检资料", "尚缺材料清单", 1) + ".pdf")
        _write_gaps(db, gaps_pdf, result)
        (partial / OWNER).unlink()
        _put_in_place(partial, final)
        result.gaps_pdf = gaps_pdf
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise explain_os_error(exc, target) from exc
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)  # cancelled or failed: nothing half-written remains
        raise
    check(progress, total, total)
    return result


OWNER = ".正在导出"  # in a binder being built: which process on which PC builds it


def _claim(partial: Path) -> None:
    import socket

    owner = {"pid": os.getpid(), "host": socket.gethostname(), "started": dt.datetime.now().isoformat()}
    (partial / OWNER).write_text(json.dumps(owner), encoding="utf-8")


def _put_in_place(partial: Path, final: Path) -> None:
    """The complete binder under its name; one exported there before (the same day) is replaced only
    now, and kept if it cannot be moved aside (a file of it open in another program)."""
    if not final.exists():
        os.replace(partial, final)
        return
    aside = Path(tempfile.mkdtemp(prefix=PARTIAL_PREFIX + "旧-", dir=final.parent))
    try:
        os.replace(final, aside / final.name)
    except OSError as exc:
        shutil.rmtree(aside, ignore_errors=True)
        raise KnownError(
            tr("Binder", "The binder exported before in {0} could not be replaced: close its files in other "
               "programs and export again. It is kept as it was.").format(final)
        ) from exc  # fmt: skip
    try:
        os.replace(partial, final)
    except OSError:
        os.replace(aside / final.name, final)  # the earlier one back in its place
        shutil.rmtree(aside, ignore_errors=True)
        raise
    shutil.rmtree(aside, ignore_errors=True)


def leftovers(folder: Path) -> list[Path]:
    """Binders left half-built in ``folder`` by an export that was killed or lost its power: hidden
    folders whose exporting process is no longer running on this PC (or, from another PC, that began
    more than a day ago). An export still running is never among them."""
    import socket

    found = []
    try:
        candidates = [p for p in Path(folder).iterdir() if p.is_dir() and p.name.startswith(PARTIAL_PREFIX)]
    except OSError:
        return []
    for candidate in candidates:
        try:
            owner = json.loads((candidate / OWNER).read_text(encoding="utf-8"))
            pid, host, started = int(owner["pid"]), str(owner["host"]), dt.datetime.fromisoformat(owner["started"])
        except (OSError, ValueError, KeyError, TypeError):
            found.append(candidate)  # no owner said (or a folder moved aside and not removed): left over
            continue
        if host == socket.gethostname():
            if not _running(pid):
                found.append(candidate)
        elif dt.datetime.now() - started > dt.timedelta(days=1):
            found.append(candidate)
    return sorted(found)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def folder_size(folder: Path) -> int:
    """Bytes under ``folder`` (what removing it frees)."""
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(root, name))
            except OSError:
                continue
    return total


def remove_leftovers(found: list[Path]) -> None:
    """Remove the half-built binders ``leftovers`` found."""
    for path in found:
        shutil.rmtree(path, ignore_errors=True)


@dataclass(slots=True)
class _Job:
    source: str
    target: str
    entry: BinderEntry


def _plan(records, items, folders, partial: Path, the_store, progress) -> list[_Job]:
    """Where each record's file goes (its item's folder, a name of its own) and where it comes from,
    in the binder's order; the folders made once each."""
    used: set[str] = set()
    made: set[str] = set()
    sources: dict[str, str] = {}
    root = long_path(partial)
    jobs = []
    for index, record in enumerate(records):
        if index % 50 == 0:  # the chance to cancel (a server store fetches files here); the count starts later
            check(progress, 0, len(records) + 3, tr("Binder", "Preparing the folders…"))
        source = sources.get(record.sha256)
        if source is None:  # a file kept once in the store may be filed under several items or units
            source = sources[record.sha256] = str(the_store.path_of(record.sha256))
        folder = "/".join(folders[record.item])
        if folder not in made:
            os.makedirs(os.path.join(root, *folders[record.item]), exist_ok=True)
            made.add(folder)
        suffix = os.path.splitext(record.original_name)[1].lower()
        base = safe_name(f"({record.item})-{record.unit or '未指定单位'}-{record.title}", 60 - len(suffix))
        relative = _unique(f"{folder}/{base}{suffix}", used)
        entry = BinderEntry(record.item, items[record.item].text, record, relative)
        jobs.append(_Job(source, os.path.join(root, *relative.split("/")), entry))
    return jobs


COPIERS = 4  # files copied at once: creating a file waits on the disk, and the waits overlap


def _copy(jobs: list[_Job], progress, total: int) -> list[str | None]:
    """Copy every file to its place and read each copy's SHA-256, several at once; None for a file
    gone from the store. A cancel stops the copying between files."""
    from concurrent.futures import ThreadPoolExecutor

    def copy(job: _Job) -> str | None:
        try:
            shutil.copyfile(job.source, job.target)
        except FileNotFoundError:
            return None
        digest = hashlib.sha256()
        with open(job.target, "rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
        return digest.hexdigest()

    pool = ThreadPoolExecutor(max_workers=COPIERS, thread_name_prefix="binder-copy")
    try:
        digests: list[str | None] = []
        for start in range(0, len(jobs), 64):  # a batch at a time: no 50,000 waiting futures
            check(progress, start, total, tr("Binder", "Copying files: {0} of {1}").format(start, len(jobs)))
            digests += pool.map(copy, jobs[start : start + 64])
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return digests


def _keep_sound(jobs: list[_Job], digests: list[str | None], result: BinderResult) -> None:
    """The binder's entries: each file copied whole; a file gone from the store, or whose content is
    no longer what was filed (its SHA-256 differs), is listed instead and left out."""
    for job, digest in zip(jobs, digests, strict=True):
        if digest is None:
            result.missing.append(job.entry.record)
        elif digest != job.entry.record.sha256:
            os.remove(job.target)
            result.altered.append(job.entry.record)
        else:
            result.entries.append(job.entry)


def _write_gaps(db: Database, path: Path, result: BinderResult) -> None:
    from desktop_app.reports.binder_index import write_gaps
    from desktop_app.services import campaigns, coverage

    info = campaigns.require(db)
    found = coverage.gaps(db)
    write_gaps(path, info.name, info.office or "创建办", dt.date.today(), found, xlsx=path.with_suffix(".xlsx"))
    result.gaps = len(found)


def _unique(relative: str, used: set[str]) -> str:
    candidate, n = relative, 2
    stem, dot, suffix = relative.rpartition(".") if "." in relative.rsplit("/", 1)[-1] else (relative, "", "")
    while candidate.lower() in used:
        candidate = f"{stem}({n}){dot}{suffix}"
        n += 1
    used.add(candidate.lower())
    return candidate


def same_documents(db: Database, entries: list[BinderEntry]) -> int:
    """Number the entries whose files are one document by their text (core.near_dupes): a scan and
    its typed original, one 通知 scanned by two units. Both stay in the binder, marked 同文n; returns how
    many such documents there are."""
    from sqlalchemy import select

    from desktop_app.core import near_dupes
    from desktop_app.storage.models import EvidenceText

    shas = sorted({e.record.sha256 for e in entries})
    texts: dict[str, str] = {}
    with db.read() as session:
        for start in range(0, len(shas), 900):
            chosen = shas[start : start + 900]
            texts.update(
                session.execute(
                    select(EvidenceText.sha256, EvidenceText.text).where(
                        EvidenceText.sha256.in_(chosen), EvidenceText.text != ""
                    )
                ).all()
            )
    number = {sha: n for n, group in enumerate(near_dupes.groups(texts), start=1) for sha in group}
    for entry in entries:
        entry.same = number.get(entry.record.sha256, 0)
    return len(set(number.values()))


def _write_manifest(folder: Path, result: BinderResult) -> None:
    """manifest.json: every file with its SHA-256 (its copy's, read back and found equal to what was
    filed), size, item and record, written as it goes."""
    with open(folder / MANIFEST, "w", encoding="utf-8") as fh:
        fh.write(f'{{"created_at": "{dt.datetime.now().isoformat(timespec="seconds")}",\n "files": [')
        for n, entry in enumerate(result.entries):
            record = {"path": entry.path, "sha256": entry.record.sha256, "size": entry.record.size,
                      "item": entry.no, "evidence_id": entry.record.id}  # fmt: skip
            if entry.same:
                record["same_document"] = entry.same
            fh.write(("\n  " if n == 0 else ",\n  ") + json.dumps(record, ensure_ascii=False))
        fh.write("\n ]\n}\n")


def _write_xlsx(path: Path, title: str, result: BinderResult) -> None:
    from desktop_app.exchange.xlsx_io import write_long_table

    headers = [
        "项号",
        "评价内容",
        "责任单位",
        "标题",
        "文号",
        "形成日期",
        "类别",
        "所属月份",
        "审核状态",
        "文件",
        "大小（字节）",
        "SHA-256",
        "同一文件",
    ]
    rows = (
        [
            f"({e.no})",
            e.item_text,
            e.record.unit,
            e.record.title,
            e.record.doc_no,
            e.record.doc_date.isoformat() if e.record.doc_date else "",
            e.record.category,
            e.record.period,
            e.record.review_state,
            e.path,
            e.record.size,
            e.record.sha256,
            f"同文{e.same}" if e.same else "",
        ]
        for e in result.entries
    )
    widths = [7, 36, 14, 28, 18, 11, 9, 9, 9, 48, 12, 66, 9]
    write_long_table(path, "迎检资料目录", f"{title} 迎检资料目录", headers, rows, widths, wrap=(1, 3, 9))
