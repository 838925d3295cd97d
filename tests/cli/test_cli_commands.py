"""The `securedesk` command's happy paths, driven in-process through `run(argv)`."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from securedesk import __version__
from securedesk.core.audit import chain as audit
from securedesk.core.session import Session

from ..conftest import ADMIN_PASS, OFFICER_PASS, folder_digest
from ..keyring_memory import MemoryKeyring
from .conftest import Cli, assert_refused

NEW_PASS = "a brand new passphrase for olivia"
TODAY = date.today()
REF = re.compile(rf"^WF-{TODAY.year}-\d{{4}}$")


# -- init -------------------------------------------------------------------------------


def test_init_binds_the_vault_to_this_terminal(
    cli: Cli, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    folder = tmp_path / "new-vault"
    secret = cli.passfile(ADMIN_PASS)
    r = cli(
        "--vault", folder, "--passphrase-file", secret, "--json",
        "init", "--admin", "chief", "--name", "Room 4", "--org", "Test council",
    )  # fmt: skip
    assert r.code == 0, r.err
    doc = r.json()
    assert doc["admin"] == "chief"
    assert doc["vault"] == str(folder)
    assert doc["terminal_binding"] is True
    assert doc["terminal_name"] == "Room 4"
    assert doc["organisation"] == "Test council"
    assert ("SecureDesk terminal binding", f"vault:{doc['vault_id']}") in memory_keyring.secrets
    assert {p.name for p in folder.iterdir()} >= {"vault.db", "keyslots.json"}

    r = cli.as_user(folder, "chief", ADMIN_PASS, "--json", "user", "list")
    assert r.code == 0, r.err
    (chief,) = r.json()
    assert chief["name"] == "chief"
    assert chief["roles"] == ["admin"]
    assert chief["must_change_passphrase"] is False

    # Bound: without this terminal's keyring secret the passphrase alone does not open it.
    memory_keyring.secrets.clear()
    assert_refused(cli.as_user(folder, "chief", ADMIN_PASS, "user", "list"), 3, "keyring")


def test_init_without_terminal_binding_says_so_and_opens_anywhere(
    cli: Cli, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    folder = tmp_path / "empty-folder"
    folder.mkdir()  # an existing but empty folder is fine
    r = cli(
        "init", "--admin", "chief", "--no-terminal-binding",
        "--vault", folder, "--passphrase-file", cli.passfile(ADMIN_PASS),
    )  # fmt: skip
    assert r.code == 0, r.err
    assert "NOT bound to this terminal" in r.out
    assert "--no-terminal-binding" in r.out
    assert memory_keyring.secrets == {}

    r = cli.as_user(folder, "chief", ADMIN_PASS, "--json", "user", "list")
    assert r.code == 0, r.err
    assert [u["name"] for u in r.json()] == ["chief"]


# -- users ------------------------------------------------------------------------------


def test_user_add_then_list(cli: Cli, vault: Path) -> None:
    one_time = cli.passfile("a one-time passphrase for priya")
    r = cli.as_admin(
        vault, "--json", "user", "add", "priya", "--role", "officer", "--role", "chair",
        "--clearance", "SECRET", "--display-name", "Priya Shah", "--new-passphrase-file", one_time,
    )  # fmt: skip
    assert r.code == 0, r.err
    assert r.json() == {"user": "priya", "roles": ["chair", "officer"]}

    r = cli.as_admin(vault, "--json", "user", "list")
    assert r.code == 0, r.err
    users = {u["name"]: u for u in r.json()}
    assert set(users) == {"admin", "olivia", "oscar", "priya"}
    assert users["priya"] == {
        "name": "priya",
        "display_name": "Priya Shah",
        "clearance": "SECRET",
        "roles": ["chair", "officer"],
        "disabled": False,
        "must_change_passphrase": True,
    }

    r = cli.as_admin(vault, "user", "list")
    assert r.code == 0, r.err
    row = next(line for line in r.out.splitlines() if line.startswith("priya"))
    assert "must change passphrase" in row
    assert "chair, officer" in row


def test_new_user_must_choose_own_passphrase_first(cli: Cli, vault: Path) -> None:
    one_time = "a one-time passphrase for priya"
    r = cli.as_admin(
        vault, "user", "add", "priya", "--role", "officer",
        "--new-passphrase-file", cli.passfile(one_time),
    )  # fmt: skip
    assert r.code == 0, r.err
    assert "must choose their own passphrase" in r.out

    assert_refused(
        cli.as_user(vault, "priya", one_time, "case", "list"), 5, "one-time", "user passwd priya"
    )
    r = cli.as_user(
        vault, "priya", one_time, "--json",
        "user", "passwd", "priya", "--new-passphrase-file", cli.passfile(NEW_PASS),
    )  # fmt: skip
    assert r.code == 0, r.err
    assert r.json() == {"user": "priya", "changed": True}

    assert_refused(cli.as_user(vault, "priya", one_time, "case", "list"), 3, "not correct")
    r = cli.as_user(vault, "priya", NEW_PASS, "--json", "case", "list")
    assert r.code == 0, r.err
    assert r.json() == []


def test_user_changes_own_passphrase(cli: Cli, vault: Path) -> None:
    r = cli.as_olivia(
        vault, "user", "passwd", "olivia", "--new-passphrase-file", cli.passfile(NEW_PASS)
    )
    assert r.code == 0, r.err
    assert "Your passphrase is changed." in r.out
    assert_refused(
        cli.as_olivia(vault, "case", "list"), 3, "user name or the passphrase is not correct"
    )
    r = cli.as_user(vault, "olivia", NEW_PASS, "case", "list")
    assert r.code == 0, r.err


def _one_time_from(text: str) -> str:
    match = re.search(r"change it at their next sign-in\): (\S+)$", text.strip())
    assert match, text
    return match.group(1)


def test_admin_reset_prints_a_one_time_passphrase_that_must_be_changed(
    cli: Cli, vault: Path
) -> None:
    r = cli.as_admin(vault, "user", "passwd", "olivia")
    assert r.code == 0, r.err
    one_time = _one_time_from(r.out)
    assert len(one_time) >= 12

    # The one-time passphrase signs in but opens nothing else; the old one is gone.
    assert_refused(
        cli.as_user(vault, "olivia", one_time, "case", "list"), 5, "one-time", "user passwd"
    )
    assert_refused(
        cli.as_user(
            vault, "olivia", one_time, "case", "add", "--source", "Police", "--subject", "Ann Jones"
        ),
        5,
        "one-time",
    )
    assert_refused(cli.as_olivia(vault, "case", "list"), 3, "not correct")
    r = cli.as_admin(vault, "--json", "user", "list")
    assert {u["name"]: u for u in r.json()}["olivia"]["must_change_passphrase"] is True

    r = cli.as_user(
        vault, "olivia", one_time,
        "user", "passwd", "olivia", "--new-passphrase-file", cli.passfile(NEW_PASS),
    )  # fmt: skip
    assert r.code == 0, r.err
    r = cli.as_user(vault, "olivia", NEW_PASS, "--json", "case", "list")
    assert r.code == 0, r.err
    assert_refused(cli.as_user(vault, "olivia", one_time, "case", "list"), 3, "not correct")


def test_admin_reset_json_and_from_file(cli: Cli, vault: Path) -> None:
    r = cli.as_admin(vault, "--json", "user", "passwd", "oscar")
    assert r.code == 0, r.err
    issued = r.json()["one_time_passphrase"]
    assert isinstance(issued, str)
    assert len(issued) >= 12
    assert_refused(cli.as_user(vault, "oscar", issued, "case", "list"), 5, "one-time")

    chosen = "chosen by the administrator"
    r = cli.as_admin(
        vault, "--json", "user", "passwd", "oscar", "--new-passphrase-file", cli.passfile(chosen)
    )
    assert r.code == 0, r.err
    assert r.json() == {"user": "oscar", "one_time_passphrase": None}  # not echoed back
    assert chosen not in r.out
    assert_refused(cli.as_user(vault, "oscar", chosen, "case", "list"), 5, "one-time")
    assert_refused(cli.as_user(vault, "oscar", issued, "case", "list"), 3, "not correct")


def test_user_disable(cli: Cli, vault: Path, refs: dict[str, str]) -> None:
    r = cli.as_admin(vault, "--json", "user", "disable", "olivia")
    assert r.code == 0, r.err
    assert r.json() == {"user": "olivia", "disabled": True, "key_rotated": True}

    assert_refused(cli.as_olivia(vault, "case", "list"), 3, "olivia", "disabled")

    # The database key was rotated: the other users still open the vault.
    r = cli.as_oscar(vault, "--json", "case", "list")
    assert r.code == 0, r.err
    assert len(r.json()) == 4
    r = cli.as_admin(vault, "--json", "user", "list")
    assert {u["name"]: u for u in r.json()}["olivia"]["disabled"] is True
    r = cli.as_admin(vault, "--json", "audit", "verify")
    assert r.code == 0, r.err
    assert r.json()["ok"] is True


def test_user_roles(cli: Cli, vault: Path) -> None:
    r = cli.as_admin(
        vault, "--json", "user", "roles", "olivia", "--role", "officer", "--role", "auditor"
    )
    assert r.code == 0, r.err
    assert r.json() == {"user": "olivia", "roles": ["auditor", "officer"]}
    r = cli.as_admin(vault, "--json", "user", "list")
    assert {u["name"]: u for u in r.json()}["olivia"]["roles"] == ["auditor", "officer"]
    # The new role takes effect: olivia may now verify the audit chain.
    r = cli.as_olivia(vault, "--json", "audit", "verify")
    assert r.code == 0, r.err
    assert r.json()["ok"] is True


def test_only_administrators_manage_users(cli: Cli, vault: Path) -> None:
    assert_refused(cli.as_olivia(vault, "user", "list"), 5, "administer")
    assert_refused(cli.as_olivia(vault, "user", "disable", "oscar"), 5, "administer")
    r = cli.as_admin(vault, "--json", "user", "list")
    assert {u["name"]: u for u in r.json()}["oscar"]["disabled"] is False


# -- cases ------------------------------------------------------------------------------


def test_case_add_with_subjects_dob_and_marking(cli: Cli, vault: Path) -> None:
    child_dob = date(TODAY.year - 12, 3, 4)
    r = cli.as_olivia(
        vault, "--json", "case", "add", "--source", "Police",
        "--subject", "Ann  Jones", "--dob", child_dob.isoformat(),
        "--subject", "Tom Jones", "--marking", "official",
    )  # fmt: skip
    assert r.code == 0, r.err
    doc = r.json()
    assert REF.match(doc["ref"]), doc
    assert doc["owner"] == "olivia"
    assert doc["marking"] == "OFFICIAL"

    r = cli.as_olivia(vault, "--json", "case", "show", doc["ref"])
    assert r.code == 0, r.err
    shown = r.json()
    assert shown["id"] == doc["id"]
    assert shown["status"] == "referral"
    assert shown["referral_date"] == TODAY.isoformat()
    assert [(s["name"], s["date_of_birth"], s["child"]) for s in shown["subjects"]] == [
        ("Ann Jones", child_dob.isoformat(), True),
        ("Tom Jones", None, False),
    ]

    r = cli.as_olivia(vault, "case", "add", "--source", "Police", "--subject", "Bryn Evans")
    assert r.code == 0, r.err
    match = re.fullmatch(r"Opened case (\S+)\n", r.out)
    assert match, r.out
    assert match.group(1) != doc["ref"]
    assert REF.match(match.group(1))


def test_case_add_for_another_owner(cli: Cli, vault: Path) -> None:
    r = cli.as_olivia(
        vault,
        "--json",
        "case",
        "add",
        "--source",
        "Police",
        "--subject",
        "Ann Jones",
        "--owner",
        "oscar",
    )
    assert r.code == 0, r.err
    assert r.json()["owner"] == "oscar"
    ref = r.json()["ref"]
    r = cli.as_oscar(vault, "--json", "case", "list", "--mine")
    assert [(c["ref"], c["subjects"]) for c in r.json()] == [(ref, "Ann Jones")]
    r = cli.as_olivia(vault, "--json", "case", "list", "--mine")
    assert r.json() == []
    # Now outside olivia's caseload: she needs a justification to open it.
    assert_refused(cli.as_olivia(vault, "case", "show", ref), 5, "outside your caseload")


def test_case_list_leaves_out_cases_above_clearance(
    cli: Cli, vault: Path, refs: dict[str, str]
) -> None:
    # olivia is cleared to OFFICIAL-SENSITIVE: the SECRET case is not even listed.
    r = cli.as_olivia(vault, "--json", "case", "list")
    assert r.code == 0, r.err
    assert [c["ref"] for c in r.json()] == sorted(v for k, v in refs.items() if k != "Rees")
    r = cli.as_olivia(vault, "--json", "case", "search", "Rees")
    assert r.json() == []


def test_case_list_json(cli: Cli, vault: Path, refs: dict[str, str]) -> None:
    r = cli.as_oscar(vault, "--json", "case", "list")
    assert r.code == 0, r.err
    rows = r.json()
    assert [c["ref"] for c in rows] == sorted(refs.values())
    by_ref = {c["ref"]: c for c in rows}
    jones = by_ref[refs["Jones"]]
    assert jones["subjects"] == "Ann Jones"
    assert jones["status"] == "referral"
    assert jones["marking"] == "OFFICIAL-SENSITIVE"
    assert jones["owner"] == "olivia"
    assert jones["child"] is True
    assert by_ref[refs["Evans"]]["status"] == "information gathering"
    assert by_ref[refs["Hughes"]]["marking"] == "OFFICIAL"
    assert by_ref[refs["Rees"]]["marking"] == "SECRET"
    assert by_ref[refs["Rees"]]["owner"] == "oscar"


def test_case_list_text(cli: Cli, vault: Path, refs: dict[str, str]) -> None:
    r = cli.as_olivia(vault, "case", "list", "--mine")
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0].split()[:3] == ["ref", "subjects", "status"]
    assert lines[-1] == "2 of 2 case(s)"
    assert refs["Jones"] in r.out
    assert refs["Hughes"] not in r.out


def test_case_show_own_case(cli: Cli, vault: Path, refs: dict[str, str]) -> None:
    r = cli.as_olivia(vault, "case", "show", refs["Evans"])
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    # The marking heads and closes the view.
    assert lines[0] == "OFFICIAL-SENSITIVE"
    assert lines[-1] == "OFFICIAL-SENSITIVE"
    assert f"Case {refs['Evans']} — information gathering — owner olivia" in r.out
    assert "Subject: Bryn Evans, born 1990-06-01" in r.out
    assert "A red bicycle was seen near the depot." in r.out

    r = cli.as_olivia(vault, "--json", "case", "show", refs["Evans"])
    assert r.code == 0, r.err
    doc = r.json()
    assert doc["ref"] == refs["Evans"]
    assert [i["text"] for i in doc["items"]] == ["A red bicycle was seen near the depot."]
    assert doc["withheld_items"] == 0


def test_case_outside_caseload_needs_a_recorded_justification(
    cli: Cli, vault: Path, tmp_path: Path, refs: dict[str, str]
) -> None:
    hughes = refs["Hughes"]
    assert_refused(
        cli.as_olivia(vault, "case", "show", hughes), 5, hughes, "outside your caseload",
        "--justification",
    )  # fmt: skip
    assert_refused(
        cli.as_olivia(vault, "case", "show", hughes, "--justification", "   "), 5, "caseload"
    )
    reason = "Covering for oscar at the panel on Thursday"
    r = cli.as_olivia(vault, "--json", "case", "show", hughes, "--justification", reason)
    assert r.code == 0, r.err
    assert r.json()["ref"] == hughes

    events = cli.audit_events(vault, tmp_path / "audit.jsonl")
    views = [
        e
        for e in events
        if e["user"] == "olivia" and (e["action"] == "case viewed" or "refused" in e["action"])
    ]
    assert [(e["action"], e["outcome"], e["justification"]) for e in views] == [
        ("refused: no justification", "refused", ""),
        ("refused: no justification", "refused", ""),
        ("case viewed", "success", reason),
    ]
    assert views[-1]["details"] == {"ref": hughes, "in_caseload": False}


def test_case_show_above_clearance_is_refused(cli: Cli, vault: Path, refs: dict[str, str]) -> None:
    # olivia's clearance is OFFICIAL-SENSITIVE; Rees is SECRET
    assert_refused(
        cli.as_olivia(vault, "case", "show", refs["Rees"], "--justification", "panel cover"),
        5,
        "clearance",
    )


def test_case_search(cli: Cli, vault: Path, refs: dict[str, str]) -> None:
    r = cli.as_olivia(vault, "--json", "case", "search", "Hughes")
    assert r.code == 0, r.err
    assert r.json() == [
        {
            "ref": refs["Hughes"],
            "subjects": "Carys Hughes",
            "marking": "OFFICIAL",
            "owner": "oscar",
            "matched": ["person"],
        }
    ]
    # Items are searched too, and the last word matches as a prefix.
    r = cli.as_olivia(vault, "--json", "case", "search", "bicycle dep")
    assert r.code == 0, r.err
    assert [(h["ref"], h["matched"]) for h in r.json()] == [(refs["Evans"], ["item"])]

    r = cli.as_olivia(vault, "case", "search", "nobody-by-that-name")
    assert r.code == 0, r.err
    assert r.out.splitlines()[-1] == "0 case(s)"


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ('"', []),
        ('"Jones', ["Jones"]),
        ('Jones"', ["Jones"]),
        ("*", []),
        ("Jon*", ["Jones"]),
        ("(", []),
        ("Jones)", ["Jones"]),
        ("(Ann Jones)", ["Jones"]),
        ("NEAR", ["Evans"]),  # the word "near" in an item on Evans
        ("NEAR(Jones Ann)", []),  # every word is required
        ("Ann NEAR Jones", []),
        ("-", []),
        ("-Jones", ["Jones"]),
        ("Ann -Jones", ["Jones"]),
        (":", []),
        ("subjects:Jones", []),
        ("given_name:Ann", []),
        ("^", []),
        ("^Jones", ["Jones"]),
        ("Jones OR", []),
        ("NOT Jones", []),
        ("{Jones}", ["Jones"]),
        ("Jones + Ann", ["Jones"]),
        ("'", []),
        ("", []),
        ("   ", []),
        ("\\", []),
    ],
)
def test_case_search_with_fts_syntax_characters(
    cli: Cli, vault: Path, query: str, found: list[str], refs: dict[str, str]
) -> None:
    r = cli.as_olivia(vault, "--json", "case", "search", "--", query)
    assert r.code == 0, (query, r.err)
    assert "Traceback" not in r.err
    hits = [h["ref"] for h in r.json()]
    # Operators are never interpreted: the words in the query are just words to find.
    assert hits == [refs[name] for name in found]


def test_case_status_workflow(cli: Cli, vault: Path, tmp_path: Path, refs: dict[str, str]) -> None:
    ref = refs["Jones"]

    def status() -> str:
        r = cli.as_olivia(vault, "--json", "case", "show", ref)
        assert r.code == 0, r.err
        return str(r.json()["status"])

    r = cli.as_olivia(vault, "--json", "case", "status", ref, "information gathering")
    assert r.code == 0, r.err
    assert r.json() == {"ref": ref, "status": "information gathering"}
    r = cli.as_olivia(vault, "case", "status", ref, "assessment")
    assert r.code == 0, r.err
    assert r.out == f"Case {ref} is now at 'assessment'.\n"

    assert_refused(cli.as_olivia(vault, "case", "status", ref, "review"), 2, "can move to", "panel")
    assert_refused(cli.as_olivia(vault, "case", "status", ref, "finished"), 2, "not a case status")
    assert_refused(
        cli.as_olivia(vault, "case", "status", ref, "closed"), 2, "outcome", "no-further-action"
    )
    closing = ("--outcome", "no-further-action")
    assert_refused(
        cli.as_olivia(vault, "case", "status", ref, "closed", *closing), 2, "closing reason"
    )
    assert_refused(
        cli.as_olivia(vault, "case", "status", ref, "closed", "--reason", "  ", *closing),
        2,
        "closing reason",
    )
    assert status() == "assessment"
    case_id = cli.as_olivia(vault, "--json", "case", "show", ref).json()["id"]
    events = cli.audit_events(vault, tmp_path / "audit.jsonl")
    changes = [
        e["details"]
        for e in events
        if e["action"] == "status changed" and e["object_id"] == case_id
    ]
    assert changes == [
        {"from": "referral", "to": "information gathering"},
        {"from": "information gathering", "to": "assessment"},
    ]

    reason = "No further concerns after assessment"
    r = cli.as_olivia(vault, "case", "status", ref, "closed", "--reason", reason, *closing)
    assert r.code == 0, r.err
    r = cli.as_olivia(vault, "--json", "case", "show", ref)
    assert (r.json()["status"], r.json()["closing_reason"]) == ("closed", reason)
    r = cli.as_olivia(vault, "case", "status", ref, "referral")
    assert r.code == 0, r.err
    assert status() == "referral"


# -- items ------------------------------------------------------------------------------


def test_item_add_from_text_file(
    cli: Cli, vault: Path, tmp_path: Path, refs: dict[str, str]
) -> None:
    ref = refs["Jones"]
    text = "Ann was seen at the library on Tuesday.\nSecond line with Welsh: ŵ ŷ.\n"
    note = tmp_path / "note.txt"
    note.write_text(text, encoding="utf-8")
    r = cli.as_olivia(
        vault, "--json", "item", "add", ref, "--agency", "Education", "--text-file", note,
        "--date", "2024-02-01", "--caveat", "not for panel", "--source-grade", "B",
        "--info-grade", "2", "--marking", "OFFICIAL",
    )  # fmt: skip
    assert r.code == 0, r.err
    doc = r.json()
    assert doc["ref"] == ref
    assert doc["marking"] == "OFFICIAL"

    r = cli.as_olivia(vault, "--json", "case", "show", ref)
    (item,) = r.json()["items"]
    assert item["id"] == doc["id"]
    assert item["text"] == text.strip()
    assert item["agency"] == "Education"
    assert item["author"] == "olivia"
    assert item["date"] == "2024-02-01"
    assert item["grading"] == "B2"
    assert item["caveats"] == ["not for panel"]
    # A lower marking does not lower the case's.
    assert r.json()["marking"] == "OFFICIAL-SENSITIVE"

    r = cli.as_olivia(vault, "item", "add", ref, "--agency", "Police", "--text-file", note)
    assert r.code == 0, r.err
    assert re.fullmatch(rf"Recorded item \S+ on {ref}\.\n", r.out), r.out


def test_item_marked_above_its_case_raises_the_case_marking(
    cli: Cli, vault: Path, tmp_path: Path, refs: dict[str, str]
) -> None:
    ref = refs["Hughes"]  # oscar's OFFICIAL case; oscar is cleared to SECRET
    note = tmp_path / "note.txt"
    note.write_text("Sensitive reporting.", encoding="utf-8")
    r = cli.as_oscar(
        vault, "--json", "item", "add", ref, "--agency", "Police", "--text-file", note,
        "--marking", "SECRET",
    )  # fmt: skip
    assert r.code == 0, r.err
    assert r.json()["marking"] == "SECRET"
    r = cli.as_oscar(vault, "--json", "case", "list", "--mine")
    assert {c["ref"]: c["marking"] for c in r.json()}[ref] == "SECRET"
    r = cli.as_oscar(vault, "case", "show", ref)
    assert r.out.splitlines()[0] == "SECRET"


def test_item_supersedes_another(
    cli: Cli, vault: Path, tmp_path: Path, refs: dict[str, str]
) -> None:
    ref = refs["Jones"]
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Seen on the 3rd.", encoding="utf-8")
    second.write_text("Correction: seen on the 4th.", encoding="utf-8")
    r = cli.as_olivia(
        vault, "--json", "item", "add", ref, "--agency", "Police", "--text-file", first
    )
    old_id = r.json()["id"]
    r = cli.as_olivia(
        vault, "--json", "item", "add", ref, "--agency", "Police", "--text-file", second,
        "--supersedes", old_id,
    )  # fmt: skip
    assert r.code == 0, r.err
    new_id = r.json()["id"]

    r = cli.as_olivia(vault, "--json", "case", "show", ref)
    items = {i["id"]: i for i in r.json()["items"]}
    assert items[old_id]["text"] == "Seen on the 3rd."  # never changed in place
    assert items[old_id]["superseded_by"] == new_id
    assert items[new_id]["supersedes"] == old_id
    r = cli.as_olivia(vault, "case", "show", ref)
    assert "[superseded]" in r.out

    # An item of another case cannot be superseded from here.
    r = cli.as_olivia(
        vault, "item", "add", refs["Evans"], "--agency", "Police", "--text-file", second,
        "--supersedes", old_id,
    )  # fmt: skip
    assert_refused(r, 2, old_id, "not an item of case")


# -- audit ------------------------------------------------------------------------------


def test_audit_verify(cli: Cli, vault: Path, refs: dict[str, str]) -> None:
    r = cli.as_admin(vault, "--json", "audit", "verify")
    assert r.code == 0, r.err
    doc = r.json()
    assert doc["ok"] is True
    assert doc["first_broken"] is None
    assert doc["events"] > 10
    assert re.fullmatch(r"[0-9a-f]{64}", doc["head"])

    r = cli.as_admin(vault, "audit", "verify")
    assert r.code == 0, r.err
    assert r.out.startswith("Audit chain intact: ")


def test_audit_export_writes_json_lines_atomically(
    cli: Cli, vault: Path, tmp_path: Path, refs: dict[str, str]
) -> None:
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    out = out_dir / "audit.jsonl"
    out.write_text("old content that must be replaced entirely\n", encoding="utf-8")
    r = cli.as_admin(vault, "--json", "audit", "export", "--out", out)
    assert r.code == 0, r.err
    doc = r.json()
    assert doc["out"] == str(out)

    assert [p.name for p in out_dir.iterdir()] == ["audit.jsonl"]  # no temporary files
    lines = out.read_text("utf-8").splitlines()
    assert len(lines) == doc["events"]
    events = [json.loads(line) for line in lines]
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1))
    assert events[0]["prev_hash"] == "0" * 64
    for before, after in itertools.pairwise(events):
        assert after["prev_hash"] == before["hash"]
    assert events[0]["action"] == "vault created"
    assert {"at", "user", "category", "action", "object_type", "object_id", "justification",
            "outcome", "details"} <= set(events[0])  # fmt: skip
    assert any(e["action"] == "case added" and e["user"] == "oscar" for e in events)

    # The export itself is an audited disclosure, seen by the next export.
    r = cli.as_admin(vault, "audit", "export", "--out", out)
    assert r.code == 0, r.err
    assert r.out.startswith("Wrote ")
    again = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    exported = [e for e in again if e["action"] == "audit log exported"]
    assert [e["details"] for e in exported] == [{"events": len(events)}]
    assert exported[0]["category"] == "disclosure"
    assert [p.name for p in out_dir.iterdir()] == ["audit.jsonl"]


def test_audit_export_failing_midway_leaves_the_old_file(
    cli: Cli, vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    out = out_dir / "audit.jsonl"
    out.write_text("the previous export\n", encoding="utf-8")
    real_iter_events = audit.iter_events

    def failing(conn: object) -> Iterator[audit.AuditEvent]:
        events = real_iter_events(conn)
        yield next(events)
        yield next(events)
        raise OSError("disk full")

    monkeypatch.setattr(audit, "iter_events", failing)
    r = cli.as_admin(vault, "audit", "export", "--out", out)
    assert r.code == 1
    assert "Traceback" not in r.err
    assert len(r.err_lines) == 1
    assert out.read_text(encoding="utf-8") == "the previous export\n"
    assert [p.name for p in out_dir.iterdir()] == ["audit.jsonl"]

    monkeypatch.setattr(audit, "iter_events", real_iter_events)
    events = cli.audit_events(vault, out)
    assert [e for e in events if e["action"] == "audit log exported"] == []


def test_audit_needs_the_audit_permission(cli: Cli, vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "audit.jsonl"
    assert_refused(cli.as_olivia(vault, "audit", "verify"), 5, "audit")
    assert_refused(cli.as_olivia(vault, "audit", "export", "--out", out), 5, "audit")
    assert not out.exists()
    assert list(tmp_path.glob(".audit.jsonl.*")) == []


# -- invented data ----------------------------------------------------------------------


def test_demo_data_needs_an_administrator(cli: Cli, vault: Path) -> None:
    assert_refused(cli.as_olivia(vault, "demo-data", "--cases", "3"), 5, "administer")


# -- global options, version, usage -----------------------------------------------------


def test_global_options_before_or_after_the_command(
    cli: Cli, vault: Path, refs: dict[str, str]
) -> None:
    secret = cli.passfile(OFFICER_PASS)
    before = cli("--vault", vault, "--user", "olivia", "--passphrase-file", secret, "--json",
                 "case", "list", "--mine")  # fmt: skip
    after = cli("case", "list", "--mine", "--json", "--passphrase-file", secret,
                "--user", "olivia", "--vault", vault)  # fmt: skip
    mixed = cli("--vault", vault, "case", "list", "--user", "olivia", "--mine",
                "--passphrase-file", secret, "--json")  # fmt: skip
    for r in (before, after, mixed):
        assert r.code == 0, r.err
    # updated_at is the same too: listing changes no case.
    assert before.json() == after.json() == mixed.json()
    assert [c["ref"] for c in before.json()] == [refs["Jones"], refs["Evans"]]

    r = cli("case", "add", "--source", "Police", "--subject", "Eira Lloyd", "--vault", vault,
            "--json", "--user", "oscar",
            "--passphrase-file", cli.passfile(OFFICER_PASS))  # fmt: skip
    assert r.code == 0, r.err
    assert r.json()["owner"] == "oscar"


def test_version(cli: Cli) -> None:
    r = cli("--version")
    assert r.code == 0
    assert r.out.strip() == f"securedesk {__version__}"


@pytest.mark.parametrize(
    "argv",
    [
        ["bogus"],
        ["--no-such-option"],
        ["case", "add"],
        ["case", "explode"],
        ["case", "list", "--limit", "many"],
        ["case", "list", "--sort", "colour"],
        ["case", "add", "--source", "Police", "--subject", "Ann Jones", "--dob", "31/12/2000"],
        ["case", "add", "--source", "Police", "--subject", "Ann Jones", "--dob", "2001-02-30"],
        ["user", "add", "priya", "--role", "king"],
        ["user", "add", "priya"],
        ["item", "add", "WF-2026-0001", "--text-file", "x.txt"],
        [
            "item",
            "add",
            "WF-2026-0001",
            "--agency",
            "Police",
            "--text-file",
            "x.txt",
            "--source-grade",
            "Z",
        ],
        ["init"],
        ["demo-data", "--cases", "ten"],
        ["--vault"],
    ],
)
def test_usage_errors_exit_2_with_one_line(cli: Cli, vault: Path, argv: list[str]) -> None:
    before = folder_digest(vault)
    r = cli("--vault", vault, "--user", "olivia", "--passphrase-file", cli.passfile(OFFICER_PASS),
            *argv)  # fmt: skip
    assert_refused(r, 2, "securedesk --help")
    assert folder_digest(vault) == before  # refused before anyone signed in


def test_command_needs_a_user(cli: Cli, vault: Path) -> None:
    r = cli("--vault", vault, "--passphrase-file", cli.passfile(OFFICER_PASS), "case", "list")
    assert_refused(r, 2, "--user")


def test_case_list_paging_bounds(cli: Cli, vault: Path) -> None:
    assert_refused(cli.as_olivia(vault, "case", "list", "--limit", "0"), 2, "--limit")
    assert_refused(cli.as_olivia(vault, "case", "list", "--offset", "-1"), 2, "--offset")


def test_no_command_opens_the_window_on_the_default_or_demo_vault(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import securedesk.app
    from securedesk.core.paths import default_vault, demo_vault

    calls: list[tuple[Path, bool]] = []
    monkeypatch.setattr(
        securedesk.app, "run_gui", lambda folder, *, demo: calls.append((folder, demo)) or 0
    )
    assert cli().code == 0
    assert cli("--demo").code == 0
    assert cli("--vault", tmp_path / "v").code == 0
    assert calls == [(default_vault(), False), (demo_vault(), True), (tmp_path / "v", False)]


def test_signed_in_session_is_released(cli: Cli, vault: Path) -> None:
    """After every command the vault is locked again: the session API can open it."""
    r = cli.as_olivia(vault, "case", "add", "--source", "Police", "--subject", "Ann Jones")
    assert r.code == 0, r.err
    assert_refused(cli.as_olivia(vault, "case", "show", "WF-1999-0001"), 2, "no case")
    with Session.sign_in(vault, "admin", ADMIN_PASS) as s:
        assert s.audit.verify().ok
