"""Commands for the self-assessment (``assess``)."""

from __future__ import annotations

import argparse

from desktop_app.cli.common import Session, print_json, whole_number
from desktop_app.core.i18n import tr


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    from desktop_app.core.assessment import VETO_STATES

    assess = sub.add_parser("assess", help=tr("Cli", "the self-assessment (自查自评)"), parents=[common])
    asub = assess.add_subparsers(dest="action", metavar=tr("Cli", "ACTION"), required=True)
    p = asub.add_parser(
        "show", help=tr("Cli", "the scores by category, the total and the veto items"), parents=[common]
    )
    p.add_argument("--json", action="store_true", help=tr("Cli", "print JSON instead of text"))
    p.set_defaults(func=cmd_assess_show)
    p = asub.add_parser("set-score", help=tr("Cli", "score an evaluation point (or an item of it)"), parents=[common])
    p.add_argument("point", metavar=tr("Cli", "POINT"), help=tr("Cli", "the point's number, e.g. 29"))
    p.add_argument("score", type=float, metavar=tr("Cli", "SCORE"), help=tr("Cli", "the score, in half points"))
    p.add_argument("--item", type=whole_number, help=tr("Cli", "the item, for a point that counts any N of its items"))
    p.add_argument("--basis", default="", help=tr("Cli", "what the score rests on"))
    p.set_defaults(func=cmd_assess_set_score)
    p = asub.add_parser("veto", help=tr("Cli", "mark a veto item"), parents=[common])
    p.add_argument("item", type=whole_number, metavar=tr("Cli", "ITEM"), help=tr("Cli", "the veto item, e.g. 90"))
    p.add_argument("state", choices=VETO_STATES, help=tr("Cli", "one of {0}").format("、".join(VETO_STATES)))
    p.set_defaults(func=cmd_assess_veto)


def cmd_assess_show(args: argparse.Namespace) -> int:
    from desktop_app.services import assessment

    with Session(args, write=False) as db:
        found = assessment.show(db)
    if args.json:
        print_json(found.to_json())
        return 0
    for c in found.categories:
        print(f"{c.code}、{c.name}\t{c.score:g} / {c.max:g}")
    print(tr("Cli", "Total: {0:g} of {1:g}").format(found.total, found.max_total))
    if not found.passes_veto:
        print(tr("Cli", "A veto item has happened: the bid fails whatever the score."))
    return 0


def cmd_assess_set_score(args: argparse.Namespace) -> int:
    from desktop_app.services import assessment

    with Session(args, write=True) as db:
        assessment.set_score(db, args.point, args.score, item=args.item, basis=args.basis)
        total = assessment.show(db).total
    print(tr("Cli", "Kept. Total now {0:g}.").format(total))
    return 0


def cmd_assess_veto(args: argparse.Namespace) -> int:
    from desktop_app.services import assessment

    with Session(args, write=True) as db:
        assessment.set_veto(db, args.item, args.state)
    print(tr("Cli", "Veto item ({0}): {1}.").format(args.item, args.state))
    return 0
