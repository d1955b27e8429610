"""The evidence store: files kept under the data folder by SHA-256 content address.

``put`` copies a file in one pass, hashing as it writes to a temporary file in the store,
then fsyncs and renames it into place; the same content added twice is recognised and kept
once. The file the user picked is only read. Stored files are made read-only, so nothing
edits them by accident; ``verify`` re-hashes one to prove it is unchanged.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.i18n import tr

CHUNK = 1024 * 1024
MAX_SIZE = 2 * 1024**3  # 2 GB


class FileProblem(Exception):
    """A file that cannot be taken; ``str()`` says why, for the user."""


@dataclass(frozen=True)
class PutResult:
    sha256: str
    size: int
    new: bool  # False when the store already held this content


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


class FileStore:
    def __init__(self, root: Path):
        self.root = Path(root)
        self.tmp = self.root / "tmp"

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

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
        source = Path(source)
        name = source.name
        try:
            info = os.stat(long_path(source))
        except FileNotFoundError as exc:
            raise FileProblem(tr("Evidence", "“{0}” no longer exists.").format(name)) from exc
        except OSError as exc:
            raise FileProblem(tr("Evidence", "“{0}” cannot be read: {1}").format(name, exc.strerror or exc)) from exc
        if not stat.S_ISREG(info.st_mode):
            raise FileProblem(tr("Evidence", "“{0}” is not an ordinary file.").format(name))
        if info.st_size == 0:
            raise FileProblem(tr("Evidence", "“{0}” is empty (0 bytes).").format(name))
        if info.st_size > MAX_SIZE:
            raise FileProblem(tr("Evidence", "“{0}” is larger than 2 GB; split it or compress it first.").format(name))
        self.tmp.mkdir(parents=True, exist_ok=True)
        part = self.tmp / f"{uuid.uuid4().hex}.part"
        digest = hashlib.sha256()
        size = 0
        try:
            try:
                src = open(long_path(source), "rb")  # noqa: SIM115 - closed below, errors told apart
            except OSError as exc:
                raise FileProblem(
                    tr("Evidence", "“{0}” cannot be opened (it may be open in another program): {1}").format(
                        name, exc.strerror or exc
                    )
                ) from exc
            with src, open(part, "wb") as dst:
                while True:
                    try:
                        chunk = src.read(CHUNK)
                    except OSError as exc:
                        raise FileProblem(
                            tr("Evidence", "“{0}” could not be read to the end: {1}").format(name, exc.strerror or exc)
                        ) from exc
                    if not chunk:
                        break
                    digest.update(chunk)
                    dst.write(chunk)
                    size += len(chunk)
                    if on_bytes is not None:
                        on_bytes(len(chunk))
                dst.flush()
                os.fsync(dst.fileno())
            sha = digest.hexdigest()
            final = self.path_of(sha)
            if final.exists():
                part.unlink()
                return PutResult(sha, size, new=False)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.chmod(part, stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)
            os.replace(part, final)
            _sync_dir(final.parent)
            return PutResult(sha, size, new=True)
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise FileProblem(
                    tr("Evidence", "The disk is full; “{0}” was not taken. Free some space and add it again.").format(
                        name
                    )
                ) from exc
            raise FileProblem(
                tr("Evidence", "“{0}” could not be stored: {1}").format(name, exc.strerror or exc)
            ) from exc
        finally:
            if part.exists():
                os.chmod(part, stat.S_IWRITE | stat.S_IREAD)
                part.unlink()

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
