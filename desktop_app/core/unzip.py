"""Unpacking a zip a unit sent (常见：单位打包发来) into a folder, safely.

Refused whole, with a message naming the file: an archive that is damaged or not a zip, one
with a password, one with an entry that would land outside the folder (``../``, an absolute
path, a drive letter) or that is a file and a folder at once (``a`` and ``a/b.txt``), one with a
single entry over ``MAX_ENTRY`` bytes, and one that would expand past ``MAX_TOTAL`` bytes,
``MAX_ENTRIES`` files or the free space of the disk — checked against the archive's directory before
anything is written, and counted again from the bytes really written.

Names written by Windows' own "send to compressed folder" are in the local code page (GBK)
without the UTF-8 flag; they are read as GBK, so 佐证材料 stays 佐证材料.
"""

from __future__ import annotations

import shutil
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from desktop_app.core.errors import KnownError
from desktop_app.core.i18n import tr

MAX_TOTAL = 4 * 1024**3  # 4 GB unpacked
MAX_ENTRY = 2 * 1024**3  # one file of a unit's evidence: no scan or video an office sends is larger
MAX_ENTRIES = 20_000
CHUNK = 1024 * 1024
_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1


def entry_name(info: zipfile.ZipInfo) -> str:
    """The entry's name as the sender saw it."""
    name = info.filename
    if info.flag_bits & _UTF8_FLAG:
        return name
    try:
        raw = name.encode("cp437")
    except UnicodeEncodeError:
        return name
    for encoding in ("utf-8", "gbk"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return name


def _safe_parts(name: str) -> list[str] | None:
    """The folder parts of an entry, or None when it would leave the target folder."""
    text = name.replace("\\", "/")
    if text.startswith("/") or (len(text) > 1 and text[1] == ":"):
        return None
    parts = [p for p in PurePosixPath(text).parts if p not in ("", ".")]
    if any(p == ".." for p in parts):
        return None
    return parts


def unpack(archive: Path, target: Path) -> int:
    """Unpack ``archive`` into the empty folder ``target``; returns the number of files.

    On any refusal, what was unpacked so far is removed and KnownError says why."""
    archive, target = Path(archive), Path(target)
    try:
        return _unpack(archive, target)
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise


def _refuse(archive: Path, why: str) -> KnownError:
    return KnownError(tr("Unzip", "The archive “{0}” was not unpacked: {1}").format(archive.name, why))


def _unpack(archive: Path, target: Path) -> int:
    try:
        zf = zipfile.ZipFile(archive)
    except zipfile.BadZipFile as exc:
        why = tr("Unzip", "it is damaged or not a zip file (RAR and 7z must be unpacked first).")
        raise _refuse(archive, why) from exc
    except OSError as exc:
        raise _refuse(archive, exc.strerror or str(exc)) from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _refuse(archive, tr("Unzip", "it holds more than {0} entries.").format(MAX_ENTRIES))
        plan: list[tuple[zipfile.ZipInfo, list[str]]] = []
        for info in infos:
            name = entry_name(info)
            parts = _safe_parts(name)
            if parts is None:
                raise _refuse(archive, tr("Unzip", "the entry “{0}” would be written outside the folder.").format(name))
            if info.flag_bits & _ENCRYPTED_FLAG:
                raise _refuse(archive, tr("Unzip", "it is protected by a password; unpack it yourself first."))
            if parts:
                plan.append((info, parts))
        files = {"/".join(parts) for info, parts in plan if not info.is_dir()}
        folders = {"/".join(parts[:n]) for info, parts in plan for n in range(1, len(parts) + (info.is_dir()))}
        clashes = sorted(files & folders)
        if clashes:
            raise _refuse(archive, tr("Unzip", "“{0}” is both a file and a folder in it.").format(clashes[0]))
        for info, parts in plan:
            if info.file_size > MAX_ENTRY:
                raise _refuse(
                    archive,
                    tr("Unzip", "the entry “{0}” would be {1:.1f} GB; one file is taken up to {2} GB.").format(
                        "/".join(parts), info.file_size / 1024**3, MAX_ENTRY // 1024**3
                    ),
                )
        total = sum(i.file_size for i, _ in plan)
        if total > MAX_TOTAL:
            raise _refuse(archive, _too_big())
        free = _free_space(target)
        if free is not None and total > free:
            raise _refuse(
                archive,
                tr("Unzip", "it would take {0:.1f} GB and the disk has {1:.1f} GB free.").format(
                    total / 1024**3, free / 1024**3
                ),
            )
        written = 0
        count = 0
        target.mkdir(parents=True, exist_ok=True)
        for info, parts in plan:
            path = target.joinpath(*parts)
            if info.is_dir():
                path.mkdir(parents=True, exist_ok=True)
                continue
            if stat.S_ISLNK(info.external_attr >> 16):
                continue  # a link is no evidence, and could point anywhere
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                with zf.open(info) as src, open(path, "wb") as dst:
                    while chunk := src.read(CHUNK):
                        written += len(chunk)  # zipfile keeps to the sizes declared; this is a second guard
                        if written > MAX_TOTAL:
                            raise _refuse(archive, _too_big())
                        dst.write(chunk)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError) as exc:
                raise _refuse(
                    archive, tr("Unzip", "the entry “{0}” cannot be read ({1}).").format("/".join(parts), exc)
                ) from exc
            except OSError as exc:
                raise _refuse(archive, exc.strerror or str(exc)) from exc
            count += 1
        return count


def _free_space(target: Path) -> int | None:
    """Free bytes on the disk ``target`` is (or will be) on, or None when that cannot be told."""
    folder = target
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _too_big() -> str:
    return tr("Unzip", "it would expand to more than {0} GB.").format(MAX_TOTAL // 1024**3)
