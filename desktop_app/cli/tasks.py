"""Commands for the plan's tasks (``tasks``) and the indicator responsibility table (``assignments``)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.common import (
    Session,
    date_arg,
    print_checks,
    print_json,
    print_names,
    print_skipped,
    print_unread,
    replaced_note,
    strict_option,
    whole_number,
)
from desktop_app.core.errors import KnownError
from desktop_app.core.i18n import tr
from desktop_app.core.tasks import ROLE_LEAD


def _mapping_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", type=Path, metavar=tr("Cli", "FILE.xlsx"), help=tr("Cli", "the office's workbook"))
    p.add_argument("--sheet", help=tr("Cli", "the sheet to read (default: the one that holds the table)"))
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar=tr("Cli", "NAME=UNIT"),
        help=tr(
            "Cli",
            "take a name in the workbook as this member unit (remembered as an alias); NAME= creates it, "
            "NAME=* means every member unit, NAME=乡镇/街道 or NAME=县/区 every unit of the kind, NAME=- leaves it out",
        ),
    )
    p.add_argument("--create-units", action="store_true", help=tr("Cli", "create units for names still unknown"))
    p.add_argument(
        "--dry-run", action="store_true", help=tr("Cli", "only check and show what would change; nothing is saved")
    )
    p.add_argument(
        "--columns",
        metavar=tr("Cli", "NAME=COL,…"),
        help=tr("Cli", "which column holds what, as 任务=B,牵头单位=C, when the header is not recognised"),
    )
    p.add_argument(
        "--header-row",
        type=whole_number,
        default=1,
        metavar=tr("Cli", "N"),
        help=tr("Cli", "with --columns: the last header row; data starts below it (default 1)"),
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    tasks = sub.add_parser("tasks", help=tr("Cli", "the plan's tasks"), parents=[common])
    tsub = tasks.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = tsub.add_parser("import", help=tr("Cli", "add or update tasks from the office's task table"), parents=[common])
    _mapping_options(p)
    p.add_argument(
        "--clear-blank",
        action="store_true",
        help=tr("Cli", "a blank cell clears what a task had there (without it, a blank cell leaves the task as it is)"),
    )
    strict_option(p)
    p.set_defaults(func=cmd_tasks_import)
    p = tsub.add_parser("list", help=tr("Cli", "list the tasks"), parents=[common])
    p.add_argument("--overdue", action="store_true", help=tr("Cli", "only tasks past their deadline"))
    p.add_argument("--unit", help=tr("Cli", "only this unit's tasks"))
    p.add_argument("--json", action="store_true", help=tr("Cli", "print JSON instead of text"))
    p.add_argument("--to-check", action="store_true", help=tr("Cli", "only tasks with cells kept as written (需核对)"))
    p.set_defaults(func=cmd_tasks_list)
    p = tsub.add_parser(
        "settle",
        help=tr("Cli", "confirm what an import kept as written for a task (需核对), or correct its deadline"),
        parents=[common],
    )
    p.add_argument("code", metavar=tr("Cli", "CODE"), help=tr("Cli", "the task's number, e.g. 1.5"))
    p.add_argument(
        "--deadline", metavar=tr("Cli", "TEXT"), help=tr("Cli", "the deadline as you read it, e.g. 2024年6月底前")
    )
    p.set_defaults(func=cmd_tasks_settle)
    p = tsub.add_parser("export", help=tr("Cli", "write the task list to a workbook"), parents=[common])
    p.add_argument("file", type=Path, metavar=tr("Cli", "FILE.xlsx"), help=tr("Cli", "the workbook to write"))
    p.add_argument("--unit", help=tr("Cli", "only this unit's tasks"))
    p.set_defaults(func=cmd_tasks_export)
    p = tsub.add_parser(
        "notice", help=tr("Cli", "the reminder notice (催办通知单) to a unit, as PDF"), parents=[common]
    )
    p.add_argument("--unit", required=True, help=tr("Cli", "the unit to remind"))
    p.add_argument("--out", required=True, type=Path, help=tr("Cli", "the PDF file to write"))
    p.add_argument(
        "--docx", type=Path, metavar=tr("Cli", "FILE"), help=tr("Cli", "also write an editable Word copy of the whole")
    )
    p.add_argument("--xlsx", type=Path, help=tr("Cli", "also write the notice's tables to this workbook"))
    p.add_argument("--date", type=date_arg, help=tr("Cli", "the notice's date (default today)"))
    p.set_defaults(func=cmd_tasks_notice)

    assignments = sub.add_parser(
        "assignments", help=tr("Cli", "the indicator responsibility table (指标任务责任分解表)"), parents=[common]
    )
    asub = assignments.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = asub.add_parser("import", help=tr("Cli", "take the departments of each item from a workbook"), parents=[common])
    _mapping_options(p)
    p.set_defaults(func=cmd_assignments_import)


def _mapping(args: argparse.Namespace) -> dict[str, str]:
    found: dict[str, str] = {}
    for text in args.map:
        name, sep, unit = text.partition("=")
        if not sep or not name.strip():
            raise KnownError(tr("Cli", "--map takes NAME=UNIT, e.g. --map 新区管委会=昌都经济开发区管委会."))
        found[name.strip()] = unit.strip()
    return found


def _import_options(args: argparse.Namespace, kind: str) -> dict[str, Any]:
    """--sheet, --map, --create-units, and --columns with --header-row (else the header is recognised)."""
    layout = None
    if args.columns:
        from desktop_app.exchange.tasks_xlsx import Layout, parse_columns

        layout = Layout(args.sheet, args.header_row, parse_columns(kind, args.columns))
    return {
        "sheet": args.sheet,
        "mapping": _mapping(args),
        "create_units": args.create_units,
        "layout": layout,
        "dry_run": args.dry_run,
    }


def cmd_tasks_import(args: argparse.Namespace) -> int:
    from desktop_app.services import task_import

    with Session(args, write=True) as db:
        result = task_import.import_tasks(
            db, args.file, **_import_options(args, "tasks"), clear_blank=args.clear_blank, strict=args.strict
        )
    print(
        tr("Cli", "Tasks imported: {0} new, {1} updated, {2} unchanged.").format(
            result.created, result.updated, result.unchanged
        )
    )
    print_names(result.names)
    print_checks(result.checks)
    print_unread(result.unread)
    print_skipped(result.skipped)
    if result.blank_kept:
        print(
            tr("Cli", "Blank cells left as the tasks had them ({0}); add --clear-blank to clear them:").format(
                len(result.blank_kept)
            )
        )
        for code, what in result.blank_kept:
            print(f"  {code}\t{what}")
    if args.dry_run:
        print(tr("Cli", "A dry run: nothing was saved."))
    return 0


def cmd_tasks_list(args: argparse.Namespace) -> int:
    from desktop_app.services import tasks

    with Session(args, write=False) as db:
        rows = tasks.list_tasks(db, unit=args.unit, overdue=args.overdue)
    if args.to_check:
        rows = [t for t in rows if t.to_check]
    if args.json:
        print_json([t.to_json() for t in rows])
    else:
        for t in rows:
            marked = "\t需核对" if t.to_check else ""
            print(f"{t.code}\t{t.title}\t{t.units_text(ROLE_LEAD)}\t{t.shown_deadline}\t{t.shown_status}{marked}")
    return 0


def cmd_tasks_settle(args: argparse.Namespace) -> int:
    from desktop_app.services import tasks

    with Session(args, write=True) as db:
        found = next((t for t in tasks.list_tasks(db) if t.code == args.code), None)
        if found is None:
            raise KnownError(tr("Tasks", "There is no task numbered “{0}” in the plan.").format(args.code))
        if not found.to_check:
            print(tr("Cli", "Task {0} has nothing to check.").format(args.code))
            return 0
        tasks.settle_checks(db, args.code, args.deadline, version=found.version)
    if args.deadline:
        print(tr("Cli", "Task {0}: deadline corrected to {1}.").format(args.code, args.deadline))
    else:
        print(tr("Cli", "Task {0}: confirmed as written.").format(args.code))
    return 0


def cmd_tasks_export(args: argparse.Namespace) -> int:
    from desktop_app.services import tasks

    with Session(args, write=False) as db:
        path = tasks.export_xlsx(db, args.file, unit=args.unit)
    print(tr("Cli", "Tasks written to {0}.").format(path))
    return 0


def cmd_tasks_notice(args: argparse.Namespace) -> int:
    from desktop_app.services import tasks

    with Session(args, write=True) as db:  # the notice is archived in the data folder
        written = tasks.write_notice(db, args.unit, args.out, today=args.date, docx=args.docx, xlsx=args.xlsx)
    print(tr("Cli", "The reminder notice was written to {0}.").format(written.path))
    replaced_note(written.replaced, written.replaced_in)
    if args.docx:
        print(tr("Cli", "Its Word copy was written to {0}.").format(args.docx))
    if args.xlsx:
        print(tr("Cli", "Its tables were written to {0}.").format(args.xlsx))
    return 0


def cmd_assignments_import(args: argparse.Namespace) -> int:
    from desktop_app.services import task_import

    with Session(args, write=True) as db:
        result = task_import.import_assignments(db, args.file, **_import_options(args, "assignments"))
    print(
        tr("Cli", "Responsibility table imported: {0} items, {1} unit assignments.").format(
            result.items, result.assignments
        )
    )
    print_names(result.names)
    print_skipped(result.skipped)
    if args.dry_run:
        print(tr("Cli", "A dry run: nothing was saved."))
    return 0
