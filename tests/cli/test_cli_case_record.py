"""`securedesk case assign|consent|edit` (issue 11, the case record): who may reassign, who may
own, consent with its history, review dates and the marking with a reason; every bad input
with its message and exit code, and nothing written."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from securedesk.core.access import Role
from securedesk.core.cases.case_inputs import earliest_birth_date
from securedesk.core.markings import Marking
from securedesk.core.session import Session

from ..conftest import ADMIN_PASS, OFFICER_PASS
from ..vault_rows import content_digest
from .conftest import Cli, assert_refused


def _digest(vault: Path) -> str:
    with Session.sign_in(vault, "admin", ADMIN_PASS) as s:
        return content_digest(s.vault.conn)


def _history(vault: Path, ref: str) -> list[tuple[str, ...]]:
    with Session.sign_in(vault, "admin", ADMIN_PASS) as s:
        return s.vault.conn.execute(
            "SELECT h.field, h.old_value, h.new_value, h.on_date, h.note, h.recorded_by "
            "FROM case_record_history h JOIN cases c ON c.id = h.case_id WHERE c.ref = ? "
            "ORDER BY h.recorded_at, h.field",
            (ref,),
        ).fetchall()


def _events(cli: Cli, vault: Path, tmp_path: Path) -> list[dict[str, object]]:
    return cli.audit_events(vault, tmp_path / f"audit-{len(list(tmp_path.iterdir()))}.jsonl")


@pytest.fixture
def people(vault: Path, refs: dict[str, str]) -> dict[str, str]:
    """More users: 'dora' an officer cleared to OFFICIAL, 'tess' a transfer officer, 'ivor'
    an officer since disabled, 'olga' an OFFICIAL-SENSITIVE officer."""
    with Session.sign_in(vault, "admin", ADMIN_PASS) as admin:
        admin.users.add_user("dora", [Role.OFFICER], OFFICER_PASS, Marking.OFFICIAL)
        admin.users.add_user("tess", [Role.TRANSFER], OFFICER_PASS, Marking.SECRET)
        admin.users.add_user("ivor", [Role.OFFICER], OFFICER_PASS, Marking.SECRET)
        admin.users.add_user("olga", [Role.OFFICER], OFFICER_PASS, Marking.OFFICIAL_SENSITIVE)
        admin.users.disable_user("ivor")
    with Session.sign_in(vault, "tess", OFFICER_PASS) as tess:
        tess.users.change_own_passphrase(OFFICER_PASS)
    return refs


def test_the_owner_a_chair_and_an_administrator_may_reassign(
    cli: Cli, vault: Path, people: dict[str, str], tmp_path: Path
) -> None:
    refs = people
    # The owner gives her case away, in lower case.
    r = cli.as_olivia(vault, "--json", "case", "assign", refs["Evans"].lower(), "--owner", "olga")
    assert r.code == 0, r.err
    assert r.json() == {"ref": refs["Evans"], "owner": "olga", "previous_owner": "olivia"}
    # A chair (oscar) reallocates a case he does not own, by duty.
    r = cli.as_oscar(vault, "case", "assign", refs["Evans"], "--owner", "olivia")
    assert r.code == 0, r.err
    assert r.out.strip() == f"Case {refs['Evans']} is now owned by olivia (was olga)."
    # An administrator moves a caseload (no case content read).
    r = cli.as_admin(vault, "case", "assign", refs["Hughes"], "--owner", "olivia")
    assert r.code == 0, r.err
    assert _history(vault, refs["Evans"]) == [
        ("owner", "olivia", "olga", None, "", "olivia"),
        ("owner", "olga", "olivia", None, "", "oscar"),
    ]
    events = [e for e in _events(cli, vault, tmp_path) if e["action"] == "case assigned"]
    assert [(e["user"], e["details"]) for e in events] == [
        ("olivia", {"ref": refs["Evans"], "from": "olivia", "to": "olga"}),
        ("oscar", {"ref": refs["Evans"], "from": "olga", "to": "olivia", "grounds": "duty"}),
        ("admin", {"ref": refs["Hughes"], "from": "oscar", "to": "olivia", "grounds": "duty"}),
    ]
    r = cli.as_olivia(vault, "--json", "case", "list", "--mine")
    assert {c["ref"] for c in r.json()} == {refs["Jones"], refs["Evans"], refs["Hughes"]}


def test_reassignment_refusals_write_nothing(
    cli: Cli, vault: Path, people: dict[str, str], tmp_path: Path
) -> None:
    refs = people
    before = _digest(vault)
    cases = [
        # Another officer may not, even with a justification-free try: exit 5, audited.
        (
            cli.as_olivia(vault, "case", "assign", refs["Hughes"], "--owner", "olivia"),
            5,
            f"Only the case's owner, a panel chair or an administrator may reassign case "
            f"{refs['Hughes']}",
        ),
        # The new owner must be a user ...
        (
            cli.as_olivia(vault, "case", "assign", refs["Evans"], "--owner", "nobody"),
            2,
            "There is no user 'nobody' to own cases",
        ),
        # ... enabled ...
        (
            cli.as_olivia(vault, "case", "assign", refs["Evans"], "--owner", "ivor"),
            5,
            "User 'ivor' is disabled and cannot own cases",
        ),
        # ... an officer ...
        (
            cli.as_olivia(vault, "case", "assign", refs["Evans"], "--owner", "tess"),
            5,
            "User 'tess' does not hold the officer role",
        ),
        (
            cli.as_olivia(vault, "case", "assign", refs["Evans"], "--owner", "admin"),
            5,
            "User 'admin' does not hold the officer role",
        ),
        # ... cleared for the case's marking.
        (
            cli.as_olivia(vault, "case", "assign", refs["Evans"], "--owner", "dora"),
            5,
            "User 'dora' is cleared to OFFICIAL and cannot own material marked OFFICIAL-SENSITIVE",
        ),
        (
            cli.as_olivia(vault, "case", "assign", refs["Evans"], "--owner", "olivia"),
            2,
            f"Case {refs['Evans']} is already owned by 'olivia'",
        ),
        # A chair's duty still needs clearance: olivia's clearance is below SECRET, and a
        # transfer officer may not reassign at all.
        (
            cli.as_user(
                vault, "tess", OFFICER_PASS, "case", "assign", refs["Evans"], "--owner", "olga"
            ),
            5,
            "edit cases",
        ),
        (cli.as_olivia(vault, "case", "assign", "WF-1999-0001", "--owner", "olga"), 2, "no case"),
        (cli.as_olivia(vault, "case", "assign", refs["Evans"]), 2, "--owner"),
    ]
    for result, code, words in cases:
        assert_refused(result, code, words)
    assert _digest(vault) == before
    refused = [
        e for e in _events(cli, vault, tmp_path) if e["action"] == "refused: case assignment"
    ]
    assert [(e["user"], e["outcome"]) for e in refused] == [("olivia", "refused")]


def test_consent_is_recorded_with_its_history(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    ref = refs["Jones"]
    r = cli.as_olivia(
        vault, "--json", "case", "consent", ref.lower(), "--status", "parental-given",
        "--date", "2026-01-02", "--note", "Mother signed the form.",
    )  # fmt: skip
    if r.code == 2 and "before case" in r.err:  # the seeded case was referred today
        r = cli.as_olivia(
            vault, "--json", "case", "consent", ref, "--status", "parental-given",
            "--note", "Mother signed the form.",
        )  # fmt: skip
    assert r.code == 0, r.err
    assert r.json()["status"] == "parental-given" and r.json()["recorded_by"] == "olivia"
    r = cli.as_olivia(vault, "case", "consent", ref, "--status", "withdrawn")
    assert r.code == 0, r.err
    assert r.out.startswith(f"Consent on case {ref}: withdrawn, ")
    shown = cli.as_olivia(vault, "--json", "case", "show", ref).json()
    assert shown["consent"] == "withdrawn"
    assert [(h["status"], h["recorded_by"], h["note"]) for h in shown["consent_history"]] == [
        ("not-sought", None, ""),
        ("parental-given", "olivia", "Mother signed the form."),
        ("withdrawn", "olivia", ""),
    ]
    text = cli.as_olivia(vault, "case", "show", ref).out
    assert "  Consent history:\n    not-sought, date not recorded; as opened\n" in text
    assert "; recorded by olivia " in text and "— Mother signed the form." in text
    event = [e for e in _events(cli, vault, tmp_path) if e["action"] == "consent recorded"][-1]
    details = event["details"]
    assert details["from"] == "parental consent given" and details["to"] == "withdrawn"
    assert "Mother" not in json.dumps([e["details"] for e in _events(cli, vault, tmp_path)])


def test_consent_bad_input_writes_nothing(cli: Cli, vault: Path, refs: dict[str, str]) -> None:
    ref = refs["Jones"]
    before = _digest(vault)
    cases = [
        (
            ["--status", "maybe"],
            2,
            "'maybe' is not a consent status. Use one of: given, refused, withdrawn, "
            "not-sought, parental-given",
        ),
        (
            ["--status", "given", "--date", "2999-01-01"],
            2,
            "The consent date (2999-01-01) is in the future",
        ),
        (
            ["--status", "given", "--date", "2001-01-01"],
            2,
            "The consent date 2001-01-01 is before case",
        ),
        (["--status", "given", "--date", "2026-13-01"], 2, "not a date"),
        (["--status", "given", "--note", "x" * 2001], 2, "The consent note is longer than 2000"),
        ([], 2, "--status"),
    ]
    for argv, code, words in cases:
        assert_refused(cli.as_olivia(vault, "case", "consent", ref, *argv), code, words)
    # Outside the caseload: the gate's rule (a justification) applies.
    assert_refused(
        cli.as_olivia(vault, "case", "consent", refs["Hughes"], "--status", "given"),
        5,
        "justification",
    )
    assert _digest(vault) == before


def test_review_dates_and_the_marking_with_a_reason(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    ref = refs["Hughes"]  # oscar's, OFFICIAL, no items
    r = cli.as_oscar(
        vault, "--json", "case", "edit", ref, "--next-review", "2099-05-01",
        "--retention-review", "2099-06-01",
    )  # fmt: skip
    assert r.code == 0, r.err
    assert r.json() == {"ref": ref, "changed": ["next_review", "retention_review"]}
    r = cli.as_oscar(
        vault, "case", "edit", ref, "--marking", "secret", "--reason", "Named in a SECRET report."
    )
    assert r.code == 0, r.err
    assert r.out.strip() == f"Case {ref}: changed marking."
    r = cli.as_oscar(vault, "case", "edit", ref, "--marking", "OFFICIAL", "--reason", "Re-read.")
    assert r.code == 0, r.err
    shown = cli.as_oscar(vault, "--json", "case", "show", ref).json()
    assert shown["marking"] == "OFFICIAL" and shown["next_review"] == "2099-05-01"
    marking_rows = [h for h in _history(vault, ref) if h[0] == "marking"]
    assert marking_rows == [
        ("marking", "OFFICIAL", "SECRET", None, "Named in a SECRET report.", "oscar"),
        ("marking", "SECRET", "OFFICIAL", None, "Re-read.", "oscar"),
    ]
    events = [e for e in _events(cli, vault, tmp_path) if e["action"] == "case record edited"]
    assert events[1]["details"] == {
        "ref": ref,
        "marking": {"from": "OFFICIAL", "to": "SECRET"},
        "reason_given": True,
    }
    assert "Named in" not in json.dumps([e["details"] for e in events])


def test_edit_bad_input_writes_nothing(cli: Cli, vault: Path, refs: dict[str, str]) -> None:
    ref = refs["Evans"]  # olivia's, OFFICIAL-SENSITIVE, holds an OFFICIAL-SENSITIVE item
    before = _digest(vault)
    cases = [
        ([], 2, "Nothing to change"),
        (["--reason", "why"], 2, "A reason is recorded only with a change of marking"),
        (["--marking", "OFFICIAL"], 2, f"A reason is required to change the marking of case {ref}"),
        (["--marking", "OFFICIAL", "--reason", "  "], 2, "A reason is required"),
        (
            ["--marking", "OFFICIAL", "--reason", "lower"],
            5,
            f"Case {ref} holds material marked OFFICIAL-SENSITIVE, so the case cannot be "
            "marked OFFICIAL",
        ),
        (
            ["--marking", "OFFICIAL-SENSITIVE", "--reason", "same"],
            2,
            "is already marked OFFICIAL-SENSITIVE",
        ),
        (["--marking", "SECRET", "--reason", "up"], 5, "SECRET"),  # above olivia's clearance
        (["--marking", "TOP-SECRET", "--reason", "up"], 2, "TOP-SECRET"),
        (["--next-review", "2001-01-01"], 2, "The next review date (2001-01-01) has passed"),
        (
            ["--retention-review", "2001-01-01"],
            2,
            "The retention review date (2001-01-01) has passed",
        ),
        (["--next-review", "soon"], 2, "not a date"),
    ]
    for argv, code, words in cases:
        assert_refused(cli.as_olivia(vault, "case", "edit", ref, *argv), code, words)
    assert _digest(vault) == before


# -- inputs checked (issue 11, item 7) -------------------------------------------------------


def test_case_add_needs_a_source_and_a_plausible_date_of_birth(
    cli: Cli, vault: Path, refs: dict[str, str]
) -> None:
    before = _digest(vault)
    r = cli.as_olivia(vault, "case", "add", "--subject", "Ann Jones")
    assert r.code == 2 and "the following arguments are required: --source" in r.err
    assert r.out == ""
    today = date.today()
    too_old = date(today.year - 121, 1, 1)
    for dob, words in (
        ("1800-01-01", "A date of birth of 1800-01-01 is more than 120 years ago (before "),
        (too_old.isoformat(), f"A date of birth of {too_old.isoformat()} is more than 120"),
        ((today + timedelta(days=1)).isoformat(), "The date of birth ("),
    ):
        assert_refused(
            cli.as_olivia(
                vault, "case", "add", "--subject", "Ann Jones", "--dob", dob, "--source", "Police"
            ),
            2,
            words,
        )
    assert_refused(
        cli.as_olivia(vault, "case", "add", "--subject", "Ann Jones", "--source", "  "),
        2,
        "The referral source cannot be empty",
    )
    assert _digest(vault) == before
    oldest = earliest_birth_date(today)  # the earliest accepted
    r = cli.as_olivia(
        vault, "case", "add", "--subject", "Ann Jones", "--dob", oldest.isoformat(),
        "--source", "Police", "--new-person",
    )  # fmt: skip
    assert r.code == 0, r.err


def test_caveats_come_from_the_policys_list(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    text = tmp_path / "item.txt"
    text.write_text("Seen near the depot.\n", "utf-8")
    ref = refs["Evans"]

    def item(*caveats: str) -> list[str]:
        argv = [a for c in caveats for a in ("--caveat", c)]
        return ["item", "add", ref, "--agency", "Police", "--text-file", str(text), *argv]

    before = _digest(vault)
    assert_refused(
        cli.as_olivia(vault, *item("police-only")),
        2,
        "'police-only' is not a handling caveat this vault uses. Choose from: 'not for panel', "
        "'originator consent before onward disclosure', 'not for disclosure to subject', "
        "'police only', 'health only'; or write 'other: REASON'",
    )
    for other in ("other", "Other:", "other:   "):
        assert_refused(
            cli.as_olivia(vault, *item("police only", other)),
            2,
            "The caveat 'other' needs a reason",
        )
    assert_refused(
        cli.as_admin(vault, "policy", "set", "caveats_allowed", "police only; other"),
        2,
        "The policy caveats_allowed is a list of caveats separated by semicolons",
    )
    assert _digest(vault) == before
    r = cli.as_olivia(
        vault, "--json", *item("Police Only", "other:  sub judice  until trial", "police only")
    )
    assert r.code == 0, r.err
    shown = cli.as_olivia(vault, "--json", "case", "show", ref).json()
    added = next(i for i in shown["items"] if i["id"] == r.json()["id"])
    assert added["caveats"] == ["police only", "other: sub judice until trial"]
    # An administrator narrows the list: what is not on it is refused.
    r = cli.as_admin(vault, "policy", "set", "caveats_allowed", "not for panel; Embargoed")
    assert r.code == 0, r.err
    assert_refused(cli.as_olivia(vault, *item("police only")), 2, "Choose from: 'not for panel'")
    r = cli.as_olivia(vault, *item("embargoed"))
    assert r.code == 0, r.err
