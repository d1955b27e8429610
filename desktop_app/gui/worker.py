"""Run long work off the GUI thread and get its result (or error) back on the GUI thread."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from desktop_app.core.progress import Progress
from desktop_app.gui.qt import QCoreApplication, QObject, QProgressDialog, QRunnable, Qt, QThreadPool, QWidget, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int, str)


class QtProgress(Progress):
    """A thread-safe progress reporter; the dialog listens to its signal, cancel sets a flag."""

    def __init__(self, signals: _Signals):
        self._signals = signals
        self._cancel = threading.Event()

    def step(self, done: int, total: int, message: str = "") -> None:
        self._signals.progress.emit(done, total, message)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Task(QRunnable):
    def __init__(self, func: Callable[[Progress], Any], signals: _Signals, progress: QtProgress):
        super().__init__()
        self.func, self.signals, self.progress = func, signals, progress

    def run(self) -> None:
        try:
            result = self.func(self.progress)
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            self.signals.failed.emit((exc, sys.exc_info()[2]))
        else:
            self.signals.done.emit(result)


_running: set[_Signals] = set()


def run_task(
    func: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    parent: QWidget | None = None,
    label: str | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> QtProgress:
    """Run ``func(progress)`` on the thread pool; with ``label``, show a cancellable progress dialog;
    ``on_progress(done, total, message)`` hears of each step on the GUI thread."""
    signals = _Signals()
    progress = QtProgress(signals)
    if on_progress is not None:
        signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    dialog = None
    if label is not None:
        dialog = QProgressDialog(label, QCoreApplication.translate("Worker", "Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(progress.cancel)

        def show_progress(done: int, total: int, message: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if message:
                dialog.setLabelText(f"{label}\n{message}")

        signals.progress.connect(show_progress)

    def finish() -> None:
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()
        _running.discard(signals)

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(payload: tuple[BaseException, Any]) -> None:
        finish()
        exc, tb = payload
        on_error(exc.with_traceback(tb))

    signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
    signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    _running.add(signals)
    QThreadPool.globalInstance().start(_Task(func, signals, progress))
    return progress


def wait_idle(timeout_ms: int = 30_000) -> bool:
    """Wait for background work (used on shutdown and by tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
