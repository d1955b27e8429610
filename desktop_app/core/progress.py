"""Progress reporting for long work, without Qt: the GUI passes an adapter, tests a fake."""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """Raised inside long work when the user cancelled it; nothing is kept."""


class Progress(Protocol):
    def step(self, done: int, total: int, message: str = "") -> None: ...

    @property
    def cancelled(self) -> bool: ...


class NullProgress:
    cancelled = False

    def step(self, done: int, total: int, message: str = "") -> None:
        pass


def check(progress: Progress | None, done: int, total: int, message: str = "") -> None:
    """Report a step and stop the work if the user asked to cancel."""
    if progress is None:
        return
    if progress.cancelled:
        raise Cancelled()
    progress.step(done, total, message)
