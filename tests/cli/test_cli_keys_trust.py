"""`securedesk keys ...` and `securedesk trust ...` end to end: two terminals exchange
contact cards; bad cards, dates and rights are refused with one line and nothing stored."""

from __future__ import annotations

import shutil
import stat
import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pyrage
import pytest

from .conftest import Cli, assert_refused

TODAY = date.today()
NEXT_YEAR = (TODAY + timedelta(days=365)).isoformat()


def export_card(cli: Cli, vault: Path, out: Path) -> str:
    """Write `vault`'s card to `out`; its fingerprint."""
    r = cli.as_admin(vault, "--json", "keys", "export-card", "--out", out)
    assert r.code == 0, r.err
    return str(r.json()["fingerprint"])


def trust_list(cli: Cli, vault: Path) -> list[dict[str, str]]:
    r = cli.as_admin(vault, "--json", "trust", "list")
    assert r.code == 0, r.err
    result: list[dict[str, str]] = r.json()
    return result


@pytest.fixture
def partner_card(cli: Cli, fresh_vault: Callable[[str], Path], tmp_path: Path) -> tuple[Path, str]:
    """Another terminal's contact card file and its fingerprint."""
    partner = fresh_vault("partner")
    card = tmp_path / "partner-card.txt"
    return card, export_card(cli, partner, card)


def test_keys_show(cli: Cli, vault: Path) -> None:
    r = cli.as_olivia(vault, "--json", "keys", "show")  # any signed-in user
    assert r.code == 0, r.err
    shown = r.json()
    assert shown["name"] == "Test terminal"
    assert shown["organisation"] == "Test council"
    assert shown["age_recipient"].startswith("age1")
    assert shown["minisign_public_key"].startswith("RW")
    assert len(shown["fingerprint"].replace(" ", "")) == 30
    assert len(shown["minisign_key_id"]) == 16
    # Made once: the same keys at every later call, for every user.
    assert cli.as_admin(vault, "--json", "keys", "show").json() == shown
    r = cli.as_admin(vault, "keys", "show")
    assert r.code == 0, r.err
    assert f"Fingerprint:         {shown['fingerprint']}" in r.out
    assert shown["age_recipient"] in r.out
    assert shown["minisign_public_key"] in r.out
    assert "AGE-SECRET-KEY" not in r.out


def test_cards_exchanged_trusted_listed_revoked(
    cli: Cli, vault: Path, partner_card: tuple[Path, str], tmp_path: Path
) -> None:
    card, fingerprint = partner_card
    assert card.read_bytes().startswith(b"SecureDesk contact card 1\n")
    assert f"Fingerprint: {fingerprint}\n".encode() in card.read_bytes()

    r = cli.as_admin(vault, "trust", "add", card, "--expires", NEXT_YEAR)
    assert r.code == 0, r.err
    assert fingerprint in r.out
    assert "Test terminal (Test council)" in r.out
    assert "Ceiling: SECRET" in r.out
    assert "Compare this fingerprint" in r.out

    [entry] = trust_list(cli, vault)
    assert entry["fingerprint"] == fingerprint
    assert (entry["status"], entry["expires_on"], entry["ceiling"]) == (
        "trusted",
        NEXT_YEAR,
        "SECRET",
    )
    r = cli.as_admin(vault, "trust", "list")
    assert r.code == 0, r.err
    header, _rule, row = r.out.splitlines()
    assert header.split() == ["Fingerprint", "Name", "Organisation", "Ceiling", "Expires", "Status"]
    assert row.startswith(fingerprint) and row.endswith("trusted")

    # Renewed with a lower ceiling.
    later = (TODAY + timedelta(days=400)).isoformat()
    r = cli.as_admin(
        vault, "--json", "trust", "add", card, "--expires", later, "--ceiling", "official"
    )
    assert r.code == 0, r.err
    assert (r.json()["ceiling"], r.json()["expires_on"]) == ("OFFICIAL", later)

    r = cli.as_admin(vault, "--json", "trust", "revoke", fingerprint.replace(" ", ""))
    assert r.code == 0, r.err
    assert r.json()["status"] == "revoked"
    assert r.json()["revoked_by"] == "admin"
    assert [e["status"] for e in trust_list(cli, vault)] == ["revoked"]

    actions = [
        e["action"]
        for e in cli.audit_events(vault, tmp_path / "audit.jsonl")
        if e["object_id"] == fingerprint
    ]
    assert actions == [
        "trusted terminal added",
        "trusted terminal renewed",
        "trusted terminal revoked",
    ]


