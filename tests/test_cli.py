"""The command line through its entry point, as a clerk or a script would run it (a few runs in a child process)."""

import json
import subprocess
import sys

import pytest
from openpyxl import Workbook

from desktop_app.paths import DB_FILE_NAME
from tests.conftest import ROOT, run_cli, run_cli_process
from tests.seed_annex import parse_seed


def _init(data_dir):
    result = run_cli(
        "init",
        "--name",
        "昌都市创建国家食品安全示范城市",
        "--region",
        "昌都市",
        "--population",
        "760966",
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_init_then_framework_show_json(tmp_path):
    data = tmp_path / "d"
    out = _init(data)
    assert "已在" in out.stdout and "设置创建活动" in out.stdout
    result = run_cli("framework", "show", "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["name"] == "国家食品安全示范城市评价细则（2021版）"
    assert shown["total_score"] == 120
    assert [c["score"] for c in shown["categories"]] == [30, 15, 15, 20, 40]
    points = [p for c in shown["categories"] for p in c["points"]]
    items = [i for p in points for i in p["items"]]
    assert len(shown["categories"]) == 5 and len(points) == 36 and len(items) == 89
    assert [i["no"] for i in shown["veto_items"]] == [90, 91, 92, 93, 94]
    for key in ("name", "score", "points"):
        assert key in shown["categories"][0]
    for key in ("code", "name", "score", "items"):
        assert key in points[0]
    for key in ("no", "text", "methods", "departments"):
        assert key in items[0]
    seed = parse_seed()
    assert {i["no"]: i["text"] for i in items + shown["veto_items"]} == {i.no: i.text for i in seed.items()}
    item85 = next(i for i in items if i["no"] == 85)
    assert item85["departments"] == ["市教育局", "各县（区）"]


def test_framework_export_and_import_round_trip(tmp_path):
    data = tmp_path / "d"
    _init(data)
    path = tmp_path / "细则.xlsx"
    assert run_cli("framework", "export", str(path), data_dir=data).returncode == 0
    result = run_cli("framework", "import", str(path), data_dir=data)
    assert result.returncode == 2
    assert "已存在代码为“national-2021”" in result.stderr


def test_broken_rule_set_workbook_exits_non_zero_with_reasons(tmp_path):
    data = tmp_path / "d"
    _init(data)
    bad = tmp_path / "bad.xlsx"
    wb = Workbook()
    wb.active.title = "评价细则"
    wb.save(bad)
    result = run_cli("framework", "import", str(bad), data_dir=data)
    assert result.returncode == 2
    assert "不是评价细则工作簿" in result.stderr and "“说明”" in result.stderr


def test_units_import_and_list_json(tmp_path):
    data = tmp_path / "d"
    _init(data)
    wb = Workbook()
    ws = wb.active
    ws.append(["单位名称", "分管领导", "联络员", "联系电话", "别名"])
    ws.append(["市市场监管局", "王晓东", "李红梅", "0895-4800001", "市场监管局"])
    ws.append(["卡若区", "次仁", "卓玛", "0895-4800002", ""])
    path = tmp_path / "units.xlsx"
    wb.save(path)
    result = run_cli("units", "import", str(path), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "新增 2 个" in result.stdout
    listed = json.loads(run_cli("units", "list", "--json", data_dir=data).stdout)
    assert [(u["name"], u["kind"], u["aliases"]) for u in listed] == [
        ("市市场监管局", "部门", ["市场监管局"]),
        ("卡若区", "县/区", []),
    ]


def test_units_import_with_duplicates_changes_nothing(tmp_path):
    data = tmp_path / "d"
    _init(data)
    wb = Workbook()
    ws = wb.active
    ws.append(["单位名称"])
    ws.append(["市教育局"])
    ws.append(["市 教育局"])
    path = tmp_path / "dup.xlsx"
    wb.save(path)
    result = run_cli("units", "import", str(path), data_dir=data)
    assert result.returncode == 2
    assert "第 3 行" in result.stderr and "重复" in result.stderr
    assert json.loads(run_cli("units", "list", "--json", data_dir=data).stdout) == []


def test_env_variable_names_the_data_folder(tmp_path):
    data = tmp_path / "from-env"
    result = run_cli("demo", "--scale", "small", env={"FOODSAFETY_DESK_DATA": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / DB_FILE_NAME).exists()
    listed = json.loads(run_cli("units", "list", "--json", env={"FOODSAFETY_DESK_DATA": str(data)}).stdout)
    assert len(listed) == 38


def test_corrupt_database_exits_non_zero_and_is_not_overwritten(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    db_file = data / DB_FILE_NAME
    db_file.write_bytes(b"garbage" * 1000)
    for args in (["framework", "show", "--json"], ["init", "--name", "x", "--region", "y", "--population", "1"]):
        result = run_cli(*args, data_dir=data)
        assert result.returncode == 2
        assert "不是本程序的数据库" in result.stderr
    assert db_file.read_bytes() == b"garbage" * 1000


def test_second_instance_is_refused(tmp_path):
    data = tmp_path / "d"
    _init(data)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from desktop_app.storage.lock import InstanceLock; "
            f"lock = InstanceLock({str(data)!r}).acquire(); print('held', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        result = run_cli("demo", "--scale", "small", data_dir=data)
        assert result.returncode == 2
        assert "另一个食安创建工作台正在使用数据文件夹" in result.stderr
        # reading is still allowed while the program is open
        assert run_cli("units", "list", "--json", data_dir=data).returncode == 0
    finally:
        holder.kill()
        holder.wait()
    assert run_cli("units", "list", data_dir=data).returncode == 0


def test_init_twice_and_bad_values(tmp_path):
    data = tmp_path / "d"
    _init(data)
    again = run_cli("init", "--name", "又一个", "--region", "昌都市", "--population", "1", data_dir=data)
    assert again.returncode == 2 and "已有创建活动" in again.stderr
    other = tmp_path / "e"
    bad = run_cli(
        "init",
        "--name",
        " ",
        "--region",
        "昌都市",
        "--population",
        "1",
        "--due-day",
        "31",
        "--start",
        "2025-01-01",
        "--end",
        "2024-01-01",
        data_dir=other,
    )
    assert bad.returncode == 2
    for expected in ("请填写创建活动名称", "截止日须在1日至28日之间", "结束日期必须晚于开始日期"):
        assert expected in bad.stderr


def test_demo_refuses_a_used_folder(tmp_path):
    data = tmp_path / "d"
    _init(data)
    result = run_cli("demo", "--scale", "small", data_dir=data)
    assert result.returncode == 2 and "已有创建活动" in result.stderr


def test_version_and_help():
    assert run_cli_process("--version").stdout.startswith("foodsafety-desk ")
    helped = run_cli("--help")
    assert helped.returncode == 0 and "framework" in helped.stdout and "screenshot" in helped.stdout


def test_a_closed_pipe_is_not_a_crash(tmp_path):
    data = tmp_path / "d"
    _init(data)
    command = [sys.executable, "-m", "desktop_app", "--data-dir", str(data), "framework", "show", "--json"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    proc.stdout.read(100)
    proc.stdout.close()  # like `| head -c 100`
    stderr = proc.stderr.read().decode("utf-8")
    proc.wait(timeout=60)
    assert "意外错误" not in stderr and "Traceback" not in stderr
    assert not (data / "logs" / "crash.log").exists()


def test_export_to_an_impossible_place_is_a_clear_error(tmp_path):
    data = tmp_path / "d"
    _init(data)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for args in (["framework", "export"], ["units", "export"]):
        result = run_cli(*args, str(blocker / "out.xlsx"), data_dir=data)
        assert result.returncode == 2 and "所在的文件夹不存在" in result.stderr
    assert not (data / "logs" / "crash.log").exists()


def test_rows_passed_over_are_listed_by_the_command_line(tmp_path):
    from tests.seed_tasks import annex_workbook

    data = tmp_path / "d"
    assert run_cli("demo", "--scale", "small", data_dir=data).returncode == 0
    path = annex_workbook(tmp_path / "附件.xlsx", merged=False)
    result = run_cli("assignments", "import", str(path), "--create-units", "--map", "各承保公司=-", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "94" in result.stdout and "已跳过的行" in result.stdout and "跨整行的类别标题行" in result.stdout


def test_a_dry_run_shows_what_an_import_would_do_and_keeps_nothing(tmp_path):
    from tests.seed_tasks import task_workbook

    data = tmp_path / "d"
    assert run_cli("demo", "--scale", "small", data_dir=data).returncode == 0
    before = json.loads(run_cli("tasks", "list", "--json", data_dir=data).stdout)
    path = task_workbook(tmp_path / "任务.xlsx")
    tried = run_cli("tasks", "import", str(path), "--create-units", "--dry-run", data_dir=data)
    assert tried.returncode == 0, tried.stderr
    assert "新增" in tried.stdout and "试运行" in tried.stdout
    assert json.loads(run_cli("tasks", "list", "--json", data_dir=data).stdout) == before
    units_before = run_cli("units", "list", "--json", data_dir=data).stdout
    assert "新区管委会" not in units_before  # --create-units in a dry run creates nothing


@pytest.mark.parametrize("given", ["garbage", "mysql://office@10.0.0.5/campaign", "postgresql://", "C:\\创建\\数据"])
def test_an_address_that_is_no_postgresql_server_is_refused_and_no_file_made(tmp_path, given):
    data = tmp_path / "数据"
    for args, env in (
        (("--database", given, "units", "list"), None),
        (("units", "list"), {"FOODSAFETY_DESK_DATABASE": given}),
    ):
        out = run_cli(*args, data_dir=data, env=env)
        assert out.returncode == 2 and "不是 PostgreSQL 服务器的地址" in out.stderr, out.stderr
        assert "Traceback" not in out.stderr and not data.exists()  # no new local file in its stead


def test_a_server_address_is_taken_in_any_case():
    from desktop_app.storage import address

    assert address.server_url("Postgresql://clerk@server:5432/campaign") == "postgresql://clerk@server:5432/campaign"
    assert address.server_url("POSTGRES://clerk@server/campaign") == "postgresql://clerk@server/campaign"
