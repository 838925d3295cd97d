"""Terminal identities, contact cards and the trust store, through the service API; the
keys checked against the standard minisign and age commands."""

from __future__ import annotations

import base64
import shutil
import stat
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from securedesk.core.access import Role
from securedesk.core.audit import chain as audit
from securedesk.core.errors import (
    BundleRejected,
    InvalidInput,
    NotFound,
    PermissionDenied,
    PolicyRefused,
)
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.core.vault import database
from securedesk.transfer.contact_card import MAX_CARD_BYTES, parse_card
from securedesk.transfer.fingerprint import fingerprint, normalise_fingerprint
from securedesk.transfer.identity import (
    TerminalIdentity,
    ensure_identity,
    export_card,
    export_identity,
    generate_identity,
    load_identity,
    minisign_key_id_hex,
    next_sequence,
)
from securedesk.transfer.trust_store import TrustStore

from ..conftest import ADMIN_PASS, FAST_KDF, OFFICER_PASS

TODAY = date.today()
NEXT_YEAR = TODAY + timedelta(days=365)
needs_minisign = pytest.mark.skipif(shutil.which("minisign") is None, reason="no minisign")
needs_age = pytest.mark.skipif(shutil.which("age") is None, reason="no age command")


# -- helpers ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def partner() -> TerminalIdentity:
    return generate_identity("Partner terminal", "Partner council")


@pytest.fixture(scope="module")
def partner_card(partner: TerminalIdentity) -> bytes:
    return partner.card(ceiling=Marking.OFFICIAL_SENSITIVE).to_bytes()


def add_transfer_user(vault: Path) -> None:
    """A user 'tom' with the transfer role (one session at a time: the vault is locked
    to one process and one session)."""
    with Session.sign_in(vault, "admin", ADMIN_PASS) as admin:
        admin.users.add_user("tom", [Role.TRANSFER], OFFICER_PASS)
    with Session.sign_in(vault, "tom", OFFICER_PASS) as tom:
        tom.users.change_own_passphrase(OFFICER_PASS)


def as_user(vault: Path, name: str) -> Session:
    return Session.sign_in(vault, name, ADMIN_PASS if name == "admin" else OFFICER_PASS)


def trust_rows(session: Session) -> list[tuple[Any, ...]]:
    conn = session.vault.conn
    return [tuple(r) for r in conn.execute("SELECT * FROM trusted_terminals ORDER BY 1")]


def events(session: Session) -> list[audit.AuditEvent]:
    return list(audit.iter_events(session.vault.conn))


def resign(lines: list[str], seed: bytes) -> bytes:
    """Card lines (without the signature) joined and signed again with `seed`."""
    body = "".join(line + "\n" for line in lines).encode("utf-8")
    signature = base64.b64encode(Ed25519PrivateKey.from_private_bytes(seed).sign(body))
    return body + b"Signature: " + signature + b"\n"


def card_lines(card: bytes) -> list[str]:
    return card.decode("utf-8").splitlines()[:-1]  # without the signature line


def rejected(data: bytes) -> BundleRejected:
    with pytest.raises(BundleRejected) as info:
        parse_card(data)
    message = str(info.value)
    assert "\n" not in message
    assert "Traceback" not in message
    return info.value


# -- fingerprints -------------------------------------------------------------------------


def test_fingerprint_is_thirty_digits_in_six_groups_of_five() -> None:
    fp = fingerprint("age1abc", "RWQxyz")
    groups = fp.split(" ")
    assert [len(g) for g in groups] == [5] * 6
    assert "".join(groups).isdigit()
    assert fp == fingerprint("age1abc", "RWQxyz")  # deterministic
    assert fp != fingerprint("age1abd", "RWQxyz")
    assert fp != fingerprint("age1abc", "RWQxyy")


def test_fingerprint_normalised_from_spaces_hyphens_or_nothing() -> None:
    fp = fingerprint("age1abc", "RWQxyz")
    compact = fp.replace(" ", "")
    assert normalise_fingerprint(compact) == fp
    assert normalise_fingerprint(fp.replace(" ", "-")) == fp
    assert normalise_fingerprint(f"  {compact[:7]} {compact[7:]} ") == fp
    for bad in ("", "123", compact + "1", compact[:-1] + "x", "١" * 30):
        with pytest.raises(InvalidInput, match="30 digits"):
            normalise_fingerprint(bad)


