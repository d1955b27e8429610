"""Commands for the evidence archive (``evidence``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import (
    Session,
    StderrProgress,
    date_arg,
    print_json,
    whole_number,
)
from desktop_app.core.i18n import tr

if TYPE_CHECKING:
    pass


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    from desktop_app.core.evidence import CATEGORIES, REVIEW_STATES

    evidence = sub.add_parser("evidence", help=tr("Cli", "evidence (佐证材料)"), parents=[common])
    esub = evidence.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = esub.add_parser("add", help=tr("Cli", "file evidence under an item"), parents=[common])
    p.add_argument("--item", type=whole_number, required=True, help=tr("Cli", "item number, e.g. 85"))
    p.add_argument("--unit", help=tr("Cli", "responsible unit"))
    p.add_argument("--title", help=tr("Cli", "title (default: the file name)"))
    p.add_argument("--doc-no", default="", help=tr("Cli", "document number (文号)"))
    p.add_argument("--doc-date", type=date_arg, help=tr("Cli", "date the document was made, YYYY-MM-DD"))
    p.add_argument(
        "--category",
        help=tr("Cli", "one of {0} (default: by the file's type)").format("、".join(CATEGORIES)),
    )
    p.add_argument("--period", help=tr("Cli", "month it belongs to, YYYY-MM (default: this month)"))
    p.add_argument("--note", default="", help=tr("Cli", "a note kept with the record"))
    p.add_argument("--public", action="store_true", help=tr("Cli", "may be shown to the public"))
    p.add_argument("--task", help=tr("Cli", "the plan's task it belongs to, by its number, e.g. G1-01"))
    p.add_argument("files", nargs="+", type=Path, metavar=tr("Cli", "FILE"), help=tr("Cli", "files or folders to file"))
    p.set_defaults(func=cmd_evidence_add)
    p = esub.add_parser(
        "import-folder",
        help=tr("Cli", "file a unit's evidence folder or zip, each file matched to its item"),
        parents=[common],
    )
    p.add_argument("dir", type=Path, metavar=tr("Cli", "DIR"), help=tr("Cli", "the folder (or .zip) the unit sent"))
    p.add_argument("--unit", required=True, help=tr("Cli", "the unit that sent it"))
    p.add_argument(
        "--choose",
        action="append",
        default=[],
        metavar=tr("Cli", "PATH=ITEM"),
        help=tr("Cli", "file PATH (as listed) under ITEM, or leave it out with PATH=-; may be repeated"),
    )
    p.add_argument("--dry-run", action="store_true", help=tr("Cli", "only show the matching; file nothing"))
    p.add_argument(
        "--take-suggestions",
        action="store_true",
        help=tr("Cli", "file each file no name placed under the item its own text suggests (listed either way)"),
    )
    p.add_argument("--json", action="store_true", help=tr("Cli", "print the matching as JSON"))
    p.set_defaults(func=cmd_evidence_import_folder)
    p = esub.add_parser("list", help=tr("Cli", "list filed evidence"), parents=[common])
    p.add_argument("--item", type=whole_number, help=tr("Cli", "only this item's evidence"))
    p.add_argument("--unit", help=tr("Cli", "only this unit's evidence"))
    p.add_argument("--deleted", action="store_true", help=tr("Cli", "list the recycle bin instead"))
    p.add_argument("--json", action="store_true", help=tr("Cli", "print JSON instead of text"))
    p.set_defaults(func=cmd_evidence_list)
    p = esub.add_parser("delete", help=tr("Cli", "move records to the recycle bin"), parents=[common])
    p.add_argument("ids", nargs="+", type=whole_number, metavar=tr("Cli", "ID"), help=tr("Cli", "record numbers"))
    p.set_defaults(func=cmd_evidence_delete)
    p = esub.add_parser("restore", help=tr("Cli", "take records back out of the recycle bin"), parents=[common])
    p.add_argument("ids", nargs="+", type=whole_number, metavar=tr("Cli", "ID"), help=tr("Cli", "record numbers"))
    p.set_defaults(func=cmd_evidence_restore)
    p = esub.add_parser(
        "search", help=tr("Cli", "find evidence by words in its title, 文号, note or text"), parents=[common]
    )
    p.add_argument("query", metavar=tr("Cli", "WORDS"), help=tr("Cli", "the words to find (two characters are enough)"))
    p.add_argument("--item", type=whole_number, help=tr("Cli", "only this item's evidence"))
    p.add_argument("--unit", help=tr("Cli", "only this unit's evidence"))
    p.add_argument("--category", help=tr("Cli", "only this category"))
    p.add_argument("--period", help=tr("Cli", "only this month, YYYY-MM"))
    p.add_argument("--json", action="store_true", help=tr("Cli", "print JSON instead of text"))
    p.set_defaults(func=cmd_evidence_search)
    p = esub.add_parser(
        "export-binder", help=tr("Cli", "write the inspection binder (迎检资料) into a folder"), parents=[common]
    )
    p.add_argument("dir", type=Path, metavar=tr("Cli", "DIR"), help=tr("Cli", "the folder to write the binder into"))
    p.add_argument("--passed-only", action="store_true", help=tr("Cli", "only evidence reviewed as 合格"))
    p.add_argument(
        "--remove-leftovers",
        action="store_true",
        help=tr("Cli", "first remove what an interrupted export left in the folder"),
    )
    p.set_defaults(func=cmd_evidence_binder)
    p = esub.add_parser(
        "ocr",
        help=tr("Cli", "recognise the text of scans and pictures waiting for it, so search finds them"),
        parents=[common],
    )
    p.add_argument("--status", action="store_true", help=tr("Cli", "only say how many wait and how many are done"))
    p.add_argument("--limit", type=whole_number, metavar="N", help=tr("Cli", "at most N files this time"))
    p.set_defaults(func=cmd_evidence_ocr)
    p = esub.add_parser("verify", help=tr("Cli", "re-hash every stored file"), parents=[common])
    p.add_argument(
        "--repair",
        action="store_true",
        help=tr("Cli", "also remove store files no record uses and what interrupted work left behind"),
    )
    p.set_defaults(func=cmd_evidence_verify)
    p = esub.add_parser(
        "suggest",
        help=tr("Cli", "what a file's own text suggests: 文号, 发文机关, 标题, 成文日期 and the three likeliest items"),
        parents=[common],
    )
    p.add_argument("file", type=Path, metavar=tr("Cli", "FILE"), help=tr("Cli", "any file, filed or not"))
    p.add_argument("--json", action="store_true", help=tr("Cli", "print JSON instead of text"))
    p.set_defaults(func=cmd_evidence_suggest)
    p = esub.add_parser("review", help=tr("Cli", "mark records 合格, 退回 or back to 待审核"), parents=[common])
    p.add_argument("ids", nargs="+", type=whole_number, metavar=tr("Cli", "ID"), help=tr("Cli", "record numbers"))
    p.add_argument("--state", required=True, choices=REVIEW_STATES, help=tr("Cli", "the review: 合格, 退回 or 待审核"))
    p.add_argument("--comment", default="", help=tr("Cli", "why it is returned (required with 退回)"))
    p.set_defaults(func=cmd_evidence_review)


def cmd_evidence_add(args: argparse.Namespace) -> int:
    from desktop_app.services import evidence

    meta = evidence.EvidenceMeta(
        title=args.title,
        doc_no=args.doc_no,
        doc_date=args.doc_date,
        category=args.category,
        period=args.period,
        note=args.note,
        public=args.public,
        task=args.task,
    )
    from desktop_app.services import extraction

    with Session(args, write=True) as db:
        result = evidence.add_files(db, args.files, item=args.item, unit=args.unit, meta=meta)
        extraction.run_pending(db)  # so that the new files are found by their text at once
    for info in result.added:
        print(tr("Cli", "Filed #{0} “{1}” under item ({2}).").format(info.id, info.title, info.item))
    for skipped in result.skipped:
        sys.stderr.write(tr("Cli", "Not taken: {0}").format(skipped.reason) + "\n")
    print(tr("Cli", "{0} filed, {1} not taken.").format(len(result.added), len(result.skipped)))
    return 1 if result.skipped else 0


def cmd_evidence_import_folder(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import KnownError
    from desktop_app.services import extraction
    from desktop_app.services.evidence import folder as evidence_folder

    with Session(args, write=not args.dry_run) as db, evidence_folder.prepare(db, args.dir, unit=args.unit) as plan:
        for choice in args.choose:
            relative, sep, item = choice.rpartition("=")
            if not sep or not (item.strip() == "-" or item.strip().isdigit()):
                raise KnownError(tr("Cli", "--choose takes PATH=ITEM or PATH=-, not “{0}”.").format(choice))
            plan.choose(relative, None if item.strip() == "-" else int(item))
        plan.suggest(db)  # files no name placed: the items their text suggests, as candidates
        if args.take_suggestions:
            plan.take_suggestions()
        if args.json:
            print_json(
                {
                    "files": [
                        {"path": f.relative, "item": f.item, "reason": f.reason, "candidates": list(f.candidates)}
                        for f in plan.files
                    ],
                    "skipped": plan.match.skipped,
                }
            )
        else:
            for f in plan.files:
                where = f"({f.item})" if f.item is not None else tr("Cli", "unmatched")
                print(f"{where}\t{f.relative}\t{f.reason}")
            for junk in plan.match.skipped:
                print(tr("Cli", "passed over\t{0}\tnot evidence (system or temporary file)").format(junk))
        unmatched = plan.match.unmatched
        matched = len(plan.files) - len(unmatched)
        if args.dry_run:
            sys.stderr.write(
                tr("Cli", "Dry run: {0} files would be filed, {1} are unmatched; nothing was filed.").format(
                    matched, len(unmatched)
                )
                + "\n"
            )
            return 0
        result = evidence_folder.file(db, plan)
        extraction.run_pending(db)
    for skipped in result.skipped:
        sys.stderr.write(tr("Cli", "Not taken: {0}").format(skipped.reason) + "\n")
    for f in unmatched:
        sys.stderr.write(tr("Cli", "Not filed (no item): {0}").format(f.relative) + "\n")
    sys.stderr.write(
        tr("Cli", "{0} filed, {1} not taken, {2} unmatched.").format(
            len(result.added), len(result.skipped), len(unmatched)
        )
        + "\n"
    )
    return 1 if result.skipped or unmatched else 0


def cmd_evidence_list(args: argparse.Namespace) -> int:
    from desktop_app.services import evidence

    with Session(args, write=False) as db:
        rows = evidence.list_evidence(db, item=args.item, unit=args.unit, deleted=args.deleted)
    if args.json:
        print_json([r.to_json() for r in rows])
    else:
        for r in rows:
            print(f"{r.id}\t({r.item})\t{r.unit}\t{r.title}\t{r.category}\t{r.period}\t{r.review_state}")
    return 0


def cmd_evidence_search(args: argparse.Namespace) -> int:
    from desktop_app.services.evidence import search as evidence_search

    with Session(args, write=False) as db:
        hits = evidence_search.search(
            db, args.query, item=args.item, unit=args.unit, category=args.category, period=args.period
        )
    if args.json:
        print_json([h.to_json() for h in hits])
    else:
        for h in hits:
            print(f"{h.info.id}\t({h.info.item})\t{h.info.unit}\t{h.info.title}\t{h.snippet}")
    return 0


def cmd_evidence_binder(args: argparse.Namespace) -> int:
    from desktop_app.services import binder

    left = binder.leftovers(args.dir)
    if left and args.remove_leftovers:
        binder.remove_leftovers(left)
        print(tr("Cli", "Removed what an interrupted export had left: {0}").format(", ".join(p.name for p in left)))
    elif left:
        size = sum(binder.folder_size(p) for p in left) / 2**20
        said = tr("Cli", "An interrupted export left {0} ({1:.0f} MB) in the folder; --remove-leftovers removes it.")
        print(said.format(", ".join(p.name for p in left), size))
    with Session(args, write=False) as db:
        result = binder.export(
            db, args.dir, passed_only=args.passed_only, progress=StderrProgress(tr("Cli", "Inspection binder"))
        )
    for record in result.missing:
        sys.stderr.write(
            tr("Cli", "File missing, not in the binder: #{0} “{1}”").format(record.id, record.title) + "\n"
        )
    for record in result.altered:
        sys.stderr.write(
            tr("Cli", "File changed in the store since it was filed, not in the binder: #{0} “{1}”").format(
                record.id, record.title
            )
            + "\n"
        )
    print(tr("Cli", "Binder written to {0}: {1} files.").format(result.folder, len(result.entries)))
    if result.gaps_pdf:
        print(
            tr(
                "Cli", "The list of what is still missing (for the office, not in the binder): {0}, {1} item(s)."
            ).format(result.gaps_pdf, result.gaps)
        )
    return 1 if result.missing or result.altered else 0


def cmd_evidence_delete(args: argparse.Namespace) -> int:
    from desktop_app.services import evidence

    with Session(args, write=True) as db:
        count = evidence.move_to_bin(db, args.ids)
    print(tr("Cli", "{0} record(s) moved to the recycle bin.").format(count))
    return 0


def cmd_evidence_restore(args: argparse.Namespace) -> int:
    from desktop_app.services import evidence

    with Session(args, write=True) as db:
        count = evidence.restore(db, args.ids)
    print(tr("Cli", "{0} record(s) restored.").format(count))
    return 0


def cmd_evidence_ocr(args: argparse.Namespace) -> int:
    from desktop_app.services import extraction, ocr

    with Session(args, write=not args.status) as db:
        if not args.status:
            extraction.run_pending(db)  # files filed since the last reading: scans among them wait for OCR
            why = ocr.unavailable()
            if why is not None:
                print(
                    tr(
                        "Cli", "Scans cannot be recognised on this PC: {0}. Search finds typed documents as before."
                    ).format(why)
                )
            else:
                done = ocr.run(db, StderrProgress(tr("Cli", "Recognising scans")), limit=args.limit)
                print(
                    tr("Cli", "Recognised {0} files ({1} pages); {2} could not be recognised.").format(
                        done.files, done.pages, done.unreadable
                    )
                )
        state = ocr.status(db)
    print(
        tr(
            "Cli", "Waiting to be recognised: {0} files ({1} pages read so far); recognised: {2}; 无法识别: {3}."
        ).format(state.waiting, state.pages_kept, state.recognised, state.unreadable)
    )
    return 0


FIELD_LABELS = {"doc_no": "文号", "issuer": "发文机关", "title": "标题", "doc_date": "成文日期"}


def cmd_evidence_suggest(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import KnownError
    from desktop_app.services import suggestions

    if not Path(args.file).is_file():
        raise KnownError(tr("Cli", "There is no file {0}.").format(args.file))
    with Session(args, write=False) as db:
        found = suggestions.for_file(db, args.file)
    if args.json:
        print_json(
            {
                "fields": found.fields.as_dict(),
                "items": [{"no": i.no, "text": i.text, "words": list(i.words)} for i in found.items],
                "text_state": found.text_state,
                "reason": found.reason,
            }
        )
        return 0
    if found.text_state != "done":
        print(
            tr("Cli", "No text could be read from {0} ({1}); only its name was used.").format(args.file, found.reason)
        )
    for name, value in found.fields.as_dict().items():
        print(f"{FIELD_LABELS[name]}：{value}")
    if not found.fields.as_dict() and found.text_state == "done":
        print(tr("Cli", "The text gives no 文号, 发文机关, 标题 or 成文日期."))
    if found.items:
        print(tr("Cli", "The likeliest items:"))
        for item in found.items:
            words = tr("Cli", " (shared words: {0})").format("、".join(item.words)) if item.words else ""
            print(f"  （{item.no}）{item.text[:40]}{words}")
    else:
        print(tr("Cli", "No item of the rule set shares words with it."))
    return 0


def cmd_evidence_review(args: argparse.Namespace) -> int:
    from desktop_app.services import evidence

    with Session(args, write=True) as db:
        count = evidence.review(db, args.ids, args.state, args.comment)
    print(tr("Cli", "{0} record(s) marked {1}.").format(count, args.state))
    return 0


def cmd_evidence_verify(args: argparse.Namespace) -> int:
    from desktop_app.services import evidence

    with Session(args, write=True) as db:
        report = evidence.verify(db)
        removed = evidence.repair(db, report) if args.repair and report.clutter else 0
    for sha, titles in report.missing:
        print(tr("Cli", "Missing: {0} ({1})").format("、".join(titles) or "—", sha[:12]))
    for sha, titles in report.altered:
        print(tr("Cli", "Altered: {0} ({1})").format("、".join(titles) or "—", sha[:12]))
    if report.database is not None:
        print(tr("Cli", "The database is damaged: {0}. Restore the last good backup.").format(report.database))
    for path in report.clutter:
        print(tr("Cli", "Not needed: {0}").format(path))
    if removed:
        print(tr("Cli", "{0} item(s) no record needs were removed.").format(removed))
    elif report.clutter:
        print(tr("Cli", "{0} item(s) no record needs; remove them with --repair.").format(len(report.clutter)))
    print(
        tr("Cli", "{0} stored files checked: {1} missing, {2} altered.").format(
            report.checked, len(report.missing), len(report.altered)
        )
    )
    return 0 if report.ok else 1
