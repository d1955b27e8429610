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


@pytest.mark.skipif(__import__("sys").platform != "linux", reason="peak memory read from the Linux kernel")
@pytest.mark.parametrize("make", bad_files.TABLES, ids=lambda f: f.__name__)
def test_each_bad_table_stays_within_10_s_and_500_mb_in_a_process_of_its_own(demo_db, tmp_path, make):
    import os
    import subprocess
    import sys

    path = make(tmp_path)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED, "--data-dir", str(demo_db.data_dir), "tasks", "import", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=60,
    )
    assert time.monotonic() - started < 10
    assert done.returncode == 2 and path.name in done.stderr, done.stderr
    peak_kb = int(re.search(r"MAXRSS (\d+)", done.stderr).group(1))
    assert peak_kb < 500 * 1024, f"{peak_kb / 1024:.0f} MB"
