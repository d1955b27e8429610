"""The monthly bulletin as a reader sees it: every font embedded, the Chinese text extractable, the
figures right, the same data giving the same file, the Excel copy and the archive."""

import datetime as dt
import hashlib
import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop_app.core.errors import KnownError
from desktop_app.core.monthly import ReturnedRow
from desktop_app.reports.bulletin import chinese_date
from desktop_app.services import archive, bulletin, evidence, monthly, tasks
from tests.conftest import run_cli

MONTH = "2026-10"


def _text(pdf, *pages):
    args = ["pdftotext", "-layout"] + (["-f", str(pages[0]), "-l", str(pages[-1])] if pages else [])
    return subprocess.run([*args, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _dated(db, code, at):
    """The task's history as if its changes had been made at ``at`` (UTC, as stored)."""
    from sqlalchemy import update

    from desktop_app.storage.models import Task, TaskEvent

    with db.session() as session:
        tid = session.scalar(select(Task.id).where(Task.code == code))
        session.execute(update(TaskEvent).where(TaskEvent.task_id == tid).values(at=at))


@pytest.fixture
def reported(demo_db):
    """Two units reported (one late), one task done, the office's own text written."""
    states = monthly.status(demo_db, MONTH)
    first, second = states[0].unit, states[1].unit
    row = [ReturnedRow("task", "综合", "本月创建工作总体情况", progress="按计划推进")]
    monthly.enter(demo_db, first, MONTH, row, dt.date(2026, 10, 20))
    monthly.enter(demo_db, second, MONTH, row, dt.date(2026, 10, 26))
    task = next(t for t in tasks.list_tasks(demo_db) if not t.is_group)
    tasks.set_status(demo_db, task.code, "已完成")
    _dated(demo_db, task.code, dt.datetime(2026, 10, 24, 9))  # done on the 24th, as its history says
    text = bulletin.get_text(demo_db, MONTH)
    text.number, text.problems = "第10期", "个别单位报送不及时，台账不规范。"
    text.issue_date = dt.date(2026, 10, 26)  # as the office dates it (the default is the day it is made)
    text.next_steps = "一是加强督办。\n二是按月通报。"
    bulletin.save_text(demo_db, text)
    return first, second


def test_the_bulletin_as_a_reader_sees_it(demo_db, reported, tmp_path):
    first, second = reported
    made = bulletin.generate(demo_db, MONTH, tmp_path / "通报.pdf", xlsx=tmp_path / "通报.xlsx")
    fonts = subprocess.run(["pdffonts", str(made.pdf)], capture_output=True, text=True, check=True).stdout
    lines = fonts.strip().splitlines()[2:]
    assert lines and all(line.split()[-5] == "yes" for line in lines), fonts  # every font embedded
    text = _text(made.pdf)
    for words in (
        "昌都市创建国家食品安全示范城市工作通报第10期",  # the 版头
        "关于2026年10月创建工作推进情况的通报",
        "截至2026年10月26日，",
        "一、总体情况",
        "二、报送情况",
        "三、任务推进",
        "四、佐证材料情况",
        "五、存在问题",
        "六、下步工作",
        "按时报送1个",
        "逾期报送1个",
        f"{second}（逾期1天）",
        "已完成1项",
        "个别单位报送不及时，台账不规范。",
        "二是按月通报。",
        "佐证材料尚未归集",
        "全市共有任务",  # 昌都市: the city's own word
        "—1—",
    ):
        assert words in text.replace(" ", "").replace("\n", ""), words
    assert "二〇" not in text  # the 成文日期 in Arabic numerals (GB/T 9704-2012 7.3.5.1), as in the 版头
    assert first in text and "图：各单位任务完成率" in text
    pages = int(
        next(
            line.split()[-1]
            for line in subprocess.run(["pdfinfo", str(made.pdf)], capture_output=True, text=True).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    assert pages >= 4
    body = [_text(made.pdf, n) for n in range(1, pages + 1)]
    first_annex = next(n for n, page in enumerate(body) if page.lstrip().startswith("附件1"))
    assert "附件：1.各单位报送情况" in "".join(body[:first_annex]).replace(" ", "")  # 附件说明 under the body
    assert "序号" in body[first_annex + 1] and "附件" not in body[first_annex + 1]  # the header repeats
    assert "印发" in body[-1]  # the 版记 closes the last page
    wb = load_workbook(made.xlsx)  # the same tables as the PDF's 附件, a sheet each, named as they are
    assert wb.sheetnames[:2] == ["各单位报送情况", "各单位任务推进情况"]
    assert [c.value for c in wb["各单位报送情况"][3]][:3] == [1, first, "按时"]


def test_same_data_same_file_and_the_archive(demo_db, reported, tmp_path):
    one = bulletin.generate(demo_db, MONTH, tmp_path / "一.pdf")
    two = bulletin.generate(demo_db, MONTH, tmp_path / "二.pdf")
    assert one.sha256 == two.sha256 == hashlib.sha256((tmp_path / "二.pdf").read_bytes()).hexdigest()
    kept = archive.listed(demo_db)
    assert [k.id for k in kept] == [two.archive_id, one.archive_id]
    assert kept[0].params["month"] == MONTH and kept[0].path.parent.name == "reports"
    assert archive.path_of(demo_db, one.archive_id).read_bytes() == (tmp_path / "一.pdf").read_bytes()
    kept[0].path.write_bytes(b"%PDF-1.4 changed")
    with pytest.raises(KnownError, match=r"被改动|重新生成"):
        archive.path_of(demo_db, two.archive_id)
    text = bulletin.get_text(demo_db, MONTH)
    text.date_style = "chinese"  # the office's choice: 二〇二六年十月二十六日
    bulletin.save_text(demo_db, text)
    chinese = bulletin.generate(demo_db, MONTH, tmp_path / "三.pdf")
    assert chinese.sha256 != one.sha256 and "二〇二六年十月二十六日" in _text(chinese.pdf).replace(" ", "")


def test_evidence_shows_by_category_once_filed(demo_db, reported, tmp_path):
    paper = tmp_path / "会议纪要.txt"
    paper.write_text("食品安全委员会全体会议纪要", encoding="utf-8")
    evidence.add_files(demo_db, [paper], item=1, unit="市食安办")
    # the bulletin dated 10月26日 says what was known then: the paper filed today is not in it
    assert "佐证材料尚未归集" in _text(bulletin.generate(demo_db, MONTH, tmp_path / "当时.pdf").pdf)
    text = bulletin.get_text(demo_db, MONTH)
    text.issue_date = dt.date.today()
    bulletin.save_text(demo_db, text)
    made = bulletin.generate(demo_db, MONTH, tmp_path / "通报.pdf")
    text = _text(made.pdf)
    assert "佐证材料尚未归集" not in text and "基础工作" in text and "覆盖率" in text


def test_a_bulletin_made_again_for_its_date_says_the_same(demo_db, reported, tmp_path):
    """Reports and task changes that came in after the bulletin's date change nothing in it."""
    _first, second = reported
    before = bulletin.build(demo_db, MONTH)
    one = bulletin.generate(demo_db, MONTH, tmp_path / "一.pdf")
    later = [s.unit for s in monthly.status(demo_db, MONTH)][2]
    row = [ReturnedRow("task", "综合", "本月创建工作总体情况", progress="补报")]
    monthly.enter(demo_db, later, MONTH, row, dt.date.today())  # came in after the 26th
    monthly.enter(demo_db, second, MONTH, row, dt.date.today())  # a correction, dated when it came
    open_task = next(t for t in tasks.list_tasks(demo_db) if not t.is_group and t.status != "已完成")
    tasks.set_status(demo_db, open_task.code, "已完成")
    tasks.supervise(demo_db, open_task.code, True, "抓紧")
    again = bulletin.build(demo_db, MONTH)
    assert again.figures == before.figures and again.units == before.units
    assert next(u for u in again.units if u.unit == second).submitted == "2026-10-26"
    two = bulletin.generate(demo_db, MONTH, tmp_path / "二.pdf")

    def read(pdf):  # as a reader reads it, less the check code of the history (which has grown since)
        words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        return [w for w in words.split() if "校验码" not in w]

    assert read(one.pdf) == read(two.pdf)
    text = bulletin.get_text(demo_db, MONTH)  # made for today, it counts what came since
    text.issue_date = dt.date.today()
    bulletin.save_text(demo_db, text)
    today = bulletin.build(demo_db, MONTH)
    assert today.figures["done"] == before.figures["done"] + 1
    assert today.figures["supervised"] == before.figures["supervised"] + 1
    assert today.figures["late"] == before.figures["late"] + 1


def test_a_character_no_face_has_prints_as_a_box_and_is_named(demo_db, reported, tmp_path):
    text = bulletin.get_text(demo_db, MONTH)
    text.problems = "生僻字𪚥无法打印"
    bulletin.save_text(demo_db, text)
    made = bulletin.generate(demo_db, MONTH, tmp_path / "通报.pdf")  # a complete document all the same
    assert made.replaced == "𪚥"
    assert "生僻字□无法打印" in _text(made.pdf).replace(" ", "").replace("\n", "")


def test_the_command_line_names_a_character_printed_as_a_box(tmp_path):
    data = tmp_path / "data"
    assert run_cli("demo", data_dir=data).returncode == 0
    typed = tmp_path / "存在问题.txt"
    typed.write_text("个别单位（𪚥局）报送不及时。", encoding="utf-8")
    done = run_cli(
        "report", "monthly", "--month", MONTH, "--out", str(tmp_path / "通报.pdf"), "--problems", str(typed),
        data_dir=data,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "𪚥" in done.stdout and "□" in done.stdout


def test_chinese_dates():
    assert chinese_date(dt.date(2025, 3, 26)) == "二〇二五年三月二十六日"
    assert chinese_date(dt.date(2030, 10, 10)) == "二〇三〇年十月十日"
    assert chinese_date(dt.date(2026, 12, 1)) == "二〇二六年十二月一日"


def test_cli_report_monthly(tmp_path):
    data = tmp_path / "data"
    assert run_cli("demo", data_dir=data).returncode == 0
    out = tmp_path / "通报.pdf"
    done = run_cli(
        "report", "monthly", "--month", MONTH, "--out", str(out), "--xlsx", str(tmp_path / "表.xlsx"), data_dir=data
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF") and (tmp_path / "表.xlsx").exists() and "SHA-256" in done.stdout


def test_cli_sets_the_number_the_date_and_the_office_text(tmp_path):
    data = tmp_path / "data"
    assert run_cli("demo", data_dir=data).returncode == 0
    problems = tmp_path / "问题.txt"
    problems.write_bytes("个别单位台账不全。\n\n部分县区进度偏慢。\n".encode("gbk"))  # as Notepad saves it
    steps = tmp_path / "下步.txt"
    steps.write_text("\ufeff一是加强督办。\n二是按月通报。", encoding="utf-8")
    out = tmp_path / "通报.pdf"
    done = run_cli(
        "report", "monthly", "--month", MONTH, "--out", str(out), "--issue-no", "12", "--date", "2026-11-03",
        "--problems", str(problems), "--next-steps", str(steps), data_dir=data,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = _text(out).replace(" ", "").replace("\n", "")
    assert "第12期" in text and "截至2026年11月3日" in text and "二〇" not in text
    assert (
        "个别单位台账不全。" in text
        and "部分县区进度偏慢。" in text
        and "二是按月通报。" in text
        and "无。" not in text
    )
    again = run_cli("report", "monthly", "--month", MONTH, "--out", str(tmp_path / "再.pdf"), data_dir=data)
    assert again.returncode == 0 and "第12期" in _text(tmp_path / "再.pdf")  # kept with the month
    missing = run_cli(
        "report", "monthly", "--month", MONTH, "--out", str(out), "--problems", str(tmp_path / "无.txt"), data_dir=data
    )
    assert missing.returncode != 0 and "无.txt" in missing.stderr


def test_the_document_format_in_the_settings(demo_db, reported, tmp_path):
    from desktop_app.core import settings as spec
    from desktop_app.services import paper

    with pytest.raises(KnownError, match=r"\{n\}"):
        paper.save(demo_db, {spec.ISSUE_FORMAT.key: "第期"})
    with pytest.raises(KnownError, match="只能使用"):
        paper.save(demo_db, {spec.ISSUE_FORMAT.key: "第{n}期{月}"})
    paper.save(
        demo_db,
        {
            spec.MASTHEAD.key: "某市食品安全委员会办公室|创建简报",
            spec.MASTHEAD_STYLE.key: "black",
            spec.ISSUE_FORMAT.key: "〔{年}〕{n}号",
            spec.COPY_TO.key: "市委办公室，市政府办公室",
        },
    )
    text = bulletin.get_text(demo_db, MONTH)
    text.number = "7"
    bulletin.save_text(demo_db, text)
    made = bulletin.generate(demo_db, MONTH, tmp_path / "通报.pdf")
    words = _text(made.pdf).replace(" ", "").replace("\n", "")
    assert words.startswith("某市食品安全委员会办公室创建简报〔2026〕7号")
    assert "抄送：市委办公室，市政府办公室。" in words and "2026年10月26日印发" in words
    assert bulletin.build(demo_db, MONTH).paper.red is False
    paper.save(demo_db, {spec.MASTHEAD_STYLE.key: "none"})
    plain = bulletin.generate(demo_db, MONTH, tmp_path / "无版头.pdf")
    words = _text(plain.pdf).replace(" ", "").replace("\n", "")
    assert words.startswith("昌都市创建国家食品安全示范城市2026年10月工作通报（〔2026〕7号）")


@pytest.mark.parametrize(("region", "word"), [("开州区", "全区共有任务"), ("济源示范区", "全示范区共有任务")])
def test_a_districts_bulletin_speaks_of_its_own_region(db, tmp_path, region, word):
    import datetime as dt

    from desktop_app.services import campaigns

    campaigns.create(
        db,
        name=f"{region}创建",
        region=region,
        population=500_000,
        start=dt.date(2026, 1, 1),
        end=dt.date(2027, 12, 31),
    )
    made = bulletin.generate(db, "2026-10", tmp_path / "通报.pdf")
    text = _text(made.pdf).replace(" ", "").replace("\n", "")
    assert word in text and "全市共有任务" not in text


def test_a_unit_named_with_a_character_no_face_has_is_named_with_it(demo_db, reported, tmp_path):
    """A name in CJK Extension B (𠀾) is printed as □ and the clerk is told which unit holds it."""
    from desktop_app.core.units import UnitRecord
    from desktop_app.services import units

    units.add(demo_db, UnitRecord(name="𠀾县人民政府", kind="县/区"))
    made = bulletin.generate(demo_db, MONTH, tmp_path / "通报.pdf")
    assert made.replaced == "𠀾" and made.replaced_in == ["𠀾县人民政府"]
    out = run_cli("report", "monthly", "--month", MONTH, "--out", str(tmp_path / "再.pdf"), data_dir=demo_db.data_dir)
    assert out.returncode == 0 and "见于：𠀾县人民政府" in out.stdout, out.stdout
    assert "□县人民政府" in _text(made.pdf).replace(" ", "")


def test_the_report_and_the_notice_name_what_holds_a_character_no_face_has(demo_db, tmp_path):
    """The 催办通知单 and the 自查自评报告 say where a □ came from too: the task's title (by the words
    around the character when it is long), the unit's name."""
    import datetime as dt

    from sqlalchemy import update

    from desktop_app.core.units import UnitRecord
    from desktop_app.services import assessment_report, tasks, units
    from desktop_app.storage.models import Task

    task = next(t for t in tasks.list_tasks(demo_db) if t.deadline and t.lead_units)
    title = "组织开展𠀾村食品安全专项整治并对照细则逐项收集佐证材料"
    with demo_db.session() as session:
        session.execute(update(Task).where(Task.code == task.code).values(title=title))
    notice = tasks.write_notice(
        demo_db, task.lead_units[0], tmp_path / "催办.pdf", today=task.deadline + dt.timedelta(days=1)
    )
    assert notice.replaced == "𠀾" and notice.replaced_in and "𠀾村" in notice.replaced_in[0]
    assert len(notice.replaced_in[0]) < len(title)  # the words around it, not the whole title
    out = run_cli(
        "tasks",
        "notice",
        "--unit",
        task.lead_units[0],
        "--out",
        str(tmp_path / "再.pdf"),
        "--date",
        (task.deadline + dt.timedelta(days=1)).isoformat(),
        data_dir=demo_db.data_dir,
    )
    assert out.returncode == 0 and "𠀾村" in out.stdout.split("见于：")[-1], out.stdout
    units.add(demo_db, UnitRecord(name="𠀾县人民政府", kind="县/区"))
    made = assessment_report.generate(demo_db, tmp_path / "自评.pdf")
    assert made.replaced and "𠀾县人民政府" in made.replaced_in, made.replaced_in
