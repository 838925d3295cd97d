"""Reads this terminal's facts from the kernel, the keyring and the vault, and runs the checks
of terminal_checks.py on them (for `securedesk doctor` and the About box; no Qt here).

Nothing here changes anything: it reads /proc, /sys and /etc/systemd, asks the keyring for
one entry, and, when someone is signed in, reads the newest audit time and the backup state.
Where a file cannot be read (another platform, a container) the check says it cannot see.
"""

from __future__ import annotations

import contextlib
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from securedesk.core import process_hardening, storage_faults
from securedesk.core import terminal_checks as tc
from securedesk.core.paths import demo_vault

if TYPE_CHECKING:
    from securedesk.core.session import Session

# The demo vault's accounts (securedesk.demo.demo_vault), for a demo vault moved elsewhere.
_DEMO_USERS = frozenset({"demo", "demo-admin"})


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def read_blocks(sys_root: Path = Path("/sys")) -> tc.Blocks:
    """Every block device of /sys/class/block with its number, dm uuid and name, slaves."""
    devices = []
    base = sys_root / "class" / "block"
    try:
        names = sorted(p.name for p in base.iterdir())
    except OSError:
        names = []
    for name in names:
        entry = base / name
        slaves: tuple[str, ...] = ()
        with contextlib.suppress(OSError):
            slaves = tuple(sorted(p.name for p in (entry / "slaves").iterdir()))
        devices.append(
            tc.BlockDevice(
                name=name,
                devnum=read_text(entry / "dev").strip(),
                dm_uuid=read_text(entry / "dm" / "uuid").strip(),
                dm_name=read_text(entry / "dm" / "name").strip(),
                slaves=slaves,
            )
        )
    return tc.Blocks(devices)


def masked_targets(roots: tuple[Path, ...] = (Path("/etc/systemd/system"),)) -> dict[str, bool]:
    """Whether each hibernation target is masked: its unit file links to /dev/null."""
    masked = {}
    for target in tc.HIBERNATE_TARGETS:
        masked[target] = any(
            (root / target).is_symlink() and str((root / target).readlink()) == "/dev/null"
            for root in (*roots, Path("/run/systemd/system"))
        )
    return masked


def existing_folder(folder: Path) -> Path:
    """The folder, or the nearest folder above it that exists (where it would be made)."""
    here = folder.resolve()
    while not here.exists() and here != here.parent:
        here = here.parent
    return here


def _int(text: str) -> int | None:
    try:
        return int(text.strip())
    except ValueError:
        return None


def is_demo(folder: Path, users: frozenset[str], terminal_binding: bool) -> bool:
    if folder.resolve() == demo_vault().resolve():
        return True
    return not terminal_binding and users >= _DEMO_USERS


def keyring_check(folder: Path) -> tc.CheckResult:
    import keyring
    import keyring.errors

    from securedesk.core.errors import SecureDeskError
    from securedesk.core.vault import terminal_binding as binding
    from securedesk.core.vault.folder import Vault
    from securedesk.core.vault.keyslots import KeySlotFile

    slots_path = Vault.slots_path(folder)
    exists = slots_path.is_file()
    vault_id, bound, users = "", True, frozenset[str]()
    if exists:
        try:
            slots = KeySlotFile.load(slots_path)
            vault_id, bound = slots.vault_id, slots.terminal_binding
            users = frozenset(s.user for s in slots.slots) | frozenset(slots.disabled_users)
        except SecureDeskError as exc:
            return tc.check_keyring(
                vault_exists=True,
                path=str(folder),
                demo=False,
                terminal_binding=True,
                vault_id="",
                backend="",
                error=str(exc.kind),
                secret_present=False,
            )
    backend = type(keyring.get_keyring()).__module__.rsplit(".", 1)[-1]
    error, present = "", False
    try:
        present = (
            keyring.get_password(binding.SERVICE, f"vault:{vault_id or 'doctor-probe'}") is not None
        )
    except keyring.errors.KeyringError as exc:
        error = type(exc).__name__
    except Exception as exc:  # a back end's own failure (D-Bus gone): reported, not fatal
        error = type(exc).__name__
    return tc.check_keyring(
        vault_exists=exists,
        path=str(folder),
        demo=exists and is_demo(folder, users, bound),
        terminal_binding=bound,
        vault_id=vault_id,
        backend=backend,
        error=error,
        secret_present=present,
    )


