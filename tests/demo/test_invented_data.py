"""The invented-data generator: reproducible, varied, and consistent with the domain rules."""

from __future__ import annotations

import json
import random
import re
import uuid
from datetime import date, timedelta

import pytest

from securedesk.core.domain import (
    AGENCIES,
    IDENTIFIER_TYPES,
    INFORMATION_GRADES,
    KNOWN_CAVEATS,
    SOURCE_GRADES,
    ActionStatus,
    CaseStatus,
    ConsentStatus,
)
from securedesk.core.errors import InvalidInput
from securedesk.core.markings import Marking
from securedesk.demo.invented_data import DemoCase, generate, load_framework_factor_ids
from securedesk.resource_files import assessment_framework_file

TODAY = date(2026, 3, 1)
OWNERS = ("Carys Owen", "Tom Bright", "Priya Nair")
REF = re.compile(r"^WF-(\d{4})-(\d{4,})$")

WELSH_GIVEN = {"Rhys", "Dafydd", "Llŷr", "Ieuan", "Siân", "Ffion", "Bethan", "Gwenllian", "Siôn"}
SOUTH_ASIAN_GIVEN = {"Aisha", "Imran", "Priya", "Harjit", "Zainab", "Arjun", "Bilal", "Simran"}
SOUTH_ASIAN_FAMILY = {"Khan", "Patel", "Begum", "Singh", "Kaur", "Chaudhry", "Ahmed", "Hussain"}


@pytest.fixture(scope="module")
def run() -> list[DemoCase]:
    return list(generate(42, 500, OWNERS, TODAY))


def _framework() -> dict[str, object]:
    text = assessment_framework_file().read_text(encoding="utf-8")
    data: dict[str, object] = json.loads(text)
    return data


def test_framework_file_has_three_domains_of_scored_factors() -> None:
    data = _framework()
    assert data["id"] == "sd-vaf"
    assert data["scale"] == {
        "min": 0,
        "max": 3,
        "labels": {"0": "No concern", "1": "Low", "2": "Moderate", "3": "High"},
        "labels_cy": {"0": "Dim pryder", "1": "Isel", "2": "Cymedrol", "3": "Uchel"},
    }
    domains = data["domains"]
    assert isinstance(domains, list)
    assert [d["id"] for d in domains] == ["engagement", "intent", "capability"]
    for domain in domains:
        assert 4 <= len(domain["factors"]) <= 6
        for factor in domain["factors"]:
            assert re.fullmatch(rf"{domain['id']}\.[a-z_]+", factor["id"])
            assert factor["name"] and factor["guidance"].endswith(".")
            assert factor["name_cy"] and factor["guidance_cy"].endswith(".")
    ids = load_framework_factor_ids()
    assert len(ids) == len(set(ids)) == sum(len(d["factors"]) for d in domains)


def test_same_seed_gives_identical_cases_and_another_seed_does_not() -> None:
    first = list(generate(7, 60, OWNERS, TODAY))
    assert first == list(generate(7, 60, OWNERS, TODAY))
    assert first[:25] == list(generate(7, 25, OWNERS, TODAY))  # a shorter run is a prefix
    other = list(generate(8, 60, OWNERS, TODAY))
    assert [d.case.id for d in first] != [d.case.id for d in other]
    assert [d.case.ref for d in first] != [d.case.ref for d in other]


def test_global_random_state_is_left_alone() -> None:
    random.seed(99)
    before = random.getstate()
    list(generate(1, 20, OWNERS, TODAY))
    assert random.getstate() == before


def test_ids_are_unique_version_4_uuids(run: list[DemoCase]) -> None:
    ids = []
    for d in run:
        ids.append(d.case.id)
        ids += [p.id for p in d.people] + [ln.id for ln in d.links]
        ids += [i.id for i in d.items] + [c.id for c in d.chronology]
        ids += [a.id for a in d.actions] + [a.id for a in d.assessments]
    assert len(ids) == len(set(ids))
    assert all(uuid.UUID(i).version == 4 and str(uuid.UUID(i)) == i for i in ids[:2000])


def test_counts(run: list[DemoCase]) -> None:
    assert len(run) == 500
    items = sum(len(d.items) for d in run)
    assert 0.9 * 5000 <= items <= 1.1 * 5000
    assert all(1 <= len(d.items) <= 20 for d in run)
    few = list(generate(3, 400, OWNERS, TODAY, items_per_case=3.0))
    assert 0.85 * 1200 <= sum(len(d.items) for d in few) <= 1.15 * 1200
    assert list(generate(3, 0, OWNERS, TODAY)) == []


def test_refs_are_unique_and_carry_the_referral_year(run: list[DemoCase]) -> None:
    refs = [d.case.ref for d in run]
    assert len(refs) == len(set(refs))
    for d in run:
        m = REF.match(d.case.ref)
        assert m, d.case.ref
        assert int(m.group(1)) == d.case.referral_date.year


def test_every_marking_status_and_consent_appears(run: list[DemoCase]) -> None:
    assert {d.case.marking for d in run} == set(Marking)
    assert {i.marking for d in run for i in d.items} == set(Marking)
    assert {d.case.status for d in run} == set(CaseStatus)
    assert {d.case.consent for d in run} == set(ConsentStatus)
    assert {a.status for d in run for a in d.actions} == set(ActionStatus)
    markings = [d.case.marking for d in run]
    assert markings.count(Marking.OFFICIAL_SENSITIVE) > len(run) / 2
    assert 0 < markings.count(Marking.SECRET) < len(run) * 0.15  # a few


