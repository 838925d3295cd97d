"""Write a file so that a reader sees the old content or the new, never a half-written one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput, SecureDeskError


def write_atomically(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Temporary name in the same folder, fsync, rename into place, fsync the folder."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


@contextmanager
def staged_file(path: Path, mode: int = 0o600) -> Iterator[tuple[Path, BinaryIO]]:
    """A temporary file beside `path` to stream into; the caller renames it into place
    (tmp.replace(path)) when everything else has succeeded. Removed if left behind."""
    if path.is_dir():
        raise InvalidInput(ErrorKind.OUTPUT_IS_A_FOLDER, path=str(path))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise InvalidInput(
            ErrorKind.FOLDER_NOT_WRITABLE, folder=str(path.parent), os_error=exc.strerror
        ) from None
    tmp = Path(tmp_name)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            yield tmp, handle
            handle.flush()
            os.fsync(handle.fileno())
    finally:
        tmp.unlink(missing_ok=True)


def place_new(
    tmp: Path, path: Path, refusal: SecureDeskError, handle: BinaryIO | None = None
) -> None:
    """Give the finished temporary file `tmp` the name `path`, never over a file that is there
    (one that appeared since the caller checked): that file is kept and `refusal`, the
    caller's own error, is raised. `handle`, when `tmp` is still open, is flushed and fsynced
    first, so the name never points at data not yet on disk. The caller removes `tmp`
    (staged_file does); the folder is fsynced so the new name survives a power cut."""
    if handle is not None:
        handle.flush()
        os.fsync(handle.fileno())
    try:
        os.link(tmp, path)  # a hard link fails, rather than replaces, when `path` exists
    except FileExistsError:
        raise refusal from None
    except OSError:
        # No hard links on this file system (FAT or exFAT on a removable drive): take the
        # name with O_EXCL, which also fails rather than replaces, and rename over that
        # empty placeholder of our own.
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            raise refusal from None
        try:
            tmp.replace(path)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
    _fsync_folder(path.parent)


def write_new(path: Path, data: bytes, refusal: SecureDeskError, mode: int = 0o600) -> None:
    """Write `data` to a new file at `path`, never over an existing one (see place_new)."""
    with staged_file(path, mode) as (tmp, handle):
        handle.write(data)
        place_new(tmp, path, refusal, handle)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # a folder that cannot be opened for reading cannot be synced either
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (FAT) refuse to fsync a folder; the name is written anyway
    finally:
        os.close(fd)
