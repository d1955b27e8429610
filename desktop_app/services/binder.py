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
complete; on cancel or error that folder is removed, so nothing half-written remains.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import stat
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


@dataclass
class BinderResult:
    folder: Path
    entries: list[BinderEntry] = field(default_factory=list)
    chain_head: str = ""  # the history's chain head, printed in the index
    missing: list[evidence.EvidenceInfo] = field(default_factory=list)  # records whose file is gone
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
    name = f"迎检资料-{dt.date.today():%Y%m%d}"
    final = target / name
    n = 2
    while final.exists():
        final = target / f"{name}-{n}"
        n += 1
    the_store = evidence.store(db)
    folders = _item_folders(rs)
    try:
        target.mkdir(parents=True, exist_ok=True)
        partial = Path(tempfile.mkdtemp(prefix=".迎检资料-", dir=target))
    except OSError as exc:
        raise explain_os_error(exc, target) from exc
    result = BinderResult(final)
    try:
        used: set[str] = set()
        for index, record in enumerate(records):
            check(progress, index, len(records) + 2, record.title)
            source = the_store.path_of(record.sha256)
            if not source.exists():
                result.missing.append(record)
                continue
            Path(long_path(partial.joinpath(*folders[record.item]))).mkdir(parents=True, exist_ok=True)
            suffix = Path(record.original_name).suffix.lower()
            base = safe_name(f"({record.item})-{record.unit or '未指定单位'}-{record.title}", 60 - len(suffix))
            relative = _unique((Path(*folders[record.item]) / (base + suffix)).as_posix(), used)
            copied = long_path(partial / relative)
            shutil.copyfile(source, copied)
            os.chmod(copied, stat.S_IREAD | stat.S_IWRITE | stat.S_IRGRP | stat.S_IROTH)
            result.entries.append(BinderEntry(record.item, items[record.item].text, record, relative))
        check(progress, len(records), len(records) + 2, INDEX_XLSX)
        _write_manifest(partial, result)
        _write_xlsx(partial / INDEX_XLSX, rs.name, result)
        check(progress, len(records) + 1, len(records) + 2, INDEX_PDF)
        from desktop_app.reports.binder_index import write_index_docx, write_index_pdf
        from desktop_app.services.history import chain_head

        result.chain_head = chain_head(db)
        write_index_pdf(partial / INDEX_PDF, rs, result)
        write_index_docx(partial / INDEX_DOCX, rs, result)
        gaps_pdf = final.with_name(final.name.replace("迎检资料", "尚缺材料清单", 1) + ".pdf")
        _write_gaps(db, gaps_pdf, result)
        os.replace(partial, final)
        result.gaps_pdf = gaps_pdf
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise explain_os_error(exc, target) from exc
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)  # cancelled or failed: nothing half-written remains
        raise
    check(progress, len(records) + 2, len(records) + 2)
    return result


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


def _write_manifest(folder: Path, result: BinderResult) -> None:
    files = []
    for entry in result.entries:
        digest = hashlib.sha256(Path(long_path(folder / entry.path)).read_bytes()).hexdigest()
        files.append(
            {
                "path": entry.path,
                "sha256": digest,
                "size": entry.record.size,
                "item": entry.no,
                "evidence_id": entry.record.id,
            }
        )
    manifest = {"created_at": dt.datetime.now().isoformat(timespec="seconds"), "files": files}
    (folder / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")


def _write_xlsx(path: Path, title: str, result: BinderResult) -> None:
    from openpyxl import Workbook

    from desktop_app.exchange.xlsx_io import as_data, write_table

    wb = Workbook()
    ws = wb.active
    ws.title = "迎检资料目录"
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
    ]
    rows = [
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
        ]
        for e in result.entries
    ]
    write_table(ws, f"{title} 迎检资料目录", headers, rows, [7, 36, 14, 28, 18, 11, 9, 9, 9, 48, 12, 66])
    as_data(wb)
    wb.save(path)
