"""Write a file so that a reader sees the old content or the new, never a half-written one."""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from securedesk.core import storage_faults
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
    """A temporary file beside `path` to stream into; the caller puts it into place
    (place_new, or place_replacing) when everything else has succeeded. Removed if left
    behind."""
    if path.is_dir():
        raise InvalidInput(ErrorKind.OUTPUT_IS_A_FOLDER, path=str(path))
    folder_was_there = path.parent.is_dir()
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        # A full disk, a read-only one or a folder whose drive was taken out is a storage
        # fault (exit 1) with its own advice; what is left, and a folder that never was
        # there (a mistyped path, not a drive taken out), is the user's choice of folder.
        fault = storage_faults.fault_for(exc, path.parent) if folder_was_there else None
        if fault is not None:
            raise fault from None
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


def place_replacing(tmp: Path, path: Path, handle: BinaryIO | None = None) -> None:
    """Give the finished temporary file `tmp` the name `path`, replacing a file there (the
    user chose to, or the name is the program's own). `handle`, when `tmp` is still open, is
    flushed and fsynced first, so the name never points at data not yet on disk (inside a
    staged_file block the rename comes before staged_file's own fsync); the folder is fsynced
    after, so the new name survives a power cut."""
    if handle is not None:
        handle.flush()
        os.fsync(handle.fileno())
    tmp.replace(path)
    _fsync_folder(path.parent)


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
        # No hard links on this file system (FAT or exFAT on a removable drive): a rename
        # that the kernel refuses when `path` exists.
        if not _renameat2_noreplace(tmp, path, refusal):
            _place_over_own_placeholder(tmp, path, refusal)
    _fsync_folder(path.parent)


def rename_no_replace(source: Path, target: Path, refusal: SecureDeskError) -> None:
    """rename(2) that raises `refusal`, the caller's own error, if `target` exists
    (renameat2 RENAME_NOREPLACE where the kernel and the file system have it; otherwise a
    check and os.rename, which at least refuses a non-empty folder)."""
    if _renameat2_noreplace(source, target, refusal):
        return
    if target.exists() or target.is_symlink():
        raise refusal
    source.rename(target)


# What renameat2 answers where it (or RENAME_NOREPLACE) is not there: ENOSYS from an old
# kernel, EINVAL from a file system that takes no flags (vfat, exFAT, some FUSE), EPERM or
# EOPNOTSUPP from a seccomp filter or a network file system. A real permission fault then
# shows itself again in the fallback.
_NOT_SUPPORTED = frozenset({errno.ENOSYS, errno.EINVAL, errno.EPERM, errno.EOPNOTSUPP})


def _renameat2_noreplace(source: Path, target: Path, refusal: SecureDeskError) -> bool:
    """Rename with RENAME_NOREPLACE: True when done, False when not supported here; raises
    `refusal` when `target` exists and OSError for any other failure."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    renameat2 = getattr(ctypes.CDLL(libc_name, use_errno=True), "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_noreplace = -100, 1
    rc = renameat2(at_fdcwd, os.fsencode(source), at_fdcwd, os.fsencode(target), rename_noreplace)
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err == errno.EEXIST:
        raise refusal
    if err in _NOT_SUPPORTED:
        return False
    raise OSError(err, os.strerror(err), str(target))


def _place_over_own_placeholder(tmp: Path, path: Path, refusal: SecureDeskError) -> None:
    """The last resort, where neither hard links nor RENAME_NOREPLACE exist: take the name
    with O_EXCL (which fails rather than replaces) and rename over that empty placeholder of
    our own. A crash between the two leaves an empty file under the name, hence last."""
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
