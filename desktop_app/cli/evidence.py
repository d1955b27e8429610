"""Commands for the evidence archive (``evidence``) and the data folder's ``backup`` and ``restore``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.common import (
    Session,
    StderrProgress,
    data_dir_of,
    database_of,
    date_arg,
    print_json,
    whole_number,
)
from desktop_app.core.i18n import tr

if TYPE_CHECKING:
    from desktop_app.services.history import Change
    from desktop_app.services.move import Moved


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

    audit = sub.add_parser("audit", help=tr("Cli", "the history of changes (操作记录)"), parents=[common])
    asub = audit.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = asub.add_parser(
        "verify",
        help=tr(
            "Cli",
            "check that no entry of the history was changed, removed or moved, that it agrees with the data and "
            "with its anchors (the record beside the database, the last backup, printed reports)",
        ),
        parents=[common],
    )
    p.add_argument(
        "--code",
        metavar=tr("Cli", "CODE"),
        help=tr(
            "Cli", "a check code printed on a report (操作记录校验码): is it in the history, and what came after it"
        ),
    )
    p.set_defaults(func=cmd_audit_verify)
    for action, helptext in (
        ("list", tr("Cli", "list the changes, newest first")),
        ("export", tr("Cli", "write the changes to an Excel workbook")),
    ):
        p = asub.add_parser(action, help=helptext, parents=[common])
        if action == "export":
            p.add_argument("file", type=Path, metavar=tr("Cli", "FILE.xlsx"), help=tr("Cli", "the workbook to write"))
        p.add_argument("--actor", help=tr("Cli", "only this person's changes"))
        p.add_argument("--kind", help=tr("Cli", "only changes to this kind of record, e.g. unit, task, evidence"))
        p.add_argument("--since", type=date_arg, help=tr("Cli", "from this day, YYYY-MM-DD"))
        p.add_argument("--until", type=date_arg, help=tr("Cli", "up to this day, YYYY-MM-DD"))
        p.add_argument("--words", default="", help=tr("Cli", "only changes whose description holds these words"))
        if action == "list":
            p.add_argument("--json", action="store_true", help=tr("Cli", "print JSON instead of text"))
        p.set_defaults(func=cmd_audit_list if action == "list" else cmd_audit_export)

    dbp = sub.add_parser(
        "db", help=tr("Cli", "where the campaign is kept: this PC's file or a server"), parents=[common]
    )
    dsub = dbp.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = dsub.add_parser(
        "move-to",
        help=tr("Cli", "copy this PC's campaign to an empty database on a PostgreSQL server (the file stays as it is)"),
        parents=[common],
    )
    p.add_argument(
        "url", metavar=tr("Cli", "ADDRESS"), help=tr("Cli", "the server, as postgresql://用户:密码@服务器/数据库")
    )
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument(
        "--in-database",
        action="store_true",
        help=tr("Cli", "keep the evidence files inside the server's database (for an office without a shared folder)"),
    )
    where.add_argument(
        "--store",
        type=Path,
        metavar=tr("Cli", "DIR"),
        help=tr("Cli", "the shared folder for the evidence files, reached by every clerk's PC"),
    )
    p.set_defaults(func=cmd_db_move_to)
    p = dsub.add_parser(
        "move-to-file",
        help=tr("Cli", "copy the server's campaign into a new data folder on this PC (to archive it)"),
        parents=[common],
    )
    p.add_argument("folder", type=Path, metavar=tr("Cli", "DIR"), help=tr("Cli", "a new, empty folder"))
    p.set_defaults(func=cmd_db_move_to_file)
    p = dsub.add_parser(
        "discard-move",
        help=tr("Cli", "with --database: remove the copy a move left unfinished (迁移未完成) on the server"),
        parents=[common],
    )
    p.set_defaults(func=cmd_db_discard_move)

    p = sub.add_parser("backup", help=tr("Cli", "write a one-file backup of the data folder"), parents=[common])
    p.add_argument("--out", required=True, type=Path, help=tr("Cli", "backup file (.fsdbak)"))
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser(
        "restore", help=tr("Cli", "replace the data with a backup (the current data is kept aside)"), parents=[common]
    )
    p.add_argument(
        "file", nargs="?", type=Path, metavar=tr("Cli", "FILE.fsdbak"), help=tr("Cli", "the backup to restore")
    )
    p.add_argument(
        "--other-campaign",
        action="store_true",
        help=tr("Cli", "restore it even though it holds another campaign than the current data"),
    )
    p.add_argument(
        "--previous",
        action="store_true",
        help=tr("Cli", "go back to the data the last restore replaced (kept in before-restore-…)"),
    )
    p.add_argument(
        "--replace-server-campaign",
        action="store_true",
        help=tr("Cli", "with --database: replace the campaign every clerk works on with the backup's"),
    )
    p.add_argument(
        "--people-from-backup",
        action="store_true",
        help=tr(
            "Cli",
            "with users on: take the backup's people and roles even where the current ones would be kept "
            "(they are kept when the backup was made before users were turned on, or without the passwords)",
        ),
    )
    p.set_defaults(func=cmd_restore)


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
    from desktop_app.services import evidence_folder, extraction

    with Session(args, write=not args.dry_run) as db, evidence_folder.prepare(db, args.dir, unit=args.unit) as plan:
        for choice in args.choose:
            relative, sep, item = choice.rpartition("=")
            if not sep or not (item.strip() == "-" or item.strip().isdigit()):
                raise KnownError(tr("Cli", "--choose takes PATH=ITEM or PATH=-, not “{0}”.").format(choice))
            plan.choose(relative, None if item.strip() == "-" else int(item))
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
    from desktop_app.services import evidence_search

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


def _changes(args: argparse.Namespace) -> list[Change]:
    from desktop_app.services import history

    with Session(args, write=False) as db:
        return history.search(
            db, actor=args.actor, entity=args.kind, since=args.since, until=args.until, words=args.words
        )


def cmd_audit_list(args: argparse.Namespace) -> int:
    from desktop_app.services import history

    changes = _changes(args)
    if args.json:
        print_json(
            [
                {
                    "at": c.at.isoformat(timespec="seconds"),
                    "actor": c.actor,
                    "action": c.action,
                    "kind": c.entity,
                    "what": history.describe(c),
                }
                for c in changes
            ]
        )
    else:
        for c in changes:
            print(f"{c.at:%Y-%m-%d %H:%M:%S}\t{c.actor}\t{history.describe(c)}")
    return 0


def cmd_audit_export(args: argparse.Namespace) -> int:
    from desktop_app.services import history

    changes = _changes(args)
    path = history.export_xlsx(changes, args.file, "操作记录")
    print(tr("Cli", "{0} changes written to {1}.").format(len(changes), path))
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from desktop_app.services import history

    with Session(args, write=False) as db:
        if args.code:
            found = history.lookup_code(db, args.code)
            for line in history.code_lines(found):
                print(line)
            return 0 if found.entry is not None else 1
        verified = history.verify(db)
    for line in verified.lines():
        print(line)
    if verified.ok:
        return 0
    print(tr("Cli", "The history does not hold: see above. Restore the last good backup, or ask who had the file."))
    return 1


def _moved(moved: Moved) -> int:
    print(
        tr("Cli", "The campaign was copied to {0}: {1} rows in {2} tables and {3} files, each checked.").format(
            moved.target, sum(moved.tables.values()), len(moved.tables), moved.files
        )
    )
    return 0


def cmd_db_move_to(args: argparse.Namespace) -> int:
    from desktop_app.services import move

    with Session(args, write=True) as db:
        return _moved(move.move_to_server(db, args.url, None if args.in_database else args.store))


def cmd_db_move_to_file(args: argparse.Namespace) -> int:
    from desktop_app.services import move

    with Session(args, write=True) as db:
        return _moved(move.move_to_file(db, args.folder))


def cmd_db_discard_move(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import log_in
    from desktop_app.core.errors import KnownError
    from desktop_app.core.roles import MOVE
    from desktop_app.services import move, users
    from desktop_app.storage import postgres
    from desktop_app.storage.database import Database

    url = database_of(args)
    if url is None or not postgres.is_server_url(url):
        raise KnownError(tr("Cli", "Name the server whose unfinished copy to remove: --database ADDRESS."))
    db = Database.open_server(data_dir_of(args), url, create=True)  # opened although unfinished
    try:
        log_in(args, db)
        users.require(db, MOVE)
        move.discard_unfinished(db)
    finally:
        db.close()
    print(
        tr("Cli", "The unfinished copy on {0} was removed; the database there is empty again.").format(
            postgres.shown(url)
        )
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop_app.services import backup

    with Session(args, write=True) as db:
        info = backup.create(db, args.out)
        passwords = backup.with_passwords(db)
    print(
        tr("Cli", "Backup written to {0}: {1} files, {2:.1f} MB, checked.").format(
            info.path, info.files, info.size / 1e6
        )
    )
    if not passwords:
        print(backup.without_passwords_note())
    return 0


def _restore_on_server(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import KnownError
    from desktop_app.core.roles import RESTORE
    from desktop_app.services import backup, users

    if args.previous:
        raise KnownError(
            tr("Cli", "On a server there is no data set aside to go back to; restore a backup file instead.")
        )
    with Session(args, write=True) as db:
        users.require(db, RESTORE)
        backup.restore_to_server(args.file, db, replace_server_campaign=args.replace_server_campaign)
    print(tr("Cli", "Restored from {0} onto the server.").format(args.file))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import KnownError
    from desktop_app.paths import DB_FILE_NAME
    from desktop_app.services import backup
    from desktop_app.storage import postgres
    from desktop_app.storage.database import Database
    from desktop_app.storage.datadir import ensure_data_dir
    from desktop_app.storage.lock import InstanceLock

    data_dir = data_dir_of(args)
    ensure_data_dir(data_dir)
    if args.previous == (args.file is not None):
        raise KnownError(tr("Cli", "Name a backup file to restore, or --previous to go back, not both."))
    if postgres.is_server_url(database_of(args)):
        return _restore_on_server(args)
    person = None  # who restores: named in the history, with users on
    with InstanceLock(data_dir):
        if (data_dir / DB_FILE_NAME).exists():  # with users on, only an administrator restores
            from desktop_app.cli.common import log_in
            from desktop_app.core.roles import RESTORE
            from desktop_app.services import users

            current = Database.open(data_dir, finish_restore=True)
            try:
                log_in(args, current)
                users.require(current, RESTORE)
                person = current.user.name if current.user is not None else None
            finally:
                current.close()
        if args.previous:
            came_from, aside = backup.restore_previous(data_dir)
            Database.open(data_dir).close()
            print(tr("Cli", "The data kept in {0} is back in place.").format(came_from))
            if aside is not None:
                print(tr("Cli", "The data it replaced is kept in {0}.").format(aside))
            return 0
        said: list[str] = []
        kept = backup.restore(
            args.file,
            data_dir,
            allow_other_campaign=args.other_campaign,
            actor=person,
            people_from_backup=args.people_from_backup,
            said=said,
        )
    if kept:
        print(tr("Cli", "Restored from {0}; the previous data was kept in {1}.").format(args.file, kept))
    else:
        print(tr("Cli", "Restored from {0}.").format(args.file))
    for line in said:
        print(line)
    return 0
