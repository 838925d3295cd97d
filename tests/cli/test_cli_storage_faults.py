"""Faults of the disk named truly (issue 12): on a small file system filled to the last block,
read-only, or gone, each command says what happened and what to do, never "damaged", never
"restore"; once the fault is gone the vault passes `vault check` and `audit verify`.

The small file system is a tmpfs mounted for the test (root in the container); where mounting
is impossible the tests are skipped with that reason."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from securedesk.core import storage_faults
from securedesk.core.session import Session

from ..conftest import ADMIN_PASS, make_vault
from .conftest import Cli, assert_refused


def _mount(point: Path, size: str) -> None:
    point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(point)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here ({done.stderr.decode().strip()})")


def _umount(point: Path) -> None:
    subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    point = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    _mount(point, "24m")
    try:
        yield point
    finally:
        _umount(point)


def _fill(disk: Path) -> Path:
    """Fill the file system to its last block."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 20, 1 << 16, 4096, 512, 1):
            try:
                while os.write(fd, b"\0" * size):
                    pass
            except OSError:
                pass
    finally:
        os.close(fd)
    return filler


def _no_damage(line: str) -> None:
    assert "damaged" not in line.lower() and "restore" not in line.lower(), line


def test_a_full_disk_is_named_for_sign_in_a_change_and_a_backup(
    cli: Cli, small_disk: Path, tmp_path: Path
) -> None:
    vault = small_disk / "vault"
    make_vault(vault)
    key = tmp_path / "recovery.txt"
    assert cli.as_admin(vault, "backup", "recovery-key", "--out", key).code == 0
    filler = _fill(small_disk)
    assert storage_faults.free_bytes(small_disk) < 64 * 1024

    signin = cli.as_olivia(vault, "case", "list")
    assert_refused(signin, 1, "full", "free at least", str(vault))
    _no_damage(signin.err)
    change = cli.as_olivia(
        vault, "case", "add", "--subject", "Ann Jones", "--dob", "2015-01-01", "--source", "Police"
    )
    assert change.code == 1 and "full" in change.err, change.err
    _no_damage(change.err)
    backup = cli.as_admin(vault, "backup", "create", "--out", small_disk / "b.sdbackup")
    assert backup.code == 1 and "full" in backup.err.lower(), backup.err
    _no_damage(backup.err)
    assert not (small_disk / "b.sdbackup").exists()
    # The backup's own disk is checked before any work: "free N MB on ...".
    media = tmp_path / f"media-{uuid.uuid4().hex[:6]}"
    _mount(media, "1m")
    try:
        filler.unlink()
        early = cli.as_admin(vault, "backup", "create", "--out", media / "b.sdbackup")
        assert_refused(early, 1, "not enough free space", str(media), "free at least")
        assert list(media.iterdir()) == []
    finally:
        _umount(media)
    # Space freed: the vault is intact.
    assert cli.as_admin(vault, "vault", "check").code == 0
    assert cli.as_admin(vault, "audit", "verify").code == 0
    for line in (signin.err, change.err, backup.err, early.err):
        print(line.strip())


def test_a_read_only_folder_names_the_missing_working_file(cli: Cli, small_disk: Path) -> None:
    vault = small_disk / "vault"
    make_vault(vault)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        r = cli.as_olivia(vault, "case", "list")
        assert_refused(r, 1, "working file", "vault.db-", "writable")
        _no_damage(r.err)
        print(r.err.strip())
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert cli.as_admin(vault, "vault", "check").code == 0
    assert cli.as_admin(vault, "audit", "verify").code == 0


def test_a_vault_on_media_that_vanished_is_named(small_disk: Path) -> None:
    """SQLite's error once the drive under an open vault is gone is a disk I/O error; the
    folder is then missing. (A lazy unmount keeps open files working, so the error itself is
    the one SQLite raises for an I/O failure, and the folder really is gone.)"""
    import sqlcipher3

    vault = small_disk / "vault"
    make_vault(vault)
    Session.sign_in(vault, "admin", ADMIN_PASS).lock()
    _umount(small_disk)
    assert not vault.exists()
    fault = storage_faults.fault_for(sqlcipher3.OperationalError("disk I/O error"), vault)
    assert fault is not None and fault.kind is storage_faults.StorageFaultKind.FOLDER_VANISHED
    assert "put the drive back" in str(fault).lower()
    _no_damage(str(fault))


def test_a_fault_names_the_vault_the_command_chose() -> None:
    """A storage fault is reported against the folder the command works on: with --demo that
    is the demo vault (it named the default vault's folder), and --vault wins over both."""
    from securedesk.cli.main import _vault_folder
    from securedesk.core.paths import default_vault, demo_vault

    assert _vault_folder(["--demo", "case", "list"]) == demo_vault()
    assert _vault_folder(["case", "list"]) == default_vault()
    assert _vault_folder(["--demo", "--vault", "/media/v", "case", "list"]) == Path("/media/v")
    assert _vault_folder(["--vault=/media/w", "case", "list"]) == Path("/media/w")
