"""``foodsafety-desk``: alone it opens the GUI; subcommands run the same services headless."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app import APP_TITLE, __version__
from desktop_app.core.errors import KnownError, NotFoundError
from desktop_app.core.i18n import set_language, tr
from desktop_app.paths import resolve_data_dir

PAGES = ("home", "indicators", "tasks", "monthly", "evidence", "reports", "units", "settings")
EXIT_BUG = 70


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(tr("Cli", "“{0}” is not a date like 2025-03-26.").format(text)) from exc


def build_parser() -> argparse.ArgumentParser:
    from desktop_app.core.evidence import CATEGORIES as EVIDENCE_CATEGORIES
    from desktop_app.core.evidence import REVIEW_STATES as EVIDENCE_REVIEW_STATES

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help=tr("Cli", "data folder (default: $FOODSAFETY_DESK_DATA or the user data folder)"),
    )
    parser = argparse.ArgumentParser(prog="foodsafety-desk", description=APP_TITLE, parents=[common])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", action="store_true", help=tr("Cli", "check that the program can run, then exit"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, func: Callable) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, parents=[common])
        p.set_defaults(func=func)
        return p

    command("gui", tr("Cli", "open the program window"), cmd_gui)

    p = command("init", tr("Cli", "set up the campaign in the data folder"), cmd_init)
    p.add_argument("--name", required=True, help=tr("Cli", "campaign name"))
    p.add_argument("--region", required=True, help=tr("Cli", "city or district"))
    p.add_argument("--population", required=True, type=int, help=tr("Cli", "resident population"))
    p.add_argument("--level", default="国家", choices=["国家", "省级"])
    p.add_argument("--start", type=_date, help=tr("Cli", "first day, YYYY-MM-DD"))
    p.add_argument("--end", type=_date, help=tr("Cli", "last day, YYYY-MM-DD"))
    p.add_argument("--due-day", type=int, default=25, help=tr("Cli", "monthly report due day"))
    p.add_argument("--office", default="", help=tr("Cli", "issuing office"))

    p = command("demo", tr("Cli", "build a demo campaign in an empty data folder"), cmd_demo)
    p.add_argument("--scale", choices=["small", "large"], default="small")

    framework = sub.add_parser("framework", help=tr("Cli", "the rule set (评价细则)"), parents=[common])
    fsub = framework.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = fsub.add_parser("show", help=tr("Cli", "print the campaign's rule set"), parents=[common])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_framework_show)
    p = fsub.add_parser("export", help=tr("Cli", "write the rule set to a workbook"), parents=[common])
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_framework_export)
    p = fsub.add_parser("import", help=tr("Cli", "load a rule set from a workbook"), parents=[common])
    p.add_argument("file", type=Path)
    p.add_argument("--use", action="store_true", help=tr("Cli", "make it the campaign's rule set"))
    p.set_defaults(func=cmd_framework_import)

    units = sub.add_parser("units", help=tr("Cli", "member units"), parents=[common])
    usub = units.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = usub.add_parser("import", help=tr("Cli", "add or update units from a workbook"), parents=[common])
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_units_import)
    p = usub.add_parser("export", help=tr("Cli", "write the units to a workbook"), parents=[common])
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_units_export)
    p = usub.add_parser("list", help=tr("Cli", "list the units"), parents=[common])
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_units_list)

    def mapping_options(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="NAME=UNIT",
            help=tr("Cli", "take a name in the workbook as this member unit (remembered as an alias)"),
        )
        p.add_argument("--create-units", action="store_true", help=tr("Cli", "create units for names still unknown"))
        p.add_argument(
            "--columns",
            metavar="NAME=COL,…",
            help=tr("Cli", "which column holds what, as 任务=B,牵头单位=C, when the header is not recognised"),
        )
        p.add_argument(
            "--header-row",
            type=int,
            default=1,
            metavar="N",
            help=tr("Cli", "with --columns: the last header row; data starts below it (default 1)"),
        )

    tasks = sub.add_parser("tasks", help=tr("Cli", "the plan's tasks"), parents=[common])
    tsub = tasks.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = tsub.add_parser("import", help=tr("Cli", "add or update tasks from the office's task table"), parents=[common])
    p.add_argument("file", type=Path)
    p.add_argument("--sheet")
    mapping_options(p)
    p.set_defaults(func=cmd_tasks_import)
    p = tsub.add_parser("list", help=tr("Cli", "list the tasks"), parents=[common])
    p.add_argument("--overdue", action="store_true", help=tr("Cli", "only tasks past their deadline"))
    p.add_argument("--unit", help=tr("Cli", "only this unit's tasks"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_tasks_list)
    p = tsub.add_parser("export", help=tr("Cli", "write the task list to a workbook"), parents=[common])
    p.add_argument("file", type=Path)
    p.add_argument("--unit", help=tr("Cli", "only this unit's tasks"))
    p.set_defaults(func=cmd_tasks_export)
    assignments = sub.add_parser(
        "assignments", help=tr("Cli", "the indicator responsibility table (指标任务责任分解表)"), parents=[common]
    )
    asub = assignments.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = asub.add_parser("import", help=tr("Cli", "take the departments of each item from a workbook"), parents=[common])
    p.add_argument("file", type=Path)
    p.add_argument("--sheet")
    mapping_options(p)
    p.set_defaults(func=cmd_assignments_import)

    evidence = sub.add_parser("evidence", help=tr("Cli", "evidence (佐证材料)"), parents=[common])
    esub = evidence.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = esub.add_parser("add", help=tr("Cli", "file evidence under an item"), parents=[common])
    p.add_argument("--item", type=int, required=True, help=tr("Cli", "item number, e.g. 85"))
    p.add_argument("--unit", help=tr("Cli", "responsible unit"))
    p.add_argument("--title", help=tr("Cli", "title (default: the file name)"))
    p.add_argument("--doc-no", default="", help=tr("Cli", "document number (文号)"))
    p.add_argument("--doc-date", type=_date, help=tr("Cli", "date the document was made, YYYY-MM-DD"))
    p.add_argument("--category", default="其他", help="、".join(EVIDENCE_CATEGORIES))
    p.add_argument("--period", help=tr("Cli", "month it belongs to, YYYY-MM (default: this month)"))
    p.add_argument("--note", default="")
    p.add_argument("--public", action="store_true", help=tr("Cli", "may be shown to the public"))
    p.add_argument("--task", help=tr("Cli", "the plan's task it belongs to, by its number, e.g. G1-01"))
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_evidence_add)
    p = esub.add_parser("list", help=tr("Cli", "list filed evidence"), parents=[common])
    p.add_argument("--item", type=int)
    p.add_argument("--unit")
    p.add_argument("--deleted", action="store_true", help=tr("Cli", "list the recycle bin instead"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_evidence_list)
    p = esub.add_parser("delete", help=tr("Cli", "move records to the recycle bin"), parents=[common])
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.set_defaults(func=cmd_evidence_delete)
    p = esub.add_parser("restore", help=tr("Cli", "take records back out of the recycle bin"), parents=[common])
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.set_defaults(func=cmd_evidence_restore)
    p = esub.add_parser(
        "search", help=tr("Cli", "find evidence by words in its title, 文号, note or text"), parents=[common]
    )
    p.add_argument("query")
    p.add_argument("--item", type=int)
    p.add_argument("--unit")
    p.add_argument("--category")
    p.add_argument("--period")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_evidence_search)
    p = esub.add_parser(
        "export-binder", help=tr("Cli", "write the inspection binder (迎检资料) into a folder"), parents=[common]
    )
    p.add_argument("dir", type=Path, metavar="DIR")
    p.add_argument("--passed-only", action="store_true", help=tr("Cli", "only evidence reviewed as 合格"))
    p.set_defaults(func=cmd_evidence_binder)
    p = esub.add_parser("verify", help=tr("Cli", "re-hash every stored file"), parents=[common])
    p.set_defaults(func=cmd_evidence_verify)
    p = esub.add_parser("review", help=tr("Cli", "mark records 合格, 退回 or back to 待审核"), parents=[common])
    p.add_argument("ids", nargs="+", type=int, metavar="ID")
    p.add_argument("--state", required=True, choices=EVIDENCE_REVIEW_STATES)
    p.add_argument("--comment", default="", help=tr("Cli", "why it is returned (required with 退回)"))
    p.set_defaults(func=cmd_evidence_review)

    monthly = sub.add_parser("monthly", help=tr("Cli", "the monthly reports of the member units"), parents=[common])
    msub = monthly.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = msub.add_parser("templates", help=tr("Cli", "write each unit's fill-in workbook for a month"), parents=[common])
    p.add_argument("--month", required=True, help=tr("Cli", "the month, as 2025-03"))
    p.add_argument("--out", required=True, type=Path, help=tr("Cli", "folder for the workbooks"))
    p.add_argument("--unit", action="append", help=tr("Cli", "only this unit (may be repeated)"))
    p.set_defaults(func=cmd_monthly_templates)
    p = msub.add_parser("import", help=tr("Cli", "take in returned workbooks (files or folders)"), parents=[common])
    p.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_DIR")
    p.add_argument("--month", help=tr("Cli", "refuse workbooks for any other month"))
    p.add_argument(
        "--sent",
        type=_date,
        help=tr("Cli", "the day these reports came in, YYYY-MM-DD (else the 填报日期, else the file's saved day)"),
    )
    p.add_argument("--dry-run", action="store_true", help=tr("Cli", "only check and show what would change"))
    p.set_defaults(func=cmd_monthly_import)
    p = msub.add_parser("status", help=tr("Cli", "who reported a month on time, late, or not at all"), parents=[common])
    p.add_argument("--month", required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_monthly_status)

    report = sub.add_parser("report", help=tr("Cli", "printable reports"), parents=[common])
    rsub = report.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = rsub.add_parser("monthly", help=tr("Cli", "the monthly bulletin (月度工作通报) as PDF"), parents=[common])
    p.add_argument("--month", required=True, help=tr("Cli", "the month, as 2025-03"))
    p.add_argument("--out", required=True, type=Path, help=tr("Cli", "the PDF file to write"))
    p.add_argument("--xlsx", type=Path, help=tr("Cli", "also write the bulletin's tables to this workbook"))
    p.set_defaults(func=cmd_report_monthly)

    p = command("backup", tr("Cli", "write a one-file backup of the data folder"), cmd_backup)
    p.add_argument("--out", required=True, type=Path, help=tr("Cli", "backup file (.fsdbak)"))
    p = command("restore", tr("Cli", "replace the data with a backup (the current data is kept aside)"), cmd_restore)
    p.add_argument("file", type=Path)

    p = command("screenshot", tr("Cli", "render a page offscreen to a PNG file"), cmd_screenshot)
    p.add_argument("--page", required=True, choices=PAGES)
    p.add_argument("--out", required=True, type=Path)
    p.add_argument("--width", type=int, default=1280)
    p.add_argument("--height", type=int, default=800)
    p.add_argument("--tab", type=int, default=0, help=tr("Cli", "which tab of the page, counting from 0"))
    return parser


# -- helpers ---------------------------------------------------------------------------------------
def _data_dir(args) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))


def _open(args, *, write: bool):
    """Open the database; commands that write also hold the data folder's lock."""
    from desktop_app.storage.database import Database
    from desktop_app.storage.datadir import ensure_data_dir
    from desktop_app.storage.lock import InstanceLock

    data_dir = _data_dir(args)
    lock = None
    if write:
        ensure_data_dir(data_dir)
        lock = InstanceLock(data_dir).acquire()
    try:
        db = Database.open(data_dir)
    except BaseException:
        if lock:
            lock.release()
        raise
    return db, lock


