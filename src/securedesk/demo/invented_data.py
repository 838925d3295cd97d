"""Invents realistic but fictional people and cases, reproducibly, for demos and scale tests."""

# Everything comes from one seeded random.Random and the caller's `today`, so the same arguments
# give the same cases, ids included, on any machine and at any time. No name, address or
# identifier is taken from a real person; identifiers use ranges or prefixes that are never
# issued (NHS numbers starting 999, national insurance prefix QQ, postcode areas starting X).

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from securedesk.core.cases.case_store import CaseStore
from securedesk.core.domain import (
    Action,
    Assessment,
    Case,
    CaseStatus,
    ChronologyEntry,
    ConsentStatus,
    Identifier,
    InformationItem,
    Person,
    PersonLink,
)
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput
from securedesk.core.markings import Marking
from securedesk.demo.invented_names import HERITAGES, REAL_PEOPLE, SOMALI
from securedesk.demo.invented_people import (
    Rng,
    Staff,
    add_years,
    invent_address,
    invent_alias,
    invent_name,
    long_date,
    pnc_number,
    random_uuid,
    staff_roster,
    subject_identifiers,
)
from securedesk.demo.invented_records import (
    FactorPlan,
    FrameworkOutline,
    Slots,
    factor_plan,
    invent_actions,
    invent_assessments,
    invent_chronology,
    invent_items,
    load_framework_outline,
)
from securedesk.demo.invented_words import (
    ADULT_SOURCES,
    ASSESSMENT,
    CASE_MARKINGS,
    CHILD_SOURCES,
    CLOSE_AT,
    CLOSING_REASONS,
    GATHERING,
    PLATFORMS,
    REFERRAL,
    REVIEW,
    REVIEW_DAYS,
    SCHOOLS,
    STAGE_DAYS,
    STAGES,
    THEMES,
)

__all__ = ["DemoCase", "generate", "load_framework_factor_ids"]


@dataclass
class DemoCase:
    """One invented case with everything that hangs off it, ready to be written to a vault."""

    case: Case
    people: list[Person]  # the subjects first (case.subject_ids), then linked people
    links: list[PersonLink]  # person_id is a subject; relationship says what other_id is to them
    items: list[InformationItem]  # in date order; corrections name the item they supersede
    chronology: list[ChronologyEntry]
    actions: list[Action]
    assessments: list[Assessment]  # 0-3, in date order, every framework factor scored

    def add_to(
        self, store: CaseStore, *, recorded_by: str, framework_version: int, now: str
    ) -> None:
        """Write the case and everything with it (inside the caller's transaction)."""
        store.add_case_with_records(
            self.case,
            self.people,
            self.links,
            self.items,
            self.chronology,
            self.actions,
            self.assessments,
            recorded_by=recorded_by,
            framework_version=framework_version,
            now=now,
        )


def load_framework_factor_ids() -> list[str]:
    """The ids of every factor in the packaged framework, in file order."""
    return list(load_framework_outline().factor_ids)


# --- generation ------------------------------------------------------------------------------


def generate(
    seed: int,
    cases: int,
    owners: Sequence[str],
    today: date,
    items_per_case: float = 10.0,
) -> Iterator[DemoCase]:
    """Yield `cases` invented cases, one at a time, the same for the same arguments.

    Case i depends only on the seed and the cases before it, so a shorter run is a prefix of a
    longer one. Referrals fall within the four years before `today`; items per case vary from
    1 to about twice `items_per_case`, averaging `items_per_case`.
    """
    if cases < 0:
        raise InvalidInput(ErrorKind.DEMO_CASES_NEGATIVE)
    if not owners:
        raise InvalidInput(ErrorKind.DEMO_WITHOUT_OWNER)
    if items_per_case < 0:
        raise InvalidInput(ErrorKind.DEMO_ITEMS_NEGATIVE)
    return _generate(seed, cases, tuple(owners), today, items_per_case, load_framework_outline())


def _generate(
    seed: int,
    cases: int,
    owners: tuple[str, ...],
    today: date,
    items_per_case: float,
    framework: FrameworkOutline,
) -> Iterator[DemoCase]:
    rng = Rng(seed)
    roster = staff_roster(rng)
    plan = factor_plan(framework)
    numbers: dict[int, int] = {}
    for _ in range(cases):
        yield _case(rng, owners, today, items_per_case, framework, plan, roster, numbers)


def _dob(rng: Rng, referral: date, child: bool) -> date:
    # 18 years is 6574 or 6575 days; staying clear of that boundary keeps child status exact.
    # Adults cluster in their early twenties, as referrals do, with a tail up to about 70.
    days = rng.between(10 * 366, 6570) if child else int(rng.triangular(6580, 70 * 365, 22 * 365))
    return referral - timedelta(days=days)


