"""One running instance per data folder."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from desktop_app.core.errors import AlreadyRunningError
from desktop_app.core.i18n import tr

LOCK_NAME = ".foodsafety-desk.lock"


class InstanceLock:
    """Held by the GUI for its lifetime and by CLI commands that write."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / LOCK_NAME
        self._lock = FileLock(self.path, timeout=0, thread_local=False, is_singleton=False)

    def acquire(self) -> InstanceLock:
        try:
            self._lock.acquire()
        except Timeout as exc:
            raise AlreadyRunningError(
                tr(
                    "Storage",
                    "Another FoodSafety Desk is already using the data folder {0}. "
                    "Switch to that window, or close it first.",
                ).format(self.path.parent)
            ) from exc
        return self

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
