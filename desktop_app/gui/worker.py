"""Run long work off the GUI thread and get its result (or error) back on the GUI thread.

Lifetimes are kept simple on purpose: the worker thread holds plain Python objects only (the
work function until it returns, a Qt-free progress reporter, the result). Every Qt object of a
job (its progress dialog, the connections) is created, used and released on the GUI thread, and
results reach it through one relay object that lives as long as the application. Releasing a Qt
object or a connected callable on a worker thread races with the GUI thread and can crash.
"""

from __future__ import annotations

import importlib
import itertools
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.progress import Progress
from desktop_app.gui.qt import QApplication, QCoreApplication, QObject, QProgressDialog, Qt, QWidget, Signal, alive


class QtProgress(Progress):
    """A thread-safe progress reporter: steps go to the GUI thread, cancel sets a flag."""

    def __init__(self, job_id: int):
        self._job_id = job_id
        self._cancel = threading.Event()

    def step(self, done: int, total: int, message: str = "") -> None:
        _relay().arrived.emit((self._job_id, "progress", (done, total, message)))

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


@dataclass
class _Job:
    """What the GUI thread keeps of a running job; only the GUI thread touches it."""

    func: Callable[[Progress], Any]  # held here so that its closure is released on the GUI thread
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    on_progress: list[Callable[[int, int, str], None]] = field(default_factory=list)
    dialog: Any = None
    owner: Any = None  # the widget the job works for; when it is gone, nobody is told
    focus: Any = None  # the widget that had the keyboard when the progress dialog came up
    label: str = ""  # what the progress dialog says (work the clerk started and waits for)


class _Relay(QObject):
    """Carries (job id, kind, payload) from worker threads to the GUI thread."""

    arrived = Signal(object)

    def __init__(self):
        super().__init__()
        self.jobs: dict[int, _Job] = {}
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, message: tuple[int, str, Any]) -> None:
        job_id, kind, payload = message
        job = self.jobs.get(job_id)
        if kind == "progress":
            if job is not None and (job.owner is None or alive(job.owner)):
                for listener in job.on_progress:
                    listener(*payload)
            return
        outcome = _outcomes.pop(job_id, None)
        if job is None or outcome is None:
            return
        del self.jobs[job_id]
        if job.dialog is not None and alive(job.dialog):
            job.dialog.reset()
            job.dialog.hide()
            job.dialog.deleteLater()
            if job.focus is not None and alive(job.focus) and job.focus.isVisible():
                job.focus.window().activateWindow()  # the keyboard goes back where it was (the button pressed)
                job.focus.setFocus(Qt.FocusReason.OtherFocusReason)
        if job.owner is not None and not alive(job.owner):
            return
        succeeded, value = outcome
        if succeeded:
            job.on_done(value)
        else:
            exc, tb = value
            job.on_error(exc.with_traceback(tb))


_relay_instance: _Relay | None = None


def _relay() -> _Relay:
    """The relay, made by the first ``run_task`` on the GUI thread before any job runs."""
    assert _relay_instance is not None, "run_task makes the relay before a job starts"
    return _relay_instance


_ids = itertools.count(1)
_outcomes: dict[int, tuple[bool, Any]] = {}  # written by a worker, taken by the GUI thread
_pool: ThreadPoolExecutor | None = None
_pending = 0
_idle = threading.Condition()


def _executor() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:
        # a few more threads than cores: a preview must not wait behind a long export and text reading
        _pool = ThreadPoolExecutor(max_workers=max(4, os.cpu_count() or 2), thread_name_prefix="background")
    return _pool


def _call(func: Callable[[Progress], Any], progress: QtProgress) -> tuple[bool, Any]:
    try:
        return True, func(progress)
    except BaseException as exc:  # delivered to the GUI thread, which decides what to show
        return False, (exc, sys.exc_info()[2])


def _run(job_id: int, handed: list) -> None:
    """On a worker thread: nothing but the relay signal is emitted, and the outcome is stored
    before the GUI thread hears of it, so this thread holds no reference it could drop last."""
    global _pending
    try:
        _outcomes[job_id] = _call(*handed)
        handed.clear()
        _relay().arrived.emit((job_id, "finished", None))
    finally:
        with _idle:
            _pending -= 1
            _idle.notify_all()


def run_task(
    func: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    parent: QWidget | None = None,
    label: str | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    preload: Sequence[str] = (),
) -> QtProgress:
    """Run ``func(progress)`` on a background thread; with ``label``, show a cancellable progress
    dialog; ``on_progress(done, total, message)`` hears of each step on the GUI thread. When
    ``parent`` is given and has been deleted by the time the work ends, no callback is run.

    ``on_error`` defaults to telling the user (``dialogs.error``: a KnownError or an OS error is
    explained, a cancel is quiet, a bug goes to the crash handler). ``preload`` names modules the
    work needs (openpyxl, reportlab…), imported here on the GUI thread first: PySide's import hook
    reads each importing module's source and can crawl when an import runs on a worker thread."""
    global _pending, _relay_instance
    for module in preload:
        importlib.import_module(module)
    if on_error is None:
        from desktop_app.gui import dialogs

        def on_error(err: BaseException) -> None:
            dialogs.error(parent, err)

    if _relay_instance is None:
        _relay_instance = _Relay()  # made on the GUI thread, kept as long as the program runs
    job_id = next(_ids)
    progress = QtProgress(job_id)
    job = _Job(func, on_done, on_error, owner=parent)
    if on_progress is not None:
        job.on_progress.append(on_progress)
    if label is not None:
        dialog = QProgressDialog(label, QCoreApplication.translate("Worker", "Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(lambda: progress.cancel())

        def show_progress(done: int, total: int, message: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if message:
                dialog.setLabelText(f"{label}\n{message}")

        job.on_progress.append(show_progress)
        job.dialog = dialog
        job.focus = QApplication.focusWidget()
        job.label = label
    _relay_instance.jobs[job_id] = job
    with _idle:
        _pending += 1
    _executor().submit(_run, job_id, [func, progress])
    return progress


def running() -> list[str]:
    """What the clerk started and is still running (an import, an export …), as its progress says it."""
    if _relay_instance is None:
        return []
    return [job.label.rstrip("…. ") for job in _relay_instance.jobs.values() if job.label]


def wait_idle(timeout_ms: int = 30_000) -> bool:
    """Wait for background work (used on shutdown and by tests); the results still arrive
    through the event loop afterwards."""
    with _idle:
        return _idle.wait_for(lambda: _pending == 0, timeout=timeout_ms / 1000)


def busy() -> bool:
    """Whether background work is running (a page is not read anew under it)."""
    with _idle:
        return _pending > 0
