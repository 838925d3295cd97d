"""The forward-secure audit chain (issue 10, finding 3), attacked as an insider would: with
the database key, dropping the guard triggers, deleting and rewriting events, granting
roles by SQL. An auditor's verification catches what the hash chain alone cannot."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from securedesk.core.access import Role
from securedesk.core.audit import chain as audit
from securedesk.core.audit import checkpoint as checkpoints
from securedesk.core.audit import mac_chain
from securedesk.core.domain import Person
from securedesk.core.error_kinds import Detail
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.core.vault import database, schema

from ..conftest import ADMIN_PASS, FAST_KDF, OFFICER_PASS

AUDITOR_PASS = "auditor passphrase for tests"


def add_auditor(vault: Path, name: str = "audrey") -> None:
    with Session.sign_in(vault, "admin", ADMIN_PASS) as admin:
        admin.users.add_user(name, [Role.AUDITOR], AUDITOR_PASS, Marking.OFFICIAL)
    with Session.sign_in(vault, name, AUDITOR_PASS) as s:
        s.users.change_own_passphrase(AUDITOR_PASS)


@pytest.fixture
def audited(vault: Path) -> Path:
    """The test vault with an auditor and a little work done after."""
    add_auditor(vault)
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        for n in range(3):
            s.cases.add_case(
                [Person("Aisha", f"Khan{n}")],
                referral_source="Police",
                referral_date=date(2026, 1, 1),
            )
    return vault


def check_as(vault: Path, user: str, passphrase: str, cp: checkpoints.Checkpoint | None = None):
    with Session.sign_in(vault, user, passphrase) as s:
        return s.audit.check(cp)


def insider(vault: Path, user: str = "olivia", passphrase: str = OFFICER_PASS):
    """An officer's session whose connection is used as raw SQL with the database key."""
    return Session.sign_in(vault, user, passphrase)


def drop_guards(conn) -> None:
    conn.execute("DROP TRIGGER IF EXISTS audit_events_no_update")
    conn.execute("DROP TRIGGER IF EXISTS audit_events_no_delete")


def blame_oscar(conn) -> int:
    """The insider's edit: the newest 'case added' event now names oscar, and every hash
    after it is recomputed so the hash chain alone still holds. Returns the edited seq."""
    drop_guards(conn)
    target = conn.execute(
        "SELECT max(seq) FROM audit_events WHERE action = 'case added'"
    ).fetchone()[0]
    conn.execute("UPDATE audit_events SET user = 'oscar' WHERE seq = ?", (target,))
    rehash_from(conn, target)
    return int(target)


def rehash_from(conn, first: int) -> None:
    """Recompute every hash from `first` on, as an attacker hiding an edit would."""
    rows = conn.execute(
        "SELECT seq, at, user, category, action, object_type, object_id, justification, "
        "outcome, details FROM audit_events WHERE seq >= ? ORDER BY seq",
        (first,),
    ).fetchall()
    prev = conn.execute("SELECT hash FROM audit_events WHERE seq = ?", (first - 1,)).fetchone()[0]
    for row in rows:
        digest = audit.event_hash(prev, *row)
        conn.execute(
            "UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, row[0])
        )
        prev = digest


# -- untouched --------------------------------------------------------------------------


def test_untouched_vault_verifies_every_mac_for_the_auditor(audited: Path) -> None:
    result = check_as(audited, "audrey", AUDITOR_PASS)
    assert result.ok, result.report.reason
    assert result.is_auditor and result.report.mac_started
    assert result.report.macs_checked > 5 and result.report.macs_unchecked == 0
    assert result.unrecorded == []
    assert result.key_holders == ["audrey"]
    # An administrator verifies by hash only and is told so by the flags.
    by_admin = check_as(audited, "admin", ADMIN_PASS)
    assert by_admin.ok and not by_admin.is_auditor and not by_admin.macs_checked