# -- the terminal identity ----------------------------------------------------------------


def test_identity_is_made_once_on_first_use_and_stays(vault: Path) -> None:
    admin = as_user(vault, "admin")
    assert load_identity(admin.vault.conn) is None
    first = ensure_identity(admin)
    assert first.name == "Test terminal"
    assert first.organisation == "Test council"
    assert first.age_recipient.startswith("age1")
    assert first.age_identity.startswith("AGE-SECRET-KEY-1")
    assert len(first.minisign_secret) == 32
    assert len(first.minisign_key_id) == 8
    assert first.fingerprint == fingerprint(first.age_recipient, first.minisign_public)
    assert "AGE-SECRET-KEY" not in repr(first)  # secrets stay out of logs and tracebacks
    assert ensure_identity(admin) == first
    admin.lock()
    with as_user(vault, "olivia") as officer:
        assert ensure_identity(officer) == first  # kept in the vault, the same for everyone
    with as_user(vault, "admin") as admin:
        created = [e for e in events(admin) if e.action == "terminal identity created"]
        assert [(e.user, e.object_id) for e in created] == [("admin", first.fingerprint)]


def test_identity_without_terminal_names_gets_a_fallback(tmp_path: Path) -> None:
    with Session.create_vault(
        tmp_path / "v", admin="admin", passphrase="admin passphrase x", kdf_params=FAST_KDF
    ) as s:
        identity = ensure_identity(s)
        assert identity.name.startswith("SecureDesk terminal ")
        assert identity.organisation == "Organisation not named"
        assert parse_card(identity.card().to_bytes()).name == identity.name


def test_next_sequence_counts_up_inside_the_callers_transaction(admin: Session) -> None:
    ensure_identity(admin)
    with database.transaction(admin.vault.conn) as conn:
        assert [next_sequence(conn) for _ in range(3)] == [1, 2, 3]
    with pytest.raises(RuntimeError), database.transaction(admin.vault.conn) as conn:
        assert next_sequence(conn) == 4
        raise RuntimeError("rolled back")
    with database.transaction(admin.vault.conn) as conn:
        assert next_sequence(conn) == 4


def test_generate_identity_refuses_names_a_card_cannot_carry() -> None:
    for name in ("", " padded", "x" * 101, "two\nlines", "nul\x00"):
        with pytest.raises(InvalidInput):
            generate_identity(name, "Org")


