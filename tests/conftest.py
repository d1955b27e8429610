"""Test set-up: offscreen Qt, no modal dialogs, every user folder inside a temp dir."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["FOODSAFETY_DESK_NO_DIALOGS"] = "1"
os.environ.pop("FOODSAFETY_DESK_LANG", None)

ROOT = Path(__file__).resolve().parents[1]
#: FOODSAFETY_DESK_TEST_DATABASE=postgresql runs every test that takes ``db`` on a new database of a
#: throw-away PostgreSQL cluster (tests/pg_cluster.py) instead of an SQLite file
SERVER = os.environ.get("FOODSAFETY_DESK_TEST_DATABASE", "") == "postgresql"
#: with it, FOODSAFETY_DESK_TEST_STORE=database keeps the evidence inside that database (large objects)
IN_DATABASE = SERVER and os.environ.get("FOODSAFETY_DESK_TEST_STORE", "") == "database"


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "/tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)
        if SERVER and item.get_closest_marker("sqlite_only") is not None:
            item.add_marker(pytest.mark.skip(reason="about the SQLite file itself, not the server"))
        if IN_DATABASE and item.get_closest_marker("store_folder") is not None:
            item.add_marker(pytest.mark.skip(reason="about the evidence folder itself, not the database's store"))
    # Tests that run the real start (QApplication.exec) go last: once exec has returned in a
    # process, PySide no longer lets worker threads run Python, and background work would stall.
    items.sort(key=lambda item: item.get_closest_marker("event_loop") is not None)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """No test reads or writes the real home, config or data folders."""
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA"):
        monkeypatch.setenv(var, str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.setenv("FOODSAFETY_DESK_DATA", str(home / "default-data"))
    monkeypatch.delenv("PGPASSFILE", raising=False)
    from desktop_app.core import i18n

    i18n.set_language("zh_CN")
    from desktop_app.gui import dialogs

    dialogs.use(dialogs.ScriptedPrompter())  # a fresh one for each test: nothing modal opens
    yield


@pytest.fixture
def prompter():
    """The scripted prompter answering this test's questions: ``files``/``texts`` to pick and type,
    ``answer`` for yes/no, ``dialog`` to drive the program's own dialogs; ``shown`` and ``opened``
    keep what the user was shown and what was handed to the system."""
    from desktop_app.gui import dialogs

    return dialogs.current()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture(scope="session")
def pg_cluster():
    """A throw-away PostgreSQL cluster for this test process (skipped where PostgreSQL is not installed)."""
    from tests import pg_cluster

    if pg_cluster.binaries() is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    cluster = pg_cluster.Cluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture
def server_url(request):
    """A new, empty database on the throw-away cluster."""
    return request.getfixturevalue("pg_cluster").new_database()


@pytest.fixture(scope="session")
def _made_once(tmp_path_factory) -> dict[str, Path]:
    """A new campaign file and the small demo's, each made once per test process (about 0.2 s) and
    copied for every test that takes ``db`` or ``demo_db`` (a few milliseconds)."""
    from desktop_app.paths import DB_FILE_NAME
    from desktop_app.storage.database import Database

    made = {}
    for name in ("new", "demo"):
        folder = tmp_path_factory.mktemp(f"made-once-{name}")
        database = Database.open(folder)
        try:
            if name == "demo":
                build_demo(database)
        finally:
            database.close()
        made[name] = folder / DB_FILE_NAME
    return made


@pytest.fixture(scope="session")
def large_dir(tmp_path_factory) -> Path:
    """The large demo campaign's data folder (60 units, 2,000 tasks, 50,000 records), built once per
    test run and shared by the test processes (xdist workers wait for the one building it)."""
    from filelock import FileLock

    from desktop_app.services import demo
    from desktop_app.storage.database import Database

    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    if run is None:  # one process: a folder of its own
        root = tmp_path_factory.mktemp("large-demo")
    else:  # the workers' temporary folders share their parent
        root = tmp_path_factory.getbasetemp().parent / f"large-demo-{run}"
        root.mkdir(exist_ok=True)
    folder = root / "data"
    with FileLock(str(root / "building.lock")):
        if not (root / "built").exists():
            database = Database.open(folder)
            try:
                demo.build_large(database)
            finally:
                database.close()
            (root / "built").touch()
    return folder


@pytest.fixture
def db(data_dir, request):
    import shutil

    from desktop_app.paths import DB_FILE_NAME
    from desktop_app.storage.database import Database

    url = request.getfixturevalue("server_url") if SERVER else None
    if url is None:  # the file as opening a new folder (or building the demo in it) leaves it
        made = request.getfixturevalue("_made_once")
        shutil.copyfile(made["demo" if "demo_db" in request.fixturenames else "new"], data_dir / DB_FILE_NAME)
    database = Database.open(data_dir, url=url, create=True)
    if url:  # the commands a test runs work on the same server database, its files in the test's folder
        from desktop_app.core import settings as spec
        from desktop_app.services import settings as settings_service

        if IN_DATABASE:  # the evidence inside the server's database (storage.blobstore)
            settings_service.set_value(database, spec.STORE_KIND, spec.IN_DATABASE)
        else:
            (data_dir / "store").mkdir(exist_ok=True)  # the shared folder, as the IT person makes it
            settings_service.set_value(database, spec.STORE_FOLDER, str(data_dir / "store"))
        request.getfixturevalue("monkeypatch").setenv("FOODSAFETY_DESK_DATABASE", url)
    yield database
    database.close()


#: Every small demo built by the tests is one campaign, so files written for one (the monthly
#: fill-in workbooks) are accepted by another and can be made once per run.
DEMO_UID = "0123456789abcdef0123456789abcdef"


def build_demo(db) -> None:
    """The small demo campaign (seed 001, 昌都市) as of 2026-11-22, with the tests' campaign uid."""
    import datetime as dt

    from sqlalchemy import update

    from desktop_app.services import demo
    from desktop_app.storage.models import Campaign

    demo.build_small(db, today=dt.date(2026, 11, 22))
    with db.session() as session:
        session.execute(update(Campaign).values(uid=DEMO_UID))


