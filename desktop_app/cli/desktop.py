"""Commands for the window: ``gui``, ``screenshot`` and ``--self-test``."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli.common import Choices, data_dir_of, database_of, whole_number
from desktop_app.core.i18n import tr

#: The window's pages, by the names their buttons show.
PAGE_WORDS = Choices(
    {
        "home": "首页",
        "indicators": "评价指标",
        "tasks": "任务",
        "monthly": "月度报送",
        "evidence": "佐证材料",
        "assessment": "自查自评",
        "reports": "报表",
        "units": "成员单位",
        "history": "历史记录",
        "settings": "设置",
    }
)
PAGES = tuple(PAGE_WORDS.words)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("gui", help=tr("Cli", "open the program window"), parents=[common])
    p.set_defaults(func=cmd_gui)
    p = sub.add_parser("screenshot", help=tr("Cli", "render a page offscreen to a PNG file"), parents=[common])
    p.add_argument(
        "--page",
        required=True,
        type=PAGE_WORDS,
        metavar=tr("Cli", "PAGE"),
        help=tr("Cli", "which page: {0}").format("、".join(PAGE_WORDS.words.values())),
    )
    p.add_argument("--out", required=True, type=Path, help=tr("Cli", "the PNG file to write"))
    p.add_argument("--width", type=whole_number, default=1280, help=tr("Cli", "window width in pixels (default 1280)"))
    p.add_argument("--height", type=whole_number, default=800, help=tr("Cli", "window height in pixels (default 800)"))
    p.add_argument("--tab", type=whole_number, default=0, help=tr("Cli", "which tab of the page, counting from 0"))
    p.set_defaults(func=cmd_screenshot)


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop_app.gui.app import run

    return run(data_dir_of(args), database=database_of(args))


def cmd_screenshot(args: argparse.Namespace) -> int:
    from desktop_app.gui.app import screenshot

    return screenshot(
        data_dir_of(args), args.page, args.out, args.width, args.height, tab=args.tab, database=database_of(args)
    )


def cmd_self_test(args: argparse.Namespace) -> int:
    from desktop_app.selftest import run_self_test

    return run_self_test()
