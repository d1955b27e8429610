"""Commands for the campaign itself: ``init``, ``demo``, ``framework`` (the rule set) and ``units``."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.common import (
    Choices,
    Reading,
    Session,
    data_dir_of,
    date_arg,
    print_checks,
    print_json,
    print_skipped,
    print_unread,
    strict_option,
    whole_number,
)
from desktop_app.core.i18n import tr
from desktop_app.core.tables import SkippedRow

SCALE_WORDS = Choices({"small": "小型", "large": "大型"})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", help=tr("Cli", "set up the campaign in the data folder"), parents=[common])
    p.set_defaults(func=cmd_init)
    p.add_argument("--name", required=True, help=tr("Cli", "campaign name"))
    p.add_argument("--region", required=True, help=tr("Cli", "city or district"))
    p.add_argument("--population", required=True, type=whole_number, help=tr("Cli", "resident population"))
    p.add_argument(
        "--level",
        default="国家",
        choices=["国家", "省级"],
        help=tr("Cli", "national (国家) or provincial (省级) campaign; default 国家"),
    )
    p.add_argument(
        "--rule-set",
        metavar=tr("Cli", "CODE"),
        help=tr(
            "Cli",
            "the rule set's code (default: national-2021 for a national campaign; a provincial one must name "
            "its province's, loaded with “framework import”, or national-2021)",
        ),
    )
    p.add_argument("--start", type=date_arg, help=tr("Cli", "first day, YYYY-MM-DD"))
    p.add_argument("--end", type=date_arg, help=tr("Cli", "last day, YYYY-MM-DD"))
    p.add_argument("--due-day", type=whole_number, default=25, help=tr("Cli", "monthly report due day"))
    p.add_argument("--office", default="", help=tr("Cli", "issuing office"))

    p = sub.add_parser("demo", help=tr("Cli", "build a demo campaign in an empty data folder"), parents=[common])
    p.set_defaults(func=cmd_demo)
    p.add_argument(
        "--scale",
        type=SCALE_WORDS,
        metavar=SCALE_WORDS.metavar,
        default="small",
        help=tr("Cli", "小型: 昌都市 after seed 001; 大型: 60 units, 2,000 tasks, 50,000 evidence records"),
    )

    framework = sub.add_parser("framework", help=tr("Cli", "the rule set (评价细则)"), parents=[common])
    fsub = framework.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = fsub.add_parser("show", help=tr("Cli", "print the campaign's rule set"), parents=[common])
    p.add_argument("--json", action="store_true", help=tr("Cli", "print JSON instead of text"))
    p.set_defaults(func=cmd_framework_show)
    p = fsub.add_parser("export", help=tr("Cli", "write the rule set to a workbook"), parents=[common])
    p.add_argument("file", type=Path, metavar=tr("Cli", "FILE.xlsx"), help=tr("Cli", "the workbook to write"))
    p.set_defaults(func=cmd_framework_export)
    p = fsub.add_parser("import", help=tr("Cli", "load a rule set from a workbook"), parents=[common])
    p.add_argument("file", type=Path, metavar=tr("Cli", "FILE.xlsx"), help=tr("Cli", "the workbook to read"))
    p.add_argument("--use", action="store_true", help=tr("Cli", "make it the campaign's rule set"))
    p.set_defaults(func=cmd_framework_import)

    units = sub.add_parser("units", help=tr("Cli", "member units"), parents=[common])
    usub = units.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = usub.add_parser("import", help=tr("Cli", "add or update units from a workbook"), parents=[common])
    p.add_argument("file", type=Path, metavar=tr("Cli", "FILE.xlsx"), help=tr("Cli", "the workbook to read"))
    p.add_argument(
        "--clear-blank",
        action="store_true",
        help=tr("Cli", "a blank cell clears what a unit had there (without it, a blank cell leaves the unit as it is)"),
    )
    strict_option(p)
    p.set_defaults(func=cmd_units_import)
    p = usub.add_parser("export", help=tr("Cli", "write the units to a workbook"), parents=[common])
    p.add_argument("file", type=Path, metavar=tr("Cli", "FILE.xlsx"), help=tr("Cli", "the workbook to write"))
    p.set_defaults(func=cmd_units_export)
    p = usub.add_parser("list", help=tr("Cli", "list the units"), parents=[common])
    p.add_argument("--json", action="store_true", help=tr("Cli", "print JSON instead of text"))
    p.add_argument("--to-check", action="store_true", help=tr("Cli", "only units with cells kept as written (需核对)"))
    p.set_defaults(func=cmd_units_list)
    p = usub.add_parser(
        "confirm", help=tr("Cli", "confirm what an import kept as written for a unit (需核对)"), parents=[common]
    )
    p.add_argument("name", metavar=tr("Cli", "NAME"), help=tr("Cli", "the unit's name or alias"))
    p.set_defaults(func=cmd_units_confirm)


def cmd_init(args: argparse.Namespace) -> int:
    from desktop_app.services import campaigns

    with Session(args, write=True, create=True) as db:
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
            rule_set_code=args.rule_set,
        )
    print(tr("Cli", "Campaign “{0}” set up in {1}.").format(info.name, data_dir_of(args)))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.services import demo

    with Session(args, write=True, create=True) as db:
        info = demo.build(db, args.scale)
    print(tr("Cli", "Demo campaign “{0}” built in {1}.").format(info.name, data_dir_of(args)))
    return 0


def cmd_framework_show(args: argparse.Namespace) -> int:
    from desktop_app.services.reads import ruleset as rulesets

    with Reading(args) as source:
        rs = rulesets.load(source)
    if args.json:
        print_json(rs.summary_json())
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


def cmd_framework_export(args: argparse.Namespace) -> int:
    from desktop_app.services import rulesets

    with Session(args, write=False) as db:
        path = rulesets.export_xlsx(db, args.file)
    print(tr("Cli", "Rule set written to {0}.").format(path))
    return 0


def cmd_framework_import(args: argparse.Namespace) -> int:
    from desktop_app.services import rulesets

    skipped: list[SkippedRow] = []
    with Session(args, write=True) as db:
        rs = rulesets.import_xlsx(db, args.file, use_for_campaign=args.use, skipped=skipped)
    print(tr("Cli", "Rule set “{0}” imported: {1} items.").format(rs.name, len(rs.items())))
    print_skipped(skipped)
    return 0


def cmd_units_import(args: argparse.Namespace) -> int:
    from desktop_app.services import units

    with Session(args, write=True) as db:
        result = units.import_xlsx(db, args.file, clear_blank=args.clear_blank, strict=args.strict)
    print(tr("Cli", "Units imported: {0} new, {1} updated.").format(result.created, result.updated))
    print_checks(result.checks)
    print_unread(result.unread)
    print_skipped(result.skipped)
    if result.blank_kept:
        print(
            tr("Cli", "Blank cells left as the units had them ({0}); add --clear-blank to clear them:").format(
                len(result.blank_kept)
            )
        )
        for name, what in result.blank_kept:
            print(f"  {name}\t{what}")
    return 0


def cmd_units_export(args: argparse.Namespace) -> int:
    from desktop_app.services import units

    with Session(args, write=False) as db:
        path = units.export_xlsx(db, args.file)
    print(tr("Cli", "Units written to {0}.").format(path))
    return 0


def cmd_units_list(args: argparse.Namespace) -> int:
    from desktop_app.services.reads import units

    with Reading(args) as source:
        rows = units.list_units(source)
    if args.to_check:
        rows = [u for u in rows if u.to_check]
    if args.json:
        print_json([u.to_json() for u in rows])
    else:
        for u in rows:
            state = "" if u.active else tr("Cli", " (inactive)")
            marked = "\t需核对" if u.to_check else ""
            print(f"{u.name}\t{u.kind}\t{u.leader}\t{u.liaison}\t{u.phone}{state}{marked}")
    return 0


def cmd_units_confirm(args: argparse.Namespace) -> int:
    from desktop_app.core.errors import NotFoundError
    from desktop_app.services import units

    with Session(args, write=True) as db:
        unit = units.find(db, args.name)
        if unit is None:
            raise NotFoundError(tr("Cli", "There is no unit called “{0}”.").format(args.name))
        units.confirm_checks(db, unit.id, version=unit.version)
    print(tr("Cli", "{0}: confirmed as written.").format(unit.name))
    return 0
