"""Faults of the disk under the vault, named for what they are: a full disk, a folder that
cannot be written, a -wal or -shm file that is missing and cannot be made, a vault folder on
removable media that vanished. None of them is damage: the vault is intact (SQLite rolled
the step back), and the message says what to do; none suggests a restore.

`fault_for(exc, folder)` turns a database or file error into one of these (None when it is
none of them); `require_free_space` refuses large work early when the space is not there.
"""

from __future__ import annotations

import contextlib
import enum
import errno
import math
import os
import shutil
from pathlib import Path

from securedesk.core.error_kinds.kind import QT_TRANSLATE_NOOP, Kind
from securedesk.core.errors import SecureDeskError

MB = 1024 * 1024
# What SQLite needs beyond the data for a transaction and its checkpoint on a small change.
WORKING_MARGIN_BYTES = 4 * MB


@enum.unique
class StorageFaultKind(Kind):
    """Faults of the disk under the vault: full, read-only, a working file that cannot be made,
    a folder that vanished. Never damage; never a reason to restore."""

    DISK_FULL = (
        "storage-disk-full",
        QT_TRANSLATE_NOOP(
            "Errors",
            "There is not enough free space on {folder}: this needs {need_mb} MB and {free_mb} "
            "MB are free. Free at least {short_mb} MB on {folder} (move or delete other files) "
            "and try again. Nothing was changed and the vault is intact.",
        ),
    )
    DISK_FILLED = (
        "storage-disk-filled",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The disk holding {folder} is full ({free_mb} MB free). The step in progress was "
            "rolled back and the vault is intact. Free at least {need_mb} MB on {folder} and "
            "try again.",
        ),
    )
    READ_ONLY = (
        "storage-read-only",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{folder} cannot be written to (a read-only disk or no permission). Nothing was "
            "changed and the vault is intact. Make {folder} writable (remount the disk "
            "read-write, or ask for permission) and try again.",
        ),
    )
    WORKING_FILE_MISSING = (
        "storage-working-file-missing",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The vault's working file {file} is missing and cannot be made in {folder}. The "
            "vault is intact. Make {folder} writable and free a few MB on it, then open the "
            "vault again.",
        ),
    )
    FOLDER_VANISHED = (
        "storage-folder-vanished",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The vault folder {folder} is no longer there: the removable drive holding it was "
            "probably taken out. Nothing more was written. Put the drive back and open the "
            "vault again; it is checked as it opens.",
        ),
    )


class StorageFault(SecureDeskError):
    """A disk fault with its kind; exit 1 (it is neither damage nor a refusal)."""


def free_bytes(folder: Path) -> int:
    """Free space a normal user may use on the file system holding `folder` (or the nearest
    folder above it that exists)."""
    probe = Path(folder)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return shutil.disk_usage(probe).free


def whole_mb(n: int) -> int:
    """`n` bytes in MB, rounded up (0 for none)."""
    return max(1, math.ceil(n / MB)) if n > 0 else 0


def space_shortfall(folder: Path, need_bytes: int) -> dict[str, object] | None:
    """None when `folder`'s file system has `need_bytes` free; else what a refusal for the
    lack says: folder, need_mb, free_mb, short_mb."""
    free = free_bytes(folder)
    if free >= need_bytes:
        return None
    return {
        "folder": str(folder),
        "need_mb": whole_mb(need_bytes),
        "free_mb": free // MB,
        "short_mb": whole_mb(need_bytes - free),
    }


def require_free_space(folder: Path, need_bytes: int) -> None:
    """Refuse before starting work that needs `need_bytes` on `folder`'s file system."""
    short = space_shortfall(folder, need_bytes)
    if short is not None:
        raise StorageFault(StorageFaultKind.DISK_FULL, **short)


def _is_read_only(folder: Path) -> bool:
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except OSError:
        return False
    return not os.access(folder, os.W_OK)


