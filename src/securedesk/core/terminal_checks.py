"""What `securedesk doctor` and the About box check about this terminal, as pure functions.

The security model assumes a reachable keyring holding the vault's binding secret, swap
encrypted or off, no hibernation, no core dumps, memory that can be locked, an encrypted
disk under the vault, a sane clock, room for a backup and a recent one. Each check here is a
function of the facts it needs, given as text read from /proc and /sys or as plain values, so
each is tested on fabricated inputs; terminal_survey.py reads the real facts and calls them.

A check's result is a status and a kind: the kind's template says what holds, or what to do,
in one line (worded in English by the command and in the user's language by the window).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePosixPath

from securedesk.core import storage_faults
from securedesk.core.error_kinds.kind import QT_TRANSLATE_NOOP, Kind, word

# The check names, in the order they are shown.
KEYRING = "keyring"
SWAP = "swap"
HIBERNATION = "hibernation"
CORE_DUMPS = "core_dumps"
MEMORY_LOCK = "memory_lock"
ENCRYPTED_DISK = "encrypted_disk"
CLOCK = "clock"
FREE_SPACE = "free_space"
BACKUP = "backup"
ORDER = (
    KEYRING,
    SWAP,
    HIBERNATION,
    CORE_DUMPS,
    MEMORY_LOCK,
    ENCRYPTED_DISK,
    CLOCK,
    FREE_SPACE,
    BACKUP,
)

# systemd's targets that hibernate; masked (linked to /dev/null) they cannot be reached.
HIBERNATE_TARGETS = (
    "hibernate.target",
    "hybrid-sleep.target",
    "suspend-then-hibernate.target",
)
# File systems that live in memory: nothing of them reaches a disk except through swap.
MEMORY_FILESYSTEMS = frozenset({"tmpfs", "ramfs"})
# Free space wanted beyond what a backup needs, for the vault to grow.
GROWTH_MARGIN_BYTES = 256 * 1024 * 1024


class Status(enum.StrEnum):
    OK = "ok"
    FAIL = "fail"
    NOT_CHECKED = "not_checked"


@enum.unique
class TerminalKind(Kind):
    """Each outcome of a terminal check: what holds, or what to do (area code `doctor-`)."""

    KEYRING_OK = (
        "doctor-keyring-ok",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Keyring reachable ({backend}) and this vault's binding secret is in it.",
        ),
    )
    KEYRING_NO_VAULT = (
        "doctor-keyring-no-vault",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Keyring reachable ({backend}); there is no vault at {path} yet, so no binding "
            "secret to look for.",
        ),
    )
    KEYRING_UNREACHABLE = (
        "doctor-keyring-unreachable",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The keyring cannot be reached ({error}): start the desktop session's Secret "
            "Service (gnome-keyring) and unlock it, then run securedesk doctor again.",
        ),
    )
    KEYRING_SECRET_MISSING = (
        "doctor-keyring-secret-missing",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The keyring is reachable but holds no binding secret for vault {vault_id}: this "
            "vault will not open on this terminal. Sign in as the account that made the "
            "vault, or restore the keyring from its backup.",
        ),
    )
    KEYRING_DEMO = (
        "doctor-keyring-demo",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This is the demo vault (invented people only), not bound to this terminal. Keep "
            "real case data in a vault made with securedesk init.",
        ),
    )
    KEYRING_UNBOUND = (
        "doctor-keyring-unbound",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This vault was made with --no-terminal-binding: a copy of its folder opens "
            "anywhere with a passphrase alone. For real case data make a bound vault with "
            "securedesk init and move the cases into it.",
        ),
    )
    SWAP_OFF = (
        "doctor-swap-off",
        QT_TRANSLATE_NOOP("Errors", "Swap is off."),
    )
    SWAP_ENCRYPTED = (
        "doctor-swap-encrypted",
        QT_TRANSLATE_NOOP("Errors", "Swap is encrypted or in memory ({areas})."),
    )
    SWAP_PLAIN = (
        "doctor-swap-plain",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Swap is not encrypted ({areas}): memory may be written to disk in the clear. "
            "Turn it off (swapoff -a and remove it from /etc/fstab) or put it on dm-crypt "
            "(a random-key swap line in /etc/crypttab).",
        ),
    )
    SWAP_UNSEEN = (
        "doctor-swap-unseen",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Whether swap is encrypted cannot be seen here ({areas}): check by hand that it "
            "is on dm-crypt, or turn it off.",
        ),
    )
    HIBERNATION_OFF_KERNEL = (
        "doctor-hibernation-off-kernel",
        QT_TRANSLATE_NOOP("Errors", "Hibernation is off: the kernel offers no way to hibernate."),
    )
    HIBERNATION_MASKED = (
        "doctor-hibernation-masked",
        QT_TRANSLATE_NOOP(
            "Errors", "Hibernation is off: systemd's hibernation targets are masked."
        ),
    )
    HIBERNATION_ON = (
        "doctor-hibernation-on",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Hibernation is possible (resume device: {resume}), which writes all memory to "
            "disk. Run: systemctl mask {targets}; or boot with the kernel argument nohibernate.",
        ),
    )
    CORE_DUMPS_OFF = (
        "doctor-core-dumps-off",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Core dumps are refused and other programs cannot read this one's memory.",
        ),
    )
    CORE_DUMPS_LIMIT = (
        "doctor-core-dumps-limit",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Core dumps are allowed (core size limit, soft/hard: {limit}): SecureDesk sets both "
            "to 0 at start and could not. Set '* hard core 0' in /etc/security/limits.conf.",
        ),
    )
    CORE_DUMPS_DUMPABLE = (
        "doctor-core-dumps-dumpable",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This process is still dumpable, so other programs of the same user may read its "
            "memory: the system refused prctl(PR_SET_DUMPABLE). Check the kernel's Yama and "
            "seccomp settings for this account.",
        ),
    )
    CORE_DUMPS_SUID = (
        "doctor-core-dumps-suid",
        QT_TRANSLATE_NOOP(
            "Errors",
            "fs.suid_dumpable is {suid_dumpable}, so even a non-dumpable process is dumped "
            "(core pattern: {pattern}). Set fs.suid_dumpable=0 in /etc/sysctl.d/.",
        ),
    )
    MEMORY_LOCK_OK = (
        "doctor-memory-lock-ok",
        QT_TRANSLATE_NOOP("Errors", "Memory can be locked against swap (lock limit {limit})."),
    )
    MEMORY_LOCK_SMALL = (
        "doctor-memory-lock-small",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Memory cannot be locked against swap: the lock limit is {limit}. Add "
            "'USER - memlock unlimited' to /etc/security/limits.d/securedesk.conf and sign "
            "in again.",
        ),
    )
    DISK_ENCRYPTED = (
        "doctor-disk-encrypted",
        QT_TRANSLATE_NOOP(
            "Errors", "The vault folder is on an encrypted device ({device}, {fstype})."
        ),
    )
    DISK_IN_MEMORY = (
        "doctor-disk-in-memory",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The vault folder is on a file system in memory ({fstype}): it is lost at "
            "power-off unless backed up.",
        ),
    )
    DISK_PLAIN = (
        "doctor-disk-plain",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The vault folder is on {device} ({fstype}), which is not encrypted. Install the "
            "terminal with full-disk encryption (LUKS) or move the vault onto an encrypted "
            "volume.",
        ),
    )
    DISK_UNSEEN = (
        "doctor-disk-unseen",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Whether the vault folder's disk is encrypted cannot be seen here ({fstype} on "
            "{device}): check by hand that the terminal uses full-disk encryption.",
        ),
    )
    CLOCK_OK = (
        "doctor-clock-ok",
        QT_TRANSLATE_NOOP(
            "Errors", "The clock ({now}) is not earlier than the newest audit event ({newest})."
        ),
    )
    CLOCK_BEHIND = (
        "doctor-clock-behind",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The clock ({now}) is earlier than the newest audit event ({newest}): set the "
            "date and time right before working, and tell an auditor.",
        ),
    )
    CLOCK_NOT_SIGNED_IN = (
        "doctor-clock-not-signed-in",
        QT_TRANSLATE_NOOP(
            "Errors", "Clock not checked: sign in with --user to check it against the audit log."
        ),
    )
    SPACE_OK = (
        "doctor-space-ok",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Free space {free_mib} MiB: enough for the vault ({vault_mib} MiB) to grow and for "
            "a backup if it is written on this disk.",
        ),
    )
    SPACE_LOW = (
        "doctor-space-low",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Free space {free_mib} MiB is less than the {needed_mib} MiB the vault "
            "({vault_mib} MiB) needs to grow and a backup needs if it is written on this disk: "
            "free some space on that disk, or write backups to another.",
        ),
    )
    BACKUP_OK = (
        "doctor-backup-ok",
        QT_TRANSLATE_NOOP(
            "Errors", "Last backup {last}; the next is due by {due} (every {days} day(s))."
        ),
    )
    BACKUP_OVERDUE = (
        "doctor-backup-overdue",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup is overdue (last: {last}; due {due}, every {days} day(s)): an "
            "administrator makes one with securedesk backup create --out FILE.",
        ),
    )
    BACKUP_NOT_SIGNED_IN = (
        "doctor-backup-not-signed-in",
        QT_TRANSLATE_NOOP("Errors", "Backups not checked: sign in with --user to check them."),
    )
    NO_VAULT = (
        "doctor-no-vault",
        QT_TRANSLATE_NOOP("Errors", "Not checked: there is no vault at {path}."),
    )
    NEVER = (
        "doctor-never",
        QT_TRANSLATE_NOOP("Errors", "never"),
    )
    UNLIMITED = (
        "doctor-unlimited",
        QT_TRANSLATE_NOOP("Errors", "unlimited"),
    )


@dataclass(frozen=True)
class CheckResult:
    check: str
    status: Status
    kind: TerminalKind
    data: dict[str, object] = field(default_factory=dict)

    @property
    def holds(self) -> bool:
        return self.status is Status.OK

    def line(self) -> str:
        """The English line, as the command prints it."""
        return word(self.kind, self.data)

    def as_json(self) -> dict[str, object]:
        plain = {k: (word(v, {}) if isinstance(v, Kind) else v) for k, v in self.data.items()}
        return {
            "check": self.check,
            "status": str(self.status),
            "code": str(self.kind),
            "message": self.line(),
            "data": plain,
        }


def all_hold(results: list[CheckResult]) -> bool:
    return all(r.holds for r in results)


# --- block devices ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BlockDevice:
    """One entry of /sys/class/block: its name (dm-0, sda1), its MAJ:MIN, for a device-mapper
    device its dm/uuid and dm/name, and the devices under it (slaves)."""

    name: str
    devnum: str
    dm_uuid: str = ""
    dm_name: str = ""
    slaves: tuple[str, ...] = ()


class Blocks:
    """The block devices, looked up by name, /dev path or MAJ:MIN."""

    def __init__(self, devices: list[BlockDevice]) -> None:
        self.by_name = {d.name: d for d in devices}
        self.by_devnum = {d.devnum: d for d in devices}
        self.by_dm_name = {d.dm_name: d for d in devices if d.dm_name}

    def from_path(self, dev: str) -> BlockDevice | None:
        path = PurePosixPath(dev)
        if path.parent == PurePosixPath("/dev/mapper"):
            return self.by_dm_name.get(path.name)
        if path.parent == PurePosixPath("/dev"):
            return self.by_name.get(path.name)
        return None

    def encrypted(self, device: BlockDevice, _seen: frozenset[str] = frozenset()) -> bool:
        """dm-crypt (a dm uuid CRYPT-LUKS1-, CRYPT-LUKS2-, CRYPT-PLAIN-...) here or under
        it: LVM on LUKS, a partition of a mapped device."""
        if device.dm_uuid.startswith("CRYPT-"):
            return True
        seen = _seen | {device.name}
        return any(
            self.encrypted(self.by_name[s], seen)
            for s in device.slaves
            if s in self.by_name and s not in seen
        )


@dataclass(frozen=True)
class Mount:
    mount_point: str
    devnum: str
    fstype: str
    source: str


def _unescape(field_text: str) -> str:
    """mountinfo writes space, tab, newline and backslash in paths as octal escapes."""
    out, i = [], 0
    while i < len(field_text):
        if field_text[i] == "\\" and field_text[i + 1 : i + 4].isdigit():
            out.append(chr(int(field_text[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field_text[i])
            i += 1
    return "".join(out)


def parse_mountinfo(text: str) -> list[Mount]:
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if "-" not in fields or len(fields) < 7:
            continue
        sep = fields.index("-")
        if len(fields) < sep + 3:
            continue
        mounts.append(
            Mount(
                mount_point=_unescape(fields[4]),
                devnum=fields[2],
                fstype=fields[sep + 1],
                source=_unescape(fields[sep + 2]),
            )
        )
    return mounts


def mount_of(path: str, mounts: list[Mount]) -> Mount | None:
    """The mount a resolved absolute path is on: the last-mounted longest prefix."""
    target = PurePosixPath(path)
    best: Mount | None = None
    for m in mounts:  # later lines are later mounts and hide earlier ones at the same point
        point = PurePosixPath(m.mount_point)
        covers = target == point or point in target.parents
        if covers and (
            best is None or len(point.parts) >= len(PurePosixPath(best.mount_point).parts)
        ):
            best = m
    return best


def device_of(mount: Mount, blocks: Blocks) -> BlockDevice | None:
    """The block device under a mount: by its MAJ:MIN, or (btrfs and others that report an
    anonymous device number) by the source it names."""
    return blocks.by_devnum.get(mount.devnum) or blocks.from_path(mount.source)


# --- the checks -----------------------------------------------------------------------------


def check_keyring(
    *,
    vault_exists: bool,
    path: str,
    demo: bool,
    terminal_binding: bool,
    vault_id: str,
    backend: str,
    error: str,
    secret_present: bool,
) -> CheckResult:
    """`error` is the keyring's failure ("" when it answered); `secret_present` whether the
    binding secret of `vault_id` was found (asked only of bound vaults)."""
    if demo:
        return CheckResult(KEYRING, Status.FAIL, TerminalKind.KEYRING_DEMO, {"path": path})
    if vault_exists and not terminal_binding:
        return CheckResult(KEYRING, Status.FAIL, TerminalKind.KEYRING_UNBOUND, {"path": path})
    if error:
        return CheckResult(KEYRING, Status.FAIL, TerminalKind.KEYRING_UNREACHABLE, {"error": error})
    if not vault_exists:
        return CheckResult(
            KEYRING, Status.OK, TerminalKind.KEYRING_NO_VAULT, {"backend": backend, "path": path}
        )
    if not secret_present:
        return CheckResult(
            KEYRING, Status.FAIL, TerminalKind.KEYRING_SECRET_MISSING, {"vault_id": vault_id}
        )
    return CheckResult(KEYRING, Status.OK, TerminalKind.KEYRING_OK, {"backend": backend})


def parse_swaps(text: str) -> list[str]:
    """The swap areas' names from /proc/swaps (its first line is a header)."""
    areas = []
    for line in text.splitlines()[1:]:
        fields = line.split()
        if fields:
            areas.append(_unescape(fields[0]))
    return areas


