"""`securedesk retention ...`: the two-person rule, bad inputs, the register's content."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from securedesk.core import session as session_module
from securedesk.core.clock import FixedClock

from ..core.retention_fixtures import (
    AUDITOR_PASS,
    CANARIES,
    RELATIVE,
    fill_case,
    found_in,
    make_retention_vault,
    sign_in,
)
from ..vault_rows import content_digest
from .conftest import Cli, assert_refused


@pytest.fixture
def rvault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    make_retention_vault(folder)
    return folder


def _digest(folder: Path) -> str:
    s = sign_in(folder, "admin")
    try:
        return content_digest(s.vault.conn)
    finally:
        s.lock()


def ada(cli: Cli, vault: Path, *argv: str | Path):  # type: ignore[no-untyped-def]
    return cli.as_user(vault, "ada", AUDITOR_PASS, *argv)


def alan(cli: Cli, vault: Path, *argv: str | Path):  # type: ignore[no-untyped-def]
    return cli.as_user(vault, "alan", AUDITOR_PASS, *argv)


def test_two_people_destroy_and_the_register_holds_no_personal_data(
    cli: Cli, rvault: Path, tmp_path: Path
) -> None:
    made = fill_case(rvault, tmp_path)
    ref = made.ref.lower()  # references are matched without regard to case
    r = ada(cli, rvault, "retention", "propose", ref, "--reason", "Recorded in error")
    assert r.code == 0, r.err
    assert "retention approve" in r.out
    before = _digest(rvault)
    # The proposer cannot approve: exit 5, nothing destroyed.
    assert_refused(ada(cli, rvault, "retention", "approve", ref), 5, "different user", made.ref)
    # An officer (no audit permission) cannot; nor an administrator (no auditor role).
    assert_refused(cli.as_olivia(rvault, "retention", "approve", ref), 5, "audit")
    assert_refused(cli.as_admin(rvault, "retention", "approve", ref), 5, "auditor role")
    assert _digest(rvault) == before
    # Already proposed: exit 5, the first proposal stands.
    assert_refused(
        alan(cli, rvault, "retention", "propose", ref, "--reason", "again"), 5, "already proposed"
    )
    due = alan(cli, rvault, "--json", "retention", "due")
    assert [(r["ref"], r["proposed_by"], r["due"]) for r in due.json()] == [
        (made.ref, "ada", False)
    ]
    r = alan(cli, rvault, "--json", "retention", "approve", ref)
    assert r.code == 0, r.err
    entry = r.json()
    assert entry["approved_by"] == "alan" and entry["proposed_by"] == "ada"
    assert entry["reason"] == "Recorded in error"
    # The register and the audit export hold no personal data.
    register = alan(cli, rvault, "--json", "retention", "register")
    assert [e["ref"] for e in register.json()] == [made.ref]
    text = register.out + alan(cli, rvault, "retention", "register").out
    assert found_in(text.encode(), (*CANARIES, RELATIVE, "Prydderch", "Sharedperson")) == []
    events = cli.audit_events(rvault, tmp_path / "audit.jsonl")
    export = (tmp_path / "audit.jsonl").read_bytes()
    assert found_in(export, (*CANARIES, RELATIVE, "Prydderch", "Sharedperson")) == []
    actions = [e["action"] for e in events]
    assert "refused: own destruction proposal" in actions
    assert "refused: needs auditor role" in actions
    assert actions.count("case destroyed") == 1 and "freed space wiped" in actions
    # The chain still verifies after destruction.
    r = alan(cli, rvault, "audit", "verify")
    assert r.code == 0, r.err
    # The case is gone for everyone.
    assert_refused(cli.as_oscar(rvault, "case", "show", made.ref), 2, made.ref)


def test_bad_inputs_are_refused_and_change_nothing(cli: Cli, rvault: Path, tmp_path: Path) -> None:
    made = fill_case(rvault, tmp_path)
    ref = made.ref
    before = _digest(rvault)
    cases = [
        (("retention", "propose", "WF-1999-0404", "--reason", "x"), 2, "WF-1999-0404"),
        (("retention", "approve", "WF-1999-0404"), 2, "WF-1999-0404"),
        (("retention", "keep", ref, "--until", "2030-13-01", "--reason", "x"), 2, "not a date"),
        (("retention", "keep", ref, "--until", "2026-10-01", "--reason", "x"), 2, "after today"),
        (("retention", "keep", ref, "--until", "2090-01-01", "--reason", "x"), 2, "at most"),
        (("retention", "keep", ref, "--until", "2031-01-01", "--reason", " "), 2, "reason"),
        (("retention", "keep", ref, "--until", "2031-01-01"), 2, "--reason"),
        (("retention", "propose", ref), 2, "--reason"),
        (("retention", "propose", ref, "--reason", ""), 2, "reason"),
        (("retention", "due", "--on", "yesterday"), 2, "not a date"),
        # Not due: closed today, reviewed in six years.
        (("retention", "keep", ref, "--until", "2040-01-01", "--reason", "x"), 5, "not due"),
        # Nothing proposed to approve.
        (("retention", "approve", ref), 5, "not been proposed"),
        # A reason naming the subject (or their alias) would outlive the case.
        (("retention", "propose", ref, "--reason", "zyqvexcanary moved away"), 2, "names"),
    ]
    for argv, code, word in cases:
        assert_refused(ada(cli, rvault, *argv), code, word)
    assert _digest(rvault) == before


def test_keep_moves_the_review_date(
    cli: Cli, rvault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = fill_case(rvault, tmp_path)
    # Seven years on, the case is due.

    later = FixedClock("2033-06-01T09:00:00.000000+00:00", date(2033, 6, 1))
    real_init = session_module.Session.__init__

    def init(self, vault):  # type: ignore[no-untyped-def]
        real_init(self, vault)
        self.clock = later

    monkeypatch.setattr(session_module.Session, "__init__", init)
    due = ada(cli, rvault, "--json", "retention", "due")
    assert [r["ref"] for r in due.json()] == [made.ref]
    proposed = ada(cli, rvault, "retention", "propose", made.ref, "--reason", "Past review")
    assert proposed.code == 0, proposed.err
    r = alan(
        cli, rvault, "retention", "keep", made.ref, "--until", "2035-01-01", "--reason", "Appeal"
    )
    assert r.code == 0, r.err
    assert "2035-01-01" in r.out
    # Keeping withdrew the proposal; the case is no longer in the queue.
    assert ada(cli, rvault, "--json", "retention", "due").json() == []
    assert_refused(alan(cli, rvault, "retention", "approve", made.ref), 5, "not been proposed")
    earlier = ada(cli, rvault, "--json", "retention", "due", "--on", "2035-01-01").json()
    assert [r["review_date"] for r in earlier] == ["2035-01-01"]
    # An officer may not list the queue.
    assert_refused(cli.as_olivia(rvault, "retention", "due"), 5, "audit")
