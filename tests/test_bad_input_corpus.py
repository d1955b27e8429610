"""Every file of the bad-input corpus (tests/bad_files.py), fed to every importer it could reach: a
Chinese message that names the file and the reason, quickly, and every record and file as before."""

import re
import time

import pytest

from desktop_app.core.errors import KnownError
from desktop_app.services import backup, evidence, rulesets, task_import, tasks, units
from tests import bad_files

IMPORTERS = {
    "tasks": lambda db, path: task_import.import_tasks(db, path),
    "responsibilities": lambda db, path: task_import.import_assignments(db, path),
    "units": lambda db, path: units.import_xlsx(db, path),
    "rule set": lambda db, path: rulesets.import_xlsx(db, path),
}


def _state(db):
    return (
        [(t.code, t.title, t.lead_units) for t in tasks.list_tasks(db)],
        [(u.name, u.phone) for u in units.list_units(db)],
        [(e.id, e.sha256) for e in evidence.list_evidence(db)],
        rulesets.list_rulesets(db),
    )


@pytest.mark.parametrize("importer", list(IMPORTERS))
@pytest.mark.parametrize("make", bad_files.TABLES, ids=lambda f: f.__name__)
def test_every_bad_table_is_refused_by_name_and_changes_nothing(demo_db, tmp_path, importer, make):
    path = make(tmp_path)
    before = _state(demo_db)
    started = time.monotonic()
    with pytest.raises(KnownError) as caught:
        IMPORTERS[importer](demo_db, path)
    assert time.monotonic() - started < 10
    text = caught.value.message + "\n".join(caught.value.details)
    assert path.name in text or path.stem in text, text
    assert re.search(r"[\u4e00-\u9fff]{4,}", text.replace(path.name, "")), text  # said in Chinese
    assert _state(demo_db) == before


def test_a_formula_in_a_table_is_refused_or_kept_as_text(demo_db, tmp_path):
    """A formula is never run: the cell either carries its saved result or is named."""
    path = bad_files.formula(tmp_path)
    try:
        task_import.import_tasks(demo_db, path, create_units=True)
    except KnownError as refused:
        assert path.name in refused.message or any("公式" in d for d in refused.details)
    else:
        assert all(not t.title.startswith("=") or t.title.startswith("=HYPERLINK") for t in tasks.list_tasks(demo_db))


@pytest.mark.sqlite_only
@pytest.mark.parametrize("make", bad_files.BACKUPS, ids=lambda f: f.__name__)
def test_every_crafted_backup_is_refused_before_anything_moves(demo_db, tmp_path, make):
    good = backup.create(demo_db, tmp_path / "好的.fsdbak").path
    bad = make(good, tmp_path)
    before = _state(demo_db)
    demo_db.close()
    with pytest.raises(KnownError) as caught:
        backup.restore(bad, demo_db.data_dir)
    assert bad.name in caught.value.message
    assert not list(demo_db.data_dir.glob("before-restore-*")) and not (tmp_path.parent / "evil.txt").exists()
    from desktop_app.storage.database import Database

    again = Database.open(demo_db.data_dir)
    try:
        assert _state(again) == before
    finally:
        again.close()


_MEASURED = """
import resource, sys
from desktop_app import cli
try:
    code = cli.main(sys.argv[1:])
except SystemExit as exit_:
    code = exit_.code
print("MAXRSS", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
sys.exit(code if isinstance(code, int) else 2)
"""


@pytest.mark.slow  # each file in a child process, its time and memory measured
@pytest.mark.skipif(__import__("sys").platform != "linux", reason="peak memory read from the Linux kernel")
@pytest.mark.parametrize("make", bad_files.TABLES, ids=lambda f: f.__name__)
def test_each_bad_table_stays_within_10_s_and_500_mb_in_a_process_of_its_own(demo_db, tmp_path, make):
    path = make(tmp_path)
    done, seconds, peak_mb = _measured(demo_db.data_dir, "tasks", "import", path)
    assert done.returncode == 2 and path.name in done.stderr, done.stderr
    assert seconds < 10 and peak_mb < 500, (seconds, peak_mb)


def _measured(data_dir, *args):
    """Run a command in a process of its own: its result, the seconds it took and its peak memory (MB)."""
    import os
    import subprocess
    import sys

    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED, "--data-dir", str(data_dir), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=60,
    )
    seconds = time.monotonic() - started
    peak_mb = int(re.search(r"MAXRSS (\d+)", done.stderr).group(1)) / 1024
    return done, seconds, peak_mb


#: every other importer reached by a table, fed the files built to exhaust memory or time
OTHER_COMMANDS = {
    "units": ("units", "import"),
    "responsibilities": ("assignments", "import"),
    "rule set": ("framework", "import"),
    "monthly": ("monthly", "import"),
    "findings": ("findings", "import", "--kind", "明察暗访", "--date", "2026-11-01", "--"),
}
HEAVY_TABLES = [bad_files.zip_bomb, bad_files.billion_laughs, bad_files.xxe, bad_files.broken_xml]


@pytest.mark.slow  # each file in a child process, its time and memory measured
@pytest.mark.skipif(__import__("sys").platform != "linux", reason="peak memory read from the Linux kernel")
@pytest.mark.parametrize("command", list(OTHER_COMMANDS))
@pytest.mark.parametrize("make", HEAVY_TABLES, ids=lambda f: f.__name__)
def test_every_importer_stays_within_10_s_and_500_mb_on_the_heavy_files(demo_db, tmp_path, command, make):
    path = make(tmp_path)
    done, seconds, peak_mb = _measured(demo_db.data_dir, *OTHER_COMMANDS[command], path)
    assert done.returncode != 0 and path.name in done.stderr + done.stdout, done.stderr
    assert seconds < 10 and peak_mb < 500, (seconds, peak_mb)


@pytest.mark.slow  # each file in a child process, its time and memory measured
@pytest.mark.sqlite_only
@pytest.mark.skipif(__import__("sys").platform != "linux", reason="peak memory read from the Linux kernel")
@pytest.mark.parametrize("make", bad_files.BACKUPS, ids=lambda f: f.__name__)
def test_every_crafted_backup_stays_within_10_s_and_500_mb_in_a_process_of_its_own(demo_db, tmp_path, make):
    good = backup.create(demo_db, tmp_path / "好的.fsdbak").path
    bad = make(good, tmp_path)
    demo_db.close()
    done, seconds, peak_mb = _measured(demo_db.data_dir, "restore", bad)
    assert done.returncode != 0 and bad.name in done.stderr, done.stderr
    assert seconds < 10 and peak_mb < 500, (seconds, peak_mb)
    assert not list(demo_db.data_dir.glob("before-restore-*"))
