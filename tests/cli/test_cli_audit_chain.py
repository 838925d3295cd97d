"""`audit verify`, `audit verify --checkpoint` and `audit checkpoint` against an insider
holding the database key (issue 10, finding 3), with the real `minisign` command."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from securedesk.core.session import Session

from ..conftest import OFFICER_PASS
from ..core.test_audit_forward_secure import AUDITOR_PASS, add_auditor, blame_oscar, drop_guards
from .conftest import Cli, assert_refused


@pytest.fixture
def audited(vault: Path) -> Path:
    add_auditor(vault)
    return vault


def as_auditor(cli: Cli, vault: Path, *argv: str | Path):
    return cli.as_user(vault, "audrey", AUDITOR_PASS, *argv)


def checkpoint(cli: Cli, vault: Path, out: Path) -> None:
    r = as_auditor(cli, vault, "audit", "checkpoint", "--out", out)
    assert r.code == 0, r.err
    assert out.is_file() and Path(str(out) + ".minisig").is_file()


def test_untouched_vault_verifies_with_macs_for_an_auditor(cli: Cli, audited: Path) -> None:
    r = as_auditor(cli, audited, "audit", "verify")
    assert r.code == 0, r.err
    assert "Audit chain intact" in r.out and "MACs checked:" in r.out
    r = cli.as_admin(audited, "audit", "verify")
    assert r.code == 0, r.err
    assert "MACs were NOT checked" in r.out


def test_checkpoint_verifies_with_the_real_minisign(
    cli: Cli, audited: Path, tmp_path: Path
) -> None:
    if shutil.which("minisign") is None:
        pytest.skip("minisign is not installed")
    out = tmp_path / "head.checkpoint"
    r = as_auditor(cli, audited, "--json", "audit", "checkpoint", "--out", out)
    assert r.code == 0, r.err
    public = r.json()["minisign_public"]
    done = subprocess.run(
        ["minisign", "-V", "-m", str(out), "-P", public], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert f"seq={r.json()['seq']}" in done.stdout
    # One byte changed and minisign refuses it.
    out.write_bytes(out.read_bytes().replace(b'"seq"', b'"seq" ', 1))
    done = subprocess.run(
        ["minisign", "-V", "-m", str(out), "-P", public], capture_output=True, text=True
    )
    assert done.returncode != 0


def test_checkpoint_reached_by_an_untouched_chain(cli: Cli, audited: Path, tmp_path: Path) -> None:
    out = tmp_path / "head.checkpoint"
    checkpoint(cli, audited, out)
    r = cli.as_admin(audited, "audit", "verify", "--checkpoint", out)
    assert r.code == 0, r.err
    assert "reaches the checkpoint" in r.out


def test_deleted_newest_events_fail_against_a_checkpoint(
    cli: Cli, audited: Path, tmp_path: Path
) -> None:
    out = tmp_path / "head.checkpoint"
    checkpoint(cli, audited, out)
    with Session.sign_in(audited, "olivia", OFFICER_PASS) as s:
        raw_key = bytes(s.vault._db_key)
    # The insider, with the database key and SQLite, after hours.
    from securedesk.core.vault import database

    conn = database.connect(audited / "vault.db", raw_key)
    try:
        drop_guards(conn)
        head = conn.execute("SELECT max(seq) FROM audit_events").fetchone()[0]
        conn.execute("DELETE FROM audit_events WHERE seq > ?", (head - 6,))
        conn.execute("UPDATE audit_mac_state SET next_seq = ?", (head - 5,))
    finally:
        conn.close()
    # Hash-only verification by an administrator: the checkpoint is what catches it.
    r = cli.as_admin(audited, "audit", "verify", "--checkpoint", out)
    assert_refused(r, 4, "audit chain is broken", "checkpoint", "older copy")
    # The auditor also sees the MACs fail without any checkpoint.
    r = as_auditor(cli, audited, "audit", "verify")
    assert_refused(r, 4, "audit chain is broken", "MAC")


def test_a_vault_folder_replaced_by_an_older_copy_fails(
    cli: Cli, audited: Path, tmp_path: Path
) -> None:
    checkpoint(cli, audited, tmp_path / "first.checkpoint")  # the terminal key exists by now
    older = tmp_path / "older"
    shutil.copytree(audited, older)
    (older / "vault.lock").unlink(missing_ok=True)
    for _ in range(2):
        r = cli.as_olivia(audited, "case", "add", "--source", "Police", "--subject", "Eira Lloyd")
        assert r.code == 0, r.err
    out = tmp_path / "head.checkpoint"
    checkpoint(cli, audited, out)
    shutil.rmtree(audited)
    shutil.copytree(older, audited)
    r = as_auditor(cli, audited, "audit", "verify")
    assert r.code == 0, r.err  # the older copy is consistent with itself ...
    r = as_auditor(cli, audited, "audit", "verify", "--checkpoint", out)
    assert_refused(r, 4, "audit chain is broken", "checkpoint")  # ... but not with the past


def test_rewritten_and_rehashed_chain_fails_for_an_auditor(cli: Cli, audited: Path) -> None:
    r = cli.as_olivia(audited, "case", "add", "--source", "Police", "--subject", "Eira Lloyd")
    assert r.code == 0, r.err
    with Session.sign_in(audited, "olivia", OFFICER_PASS) as s:
        conn = s.vault.conn
        target = blame_oscar(conn)
    r = cli.as_admin(audited, "audit", "verify")
    assert r.code == 0 and "MACs were NOT checked" in r.out  # hash-only is fooled, and says so
    r = as_auditor(cli, audited, "audit", "verify")
    assert_refused(r, 4, f"broken at event {target}", "MAC does not match", "rewritten")


def test_self_granted_clearance_and_admin_role_are_detected(cli: Cli, audited: Path) -> None:
    with Session.sign_in(audited, "olivia", OFFICER_PASS) as s:
        s.vault.conn.execute("UPDATE users SET clearance = 'SECRET' WHERE name = 'olivia'")
        s.vault.conn.execute("INSERT INTO user_roles (user, role) VALUES ('olivia', 'admin')")
    r = as_auditor(cli, audited, "audit", "verify")
    assert_refused(r, 4, "roles or clearance", "no event", "olivia")
    r = cli.as_admin(audited, "--json", "audit", "verify")
    assert r.code == 4
    assert r.json()["unrecorded_users"] == ["olivia"]


def test_a_checkpoint_with_a_bad_signature_is_refused(
    cli: Cli, audited: Path, tmp_path: Path
) -> None:
    out = tmp_path / "head.checkpoint"
    checkpoint(cli, audited, out)
    out.write_bytes(out.read_bytes().replace(b'"seq": ', b'"seq": 1', 1))
    r = as_auditor(cli, audited, "audit", "verify", "--checkpoint", out)
    assert_refused(r, 4, "checkpoint", "cannot be used", "signature does not verify")
    Path(str(out) + ".minisig").unlink()
    r = as_auditor(cli, audited, "audit", "verify", "--checkpoint", out)
    assert_refused(r, 4, "checkpoint", "signature file", "cannot be read")


def test_no_mac_chain_before_any_auditor(cli: Cli, vault: Path) -> None:
    r = cli.as_admin(vault, "audit", "verify")
    assert r.code == 0, r.err
    assert "MAC chain starts once the vault has an auditor" in r.out


def test_a_copy_from_before_the_terminal_key_cannot_have_signed_a_checkpoint(
    cli: Cli, audited: Path, tmp_path: Path
) -> None:
    older = tmp_path / "older"
    shutil.copytree(audited, older)
    (older / "vault.lock").unlink(missing_ok=True)
    out = tmp_path / "head.checkpoint"
    checkpoint(cli, audited, out)  # makes the terminal key the older copy lacks
    shutil.rmtree(audited)
    shutil.copytree(older, audited)
    r = as_auditor(cli, audited, "audit", "verify", "--checkpoint", out)
    assert_refused(r, 4, "checkpoint", "no terminal key", "older than the checkpoint")
