"""People (issue 11): likely duplicates by folded name and date of birth or identifier,
search and show within the gate's rules, and merges that keep both histories."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from securedesk.core.domain import Identifier, Person, PersonLink
from securedesk.core.errors import InvalidInput, JustificationRequired, NotFound, PolicyRefused
from securedesk.core.markings import Marking
from securedesk.core.session import Session

from ..conftest import OFFICER_PASS
from ..vault_rows import content_digest

DOB = date(2008, 4, 2)


def _add(s: Session, person: Person, marking: Marking = Marking.OFFICIAL_SENSITIVE) -> str:
    return s.cases.add_case(
        [person], referral_source="Police", referral_date=date(2026, 1, 5), marking=marking
    ).ref


def _events(s: Session, action: str) -> list[tuple[str, str, str, str]]:
    return [
        (r[0], r[1], r[2], r[3])
        for r in s.vault.conn.execute(
            "SELECT object_type, object_id, outcome, details FROM audit_events "
            "WHERE action = ? AND user = ?",
            (action, s.vault.user),
        )
    ]


def test_likely_duplicates_fold_diacritics_and_case_and_need_the_same_birth_date(
    officer: Session,
) -> None:
    held = Person("Siân", "Ó Néill", DOB, identifiers=[Identifier("UPN", "A12 345-9")])
    _add(officer, held)
    found = officer.people.likely_duplicates([Person("SIAN", "o neill", DOB)])
    assert [(d.match.person_id, d.match.reason) for d in found] == [
        (held.id, "name and date of birth")
    ]
    assert [c.ref for c in found[0].cases] == ["WF-2026-0001"]
    # Split differently, still the same name.
    assert officer.people.likely_duplicates([Person("Siân Ó", "Néill", DOB)])
    assert officer.people.likely_duplicates([Person("Sian", "O Neill", date(2008, 4, 3))]) == []
    assert officer.people.likely_duplicates([Person("Sian", "O Neill")]) == []
    by_id = officer.people.likely_duplicates(
        [Person("Someone", "Else", identifiers=[Identifier("upn", "a123459")])]
    )
    assert [(d.match.person_id, d.match.reason) for d in by_id] == [(held.id, "identifier")]
    assert (
        officer.people.likely_duplicates(
            [Person("X", "Y", identifiers=[Identifier("NHS number", "A123459")])]
        )
        == []
    )


def test_people_from_an_earlier_version_or_renamed_are_keyed_on_the_next_check(
    officer: Session,
) -> None:
    p = Person("Rhys", "Howells", DOB)
    _add(officer, p)
    conn = officer.vault.conn
    conn.execute("UPDATE people SET name_key = NULL")  # as a vault upgraded to version 14
    assert officer.people.likely_duplicates([Person("rhys", "HOWELLS", DOB)])
    conn.execute("UPDATE people SET given_name = 'Rhodri' WHERE id = ?", (p.id,))
    assert conn.execute("SELECT name_key FROM people WHERE id = ?", (p.id,)).fetchone() == (None,)
    assert officer.people.likely_duplicates([Person("Rhodri", "Howells", DOB)])
    assert officer.people.likely_duplicates([Person("Rhys", "Howells", DOB)]) == []


def test_the_name_key_lookup_uses_its_index(officer: Session) -> None:
    plan = officer.vault.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM people WHERE name_key = ? AND date_of_birth = ? "
        "AND merged_into IS NULL",
        ("a b", "2000-01-01"),
    ).fetchall()
    assert any("people_name_key" in str(r) for r in plan), plan
    plan = officer.vault.conn.execute(
        "EXPLAIN QUERY PLAN SELECT rowid FROM people WHERE name_key IS NULL"
    ).fetchall()
    assert any("people_name_key" in str(r) for r in plan), plan


def test_a_person_above_clearance_is_never_offered_found_or_counted(vault: Path) -> None:
    secret = Person("Dafydd", "Rees", DOB)
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as oscar:
        _add(oscar, secret, Marking.SECRET)
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as olivia:
        assert olivia.people.likely_duplicates([Person("Dafydd", "Rees", DOB)]) == []
        assert olivia.people.search("Dafydd") == []
        with pytest.raises(NotFound, match="no person"):
            olivia.people.show(secret.id)
        with pytest.raises(NotFound):
            olivia.people.show(secret.id[:6])


def test_show_needs_the_gate_of_a_case_that_reaches_the_person(vault: Path) -> None:
    mother = Person("Mair", "Howells", date(1980, 1, 1))
    child = Person("Rhys", "Howells", DOB, aliases=["Rhys H"], addresses=["1 Stryd Fawr"])
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as oscar:
        ref = _add(oscar, child)
        oscar.store.add_person(mother, "2026-01-05T00:00:00+00:00")
        oscar.store.add_person_link(PersonLink(child.id, mother.id, "mother"))
        record = oscar.people.show(child.id[:8])
        assert record.person.aliases == ["Rhys H"] and record.person.addresses == ["1 Stryd Fawr"]
        assert [(link.relationship, link.outgoing, link.other_name) for link in record.links] == [
            ("mother", True, "Mair Howells")
        ]
        # The mother is in no case of her own: reached through her child's.
        through_link = oscar.people.show(mother.id)
        assert through_link.cases == () and [c.ref for c in through_link.linked_cases] == [ref]
        assert [(link.relationship, link.outgoing) for link in through_link.links] == [
            ("mother", False)
        ]
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as olivia:
        with pytest.raises(JustificationRequired):
            olivia.people.show(child.id)
        record = olivia.people.show(child.id, "Strategy meeting today")
        assert record.seen_through == ref
        events = _events(olivia, "person viewed")
        assert len(events) == 1 and json.loads(events[0][3])["person"] == child.id
        refused = olivia.vault.conn.execute(
            "SELECT count(*) FROM audit_events WHERE action = 'refused: no justification'"
        ).fetchone()[0]
        assert refused == 1
        hits = olivia.people.search("howells")
        assert {h.person.id for h in hits} == {child.id, mother.id}


def test_a_case_can_be_opened_for_a_person_already_held(officer: Session) -> None:
    p = Person("Rhys", "Howells", DOB)
    _add(officer, p)
    case = officer.cases.add_case(
        [], referral_source="Health", referral_date=date(2026, 2, 1), existing=[p.id[:8]]
    )
    assert [s.id for s in officer.store.get_case(case.id).subjects] == [p.id]
    assert [c.ref for c in officer.people.show(p.id).cases] == ["WF-2026-0001", "WF-2026-0002"]


def test_merge_keeps_both_histories_and_is_explained(officer: Session) -> None:
    keep = Person("Rhys", "Howells", DOB, identifiers=[Identifier("UPN", "U1")])
    other = Person("Rhŷs", "Howels", DOB, aliases=["R.H."], identifiers=[Identifier("NHS", "N2")])
    friend = Person("Gethin", "Jones", date(2008, 1, 1))
    ref_keep = _add(officer, keep)
    ref_other = _add(officer, other)
    officer.store.add_person(friend, "t")
    officer.store.add_person_link(PersonLink(other.id, friend.id, "associate"))
    officer.store.add_person_link(PersonLink(other.id, keep.id, "cousin"))  # becomes a self-link
    record = officer.people.merge(keep.id[:8], other.id[:8], "Same young person, typo in name")
    assert record.moved["cases"] and record.moved["links_dropped"] == 1
    shown = officer.people.show(keep.id)
    assert [c.ref for c in shown.cases] == [ref_keep, ref_other]
    assert "Rhŷs Howels" in shown.person.aliases and "R.H." in shown.person.aliases
    assert {i.value for i in shown.person.identifiers} == {"U1", "N2"}
    assert [(link.relationship, link.other_id) for link in shown.links] == [
        ("associate", friend.id)
    ]
    assert [m.reason for m in shown.merges] == ["Same young person, typo in name"]
    merged = officer.people.show(other.id)
    assert merged.merged_into == keep.id and merged.cases == ()
    assert merged.person.identifiers == [Identifier("NHS", "N2")]  # its own record kept
    assert [e[1] for e in _events(officer, "person merged")] == [keep.id]
    assert sorted(e[1] for e in _events(officer, "case subject merged")) == sorted(
        c.case_id for c in shown.cases
    )
    # Neither merged again, nor offered as a duplicate any more.
    with pytest.raises(InvalidInput, match="was merged into"):
        officer.people.merge(keep.id, other.id, "again")
    found = officer.people.likely_duplicates([Person("Rhys", "Howells", DOB)])
    assert [d.match.person_id for d in found] == [keep.id]
    with pytest.raises(InvalidInput, match="was merged into"):
        officer.cases.add_case(
            [], referral_source="x", referral_date=date(2026, 2, 1), existing=[other.id]
        )


def test_merge_is_refused_where_the_user_may_not_change_every_case(vault: Path) -> None:
    mine = Person("Rhys", "Howells", DOB)
    theirs = Person("Rhys", "Howells", DOB)
    secret = Person("Rhys", "Howells", DOB)
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as olivia:
        _add(olivia, mine)
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as oscar:
        _add(oscar, theirs)
        _add(oscar, secret, Marking.SECRET)
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as olivia:
        before = content_digest(olivia.vault.conn)
        with pytest.raises(PolicyRefused, match="cannot be merged by you"):
            olivia.people.merge(mine.id, theirs.id, "same person")
        with pytest.raises(NotFound):
            olivia.people.merge(mine.id, secret.id, "same person")
        with pytest.raises(InvalidInput, match="two different people"):
            olivia.people.merge(mine.id, mine.id[:6], "same person")
        with pytest.raises(InvalidInput, match="reason for the merge"):
            olivia.people.merge(mine.id, theirs.id, "   ", justification="asked")
        assert content_digest(olivia.vault.conn) == before
        assert len(_events(olivia, "refused: person merge")) == 1
        # With a justification for oscar's case, the merge goes ahead.
        olivia.people.merge(mine.id, theirs.id, "same person", justification="asked by panel")
        assert olivia.people.store.merged_into(theirs.id) == mine.id
