"""`securedesk action add|update|list|show`: the support plan from the command, with every bad
input refused (exit code, one line, nothing written)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from securedesk.core.domain import CaseStatus
from securedesk.core.session import Session

from ..conftest import ADMIN_PASS, OFFICER_PASS
from ..vault_rows import content_digest
from .conftest import Cli, assert_refused

TODAY = date.today()


def _digest(vault: Path) -> str:
    with Session.sign_in(vault, "admin", ADMIN_PASS) as s:
        return content_digest(s.vault.conn)


def _events(cli: Cli, vault: Path, tmp_path: Path) -> list[dict[str, object]]:
    return cli.audit_events(vault, tmp_path / "audit.jsonl")


def _add(cli: Cli, vault: Path, ref: str, *extra: str) -> dict[str, object]:
    r = cli.as_olivia(
        vault, "--json", "action", "add", ref, "--text", "Mentoring sessions", "--agency",
        "Education", *extra,
    )  # fmt: skip
    assert r.code == 0, r.err
    return dict(r.json())


def test_add_update_and_list_with_overdue_flag(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    ref = refs["Evans"]
    late = _add(cli, vault, ref, "--owner", "Ms Ellis", "--due", "2020-03-01")
    assert (late["status"], late["overdue"], late["owner"]) == ("open", True, "Ms Ellis")
    assert late["agreed"] == TODAY.isoformat()
    later = _add(cli, vault, ref.lower(), "--due", (TODAY + timedelta(days=30)).isoformat())
    assert later["overdue"] is False and later["owner"] == "olivia"  # default: the user
    assert later["case"] == ref  # a reference typed in small letters finds the case

    r = cli.as_olivia(vault, "--json", "action", "list", "--overdue")
    assert [(x["id"], x["overdue"]) for x in r.json()] == [(late["id"], True)]
    assert set(r.json()[0]) >= {"id", "case", "text", "agency", "owner", "due", "status"}
    r = cli.as_olivia(vault, "action", "list")
    assert r.code == 0 and "open — OVERDUE" in r.out and "2 action(s), 1 overdue." in r.out
    r = cli.as_olivia(vault, "--json", "action", "list", "--mine")
    assert [x["id"] for x in r.json()] == [later["id"]]
    # One case narrows by the same rule (the service's) as the caseload.
    for flag, expected in (("--mine", later), ("--overdue", late)):
        r = cli.as_olivia(vault, "--json", "action", "list", "--case", ref, flag)
        assert [x["id"] for x in r.json()] == [expected["id"]]

    # By a unique prefix; the update is kept with who, when, the status and the note.
    r = cli.as_olivia(
        vault, "--json", "action", "update", str(late["id"])[:8].upper(), "--status", "done",
        "--note", "Three sessions attended",
    )  # fmt: skip
    assert r.code == 0, r.err
    assert (r.json()["status"], r.json()["overdue"]) == ("done", False)
    r = cli.as_olivia(
        vault, "action", "update", str(later["id"]), "--status", "in-progress", "--due",
        (TODAY + timedelta(days=60)).isoformat(), "--owner", "Youth service",
    )  # fmt: skip
    assert r.code == 0 and "in progress" in r.out
    r = cli.as_olivia(vault, "--json", "action", "show", str(later["id"])[:10])
    shown = r.json()
    assert (shown["owner"], shown["status"]) == ("Youth service", "in progress")
    (update,) = shown["updates"]
    assert (update["by"], update["status"], update["owner"]) == (
        "olivia",
        "in progress",
        "Youth service",
    )
    r = cli.as_olivia(vault, "--json", "action", "list", "--overdue")
    assert r.json() == []

    # The audit says which fields changed, never the note or the new owner's name.
    updated = [e for e in _events(cli, vault, tmp_path) if e["action"] == "action updated"]
    details = [e["details"] for e in updated]
    assert [d["fields"] for d in details]  # type: ignore[index] == [["status", "note"], ["status", "due", "owner"]]
    assert "Youth service" not in json.dumps(details)
    assert "Three sessions" not in json.dumps(details)


def test_the_chronology_dates_an_action_by_when_it_was_agreed(
    cli: Cli, vault: Path, refs: dict[str, str]
) -> None:
    ref = refs["Evans"]
    _add(cli, vault, ref, "--agreed", "2024-05-02", "--due", "2024-06-01")
    r = cli.as_olivia(vault, "--json", "case", "show", ref)
    rows = [c for c in r.json()["chronology"] if c["kind"] == "action"]
    assert [c["date"] for c in rows] == ["2024-05-02"]


def test_case_list_for_one_case_needs_the_gate(cli: Cli, vault: Path, refs: dict[str, str]) -> None:
    _add(cli, vault, refs["Evans"], "--due", "2021-01-01")
    # oscar's list of his own caseload holds none of olivia's actions.
    r = cli.as_oscar(vault, "--json", "action", "list")
    assert r.code == 0 and r.json() == []
    r = cli.as_oscar(vault, "action", "list", "--case", refs["Evans"])
    assert_refused(r, 5, "justification")
    r = cli.as_oscar(
        vault, "--json", "action", "list", "--case", refs["Evans"], "--justification", "panel"
    )
    assert [x["overdue"] for x in r.json()] == [True]


BAD_ADDS = [
    (["--due", "2026-13-01"], 2, "not a date"),
    (["--due", "1066-10-14"], 2, "not plausible"),
    (["--agreed", "2099-01-01"], 2, "future"),
    (["--agreed", "2026-01-10", "--due", "2026-01-01"], 2, "before the action was agreed"),
    (["--owner", "x" * 201], 2, "longer than"),
]


@pytest.mark.parametrize(("extra", "code", "words"), BAD_ADDS)
def test_bad_add_is_refused_and_writes_nothing(
    cli: Cli, vault: Path, refs: dict[str, str], extra: list[str], code: int, words: str
) -> None:
    before = _digest(vault)
    r = cli.as_olivia(
        vault, "action", "add", refs["Evans"], "--text", "Visit", "--agency", "Police", *extra
    )
    assert_refused(r, code, words)
    assert _digest(vault) == before


@pytest.mark.parametrize(
    ("text", "words"), [("", "cannot be empty"), ("   ", "cannot be empty"), ("x" * 2001, "long")]
)
def test_bad_text_is_refused(
    cli: Cli, vault: Path, refs: dict[str, str], text: str, words: str
) -> None:
    before = _digest(vault)
    r = cli.as_olivia(vault, "action", "add", refs["Evans"], "--text", text, "--agency", "Police")
    assert_refused(r, 2, words)
    assert _digest(vault) == before


def test_cases_not_visible_or_closed_are_refused(
    cli: Cli, vault: Path, refs: dict[str, str]
) -> None:
    before = _digest(vault)
    # Above olivia's clearance, even with a reason: the message says nothing of the case.
    r = cli.as_olivia(
        vault, "action", "add", refs["Rees"], "--text", "Visit", "--agency", "Police",
        "--justification", "cover",
    )  # fmt: skip
    assert_refused(r, 5, refs["Rees"])
    assert "SECRET" not in r.err.replace("OFFICIAL-SENSITIVE", "")
    # Outside the caseload without a reason.
    r = cli.as_olivia(vault, "action", "add", refs["Hughes"], "--text", "V", "--agency", "P")
    assert_refused(r, 5, "justification")
    r = cli.as_olivia(vault, "action", "add", "WF-1999-9999", "--text", "V", "--agency", "P")
    assert r.code == 2 and "WF-1999-9999" in r.err
    assert _digest(vault) == before
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        s.cases.change_status(refs["Jones"], CaseStatus.CLOSED, "No concern")
    before = _digest(vault)
    r = cli.as_olivia(vault, "action", "add", refs["Jones"], "--text", "V", "--agency", "P")
    assert_refused(r, 2, "is closed", "reopen")
    assert _digest(vault) == before


def test_bad_updates_are_refused_and_write_nothing(
    cli: Cli, vault: Path, refs: dict[str, str]
) -> None:
    action = _add(cli, vault, refs["Evans"], "--due", "2027-01-01")
    aid = str(action["id"])
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as s:
        secret = s.actions.add(refs["Rees"], "Secret plan", "Police", "PC Rowe", None)
    before = _digest(vault)
    cases: list[tuple[list[str], int, str]] = [
        ([aid, "--status", "finished"], 2, "not an action status"),
        ([aid, "--due", "01/02/2027"], 2, "not a date"),
        ([aid], 2, "changes nothing"),
        ([aid, "--status", "open"], 2, "changes nothing"),  # already open
        ([aid, "--note", "n" * 2001], 2, "longer than"),
        ([aid, "--owner", " "], 2, "cannot be empty"),
        (["ffffffff-0000", "--status", "done"], 2, "No action has an id beginning"),
        ([aid[:2], "--status", "done"], 2, "too short"),
        # An action of a case above olivia's clearance is not even found.
        ([secret.id, "--status", "done"], 2, "No action has an id beginning"),
    ]
    for argv, code, words in cases:
        r = cli.as_olivia(vault, "action", "update", *argv)
        assert_refused(r, code, words)
        assert secret.description not in r.err
    # oscar may see his own SECRET action but not olivia's without a reason.
    r = cli.as_oscar(vault, "action", "update", aid, "--status", "done")
    assert_refused(r, 5, "justification")
    assert _digest(vault) == before
