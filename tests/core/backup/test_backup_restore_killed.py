"""A restore killed at any step leaves no vault folder (and no half-made one beside it), and
the backup's format opens with the standard `age` and `minisign` commands."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from securedesk.core.backup import container, leftovers, recipients
from securedesk.core.backup.container import Signer
from securedesk.core.backup.create import create_backup
from securedesk.core.backup.restore import restore_backup
from securedesk.core.session import Session
from securedesk.transfer.identity import ensure_identity

from ...conftest import ADMIN_PASS
from ...hardening_children import child_env

STEPS = ["folder made", "database written", "database rekeyed", "vault complete"]
NEW_PASS = "restored admin passphrase 1"

CHILD = """
import os, signal, sys
from pathlib import Path
from securedesk.core.backup import restore
from securedesk.core.vault.kdf import KdfParams
stop_at = sys.argv[4]
def reached(step):
    if step == stop_at:
        os.kill(os.getpid(), signal.SIGKILL)
restore._reached = reached
restore.restore_backup(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), admin="admin",
    passphrase="restored admin passphrase 1", terminal_binding_on=False,
    kdf_params=KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024))
print("restored")
"""


def _signer(session: Session) -> Signer:
    identity = ensure_identity(session)
    return Signer(identity.minisign_secret, identity.minisign_key_id, identity.minisign_public)


@pytest.fixture
def made(vault: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    with Session.sign_in(vault, "admin", ADMIN_PASS) as s:
        key = tmp_path / "recovery.txt"
        signer = _signer(s)
        recipients.write_recovery_key(s, key, signer.public_key)
        out = tmp_path / "b.sdbackup"
        create_backup(s, out, signer)
        return key, out, signer.public_key


@pytest.mark.parametrize("step", [*STEPS, "never"])
def test_a_restore_killed_at_each_step_leaves_no_vault_folder(
    made: tuple[Path, Path, str], tmp_path: Path, step: str
) -> None:
    key, out, _ = made
    where = tmp_path / "terminal2"
    where.mkdir()
    target = where / "vault"
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(out), str(target), str(key), step],
        env=child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if step == "never":
        assert done.returncode == 0, done.stderr
        assert {"keyslots.json", "vault.db"} <= {p.name for p in target.iterdir()}
        Session.sign_in(target, "admin", NEW_PASS).lock()
        return
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert not target.exists()
    # What the kill left is a hidden working folder, never at DIR, never a vault to open.
    left = list(where.iterdir())
    assert all(p.name.startswith(".vault.restoring-") for p in left)
    # A second restore to the same DIR then succeeds and removes what the kill left.
    again = restore_backup(
        out, target, key, admin="admin", passphrase=NEW_PASS, terminal_binding_on=False
    )
    assert sorted(again.cleared) == sorted(left)
    assert [p.name for p in where.iterdir()] == ["vault"]
    Session.sign_in(target, "admin", NEW_PASS).lock()


def test_a_running_restores_folder_is_left_alone_and_symlinks_are_not_followed(
    tmp_path: Path,
) -> None:
    where = tmp_path / "terminal2"
    where.mkdir()
    target = where / "vault"
    running = where / leftovers.working_name(target, "aaaaaaaaaaaa")
    running.mkdir()
    (running / "vault.db").write_bytes(b"x")
    held = leftovers.lock(running)  # as a restore in progress holds it
    elsewhere = tmp_path / "precious"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("keep")
    (where / leftovers.working_name(target, "bbbbbbbbbbbb")).symlink_to(elsewhere)
    dead = where / leftovers.working_name(target, "cccccccccccc")
    dead.mkdir()
    (dead / "vault.db").write_bytes(b"x")
    other = where / ".another.restoring-dddddddddddd"  # another DIR's restore
    other.mkdir()
    try:
        assert leftovers.clear(where, target) == [dead]
    finally:
        os.close(held)
    assert running.is_dir() and other.is_dir()
    assert (elsewhere / "keep.txt").read_text() == "keep"
    assert leftovers.clear(where, target) == [running]  # its restore ended


def test_the_standard_tools_check_and_open_a_backup(
    made: tuple[Path, Path, str], tmp_path: Path
) -> None:
    if not (shutil.which("age") and shutil.which("minisign") and shutil.which("tar")):
        pytest.skip("the age, minisign and tar commands are not installed")
    key, out, public = made
    check = tmp_path / "check"
    check.mkdir()
    subprocess.run(["tar", "-xf", str(out), "-C", str(check)], check=True)
    for member in (container.DESCRIPTION, container.CHECKPOINT, container.PAYLOAD):
        done = subprocess.run(
            ["minisign", "-Vm", str(check / member), "-P", public],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert "Trusted comment" in done.stdout
    # An altered payload fails minisign too.
    data = bytearray((check / container.PAYLOAD).read_bytes())
    data[-100] ^= 1
    (check / "bad.age").write_bytes(bytes(data))
    shutil.copy(check / (container.PAYLOAD + ".minisig"), check / "bad.age.minisig")
    bad = subprocess.run(
        ["minisign", "-Vm", str(check / "bad.age"), "-P", public], capture_output=True, check=False
    )
    assert bad.returncode != 0
    # age decrypts the payload with the recovery key into a plain tar: the database (still
    # encrypted under the key in the manifest) and the manifest.
    payload_tar = subprocess.run(
        ["age", "-d", "-i", str(key), str(check / container.PAYLOAD)],
        capture_output=True,
        check=True,
    ).stdout
    inner = tmp_path / "inner.tar"
    inner.write_bytes(payload_tar)
    with tarfile.open(inner) as tar:
        assert tar.getnames() == ["vault.db", "manifest.json"]
        db = tar.extractfile("vault.db")
        assert db is not None
        db_bytes = db.read()
        manifest_file = tar.extractfile("manifest.json")
        assert manifest_file is not None
        manifest = container.loads_object(manifest_file.read())
    assert hashlib.sha256(db_bytes).hexdigest() == manifest["database"]["sha256"]
    assert not db_bytes.startswith(b"SQLite format 3")  # still encrypted: no plaintext
    assert out.stat().st_size > len(db_bytes)
