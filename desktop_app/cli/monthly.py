"""Commands for the monthly cycle: ``monthly`` (fill-in workbooks, returned reports, who sent what)
and ``report`` (the bulletin, the 自查自评报告)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli.common import Choices, Session, date_arg, print_json, replaced_note
from desktop_app.core.errors import KnownError, NotFoundError
from desktop_app.core.i18n import tr

CYCLE_WORDS = Choices({"monthly": "每月", "quarterly": "每季度", "fixed": "规定日期"})
SCOPE_WORDS = Choices({"progress": "进度", "self_report": "自查报告"})
DATE_STYLE_WORDS = Choices({"arabic": "阿拉伯数字", "chinese": "汉字"})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    monthly = sub.add_parser("monthly", help=tr("Cli", "the monthly reports of the member units"), parents=[common])
    msub = monthly.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = msub.add_parser("templates", help=tr("Cli", "write each unit's fill-in workbook for a month"), parents=[common])
    p.add_argument("--month", required=True, help=tr("Cli", "the month, as 2025-03 (or the round: 2025-Q3, 2025-R1)"))
    p.add_argument("--out", required=True, type=Path, help=tr("Cli", "folder for the workbooks"))
    p.add_argument("--unit", action="append", help=tr("Cli", "only this unit (may be repeated)"))
    p.add_argument(
        "--with-veto", action="store_true", help=tr("Cli", "also ask the units about the veto items (否决项)")
    )
    p.set_defaults(func=cmd_monthly_templates)
    p = msub.add_parser("import", help=tr("Cli", "take in returned workbooks (files or folders)"), parents=[common])
    p.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar=tr("Cli", "FILE_OR_DIR"),
        help=tr("Cli", "returned workbooks or folders of them"),
    )
    p.add_argument("--month", help=tr("Cli", "refuse workbooks for any other month"))
    p.add_argument(
        "--sent",
        type=date_arg,
        help=tr("Cli", "the day these reports came in, YYYY-MM-DD (else the 填报日期, else the file's saved day)"),
    )
    p.add_argument("--dry-run", action="store_true", help=tr("Cli", "only check and show what would change"))
    p.set_defaults(func=cmd_monthly_import)
    p = msub.add_parser("status", help=tr("Cli", "who reported a month on time, late, or not at all"), parents=[common])
    p.add_argument("--month", required=True, help=tr("Cli", "the month, as 2025-03 (or the round: 2025-Q3, 2025-R1)"))
    p.add_argument("--json", action="store_true", help=tr("Cli", "print JSON instead of text"))
    p.set_defaults(func=cmd_monthly_status)

    rounds = sub.add_parser(
        "rounds", help=tr("Cli", "the reporting rounds (报送轮次) of the campaign"), parents=[common]
    )
    rsub_ = rounds.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = rsub_.add_parser("list", help=tr("Cli", "list the rounds up to now, with what each asks for"), parents=[common])
    p.add_argument("--json", action="store_true", help=tr("Cli", "print JSON instead of text"))
    p.set_defaults(func=cmd_rounds_list)
    p = rsub_.add_parser("cycle", help=tr("Cli", "report monthly, quarterly or on fixed dates only"), parents=[common])
    p.add_argument("cycle", type=CYCLE_WORDS, metavar=CYCLE_WORDS.metavar, help=tr("Cli", "the cycle"))
    p.set_defaults(func=cmd_rounds_cycle)
    p = rsub_.add_parser(
        "track-from",
        help=tr("Cli", "the day reports are tracked from: earlier rounds with no report show 未跟踪, not 未报"),
        parents=[common],
    )
    p.add_argument("day", type=date_arg, metavar=tr("Cli", "YYYY-MM-DD"), help=tr("Cli", "the day, as 2026-12-01"))
    p.set_defaults(func=cmd_rounds_track_from)
    p = rsub_.add_parser("add", help=tr("Cli", "add a round on a fixed date (8月25日, 11月1日)"), parents=[common])
    p.add_argument("--due", required=True, type=date_arg, help=tr("Cli", "the day it is due, as 2025-08-25"))
    p.add_argument("--name", default="", metavar=tr("Cli", "NAME"), help=tr("Cli", "its name (default: the day)"))
    p.add_argument(
        "--scope",
        type=SCOPE_WORDS,
        metavar=SCOPE_WORDS.metavar,
        default="progress",
        help=tr("Cli", "进度: the fill-in form; 自查报告: each unit's own 自查报告 file"),
    )
    p.set_defaults(func=cmd_rounds_add)
    p = rsub_.add_parser("remove", help=tr("Cli", "remove a fixed round that has no reports"), parents=[common])
    p.add_argument("key", metavar=tr("Cli", "ROUND"), help=tr("Cli", "the round, as 2025-R1"))
    p.set_defaults(func=cmd_rounds_remove)

    report = sub.add_parser("report", help=tr("Cli", "printable reports"), parents=[common])
    rsub = report.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = rsub.add_parser("monthly", help=tr("Cli", "the monthly bulletin (月度工作通报) as PDF"), parents=[common])
    p.add_argument("--month", required=True, help=tr("Cli", "the month, as 2025-03 (or the round: 2025-Q3, 2025-R1)"))
    p.add_argument("--out", required=True, type=Path, help=tr("Cli", "the PDF file to write"))
    p.add_argument("--xlsx", type=Path, help=tr("Cli", "also write the bulletin's tables to this workbook"))
    p.add_argument(
        "--docx", type=Path, metavar=tr("Cli", "FILE"), help=tr("Cli", "also write an editable Word copy of the whole")
    )
    p.add_argument(
        "--issue-no",
        metavar=tr("Cli", "NUMBER"),
        help=tr("Cli", "the issue number (期号), printed as the settings' format says (第10期)"),
    )
    p.add_argument("--date", type=date_arg, help=tr("Cli", "the bulletin's date (成文日期; default today)"))
    p.add_argument(
        "--date-style",
        type=DATE_STYLE_WORDS,
        metavar=DATE_STYLE_WORDS.metavar,
        help=tr("Cli", "the date in Chinese or Arabic numerals"),
    )
    for option, what in (
        ("--overview", tr("Cli", "more of 总体情况")),
        ("--problems", tr("Cli", "存在问题")),
        ("--next-steps", tr("Cli", "下步工作")),
    ):
        p.add_argument(
            option,
            type=Path,
            metavar=tr("Cli", "FILE"),
            help=tr("Cli", "a text file with the bulletin's {0}, a paragraph a line").format(what),
        )
    p.set_defaults(func=cmd_report_monthly)
    p = rsub.add_parser(
        "assessment", help=tr("Cli", "the self-assessment report (自查自评报告) as PDF"), parents=[common]
    )
    p.add_argument("--out", required=True, type=Path, help=tr("Cli", "the PDF file to write"))
    p.add_argument("--xlsx", type=Path, help=tr("Cli", "also write the report's tables to this workbook"))
    p.add_argument(
        "--docx", type=Path, metavar=tr("Cli", "FILE"), help=tr("Cli", "also write an editable Word copy of the whole")
    )
    p.add_argument("--snapshot", metavar=tr("Cli", "NAME"), help=tr("Cli", "the report of a kept snapshot, as it was"))
    p.add_argument("--since", metavar=tr("Cli", "NAME"), help=tr("Cli", "show the change since a kept snapshot"))
    p.add_argument("--date", type=date_arg, help=tr("Cli", "the report's date (default today)"))
    p.set_defaults(func=cmd_report_assessment)


def cmd_report_assessment(args: argparse.Namespace) -> int:
    from desktop_app.services import assessment_report

    if args.snapshot and (args.since or args.date):
        raise KnownError(tr("Cli", "A snapshot's report is drawn as it was: --since and --date do not go with it."))
    with Session(args, write=True) as db:  # the report is archived in the data folder
        made = assessment_report.generate(
            db, args.out, xlsx=args.xlsx, docx=args.docx, snapshot=args.snapshot, since=args.since, day=args.date
        )
    print(tr("Cli", "The report was written to {0} (SHA-256 {1}).").format(made.pdf, made.sha256))
    replaced_note(made.replaced, made.replaced_in)
    if made.xlsx:
        print(tr("Cli", "Its tables were written to {0}.").format(made.xlsx))
    if made.docx:
        print(tr("Cli", "Its Word copy was written to {0}.").format(made.docx))
    return 0


def cmd_monthly_templates(args: argparse.Namespace) -> int:
    from desktop_app.services import monthly, units

    with Session(args, write=False) as db:
        ids = None
        if args.unit:
            ids = []
            for name in args.unit:
                found = units.find(db, name)
                if found is None:
                    raise NotFoundError(tr("Cli", "There is no unit “{0}”.").format(name))
                ids.append(found.id)
        written = monthly.write_templates(db, args.month, args.out, unit_ids=ids, with_veto=args.with_veto)
    print(tr("Cli", "{0} workbook(s) written to {1}.").format(len(written), args.out))
    return 0


def cmd_monthly_import(args: argparse.Namespace) -> int:
    from desktop_app.services import monthly

    if args.sent:
        monthly.check_sent_day(args.sent)  # refused before any file is read
    with Session(args, write=not args.dry_run) as db:
        entries = monthly.read_files(db, args.paths, month=args.month)
        if not entries:
            raise KnownError(tr("Cli", "No workbook was found in what was given."))
        for e in entries:
            if e.ok and args.sent:
                monthly.set_sent_day(e, args.sent)
            if e.ok and e.unchanged:
                print(
                    f"{e.path.name}\t{e.unit}\t{e.month}\t"
                    + tr("Cli", "imported before as it is (came in {0:%Y-%m-%d}): nothing changes").format(
                        e.unchanged_since
                    )
                )
            elif e.ok:
                replaces = tr("Cli", " (replaces the entry of {0:%Y-%m-%d})").format(e.replaces) if e.replaces else ""
                print(f"{e.path.name}\t{e.unit}\t{e.month}\t{e.submitted}{replaces}")
                for warning in e.warnings:
                    print("  ⚠ " + warning)
                for c in e.changes:
                    mark = "" if c.applies else tr("Cli", " (noted only: not the lead unit)")
                    print(f"  {c.code} {c.old_status} {c.old_progress}% → {c.new_status} {c.new_progress}%{mark}")
                    if c.warning:
                        print("    ⚠ " + tr("Cli", "{0}: taken as written, marked 需核对").format(c.warning))
        if not args.dry_run:
            result = monthly.save(db, entries)
            print(result.said())
    refused = [e.error for e in entries if e.error is not None]
    for error in refused:
        print(error.full_text(), file=sys.stderr)
    return 2 if refused else 0


def cmd_rounds_list(args: argparse.Namespace) -> int:
    from desktop_app.services import rounds

    with Session(args, write=False) as db:
        found = rounds.all_rounds(db)
        cycle = rounds.cycle(db)
    scopes = {"progress": tr("Cli", "progress (form)"), "self_report": tr("Cli", "self-assessment report (file)")}
    if args.json:
        print_json(
            {
                "cycle": cycle,
                "rounds": [{"key": r.key, "name": r.name, "due": r.due.isoformat(), "scope": r.scope} for r in found],
            }
        )
    else:
        for r in found:
            print(f"{r.key}\t{r.name}\t{r.due.isoformat()}\t{scopes[r.scope]}")
    return 0


def cmd_rounds_cycle(args: argparse.Namespace) -> int:
    from desktop_app.services import rounds

    with Session(args, write=True) as db:
        rounds.set_cycle(db, args.cycle)
    words = {
        "monthly": tr("Cli", "every month"),
        "quarterly": tr("Cli", "every quarter"),
        "fixed": tr("Cli", "on the fixed dates only"),
    }
    print(tr("Cli", "The units now report: {0}.").format(words[args.cycle]))
    return 0


def cmd_rounds_track_from(args: argparse.Namespace) -> int:
    from desktop_app.services import rounds

    with Session(args, write=True) as db:
        rounds.set_tracked_since(db, args.day)
    print(tr("Cli", "Reports are tracked from {0}; earlier rounds with no report show 未跟踪.").format(args.day))
    return 0


def cmd_rounds_add(args: argparse.Namespace) -> int:
    from desktop_app.services import rounds

    with Session(args, write=True) as db:
        made = rounds.add_fixed(db, args.due, args.name, args.scope)
    print(tr("Cli", "Round {0} “{1}” added, due {2}.").format(made.key, made.name, made.due.isoformat()))
    return 0


def cmd_rounds_remove(args: argparse.Namespace) -> int:
    from desktop_app.services import rounds

    with Session(args, write=True) as db:
        rounds.remove_fixed(db, args.key)
    print(tr("Cli", "Round {0} removed.").format(args.key))
    return 0


def cmd_monthly_status(args: argparse.Namespace) -> int:
    from desktop_app.services import monthly

    with Session(args, write=False) as db:
        found = monthly.status(db, args.month)
    if args.json:
        print_json([s.to_json() for s in found])
    else:
        for s in found:
            when = s.submitted_at.date().isoformat() if s.submitted_at else ""
            print(f"{s.unit}\t{s.label}\t{when}\t{s.liaison}\t{s.phone}")
    return 0


def _read_text(path: Path | None) -> str | None:
    """A text file the office typed (UTF-8 or GBK); None when none was given."""
    from desktop_app.core.text import decode_typed

    if path is None:
        return None
    try:
        return decode_typed(path.read_bytes()).strip()
    except OSError as err:
        raise KnownError(tr("Cli", "Cannot read {0}: {1}").format(path, err.strerror or err)) from err


def cmd_report_monthly(args: argparse.Namespace) -> int:
    from desktop_app.services import bulletin

    with Session(args, write=True) as db:  # the report is archived in the data folder
        text = bulletin.get_text(db, args.month)
        given = {name: _read_text(getattr(args, name)) for name in ("overview", "problems", "next_steps")}
        given |= {"number": args.issue_no, "issue_date": args.date, "date_style": args.date_style}
        given = {name: value for name, value in given.items() if value is not None}
        if given:
            for name, value in given.items():
                setattr(text, name, value)
            bulletin.save_text(db, text)  # kept with the month, as the window keeps it
        made = bulletin.generate(db, args.month, args.out, xlsx=args.xlsx, docx=args.docx)
    print(tr("Cli", "The bulletin was written to {0} (SHA-256 {1}).").format(made.pdf, made.sha256))
    replaced_note(made.replaced, made.replaced_in)
    if made.xlsx:
        print(tr("Cli", "Its tables were written to {0}.").format(made.xlsx))
    if made.docx:
        print(tr("Cli", "Its Word copy was written to {0}.").format(made.docx))
    return 0