# What SQLite and the OS say for each disk fault, matched lower-case as parts of the message.
# The one list: fault_for names a fault by these, and vault.database.is_damage never calls an
# error carrying any of them damage, so the two cannot disagree about a message.
FULL_MARKERS = ("disk is full", "no space left")
READ_ONLY_MARKERS = ("readonly", "read-only", "read only")
IO_MARKERS = ("disk i/o error", "unable to open")
DISK_MARKERS = FULL_MARKERS + READ_ONLY_MARKERS + IO_MARKERS


def mentions_disk_fault(exc: BaseException) -> bool:
    """Whether the error's message names a fault of the disk (full, read-only, i/o)."""
    text = str(exc).lower()
    return any(m in text for m in DISK_MARKERS)


def fault_for(exc: BaseException, folder: Path | None) -> StorageFault | None:
    """The fault `exc` (a database error or an OSError) stands for, looked at against the
    vault folder as it is now; None when it is not a disk fault."""
    if folder is None:
        return None
    folder = Path(folder)
    if isinstance(exc, OSError) and exc.filename and exc.errno == errno.ENOSPC:
        folder = Path(os.fsdecode(exc.filename)).parent  # the file's own disk, not the vault's
    text = str(exc).lower()
    code = exc.errno if isinstance(exc, OSError) else None
    database_error = (
        type(exc).__module__.startswith("sqlcipher3") or "sqlite" in type(exc).__module__
    )
    if not (isinstance(exc, OSError) or database_error):
        return None
    if not folder.exists():
        return StorageFault(StorageFaultKind.FOLDER_VANISHED, folder=str(folder))
    if code == errno.ENOSPC or any(m in text for m in FULL_MARKERS):
        return StorageFault(
            StorageFaultKind.DISK_FILLED,
            folder=str(folder),
            free_mb=free_bytes(folder) // MB,
            need_mb=whole_mb(WORKING_MARGIN_BYTES),
        )
    read_only = code in (errno.EROFS, errno.EACCES, errno.EPERM) or any(
        m in text for m in READ_ONLY_MARKERS
    )
    if read_only or any(m in text for m in IO_MARKERS):
        db = folder / "vault.db"
        for suffix in ("-wal", "-shm"):
            sidecar = db.with_name(db.name + suffix)
            if db.exists() and not sidecar.exists() and _is_read_only(folder):
                return StorageFault(
                    StorageFaultKind.WORKING_FILE_MISSING, file=sidecar.name, folder=str(folder)
                )
        if _is_read_only(folder) or (db.exists() and not os.access(db, os.W_OK)):
            return StorageFault(StorageFaultKind.READ_ONLY, folder=str(folder))
        if free_bytes(folder) < WORKING_MARGIN_BYTES:
            return StorageFault(
                StorageFaultKind.DISK_FILLED,
                folder=str(folder),
                free_mb=free_bytes(folder) // MB,
                need_mb=whole_mb(WORKING_MARGIN_BYTES),
            )
    return None


def database_bytes(folder: Path) -> int:
    """The vault database and its -wal, as they are on disk now."""
    total = 0
    for name in ("vault.db", "vault.db-wal"):
        with contextlib.suppress(OSError):
            total += (Path(folder) / name).stat().st_size
    return total


def backup_bytes_needed(database: int) -> int:
    """The free space a backup of a database of `database` bytes needs beside its output,
    the one rule (backup create on its output's disk; the sign-in window's warning and doctor
    on the vault's disk, worded 'if it is written on this disk'): create
    exports a snapshot of the database there, then writes the encrypted backup of it there,
    and both lie side by side until the backup is complete. Each is about the database's
    size; the margin covers the archive's own parts and SQLite's working pages."""
    return 2 * database + WORKING_MARGIN_BYTES


def backup_space_shortfall(folder: Path) -> tuple[StorageFaultKind, dict[str, object]] | None:
    """For the sign-in window: the warning to show when the disk holding the vault has less
    free space than a backup written beside the vault needs, or None."""
    short = space_shortfall(folder, backup_bytes_needed(database_bytes(folder)))
    return None if short is None else (StorageFaultKind.DISK_FULL, short)
