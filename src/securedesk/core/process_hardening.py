"""Process hardening at start, before any vault opens (no Qt here).

Three steps, as KeePassXC's Bootstrap does for its own process:

- no core dumps: `RLIMIT_CORE` 0, soft and hard, so neither this process nor anything it
  starts can write its memory to a core file;
- not dumpable: `prctl(PR_SET_DUMPABLE, 0)` on Linux. The kernel then refuses ptrace attach
  and reads of /proc/<pid>/mem, maps and environ to other processes of the same user (a
  process holding CAP_SYS_PTRACE, such as root, still may), and makes no core dump whatever
  the limit;
- memory locked: `mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT)`, so no page this process
  touches is written to swap, but only when the lock limit (`RLIMIT_MEMLOCK`) is unlimited or
  at least 1 GiB. With MCL_FUTURE every later allocation must fit under the limit: under the
  usual 8 MiB (or 64 KiB) a Qt window would fail to allocate within seconds, so below 1 GiB
  nothing is locked and the report says why. MCL_ONFAULT (Linux 4.4) locks a page when it is
  first touched instead of filling every mapping at once (thread stacks, reserved pools,
  mapped fonts): the pages that ever hold data are the touched ones, so it protects the same
  data for far less memory; where the kernel does not know it, the plain pair is used.

Programs this process starts inherit RLIMIT_CORE 0; exec gives them back the dumpable flag,
which is right: none of them holds the vault's key.

None of this stops start-up: a step the platform refuses is reported, never fatal.
`harden()` runs once, from the command's entry; `current_state()` reads the state back from
the kernel at any time (for `vault info`, the About box and a future `doctor`).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

# The lock limit below which the whole process is not locked (see the module's text).
LOCK_ALL_MINIMUM_BYTES = 1 << 30

_PR_GET_DUMPABLE = 3
_PR_SET_DUMPABLE = 4
_MCL_CURRENT = 1
_MCL_FUTURE = 2
_MCL_ONFAULT = 4
_CAP_IPC_LOCK = 14

# Why memory is or is not locked: codes, worded by whoever shows them.
LOCKED = "locked"
LIMIT_TOO_SMALL = "lock_limit_below_1_gib"
LOCK_REFUSED = "mlockall_refused"
NOT_LINUX = "not_linux"
NOT_ATTEMPTED = "not_attempted"


@dataclass(frozen=True)
class HardeningReport:
    core_dumps_off: bool
    not_dumpable: bool
    memory_locked: bool
    # One of the codes above.
    memory_lock_state: str
    # RLIMIT_MEMLOCK's soft limit in bytes; None when unlimited or unknown.
    lock_limit_bytes: int | None
    # Bytes locked now (VmLck), when the platform says.
    locked_bytes: int | None = None
    # The errno name of a refused step ("EPERM"), when one was refused.
    refused_with: str = ""

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


_applied: HardeningReport | None = None


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None


def _core_dumps_off() -> bool:
    try:
        import resource
    except ImportError:  # Windows: no core files to speak of
        return False
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    return soft == 0 and hard == 0


def _lock_limit() -> int | None:
    try:
        import resource
    except ImportError:
        return None
    soft, _hard = resource.getrlimit(resource.RLIMIT_MEMLOCK)
    return None if soft == resource.RLIM_INFINITY else soft


def _locked_bytes() -> int | None:
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmLck:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        return None
    return None


def _holds_lock_capability() -> bool:
    """CAP_IPC_LOCK in the effective set: the lock limit does not apply to this process."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("CapEff:"):
                return bool(int(line.split()[1], 16) & (1 << _CAP_IPC_LOCK))
    except (OSError, ValueError):
        return False
    return False


def effective_lock_limit() -> int | None:
    """How much this process may still lock, as far as the limit goes: None when unlimited,
    not enforced (CAP_IPC_LOCK), or moot (the whole process was locked at start)."""
    if _holds_lock_capability() or (_applied is not None and _applied.memory_locked):
        return None
    return _lock_limit()


def _not_dumpable(libc: ctypes.CDLL | None) -> bool:
    if libc is None:
        return False
    return int(libc.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0)) == 0


def lock_limit_allows(limit: int | None) -> bool:
    """Whether a lock limit (None: unlimited) is large enough to lock the whole process."""
    return limit is None or limit >= LOCK_ALL_MINIMUM_BYTES


def harden() -> HardeningReport:
    """Apply the three steps (once per process) and report what holds."""
    global _applied
    if _applied is not None:
        return _applied
    refused = ""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass  # the report says core dumps are not off
    libc = _libc()
    if libc is not None and libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        refused = errno.errorcode.get(ctypes.get_errno(), "")
    limit = _lock_limit()
    if libc is None:
        state = NOT_LINUX
    elif not lock_limit_allows(limit):
        state = LIMIT_TOO_SMALL
    else:
        rc = libc.mlockall(_MCL_CURRENT | _MCL_FUTURE | _MCL_ONFAULT)
        if rc != 0 and ctypes.get_errno() == errno.EINVAL:  # a kernel before MCL_ONFAULT
            rc = libc.mlockall(_MCL_CURRENT | _MCL_FUTURE)
        if rc == 0:
            state = LOCKED
        else:
            state = LOCK_REFUSED
            refused = errno.errorcode.get(ctypes.get_errno(), "") or refused
    _applied = _read(state, refused)
    return _applied


def _read(state: str, refused: str = "") -> HardeningReport:
    libc = _libc()
    locked = _locked_bytes()
    return HardeningReport(
        core_dumps_off=_core_dumps_off(),
        not_dumpable=_not_dumpable(libc),
        memory_locked=state == LOCKED,
        memory_lock_state=state,
        lock_limit_bytes=_lock_limit(),
        locked_bytes=locked,
        refused_with=refused,
    )


def current_state() -> HardeningReport:
    """The state now, read from the kernel (hardening applied at start or not)."""
    state = _applied.memory_lock_state if _applied is not None else NOT_ATTEMPTED
    refused = _applied.refused_with if _applied is not None else ""
    return _read(state, refused)


def summary(report: HardeningReport) -> dict[str, str]:
    """The report as short yes/no fields for `vault info` and the About box."""

    def yes(flag: bool) -> str:
        return "yes" if flag else "no"

    return {
        "core_dumps_off": yes(report.core_dumps_off),
        "ptrace_and_dumps_refused": yes(report.not_dumpable),
        "memory_locked": yes(report.memory_locked)
        + ("" if report.memory_locked else f" ({report.memory_lock_state})"),
    }
