"""What the program suggests for a document being filed: its fields (文号, 发文机关, 标题, 成文日期) read
from its own text, and the three items of the campaign's rule set it most likely serves, with the
words that matched. Suggestions only: the filing dialog, the folder preview and ``evidence suggest``
show them for the clerk to accept; nothing is filled in without a person's word."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop_app.core import doc_fields, item_match
from desktop_app.core.doc_fields import DocFields
from desktop_app.services import ocr
from desktop_app.storage.database import Database
from desktop_app.storage.models import Campaign, ItemRow, Task, TaskItem

if TYPE_CHECKING:
    from desktop_app.exchange.textextract import Extracted

SECONDS_PER_FILE = 120


@dataclass(frozen=True)
class ItemSuggestion:
    no: int
    text: str  # the item's own words, for the list
    words: tuple[str, ...]  # what the document shares with it


@dataclass
class Suggestions:
    fields: DocFields = field(default_factory=DocFields)
    items: list[ItemSuggestion] = field(default_factory=list)
    text_state: str = "done"  # done / none / failed: whether there was text to read
    reason: str = ""


def item_index(db: Database) -> tuple[item_match.ItemIndex, dict[int, str]]:
    """The campaign's items as the ranking reads them (with the titles of the tasks linked to each),
    and each item's text by number."""
    with db.read() as session:
        rows = session.execute(
            select(ItemRow.id, ItemRow.no, ItemRow.text, ItemRow.methods, ItemRow.basic_task)
            .join(Campaign, Campaign.rule_set_id == ItemRow.rule_set_id)
            .order_by(ItemRow.no)
        ).all()
        linked: dict[int, list[str]] = {}
        for item_id, title in session.execute(
            select(TaskItem.item_id, Task.title).join(Task, Task.id == TaskItem.task_id)
        ):
            linked.setdefault(item_id, []).append(title)
    candidates = item_match.candidates(
        [
            (no, text, list(methods or []), basic or "", linked.get(item_id, []))
            for item_id, no, text, methods, basic in rows
        ]
    )
    return item_match.ItemIndex(candidates), {no: text for _id, no, text, _m, _b in rows}


def for_text(
    db: Database, text: str, title: str = "", *, index: tuple[item_match.ItemIndex, dict[int, str]] | None = None
) -> Suggestions:
    """The fields and items a document's text suggests (``title``: a title already known, such as the
    file's name, counted with the one the text gives)."""
    fields = doc_fields.suggest(text)
    ranked, texts = index or item_index(db)
    heading = " ".join(filter(None, (title, fields.title.value if fields.title else "")))
    body = doc_fields.body(text, fields)  # the header, addressees and signature name no item
    items = [ItemSuggestion(m.no, texts.get(m.no, ""), m.words) for m in ranked.rank(heading, body)]
    return Suggestions(fields, items)


def for_file(db: Database, path: Path, name: str | None = None) -> Suggestions:
    """Suggestions for any file, filed or not: its text read in a child process with the text reader's
    limits (a file that hangs or crashes a parser costs only itself)."""
    from desktop_app.exchange import textextract
    from desktop_app.services.extraction import read_one

    path = Path(path)
    found = read_one(path, name or path.name, SECONDS_PER_FILE)
    title = Path(name or path.name).stem
    if found.state == textextract.NONE and found.reason in ocr.FOR_OCR and ocr.unavailable() is None:
        found = _recognised(path)  # a scan or a photo: its first pages read as the background reader reads them
    if found.state != textextract.DONE:
        made = for_text(db, "", title)
        made.text_state, made.reason = found.state, found.reason
        return made
    return for_text(db, found.text, title)


OCR_PAGES = 3  # a 通知's 文号, title and date stand on its first pages


def _recognised(path: Path) -> Extracted:
    """The text of a scan's first pages, recognised in a child process with the recogniser's limits."""
    from desktop_app.exchange import ocr as reader
    from desktop_app.exchange import textextract
    from desktop_app.services.sandbox import Sandbox, SandboxFailed

    box = Sandbox(memory_limit=ocr.MEMORY_LIMIT)
    try:
        pages = box.call(reader.page_count, str(path), timeout=ocr.SECONDS_PER_PAGE)
        texts = [
            box.call(reader.recognise_page, str(path), page, timeout=ocr.SECONDS_PER_PAGE).text
            for page in range(min(pages, OCR_PAGES))
        ]
    except SandboxFailed as failed:
        return textextract.Extracted(textextract.FAILED, reason=str(failed))
    finally:
        box.close()
    text = "\n".join(t for t in texts if t.strip())
    return textextract.Extracted(textextract.DONE, text) if text else textextract.Extracted(textextract.NONE, reason="")


def for_record(db: Database, record_id: int) -> Suggestions:
    """Suggestions for a filed record, from the text the background reader keeps for its file."""
    from desktop_app.services import evidence

    info = evidence.get(db, record_id)
    state, text = evidence.text_of(db, info.sha256)
    if state != "done":
        made = for_text(db, "", Path(info.original_name or info.title).stem)
        made.text_state, made.reason = state, text
        return made
    return for_text(db, text, Path(info.original_name or info.title).stem)
