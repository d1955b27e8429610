"""Commands for the self-assessment (``assess``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.common import Session, print_json, whole_number
from desktop_app.core.i18n import tr


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    from desktop_app.core.assessment import VETO_CHOICES

    register_metrics(sub, common)
    register_findings(sub, common)

    assess = sub.add_parser("assess", help=tr("Cli", "the self-assessment (自查自评)"), parents=[common])
    asub = assess.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = asub.add_parser(
        "show", help=tr("Cli", "the scores by category, the total and the veto items"), parents=[common]
    )
    p.add_argument("--json", action="store_true", help=tr("Cli", "print JSON instead of text"))
    p.add_argument("--snapshot", metavar=tr("Cli", "NAME"), help=tr("Cli", "show a kept snapshot and what moved since"))
    p.set_defaults(func=cmd_assess_show)
    p = asub.add_parser("snapshot", help=tr("Cli", "keep the assessment as it stands under a name"), parents=[common])
    p.add_argument("name", metavar=tr("Cli", "NAME"), help=tr("Cli", "the snapshot's name, e.g. 自查1"))
    p.set_defaults(func=cmd_assess_snapshot)
    p = asub.add_parser(
        "readiness", help=tr("Cli", "where the campaign stands if the inspectors came tomorrow"), parents=[common]
    )
    p.add_argument("--json", action="store_true", help=tr("Cli", "print JSON instead of text"))
    p.set_defaults(func=cmd_assess_readiness)
    p = asub.add_parser("set-score", help=tr("Cli", "score an evaluation point (or an item of it)"), parents=[common])
    p.add_argument("point", metavar=tr("Cli", "POINT"), help=tr("Cli", "the point's number, e.g. 29"))
    p.add_argument("score", type=float, metavar=tr("Cli", "SCORE"), help=tr("Cli", "the score, in half points"))
    p.add_argument("--item", type=whole_number, help=tr("Cli", "the item, for a point that counts any N of its items"))
    p.add_argument("--basis", default="", help=tr("Cli", "what the score rests on"))
    p.add_argument(
        "--evidence",
        type=whole_number,
        action="append",
        metavar=tr("Cli", "ID"),
        help=tr("Cli", "an evidence record the score rests on (its number; may be repeated)"),
    )
    p.add_argument(
        "--task",
        action="append",
        metavar=tr("Cli", "CODE"),
        help=tr("Cli", "a task the score rests on (may be repeated)"),
    )
    p.set_defaults(func=cmd_assess_set_score)
    p = asub.add_parser("veto", help=tr("Cli", "mark a veto item"), parents=[common])
    p.add_argument("item", type=whole_number, metavar=tr("Cli", "ITEM"), help=tr("Cli", "the veto item, e.g. 90"))
    p.add_argument("state", choices=VETO_CHOICES, help=tr("Cli", "one of {0}").format("、".join(VETO_CHOICES)))
    p.set_defaults(func=cmd_assess_veto)


def cmd_assess_show(args: argparse.Namespace) -> int:
    from desktop_app.services import assessment

    if args.snapshot:
        with Session(args, write=False) as db:
            frozen = assessment.snapshot_data(db, args.snapshot)
            since = assessment.change_since(db, args.snapshot)
        if args.json:
            print_json({**frozen, "change_since": since})
        else:
            for c in since["categories"]:
                then = "—" if c["then"] is None else f"{c['then']:g}"
                print(f"{c['code']}、{c['name']}\t{then} → {c['now']:g}")
            print(tr("Cli", "Total: {0:g} then, {1:g} now").format(since["total"]["then"], since["total"]["now"]))
        return 0
    with Session(args, write=False) as db:
        found = assessment.show(db)
    if args.json:
        print_json(found.to_json())
        return 0
    for c in found.categories:
        print(f"{c.code}、{c.name}\t{c.score:g} / {c.max:g}")
    print(tr("Cli", "Total: {0:g} of {1:g}").format(found.total, found.max_total))
    verdict = found.veto_verdict()
    if verdict:
        print(verdict)
    return 0


def cmd_assess_readiness(args: argparse.Namespace) -> int:
    from desktop_app.services import readiness

    with Session(args, write=False) as db:
        found = readiness.readiness(db)
    if args.json:
        print_json(found.to_json())
        return 0
    for section in found.sections:
        print(f"{section.title}：{section.summary}")
        for line in section.lines:
            print(f"  {line.text}")
    return 0


def cmd_assess_snapshot(args: argparse.Namespace) -> int:
    from desktop_app.services import assessment

    with Session(args, write=True) as db:
        found = assessment.snapshot(db, args.name)
    print(tr("Cli", "Snapshot “{0}” kept: total {1:g}.").format(args.name, found.total))
    return 0


def cmd_assess_set_score(args: argparse.Namespace) -> int:
    from desktop_app.services import assessment

    with Session(args, write=True) as db:
        assessment.set_score(
            db, args.point, args.score, item=args.item, basis=args.basis, evidence=args.evidence, tasks=args.task
        )
        total = assessment.show(db).total
    print(tr("Cli", "Kept. Total now {0:g}.").format(total))
    return 0


def cmd_assess_veto(args: argparse.Namespace) -> int:
    from desktop_app.services import assessment

    with Session(args, write=True) as db:
        assessment.set_veto(db, args.item, args.state)
    print(tr("Cli", "Veto item ({0}): {1}.").format(args.item, args.state))
    return 0


def register_metrics(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    metrics = sub.add_parser("metrics", help=tr("Cli", "the campaign's measured targets"), parents=[common])
    msub = metrics.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = msub.add_parser("list", help=tr("Cli", "each target, its latest value and whether it is met"), parents=[common])
    p.add_argument("--json", action="store_true", help=tr("Cli", "print JSON instead of text"))
    p.set_defaults(func=cmd_metrics_list)
    p = msub.add_parser("record", help=tr("Cli", "keep a measured value"), parents=[common])
    p.add_argument("metric", metavar=tr("Cli", "TARGET"), help=tr("Cli", "the target's code, e.g. M03"))
    p.add_argument(
        "value", metavar=tr("Cli", "VALUE"), help=tr("Cli", "the value: 98.5 (a percentage), 0.985, 197/200 or a count")
    )
    p.add_argument("--period", required=True, help=tr("Cli", "the year or month it is for, YYYY or YYYY-MM"))
    p.add_argument("--unit", help=tr("Cli", "the unit it is for (default: the whole campaign)"))
    p.add_argument("--source", default="", help=tr("Cli", "where the value comes from"))
    p.add_argument(
        "--file",
        action="append",
        type=Path,
        metavar=tr("Cli", "FILE"),
        help=tr("Cli", "a file the value was taken from, filed as evidence (may be repeated)"),
    )
    p.set_defaults(func=cmd_metrics_record)


def cmd_metrics_list(args: argparse.Namespace) -> int:
    from desktop_app.services import metrics

    with Session(args, write=False) as db:
        found = metrics.states(db)
    if args.json:
        print_json([s.to_json() for s in found])
        return 0
    for s in found:
        state = "—" if s.met is None else (tr("Cli", "met") if s.met else tr("Cli", "not met"))
        latest = "—" if s.latest is None else f"{s.latest:g}{s.metric.unit}"
        print(f"{s.metric.code}\t{s.metric.name}\t{latest}\t{s.metric.required}\t{state}")
    return 0


def cmd_metrics_record(args: argparse.Namespace) -> int:
    from desktop_app.services import metrics

    with Session(args, write=True) as db:
        value = metrics.record(
            db, args.metric, args.value, period=args.period, unit=args.unit, source=args.source, files=args.file
        )
    print(tr("Cli", "Kept: {0} = {1:g}.").format(args.metric.upper(), value))
    return 0


def register_findings(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    from desktop_app.cli.common import date_arg
    from desktop_app.core.findings import INSPECTION_KINDS, STATUSES

    findings = sub.add_parser("findings", help=tr("Cli", "inspections' findings to rectify (整改)"), parents=[common])
    fsub = findings.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = fsub.add_parser("import", help=tr("Cli", "an inspection's list of findings from a workbook"), parents=[common])
    p.add_argument("file", metavar=tr("Cli", "FILE.xlsx"), help=tr("Cli", "the list: 单位, 问题, 项号, 整改时限"))
    p.add_argument("--kind", required=True, choices=INSPECTION_KINDS, help=tr("Cli", "the kind of inspection"))
    p.add_argument("--date", required=True, type=date_arg, help=tr("Cli", "the day of the inspection, YYYY-MM-DD"))
    p.add_argument("--by", default="", help=tr("Cli", "who inspected"))
    p.add_argument("--scope", default="", help=tr("Cli", "what the inspection covered"))
    p.set_defaults(func=cmd_findings_import)
    p = fsub.add_parser("list", help=tr("Cli", "the findings, the overdue first"), parents=[common])
    p.add_argument("--open", action="store_true", help=tr("Cli", "only those not yet rectified"))
    p.add_argument("--json", action="store_true", help=tr("Cli", "print JSON instead of text"))
    p.set_defaults(func=cmd_findings_list)
    p = fsub.add_parser("set-status", help=tr("Cli", "follow a finding's rectification"), parents=[common])
    p.add_argument("id", type=whole_number, metavar=tr("Cli", "ID"), help=tr("Cli", "the finding's number"))
    p.add_argument("status", choices=STATUSES, help=tr("Cli", "one of {0}").format("、".join(STATUSES)))
    p.add_argument("--note", default="", help=tr("Cli", "what was done"))
    p.set_defaults(func=cmd_findings_status)


def cmd_findings_import(args: argparse.Namespace) -> int:
    from desktop_app.services import findings

    with Session(args, write=True) as db:
        count = findings.import_xlsx(db, Path(args.file), kind=args.kind, date=args.date, by=args.by, scope=args.scope)
    print(tr("Cli", "{0} findings imported.").format(count))
    return 0


def cmd_findings_list(args: argparse.Namespace) -> int:
    from desktop_app.services import findings

    with Session(args, write=False) as db:
        found = findings.list_findings(db, only_open=args.open)
    if args.json:
        print_json([f.to_json() for f in found])
        return 0
    for f in found:
        late = tr("Cli", "overdue") if f.overdue else ""
        print(f"{f.id}\t{f.unit}\t{f.status}\t{f.deadline or '—'}\t{late}\t{f.text}")
    return 0


def cmd_findings_status(args: argparse.Namespace) -> int:
    from desktop_app.services import findings

    with Session(args, write=True) as db:
        findings.set_status(db, args.id, args.status, args.note)
    print(tr("Cli", "Finding {0}: {1}.").format(args.id, args.status))
    return 0
