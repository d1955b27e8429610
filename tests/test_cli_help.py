"""Every command explains itself in Chinese: argparse's own words, every option's help, the values'
names and the messages for a value typed wrong."""

import re

import pytest

from desktop_app.cli import build_parser
from tests.conftest import run_cli


def _commands(parser, prefix=()):
    """Every command path, e.g. ('evidence', 'add'), with its parser."""
    yield prefix, parser
    for action in parser._actions:
        if action.choices and hasattr(action.choices, "items") and action.__class__.__name__ == "_SubParsersAction":
            for name, sub in action.choices.items():
                yield from _commands(sub, (*prefix, name))


COMMANDS = [path for path, _ in _commands(build_parser())]

# What may stay Latin: the program's and the commands' names, option names, file types and formats.
# Choices show their Chinese words (每月, 小型, 首页), though the codes are taken too.
ALLOWED = {
    "foodsafety",
    "desk",
    "FOODSAFETY_DESK_DATA",
    "FOODSAFETY_DESK_DATABASE",
    "PostgreSQL",
    "postgresql",
    "JSON",
    "PDF",
    "PNG",
    "Excel",
    "Word",
    "WPS",
    "YYYY",
    "MM",
    "DD",
}


def _latin_words(text: str, path: tuple[str, ...]) -> list[str]:
    for command in sorted({name for p in COMMANDS for name in p}, key=len, reverse=True):
        if "-" in command:  # set-role, reset-password: command names, not options
            text = text.replace(command, " ")
    text = re.sub(r"--?[a-z][a-z-]*", " ", text)  # option names
    text = re.sub(r"\.(xlsx|fsdbak|pdf|png|zip)\b", " ", text)
    text = re.sub(r"\b[a-z]+-\d{4}\b", " ", text)  # rule set codes such as national-2021
    names = {name for p in COMMANDS for name in p}
    return [
        w
        for w in re.findall(r"[A-Za-z_][A-Za-z_]+", text)
        if w not in ALLOWED and w not in names and not re.fullmatch(r"G\d|[A-Z]", w)
    ]


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "(top)")
def test_every_help_speaks_chinese(path):
    result = run_cli(*path, "--help")
    assert result.returncode == 0, result.stderr
    assert "用法：" in result.stdout
    assert _latin_words(result.stdout, path) == []


def test_every_option_has_help_text():
    missing = []
    for path, parser in _commands(build_parser()):
        for action in parser._actions:
            if action.help in (None, "") and action.__class__.__name__ != "_SubParsersAction":
                missing.append((" ".join(path), action.option_strings or action.dest))
    assert missing == []


def test_a_number_typed_in_chinese_is_explained_in_chinese(tmp_path):
    result = run_cli("init", "--name", "x", "--region", "y", "--population", "96万", data_dir=tmp_path / "d")
    assert result.returncode == 2
    assert "“96万”不是整数" in result.stderr and "invalid" not in result.stderr
    unknown = run_cli("frobnicate")
    assert unknown.returncode == 2 and "无效的选择" in unknown.stderr and "用法：" in unknown.stderr
    missing = run_cli("init")
    assert "缺少必需的参数" in missing.stderr and "required" not in missing.stderr


def test_choices_are_shown_and_taken_in_chinese_and_the_codes_still_work(tmp_path):
    from desktop_app.core.text import columns

    parser = build_parser()
    assert parser.parse_args(["rounds", "cycle", "每季度"]).cycle == "quarterly"
    assert parser.parse_args(["rounds", "cycle", "quarterly"]).cycle == "quarterly"
    assert parser.parse_args(["demo", "--scale", "大型"]).scale == "large"
    assert parser.parse_args(["screenshot", "--page", "任务", "--out", "x.png"]).page == "tasks"
    assert parser.parse_args(["rounds", "add", "--due", "2026-08-25", "--scope", "自查报告"]).scope == "self_report"
    help_text = run_cli("rounds", "cycle", "--help").stdout
    assert "{每月,每季度,规定日期}" in help_text and "monthly" not in help_text
    wrong = run_cli("rounds", "cycle", "每年", data_dir=tmp_path / "d")
    assert wrong.returncode == 2 and "“每年”不是每月、每季度、规定日期中的一个" in wrong.stderr, wrong.stderr
    assert columns("文件") == 4 and columns("--out 文件") == 10


@pytest.mark.parametrize("path", [("report", "monthly"), ("evidence", "add"), ("init",), ()], ids=str)
def test_help_columns_line_up_as_the_terminal_shows_them(path):
    """Each option's help starts in one column, counted as a terminal counts (a Chinese character is
    two columns), and no line runs past the width argparse wraps at."""
    from desktop_app.core.text import columns

    text = run_cli(*path, "--help").stdout
    starts = set()
    for line in text.splitlines():
        found = re.match(r"^(  \S.*?\S)  +(\S)", line)
        if found and not line.lstrip().startswith(("用法", "[")):
            starts.add(columns(line[: found.start(2)]))
        assert columns(line) <= 100, line
    assert len(starts) == 1, (starts, text)