def _case(
    rng: Rng,
    owners: tuple[str, ...],
    today: date,
    items_per_case: float,
    framework: FrameworkOutline,
    plan: FactorPlan,
    roster: dict[str, tuple[Staff, ...]],
    numbers: dict[int, int],
) -> DemoCase:
    rand = rng.random
    choice = rng.pick
    randint = rng.between

    # Recent referrals are over-represented, as in a live caseload, so early stages show up.
    back = randint(0, 180) if rand() < 0.3 else randint(0, 4 * 365)
    referral = today - timedelta(days=back)
    case_id = random_uuid(rng)

    # Timeline: start day of each stage reached, and the closing day if the case closed.
    starts = [referral]
    closed_on: date | None = None
    closed_stage = -1
    for stage in range(len(STAGES)):
        lo, hi = STAGE_DAYS[stage]
        if stage == REFERRAL and rand() < 0.04:
            hi = 120  # the occasional referral left waiting for screening information
        end = starts[stage] + timedelta(days=randint(lo, hi))
        if rand() < CLOSE_AT[stage]:
            if end <= today:
                closed_on, closed_stage = end, stage
            break
        if stage == REVIEW or end > today:
            break
        starts.append(end)
    reached = len(starts) - 1
    last_day = closed_on or today

    # People.
    heritage = choice(HERITAGES)
    female = rand() < 0.2
    child = rand() < 0.35
    dob = _dob(rng, referral, child)
    home = invent_address(rng)
    base_family = choice(heritage.family)  # relatives take their own form of it
    given, family = invent_name(rng, heritage, female, base_family)
    subject = Person(given, family, dob, id=random_uuid(rng))
    subject.addresses.append(home)
    if rand() < 0.3:
        subject.addresses.append(invent_address(rng))
    if rand() < 0.22:
        subject.aliases.append(invent_alias(rng, subject, heritage, female))
        if rand() < 0.2:
            subject.aliases.append(invent_alias(rng, subject, heritage, female))
    subject.identifiers = subject_identifiers(rng, subject, referral)
    people = [subject]
    subjects = [subject]
    links: list[PersonLink] = []

    def link(other: Person, relationship: str, owner: Person = subject) -> None:
        people.append(other)
        links.append(PersonLink(owner.id, other.id, relationship, id=random_uuid(rng)))

    if rand() < 0.08:
        # A second subject referred together: a sibling for children, an associate for adults.
        second_child = rand() < 0.35
        s_female = rand() < 0.25
        if child and second_child:
            s_given, s_family = invent_name(rng, heritage, s_female, base_family)
            rel = "sister" if s_female else "brother"
            s_home = home
        else:
            s_given, s_family = invent_name(rng, choice(HERITAGES), s_female)
            rel = "associate"
            s_home = invent_address(rng)
        second = Person(
            s_given, s_family, _dob(rng, referral, second_child), [], [], [s_home], random_uuid(rng)
        )
        second.identifiers = subject_identifiers(rng, second, referral)
        subjects.append(second)
        link(second, rel)

    def relative(rel: str, fem: bool, fam: str | None, years: int, spread: int) -> None:
        r_given, r_family = invent_name(rng, heritage, fem, fam)
        r_dob = dob - timedelta(days=years * 365 + randint(-spread, spread))
        link(Person(r_given, r_family, r_dob, [], [], [home], random_uuid(rng)), rel)

    if child:
        # Somali children usually carry their father's given name as their family name.
        father_given = family if heritage is SOMALI and family in heritage.male else None
        if rand() < 0.9:
            relative("mother", True, base_family if rand() < 0.7 else None, 28, 2500)
        if rand() < 0.55:
            if father_given:
                f_family = choice(heritage.family)
                while f"{father_given} {f_family}" in REAL_PEOPLE or f_family == father_given:
                    f_family = choice(heritage.family)
                f_dob = dob - timedelta(days=32 * 365 + randint(-2500, 2500))
                father = Person(father_given, f_family, f_dob, [], [], [home], random_uuid(rng))
                link(father, "father")
            else:
                relative("father", False, base_family, 31, 2500)
        elif rand() < 0.3:
            relative("stepfather", False, None, 30, 2500)
        if rand() < 0.4:
            sib_f = rand() < 0.5
            relative("sister" if sib_f else "brother", sib_f, base_family, 0, 1500)
    else:
        if rand() < 0.3:
            relative("partner", not female, None, 0, 1800)
        if (referral - dob).days < 40 * 365 and rand() < 0.3:
            relative("mother", True, base_family if rand() < 0.6 else None, 27, 2500)
    for _ in range(randint(0, 2) if rand() < 0.45 else 0):
        a_female = rand() < 0.3
        a_given, a_family = invent_name(rng, choice(HERITAGES), a_female)
        a_dob = dob - timedelta(days=randint(-1500, 3000)) if rand() < 0.7 else None
        associate = Person(a_given, a_family, a_dob, [], [], [], random_uuid(rng))
        if rand() < 0.5:
            associate.addresses.append(invent_address(rng))
        if rand() < 0.3:
            associate.identifiers.append(
                Identifier("police national computer number", pnc_number(rng, a_dob, referral))
            )
        link(associate, choice(("associate", "associate", "friend", "online contact", "cousin")))

    family_rels = [ln.relationship for ln in links if ln.relationship in _FAMILY]
    their = "her" if female else "his"
    relation = f"{their} {choice(family_rels)}" if family_rels else f"{their} mother"

    # The case record.
    year = referral.year
    numbers[year] = numbers.get(year, 0) + 1
    owner = choice(owners)
    marking = choice(CASE_MARKINGS)
    source = (
        "Security service"
        if marking is Marking.SECRET
        else choice(CHILD_SOURCES if child else ADULT_SOURCES)
    )
    if source == "Security service" and marking is Marking.OFFICIAL:
        marking = Marking.OFFICIAL_SENSITIVE  # security service material is never plain OFFICIAL
    status = CaseStatus.CLOSED if closed_on else STAGES[reached]
    closing_reason = choice(CLOSING_REASONS[closed_stage]) if closed_on else None
    consent, consent_note = _consent(rng, child, reached, closing_reason, starts, relation)
    if closed_on:
        next_review = None
        retention = add_years(closed_on, 3)  # policy here: review three years after closure
    else:
        interval = REVIEW_DAYS[reached]
        next_review = starts[reached] + timedelta(days=interval)
        if next_review < today:
            behind = (today - next_review).days
            next_review += timedelta(days=(behind // interval + 1) * interval)
        if rand() < 0.1:
            next_review = today - timedelta(days=randint(1, 30))  # a few reviews are overdue
        retention = add_years(referral, 6)
    case = Case(
        ref=f"WF-{year}-{numbers[year]:04d}",
        referral_source=source,
        referral_date=referral,
        owner=owner,
        marking=marking,
        status=status,
        closing_reason=closing_reason,
        consent=consent,
        consent_note=consent_note,
        next_review=next_review,
        retention_review=retention,
        subject_ids=[s.id for s in subjects],
        id=case_id,
    )

    # Template values shared by this case's items, actions and assessments.
    materials, grievances = choice(THEMES)
    if not child:
        grievances = tuple(g for g in grievances if not _CHILD_ONLY.search(g)) or grievances
    slots = Slots(rng, referral)
    slots["n"] = given
    slots["their"] = their
    slots["relation"] = relation
    slots["Relation"] = relation[0].upper() + relation[1:]
    slots["town"] = home.rsplit(", ", 2)[-2]
    slots["school"] = choice(SCHOOLS)
    slots["platform"] = choice(PLATFORMS)
    slots["material"] = choice(materials)
    slots["grievance"] = choice(grievances)

    items = invent_items(rng, case, child, reached, starts, last_day, items_per_case, roster, slots)
    chronology = invent_chronology(rng, case, starts, closed_on, last_day, owner, slots)
    actions = invent_actions(rng, case, child, reached, starts, closed_on, today, roster, slots)
    assessments = invent_assessments(rng, case, reached, starts, last_day, framework, plan, slots)
    return DemoCase(case, people, links, items, chronology, actions, assessments)


_CHILD_ONLY = re.compile(r"school|young people|peers")
_FAMILY = frozenset({"mother", "father", "stepfather", "sister", "brother", "partner"})


def _consent(
    rng: Rng,
    child: bool,
    reached: int,
    closing_reason: str | None,
    starts: list[date],
    relation: str,
) -> tuple[ConsentStatus, str]:
    if closing_reason and "withdrawn" in closing_reason:
        return ConsentStatus.WITHDRAWN, "Consent withdrawn during support sessions."
    if closing_reason and "Consent refused" in closing_reason:
        return ConsentStatus.REFUSED, "Consent refused at the consent visit."
    if reached < GATHERING or (reached == GATHERING and rng.random() < 0.6):
        return ConsentStatus.NOT_SOUGHT, ""
    when = long_date(starts[min(reached, ASSESSMENT)])
    roll = rng.random()
    if child:
        if roll < 0.68:
            return ConsentStatus.PARENTAL_GIVEN, f"Consent given by {relation} on {when}."
        if roll < 0.85:
            return ConsentStatus.GIVEN, f"Consent given on {when}; judged competent to decide."
        if roll < 0.93:
            return ConsentStatus.REFUSED, f"Parent declined consent on {when}."
        return ConsentStatus.WITHDRAWN, "Consent withdrawn by the family."
    if roll < 0.75:
        return ConsentStatus.GIVEN, f"Consent given in writing on {when}."
    if roll < 0.9:
        return ConsentStatus.REFUSED, f"Declined consent on {when}."
    return ConsentStatus.WITHDRAWN, "Consent withdrawn by the subject."