def test_revoked_card_cannot_be_added_again(
    cli: Cli, vault: Path, partner_card: tuple[Path, str]
) -> None:
    card, fingerprint = partner_card
    assert cli.as_admin(vault, "trust", "add", card, "--expires", NEXT_YEAR).code == 0
    assert cli.as_admin(vault, "trust", "revoke", fingerprint).code == 0
    before = trust_list(cli, vault)
    r = cli.as_admin(vault, "trust", "add", card, "--expires", NEXT_YEAR)
    assert_refused(r, 5, "revoked", "never trusted again", "new keys")
    assert trust_list(cli, vault) == before
    r = cli.as_admin(vault, "trust", "revoke", fingerprint)
    assert_refused(r, 2, "already revoked", "nothing was changed")


def test_transfer_officer_exports_the_card_and_reads_the_list(
    cli: Cli, vault: Path, partner_card: tuple[Path, str], tmp_path: Path
) -> None:
    card, _ = partner_card
    assert cli.as_admin(vault, "trust", "add", card, "--expires", NEXT_YEAR).code == 0
    newpass = cli.passfile("transfer passphrase 1")
    r = cli.as_admin(vault, "user", "add", "tom", "--role", "transfer",
                     "--new-passphrase-file", newpass)  # fmt: skip
    assert r.code == 0, r.err
    r = cli.as_user(vault, "tom", "transfer passphrase 1", "user", "passwd", "tom",
                    "--new-passphrase-file", newpass)  # fmt: skip
    assert r.code == 0, r.err
    r = cli.as_user(vault, "tom", "transfer passphrase 1", "--json", "trust", "list")
    assert r.code == 0, r.err
    assert [e["name"] for e in r.json()] == ["Test terminal"]
    out = tmp_path / "own-card.txt"
    r = cli.as_user(vault, "tom", "transfer passphrase 1", "keys", "export-card", "--out", out)
    assert r.code == 0, r.err
    assert out.is_file()
    r = cli.as_user(vault, "tom", "transfer passphrase 1", "trust", "revoke", "1" * 30)
    assert_refused(r, 5, "tom", "'administer' permission")


def test_officer_is_refused_everything_but_show(
    cli: Cli, vault: Path, partner_card: tuple[Path, str], tmp_path: Path
) -> None:
    card, fingerprint = partner_card
    out = tmp_path / "out"
    out.mkdir()
    for argv, permission in [
        (["keys", "export-card", "--out", out / "card.txt"], "administer or export"),
        (["keys", "export-identity", "--out", out / "id.txt"], "'administer'"),
        (["trust", "add", card, "--expires", NEXT_YEAR], "'administer'"),
        (["trust", "list"], "administer or export or import"),
        (["trust", "revoke", fingerprint], "'administer'"),
    ]:
        assert_refused(cli.as_olivia(vault, *argv), 5, "olivia", permission)
    assert list(out.iterdir()) == []
    assert trust_list(cli, vault) == []
    refusals = [
        e["action"]
        for e in cli.audit_events(vault, tmp_path / "audit.jsonl")
        if e["outcome"] == "refused"
    ]
    assert len(refusals) == 5