def check_swap(swaps_text: str, mounts: list[Mount], blocks: Blocks) -> CheckResult:
    """Each swap area is a device (encrypted when dm-crypt is at or under it; zram is memory)
    or a file (as encrypted as the device of the file system it is on)."""
    areas = parse_swaps(swaps_text)
    if not areas:
        return CheckResult(SWAP, Status.OK, TerminalKind.SWAP_OFF, {})
    plain, unseen = [], []
    for area in areas:
        if PurePosixPath(area).name.startswith("zram"):
            continue
        device = blocks.from_path(area)
        if device is None:  # a swap file, or a device path this terminal does not list
            mount = mount_of(area, mounts)
            if mount is not None and mount.fstype in MEMORY_FILESYSTEMS:
                continue
            device = device_of(mount, blocks) if mount is not None else None
        if device is None:
            unseen.append(area)
        elif not blocks.encrypted(device):
            plain.append(area)
    named = ", ".join(areas)
    if plain:
        return CheckResult(SWAP, Status.FAIL, TerminalKind.SWAP_PLAIN, {"areas": ", ".join(plain)})
    if unseen:
        return CheckResult(
            SWAP, Status.NOT_CHECKED, TerminalKind.SWAP_UNSEEN, {"areas": ", ".join(unseen)}
        )
    return CheckResult(SWAP, Status.OK, TerminalKind.SWAP_ENCRYPTED, {"areas": named})


