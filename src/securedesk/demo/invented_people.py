"""The invented people of the demo: the seeded generator, names, aliases, addresses,
identifiers from never-issued ranges, and the partner agencies' staff."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from securedesk.core.domain import AGENCIES, Identifier, Person
from securedesk.demo.invented_names import (
    ASCII_FOLD,
    BLOCKS,
    HANDLE_WORDS,
    HERITAGES,
    INWARD,
    LETTERS,
    POLISH,
    REAL_PEOPLE,
    SHORT_NAMES,
    SOUTH_ASIAN,
    STAFF_STYLES,
    STREETS,
    TOWNS,
    Heritage,
)
from securedesk.demo.invented_words import MONTHS

# uuid.UUID(int=n, version=4) sets these bits; doing it by hand is several times faster, which
# matters at a million items, and gives the identical string.
_UUID_CLEAR = ((1 << 128) - 1) & ~((0xF000 << 64) | (0xC000 << 48))
_UUID_SET = (0x4000 << 64) | (0x8000 << 48)


def random_uuid(rng: Rng) -> str:
    h = f"{(rng.getrandbits(128) & _UUID_CLEAR) | _UUID_SET:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def long_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


T = TypeVar("T")


class Rng(random.Random):
    """The seeded generator, with picks that cost one `random()` call each.

    `choice` and `randint` go through rejection sampling on getrandbits, which is most of the
    run time at a million items; scaling one float is several times faster, and is just as
    reproducible for a given seed.
    """

    def pick(self, seq: Sequence[T]) -> T:
        return seq[int(self.random() * len(seq))]

    def between(self, low: int, high: int) -> int:
        """An int from low to high inclusive."""
        return low + int(self.random() * (high - low + 1))


def _family_form(heritage: Heritage, family: str, female: bool) -> str:
    """A family name in the form a person of that sex would carry it."""
    if heritage is POLISH and female and family.endswith("ki"):
        return family[:-2] + "ka"
    if heritage is SOUTH_ASIAN:
        if female and family == "Singh":
            return "Kaur"
        if not female and family == "Kaur":
            return "Singh"
        if not female and family == "Begum":
            return "Miah"
    return family


def _given(rng: Rng, heritage: Heritage, female: bool) -> str:
    return rng.pick(heritage.female if female else heritage.male)


def invent_name(
    rng: Rng, heritage: Heritage, female: bool, family: str | None = None
) -> tuple[str, str]:
    given = _given(rng, heritage, female)
    fam = _family_form(heritage, family or rng.pick(heritage.family), female)
    while f"{given} {fam}" in REAL_PEOPLE:
        given = _given(rng, heritage, female)
    return given, fam


def invent_alias(rng: Rng, person: Person, heritage: Heritage, female: bool) -> str:
    roll = rng.random()
    folded = person.full_name.translate(ASCII_FOLD)
    if roll < 0.3 and folded != person.full_name:
        return folded  # the spelling agencies without the accents on their keyboards record
    short = SHORT_NAMES.get(person.given_name)
    if roll < 0.5 and short:
        return f"{short} {person.family_name}"
    if roll < 0.75:
        # A stepfather's or mother's family name used at school or on a tenancy.
        other = _family_form(heritage, rng.pick(heritage.family), female)
        if other != person.family_name:
            return f"{person.given_name} {other}"
    a, b = rng.sample(HANDLE_WORDS, 2)
    return f"{a}{b}{rng.between(1, 99)} (online name)"


def invent_address(rng: Rng) -> str:
    town, area = rng.pick(TOWNS)
    postcode = f"{area}{rng.between(1, 29)} {rng.between(1, 9)}{rng.pick(INWARD)}{rng.pick(INWARD)}"
    street = rng.pick(STREETS)
    if rng.random() < 0.2:
        return f"Flat {rng.between(1, 40)}, {rng.pick(BLOCKS)}, {street}, {town}, {postcode}"
    return f"{rng.between(1, 180)} {street}, {town}, {postcode}"


def pnc_number(rng: Rng, dob: date | None, referral: date) -> str:
    earliest = max(2000, (dob.year + 12) if dob else 2000)
    year = rng.between(min(earliest, referral.year), referral.year)
    return f"{year % 100:02d}/{rng.between(1, 999999):06d}{rng.pick(LETTERS)}"


def _nhs(rng: Rng) -> str:
    # 999 numbers are the range set aside for testing and never issued to patients.
    return f"999 {rng.between(0, 999):03d} {rng.between(0, 9999):04d}"


def _nino(rng: Rng) -> str:
    # QQ is the prefix used in published examples and never allocated.
    return (
        f"QQ {rng.between(0, 99):02d} {rng.between(0, 99):02d} {rng.between(0, 99):02d} "
        f"{rng.pick('ABCD')}"
    )


def _upn(rng: Rng) -> str:
    # Unique pupil number shape: a letter, then 12 digits starting with an authority code.
    digits = f"{rng.between(800, 899)}{rng.between(0, 99999999):08d}{rng.between(0, 9)}"
    return rng.pick(LETTERS) + digits


def subject_identifiers(rng: Rng, person: Person, referral: date) -> list[Identifier]:
    ids: list[Identifier] = []
    age = person.age_on(referral) or 30
    child = age < 18
    if rng.random() < 0.85:
        ids.append(Identifier("NHS number", _nhs(rng)))
    if child and rng.random() < 0.9:
        ids.append(Identifier("school reference", _upn(rng)))
    if age >= 16 and rng.random() < 0.7:
        ids.append(Identifier("national insurance number", _nino(rng)))
    has_record = rng.random() < (0.12 if child else 0.32)
    if has_record:
        ids.append(
            Identifier(
                "police national computer number", pnc_number(rng, person.date_of_birth, referral)
            )
        )
        if not child and rng.random() < 0.45:
            ids.append(
                Identifier(
                    "probation reference", f"{rng.pick(LETTERS)}{rng.between(100000, 999999)}"
                )
            )
    if rng.random() < 0.6:
        ids.append(Identifier("local authority reference", f"LAR{rng.between(0, 9999999):07d}"))
    return ids


@dataclass(frozen=True)
class Staff:
    name: str  # plain name, used as an action owner
    signature: str  # how they sign an item


def staff_roster(rng: Rng) -> dict[str, tuple[Staff, ...]]:
    roster: dict[str, tuple[Staff, ...]] = {}
    for agency in AGENCIES:
        staff = []
        for _ in range(8):
            given, family = invent_name(rng, rng.pick(HERITAGES), rng.random() < 0.6)
            name = f"{given} {family}"
            staff.append(Staff(name, rng.pick(STAFF_STYLES[agency]).format(n=name)))
        roster[agency] = tuple(staff)
    return roster
