"""Work on untrusted files in a child process, with a time limit and a memory limit.

A file sent by a unit can be made to crash or exhaust whatever parses it (a PDF whose content
inflates to gigabytes, a page that never finishes). Such work runs in a separate process: if it
runs out of memory, crashes or stops answering, the child is ended and the caller hears
``SandboxFailed`` with why — the window stays up. The memory limit is the child's address space on
Linux and other POSIX systems, and on Windows a job object the child puts itself in (its committed
memory; an allocation past it fails, as it does on Linux).
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from desktop_app.core.i18n import tr

MEMORY_LIMIT = 1024 * 1024 * 1024  # 1 GB of address space for the child
TIME_LIMIT = 20.0  # seconds for one call


class SandboxFailed(Exception):
    """The work could not be done in the child; ``str()`` says why, for the user."""


_JOB: object = None  # the Windows job object the child is in: kept open as long as the child lives


def _limit_memory(limit: int) -> None:
    global _JOB
    if os.name == "nt":
        with contextlib.suppress(OSError, AttributeError):
            _JOB = _windows_job(limit)
        return
    if os.name != "posix":
        return
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def job_limit_layout() -> type:
    """JOBOBJECT_EXTENDED_LIMIT_INFORMATION as ctypes lays it out (144 bytes on 64-bit Windows, 112 on
    32-bit), for ``SetInformationJobObject``."""
    import ctypes

    dword = ctypes.c_uint32

    class Basic(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", ctypes.c_int64),
            ("PerJobUserTimeLimit", ctypes.c_int64),
            ("LimitFlags", dword),
            ("MinimumWorkingSetSize", ctypes.c_size_t),
            ("MaximumWorkingSetSize", ctypes.c_size_t),
            ("ActiveProcessLimit", dword),
            ("Affinity", ctypes.c_size_t),
            ("PriorityClass", dword),
            ("SchedulingClass", dword),
        ]

    class IoCounters(ctypes.Structure):
        _fields_ = [
            (name, ctypes.c_uint64) for name in ("Read", "Write", "Other", "ReadBytes", "WriteBytes", "OtherBytes")
        ]

    class Extended(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", Basic),
            ("IoInfo", IoCounters),
            ("ProcessMemoryLimit", ctypes.c_size_t),
            ("JobMemoryLimit", ctypes.c_size_t),
            ("PeakProcessMemoryUsed", ctypes.c_size_t),
            ("PeakJobMemoryUsed", ctypes.c_size_t),
        ]

    return Extended


JOB_OBJECT_LIMIT_PROCESS_MEMORY = 0x100
JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9  # the information class


def _windows_job(limit: int) -> object:
    """Put the current process in a new job object whose processes may commit at most ``limit`` bytes."""
    import ctypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.CreateJobObjectW.restype = ctypes.c_void_p
    kernel32.GetCurrentProcess.restype = ctypes.c_void_p
    kernel32.SetInformationJobObject.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_uint32]
    kernel32.AssignProcessToJobObject.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    job = kernel32.CreateJobObjectW(None, None)
    if not job:
        raise OSError(ctypes.get_last_error(), "CreateJobObject")  # type: ignore[attr-defined]
    info = job_limit_layout()()
    info.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_PROCESS_MEMORY
    info.ProcessMemoryLimit = limit
    if not kernel32.SetInformationJobObject(
        job, JOB_OBJECT_EXTENDED_LIMIT_INFORMATION, ctypes.byref(info), ctypes.sizeof(info)
    ) or not kernel32.AssignProcessToJobObject(job, kernel32.GetCurrentProcess()):
        raise OSError(ctypes.get_last_error(), "job object")  # type: ignore[attr-defined]
    return job


def _serve(conn: Connection, memory_limit: int) -> None:
    """The child: run each (module, function, args) it is sent, send back ("ok", result) or
    ("error", text), until told to stop."""
    _limit_memory(memory_limit)
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        module, name, args = task
        try:
            result = getattr(importlib.import_module(module), name)(*args)
            conn.send(("ok", result))
        except MemoryError:
            conn.send(("error", "memory"))
            return
        except Exception as exc:  # the work's own error, told to the caller
            conn.send(("error", f"{type(exc).__name__}: {exc}"[:300]))


class Sandbox:
    """One child process, started on first use and again after a failure."""

    def __init__(self, *, memory_limit: int = MEMORY_LIMIT, serve: Callable[..., None] = _serve):
        self.memory_limit = memory_limit
        self._serve = serve  # the loop the child runs (tests give one that hangs)
        self._proc: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None

    def _start(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._proc = context.Process(target=self._serve, args=(child, self.memory_limit), daemon=True)
        self._proc.start()
        child.close()

    def call(self, function: Callable[..., Any], *args: Any, timeout: float = TIME_LIMIT) -> Any:
        """``function(*args)`` run in the child (a module-level function: it is found by name)."""
        if self._proc is None or self._conn is None or not self._proc.is_alive():
            self.close()
            self._start()
        conn = self._conn
        assert conn is not None  # started just now
        try:
            conn.send((function.__module__, function.__name__, args))
            if conn.poll(timeout):
                status, value = conn.recv()
                if status == "ok":
                    return value
                reason = (
                    tr("Sandbox", "it needs more memory than a file may use")
                    if value == "memory"
                    else tr("Sandbox", "it cannot be read ({0})").format(value)
                )
                if value == "memory":
                    self.close()
                raise SandboxFailed(reason)
            reason = tr("Sandbox", "it took longer than {0:.0f} seconds").format(timeout)
        except (EOFError, OSError):  # the child died: out of memory, or the parser crashed
            reason = tr("Sandbox", "reading it ended the reader (too large, or damaged)")
        self.close()
        raise SandboxFailed(reason)

    def close(self) -> None:
        if self._proc is None or self._conn is None:
            return
        with contextlib.suppress(OSError):
            self._conn.send(None)
        self._proc.join(1)
        if self._proc.is_alive():
            self._proc.kill()
            self._proc.join()
        self._conn.close()
        self._proc, self._conn = None, None
