"""Minutes amendments (issue 11): a partial amendment keeps the fields it was not given, the
text it replaces is kept for the chair and the auditor, and the audit names fields, not text."""

from __future__ import annotations

from pathlib import Path

from securedesk.core.access import Role
from securedesk.core.markings import Marking
from securedesk.core.session import Session

from ..conftest import ADMIN_PASS
from ..vault_rows import content_digest
from .conftest import Cli, assert_refused
from .test_cli_meetings import _meeting

AUDITOR_PASS = "an auditor reads the history too"


def _minutes(cli: Cli, vault: Path, meeting_id: str, ref: str, *fields: str):  # type: ignore[no-untyped-def]
    return cli.as_oscar(vault, "--json", "meeting", "minutes", meeting_id, ref, *fields)


def test_partial_amendment_keeps_other_fields_and_history(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    meeting_id = _meeting(cli, vault, refs)
    ref = refs["Hughes"]
    r = _minutes(
        cli, vault, meeting_id, ref, "--discussion", "Talked about school", "--decision",
        "Adopt", "--rationale", "Concern rising", "--dissent", "Housing disagreed",
    )  # fmt: skip
    assert r.code == 0, r.err
    r = _minutes(cli, vault, meeting_id, ref, "--discussion", "Talked about school and home")
    assert r.code == 0, r.err
    now = r.json()
    assert (now["discussion"], now["decision"], now["rationale"], now["dissent"]) == (
        "Talked about school and home",
        "Adopt",
        "Concern rising",
        "Housing disagreed",
    )
    # '' clears a field on purpose; the rest stay.
    r = _minutes(cli, vault, meeting_id, ref, "--dissent", "")
    assert r.code == 0 and r.json()["dissent"] == "" and r.json()["decision"] == "Adopt"

    r = cli.as_oscar(vault, "--json", "meeting", "minutes-history", meeting_id[:8], ref.lower())
    assert r.code == 0, r.err
    history = r.json()
    assert history["current"]["discussion"] == "Talked about school and home"
    assert [v["fields_changed"] for v in history["earlier"]] == [["discussion"], ["dissent"]]
    assert history["earlier"][0]["discussion"] == "Talked about school"
    assert history["earlier"][1]["dissent"] == "Housing disagreed"
    r = cli.as_oscar(vault, "meeting", "minutes-history", meeting_id, ref)
    assert "Before amendment 1" in r.out and "Housing disagreed" in r.out

    events = cli.audit_events(vault, tmp_path / "audit.jsonl")
    amended = [e for e in events if e["action"] == "minutes amended"]
    assert [e["details"]["fields"] for e in amended] == [["discussion"], ["dissent"]]
    assert not any("school" in str(e["details"]) for e in events)
    viewed = [e for e in events if e["action"] == "minutes history viewed"]
    assert len(viewed) == 2 and viewed[0]["object_type"] == "case"

    # The auditor may read it back; an officer may not, and no one reads a case above them.
    with Session.sign_in(vault, "admin", ADMIN_PASS) as admin:
        admin.users.add_user("audrey", [Role.AUDITOR], AUDITOR_PASS, Marking.OFFICIAL_SENSITIVE)
    with Session.sign_in(vault, "audrey", AUDITOR_PASS) as s:
        s.users.change_own_passphrase(AUDITOR_PASS)
    r = cli.as_user(vault, "audrey", AUDITOR_PASS, "--json", "meeting", "minutes-history",
                    meeting_id, ref)  # fmt: skip
    assert r.code == 0, r.err
    assert len(r.json()["earlier"]) == 2
    r = cli.as_olivia(vault, "meeting", "minutes-history", meeting_id, ref)
    assert_refused(r, 5, "manage meetings or audit")
    r = cli.as_user(vault, "audrey", AUDITOR_PASS, "meeting", "minutes-history", meeting_id,
                    refs["Rees"])  # fmt: skip
    assert_refused(r, 5, refs["Rees"])


def test_an_amendment_that_changes_nothing_or_empties_all_is_refused(
    cli: Cli, vault: Path, refs: dict[str, str]
) -> None:
    meeting_id = _meeting(cli, vault, refs)
    ref = refs["Evans"]
    r = _minutes(cli, vault, meeting_id, ref)
    assert_refused(r, 2, "at least one of")
    assert _minutes(cli, vault, meeting_id, ref, "--decision", "Adopt").code == 0
    with Session.sign_in(vault, "admin", ADMIN_PASS) as s:
        before = content_digest(s.vault.conn)
    for fields, words in (
        ([], "already say this"),
        (["--decision", "Adopt"], "already say this"),
        (["--decision", ""], "at least one of"),
        (["--rationale", "x" * 20_001], "longer than"),
    ):
        assert_refused(_minutes(cli, vault, meeting_id, ref, *fields), 2, words)
    r = cli.as_oscar(vault, "meeting", "minutes-history", meeting_id, refs["Hughes"])
    assert_refused(r, 2, "No minutes of case")
    with Session.sign_in(vault, "admin", ADMIN_PASS) as s:
        assert content_digest(s.vault.conn) == before
