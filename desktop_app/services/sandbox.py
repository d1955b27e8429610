"""Work on untrusted files in a child process, with a time limit and a memory limit.

A file sent by a unit can be made to crash or exhaust whatever parses it (a PDF whose content
inflates to gigabytes, a page that never finishes). Such work runs in a separate process: if it
runs out of memory, crashes or stops answering, the child is ended and the caller hears
``SandboxFailed`` with why — the window stays up. The memory limit is the child's address space
(Linux and other POSIX systems); on Windows only the time limit applies.
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


def _limit_memory(limit: int) -> None:
    if os.name != "posix":
        return
    import resource

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


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