class _Session:
    def __init__(self, args, write: bool):
        self.args, self.write = args, write

    def __enter__(self):
        self.db, self.lock = _open(self.args, write=self.write)
        return self.db

    def __exit__(self, *exc):
        self.db.close()
        if self.lock:
            self.lock.release()


def _print_json(data) -> None:
    """JSON is written as UTF-8 whatever the console's code page (GBK on many office PCs)."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()


# -- commands -----------------------------------------------------------------------------------------
def cmd_gui(args) -> int:
    from desktop_app.gui.app import run

    return run(_data_dir(args))


def cmd_init(args) -> int:
    from desktop_app.services import campaigns

    with _Session(args, write=True) as db:
        info = campaigns.create(
            db,
            name=args.name,
            region=args.region,
            population=args.population,
            level=args.level,
            start=args.start,
            end=args.end,
            due_day=args.due_day,
            office=args.office,
        )
    print(tr("Cli", "Campaign “{0}” set up in {1}.").format(info.name, _data_dir(args)))
    return 0


def cmd_demo(args) -> int:
    from desktop_app.services import demo

    with _Session(args, write=True) as db:
        info = demo.build(db, args.scale)
    print(tr("Cli", "Demo campaign “{0}” built in {1}.").format(info.name, _data_dir(args)))
    return 0


def cmd_framework_show(args) -> int:
    from desktop_app.services import rulesets

    with _Session(args, write=False) as db:
        rs = rulesets.load(db)
    if args.json:
        _print_json(rs.summary_json())
        return 0
    print(f"{rs.name}（{tr('Cli', 'total')} {rs.summary_json()['total_score']}）")
    for c in rs.categories:
        print(f"{c.code}、{c.name}（{c.score:g}）")
        for p in c.points:
            print(f"  {p.code}. {p.name}（{p.score:g}）")
            for i in p.items:
                print(f"    ({i.no}) {i.text}")
    print(tr("Cli", "Veto items:"))
    for i in rs.veto_items:
        print(f"    ({i.no}) {i.text}")
    return 0


def cmd_framework_export(args) -> int:
    from desktop_app.services import rulesets

    with _Session(args, write=False) as db:
        path = rulesets.export_xlsx(db, args.file)
    print(tr("Cli", "Rule set written to {0}.").format(path))
    return 0


def cmd_framework_import(args) -> int:
    from desktop_app.services import rulesets

    with _Session(args, write=True) as db:
        rs = rulesets.import_xlsx(db, args.file, use_for_campaign=args.use)
    print(tr("Cli", "Rule set “{0}” imported: {1} items.").format(rs.name, len(rs.items())))
    return 0


def cmd_units_import(args) -> int:
    from desktop_app.services import units

    with _Session(args, write=True) as db:
        result = units.import_xlsx(db, args.file)
    print(tr("Cli", "Units imported: {0} new, {1} updated.").format(result.created, result.updated))
    return 0


def cmd_units_export(args) -> int:
    from desktop_app.services import units

    with _Session(args, write=False) as db:
        path = units.export_xlsx(db, args.file)
    print(tr("Cli", "Units written to {0}.").format(path))
    return 0


def cmd_units_list(args) -> int:
    from desktop_app.services import units

    with _Session(args, write=False) as db:
        rows = units.list_units(db)
    if args.json:
        _print_json([u.to_json() for u in rows])
    else:
        for u in rows:
            state = "" if u.active else tr("Cli", " (inactive)")
            print(f"{u.name}\t{u.kind}\t{u.leader}\t{u.liaison}\t{u.phone}{state}")
    return 0


def _mapping(args) -> dict[str, str]:
    found = {}
    for text in args.map:
        name, sep, unit = text.partition("=")
        if not sep or not name.strip():
            raise KnownError(tr("Cli", "--map takes NAME=UNIT, e.g. --map 新区管委会=昌都经济开发区管委会."))
        found[name.strip()] = unit.strip()
    return found


def _import_options(args, kind: str) -> dict:
    """--sheet, --map, --create-units, and --columns with --header-row (else the header is recognised)."""
    layout = None
    if args.columns:
        from desktop_app.exchange.tasks_xlsx import Layout, parse_columns

        layout = Layout(args.sheet, args.header_row, parse_columns(kind, args.columns))
    return {"sheet": args.sheet, "mapping": _mapping(args), "create_units": args.create_units, "layout": layout}


def cmd_tasks_import(args) -> int:
    from desktop_app.services import task_import

    with _Session(args, write=True) as db:
        result = task_import.import_tasks(db, args.file, **_import_options(args, "tasks"))
    print(
        tr("Cli", "Tasks imported: {0} new, {1} updated, {2} unchanged.").format(
            result.created, result.updated, result.unchanged
        )
    )
    return 0


def cmd_tasks_list(args) -> int:
    from desktop_app.services import tasks

    with _Session(args, write=False) as db:
        rows = tasks.list_tasks(db, unit=args.unit, overdue=args.overdue)
    if args.json:
        _print_json([t.to_json() for t in rows])
    else:
        for t in rows:
            print(f"{t.code}\t{t.title}\t{'、'.join(t.lead_units)}\t{t.shown_deadline}\t{t.shown_status}")
    return 0


def cmd_tasks_export(args) -> int:
    from desktop_app.services import tasks

    with _Session(args, write=False) as db:
        path = tasks.export_xlsx(db, args.file, unit=args.unit)
    print(tr("Cli", "Tasks written to {0}.").format(path))
    return 0


def cmd_assignments_import(args) -> int:
    from desktop_app.services import task_import

    with _Session(args, write=True) as db:
        result = task_import.import_assignments(db, args.file, **_import_options(args, "assignments"))
    print(
        tr("Cli", "Responsibility table imported: {0} items, {1} unit assignments.").format(
            result.items, result.assignments
        )
    )
    return 0


def cmd_monthly_templates(args) -> int:
    from desktop_app.services import monthly, units

    with _Session(args, write=False) as db:
        ids = None
        if args.unit:
            ids = []
            for name in args.unit:
                found = units.find(db, name)
                if found is None:
                    raise NotFoundError(tr("Cli", "There is no unit “{0}”.").format(name))
                ids.append(found.id)
        written = monthly.write_templates(db, args.month, args.out, unit_ids=ids)
    print(tr("Cli", "{0} workbook(s) written to {1}.").format(len(written), args.out))
    return 0


def cmd_monthly_import(args) -> int:
    from desktop_app.services import monthly

    if args.sent:
        monthly.check_sent_day(args.sent)  # refused before any file is read
    with _Session(args, write=not args.dry_run) as db:
        entries = monthly.read_files(db, args.paths, month=args.month)
        if not entries:
            raise KnownError(tr("Cli", "No workbook was found in what was given."))
        for e in entries:
            if e.ok and args.sent:
                monthly.set_sent_day(e, args.sent)
            if e.ok:
                replaces = tr("Cli", " (replaces the entry of {0:%Y-%m-%d})").format(e.replaces) if e.replaces else ""
                print(f"{e.path.name}\t{e.unit}\t{e.month}\t{e.submitted}{replaces}")
                for c in e.changes:
                    mark = "" if c.applies else tr("Cli", " (noted only: not the lead unit)")
                    print(f"  {c.code} {c.old_status} {c.old_progress}% → {c.new_status} {c.new_progress}%{mark}")
        if not args.dry_run:
            result = monthly.save(db, entries)
            print(
                tr("Cli", "{0} report(s) saved, {1} refused, {2} task(s) updated.").format(
                    len(result.saved), len(result.refused), result.tasks_updated
                )
            )
    refused = [e.error for e in entries if e.error is not None]
    for error in refused:
        print(error.full_text(), file=sys.stderr)
    return 2 if refused else 0


def cmd_monthly_status(args) -> int:
    from desktop_app.services import monthly

    with _Session(args, write=False) as db:
        found = monthly.status(db, args.month)
    if args.json:
        _print_json([s.to_json() for s in found])
    else:
        for s in found:
            when = s.submitted_at.date().isoformat() if s.submitted_at else ""
            print(f"{s.unit}\t{s.label}\t{when}\t{s.liaison}\t{s.phone}")
    return 0


def cmd_report_monthly(args) -> int:
    from desktop_app.services import bulletin

    with _Session(args, write=True) as db:  # the report is archived in the data folder
        made = bulletin.generate(db, args.month, args.out, xlsx=args.xlsx)
    print(tr("Cli", "The bulletin was written to {0} (SHA-256 {1}).").format(made.pdf, made.sha256))
    if made.xlsx:
        print(tr("Cli", "Its tables were written to {0}.").format(made.xlsx))
    return 0


def cmd_evidence_add(args) -> int:
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

    with _Session(args, write=True) as db:
        result = evidence.add_files(db, args.files, item=args.item, unit=args.unit, meta=meta)
        extraction.run_pending(db)  # so that the new files are found by their text at once
    for info in result.added:
        print(tr("Cli", "Filed #{0} “{1}” under item ({2}).").format(info.id, info.title, info.item))
    for skipped in result.skipped:
        sys.stderr.write(tr("Cli", "Not taken: {0}").format(skipped.reason) + "\n")
    print(tr("Cli", "{0} filed, {1} not taken.").format(len(result.added), len(result.skipped)))
    return 1 if result.skipped else 0


def cmd_evidence_list(args) -> int:
    from desktop_app.services import evidence

    with _Session(args, write=False) as db:
        rows = evidence.list_evidence(db, item=args.item, unit=args.unit, deleted=args.deleted)
    if args.json:
        _print_json([r.to_json() for r in rows])
    else:
        for r in rows:
            print(f"{r.id}\t({r.item})\t{r.unit}\t{r.title}\t{r.category}\t{r.period}\t{r.review_state}")
    return 0


def cmd_evidence_search(args) -> int:
    from desktop_app.services import evidence

    with _Session(args, write=False) as db:
        hits = evidence.search(
            db, args.query, item=args.item, unit=args.unit, category=args.category, period=args.period
        )
    if args.json:
        _print_json([h.to_json() for h in hits])
    else:
        for h in hits:
            print(f"{h.info.id}\t({h.info.item})\t{h.info.unit}\t{h.info.title}\t{h.snippet}")
    return 0


def cmd_evidence_binder(args) -> int:
    from desktop_app.services import binder

    with _Session(args, write=False) as db:
        result = binder.export(db, args.dir, passed_only=args.passed_only)
    for record in result.missing:
        sys.stderr.write(
            tr("Cli", "File missing, not in the binder: #{0} “{1}”").format(record.id, record.title) + "\n"
        )
    print(tr("Cli", "Binder written to {0}: {1} files.").format(result.folder, len(result.entries)))
    return 1 if result.missing else 0


def cmd_evidence_delete(args) -> int:
    from desktop_app.services import evidence

    with _Session(args, write=True) as db:
        count = evidence.move_to_bin(db, args.ids)
    print(tr("Cli", "{0} record(s) moved to the recycle bin.").format(count))
    return 0


def cmd_evidence_restore(args) -> int:
    from desktop_app.services import evidence

    with _Session(args, write=True) as db:
        count = evidence.restore(db, args.ids)
    print(tr("Cli", "{0} record(s) restored.").format(count))
    return 0


def cmd_evidence_review(args) -> int:
    from desktop_app.services import evidence

    with _Session(args, write=True) as db:
        count = evidence.review(db, args.ids, args.state, args.comment)
    print(tr("Cli", "{0} record(s) marked {1}.").format(count, args.state))
    return 0


def cmd_evidence_verify(args) -> int:
    from desktop_app.services import evidence

    with _Session(args, write=True) as db:
        report = evidence.verify(db)
    for sha, titles in report.missing:
        print(tr("Cli", "Missing: {0} ({1})").format("、".join(titles) or "—", sha[:12]))
    for sha, titles in report.altered:
        print(tr("Cli", "Altered: {0} ({1})").format("、".join(titles) or "—", sha[:12]))
    print(
        tr("Cli", "{0} stored files checked: {1} missing, {2} altered.").format(
            report.checked, len(report.missing), len(report.altered)
        )
    )
    return 0 if report.ok else 1


def cmd_backup(args) -> int:
    from desktop_app.services import backup

    with _Session(args, write=True) as db:
        info = backup.create(db, args.out)
    print(
        tr("Cli", "Backup written to {0}: {1} files, {2:.1f} MB, checked.").format(
            info.path, info.files, info.size / 1e6
        )
    )
    return 0


def cmd_restore(args) -> int:
    from desktop_app.services import backup
    from desktop_app.storage.database import Database
    from desktop_app.storage.datadir import ensure_data_dir
    from desktop_app.storage.lock import InstanceLock

    data_dir = _data_dir(args)
    ensure_data_dir(data_dir)
    with InstanceLock(data_dir):
        kept = backup.restore(args.file, data_dir)
        Database.open(data_dir).close()  # an older backup is migrated now, with its own safety copy
    if kept:
        print(tr("Cli", "Restored from {0}; the previous data was kept in {1}.").format(args.file, kept))
    else:
        print(tr("Cli", "Restored from {0}.").format(args.file))
    return 0


def cmd_screenshot(args) -> int:
    from desktop_app.gui.app import screenshot

    return screenshot(_data_dir(args), args.page, args.out, args.width, args.height, tab=args.tab)


def cmd_self_test(args) -> int:
    from desktop_app.selftest import run_self_test

    return run_self_test()


# -- entry point ---------------------------------------------------------------------------------------
def _window_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """``foodsafety-desk [--data-dir DIR]`` (a double-click) opens the window at once,
    without building every subcommand's parser first."""
    quick = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    quick.add_argument("--data-dir")
    try:
        known, rest = quick.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return None  # the full parser explains the mistake
    return None if rest else known


def main(argv: Sequence[str] | None = None) -> int:
    set_language(None)
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _window_only(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    func = cmd_self_test if getattr(args, "self_test", False) else getattr(args, "func", cmd_gui)
    try:
        return func(args)
    except KnownError as err:
        sys.stderr.write(tr("Cli", "Error: ") + err.message + "\n")
        for line in err.details:
            sys.stderr.write(f"  - {line}\n")
        return err.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (``… | head``): not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception:
        from desktop_app.crashlog import log_exception

        path = log_exception(*sys.exc_info(), data_dir=_data_dir(args))
        sys.stderr.write(tr("Cli", "Unexpected error; details were written to {0}").format(path) + "\n")
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