def kernel_argument(cmdline: str, name: str) -> str | None:
    """The value of `name=` on the kernel command line ("" for a bare flag), or None."""
    found: str | None = None
    for arg in cmdline.split():
        key, eq, value = arg.partition("=")
        if key == name:
            found = value if eq else ""
    return found


def check_hibernation(
    power_state: str,
    power_disk: str,
    cmdline: str,
    masked: Mapping[str, bool],
) -> CheckResult:
    """`power_state` is /sys/power/state ("freeze mem disk"), `power_disk` /sys/power/disk
    ("[platform] shutdown reboot" or "[disabled]"), `cmdline` /proc/cmdline, `masked` says
    for each of HIBERNATE_TARGETS whether systemd has it masked."""
    kernel_refuses = (
        "disk" not in power_state.split()
        or "[disabled]" in power_disk
        or kernel_argument(cmdline, "nohibernate") is not None
        or kernel_argument(cmdline, "hibernate") == "no"
    )
    if kernel_refuses:
        return CheckResult(HIBERNATION, Status.OK, TerminalKind.HIBERNATION_OFF_KERNEL, {})
    if all(masked.get(t, False) for t in HIBERNATE_TARGETS):
        return CheckResult(HIBERNATION, Status.OK, TerminalKind.HIBERNATION_MASKED, {})
    resume = kernel_argument(cmdline, "resume") or "-"
    targets = " ".join(t for t in HIBERNATE_TARGETS if not masked.get(t, False))
    return CheckResult(
        HIBERNATION,
        Status.FAIL,
        TerminalKind.HIBERNATION_ON,
        {"resume": resume, "targets": targets},
    )