def test_events_before_the_first_auditor_have_no_mac_and_later_ones_do(audited: Path) -> None:
    with Session.sign_in(audited, "audrey", AUDITOR_PASS) as s:
        events = list(s.audit.events())
    started = [e for e in events if e.action == "audit key started"]
    assert started, "the first auditor starts the MAC chain"
    first = started[0].seq
    assert all(e.mac == "" for e in events if e.seq <= first)
    assert all(mac_chain.is_mac_text(e.mac) for e in events if e.seq > first)
    details = json.loads(started[0].details)
    assert details["epoch"] == 1 and list(details["sealed_to"]) == ["audrey"]


def test_the_current_key_in_the_database_is_not_an_earlier_one(audited: Path) -> None:
    """Forward security: the stored key is K_n; K_0 and every MAC key before are gone."""
    with insider(audited) as s:
        conn = s.vault.conn
        state = mac_chain.load_state(conn)
        assert state is not None
        macs = [r[0] for r in conn.execute("SELECT mac FROM audit_events WHERE mac != ''")]
        hashes = [r[0] for r in conn.execute("SELECT hash FROM audit_events WHERE mac != ''")]
        # The stored key MACs none of the events already written.
        assert all(
            mac_chain.event_mac(state.key, h) != m for h, m in zip(hashes, macs, strict=True)
        )


# -- an insider with the database key ---------------------------------------------------


def test_deleting_the_newest_events_is_caught_by_the_auditor(audited: Path) -> None:
    with insider(audited) as s:
        conn = s.vault.conn
        drop_guards(conn)
        head = conn.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
        conn.execute("DELETE FROM audit_events WHERE seq > ?", (head - 3,))
        # Even the key state is put back to say the chain ends there.
        conn.execute("UPDATE audit_mac_state SET next_seq = ?", (head - 2,))
        cut = head - 2
    result = check_as(audited, "audrey", AUDITOR_PASS)
    assert not result.ok
    # The next event written (the insider's own lock) was MACed with a key already moved on.
    assert result.report.why is Detail.AUDIT_MAC_WRONG
    assert result.report.first_broken_seq == cut


def test_deleting_the_newest_events_with_nothing_written_after(audited: Path) -> None:
    """Deleted with no later event: the stored key has moved past the head."""
    with insider(audited) as s:
        raw_key = bytes(s.vault._db_key)
        conn = s.vault.conn
    conn = database.connect(audited / "vault.db", raw_key)
    try:
        drop_guards(conn)
        head = conn.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
        conn.execute("DELETE FROM audit_events WHERE seq > ?", (head - 2,))
        conn.execute("UPDATE audit_mac_state SET next_seq = ?", (head - 1,))
        report = audit.verify(conn)  # hash only: nothing to see
        assert report.ok
        with Session.sign_in(audited, "audrey", AUDITOR_PASS) as probe:
            keys = probe.audit._keys(probe.vault.conn)
        assert keys is not None
        # Checked before any new event lands (the auditor's keys, the attacker's database).
        report = audit.verify(conn, keys)
    finally:
        conn.close()
    assert not report.ok


def test_rewriting_and_rehashing_is_caught_by_the_auditor_only(audited: Path) -> None:
    with insider(audited) as s:
        conn = s.vault.conn
        target = blame_oscar(conn)
        assert audit.verify(conn).ok  # the hash chain alone is fooled
    by_admin = check_as(audited, "admin", ADMIN_PASS)
    assert by_admin.ok and not by_admin.macs_checked  # and says it did not check MACs
    result = check_as(audited, "audrey", AUDITOR_PASS)
    assert not result.ok
    assert result.report.why is Detail.AUDIT_MAC_WRONG
    assert result.report.first_broken_seq == target


def test_stripping_macs_is_caught_even_by_hash_only_verification(audited: Path) -> None:
    with insider(audited) as s:
        conn = s.vault.conn
        drop_guards(conn)
        head = conn.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
        conn.execute("UPDATE audit_events SET mac = '' WHERE seq = ?", (head - 1,))
    result = check_as(audited, "admin", ADMIN_PASS)
    assert not result.ok and result.report.why is Detail.AUDIT_MAC_MISSING


