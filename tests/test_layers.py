"""The Qt-free layers really are Qt-free: core, storage, exchange and services import without PySide6."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BLOCK_QT = """
import importlib.abc, sys
class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith(("PySide6.", "shiboken6")):
            raise ImportError("Qt is not allowed in this layer: " + name)
sys.meta_path.insert(0, NoQt())
"""


def test_core_storage_services_import_without_qt():
    modules = sorted(
        "desktop_app." + ".".join(p.relative_to(ROOT / "desktop_app").with_suffix("").parts)
        for layer in ("core", "storage", "exchange", "services", "reports", "cli")
        for p in (ROOT / "desktop_app" / layer).rglob("*.py")
    )
    modules = [m.removesuffix(".__init__") for m in modules] + ["desktop_app.paths"]
    assert len(modules) > 15
    _imports_in_a_child(modules, BLOCK_QT)


def _imports_in_a_child(modules: list[str], guard: str = "") -> None:
    """``modules`` import in a fresh interpreter (after ``guard``, which may forbid some imports)."""
    code = guard + "".join(f"import {m}\n" for m in modules) + "print('ok')"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_no_widget_builds_a_query():
    """Storage stays behind the services: the GUI never imports SQLAlchemy or the models."""
    offenders = []
    for path in (ROOT / "desktop_app" / "gui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "sqlalchemy" in text or "storage.models" in text:
            offenders.append(path.name)
    assert offenders == []


def test_only_gui_qt_imports_pyside():
    offenders = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "desktop_app").rglob("*.py")
        if "from PySide6" in p.read_text(encoding="utf-8") or "import PySide6" in p.read_text(encoding="utf-8")
    ]
    assert offenders == ["desktop_app/gui/qt.py"]


BLOCK_ORM = """
import importlib.abc, sys
class NoOrm(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name in ("sqlalchemy", "alembic") or name.startswith(("sqlalchemy.", "alembic.")):
            raise ImportError("no ORM on the plain read path: " + name)
sys.meta_path.insert(0, NoOrm())
"""


def test_the_plain_reads_and_home_page_import_without_sqlalchemy():
    """What 首页 and the quick commands read at start (storage.plain, services.reads) needs no ORM."""
    modules = sorted(
        "desktop_app.services.reads." + p.stem
        for p in (ROOT / "desktop_app" / "services" / "reads").glob("*.py")
        if p.stem != "__init__"
    )
    modules += ["desktop_app.storage.plain", "desktop_app.gui.pages.home", "desktop_app.gui.main_window"]
    assert len(modules) > 8
    _imports_in_a_child(modules, BLOCK_ORM)


def test_every_benchmark_script_imports():
    """The benchmarks use the program's modules as they are now (a script left behind by a change
    is found here, not on the day someone measures)."""
    scripts = sorted(p.stem for p in (ROOT / "benchmarks").glob("*.py") if not p.stem.startswith("_"))
    assert "foundation" in scripts and "server" in scripts
    _imports_in_a_child([f"benchmarks.{name}" for name in scripts if name != "__init__"])
