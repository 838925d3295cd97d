"""The one rule every exit asks (core/cases/caveats.py), and corrections inheriting the
caveats of what they correct (issue 10, finding 1)."""

from __future__ import annotations

from datetime import date

import pytest

from securedesk.core.cases.caveats import (
    Destination,
    Exit,
    inherited,
    may_leave,
    organisation_agencies,
)
from securedesk.core.domain import MeetingMember, Person
from securedesk.core.errors import InvalidInput
from securedesk.core.markings import Marking
from securedesk.core.meetings.pack_content import PackItem, withheld_from
from securedesk.core.session import Session

from ..vault_rows import content_digest

POLICE_MEMBER = Destination.panel_member("Police")
EDUCATION_MEMBER = Destination.panel_member(" education ")
POLICE_FORCE = Destination.organisation("Northshire Police", "northshire police = police")
COUNCIL = Destination.organisation("Southshire Council", "northshire police = police")
SUBJECT = Destination(Exit.SUBJECT_ACCESS)


@pytest.mark.parametrize(
    ("caveat", "allowed"),
    [
        ("not for disclosure to subject", [POLICE_MEMBER, EDUCATION_MEMBER, POLICE_FORCE, COUNCIL]),
        ("not for panel", []),
        ("POLICE  only", [POLICE_MEMBER, POLICE_FORCE]),
        ("health only", []),
        ("originator consent before onward disclosure", [EDUCATION_MEMBER]),
        ("Gold command only", []),
        ("", []),
    ],
)
def test_each_caveat_allows_only_its_destinations(caveat: str, allowed: list[Destination]) -> None:
    for place in (POLICE_MEMBER, EDUCATION_MEMBER, POLICE_FORCE, COUNCIL, SUBJECT):
        decision = may_leave([caveat], place, originator="Education")
        assert decision.allowed is (place in allowed), (caveat, place)
        if not decision.allowed:
            assert decision.blocking == (caveat,)


def test_unknown_caveats_are_never_overridable_and_known_ones_are() -> None:
    unknown = may_leave(["police only", "Gold command only"], COUNCIL)
    assert not unknown.allowed and not unknown.overridable
    assert unknown.codes == ["police-only", "unknown"]
    known = may_leave(["police only", "not for panel"], COUNCIL)
    assert known.overridable and known.codes == ["not-for-panel", "police-only"]
    assert may_leave([], COUNCIL).allowed and not may_leave([], COUNCIL).overridable


def test_packs_ask_the_same_rule() -> None:
    def item(*caveats: str) -> PackItem:
        return PackItem(
            "i", date(2026, 1, 1), "Health", Marking.OFFICIAL, "B2", caveats, "t", False
        )

    health = MeetingMember("m", "Dr Rees", "Health", Marking.SECRET)
    police = MeetingMember("m", "DS Jones", "Police", Marking.SECRET)
    assert not withheld_from(item("health only"), health)
    assert withheld_from(item("health only"), police)
    assert withheld_from(item("Gold command only"), health)
    assert not withheld_from(item("originator consent before onward disclosure"), health)


def test_inherited_caveats_follow_the_whole_chain() -> None:
    chain = inherited(
        [
            ("a", ["police only"], None),
            ("b", ["Not for panel"], "a"),
            ("c", ["not  for panel"], "b"),
            ("d", [], None),
        ]
    )
    assert chain == {
        "a": ["police only"],
        "b": ["Not for panel", "police only"],
        "c": ["not  for panel", "police only"],
        "d": [],
    }


def test_the_organisations_policy_form() -> None:
    assert organisation_agencies(" A  Police = POLICE ;; NHS = health ") == {
        "a police": "police",
        "nhs": "health",
    }
    for bad in ("A Police", "A = army", "= police", "A = police = health", "x" * 101 + "=police"):
        with pytest.raises(InvalidInput):
            organisation_agencies(bad)


def test_a_correction_carries_the_caveats_of_what_it_corrects(officer: Session) -> None:
    case = officer.cases.add_case(
        [Person("Siân", "Prydderch", date(2009, 5, 4))],
        referral_source="School",
        referral_date=date(2026, 3, 1),
    )
    first = officer.cases.add_item(
        case.ref, agency="Police", text="Original", caveats=["police only"]
    )
    second = officer.cases.add_item(
        case.ref, agency="Police", text="Corrected", supersedes=first.id, caveats=["Not For Panel"]
    )
    third = officer.cases.add_item(case.ref, agency="Police", text="Again", supersedes=second.id)
    stored = {s.item.id: s.item.caveats for s in officer.cases.open_case(case.ref).items}
    # Stored as the policy's list spells them (case_inputs.checked_caveats).
    assert stored[second.id] == ["not for panel", "police only"]
    assert stored[third.id] == ["not for panel", "police only"]
    # A bad correction changes nothing.
    before = content_digest(officer.vault.conn)
    with pytest.raises(InvalidInput):
        officer.cases.add_item(case.ref, agency="Police", text=" ", supersedes=first.id)
    assert content_digest(officer.vault.conn) == before