def check_core_dumps(
    core_limit: tuple[int, int] | None,
    dumpable: int | None,
    suid_dumpable: int | None,
    core_pattern: str,
) -> CheckResult:
    """`core_limit` is RLIMIT_CORE (soft, hard), None where there is none (not Unix);
    `dumpable` PR_GET_DUMPABLE (None: no prctl); `suid_dumpable` /proc/sys/fs/suid_dumpable.

    RLIMIT_CORE 0 alone is not enough when the kernel pipes cores to a handler (a core_pattern
    starting with |): the kernel runs the handler whatever the limit. A non-dumpable process
    is not dumped at all unless fs.suid_dumpable is 1 or 2."""
    pattern = core_pattern.strip() or "-"
    if core_limit is None or core_limit != (0, 0):
        limit = "-" if core_limit is None else f"{core_limit[0]}/{core_limit[1]}"
        return CheckResult(CORE_DUMPS, Status.FAIL, TerminalKind.CORE_DUMPS_LIMIT, {"limit": limit})
    if dumpable is None or dumpable != 0:
        return CheckResult(CORE_DUMPS, Status.FAIL, TerminalKind.CORE_DUMPS_DUMPABLE, {})
    if suid_dumpable not in (None, 0):
        return CheckResult(
            CORE_DUMPS,
            Status.FAIL,
            TerminalKind.CORE_DUMPS_SUID,
            {"suid_dumpable": suid_dumpable, "pattern": pattern},
        )
    return CheckResult(CORE_DUMPS, Status.OK, TerminalKind.CORE_DUMPS_OFF, {"pattern": pattern})


