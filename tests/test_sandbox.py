"""Work on untrusted files in a child process: a bomb or a hang ends the child, not the program."""

import os
import time

import pytest

from desktop_app.exchange.preview import first_pages
from desktop_app.services import previews, sandbox
from desktop_app.services.sandbox import Sandbox, SandboxFailed
from tests.files import make_pdf, pdf_bomb

LIMIT = 200 * 1024 * 1024


def _hang(conn, memory_limit):
    """A child that takes every task and never answers (a page that never finishes)."""
    while True:
        conn.recv()
        time.sleep(3600)


@pytest.mark.skipif(os.name != "posix", reason="the memory limit is the child's address space (POSIX)")
def test_a_pdf_that_inflates_past_the_limit_ends_the_child_and_the_next_file_renders(tmp_path):
    bomb = pdf_bomb(tmp_path / "炸弹.pdf", 400)
    assert bomb.stat().st_size < 2_000_000
    good = make_pdf(tmp_path / "正常.pdf", ["食品安全工作台账"])
    box = Sandbox(memory_limit=LIMIT)
    try:
        assert box.call(first_pages, str(good), 1, 300).page_count == 1
        with pytest.raises(SandboxFailed):
            box.call(first_pages, str(bomb), 1, 300)
        assert box.call(first_pages, str(good), 1, 300).pages  # a fresh child for the next file
    finally:
        box.close()


def test_a_call_that_never_ends_is_stopped_at_the_time_limit(tmp_path):
    good = make_pdf(tmp_path / "正常.pdf", ["台账"])
    box = Sandbox(serve=_hang)
    started = time.monotonic()
    try:
        with pytest.raises(SandboxFailed, match="秒"):
            box.call(first_pages, str(good), 1, 300, timeout=1.0)
    finally:
        box.close()
    assert time.monotonic() - started < 10


def test_a_damaged_pdf_is_a_value_error_as_before(tmp_path, monkeypatch):
    monkeypatch.setattr(sandbox, "MEMORY_LIMIT", LIMIT)
    previews.close()
    (tmp_path / "坏.pdf").write_bytes(b"%PDF-1.4 nothing more")
    try:
        with pytest.raises(ValueError):
            previews.pdf_preview(tmp_path / "坏.pdf", pages=1, width=200)
    finally:
        previews.close()


def test_the_windows_job_limit_is_laid_out_as_windows_reads_it():
    """On Windows the child limits its memory through a job object: the structure handed to
    SetInformationJobObject must be JOBOBJECT_EXTENDED_LIMIT_INFORMATION to the byte (144 bytes on
    64-bit Windows, 112 on 32-bit), with the memory limit where Windows looks for it."""
    import ctypes

    from desktop_app.services import sandbox

    layout = sandbox.job_limit_layout()
    wide = ctypes.sizeof(ctypes.c_void_p) == 8
    assert ctypes.sizeof(layout) == (144 if wide else 112)
    assert layout.ProcessMemoryLimit.offset == (112 if wide else 96)
    assert layout.BasicLimitInformation.offset == 0 and sandbox.JOB_OBJECT_LIMIT_PROCESS_MEMORY == 0x100
    info = layout()
    info.BasicLimitInformation.LimitFlags = sandbox.JOB_OBJECT_LIMIT_PROCESS_MEMORY
    info.ProcessMemoryLimit = sandbox.MEMORY_LIMIT
    raw = bytes(info)
    assert int.from_bytes(raw[16:20], "little") == 0x100  # LimitFlags after the two 64-bit time limits