def test_closed_cases_have_a_reason_and_open_ones_a_review(run: list[DemoCase]) -> None:
    for d in run:
        c = d.case
        assert c.retention_review is not None and c.retention_review > c.referral_date
        if c.status is CaseStatus.CLOSED:
            assert c.closing_reason and c.next_review is None
        else:
            assert c.closing_reason is None and c.next_review is not None


def test_children_are_about_a_third_of_subjects_and_more_often_parental_consent(
    run: list[DemoCase],
) -> None:
    children = adults = 0
    parental = {True: 0, False: 0}
    for d in run:
        people = {p.id: p for p in d.people}
        for sid in d.case.subject_ids:
            child = people[sid].is_child_on(d.case.referral_date)
            children += child
            adults += not child
        first_child = people[d.case.subject_ids[0]].is_child_on(d.case.referral_date)
        parental[first_child] += d.case.consent is ConsentStatus.PARENTAL_GIVEN
    assert 0.28 <= children / (children + adults) <= 0.42
    assert parental[True] > 0 and parental[False] == 0
    ages = [
        p.age_on(d.case.referral_date) for d in run for p in d.people if p.id in d.case.subject_ids
    ]
    assert min(a for a in ages if a is not None) >= 10
    assert max(a for a in ages if a is not None) <= 71


def test_items_are_marked_no_higher_than_their_case_and_in_date_order(
    run: list[DemoCase],
) -> None:
    for d in run:
        c = d.case
        assert all(i.marking <= c.marking for i in d.items)
        dates = [i.item_date for i in d.items]
        assert dates == sorted(dates)
        assert dates[0] == c.referral_date
        assert dates[-1] <= TODAY
        for item in d.items:
            assert item.case_id == c.id
            assert item.agency in AGENCIES
            assert item.source_grade in SOURCE_GRADES
            assert item.information_grade in INFORMATION_GRADES
            assert set(item.caveats) <= set(KNOWN_CAVEATS)
            assert item.author and item.text.count(".") >= 1 and "{" not in item.text


def test_supersedes_points_to_an_earlier_item_of_the_same_case(run: list[DemoCase]) -> None:
    corrections = 0
    for d in run:
        position = {item.id: k for k, item in enumerate(d.items)}
        for k, item in enumerate(d.items):
            if item.supersedes is not None:
                corrections += 1
                assert position[item.supersedes] < k
                assert d.items[position[item.supersedes]].item_date <= item.item_date
    assert corrections > 50


def test_assessments_score_every_factor_within_the_scale(run: list[DemoCase]) -> None:
    factor_ids = load_framework_factor_ids()
    counts = set()
    for d in run:
        counts.add(len(d.assessments))
        dates = [a.assessed_on for a in d.assessments]
        assert dates == sorted(dates)
        for a in d.assessments:
            assert a.framework_id == "sd-vaf" and a.case_id == d.case.id and a.summary
            assert d.case.referral_date <= a.assessed_on <= TODAY
            assert [s.factor_id for s in a.scores] == factor_ids
            assert all(0 <= s.score <= 3 for s in a.scores)
            assert all(s.evidence for s in a.scores if s.score > 0)
    assert counts == {0, 1, 2, 3}


def test_names_are_varied_welsh_and_south_asian_among_them(run: list[DemoCase]) -> None:
    people = [p for d in run for p in d.people]
    given = {p.given_name for p in people}
    family = {p.family_name for p in people}
    assert given & WELSH_GIVEN
    assert given & SOUTH_ASIAN_GIVEN and family & SOUTH_ASIAN_FAMILY
    assert any(ch in p.full_name for p in people for ch in "ŵŷâô")
    assert len(given) > 150
    assert any(p.aliases for p in people)


def test_people_identifiers_and_links_hang_together(run: list[DemoCase]) -> None:
    kinds = set()
    for d in run:
        ids = {p.id for p in d.people}
        assert set(d.case.subject_ids) <= ids
        assert [p.id for p in d.people[: len(d.case.subject_ids)]] == d.case.subject_ids
        for link in d.links:
            assert link.person_id in ids and link.other_id in ids
        for p in d.people:
            assert p.date_of_birth is None or p.date_of_birth < d.case.referral_date
            for ident in p.identifiers:
                assert ident.kind in IDENTIFIER_TYPES and ident.value
                kinds.add(ident.kind)
    assert kinds == set(IDENTIFIER_TYPES)


def test_dates_owners_actions_and_chronology(run: list[DemoCase]) -> None:
    for d in run:
        c = d.case
        assert c.owner in OWNERS
        assert TODAY - timedelta(days=4 * 366) <= c.referral_date <= TODAY
        assert c.referral_source in AGENCIES
        assert 1 <= len(d.chronology) <= 5
        chron = [e.event_date for e in d.chronology]
        assert chron == sorted(chron) and chron[0] == c.referral_date and chron[-1] <= TODAY
        for action in d.actions:
            assert action.agency in AGENCIES and action.owner and action.due_date
            assert "{" not in action.description
            if c.status is CaseStatus.CLOSED:
                assert action.status in (ActionStatus.DONE, ActionStatus.CANCELLED)


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(InvalidInput):
        generate(1, 5, [], TODAY)
    with pytest.raises(InvalidInput):
        generate(1, -1, OWNERS, TODAY)
