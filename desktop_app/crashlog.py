"""Logging of unexpected errors (bugs) to the data folder, shared by the CLI and the GUI."""

from __future__ import annotations

import datetime as dt
import faulthandler
import sys
from pathlib import Path
from types import TracebackType

from desktop_app import __version__

LOG_DIR_NAME = "logs"
_fault_file = None


def log_dir(data_dir: Path) -> Path:
    path = Path(data_dir) / LOG_DIR_NAME
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        path = Path.home() / ".foodsafety-desk-logs"  # a data folder we cannot write to
        path.mkdir(parents=True, exist_ok=True)
    return path


def enable_faulthandler(data_dir: Path) -> None:
    """Hard crashes (segfaults in Qt, say) leave a trace in ``logs/faulthandler.log``."""
    global _fault_file
    if _fault_file is None:
        _fault_file = open(log_dir(data_dir) / "faulthandler.log", "a", encoding="utf-8")  # noqa: SIM115 - kept open
        faulthandler.enable(_fault_file)


def setup_logging(data_dir: Path) -> Path:
    """The program's log file, ``logs/foodsafety-desk.log``, and faulthandler for hard crashes."""
    import logging

    enable_faulthandler(data_dir)
    logfile = log_dir(data_dir) / "foodsafety-desk.log"
    root = logging.getLogger()
    if not any(isinstance(h, logging.FileHandler) and Path(h.baseFilename) == logfile for h in root.handlers):
        handler = logging.FileHandler(logfile, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return logfile


def crash_report(exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> str:
    import platform
    import traceback

    lines = [
        f"FoodSafety Desk {__version__}",
        f"Python {sys.version.split()[0]} on {platform.platform()}",
        f"Time: {dt.datetime.now().isoformat(timespec='seconds')}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines)


def log_exception(
    exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None, *, data_dir: Path
) -> Path:
    """Append the report to ``logs/crash.log`` and return that path."""
    path = log_dir(data_dir) / "crash.log"
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(crash_report(exc_type, exc, tb) + "\n" + "-" * 60 + "\n")
    import logging

    if logging.getLogger().handlers:  # the GUI's log file; the CLI prints one line and points here
        logging.getLogger("desktop_app").error("unexpected error", exc_info=exc)
    return path
