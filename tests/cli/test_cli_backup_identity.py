"""A restored vault is a new terminal: new transfer keys and a fresh bundle sequence space,
the backed-up identity retired; its backups still restore with the organisation's original
recovery key through a signed succession, and a forged succession is refused."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest

from securedesk.core.backup import succession
from securedesk.core.session import Session
from securedesk.core.vault import database

from ..conftest import ADMIN_PASS, make_vault
from ..keyring_memory import MemoryKeyring
from .conftest import Cli, assert_refused, seed_cases

NEW_PASS = "restored admin passphrase 1"


def _restore(cli: Cli, backup: Path, key: Path, target: Path, *extra: str):
    return cli(
        "--vault",
        target,
        "--passphrase-file",
        cli.passfile(NEW_PASS),
        "backup",
        "restore",
        backup,
        "--identity",
        key,
        "--admin",
        "admin",
        *extra,
    )


def _set_sequence(vault: Path, passphrase: str, value: int) -> None:
    s = Session.sign_in(vault, "admin", passphrase)
    try:
        with database.transaction(s.vault.conn) as conn:
            conn.execute("UPDATE terminal_identity SET last_sequence = ?", (value,))
    finally:
        s.lock()


def _identity_row(vault: Path, passphrase: str) -> tuple[str, int, list[dict[str, object]]]:
    s = Session.sign_in(vault, "admin", passphrase)
    try:
        row = s.vault.conn.execute(
            "SELECT fingerprint, last_sequence FROM terminal_identity"
        ).fetchone()
        retired = s.vault.conn.execute(
            "SELECT value FROM vault_info WHERE key = ?", (succession.RETIRED_KEY,)
        ).fetchone()
        return str(row[0]), int(row[1]), json.loads(retired[0]) if retired else []
    finally:
        s.lock()


@pytest.fixture
def new_terminal(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    def move(name: str) -> None:
        memory_keyring.secrets.clear()
        home = tmp_path / name
        home.mkdir()
        monkeypatch.setenv("XDG_DATA_HOME", str(home))

    return move


def test_restore_makes_a_new_terminal_identity_and_retires_the_old(
    cli: Cli, vault: Path, tmp_path: Path, new_terminal
) -> None:
    seed_cases(vault)
    key = tmp_path / "recovery.txt"
    assert cli.as_admin(vault, "backup", "recovery-key", "--out", key).code == 0
    old = cli.as_admin(vault, "keys", "show", "--json").json()
    _set_sequence(vault, ADMIN_PASS, 41)  # bundles 1..41 went out from the old terminal
    out = tmp_path / "vault.sdbackup"
    assert cli.as_admin(vault, "backup", "create", "--out", out).code == 0

    new_terminal("home2")
    target = tmp_path / "terminal2"
    r = _restore(cli, out, key, target)
    assert r.code == 0, r.err
    assert "new identity" in r.out and "keys export-card" in r.out
    assert old["fingerprint"] in r.out
    admin = cli.signed_in(target, "admin", NEW_PASS)
    new = cli(*admin, "keys", "show", "--json").json()
    assert new["fingerprint"] != old["fingerprint"]
    assert new["age_recipient"] != old["age_recipient"]
    assert new["minisign_public_key"] != old["minisign_public_key"]
    assert (new["name"], new["organisation"]) == (old["name"], old["organisation"])
    fingerprint, sequence, retired = _identity_row(target, NEW_PASS)
    assert fingerprint == new["fingerprint"] and sequence == 0  # a fresh sequence space
    assert [x["fingerprint"] for x in retired] == [old["fingerprint"]]
    assert retired[0]["last_sequence"] == 41
    assert "AGE-SECRET-KEY" not in json.dumps(retired)  # no secret of the old one is kept
    assert cli(*admin, "audit", "verify").code == 0
    events = tmp_path / "events.jsonl"
    assert cli(*admin, "audit", "export", "--out", events).code == 0
    renewed = [
        json.loads(line)
        for line in events.read_text().splitlines()
        if "terminal identity created" in line
    ][-1]
    assert old["fingerprint"] in json.dumps(renewed)
    # The card partners need is the new one.
    card = tmp_path / "card.txt"
    assert cli(*admin, "keys", "export-card", "--out", card).code == 0
    assert new["age_recipient"] in card.read_text()
    assert old["age_recipient"] not in card.read_text()


def test_a_restored_vaults_backup_restores_with_the_original_recovery_key(
    cli: Cli, vault: Path, tmp_path: Path, new_terminal
) -> None:
    seed_cases(vault)
    key = tmp_path / "recovery.txt"
    assert cli.as_admin(vault, "backup", "recovery-key", "--out", key).code == 0
    first = tmp_path / "first.sdbackup"
    assert cli.as_admin(vault, "backup", "create", "--out", first).code == 0
    new_terminal("home2")
    second_vault = tmp_path / "terminal2"
    assert _restore(cli, first, key, second_vault).code == 0
    admin2 = cli.signed_in(second_vault, "admin", NEW_PASS)
    second = tmp_path / "second.sdbackup"
    assert cli(*admin2, "backup", "create", "--out", second).code == 0
    # Signed by the new terminal, which the recovery file does not name: accepted because the
    # old key signed the succession. Twice over, through a chain of two links.
    new_terminal("home3")
    third_vault = tmp_path / "terminal3"
    r = _restore(cli, second, key, third_vault)
    assert r.code == 0, r.err
    admin3 = cli.signed_in(third_vault, "admin", NEW_PASS)
    third = tmp_path / "third.sdbackup"
    assert cli(*admin3, "backup", "create", "--out", third).code == 0
    new_terminal("home4")
    r = _restore(cli, third, key, tmp_path / "terminal4")
    assert r.code == 0, r.err
    assert (
        cli(*cli.signed_in(tmp_path / "terminal4", "admin", NEW_PASS), "audit", "verify").code == 0
    )


def test_a_forged_succession_is_refused(
    cli: Cli, vault: Path, tmp_path: Path, new_terminal
) -> None:
    key = tmp_path / "recovery.txt"
    assert cli.as_admin(vault, "backup", "recovery-key", "--out", key).code == 0
    ours = cli.as_admin(vault, "keys", "show", "--json").json()["minisign_public_key"]
    # Another terminal, encrypting to our (public) recovery key and claiming to succeed ours.
    other = tmp_path / "other-vault"
    make_vault(other)
    public = next(
        line.split(": ")[1] for line in key.read_text().splitlines() if "public key" in line
    )
    assert cli.as_admin(other, "backup", "recipient", "add", public).code == 0
    theirs = cli.as_admin(other, "keys", "show", "--json").json()["minisign_public_key"]
    s = Session.sign_in(other, "admin", ADMIN_PASS)
    try:
        # A link that claims to be signed by our key: 64 random bytes, as no one without
        # our terminal's secret can do better.
        links = [
            {
                "from": ours,
                "to": theirs,
                "at": "2026-01-01",
                "signature": base64.b64encode(os.urandom(64)).decode(),
            }
        ]
        with database.transaction(s.vault.conn) as conn:
            conn.execute(
                "INSERT INTO vault_info (key, value) VALUES (?, ?)",
                (succession.SUCCESSION_KEY, json.dumps(links)),
            )
    finally:
        s.lock()
    forged = tmp_path / "forged.sdbackup"
    assert cli.as_admin(other, "backup", "create", "--out", forged).code == 0
    new_terminal("home2")
    target = tmp_path / "restored"
    r = _restore(cli, forged, key, target)
    assert_refused(r, 4, "not signed by a terminal this recovery key belongs to")
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".restored")) == []


def test_restore_removes_and_names_a_killed_restores_working_folder(
    cli: Cli, vault: Path, tmp_path: Path, new_terminal
) -> None:
    key = tmp_path / "recovery.txt"
    assert cli.as_admin(vault, "backup", "recovery-key", "--out", key).code == 0
    out = tmp_path / "vault.sdbackup"
    assert cli.as_admin(vault, "backup", "create", "--out", out).code == 0
    new_terminal("home2")
    where = tmp_path / "terminal2"
    where.mkdir()
    left = where / ".vault.restoring-0123456789ab"  # what a killed restore leaves
    left.mkdir()
    (left / "vault.db").write_bytes(os.urandom(4096))
    r = _restore(cli, out, key, where / "vault")
    assert r.code == 0, r.err
    assert f"Removed {left}" in r.out and "earlier restore that was stopped" in r.out
    assert [p.name for p in where.iterdir()] == ["vault"]


def test_recipient_remove_takes_a_unique_prefix(cli: Cli, vault: Path) -> None:
    import pyrage

    keys = sorted(str(pyrage.x25519.Identity.generate().to_public()) for _ in range(3))
    for k in keys:
        assert cli.as_admin(vault, "backup", "recipient", "add", k).code == 0
    assert_refused(cli.as_admin(vault, "backup", "recipient", "remove", "age1"), 2, "at least 8")
    assert_refused(
        cli.as_admin(vault, "backup", "recipient", "remove", "age1zzzzzzzz"),
        2,
        "is not a backup recipient",
    )
    typed = keys[0][:12].upper()  # any case, as keys are lower case
    r = cli.as_admin(vault, "backup", "recipient", "remove", typed, "--json")
    assert r.code == 0, r.err
    assert r.json() == {"removed": keys[0]}
    listed = cli.as_admin(vault, "backup", "recipient", "list", "--json").json()
    assert [x["public_key"] for x in listed] == keys[1:]
