"""What a killed restore leaves: its hidden working folder `.DIR.restoring-…` beside DIR.

A running restore holds an exclusive lock (flock) on its working folder for as long as it
runs; the kernel drops the lock when the process dies, however it dies. The next restore to
the same DIR removes every such folder whose lock it can take (its restore is over) and leaves
alone any whose lock is held (a restore still running). Symbolic links are never followed.

A terminal-binding secret the killed restore may have put in the keyring is left there: it is
a random secret for a vault id no vault has, and deleting keyring entries named by a folder
anyone could create would let that folder's maker remove a real vault's binding.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
from pathlib import Path

MARK = ".restoring-"


def working_name(target: Path, tag: str) -> str:
    return f".{target.name}{MARK}{tag}"


def lock(folder: Path) -> int:
    """Hold `folder`'s lock until the returned descriptor is closed."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise
    return fd


def clear(parent: Path, target: Path) -> list[Path]:
    """Remove the working folders of finished (killed) restores to `target`; the removed."""
    prefix = f".{target.name}{MARK}"
    removed: list[Path] = []
    try:
        candidates = [p for p in parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return removed
    for folder in candidates:
        if folder.is_symlink() or not folder.is_dir():
            continue
        try:
            fd = lock(folder)
        except OSError:
            continue  # a restore still running (or not ours to open)
        try:
            shutil.rmtree(folder)
        except OSError:
            continue
        finally:
            with contextlib.suppress(OSError):
                os.close(fd)
        removed.append(folder)
    return removed
