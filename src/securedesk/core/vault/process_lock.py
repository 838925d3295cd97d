"""One process at a time per vault: an exclusive advisory lock on a file in its folder."""

from __future__ import annotations

import os
from pathlib import Path

from securedesk.core.errors import VaultInUse

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class VaultProcessLock:
    """Held for as long as a process has the vault unlocked; released on close or exit."""

    def __init__(self, folder: Path) -> None:
        self._path = folder / "vault.lock"
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if fcntl is not None:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            else:  # pragma: no cover - Windows
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(fd)
            raise VaultInUse(str(self._path.parent)) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
