"""The vault: create, unlock, lock, terminal binding, rotation, and the bad inputs of issue 2."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from securedesk.core.errors import (
    KeySlotFileDamaged,
    NotAVault,
    SignInFailed,
    TerminalBindingMissing,
    UserDisabled,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultTooNew,
    WrongPassphrase,
)
from securedesk.core.session import Session
from securedesk.core.vault import database, terminal_binding
from securedesk.core.vault.folder import Vault
from securedesk.core.vault.signin_failures import FILE_NAME as FAILURES

from ..conftest import ADMIN_PASS, OFFICER_PASS, folder_digest, make_vault


def test_vault_folder_holds_only_ciphertext(vault: Path) -> None:
    names = {p.name for p in vault.iterdir()}
    assert {"vault.db", "keyslots.json"} <= names
    raw = (vault / "vault.db").read_bytes()
    # SQLCipher: no SQLite header, no table names in the clear.
    assert not raw.startswith(b"SQLite format 3")
    assert b"CREATE TABLE" not in raw and b"olivia" not in raw


def test_database_settings(officer: Session) -> None:
    conn = officer.vault.conn
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    # SQLCipher's memory security is a policy, off by default (tests/core/test_memory_security).
    assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] in (0, "0")
    assert officer.policy()["cipher_memory_security"] == "off"


def test_sign_in_and_lock(vault: Path) -> None:
    s = Session.sign_in(vault, "olivia", OFFICER_PASS)
    assert s.user.name == "olivia"
    s.lock()
    assert s.vault.is_locked
    # The lock is released: another sign-in works at once.
    Session.sign_in(vault, "olivia", OFFICER_PASS).lock()


def test_wrong_passphrase_is_counted_and_reported_at_next_sign_in(vault: Path) -> None:
    before = folder_digest(vault)
    for _ in range(3):
        with pytest.raises(WrongPassphrase, match="not correct"):
            Session.sign_in(vault, "olivia", "not the passphrase at all")
    after = folder_digest(vault)
    # Only the failure counter changed; the database and slots are untouched.
    assert {k for k in after if after[k] != before.get(k)} == {FAILURES}
    s = Session.sign_in(vault, "olivia", OFFICER_PASS)
    assert s.signin_report.failed_attempts == 3
    s.lock()
    s = Session.sign_in(vault, "olivia", OFFICER_PASS)
    assert s.signin_report.failed_attempts == 0
    s.lock()
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    events = [e for e in admin.audit.events() if e.action == "failed sign-ins reported"]
    assert len(events) == 1 and json.loads(events[0].details)["count"] == 3
    admin.lock()


def test_unknown_user(vault: Path) -> None:
    before = folder_digest(vault)
    # The same refusal as a wrong passphrase (issue 10): names cannot be listed by trying.
    with pytest.raises(SignInFailed, match="user name or the passphrase is not correct"):
        Session.sign_in(vault, "nobody", OFFICER_PASS)
    assert folder_digest(vault)["vault.db"] == before["vault.db"]
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    assert admin.signin_report.unknown_user_attempts == 1
    admin.lock()


def test_disabled_user_is_refused_and_key_rotated(vault: Path) -> None:
    old_slots = (vault / "keyslots.json").read_bytes()
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    admin.users.disable_user("olivia")
    admin.lock()
    with pytest.raises(UserDisabled, match="disabled"):
        Session.sign_in(vault, "olivia", OFFICER_PASS)
    # Olivia's old slot (say, from a copy she kept) no longer opens the rotated database.
    saved = vault.parent / "stale"
    shutil.copytree(vault, saved)
    (saved / "keyslots.json").write_bytes(old_slots)
    with pytest.raises((KeySlotFileDamaged, VaultDamaged)):
        Session.sign_in(saved, "olivia", OFFICER_PASS)
    # Everyone else still gets in (their re-sealed key folds back into their slot).
    s = Session.sign_in(vault, "oscar", OFFICER_PASS)
    s.lock()
    slots = json.loads((vault / "keyslots.json").read_text())
    oscar = next(x for x in slots["slots"] if x["user"] == "oscar")
    assert oscar["resealed"] is None
    Session.sign_in(vault, "oscar", OFFICER_PASS).lock()
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    assert admin.audit.verify().ok
    admin.lock()


def test_rotation_interrupted_before_rekey_still_opens(vault: Path, monkeypatch) -> None:
    """A crash after the re-sealed keys are saved but before PRAGMA rekey ran."""
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    real_execute_rekey = admin.vault.conn

    class Crash(Exception):
        pass

    class Conn:
        def execute(self, sql: str, *a: object):
            if sql.startswith("PRAGMA rekey"):
                raise Crash
            return real_execute_rekey.execute(sql, *a)

    monkeypatch.setattr(admin.vault, "_conn", Conn())
    with pytest.raises(Crash):
        admin.vault.remove_slot_and_rotate_key("olivia")
    monkeypatch.undo()
    admin.vault.lock()
    # The old key still opens it, tried after the re-sealed one.
    Session.sign_in(vault, "oscar", OFFICER_PASS).lock()
    Session.sign_in(vault, "admin", ADMIN_PASS).lock()


def test_one_time_passphrase_must_be_changed(vault: Path) -> None:
    from securedesk.core.cases.case_query import CaseQuery
    from securedesk.core.errors import PassphraseChangeRequired

    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    one_time = admin.users.reset_passphrase("olivia")
    admin.lock()
    with pytest.raises(WrongPassphrase):
        Session.sign_in(vault, "olivia", OFFICER_PASS)
    s = Session.sign_in(vault, "olivia", one_time)
    with pytest.raises(PassphraseChangeRequired, match="one-time passphrase"):
        s.cases.list_cases(CaseQuery())
    s.users.change_own_passphrase("olivia's brand new passphrase")
    assert s.cases.list_cases(CaseQuery()) == []
    s.lock()
    Session.sign_in(vault, "olivia", "olivia's brand new passphrase").lock()


def test_missing_keyring_secret(vault: Path, memory_keyring) -> None:
    memory_keyring.secrets.clear()
    before = folder_digest(vault)
    with pytest.raises(TerminalBindingMissing, match="bound to a terminal"):
        Session.sign_in(vault, "olivia", OFFICER_PASS)
    assert folder_digest(vault) == before


def test_unbound_vault_needs_no_keyring(tmp_path: Path, memory_keyring) -> None:
    make_vault(tmp_path / "v", binding=False)
    memory_keyring.secrets.clear()
    Session.sign_in(tmp_path / "v", "olivia", OFFICER_PASS).lock()


def test_copied_vault_does_not_open_on_another_terminal(vault: Path, memory_keyring) -> None:
    other = vault.parent / "copy"
    shutil.copytree(vault, other)
    memory_keyring.secrets.clear()  # the other terminal's keyring has no secret for it
    with pytest.raises(TerminalBindingMissing):
        Session.sign_in(other, "olivia", OFFICER_PASS)


def test_failed_creation_leaves_nothing(tmp_path: Path, monkeypatch) -> None:
    from securedesk.core.vault import schema

    def boom(conn, target=None):
        raise RuntimeError("disk full")

    monkeypatch.setattr(schema, "migrate", boom)
    with pytest.raises(RuntimeError):
        Session.create_vault(tmp_path / "v", admin="admin", passphrase=ADMIN_PASS)
    assert not (tmp_path / "v").exists()


def test_vault_folder_missing(tmp_path: Path) -> None:
    with pytest.raises(NotAVault, match="does not exist"):
        Session.sign_in(tmp_path / "nope", "olivia", OFFICER_PASS)
    assert not (tmp_path / "nope").exists()


def test_folder_that_is_not_a_vault(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(NotAVault, match="holds no vault"):
        Session.sign_in(tmp_path, "olivia", OFFICER_PASS)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_create_refuses_a_folder_with_content(vault: Path) -> None:
    before = folder_digest(vault)
    with pytest.raises(VaultExists, match="never overwrites"):
        Session.create_vault(vault, admin="admin", passphrase=ADMIN_PASS)
    assert folder_digest(vault) == before


@pytest.mark.parametrize(
    ("mutate", "error", "message"),
    [
        (lambda b: b[: len(b) // 2], KeySlotFileDamaged, "truncated"),
        (lambda b: b"not json at all", KeySlotFileDamaged, "not valid JSON"),
        (lambda b: b"", KeySlotFileDamaged, "not valid JSON"),
    ],
)
def test_damaged_key_slot_file(vault: Path, mutate, error, message) -> None:
    path = vault / "keyslots.json"
    path.write_bytes(mutate(path.read_bytes()))
    before = folder_digest(vault)
    with pytest.raises(error, match=message):
        Session.sign_in(vault, "olivia", OFFICER_PASS)
    assert folder_digest(vault) == before


def test_key_slot_file_of_another_vault(vault: Path, tmp_path: Path) -> None:
    make_vault(tmp_path / "other")
    shutil.copy(tmp_path / "other" / "keyslots.json", vault / "keyslots.json")
    before = folder_digest(vault)
    with pytest.raises(KeySlotFileDamaged, match="another vault"):
        Session.sign_in(vault, "olivia", OFFICER_PASS)
    assert folder_digest(vault) == before


def test_missing_key_slot_file(vault: Path) -> None:
    (vault / "keyslots.json").unlink()
    with pytest.raises(KeySlotFileDamaged, match="missing"):
        Session.sign_in(vault, "olivia", OFFICER_PASS)


@pytest.mark.parametrize("where", [0.02, 0.5, 0.95])
def test_flipped_bytes_are_reported_as_damage_never_reset(vault: Path, where: float) -> None:
    from securedesk.core.cases.case_query import CaseQuery

    db = vault / "vault.db"
    data = bytearray(db.read_bytes())
    # Past the 16-byte salt that names the file; anywhere in the encrypted pages.
    pos = max(100, int(len(data) * where))
    for i in range(pos, pos + 8):
        data[i] ^= 0xFF
    db.write_bytes(bytes(data))
    before = folder_digest(vault)
    with pytest.raises((VaultDamaged, database.DatabaseError)):
        s = Session.sign_in(vault, "olivia", OFFICER_PASS)
        try:
            s.cases.list_cases(CaseQuery(limit=10_000))
            s.check_integrity()
        finally:
            s.vault.lock()
    # Never reset or recreated: the damaged bytes are still there for forensics, the file
    # keeps its identity, and the key slots are untouched. (The sign-in itself may have
    # appended its audit event to healthy pages.)
    after = db.read_bytes()
    assert after[pos : pos + 8] == bytes(data[pos : pos + 8])
    assert after[:16] == bytes(data[:16]) and len(after) >= len(data)
    assert folder_digest(vault)["keyslots.json"] == before["keyslots.json"]


def test_newer_schema_is_refused_untouched(vault: Path) -> None:
    s = Session.sign_in(vault, "olivia", OFFICER_PASS)
    s.vault.conn.execute("PRAGMA user_version = 99")
    s.vault.lock()
    before = folder_digest(vault)
    with pytest.raises(VaultTooNew, match="schema version 99"):
        Session.sign_in(vault, "olivia", OFFICER_PASS)
    assert folder_digest(vault) == before


def test_second_process_is_refused(vault: Path) -> None:
    """A real second process, holding the vault open, makes this one refuse cleanly."""
    child = textwrap.dedent(
        f"""
        import sys, keyring
        sys.path.insert(0, {str(Path(__file__).parents[2])!r})
        from tests.keyring_memory import MemoryKeyring
        from securedesk.core.vault.process_lock import VaultProcessLock
        from pathlib import Path
        lock = VaultProcessLock(Path({str(vault)!r}))
        lock.acquire()
        print("held", flush=True)
        sys.stdin.readline()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", child], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        before = folder_digest(vault)
        with pytest.raises(VaultInUse, match="open in another SecureDesk process"):
            Session.sign_in(vault, "olivia", OFFICER_PASS)
        assert folder_digest(vault) == before
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(timeout=10)
    Session.sign_in(vault, "olivia", OFFICER_PASS).lock()


def test_binding_secret_is_not_replaced(memory_keyring) -> None:
    terminal_binding.create_secret("v-1")
    from securedesk.core.errors import KeyringUnavailable

    with pytest.raises(KeyringUnavailable):
        terminal_binding.create_secret("v-1")


def test_same_process_second_unlock_is_refused(officer: Session, vault: Path) -> None:
    with pytest.raises(VaultInUse):
        Vault.unlock(vault, "oscar", OFFICER_PASS)
