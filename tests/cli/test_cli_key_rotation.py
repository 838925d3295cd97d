"""Issue 10, finding 10: keys rotated after exposure. An old copy of keyslots.json with the old
passphrase no longer opens the database after a reset, a change of passphrase or `vault
rekey`; KDF parameters of new slots never come from the (editable) file. Against real vaults,
through the command where a person would use one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from securedesk.core.session import Session
from securedesk.core.vault import folder as vault_module
from securedesk.core.vault.kdf import KdfParams
from securedesk.core.vault.keyslots import KeySlotFile, _unseal, unwrap_slot

from ..conftest import ADMIN_PASS, OFFICER_PASS, folder_digest
from .conftest import Cli, assert_refused

NEW_PASS = "olivia's brand new passphrase"


def stale_copy(vault: Path, old_slots: bytes, where: Path) -> Path:
    """The vault as it is now, with the key-slot file put back from an older copy."""
    shutil.copytree(vault, where, ignore=shutil.ignore_patterns("vault.lock"))
    (where / "keyslots.json").write_bytes(old_slots)
    return where


def assert_old_copy_refused(cli: Cli, copy: Path, user: str, passphrase: str) -> None:
    before = folder_digest(copy)
    r = cli.as_user(copy, user, passphrase, "case", "list")
    assert_refused(r, 4, "damaged", "rotated since that copy was made", "current keyslots.json")
    assert folder_digest(copy) == before


def rotations(cli: Cli, vault: Path, tmp_path: Path) -> list[dict[str, object]]:
    return [
        e
        for e in cli.audit_events(vault, tmp_path / "audit.jsonl")
        if e["action"] == "database key rotated"
    ]


def test_after_a_reset_the_old_slot_file_no_longer_opens(
    cli: Cli, vault: Path, tmp_path: Path
) -> None:
    old_slots = (vault / "keyslots.json").read_bytes()
    n = len(rotations(cli, vault, tmp_path))
    r = cli.as_admin(vault, "user", "passwd", "olivia")
    assert r.code == 0, r.err
    assert_old_copy_refused(
        cli, stale_copy(vault, old_slots, tmp_path / "c"), "olivia", OFFICER_PASS
    )
    # Everyone else still signs in to the real vault, and the rotation is in the chain.
    assert cli.as_oscar(vault, "case", "list").code == 0
    assert len(rotations(cli, vault, tmp_path)) == n + 1


def test_after_a_change_of_passphrase_the_old_slot_file_no_longer_opens(
    cli: Cli, vault: Path, tmp_path: Path
) -> None:
    old_slots = (vault / "keyslots.json").read_bytes()
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        s.users.change_own_passphrase(NEW_PASS)
    assert_old_copy_refused(
        cli, stale_copy(vault, old_slots, tmp_path / "c"), "olivia", OFFICER_PASS
    )
    assert cli.as_user(vault, "olivia", NEW_PASS, "case", "list").code == 0


def test_vault_rekey(cli: Cli, vault: Path, tmp_path: Path) -> None:
    old_slots = (vault / "keyslots.json").read_bytes()
    n = len(rotations(cli, vault, tmp_path))
    before = folder_digest(vault)
    r = cli.as_olivia(vault, "vault", "rekey")
    assert r.code == 5 and "Traceback" not in r.err
    assert folder_digest(vault)["keyslots.json"] == before["keyslots.json"]
    r = cli.as_admin(vault, "vault", "rekey")
    assert r.code == 0, r.err
    assert "Database key rotated" in r.out
    for user, passphrase in (("admin", ADMIN_PASS), ("olivia", OFFICER_PASS)):
        copy = stale_copy(vault, old_slots, tmp_path / f"c-{user}")
        assert_old_copy_refused(cli, copy, user, passphrase)
        assert cli.as_user(vault, user, passphrase, "vault", "info").code == 0
    events = rotations(cli, vault, tmp_path)
    assert len(events) == n + 1 and events[-1]["user"] == "admin"


def test_an_old_private_key_does_not_unseal_a_later_key(vault: Path, tmp_path: Path) -> None:
    """The attack: an old slot file and old passphrase give the old X25519 private key; the
    current file holds new database keys sealed to public keys. A changed passphrase comes
    with a new key pair, so nothing sealed afterwards opens with the old one."""
    old = KeySlotFile.load(vault / "keyslots.json")
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        s.users.change_own_passphrase(NEW_PASS)
    with Session.sign_in(vault, "admin", ADMIN_PASS) as admin:
        admin.users.rotate_database_key()  # a later rotation re-seals to olivia again
        secret = admin.vault._binding_secret
    old_slot = old.slot_for("olivia")
    assert old_slot is not None
    old_private = unwrap_slot(old_slot, OFFICER_PASS, secret).private_key
    current = KeySlotFile.load(vault / "keyslots.json").slot_for("olivia")
    assert current is not None and current.resealed is not None
    assert current.public_key != old_slot.public_key
    assert _unseal(current, old_private) is None
    # Nor do the keys an old slot holds open the database.
    keys = unwrap_slot(old_slot, OFFICER_PASS, secret).candidate_keys
    assert not any(vault_module.database.opens_with(vault / "vault.db", k) for k in keys)


def test_a_crash_between_two_rotations_keeps_every_slot_working(vault: Path) -> None:
    """Oscar has not signed in since one rotation when the next one stops before re-keying:
    his slot must still hold the key the database has."""
    with Session.sign_in(vault, "admin", ADMIN_PASS) as admin:
        admin.users.rotate_database_key()
        real = admin.vault.conn

        class Crash(Exception):
            pass

        class Conn:
            def execute(self, sql: str, *a: object) -> object:
                if sql.startswith("PRAGMA rekey"):
                    raise Crash
                return real.execute(sql, *a)

        admin.vault._conn = Conn()
        with pytest.raises(Crash):
            admin.vault.rotate_key()
        admin.vault._conn = real
    Session.sign_in(vault, "oscar", OFFICER_PASS).lock()


STRONG = KdfParams(iterations=2, lanes=2, memory_kib=16 * 1024)
WEAK = KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)


def slot_kdf(vault: Path, user: str) -> KdfParams:
    slot = KeySlotFile.load(vault / "keyslots.json").slot_for(user)
    assert slot is not None
    return slot.kdf


def test_weakened_kdf_parameters_in_the_file_are_not_copied(
    vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vault_module, "default_kdf_params", lambda: STRONG)
    doc = json.loads((vault / "keyslots.json").read_text())
    for slot in doc["slots"]:
        if slot["user"] == "olivia":
            slot["kdf"] = WEAK.to_json()
    (vault / "keyslots.json").write_text(json.dumps(doc))
    with Session.sign_in(vault, "admin", ADMIN_PASS) as admin:
        one_time = admin.users.reset_passphrase("olivia")
    assert slot_kdf(vault, "olivia") == STRONG
    # A slot folded back after a rotation takes the defaults too, not what it had.
    assert slot_kdf(vault, "oscar") == WEAK  # made before the defaults changed
    Session.sign_in(vault, "oscar", OFFICER_PASS).lock()
    assert slot_kdf(vault, "oscar") == STRONG
    with Session.sign_in(vault, "olivia", one_time) as s:
        s.users.change_own_passphrase(NEW_PASS)
    assert slot_kdf(vault, "olivia") == STRONG


def test_unknown_user_and_wrong_passphrase_read_the_same(cli: Cli, vault: Path) -> None:
    unknown = cli.as_user(vault, "nobody", OFFICER_PASS, "case", "list")
    wrong = cli.as_user(vault, "olivia", "not the right one", "case", "list")
    assert (unknown.code, unknown.err, unknown.out) == (wrong.code, wrong.err, wrong.out)
    assert_refused(wrong, 3, "user name or the passphrase is not correct")
