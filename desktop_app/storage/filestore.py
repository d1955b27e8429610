"""The evidence store: files kept under the data folder by SHA-256 content address.

``put`` copies a file in one pass, hashing as it writes to a temporary file in the store
(``stage``), then fsyncs and renames it into place (``commit``); the same content added twice
is recognised and kept once. The file the user picked is only read. Stored files are made read-only, so nothing
edits them by accident; ``verify`` re-hashes one to prove it is unchanged.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import itertools
import os
import stat
import sys
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.i18n import tr

if TYPE_CHECKING:
    import ctypes

CHUNK = 1024 * 1024
MAX_SIZE = 2 * 1024**3  # 2 GB


class FileProblem(Exception):
    """A file that cannot be taken; ``str()`` says why, for the user."""


@dataclass(frozen=True)
class PutResult:
    sha256: str
    size: int
    new: bool  # False when the store already held this content


@dataclass(frozen=True)
class Staged:
    """A file copied into the store's temporary folder and hashed, not yet durable nor in place."""

    name: str  # the original's name, for messages
    part: Path
    sha256: str
    size: int


class _Hasher:
    """SHA-256 of a stream on a thread of its own: hashlib lets go of the interpreter while it
    hashes a chunk, so the next chunk is read and written meanwhile. One chunk is in flight at most."""

    def __init__(self, digest: hashlib._Hash):
        self.digest = digest
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="hash")
        self.pending: Future[None] | None = None

    def update(self, chunk: bytes) -> None:
        if self.pending is not None:
            self.pending.result()
        self.pending = self.pool.submit(self.digest.update, chunk)

    def close(self) -> None:
        if self.pending is not None:
            self.pending.result()
        self.pool.shutdown()