def test_a_removed_seal_is_reported_to_the_auditor_it_was_for(audited: Path) -> None:
    with insider(audited) as s:
        s.vault.conn.execute("DELETE FROM audit_key_seals WHERE user = 'audrey'")
    result = check_as(audited, "audrey", AUDITOR_PASS)
    assert not result.ok and result.report.why is Detail.AUDIT_KEY_SEAL_ALTERED


def test_roles_and_clearance_granted_by_sql_are_found(audited: Path) -> None:
    with insider(audited) as s:
        conn = s.vault.conn
        conn.execute("UPDATE users SET clearance = 'SECRET' WHERE name = 'olivia'")
        conn.execute("INSERT INTO user_roles (user, role) VALUES ('olivia', 'admin')")
    for user, passphrase in (("audrey", AUDITOR_PASS), ("admin", ADMIN_PASS)):
        result = check_as(audited, user, passphrase)
        assert result.report.ok  # the chain itself is intact ...
        assert not result.ok and result.unrecorded == ["olivia"]  # ... the grant is not


def test_changes_made_through_the_service_are_accounted_for(audited: Path) -> None:
    with Session.sign_in(audited, "admin", ADMIN_PASS) as admin:
        admin.users.set_clearance("olivia", Marking.SECRET)
        admin.users.set_roles("olivia", [Role.OFFICER, Role.CHAIR])
    assert check_as(audited, "audrey", AUDITOR_PASS).ok


def test_rewriting_from_the_first_mac_with_a_new_sealed_key(audited: Path) -> None:
    """The known limit (docs/audit-chain.md): the first starting key has no MACed event
    before it, so an insider can seal a key of their own to the auditor's public key and
    re-MAC everything from there. Only a checkpoint taken before catches that."""
    with Session.sign_in(audited, "audrey", AUDITOR_PASS) as s:
        cp = checkpoints.of_head(s.vault.conn, s.vault.vault_id)
        public = s.vault.slot_public_key("audrey")
        vault_id = s.vault.vault_id
    assert cp is not None and public is not None
    with insider(audited) as s:
        conn = s.vault.conn
        drop_guards(conn)
        first = conn.execute(
            "SELECT seq, details FROM audit_events WHERE action = 'audit key started'"
        ).fetchone()
        forged = os.urandom(32)
        details = json.loads(first[1])
        details["key_id"] = mac_chain.key_id(forged)
        text = json.dumps(details, sort_keys=True, separators=(",", ":"))
        conn.execute("UPDATE audit_events SET details = ? WHERE seq = ?", (text, first[0]))
        rehash_from(conn, first[0])
        conn.execute("DELETE FROM audit_key_seals")
        mac_chain.store_seal(
            conn,
            mac_chain.seal(forged, vault_id=vault_id, epoch=1, user="audrey", public_key=public),
        )
        key = forged
        rows = conn.execute(
            "SELECT seq, hash FROM audit_events WHERE seq > ? ORDER BY seq", (first[0],)
        ).fetchall()
        for seq, digest in rows:
            conn.execute(
                "UPDATE audit_events SET mac = ? WHERE seq = ?",
                (mac_chain.event_mac(key, digest), seq),
            )
            key = mac_chain.evolve(key)
        conn.execute("UPDATE audit_mac_state SET key = ?", (key,))
    # Without a checkpoint the forgery holds together (the documented limit) ...
    # (the insider's own lock event was MACed with the key they set: consistent)
    assert check_as(audited, "audrey", AUDITOR_PASS).ok
    # ... but the checkpoint's MAC no longer matches, for anyone.
    for user, passphrase in (("audrey", AUDITOR_PASS), ("admin", ADMIN_PASS)):
        result = check_as(audited, user, passphrase, cp)
        assert not result.ok
        assert result.report.why is Detail.AUDIT_CHECKPOINT_DIVERGED


