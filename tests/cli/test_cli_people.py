"""`person search|show|merge` and `case add`'s likely duplicates: messages, exit codes,
nothing written when refused, and the gate's rules."""

from __future__ import annotations

from pathlib import Path

from securedesk.core.domain import Identifier, Person, PersonLink
from securedesk.core.session import Session

from ..conftest import OFFICER_PASS
from ..vault_rows import content_digest
from .conftest import Cli, assert_refused


def _digest(vault: Path) -> str:
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        return content_digest(s.vault.conn)


def test_case_add_refuses_a_likely_duplicate_until_the_officer_chooses(
    cli: Cli, vault: Path, refs: dict[str, str]
) -> None:
    # seed: olivia's Bryn Evans, born 1990-06-01 (refs["Evans"])
    before = _digest(vault)
    again = cli.as_olivia(
        vault,
        "case",
        "add",
        "--subject",
        "BRYN  ÉVANS",
        "--dob",
        "1990-06-01",
        "--source",
        "Police",
    )
    assert_refused(again, 2, "look like a subject you gave", "--person ID", "--new-person")
    assert "Bryn Evans born 1990-06-01" in again.err and refs["Evans"] in again.err
    assert _digest(vault) == before
    # Oscar's SECRET Dafydd Rees is never offered to olivia (OFFICIAL-SENSITIVE).
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as s:
        rees_dob = s.store.get_case(s.store.case_id_for_ref(refs["Rees"])).subjects[0].date_of_birth
        evans_id = s.store.get_case(s.store.case_id_for_ref(refs["Evans"])).subjects[0].id
    assert rees_dob is not None
    new_rees = cli.as_olivia(
        vault,
        "--json",
        "case",
        "add",
        "--subject",
        "Dafydd Rees",
        "--dob",
        rees_dob.isoformat(),
        "--source",
        "Police",
    )
    assert new_rees.code == 0, new_rees.err
    # Using the held person: no new person record.
    used = cli.as_olivia(
        vault, "--json", "case", "add", "--person", evans_id[:8], "--source", "Health"
    )
    assert used.code == 0, used.err
    shown = cli.as_olivia(vault, "--json", "person", "show", evans_id[:8]).json()
    assert [c["ref"] for c in shown["cases"]] == [refs["Evans"], used.json()["ref"]]
    # Confirming a new person anyway.
    confirmed = cli.as_olivia(
        vault,
        "case",
        "add",
        "--subject",
        "Bryn Evans",
        "--dob",
        "1990-06-01",
        "--new-person",
        "--source",
        "Police",
    )
    assert confirmed.code == 0, confirmed.err
    before = _digest(vault)
    assert_refused(
        cli.as_olivia(
            vault, "case", "add", "--new-person", "--person", evans_id, "--source", "Police"
        ),
        2,
        "--subject",
    )
    assert_refused(
        cli.as_olivia(vault, "case", "add", "--person", "zzzz9999", "--source", "Police"),
        2,
        "no person",
    )
    assert_refused(
        cli.as_olivia(vault, "case", "add", "--person", "ab", "--source", "Police"),
        2,
        "too short",
    )
    assert _digest(vault) == before


def test_person_search_and_show_with_links_and_the_gate(
    cli: Cli, vault: Path, refs: dict[str, str]
) -> None:
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as s:
        case = s.store.get_case(s.store.case_id_for_ref(refs["Hughes"]))
        carys = case.subjects[0]
        mother = Person("Eirlys", "Hughes", identifiers=[Identifier("NI", "QQ123456C")])
        s.store.add_person(mother, "2026-01-01T00:00:00+00:00")
        s.store.add_person_link(PersonLink(carys.id, mother.id, "mother"))
    found = cli.as_olivia(vault, "--json", "person", "search", "hughes").json()
    by_name = {h["names"][0]: h for h in found}
    assert by_name["Carys Hughes"]["cases"] == [refs["Hughes"]]
    assert by_name["Carys Hughes"]["dob"] == "1985-02-03"
    assert set(by_name) == {"Carys Hughes", "Eirlys Hughes"}
    assert cli.as_olivia(vault, "--json", "person", "search", "Rees").json() == []  # SECRET
    text = cli.as_olivia(vault, "person", "search", "hughes").out
    assert "Carys Hughes" in text and refs["Hughes"] in text
    # Oscar's case: olivia needs a justification, recorded on the case.
    assert_refused(cli.as_olivia(vault, "person", "show", carys.id), 5, "caseload")
    shown = cli.as_olivia(
        vault, "person", "show", carys.id[:8], "--justification", "Strategy meeting"
    )
    assert shown.code == 0, shown.err
    assert "Eirlys Hughes (mother)" in shown.out and refs["Hughes"] in shown.out
    as_mother = cli.as_oscar(vault, "person", "show", mother.id[:8])
    assert "mother of Carys Hughes" in as_mother.out and "NI: QQ123456C" in as_mother.out
    assert "Cases of linked people" in as_mother.out
    assert_refused(cli.as_olivia(vault, "person", "search", "!"), 2, "at least 2")
    assert_refused(cli.as_olivia(vault, "person", "show", "00000000"), 2, "no person")


def test_person_merge_from_the_command(cli: Cli, vault: Path, refs: dict[str, str]) -> None:
    confirmed = cli.as_olivia(
        vault,
        "--json",
        "case",
        "add",
        "--subject",
        "Bryn Evans",
        "--dob",
        "1990-06-01",
        "--new-person",
        "--source",
        "Police",
    )
    assert confirmed.code == 0, confirmed.err
    people = cli.as_olivia(vault, "--json", "person", "search", "Bryn Evans").json()
    keep, other = sorted(people, key=lambda h: h["cases"][0])
    before = _digest(vault)
    assert_refused(cli.as_olivia(vault, "person", "merge", keep["id"], other["id"]), 2, "--reason")
    assert_refused(
        cli.as_olivia(vault, "person", "merge", keep["id"], keep["id"], "--reason", "x"),
        2,
        "two different people",
    )
    assert _digest(vault) == before
    merged = cli.as_olivia(
        vault, "person", "merge", keep["id"][:8], other["id"][:8], "--reason", "Same man"
    )
    assert merged.code == 0, merged.err
    shown = cli.as_olivia(vault, "person", "show", keep["id"][:8]).out
    assert "was merged into this one" in shown and "Same man" in shown
    assert refs["Evans"] in shown and confirmed.json()["ref"] in shown
    old = cli.as_olivia(vault, "person", "show", other["id"][:8]).out
    assert f"Merged into {keep['id'][:8]}" in old
    before = _digest(vault)
    assert_refused(
        cli.as_olivia(vault, "person", "merge", keep["id"], other["id"], "--reason", "x"),
        2,
        "was merged into",
    )
    # oscar's Hughes case: olivia may not change it without a justification.
    hughes = cli.as_oscar(vault, "--json", "person", "search", "Carys").json()[0]["id"]
    assert_refused(
        cli.as_olivia(vault, "person", "merge", keep["id"], hughes, "--reason", "x"),
        5,
        "cannot be merged by you",
    )
    assert _digest(vault) == before