#: how files are opened for copying: binary (Windows), and without waiting for a writer when the
#: "file" is a pipe (it is then refused as no ordinary file)
_READING = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
_WRITING = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _stored_problem(name: str, exc: OSError) -> FileProblem:
    if exc.errno == errno.ENOSPC:
        return FileProblem(
            tr("Evidence", "The disk is full; “{0}” was not taken. Free some space and add it again.").format(name)
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FileProblem(
            tr(
                "Evidence",
                "The evidence folder may not be written to (read-only, or no permission); “{0}” was not taken. "
                "Ask the IT person to give this PC write access.",
            ).format(name)
        )
    return FileProblem(tr("Evidence", "“{0}” could not be stored: {1}").format(name, exc.strerror or exc))


def long_path(path: Path) -> str:
    """Windows refuses paths over 260 characters unless they carry the ``\\\\?\\`` prefix."""
    text = str(Path(path).absolute())
    if os.name == "nt" and len(text) >= 240 and not text.startswith("\\\\?\\"):
        return "\\\\?\\" + text
    return text


def _sync_dir(folder: Path) -> None:
    if os.name == "nt":
        return  # directories cannot be opened for fsync on Windows; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


#: a batch of this many files is made durable by syncing the whole disk rather than file by file
SYNCFS_FROM = 8

#: a large copy's bytes are sent on to the disk every this many bytes while the rest is copied (and
#: what is left of a copy of a CHUNK or more once it is copied), so the sync of its batch has little
#: left to wait for
EARLY_WRITE = 8 * CHUNK


@functools.cache
def _libc() -> ctypes.CDLL | None:
    """The C library's own functions, on Linux (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    libc.sync_file_range.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    return libc


_SYNC_FILE_RANGE_WRITE = 2


def _start_write_back(fd: int, offset: int, length: int) -> None:
    """Linux ``sync_file_range(SYNC_FILE_RANGE_WRITE)``: start writing these bytes to the disk, without
    waiting for them (the file's sync later makes them durable). A hint only: nothing elsewhere, and a
    failure is left to that sync."""
    libc = _libc()
    if libc is not None:
        libc.sync_file_range(fd, offset, length, _SYNC_FILE_RANGE_WRITE)


def _syncfs(folder: Path) -> None:
    """Linux ``syncfs``: write back everything of the file system ``folder`` is on, and wait."""
    import ctypes

    libc = _libc()
    assert libc is not None  # asked for on Linux only
    fd = os.open(folder, os.O_RDONLY)
    try:
        if libc.syncfs(fd) != 0:
            code = ctypes.get_errno()
            raise OSError(code, os.strerror(code))
    finally:
        os.close(fd)


def _can_syncfs() -> bool:
    return sys.platform.startswith("linux")


def _sync_files(parts: list[Path], *, whole_disk: bool) -> dict[int, OSError]:
    """Make the contents of ``parts`` durable; the problem of each that failed, by its position."""
    if whole_disk and parts and _can_syncfs():
        try:
            _syncfs(parts[0].parent)
            return {}
        except OSError:
            pass  # told file by file below
    problems: dict[int, OSError] = {}
    for n, part in enumerate(parts):
        try:
            with open(part, "rb+") as fh:
                os.fsync(fh.fileno())
        except OSError as exc:
            problems[n] = exc
    return problems


def _sync_folders(folders: list[Path], *, whole_disk: bool) -> OSError | None:
    """Make the names just written in ``folders`` durable."""
    if not folders:
        return None
    if whole_disk and _can_syncfs():
        try:
            _syncfs(folders[0])
            return None
        except OSError:
            pass
    try:
        for folder in folders:
            _sync_dir(folder)
    except OSError as exc:
        return exc
    return None


class FileStore:
    def __init__(self, root: Path, *, shared: bool = False):
        """``shared``: the root is a folder on the office's network (server mode), made by the IT
        person: when it is not there the share is away, and nothing is written in its place."""
        self.root = Path(root)
        self.tmp = self.root / "tmp"
        self.shared = shared
        self._tmp_made = False
        # a temporary copy's name: this store's own prefix (another PC may copy into a shared store
        # at the same time) and a number
        self._prefix = uuid.uuid4().hex
        self._numbers = itertools.count()
        self._folders: set[str] = set()  # the store's folders known to exist

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def files(self) -> list[Path]:
        """Every file kept in the store (not the half-copied ones in tmp/)."""
        if not self.root.exists():
            return []
        return sorted(p for p in self.root.glob("??/??/*") if p.is_file() and len(p.name) == 64)

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).exists()

    def clean_leftovers(self) -> int:
        """Remove temporary files an interrupted copy left behind; returns how many."""
        if not self.tmp.exists():
            return 0
        removed = 0
        for part in self.tmp.glob("*.part"):
            part.unlink(missing_ok=True)
            removed += 1
        return removed

    def put(self, source: Path, on_bytes: Callable[[int], None] | None = None) -> PutResult:
        """Copy ``source`` into the store (atomically); FileProblem says why a file cannot be taken."""
        return self.commit(self.stage(source, on_bytes))

    def stage(self, source: Path, on_bytes: Callable[[int], None] | None = None) -> Staged:
        """Copy ``source`` to a temporary file in the store, hashing it as it goes (the hash of one
        chunk runs beside the writing of the next); ``commit`` makes it durable and puts it in place.
        Both files are used through their descriptors (no buffered file objects): half the system
        calls of ``open``, which counts with thousands of small files."""
        source = Path(source)
        name = source.name
        try:
            src = os.open(long_path(source), _READING)
        except FileNotFoundError as exc:
            raise FileProblem(tr("Evidence", "“{0}” no longer exists.").format(name)) from exc
        except OSError as exc:
            raise FileProblem(
                tr("Evidence", "“{0}” cannot be opened (it may be open in another program): {1}").format(
                    name, exc.strerror or exc
                )
            ) from exc
        try:
            return self._copy(src, name, on_bytes)
        finally:
            os.close(src)

    def _copy(self, src: int, name: str, on_bytes: Callable[[int], None] | None) -> Staged:
        try:
            info = os.fstat(src)
        except OSError as exc:
            raise FileProblem(tr("Evidence", "“{0}” cannot be read: {1}").format(name, exc.strerror or exc)) from exc
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem(tr("Evidence", "“{0}” is not an ordinary file.").format(name))
        if info.st_size == 0:
            raise FileProblem(tr("Evidence", "“{0}” is empty (0 bytes).").format(name))
        if info.st_size > MAX_SIZE:
            raise FileProblem(tr("Evidence", "“{0}” is larger than 2 GB; split it or compress it first.").format(name))
        if not self._tmp_made:
            if self.shared and not self.root.is_dir():  # a share that is gone, or a network that is down
                raise FileProblem(
                    tr(
                        "Evidence",
                        "The shared evidence folder {0} cannot be reached (it is gone, or the network is down); "
                        "“{1}” was not taken.",
                    ).format(self.root, name)
                )
            try:
                self.tmp.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise _stored_problem(name, exc) from exc
            self._tmp_made = True
        part = self.tmp / f"{self._prefix}-{next(self._numbers)}.part"
        digest = hashlib.sha256()
        size = 0
        try:
            dst = os.open(part, _WRITING, 0o666)
            hasher = _Hasher(digest) if info.st_size > CHUNK else None
            try:
                while True:
                    try:
                        chunk = os.read(src, CHUNK)
                    except OSError as exc:
                        raise FileProblem(
                            tr("Evidence", "“{0}” could not be read to the end: {1}").format(name, exc.strerror or exc)
                        ) from exc
                    if not chunk:
                        break
                    if hasher is not None:
                        hasher.update(chunk)
                    else:
                        digest.update(chunk)
                    _write_all(dst, chunk)
                    size += len(chunk)
                    if size % EARLY_WRITE == 0:
                        _start_write_back(dst, size - EARLY_WRITE, EARLY_WRITE)
                    if on_bytes is not None:
                        on_bytes(len(chunk))
                if size >= CHUNK and size % EARLY_WRITE:  # and the rest of a file of some size
                    sent = size - size % EARLY_WRITE
                    _start_write_back(dst, sent, size - sent)
            finally:
                os.close(dst)
                if hasher is not None:
                    hasher.close()
            return Staged(name, part, digest.hexdigest(), size)
        except BaseException as exc:
            self.discard(Staged(name, part, "", 0))
            if isinstance(exc, OSError):
                raise _stored_problem(name, exc) from exc
            raise

    def commit(self, staged: Staged) -> PutResult:
        """Make a staged copy durable and put it under its hash (or drop it when the store holds the
        content already); FileProblem when the disk refuses."""
        (outcome,) = self.commit_many([staged])
        if isinstance(outcome, FileProblem):
            raise outcome
        return outcome

    def commit_many(self, batch: list[Staged]) -> list[PutResult | FileProblem]:
        """``commit`` for a batch, in three steps for all of it: the contents made durable, the
        files renamed into place, the renames made durable. On Linux each durable step is one
        ``syncfs`` of the store's disk for a batch of several files (per-file fsyncs cost more than
        the copying); elsewhere, or when it fails, each file and folder is synced on its own, so a
        failure is told for the file it concerns."""
        outcomes: list[PutResult | FileProblem | None] = [None] * len(batch)
        first_of: dict[str, int] = {}
        todo: list[int] = []
        placed: list[int] = []  # renamed into place: no temporary copy left to remove
        try:
            for n, staged in enumerate(batch):
                if staged.sha256 in first_of or self.path_of(staged.sha256).exists():
                    outcomes[n] = PutResult(staged.sha256, staged.size, new=False)
                    first_of.setdefault(staged.sha256, -1)
                else:
                    first_of[staged.sha256] = n
                    todo.append(n)
            synced = _sync_files([batch[n].part for n in todo], whole_disk=len(todo) >= SYNCFS_FROM)
            problems = {todo[i]: problem for i, problem in synced.items()}
            folders: set[Path] = set()
            for n in todo:
                staged = batch[n]
                if n in problems:
                    outcomes[n] = _stored_problem(staged.name, problems[n])
                    continue
                final = self.path_of(staged.sha256)
                try:
                    folders.update(self._make_folders(final.parent))
                    os.chmod(staged.part, stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)
                    os.replace(staged.part, final)
                except OSError as exc:
                    outcomes[n] = _stored_problem(staged.name, exc)
                    continue
                folders.add(final.parent)
                placed.append(n)
            folder_problem = _sync_folders(sorted(folders), whole_disk=len(todo) >= SYNCFS_FROM)
            for n in placed:
                if folder_problem is not None:  # in place, but not surely on the disk: not to be recorded
                    outcomes[n] = _stored_problem(batch[n].name, folder_problem)
                    self.remove(batch[n].sha256)
                else:
                    outcomes[n] = PutResult(batch[n].sha256, batch[n].size, new=True)
            for n, staged in enumerate(batch):  # a second copy of content whose first copy failed
                first = first_of.get(staged.sha256, -1)
                if first not in (-1, n) and isinstance(outcomes[first], FileProblem):
                    outcomes[n] = _stored_problem(staged.name, OSError(str(outcomes[first])))
        finally:
            moved = set(placed)
            for n, staged in enumerate(batch):
                if n not in moved:
                    self.discard(staged)
        return [o if o is not None else FileProblem(batch[n].name) for n, o in enumerate(outcomes)]

    def _make_folders(self, leaf: Path) -> list[Path]:
        """Make the file's folder (``ab/cd``) and its parent where missing; the folders that gained an
        entry (their names must be made durable too). Folders seen once are not looked at again."""
        made: list[Path] = []
        for folder in (leaf.parent, leaf):
            key = str(folder)
            if key in self._folders:
                continue
            try:
                os.mkdir(folder)
                made.append(folder.parent)
            except FileExistsError:
                pass
            self._folders.add(key)
        return made

    def discard(self, staged: Staged) -> None:
        """Remove a staged copy that will not be committed (nothing when it was)."""
        if staged.part.exists():
            os.chmod(staged.part, stat.S_IWRITE | stat.S_IREAD)
            staged.part.unlink()

    def remove(self, sha256: str) -> None:
        path = self.path_of(sha256)
        if path.exists():
            os.chmod(path, stat.S_IWRITE | stat.S_IREAD)
            path.unlink()

    def check(self, sha256: str, on_bytes: Callable[[int], None] | None = None) -> str:
        """``ok``, ``missing`` or ``altered``: the stored content re-hashed against its name."""
        path = self.path_of(sha256)
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as fh:
                while chunk := fh.read(CHUNK):
                    digest.update(chunk)
                    if on_bytes is not None:
                        on_bytes(len(chunk))
        except FileNotFoundError:
            return "missing"
        except OSError:
            return "altered"
        return "ok" if digest.hexdigest() == sha256 else "altered"