# -- checkpoints ------------------------------------------------------------------------


def test_a_checkpoint_is_reached_by_an_untouched_chain(audited: Path) -> None:
    with Session.sign_in(audited, "admin", ADMIN_PASS) as s:
        cp = checkpoints.of_head(s.vault.conn, s.vault.vault_id)
    assert cp is not None
    assert check_as(audited, "admin", ADMIN_PASS, cp).ok


def test_an_older_copy_of_the_vault_does_not_reach_a_later_checkpoint(
    audited: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old-copy"
    shutil.copytree(audited, old)
    (old / "vault.lock").unlink(missing_ok=True)
    with Session.sign_in(audited, "admin", ADMIN_PASS) as s:
        cp = checkpoints.of_head(s.vault.conn, s.vault.vault_id)
    assert cp is not None
    shutil.rmtree(audited)
    shutil.copytree(old, audited)
    # The older copy is self-consistent: every MAC holds for the auditor ...
    assert check_as(audited, "audrey", AUDITOR_PASS).ok
    # ... but it stops before the checkpoint.
    result = check_as(audited, "audrey", AUDITOR_PASS, cp)
    # (Signing in to check wrote events again: the checkpoint's number may now exist, as
    # another event; either way the chain does not reach it.)
    assert not result.ok
    assert result.report.why in (
        Detail.AUDIT_CHECKPOINT_BEYOND_HEAD,
        Detail.AUDIT_CHECKPOINT_DIVERGED,
    )
    assert result.report.first_broken_seq == cp.seq


# -- auditors come and go --------------------------------------------------------------


def test_a_later_auditor_checks_from_their_epoch_and_the_first_checks_all(audited: Path) -> None:
    add_auditor(audited, "aled")
    first = check_as(audited, "audrey", AUDITOR_PASS)
    later = check_as(audited, "aled", AUDITOR_PASS)
    assert first.ok and later.ok
    assert first.report.macs_unchecked == 0
    assert later.report.macs_unchecked > 0 and later.report.macs_checked > 0
    assert later.key_holders == ["aled", "audrey"]


def test_a_disabled_auditor_holds_no_key_to_new_events(audited: Path) -> None:
    with Session.sign_in(audited, "admin", ADMIN_PASS) as admin:
        admin.users.disable_user("audrey")
    result = check_as(audited, "admin", ADMIN_PASS)
    assert result.ok and result.key_holders == []


# -- an older vault ---------------------------------------------------------------------


def test_a_vault_from_before_macs_upgrades_and_its_old_chain_verifies(tmp_path: Path) -> None:
    folder = tmp_path / "v7"
    real = schema.migrate
    schema.migrate = lambda conn, target=None: real(conn, 7)  # the program of version 7
    try:
        s = Session.create_vault(folder, admin="admin", passphrase=ADMIN_PASS, kdf_params=FAST_KDF)
        s.users.add_user("audrey", [Role.AUDITOR], AUDITOR_PASS, Marking.OFFICIAL)
        s.users.add_user("olivia", [Role.OFFICER], OFFICER_PASS)
        old_events = s.vault.conn.execute("SELECT count(*) FROM audit_events").fetchone()[0]
        s.lock()
    finally:
        schema.migrate = real
    with Session.sign_in(folder, "audrey", AUDITOR_PASS) as s:  # upgrades, starts the MACs
        assert schema.current_version(s.vault.conn) == schema.latest_version()
        s.users.change_own_passphrase(AUDITOR_PASS)
        events = list(s.audit.events())
    assert all(e.mac == "" for e in events[:old_events])
    started = [e for e in events if e.action == "audit key started"]
    assert len(started) == 1 and started[0].seq > old_events
    result = check_as(folder, "audrey", AUDITOR_PASS)
    assert result.ok, (result.report.reason, result.unrecorded)
    assert result.report.macs_checked > 0