def _size(n: int | None) -> object:
    if n is None:
        return TerminalKind.UNLIMITED
    if n >= 1 << 20:
        return f"{n / (1 << 20):g} MiB"
    return f"{n / 1024:g} KiB"


def check_memory_lock(lock_limit: int | None, locked: bool, minimum: int) -> CheckResult:
    """`lock_limit` is RLIMIT_MEMLOCK's soft limit (None: unlimited or not enforced),
    `locked` whether the whole process was locked at start, `minimum` the limit SecureDesk
    needs to lock itself (process_hardening.LOCK_ALL_MINIMUM_BYTES)."""
    if locked or lock_limit is None or lock_limit >= minimum:
        return CheckResult(
            MEMORY_LOCK, Status.OK, TerminalKind.MEMORY_LOCK_OK, {"limit": _size(lock_limit)}
        )
    return CheckResult(
        MEMORY_LOCK, Status.FAIL, TerminalKind.MEMORY_LOCK_SMALL, {"limit": _size(lock_limit)}
    )


def check_encrypted_disk(folder: str, mounts: list[Mount], blocks: Blocks) -> CheckResult:
    """`folder` is the vault folder (or the nearest existing folder above it), resolved."""
    mount = mount_of(folder, mounts)
    if mount is None:
        return CheckResult(
            ENCRYPTED_DISK,
            Status.NOT_CHECKED,
            TerminalKind.DISK_UNSEEN,
            {"fstype": "-", "device": "-"},
        )
    if mount.fstype in MEMORY_FILESYSTEMS:
        return CheckResult(
            ENCRYPTED_DISK, Status.OK, TerminalKind.DISK_IN_MEMORY, {"fstype": mount.fstype}
        )
    device = device_of(mount, blocks)
    if device is None:
        return CheckResult(
            ENCRYPTED_DISK,
            Status.NOT_CHECKED,
            TerminalKind.DISK_UNSEEN,
            {"fstype": mount.fstype, "device": mount.source},
        )
    data: dict[str, object] = {"device": f"/dev/{device.name}", "fstype": mount.fstype}
    if blocks.encrypted(device):
        return CheckResult(ENCRYPTED_DISK, Status.OK, TerminalKind.DISK_ENCRYPTED, data)
    return CheckResult(ENCRYPTED_DISK, Status.FAIL, TerminalKind.DISK_PLAIN, data)


