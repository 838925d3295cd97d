"""Running SecureDesk in child processes, for what is process-wide: the hardening applied at
start, and SQLCipher's memory security (once on, on for the whole process, so never turned
on inside the test process itself)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

import securedesk

SRC = str(Path(securedesk.__file__).resolve().parents[1])

_CAP_IPC_LOCK = 14
_CAP_SYS_PTRACE = 19


def child_env(tmp_path: Path) -> dict[str, str]:
    data_home = tmp_path / "child-xdg"
    data_home.mkdir(exist_ok=True)
    temp = tmp_path / "child-tmp"
    temp.mkdir(exist_ok=True)
    path = os.environ.get("PYTHONPATH", "")
    return {
        **os.environ,
        "PYTHONPATH": SRC + (os.pathsep + path if path else ""),
        "XDG_DATA_HOME": str(data_home),
        "TMPDIR": str(temp),
        # Vaults made for these tests are not bound: the OS keyring is never touched.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }


def effective_capabilities() -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("CapEff:"):
            return int(line.split()[1], 16)
    return 0


def unprivileged(argv: list[str]) -> list[str]:
    """`argv` as an ordinary process of this user: without CAP_SYS_PTRACE and CAP_IPC_LOCK,
    which root holds in a container (either would let it past what is being tested).
    setpriv drops them from the bounding set, so the program it runs never has them."""
    caps = effective_capabilities()
    if not caps & ((1 << _CAP_IPC_LOCK) | (1 << _CAP_SYS_PTRACE)):
        return argv
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("this process holds CAP_SYS_PTRACE/CAP_IPC_LOCK and setpriv is missing")
    return [setpriv, "--bounding-set=-sys_ptrace,-ipc_lock", *argv]


def python(*args: str) -> list[str]:
    return [sys.executable, *args]