@needs_minisign
@pytest.mark.parametrize("prehash", [False, True])
def test_minisign_command_verifies_our_signatures(tmp_path: Path, prehash: bool) -> None:
    identity = generate_identity("Signer", "Org")
    payload = tmp_path / "payload.bin"
    payload.write_bytes(b"encrypted payload bytes\n" * 100)
    key = identity.minisign_secret_key()
    signature = key.sign(payload.read_bytes(), prehash=prehash, trusted_comment="bundle x")
    key.wipe()
    (tmp_path / "payload.bin.minisig").write_bytes(bytes(signature) + b"\n")
    ok = subprocess.run(
        ["minisign", "-Vm", str(payload), "-P", identity.minisign_public],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr
    assert "Trusted comment: bundle x" in ok.stdout
    # Another terminal's key does not verify it.
    other = generate_identity("Other", "Org")
    wrong = subprocess.run(
        ["minisign", "-Vm", str(payload), "-P", other.minisign_public], capture_output=True
    )
    assert wrong.returncode != 0
    # Nor does an altered payload.
    payload.write_bytes(b"altered")
    altered = subprocess.run(
        ["minisign", "-Vm", str(payload), "-P", identity.minisign_public], capture_output=True
    )
    assert altered.returncode != 0


@needs_minisign
def test_key_id_byte_order_matches_minisign(tmp_path: Path) -> None:
    pub, sec = tmp_path / "k.pub", tmp_path / "k.key"
    subprocess.run(
        ["minisign", "-G", "-W", "-p", str(pub), "-s", str(sec)], capture_output=True, check=True
    )
    comment, key = pub.read_text().splitlines()
    raw = base64.b64decode(key)
    # minisign prints the id as a little-endian number; we keep the bytes as stored.
    # minisign prints it with %X, so without leading zeros: compare the numbers.
    assert comment.startswith("untrusted comment: minisign public key ")
    assert int(comment.split()[-1], 16) == int(minisign_key_id_hex(raw[2:10]), 16)


# -- contact cards ------------------------------------------------------------------------


def test_card_round_trip(partner: TerminalIdentity, partner_card: bytes) -> None:
    card = parse_card(partner_card)
    assert card == partner.card(ceiling=Marking.OFFICIAL_SENSITIVE)
    assert card.name == "Partner terminal"
    assert card.organisation == "Partner council"
    assert card.ceiling is Marking.OFFICIAL_SENSITIVE
    assert card.age_recipient == partner.age_recipient
    assert card.minisign_public == partner.minisign_public
    assert card.minisign_key_id == partner.minisign_key_id
    assert card.fingerprint == partner.fingerprint
    assert card.created == TODAY
    assert card.to_bytes() == partner_card
    assert card.to_text(partner.minisign_secret).encode() == partner_card
    text = partner_card.decode()
    assert text.startswith("SecureDesk contact card 1\nName: Partner terminal\n")
    assert text.endswith("\n") and "\r" not in text
    assert len(text.splitlines()) == 9


def test_card_with_welsh_names_round_trips() -> None:
    identity = generate_identity("Terfynell Ŵyr", "Cyngor Sir Ynys Môn")
    card = identity.card()
    assert parse_card(card.to_bytes()) == card


def test_card_signed_with_another_key_is_refused_when_made(partner: TerminalIdentity) -> None:
    card = partner.card()
    with pytest.raises(ValueError, match="not the card's minisign key"):
        card.to_text(generate_identity("x", "y").minisign_secret)
    with pytest.raises(ValueError, match="not signed"):
        replace(card, signature=b"").to_bytes()


def test_every_flipped_byte_is_rejected(partner_card: bytes) -> None:
    for offset in range(len(partner_card)):
        altered = bytearray(partner_card)
        altered[offset] ^= 0xFF
        rejected(bytes(altered))


def test_every_changed_ascii_character_is_rejected(partner_card: bytes) -> None:
    # Harder than a flipped byte: the result is still valid text.
    for offset in range(len(partner_card)):
        altered = bytearray(partner_card)
        altered[offset] = ord("A") if altered[offset] != ord("A") else ord("B")
        rejected(bytes(altered))


def test_every_truncation_is_rejected_as_truncated() -> None:
    card = generate_identity("Terfynell Ŵyr", "Cyngor Môn").card().to_bytes()
    assert rejected(b"").reason == "card-empty"
    for length in range(1, len(card)):
        error = rejected(card[:length])
        assert error.reason == "card-truncated", (length, str(error))
        assert "cut short" in str(error)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_mutation_is_rejected(partner_card: bytes, data: st.DataObject) -> None:
    altered = bytearray(partner_card)
    for _ in range(data.draw(st.integers(1, 4))):
        offset = data.draw(st.integers(0, len(altered) - 1))
        new = data.draw(st.integers(0, 255).filter(lambda b, o=offset: b != altered[o]))
        altered[offset] = new
    rejected(bytes(altered))


@settings(max_examples=300, deadline=None)
@given(junk=st.binary(max_size=MAX_CARD_BYTES + 10))
def test_arbitrary_bytes_are_rejected_with_a_reason(junk: bytes) -> None:
    assert rejected(junk).reason.startswith("card-")


def test_too_large(partner_card: bytes) -> None:
    error = rejected(partner_card + b"x" * MAX_CARD_BYTES)
    assert error.reason == "card-too-large"
    assert "4096 bytes" in str(error)


def test_wrong_fingerprint(partner: TerminalIdentity, partner_card: bytes) -> None:
    lines = card_lines(partner_card)
    lines[6] = "Fingerprint: " + fingerprint("age1other", partner.minisign_public)
    error = rejected(resign(lines, partner.minisign_secret))  # even correctly signed
    assert error.reason == "card-fingerprint-mismatch"
    assert "does not match its keys" in str(error)
    assert "fresh card" in str(error)


def test_bad_signature(partner: TerminalIdentity, partner_card: bytes) -> None:
    lines = card_lines(partner_card)
    lines[1] = "Name: Impostor terminal"
    error = rejected(partner_card.replace(b"Name: Partner terminal", b"Name: Impostor terminal"))
    assert error.reason == "card-signature-bad"
    assert "does not verify" in str(error)
    # Signed by someone else: also a bad signature.
    other = generate_identity("Other", "Org")
    assert rejected(resign(lines, other.minisign_secret)).reason == "card-signature-bad"
    # A signature that is not 64 bytes of canonical base64.
    short = resign(lines, partner.minisign_secret)[:-4] + b"A=\n"
    assert rejected(short).reason == "card-signature-bad"


def test_swapped_keys(partner: TerminalIdentity, partner_card: bytes) -> None:
    other = generate_identity("Other", "Org")
    lines = card_lines(partner_card)
    # Someone else's minisign key, with a matching fingerprint, signed by our key.
    swapped = list(lines)
    swapped[5] = f"Minisign-Public-Key: {other.minisign_public}"
    swapped[6] = "Fingerprint: " + fingerprint(partner.age_recipient, other.minisign_public)
    assert rejected(resign(swapped, partner.minisign_secret)).reason == "card-signature-bad"
    # Someone else's age recipient under our fingerprint.
    swapped = list(lines)
    swapped[4] = f"Age-Recipient: {other.age_recipient}"
    error = rejected(resign(swapped, partner.minisign_secret))
    assert error.reason == "card-fingerprint-mismatch"
    # The two key lines in each other's places.
    swapped = list(lines)
    swapped[4], swapped[5] = swapped[5], swapped[4]
    error = rejected(resign(swapped, partner.minisign_secret))
    assert error.reason == "card-malformed"
    assert "'Minisign-Public-Key' on line 5 where 'Age-Recipient' belongs" in str(error)


@pytest.mark.parametrize(
    ("change", "reason", "words"),
    [
        (lambda ls: [*ls[:3], "Comment: hello", *ls[3:]], "card-malformed", "unknown line 4"),
        (lambda ls: [*ls[:2], ls[1], *ls[2:]], "card-malformed", "'Name' line twice"),
        (
            lambda ls: [ls[0], ls[1].replace("Name: ", "Name:"), *ls[2:]],
            "card-malformed",
            "unknown",
        ),
        (lambda ls: ["SecureDesk contact card 2", *ls[1:]], "card-unsupported-version", "version"),
        (lambda ls: ["Hello", *ls[1:]], "card-malformed", "does not start"),
        (lambda ls: [ls[0], "Name: a\x00b", *ls[2:]], "card-not-text", "U+0000"),
        (lambda ls: [ls[0], "Name: a\u202eb", *ls[2:]], "card-not-text", "U+202E"),
        (lambda ls: [ls[0], "Name: tab\there", *ls[2:]], "card-not-text", "U+0009"),
        (lambda ls: ["\ufeff" + ls[0], *ls[1:]], "card-not-text", "U+FEFF"),
        (lambda ls: [ls[0], "Name: " + "x" * 101, *ls[2:]], "card-bad-value", "100 characters"),
        (lambda ls: [ls[0], "Name:  spaced", *ls[2:]], "card-bad-value", "spaces"),
        (lambda ls: [ls[0], "Name: ", *ls[2:]], "card-bad-value", "empty"),
        (lambda ls: [*ls[:3], "Ceiling: TOP SECRET", *ls[4:]], "card-bad-value", "ceiling"),
        (lambda ls: [*ls[:3], "Ceiling: secret", *ls[4:]], "card-bad-value", "ceiling"),
        (lambda ls: [*ls[:7], "Created: 2024-13-01", *ls[8:]], "card-bad-value", "Created"),
        (lambda ls: [*ls[:7], "Created: 20240101", *ls[8:]], "card-bad-value", "Created"),
        (lambda ls: [*ls[:4], "Age-Recipient: age1xyz", *ls[5:]], "card-bad-key", "age"),
        (lambda ls: [*ls[:4], ls[4].replace("age1", "AGE1"), *ls[5:]], "card-bad-key", "age"),
        (lambda ls: [*ls[:5], "Minisign-Public-Key: RWQ=", *ls[6:]], "card-bad-key", "minisign"),
    ],
)
def test_malformed_cards(
    partner: TerminalIdentity, partner_card: bytes, change: Any, reason: str, words: str
) -> None:
    error = rejected(resign(change(card_lines(partner_card)), partner.minisign_secret))
    assert error.reason == reason, str(error)
    assert words.lower() in str(error).lower()
    assert str(error).startswith("The contact card ")
    assert str(error).endswith("Ask the partner for a fresh card.")


def test_windows_line_ends_are_named(partner_card: bytes) -> None:
    error = rejected(partner_card.replace(b"\n", b"\r\n"))
    assert error.reason == "card-not-text"
    assert "Windows line ends" in str(error)


def test_extra_lines_after_the_signature(partner_card: bytes) -> None:
    assert rejected(partner_card + b"Extra: line\n").reason == "card-malformed"
    assert rejected(partner_card + b"\n").reason == "card-malformed"


def test_not_utf8(partner_card: bytes) -> None:
    error = rejected(partner_card.replace(b"Partner", b"Partn\xe9r"))
    assert error.reason == "card-not-text"
    assert "not UTF-8" in str(error)


# -- the trust store ----------------------------------------------------------------------


def test_add_list_revoke(admin: Session, partner: TerminalIdentity, partner_card: bytes) -> None:
    store = TrustStore(admin)
    assert store.list() == []
    added = store.add(partner_card, NEXT_YEAR)
    assert added.fingerprint == partner.fingerprint
    assert (added.name, added.organisation) == ("Partner terminal", "Partner council")
    assert added.ceiling is Marking.OFFICIAL_SENSITIVE  # the card's own by default
    assert added.expires_on == NEXT_YEAR
    assert added.added_by == "admin"
    assert added.minisign_key_id == partner.minisign_key_id
    assert added.status(TODAY) == "trusted"
    assert added.status(NEXT_YEAR) == "trusted"  # up to and including the expiry day
    assert added.status(NEXT_YEAR + timedelta(days=1)) == "expired"
    assert store.list() == [added]
    assert store.get(partner.fingerprint.replace(" ", "")) == added
    assert store.by_key_id(partner.minisign_key_id) == added
    assert store.by_key_id(b"\0" * 8) is None
    stored_card = admin.vault.conn.execute("SELECT card FROM trusted_terminals").fetchone()[0]
    assert stored_card.encode() == partner_card

    revoked = store.revoke(partner.fingerprint.replace(" ", "-"))
    assert revoked.status(TODAY) == "revoked"
    assert revoked.revoked_by == "admin"
    assert store.list() == [revoked]
    assert store.by_key_id(partner.minisign_key_id) == revoked  # still found, as revoked

    actions = [(e.action, e.object_id, e.category) for e in events(admin)]
    assert ("trusted terminal added", partner.fingerprint, "administration") in actions
    assert ("trusted terminal revoked", partner.fingerprint, "administration") in actions


def test_readd_renews_expiry_and_ceiling(
    admin: Session, partner: TerminalIdentity, partner_card: bytes
) -> None:
    store = TrustStore(admin)
    store.add(partner_card, NEXT_YEAR)
    renewed = store.add(partner_card, NEXT_YEAR + timedelta(days=30), Marking.OFFICIAL)
    assert renewed.expires_on == NEXT_YEAR + timedelta(days=30)
    assert renewed.ceiling is Marking.OFFICIAL
    assert len(store.list()) == 1
    assert [e.action for e in events(admin)].count("trusted terminal renewed") == 1


def test_revoked_terminal_stays_revoked(
    admin: Session, partner: TerminalIdentity, partner_card: bytes
) -> None:
    store = TrustStore(admin)
    store.add(partner_card, NEXT_YEAR)
    store.revoke(partner.fingerprint)
    before = trust_rows(admin)
    with pytest.raises(PolicyRefused, match="revoked keys are never trusted again"):
        store.add(partner_card, NEXT_YEAR)
    with pytest.raises(InvalidInput, match="already revoked"):
        store.revoke(partner.fingerprint)
    assert trust_rows(admin) == before
    assert events(admin)[-1].action == "trust refused: revoked"  # the add; not the revoke
    assert events(admin)[-1].outcome == "refused"


def test_own_card_is_refused(admin: Session) -> None:
    own = ensure_identity(admin).card().to_bytes()
    with pytest.raises(PolicyRefused, match="this terminal's own contact card"):
        TrustStore(admin).add(own, NEXT_YEAR)
    assert trust_rows(admin) == []
    assert events(admin)[-1].action == "trust refused: own card"


@pytest.mark.parametrize(
    ("expires", "words"),
    [
        (TODAY, "not in the future"),
        (TODAY - timedelta(days=1), "not in the future"),
        (TODAY + timedelta(days=4 * 365), "more than 3 years"),
    ],
)
def test_expiry_must_be_in_the_next_three_years(
    admin: Session, partner_card: bytes, expires: date, words: str
) -> None:
    before = len(events(admin))
    with pytest.raises(InvalidInput, match=words):
        TrustStore(admin).add(partner_card, expires)
    assert trust_rows(admin) == []
    assert len(events(admin)) == before


def test_ceiling_cannot_exceed_the_cards(admin: Session, partner_card: bytes) -> None:
    with pytest.raises(InvalidInput, match="accepts nothing above OFFICIAL-SENSITIVE"):
        TrustStore(admin).add(partner_card, NEXT_YEAR, Marking.SECRET)
    assert trust_rows(admin) == []
    added = TrustStore(admin).add(partner_card, NEXT_YEAR, Marking.OFFICIAL)
    assert added.ceiling is Marking.OFFICIAL


def test_bad_card_is_refused_audited_and_nothing_stored(
    admin: Session, partner_card: bytes
) -> None:
    with pytest.raises(BundleRejected) as info:
        TrustStore(admin).add(partner_card[:-10], NEXT_YEAR)
    assert info.value.reason == "card-truncated"
    assert trust_rows(admin) == []
    assert load_identity(admin.vault.conn) is None  # not even this terminal's keys
    last = events(admin)[-1]
    assert (last.action, last.outcome) == ("contact card rejected: card-truncated", "refused")


def test_a_key_belongs_to_one_terminal(
    admin: Session, partner: TerminalIdentity, partner_card: bytes
) -> None:
    TrustStore(admin).add(partner_card, NEXT_YEAR)
    before = trust_rows(admin)
    # The same age recipient with a new minisign key: a different fingerprint.
    fresh = generate_identity("Partner terminal", "Partner council")
    mixed = replace(
        fresh,
        age_identity=partner.age_identity,
        age_recipient=partner.age_recipient,
        fingerprint=fingerprint(partner.age_recipient, fresh.minisign_public),
    )
    with pytest.raises(PolicyRefused, match="reuses a key of another entry"):
        TrustStore(admin).add(mixed.card().to_bytes(), NEXT_YEAR)
    assert trust_rows(admin) == before


def test_permissions_are_checked_and_refusals_audited(vault: Path, partner_card: bytes) -> None:
    add_transfer_user(vault)
    fp = parse_card(partner_card).fingerprint
    with as_user(vault, "admin") as admin:
        TrustStore(admin).add(partner_card, NEXT_YEAR)
        before = trust_rows(admin)
    with as_user(vault, "olivia") as officer:
        store = TrustStore(officer)
        with pytest.raises(PermissionDenied, match="'administer'"):
            store.add(partner_card, NEXT_YEAR + timedelta(days=1))
        with pytest.raises(PermissionDenied, match="administer or export or import"):
            store.list()
        with pytest.raises(PermissionDenied, match="'administer'"):
            store.revoke(fp)
    # A transfer officer reads the trust store but does not change it.
    with as_user(vault, "tom") as tom:
        assert [t.name for t in TrustStore(tom).list()] == ["Partner terminal"]
        with pytest.raises(PermissionDenied):
            TrustStore(tom).revoke(fp)
    with as_user(vault, "admin") as admin:
        assert trust_rows(admin) == before
        refused = [(e.user, e.action) for e in events(admin) if e.outcome == "refused"]
    assert refused == [
        ("olivia", "refused: needs administer"),
        ("olivia", "refused: needs administer or export or import"),
        ("olivia", "refused: needs administer"),
        ("tom", "refused: needs administer"),
    ]


def test_unknown_fingerprint(admin: Session) -> None:
    missing = "12345 67890 12345 67890 12345 67890"
    with pytest.raises(NotFound, match="No terminal with fingerprint 12345 67890"):
        TrustStore(admin).get(missing.replace(" ", ""))
    with pytest.raises(NotFound, match="trust add"):
        TrustStore(admin).revoke(missing)
    with pytest.raises(InvalidInput, match="30 digits"):
        TrustStore(admin).revoke("12a45")
    with pytest.raises(InvalidInput, match="too short to name a trusted terminal"):
        TrustStore(admin).revoke("123")  # a prefix (id_prefix), but too short


# -- exports ------------------------------------------------------------------------------


def test_export_card_is_parseable_and_audited(admin: Session, tmp_path: Path) -> None:
    out = tmp_path / "card.txt"
    card = export_card(admin, out)
    assert parse_card(out.read_bytes()) == card
    assert card.ceiling is admin.ceiling
    assert events(admin)[-1].action == "contact card exported"
    assert events(admin)[-1].category == "disclosure"


def test_export_card_needs_administer_or_export(vault: Path, tmp_path: Path) -> None:
    add_transfer_user(vault)
    out = tmp_path / "card.txt"
    with as_user(vault, "olivia") as officer, pytest.raises(PermissionDenied):
        export_card(officer, out)
    assert not out.exists()
    with as_user(vault, "tom") as tom:
        export_card(tom, out)
    assert parse_card(out.read_bytes()).name == "Test terminal"


@needs_age
def test_exported_identity_opens_with_the_age_command(admin: Session, tmp_path: Path) -> None:
    out = tmp_path / "keys" / "identity.txt"
    out.parent.mkdir()
    identity = export_identity(admin, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    lines = out.read_text().splitlines()
    assert lines[0].startswith("# created: ")
    assert lines[1] == f"# public key: {identity.age_recipient}"
    assert lines[2] == identity.age_identity
    assert [p.name for p in out.parent.iterdir()] == ["identity.txt"]  # no temporary left
    secret = b"for the recipient only\n"
    encrypted = tmp_path / "message.age"
    encrypted.write_bytes(
        pyrage.encrypt(secret, [pyrage.x25519.Recipient.from_str(identity.age_recipient)])
    )
    result = subprocess.run(
        ["age", "-d", "-i", str(out), str(encrypted)], capture_output=True, check=True
    )
    assert result.stdout == secret
    last = events(admin)[-1]
    assert (last.action, last.category) == ("age identity exported", "disclosure")


def test_export_identity_never_overwrites(admin: Session, tmp_path: Path) -> None:
    out = tmp_path / "keys" / "identity.txt"
    out.parent.mkdir()
    out.write_text("precious\n")
    before = len(events(admin))
    with pytest.raises(InvalidInput, match="already exists"):
        export_identity(admin, out)
    assert out.read_text() == "precious\n"
    assert len(events(admin)) == before
    assert [p.name for p in out.parent.iterdir()] == ["identity.txt"]


def test_export_identity_is_for_administrators(officer: Session, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied, match="'administer'"):
        export_identity(officer, tmp_path / "identity.txt")
    assert not (tmp_path / "identity.txt").exists()
    assert events(officer)[-1].action == "refused: needs administer"