def check_clock(now: datetime, newest_event: datetime | None, signed_in: bool) -> CheckResult:
    """The clock may not be earlier than the newest audit event: a clock set back would
    date new events before old ones, and decide reviews and expiries wrongly."""
    if not signed_in:
        return CheckResult(CLOCK, Status.NOT_CHECKED, TerminalKind.CLOCK_NOT_SIGNED_IN, {})
    data: dict[str, object] = {
        "now": now.isoformat(timespec="seconds"),
        "newest": TerminalKind.NEVER
        if newest_event is None
        else newest_event.isoformat(timespec="seconds"),
    }
    if newest_event is not None and now < newest_event:
        return CheckResult(CLOCK, Status.FAIL, TerminalKind.CLOCK_BEHIND, data)
    return CheckResult(CLOCK, Status.OK, TerminalKind.CLOCK_OK, data)


def space_needed(vault_bytes: int) -> int:
    """Room on the vault's disk for a backup written there, by the rule backup create refuses
    by (a snapshot and the encrypted backup side by side), and beyond it room for the vault
    to grow. `vault_bytes` is the database with its -wal (storage_faults.database_bytes), as
    create measures it. Create checks the disk it really writes to (--out's, often a
    removable drive); the wording says 'if it is written on this disk'."""
    return storage_faults.backup_bytes_needed(vault_bytes) + max(
        vault_bytes // 10, GROWTH_MARGIN_BYTES
    )


def check_free_space(free_bytes: int, vault_bytes: int) -> CheckResult:
    needed = space_needed(vault_bytes)
    data: dict[str, object] = {
        "free_mib": free_bytes // storage_faults.MB,
        "vault_mib": storage_faults.whole_mb(vault_bytes),
        "needed_mib": storage_faults.whole_mb(needed),
    }
    if free_bytes >= needed:
        return CheckResult(FREE_SPACE, Status.OK, TerminalKind.SPACE_OK, data)
    return CheckResult(FREE_SPACE, Status.FAIL, TerminalKind.SPACE_LOW, data)


def check_backup(
    last_backup_at: str | None, due_on: str, interval_days: int, overdue: bool | None
) -> CheckResult:
    """From core.backup.status.BackupStatus; `overdue` None when nobody signed in."""
    if overdue is None:
        return CheckResult(BACKUP, Status.NOT_CHECKED, TerminalKind.BACKUP_NOT_SIGNED_IN, {})
    data: dict[str, object] = {
        "last": TerminalKind.NEVER if last_backup_at is None else last_backup_at[:19],
        "due": due_on,
        "days": interval_days,
    }
    if overdue:
        return CheckResult(BACKUP, Status.FAIL, TerminalKind.BACKUP_OVERDUE, data)
    return CheckResult(BACKUP, Status.OK, TerminalKind.BACKUP_OK, data)


def not_checked_without_vault(check: str, path: str) -> CheckResult:
    return CheckResult(check, Status.NOT_CHECKED, TerminalKind.NO_VAULT, {"path": path})