def import_findings(db, folder: Path, *rows: tuple[str, str, str], kind: str = "明察暗访") -> None:
    """An inspection's findings (单位, 问题, 整改时限) as the office has them in a workbook, imported."""
    import datetime as dt

    import openpyxl

    from desktop_app.services import findings

    book = folder / "督查.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["单位", "问题", "整改时限"])
    for row in rows:
        wb.active.append(list(row))
    wb.save(book)
    findings.import_xlsx(db, book, kind=kind, date=dt.date(2026, 11, 1))


def table_counts(db) -> dict[str, int]:
    """Rows in each of the program's tables (to compare a campaign before and after a move)."""
    from sqlalchemy import func, select

    from desktop_app.storage.models import Base

    with db.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar() for t in Base.metadata.sorted_tables}


def file_hashes(db) -> dict[str, str]:
    """Each evidence record's stored file: its name in the store → the SHA-256 of what is there."""
    import hashlib

    from desktop_app.services import evidence

    store = evidence.store(db)
    return {
        r.sha256: hashlib.sha256(store.path_of(r.sha256).read_bytes()).hexdigest() for r in evidence.list_evidence(db)
    }


@pytest.fixture
def demo_db(db):
    """The small demo campaign (seed 001, 昌都市): on SQLite a copy of the one built for this test
    process (``db`` copies it), on a server built anew."""
    if SERVER:
        build_demo(db)
    return db


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str


def run_cli(*args: str, data_dir: Path | None = None, env: dict | None = None, stdin: str = "") -> CliResult:
    """Run the command's entry point in this process, its output captured as a terminal shows it.

    The same ``main`` a terminal calls, with the same parsing, exit codes and messages; a few
    tests (``run_cli_process``) still start a real child process, as smoke tests of that path."""
    import contextlib
    import io

    from desktop_app import cli
    from desktop_app.core import i18n

    argv = (["--data-dir", str(data_dir)] if data_dir is not None else []) + list(args)
    out, err = io.BytesIO(), io.BytesIO()
    saved = {name: os.environ.get(name) for name in env or {}}
    os.environ.update(env or {})
    stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    stderr = io.TextIOWrapper(err, encoding="utf-8", write_through=True)
    saved_stdin, sys.stdin = sys.stdin, io.StringIO(stdin)  # what is typed or piped in (passwords)
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            try:
                code = cli.main(argv)
            except SystemExit as exit_:  # argparse's --help, --version and usage errors
                code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
                if isinstance(exit_.code, str):
                    sys.stderr.write(exit_.code + "\n")
    finally:
        sys.stdin = saved_stdin
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        i18n.set_language("zh_CN")
    return CliResult(code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))


def run_cli_process(*args: str, data_dir: Path | None = None, env: dict | None = None, timeout: float = 120):
    """Run ``python -m desktop_app`` in a child process, as a user would from a terminal."""
    import subprocess

    command = [sys.executable, "-m", "desktop_app"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        command + list(args), capture_output=True, text=True, encoding="utf-8", env=full_env, timeout=timeout, cwd=ROOT
    )


@pytest.fixture(scope="session", autouse=True)
def _qt_objects_gone_before_exit():
    """Windows and background work end while Qt is still up, not during interpreter shutdown."""
    yield
    if "PySide6" not in sys.modules:
        return
    import gc

    from desktop_app.gui.qt import QApplication, QEvent
    from desktop_app.gui.worker import wait_idle

    wait_idle()
    app = QApplication.instance()
    if app is not None:
        for widget in app.topLevelWidgets():
            widget.close()
            widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    gc.collect()