@pytest.mark.parametrize(
    ("mangle", "reason_words"),
    [
        (lambda b: b[:-20], "incomplete"),
        (lambda b: b.replace(b"Test terminal", b"Test terminaL"), "signature that does not verify"),
        (lambda b: b.replace(b"\n", b"\r\n"), "Windows line ends"),
        (lambda b: b + b"x" * 5000, "larger than 4096 bytes"),
        (lambda b: b"", "is empty"),
        (lambda b: b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "not UTF-8"),
    ],
)
def test_bad_card_is_refused_and_nothing_stored(
    cli: Cli,
    vault: Path,
    partner_card: tuple[Path, str],
    tmp_path: Path,
    mangle: Callable[[bytes], bytes],
    reason_words: str,
) -> None:
    card, _ = partner_card
    bad = tmp_path / "bad-card.txt"
    bad.write_bytes(mangle(card.read_bytes()))
    r = cli.as_admin(vault, "trust", "add", bad, "--expires", NEXT_YEAR)
    assert_refused(r, 4, "contact card", reason_words, "ask the partner for a fresh card")
    assert trust_list(cli, vault) == []
    [event] = [
        e
        for e in cli.audit_events(vault, tmp_path / "audit.jsonl")
        if e["action"].startswith("contact card rejected")
    ]
    assert event["outcome"] == "refused"


def test_bad_values_are_usage_errors(
    cli: Cli, vault: Path, partner_card: tuple[Path, str], tmp_path: Path
) -> None:
    card, _ = partner_card
    yesterday = (TODAY - timedelta(days=1)).isoformat()
    far = (TODAY + timedelta(days=3 * 366 + 1)).isoformat()
    cases: list[tuple[list[str | Path], tuple[str, ...]]] = [
        (["trust", "add", card, "--expires", yesterday], ("not in the future",)),
        (["trust", "add", card, "--expires", TODAY.isoformat()], ("not in the future",)),
        (["trust", "add", card, "--expires", far], ("more than 3 years",)),
        (["trust", "add", card, "--expires", "next week"], ("not a date",)),
        (["trust", "add", card, "--expires", NEXT_YEAR, "--ceiling", "TOP"], ("marking",)),
        (["trust", "add", tmp_path / "missing.txt", "--expires", NEXT_YEAR], ("cannot read",)),
        (["trust", "revoke", "12x45"], ("30 digits",)),
        (["trust", "revoke", "12345"], ("no terminal with fingerprint 12345",)),  # a prefix
        (["trust", "revoke", "123"], ("too short to name a trusted terminal",)),
        (["trust", "revoke", "1" * 30], ("no terminal with fingerprint", "trust list")),
        (["trust", "add", card], ("--expires",)),
    ]
    for argv, words in cases:
        assert_refused(cli.as_admin(vault, *argv), 2, *words)
    assert trust_list(cli, vault) == []


def test_own_card_is_refused(cli: Cli, vault: Path, tmp_path: Path) -> None:
    own = tmp_path / "own.txt"
    export_card(cli, vault, own)
    r = cli.as_admin(vault, "trust", "add", own, "--expires", NEXT_YEAR)
    assert_refused(r, 5, "this terminal's own contact card")
    assert trust_list(cli, vault) == []


@pytest.mark.skipif(shutil.which("age") is None, reason="no age command")
def test_export_identity_for_the_age_command(cli: Cli, vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "identity.txt"
    r = cli.as_admin(vault, "keys", "export-identity", "--out", out)
    assert r.code == 0, r.err
    assert "AGE-SECRET-KEY" not in r.out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    recipient = cli.as_admin(vault, "--json", "keys", "show").json()["age_recipient"]
    message = tmp_path / "message.age"
    message.write_bytes(pyrage.encrypt(b"hello\n", [pyrage.x25519.Recipient.from_str(recipient)]))
    opened = subprocess.run(
        ["age", "-d", "-i", str(out), str(message)], capture_output=True, check=True
    )
    assert opened.stdout == b"hello\n"

    before = out.read_bytes()
    r = cli.as_admin(vault, "keys", "export-identity", "--out", out)
    assert_refused(r, 2, "already exists", "never written over")
    assert out.read_bytes() == before

    exported = [
        e
        for e in cli.audit_events(vault, tmp_path / "audit.jsonl")
        if e["action"] == "age identity exported"
    ]
    assert [(e["user"], e["category"]) for e in exported] == [("admin", "disclosure")]