def system_checks(folder: Path) -> list[tc.CheckResult]:
    """The checks that need no sign-in: swap, hibernation, core dumps, memory, disk, space."""
    mounts = tc.parse_mountinfo(read_text(Path("/proc/self/mountinfo")))
    blocks = read_blocks()
    state = process_hardening.current_state()
    core_limit: tuple[int, int] | None = None
    try:
        import resource

        core_limit = resource.getrlimit(resource.RLIMIT_CORE)
    except ImportError:
        pass
    linux = sys.platform.startswith("linux")
    place = existing_folder(folder)
    # The database and its -wal, what backup create measures: one rule, not the folder's
    # other files (logs, exports), which a backup does not copy.
    vault_bytes = storage_faults.database_bytes(folder) if folder.is_dir() else 0
    return [
        tc.check_swap(read_text(Path("/proc/swaps")), mounts, blocks),
        tc.check_hibernation(
            read_text(Path("/sys/power/state")),
            read_text(Path("/sys/power/disk")),
            read_text(Path("/proc/cmdline")),
            masked_targets(),
        ),
        tc.check_core_dumps(
            core_limit,
            (0 if state.not_dumpable else 1) if linux else None,
            _int(read_text(Path("/proc/sys/fs/suid_dumpable"))),
            read_text(Path("/proc/sys/kernel/core_pattern")),
        ),
        tc.check_memory_lock(
            process_hardening.effective_lock_limit(),
            state.memory_locked,
            process_hardening.LOCK_ALL_MINIMUM_BYTES,
        ),
        tc.check_encrypted_disk(str(place), mounts, blocks),
        tc.check_free_space(shutil.disk_usage(place).free, vault_bytes),
    ]


def newest_audit_time(session: Session) -> datetime | None:
    """The latest time any audit event carries (not the last event's: a clock set back
    makes the last event older than earlier ones)."""
    from securedesk.core.vault import database

    conn = session.vault.conn
    with database.guarded(conn):
        row = conn.execute("SELECT max(at) FROM audit_events").fetchone()
    if row is None or row[0] is None:
        return None
    moment = datetime.fromisoformat(str(row[0]))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def session_checks(folder: Path, session: Session | None) -> list[tc.CheckResult]:
    """The clock and backup checks, which read the vault. Without a vault at `folder` they
    say so: "sign in with --user" would send someone to sign in to a vault that is not there."""
    from securedesk.core.vault.folder import Vault

    if session is None and not Vault.slots_path(folder).is_file():
        return [
            tc.not_checked_without_vault(tc.CLOCK, str(folder)),
            tc.not_checked_without_vault(tc.BACKUP, str(folder)),
        ]
    if session is None:
        return [
            tc.check_clock(datetime.now(UTC), None, signed_in=False),
            tc.check_backup(None, "", 0, None),
        ]
    from securedesk.core.backup.status import backup_status

    status = backup_status(session)
    return [
        tc.check_clock(session.clock.moment(), newest_audit_time(session), signed_in=True),
        tc.check_backup(
            status.last_backup_at, status.due_on.isoformat(), status.interval_days, status.overdue
        ),
    ]


def survey(folder: Path, session: Session | None = None) -> list[tc.CheckResult]:
    """Every check, in terminal_checks.ORDER."""
    results = [keyring_check(folder), *system_checks(folder), *session_checks(folder, session)]
    order = {name: i for i, name in enumerate(tc.ORDER)}
    return sorted(results, key=lambda r: order[r.check])
