"""Background work: results, errors, progress and cancel reach the GUI thread, and whatever a job
holds is released on the GUI thread (a connected callable or a Qt object released on a worker
thread races with the GUI thread; the page crashed that way now and then)."""

import gc
import threading
from pathlib import Path

from desktop_app.core.progress import Cancelled, check
from desktop_app.gui.qt import QWidget
from desktop_app.gui.worker import run_task, wait_idle

RELEASED_ON: list[str] = []


class Traced:
    """Notes on which thread it is released."""

    def __del__(self):
        RELEASED_ON.append(threading.current_thread().name)


def test_results_errors_and_progress_arrive_on_the_gui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen, steps = [], []

    def work(progress):
        for i in range(5):
            check(progress, i, 5, f"第{i}步")
        return threading.current_thread().name

    run_task(work, seen.append, seen.append, parent=parent, label="处理中", on_progress=lambda *a: steps.append(a))
    run_task(lambda progress: 1 / 0, seen.append, lambda err: seen.append(type(err).__name__))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert "ZeroDivisionError" in seen
    worker_thread = next(s for s in seen if s != "ZeroDivisionError")
    assert worker_thread != threading.main_thread().name
    assert steps[0] == (0, 5, "第0步") and len(steps) == 5


def test_cancel_stops_the_work(qtbot):
    started, errors = threading.Event(), []

    def work(progress):
        started.set()
        for i in range(1000):
            check(progress, i, 1000)
            threading.Event().wait(0.01)

    progress = run_task(work, errors.append, errors.append)
    assert started.wait(5)
    progress.cancel()
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=10_000)
    assert isinstance(errors[0], Cancelled)


def test_what_a_job_holds_is_released_on_the_gui_thread(qtbot):
    RELEASED_ON.clear()
    parent = QWidget()
    qtbot.addWidget(parent)
    delivered = []
    for i in range(40):
        held = Traced()

        def work(progress, held=held, i=i):
            check(progress, 0, 1)
            if i % 4 == 0:
                raise ValueError(held)
            return Traced()

        run_task(work, delivered.append, delivered.append, parent=parent, label="处理中", on_progress=lambda *a: None)
    del held, work
    assert wait_idle(10_000)
    qtbot.waitUntil(lambda: len(delivered) == 40, timeout=10_000)
    delivered.clear()
    gc.collect()
    assert len(RELEASED_ON) == 70  # 40 held, 30 results
    assert set(RELEASED_ON) == {threading.main_thread().name}


def test_a_job_whose_widget_is_gone_tells_nobody(qtbot):
    from desktop_app.gui.qt import QApplication, QEvent

    owner = QWidget()
    release, heard = threading.Event(), []
    run_task(lambda progress: release.wait(5), heard.append, heard.append, parent=owner, label="处理中")
    owner.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    release.set()
    assert wait_idle(10_000)
    qtbot.wait(50)
    assert heard == []
    run_task(lambda progress: "仍然送达", heard.append, heard.append)
    qtbot.waitUntil(lambda: heard == ["仍然送达"], timeout=10_000)


def test_a_cancel_is_not_shown_as_an_error(qtbot, prompter):
    from desktop_app.gui import dialogs

    failed = []

    def work(progress):
        raise Cancelled()

    run_task(work, failed.append, lambda err: (dialogs.error(None, err), failed.append(err)))
    qtbot.waitUntil(lambda: len(failed) == 1, timeout=10_000)
    assert isinstance(failed[0], Cancelled) and prompter.shown == []


def test_by_default_a_failure_is_told_to_the_user_and_modules_are_preloaded(qtbot, prompter):
    import sys

    from desktop_app.core.errors import KnownError

    parent = QWidget()
    qtbot.addWidget(parent)
    sys.modules.pop("desktop_app.reports.reminder_notice", None)
    seen = []

    def work(progress):
        seen.append("desktop_app.reports.reminder_notice" in sys.modules)  # imported before the work began
        raise KnownError("磁盘已满，请清理后重试。")

    run_task(work, seen.append, parent=parent, preload=("desktop_app.reports.reminder_notice",))
    qtbot.waitUntil(lambda: len(prompter.shown) == 1, timeout=10_000)
    assert seen == [True]
    assert prompter.shown[-1].kind == "error" and prompter.shown[-1].text == "磁盘已满，请清理后重试。"
    run_task(lambda progress: Path("/nonexistent/dir/x.pdf").write_bytes(b""), seen.append, parent=parent)
    qtbot.waitUntil(lambda: len(prompter.shown) == 2, timeout=10_000)
    assert "/nonexistent/dir/x.pdf" in prompter.shown[-1].text  # an OS error, explained in Chinese
