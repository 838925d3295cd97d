"""Each of doctor's checks on fabricated /proc and /sys text, on its own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from securedesk.core import terminal_checks as tc
from securedesk.core import terminal_survey
from securedesk.core.terminal_checks import BlockDevice, Blocks, Status, TerminalKind
from securedesk.core.vault.folder import Vault

# A LUKS2 root under LVM (sda3 -> dm-0 crypt -> dm-1 root, dm-2 swap), a plain data disk
# (sdb1) and a plain-dm-crypt random-key swap (dm-3 over sda2).
BLOCKS = Blocks(
    [
        BlockDevice("sda", "8:0"),
        BlockDevice("sda2", "8:2"),
        BlockDevice("sda3", "8:3"),
        BlockDevice("sdb1", "8:17"),
        BlockDevice("dm-0", "254:0", "CRYPT-LUKS2-0123abcd-sda3_crypt", "sda3_crypt", ("sda3",)),
        BlockDevice("dm-1", "254:1", "LVM-abcdefROOT", "vg-root", ("dm-0",)),
        BlockDevice("dm-2", "254:2", "LVM-abcdefSWAP", "vg-swap", ("dm-0",)),
        BlockDevice("dm-3", "254:3", "CRYPT-PLAIN-cswap", "cswap", ("sda2",)),
        BlockDevice("dm-4", "254:4", "LVM-plainvol", "plain-vol", ("sdb1",)),
        BlockDevice("zram0", "252:0"),
    ]
)

MOUNTINFO = "\n".join(
    [
        "22 1 254:1 / / rw,relatime shared:1 - ext4 /dev/mapper/vg-root rw,errors=remount-ro",
        "25 22 0:22 / /tmp rw,nosuid shared:5 - tmpfs tmpfs rw",
        "30 22 8:17 / /srv/plain rw,relatime shared:9 - ext4 /dev/sdb1 rw",
        "31 22 0:40 / /home rw,relatime shared:10 - btrfs /dev/mapper/plain-vol rw",
        r"32 22 8:17 /x /srv/with\040space rw shared:11 - ext4 /dev/sdb1 rw",
        "33 22 0:50 / /mnt/share rw shared:12 - nfs server:/export rw",
        "34 22 0:60 / /srv/plain/inner rw shared:13 - tmpfs tmpfs rw",
    ]
)
MOUNTS = tc.parse_mountinfo(MOUNTINFO)
SWAPS_HEADER = "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n"


def swaps(*lines: str) -> str:
    return SWAPS_HEADER + "".join(line + "\n" for line in lines)


# --- mounts and devices ----------------------------------------------------------------------


def test_mountinfo_parsed_with_escapes_and_optional_fields() -> None:
    points = [m.mount_point for m in MOUNTS]
    assert "/srv/with space" in points
    root = MOUNTS[0]
    assert (root.devnum, root.fstype, root.source) == ("254:1", "ext4", "/dev/mapper/vg-root")
    assert tc.parse_mountinfo("garbage line\n\n") == []


def test_mount_of_takes_the_deepest_mount_and_not_a_name_prefix() -> None:
    assert tc.mount_of("/srv/plain/inner/v", MOUNTS).mount_point == "/srv/plain/inner"  # type: ignore[union-attr]
    assert tc.mount_of("/srv/plainer", MOUNTS).mount_point == "/"  # type: ignore[union-attr]
    assert tc.mount_of("/srv/plain", MOUNTS).mount_point == "/srv/plain"  # type: ignore[union-attr]


def test_encryption_seen_under_lvm_and_not_on_a_plain_stack() -> None:
    assert BLOCKS.encrypted(BLOCKS.by_name["dm-1"])  # LVM on LUKS
    assert BLOCKS.encrypted(BLOCKS.by_name["dm-3"])  # plain dm-crypt
    assert not BLOCKS.encrypted(BLOCKS.by_name["dm-4"])  # LVM on a bare disk
    assert not BLOCKS.encrypted(BLOCKS.by_name["sdb1"])
    looped = Blocks([BlockDevice("dm-9", "254:9", "LVM-x", "x", ("dm-9",))])
    assert not looped.encrypted(looped.by_name["dm-9"])  # a cycle ends, it does not recurse


# --- swap ------------------------------------------------------------------------------------


def test_swap_off() -> None:
    result = tc.check_swap(SWAPS_HEADER, MOUNTS, BLOCKS)
    assert (result.status, result.kind) == (Status.OK, TerminalKind.SWAP_OFF)


def test_swap_on_luks_lvm_plain_crypt_and_zram_holds() -> None:
    text = swaps(
        "/dev/dm-2                               partition\t1000\t0\t-2",
        "/dev/mapper/cswap                       partition\t1000\t0\t-3",
        "/dev/zram0                              partition\t1000\t0\t100",
        "/swapfile                               file\t\t1000\t0\t-4",
    )
    result = tc.check_swap(text, MOUNTS, BLOCKS)
    assert result.status is Status.OK and result.kind is TerminalKind.SWAP_ENCRYPTED
    assert "/swapfile" in result.line()  # a file on the encrypted root


def test_swap_on_a_plain_partition_or_plain_file_fails_and_names_it() -> None:
    text = swaps("/dev/sda2 partition 1000 0 -2", "/srv/plain/swapfile file 1000 0 -3")
    result = tc.check_swap(text, MOUNTS, BLOCKS)
    assert result.status is Status.FAIL and result.kind is TerminalKind.SWAP_PLAIN
    assert "/dev/sda2, /srv/plain/swapfile" in result.line()
    assert "swapoff" in result.line()


def test_swap_that_cannot_be_placed_is_not_checked() -> None:
    result = tc.check_swap(swaps("/mnt/share/swapfile file 10 0 -2"), MOUNTS, BLOCKS)
    assert result.status is Status.NOT_CHECKED and "/mnt/share/swapfile" in result.line()


# --- hibernation -----------------------------------------------------------------------------

NONE_MASKED = dict.fromkeys(tc.HIBERNATE_TARGETS, False)
ALL_MASKED = dict.fromkeys(tc.HIBERNATE_TARGETS, True)


def test_hibernation_kernel_refuses() -> None:
    for state, disk, cmdline in [
        ("freeze mem", "[platform] shutdown", "root=/dev/x resume=/dev/dm-2"),
        ("freeze mem disk", "[disabled]", "root=/dev/x"),
        ("freeze mem disk", "[platform] shutdown", "root=/dev/x nohibernate quiet"),
        ("freeze mem disk", "[platform] shutdown", "hibernate=no"),
    ]:
        result = tc.check_hibernation(state, disk, cmdline, NONE_MASKED)
        assert result.kind is TerminalKind.HIBERNATION_OFF_KERNEL, (state, disk, cmdline)
        assert result.holds


def test_hibernation_masked_in_systemd_holds_only_when_every_target_is() -> None:
    args = ("freeze mem disk", "[platform] shutdown reboot", "root=/dev/x")
    assert tc.check_hibernation(*args, ALL_MASKED).kind is TerminalKind.HIBERNATION_MASKED
    partly = dict(ALL_MASKED, **{"hybrid-sleep.target": False})
    result = tc.check_hibernation(*args, partly)
    assert result.status is Status.FAIL
    assert "systemctl mask hybrid-sleep.target" in result.line()
    assert "hibernate.target " not in result.line()


def test_hibernation_possible_names_the_resume_device() -> None:
    result = tc.check_hibernation(
        "freeze mem disk", "[platform] shutdown", "quiet resume=UUID=1234 ro", NONE_MASKED
    )
    assert result.status is Status.FAIL
    assert "UUID=1234" in result.line() and "nohibernate" in result.line()


# --- core dumps ------------------------------------------------------------------------------


def test_core_dumps_refused() -> None:
    result = tc.check_core_dumps((0, 0), 0, 0, "|/lib/systemd/systemd-coredump %P\n")
    assert result.holds and result.kind is TerminalKind.CORE_DUMPS_OFF


def test_core_limit_not_zero_fails() -> None:
    for limit in [(0, -1), (1024, 1024), None]:
        result = tc.check_core_dumps(limit, 0, 0, "core")
        assert result.kind is TerminalKind.CORE_DUMPS_LIMIT and not result.holds


def test_dumpable_process_fails() -> None:
    for dumpable in [1, 2, None]:
        assert tc.check_core_dumps((0, 0), dumpable, 0, "core").kind is (
            TerminalKind.CORE_DUMPS_DUMPABLE
        )


def test_suid_dumpable_with_a_pipe_fails_even_when_limit_and_flag_are_right() -> None:
    result = tc.check_core_dumps((0, 0), 0, 2, "|/usr/share/apport/apport %p\n")
    assert result.kind is TerminalKind.CORE_DUMPS_SUID
    assert "|/usr/share/apport/apport %p" in result.line()
    assert "fs.suid_dumpable=0" in result.line()


# --- memory locking --------------------------------------------------------------------------

GIB = 1 << 30


def test_memory_lock() -> None:
    assert tc.check_memory_lock(None, False, GIB).holds
    assert tc.check_memory_lock(2 * GIB, False, GIB).holds
    assert tc.check_memory_lock(8 << 20, True, GIB).holds  # locked at start, under CAP
    small = tc.check_memory_lock(8 << 20, False, GIB)
    assert small.kind is TerminalKind.MEMORY_LOCK_SMALL and "8 MiB" in small.line()
    assert "64 KiB" in tc.check_memory_lock(64 << 10, False, GIB).line()


# --- the vault's disk ------------------------------------------------------------------------


def test_vault_on_luks_root_holds() -> None:
    result = tc.check_encrypted_disk("/home/room2/.local/share/securedesk", MOUNTS[:1], BLOCKS)
    assert result.kind is TerminalKind.DISK_ENCRYPTED and "/dev/dm-1" in result.line()


def test_vault_on_plain_disk_fails() -> None:
    result = tc.check_encrypted_disk("/srv/plain/vault", MOUNTS, BLOCKS)
    assert result.kind is TerminalKind.DISK_PLAIN and "/dev/sdb1" in result.line()


def test_btrfs_anonymous_device_found_by_source_and_judged() -> None:
    # /home is btrfs on plain LVM: device 0:40 is anonymous, so the source names it.
    result = tc.check_encrypted_disk("/home/room2", MOUNTS, BLOCKS)
    assert result.kind is TerminalKind.DISK_PLAIN and "/dev/dm-4" in result.line()


def test_vault_in_memory_and_on_network_share() -> None:
    assert tc.check_encrypted_disk("/tmp/v", MOUNTS, BLOCKS).kind is TerminalKind.DISK_IN_MEMORY
    nfs = tc.check_encrypted_disk("/mnt/share/v", MOUNTS, BLOCKS)
    assert nfs.status is Status.NOT_CHECKED and "server:/export" in nfs.line()
    assert tc.check_encrypted_disk("/x", [], BLOCKS).status is Status.NOT_CHECKED


# --- clock, space, backup, keyring -----------------------------------------------------------

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_clock() -> None:
    assert tc.check_clock(NOW, NOW - timedelta(minutes=1), True).kind is TerminalKind.CLOCK_OK
    assert tc.check_clock(NOW, None, True).holds
    behind = tc.check_clock(NOW, NOW + timedelta(days=3), True)
    assert behind.kind is TerminalKind.CLOCK_BEHIND and "2026-12-03T09:00:00" in behind.line()
    unchecked = tc.check_clock(NOW, None, False)
    assert unchecked.status is Status.NOT_CHECKED and "--user" in unchecked.line()


def test_free_space() -> None:
    # 1 GiB: a backup (its snapshot and the backup, 2 GiB, and a 4 MiB margin) and 256 MiB
    # to grow need 2308 MiB.
    vault = 1 << 30
    assert tc.check_free_space(2308 << 20, vault).holds
    low = tc.check_free_space((2308 << 20) - 1, vault)
    assert low.kind is TerminalKind.SPACE_LOW and "2308 MiB" in low.line()


def test_backup() -> None:
    assert tc.check_backup("2026-11-28T10:00:00+00:00", "2026-12-05", 7, False).holds
    overdue = tc.check_backup(None, "2026-11-01", 7, True)
    assert overdue.kind is TerminalKind.BACKUP_OVERDUE
    assert "never" in overdue.line() and "securedesk backup" in overdue.line()
    assert tc.check_backup(None, "", 0, None).status is Status.NOT_CHECKED


def keyring(**over: object) -> tc.CheckResult:
    args: dict[str, object] = {
        "vault_exists": True,
        "path": "/v",
        "demo": False,
        "terminal_binding": True,
        "vault_id": "abc",
        "backend": "SecretService",
        "error": "",
        "secret_present": True,
    }
    args.update(over)
    return tc.check_keyring(**args)  # type: ignore[arg-type]


def test_keyring() -> None:
    assert keyring().kind is TerminalKind.KEYRING_OK
    assert keyring(secret_present=False).kind is TerminalKind.KEYRING_SECRET_MISSING
    assert keyring(error="NoKeyringError").kind is TerminalKind.KEYRING_UNREACHABLE
    assert keyring(vault_exists=False, secret_present=False).holds
    assert keyring(vault_exists=False, error="X").status is Status.FAIL


def test_demo_and_unbound_vaults_are_reported_as_such() -> None:
    demo = keyring(demo=True, terminal_binding=False, secret_present=False)
    assert demo.kind is TerminalKind.KEYRING_DEMO and "demo vault" in demo.line()
    unbound = keyring(terminal_binding=False, secret_present=False)
    assert unbound.kind is TerminalKind.KEYRING_UNBOUND
    assert "--no-terminal-binding" in unbound.line()
    assert not demo.holds and not unbound.holds


def test_json_shape_and_all_hold() -> None:
    ok, bad = tc.check_swap(SWAPS_HEADER, [], BLOCKS), tc.check_clock(NOW, None, False)
    assert tc.all_hold([ok]) and not tc.all_hold([ok, bad])
    doc = tc.check_clock(NOW, None, True).as_json()
    assert doc["status"] == "ok" and doc["code"] == "doctor-clock-ok"
    assert doc["data"] == {"now": "2026-11-30T09:00:00+00:00", "newest": "never"}


def test_clock_and_backup_without_a_vault_say_so_not_sign_in(tmp_path: Path) -> None:
    """Without a vault there is nothing to sign in to; with one, signing in is what is missing."""
    folder = tmp_path / "vault"
    none = terminal_survey.session_checks(folder, None)
    assert [(r.check, r.status, r.kind) for r in none] == [
        (tc.CLOCK, Status.NOT_CHECKED, TerminalKind.NO_VAULT),
        (tc.BACKUP, Status.NOT_CHECKED, TerminalKind.NO_VAULT),
    ]
    assert none[0].line() == f"Not checked: there is no vault at {folder}."
    Vault.slots_path(folder).parent.mkdir(parents=True)
    Vault.slots_path(folder).write_text("{}")
    kinds = [r.kind for r in terminal_survey.session_checks(folder, None)]
    assert kinds == [TerminalKind.CLOCK_NOT_SIGNED_IN, TerminalKind.BACKUP_NOT_SIGNED_IN]
