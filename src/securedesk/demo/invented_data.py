"""Invents realistic but fictional people and cases, reproducibly, for demos and scale tests."""

# Everything comes from one seeded random.Random and the caller's `today`, so the same arguments
# give the same cases, ids included, on any machine and at any time. No name, address or
# identifier is taken from a real person; identifiers use ranges or prefixes that are never
# issued (NHS numbers starting 999, national insurance prefix QQ, postcode areas starting X).

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar

from securedesk.core.domain import (
    AGENCIES,
    Action,
    ActionStatus,
    Assessment,
    Case,
    CaseStatus,
    ChronologyEntry,
    ConsentStatus,
    FactorScore,
    Identifier,
    InformationItem,
    Person,
    PersonLink,
)
from securedesk.core.errors import InvalidInput
from securedesk.core.markings import Marking
from securedesk.resource_files import assessment_framework_file

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


# --- the assessment framework ----------------------------------------------------------------


@dataclass(frozen=True)
class _Framework:
    id: str
    factor_ids: tuple[str, ...]
    low: int
    high: int


def _load_framework() -> _Framework:
    text = assessment_framework_file().read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    factor_ids = tuple(
        str(factor["id"]) for domain in data["domains"] for factor in domain["factors"]
    )
    scale = data["scale"]
    return _Framework(str(data["id"]), factor_ids, int(scale["min"]), int(scale["max"]))


def load_framework_factor_ids() -> list[str]:
    """The ids of every factor in the packaged framework, in file order."""
    return list(_load_framework().factor_ids)


# --- small helpers ---------------------------------------------------------------------------

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")

# uuid.UUID(int=n, version=4) sets these bits; doing it by hand is several times faster, which
# matters at a million items, and gives the identical string.
_UUID_CLEAR = ((1 << 128) - 1) & ~((0xF000 << 64) | (0xC000 << 48))
_UUID_SET = (0x4000 << 64) | (0x8000 << 48)


def _uuid(rng: _Rng) -> str:
    h = f"{(rng.getrandbits(128) & _UUID_CLEAR) | _UUID_SET:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _fmt(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year + years, day=28)


T = TypeVar("T")


class _Rng(random.Random):
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


def _weighted(pairs: Sequence[tuple[T, int]]) -> tuple[T, ...]:
    # Expanding weights into a flat tuple makes every draw a single rng.pick, the cheapest
    # weighted pick there is; the tables are small so the tuples stay small.
    return tuple(value for value, weight in pairs for _ in range(weight))


# --- names -----------------------------------------------------------------------------------


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(","))


@dataclass(frozen=True)
class _Heritage:
    key: str
    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...]


_ENGLISH = _Heritage(
    "english",
    _split(
        "Jack, Oliver, Charlie, George, Callum, Kieran, Jordan, Bradley, Connor, Ryan, "
        "Daniel, Lewis, Jake, Kyle, Mason, Tyler, Ethan, Alfie, Nathan, Dean, Gary, "
        "Paul, Mark, Steven, Liam, Reece, Joel"
    ),
    _split(
        "Ella, Amelia, Olivia, Lily, Sophie, Chloe, Megan, Jade, Emma, Lauren, Hannah, "
        "Zoë, Tracey, Karen, Leanne, Kayleigh, Abbie, Holly, Courtney, Renée, Gemma, "
        "Paige"
    ),
    _split(
        "Taylor, Brown, Wilson, Harris, Robinson, Wright, Hughes, Edwards, Cooper, "
        "Turner, Hall, Marshall, Pearce, Barker, Holloway, Whitfield, Ashworth, "
        "Kendrick, Fairbairn, Dobson, Lowther, Greaves, Haslam, Bramley, Thwaite, "
        "Pickering, Cartwright, Smith, Thorley, Naylor"
    ),
)
_WELSH = _Heritage(
    "welsh",
    _split(
        "Rhys, Dafydd, Llŷr, Ieuan, Owain, Gethin, Dylan, Iolo, Gwilym, Tomos, Emrys, "
        "Aled, Rhodri, Carwyn, Dewi, Siôn, Osian, Cai, Elis, Steffan"
    ),
    _split(
        "Gwenllian, Siân, Ffion, Bethan, Catrin, Eleri, Cerys, Nia, Angharad, Elin, "
        "Lowri, Mared, Heledd, Sioned, Eirlys, Manon, Alaw, Mali, Seren, Gwawr"
    ),
    _split(
        "Llewelyn, ap Rhys, Pritchard, Vaughan, Prydderch, Ellis, Bevan, Gwynne, "
        "Parry, Meredith, Powell, Prosser, Probert, Rees, Bowen, Howells, Pugh, "
        "ab Owain, Maddocks, Rhydderch, Cadwaladr, Huws"
    ),
)
_SOUTH_ASIAN = _Heritage(
    "south_asian",
    _split(
        "Imran, Arjun, Bilal, Sanjay, Yusuf, Rohan, Tariq, Hamid, Harjit, Gurpreet, "
        "Zubair, Faisal, Kamran, Nikhil, Jaswinder, Shahid, Adnan, Vikram, Kabir, "
        "Amrit"
    ),
    _split(
        "Aisha, Priya, Zainab, Farhana, Nadia, Saima, Kiran, Simran, Rukhsana, "
        "Manpreet, Shabana, Anjali, Fatima, Sana, Mehreen, Rupinder, Nazia, Shazia, "
        "Sunita, Humaira"
    ),
    _split(
        "Khan, Patel, Begum, Singh, Chaudhry, Ahmed, Hussain, Kaur, Sharma, Mahmood, "
        "Iqbal, Rahman, Gill, Mistry, Akhtar, Uddin, Sandhu, Dhillon, Malik, Qureshi, "
        "Mirza, Shah, Parmar, Joshi"
    ),
)
_POLISH = _Heritage(
    "polish",
    _split(
        "Łukasz, Wojciech, Krzysztof, Paweł, Tomasz, Jakub, Piotr, Marcin, Kacper, "
        "Michał, Bartosz, Mateusz"
    ),
    _split(
        "Małgorzata, Zofia, Agnieszka, Katarzyna, Joanna, Aleksandra, Natalia, "
        "Magdalena, Oliwia, Zuzanna, Ewa"
    ),
    # Masculine forms; _family_form gives the feminine -ska/-cka.
    _split(
        "Kowalski, Nowak, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, "
        "Szymański, Dąbrowski, Kozłowski, Jankowski, Mazur, Krawczyk, Piotrowski, "
        "Grabowski"
    ),
)
_SOMALI = _Heritage(
    "somali",
    _split(
        "Abdirahman, Abdi, Hamza, Liban, Mohamed, Ahmed, Yusuf, Bashir, Khalid, Mahad, "
        "Said, Abdullahi"
    ),
    _split("Hodan, Faadumo, Ayaan, Sahra, Ifrah, Hibo, Nimco, Ubah, Fowsiya, Idil, Deqa, Amina"),
    _split(
        "Warsame, Hassan, Abdullahi, Omar, Jama, Guled, Yusuf, Nur, Adan, Elmi, Duale, Gedi, Ismail"
    ),
)
_ROMANIAN = _Heritage(
    "romanian",
    _split("Andrei, Mihai, Ștefan, Bogdan, Florin, Ionuț, Cătălin, Adrian, Vlad, Răzvan, Sorin"),
    _split(
        "Ioana, Elena, Alexandra, Cristina, Ana-Maria, Andreea, Bianca, Larisa, "
        "Mădălina, Roxana, Alina"
    ),
    _split(
        "Popescu, Ionescu, Dumitrescu, Constantin, Munteanu, Țurcanu, Moldovan, Lungu, "
        "Dobre, Vasile, Ciobanu, Marin, Sârbu"
    ),
)
_CARIBBEAN = _Heritage(
    "caribbean",
    _split("Jermaine, Tyrone, Kemar, Andre, Marlon, Leon, Dwayne, Shane, Winston, Clive, Delano"),
    _split(
        "Shanice, Keisha, Marcia, Tanisha, Jada, Monique, Chantelle, Yvonne, Beverley, "
        "Kadian, Shereen"
    ),
    _split(
        "Campbell, Thompson, Clarke, Francis, McKenzie, Bailey, Forbes, Reid, Lindsay, "
        "Samuels, Barrett, Nembhard"
    ),
)
_IRISH = _Heritage(
    "irish",
    _split("Ciarán, Seán, Pádraig, Cian, Oisín, Darragh, Eoin"),
    _split("Siobhán, Niamh, Aoife, Róisín, Orla, Clodagh, Caoimhe"),
    _split(
        "Murphy, O'Donnell, Gallagher, Byrne, Kavanagh, McCarthy, Doherty, Quinn, "
        "Brennan, Nolan, Flanagan"
    ),
)
_KURDISH_TURKISH = _Heritage(
    "kurdish_turkish",
    _split("Azad, Baran, Zana, Emre, Serhat, Rojhat, Deniz"),
    _split("Dilan, Berfin, Hevin, Rojda, Zeynep, Elif, Şirin"),
    _split("Aydın, Doğan, Kaya, Demir, Yıldız, Çelik, Arslan, Öztürk, Şahin, Polat"),
)

_HERITAGES = _weighted(
    [
        (_ENGLISH, 36),
        (_WELSH, 20),
        (_SOUTH_ASIAN, 17),
        (_POLISH, 6),
        (_SOMALI, 5),
        (_CARIBBEAN, 6),
        (_ROMANIAN, 4),
        (_IRISH, 3),
        (_KURDISH_TURKISH, 3),
    ]
)

# Combinations the pools above could produce that belong to well-known public figures or to
# notorious offenders. Invented people must not be mistaken for them, so such a draw is redone.
_REAL_PEOPLE = frozenset(
    _split(
        "Imran Khan, Imran Hussain, Imran Ahmed, Shahid Malik, Shabana Mahmood, "
        "Nadia Hussain, Tariq Ahmed, Mohamed Abdullahi, Abdi Warsame, Hamza Yusuf, "
        "Sophie Turner, Chloe Smith, Emma Thompson, Mark Wright, Mark Hughes, "
        "Dean Smith, Nia Parry, Angharad Rees, Piotr Zieliński, Jakub Kamiński, "
        "Kacper Kozłowski, Ana-Maria Popescu, Mihai Popescu, Răzvan Marin, "
        "Marlon Samuels, Leon Bailey, Clive Campbell, Kemar Bailey, Seán Quinn, "
        "Niamh Kavanagh, Róisín Murphy, Paul Robinson, Oliver Reid, Liam Gallagher, "
        "Harry Wilson, Jack Wilson, Emma Wilson, Ryan Taylor, Steven Taylor"
    )
)


def _family_form(heritage: _Heritage, family: str, female: bool) -> str:
    """A family name in the form a person of that sex would carry it."""
    if heritage is _POLISH and female and family.endswith("ki"):
        return family[:-2] + "ka"
    if heritage is _SOUTH_ASIAN:
        if female and family == "Singh":
            return "Kaur"
        if not female and family == "Kaur":
            return "Singh"
        if not female and family == "Begum":
            return "Miah"
    return family


def _given(rng: _Rng, heritage: _Heritage, female: bool) -> str:
    return rng.pick(heritage.female if female else heritage.male)


def _name(
    rng: _Rng, heritage: _Heritage, female: bool, family: str | None = None
) -> tuple[str, str]:
    given = _given(rng, heritage, female)
    fam = _family_form(heritage, family or rng.pick(heritage.family), female)
    while f"{given} {fam}" in _REAL_PEOPLE:
        given = _given(rng, heritage, female)
    return given, fam


_ASCII_FOLD = str.maketrans(
    "âôŷŵëéáíóúŁłśńąężźćȘșȚțăığçÇöÖŞşİ", "aoyweeaiouLlsnaezzcSsTtaigcCoOSsI"
)

_SHORT_NAMES = {
    "Abdirahman": "Abdi",
    "Mohamed": "Mo",
    "Małgorzata": "Gosia",
    "Aleksandra": "Ola",
    "Gwenllian": "Gwen",
    "Krzysztof": "Krzyś",
    "Katarzyna": "Kasia",
    "Angharad": "Anga",
    "Jermaine": "Jay",
    "Alexandra": "Alex",
    "Mateusz": "Mati",
    "Oliver": "Olly",
    "Bradley": "Brad",
    "Daniel": "Dan",
    "Nathan": "Nath",
    "Faadumo": "Fadumo",
    "Gurpreet": "Gurp",
    "Jaswinder": "Jas",
    "Abdullahi": "Abdul",
    "Steffan": "Steff",
}

_HANDLE_WORDS = _split(
    "quiet, north, grey, blue, hollow, static, lantern, river, kite, ember, harbour, "
    "orbit, pixel, signal, cedar, frost, drift, echo, atlas, tide"
)


def _alias(rng: _Rng, person: Person, heritage: _Heritage, female: bool) -> str:
    roll = rng.random()
    folded = person.full_name.translate(_ASCII_FOLD)
    if roll < 0.3 and folded != person.full_name:
        return folded  # the spelling agencies without the accents on their keyboards record
    short = _SHORT_NAMES.get(person.given_name)
    if roll < 0.5 and short:
        return f"{short} {person.family_name}"
    if roll < 0.75:
        # A stepfather's or mother's family name used at school or on a tenancy.
        other = _family_form(heritage, rng.pick(heritage.family), female)
        if other != person.family_name:
            return f"{person.given_name} {other}"
    a, b = rng.sample(_HANDLE_WORDS, 2)
    return f"{a}{b}{rng.between(1, 99)} (online name)"


# --- places and identifiers ------------------------------------------------------------------

# Invented towns, each with an invented postcode area (real areas never start with X).
_TOWNS = (
    ("Aberwennol", "XA"),
    ("Pontybrenin", "XP"),
    ("Cwmderwen", "XC"),
    ("Llanfair Isaf", "XL"),
    ("Brynhyfryd Newydd", "XB"),
    ("Hollinsford", "XH"),
    ("Westbridge", "XW"),
    ("Thornley Vale", "XT"),
    ("Brackenford", "XF"),
    ("Eastwold", "XE"),
    ("Ashcombe Cross", "XS"),
)
_STREETS = _split(
    "Heol y Dŵr, Lôn y Felin, Ffordd Tŷ Gwyn, Rhodfa'r Môr, Maes yr Ysgol, "
    "Clos y Wennol, Stryd y Capel, Cae Bryn, Teras Glanrafon, Heol Pen-y-Cae, "
    "Alderley Road, Beacon Street, Chapel Row, Foundry Lane, Kestrel Close, "
    "Millbrook Avenue, Quarry Terrace, Station Approach, Tannery Walk, "
    "Weavers Court, Sycamore Drive, Furnace Road, Colliers Way, Tinplate Street, "
    "Orchard Rise, Canal Side, Hawthorn Crescent, Victoria Gardens, Bessemer Road, "
    "Viaduct View"
)
_BLOCKS = ("Clarendon House", "Tŷ Hafan", "Riverside Court", "Maes Glas Flats", "Foundry Mews")
_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def _address(rng: _Rng) -> str:
    town, area = rng.pick(_TOWNS)
    postcode = (
        f"{area}{rng.between(1, 29)} {rng.between(1, 9)}{rng.pick(_INWARD)}{rng.pick(_INWARD)}"
    )
    street = rng.pick(_STREETS)
    if rng.random() < 0.2:
        return f"Flat {rng.between(1, 40)}, {rng.pick(_BLOCKS)}, {street}, {town}, {postcode}"
    return f"{rng.between(1, 180)} {street}, {town}, {postcode}"


_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _pnc(rng: _Rng, dob: date | None, referral: date) -> str:
    earliest = max(2000, (dob.year + 12) if dob else 2000)
    year = rng.between(min(earliest, referral.year), referral.year)
    return f"{year % 100:02d}/{rng.between(1, 999999):06d}{rng.pick(_LETTERS)}"


def _nhs(rng: _Rng) -> str:
    # 999 numbers are the range set aside for testing and never issued to patients.
    return f"999 {rng.between(0, 999):03d} {rng.between(0, 9999):04d}"


def _nino(rng: _Rng) -> str:
    # QQ is the prefix used in published examples and never allocated.
    return (
        f"QQ {rng.between(0, 99):02d} {rng.between(0, 99):02d} {rng.between(0, 99):02d} "
        f"{rng.pick('ABCD')}"
    )


def _upn(rng: _Rng) -> str:
    # Unique pupil number shape: a letter, then 12 digits starting with an authority code.
    digits = f"{rng.between(800, 899)}{rng.between(0, 99999999):08d}{rng.between(0, 9)}"
    return rng.pick(_LETTERS) + digits


def _subject_identifiers(rng: _Rng, person: Person, referral: date) -> list[Identifier]:
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
            Identifier("police national computer number", _pnc(rng, person.date_of_birth, referral))
        )
        if not child and rng.random() < 0.45:
            ids.append(
                Identifier(
                    "probation reference", f"{rng.pick(_LETTERS)}{rng.between(100000, 999999)}"
                )
            )
    if rng.random() < 0.6:
        ids.append(Identifier("local authority reference", f"LAR{rng.between(0, 9999999):07d}"))
    return ids


# --- staff -----------------------------------------------------------------------------------

_STAFF_STYLES: dict[str, tuple[str, ...]] = {
    "Police": ("PC {n}", "DC {n}", "DS {n}", "PS {n}", "{n}, Prevent officer"),
    "Children's social care": ("{n}, social worker", "{n}, team manager", "{n}, family support"),
    "Adult social care": ("{n}, social worker", "{n}, care coordinator"),
    "Health": (
        "Dr {n}",
        "{n}, school nurse",
        "{n}, CAMHS practitioner",
        "{n}, mental health nurse",
    ),
    "Education": ("{n}, designated safeguarding lead", "{n}, head of year", "{n}, pastoral lead"),
    "Probation": ("{n}, probation officer", "{n}, senior probation officer"),
    "Housing": ("{n}, tenancy officer", "{n}, housing options officer"),
    "Security service": ("Regional liaison officer", "Liaison desk officer {n}"),
    "Local authority": (
        "{n}, Prevent coordinator",
        "{n}, Channel case officer",
        "{n}, youth worker",
    ),
}


@dataclass(frozen=True)
class _Staff:
    name: str  # plain name, used as an action owner
    signature: str  # how they sign an item


def _roster(rng: _Rng) -> dict[str, tuple[_Staff, ...]]:
    roster: dict[str, tuple[_Staff, ...]] = {}
    for agency in AGENCIES:
        staff = []
        for _ in range(8):
            given, family = _name(rng, rng.pick(_HERITAGES), rng.random() < 0.6)
            name = f"{given} {family}"
            staff.append(_Staff(name, rng.pick(_STAFF_STYLES[agency]).format(n=name)))
        roster[agency] = tuple(staff)
    return roster


# --- what the case is about ------------------------------------------------------------------

_THEMES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = _weighted(
    [
        (  # extreme right-wing
            (
                (
                    "extreme right-wing memes",
                    "videos glorifying a mass-casualty attacker",
                    "racist stickers and leaflets",
                    "material produced by a proscribed extreme right-wing group",
                    "an online 'manifesto' associated with an overseas attack",
                ),
                (
                    "immigration and housing in the area",
                    "the closure of the local steelworks and the lack of jobs",
                    "the idea that local people are being 'replaced'",
                    "perceived unfairness in how the council allocates housing",
                ),
            ),
            28,
        ),
        (  # Islamist
            (
                (
                    "Islamist extremist propaganda videos",
                    "nasheeds associated with a proscribed organisation",
                    "recorded lectures by a deceased extremist preacher",
                    "images praising fighters in a conflict overseas",
                ),
                (
                    "UK foreign policy and conflicts overseas",
                    "discrimination experienced by the family",
                    "perceived hostility towards Muslims in the media",
                ),
            ),
            15,
        ),
        (  # mixed, unclear or unstable
            (
                (
                    "violent content drawn from several different ideologies",
                    "material about school shootings",
                    "graphic videos of real violence",
                    "conspiracy material about a coming collapse of society",
                ),
                (
                    "being bullied at school",
                    "feeling let down by services",
                    "a sense that nobody listens to young people",
                    "the police and the government in general",
                ),
            ),
            40,
        ),
        (  # misogynistic / incel-related
            (
                (
                    "misogynistic incel forum content",
                    "videos by online influencers promoting hatred of women",
                    "posts celebrating violence against women",
                ),
                ("rejection by women", "feeling invisible and unwanted", "being mocked by peers"),
            ),
            10,
        ),
        (  # anti-authority conspiracy
            (
                (
                    "anti-government conspiracy videos",
                    "'sovereign citizen' style material",
                    "posts calling for violence against public officials",
                ),
                (
                    "public health measures",
                    "a court case about the family's debts",
                    "the council and the police",
                ),
            ),
            7,
        ),
    ]
)

_PLATFORMS = (
    "an encrypted messaging app",
    "a video-sharing site",
    "a gaming chat server",
    "an anonymous image board",
    "a livestreaming platform",
    "a private group chat",
    "a short-video app",
)
_SCHOOLS = (
    "Ysgol Gyfun Cwmderwen",
    "Ysgol Bro Wennol",
    "Hollinsford Academy",
    "Brackenford High School",
    "Westbridge College",
    "Eastwold Academy",
    "Ysgol Uwchradd Pontybrenin",
    "Thornley Vale Pupil Referral Unit",
)
_LESSONS = ("history", "religious studies", "PSHE", "English", "citizenship", "computing")
_TOPICS = (
    "identity and belonging",
    "online safety and how algorithms push content",
    "critical thinking about sources",
    "anger and how to manage it",
    "college and career plans",
    "family relationships",
    "the difference between opinion and incitement",
    "friendships and peer pressure",
    "the law on sharing extremist material",
)
_PLACES = (
    "a gaming café",
    "the skate park",
    "a boxing gym",
    "the town centre",
    "the retail park",
    "the library",
    "a community centre",
)
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")

_FRESH: dict[str, Callable[[_Rng], str]] = {
    "pct": lambda r: str(r.between(58, 93)),
    "pct2": lambda r: str(r.between(90, 99)),
    "k": lambda r: str(r.between(1, 5)),
    "amount": lambda r: f"{r.between(3, 40) * 50:,}",
    "lesson": lambda r: r.pick(_LESSONS),
    "topic": lambda r: r.pick(_TOPICS),
    "place": lambda r: r.pick(_PLACES),
    "weekday": lambda r: r.pick(_WEEKDAYS),
    "ordinal": lambda r: r.pick(_ORDINALS),
}


class _Slots(dict[str, str]):
    """Template values: fixed ones for the case, and fresh random ones for anything else.

    Computing a value only when a template names it keeps the million-item run fast.
    """

    def __init__(self, rng: _Rng, floor: date) -> None:
        super().__init__()
        self.rng = rng
        self.floor = floor  # mentioned dates never precede the referral
        self.day = floor

    def __missing__(self, key: str) -> str:
        if key == "date":
            back = self.day - timedelta(days=self.rng.between(0, 6))
            return _fmt(max(back, self.floor))
        if key == "month":
            return _MONTHS[(self.day.month - 1 - self.rng.between(0, 3)) % 12]
        if key == "year":
            return str(self.day.year - self.rng.between(1, 6))
        return _FRESH[key](self.rng)


# Templates avoid a pronoun as the subject of a verb, so one set works for he, she and they.
_SENTENCES: dict[str, tuple[str, ...]] = {
    "Police": (
        "Officers attended the home address on {date} after a report from a neighbour; no "
        "offences were disclosed but {n} was spoken to about {material}.",
        "{n} was stopped in {town} town centre on {date} with stickers carrying extremist "
        "slogans; words of advice were given and the stickers seized.",
        "Police National Computer checks show no convictions; one local intelligence log from "
        "{year} records {n} in the company of older males of concern.",
        "A device examined with the family's consent held {material} in a downloads folder.",
        "Intelligence suggests {n} has been sharing {material} in {platform}.",
        "The Prevent officer made a home visit on {date}; {relation} was present and cooperative.",
        "{n} was seen at {place} on {date} with a group believed to be distributing leaflets.",
        "No weapons or related searches were identified at the address.",
    ),
    "Children's social care": (
        "A strategy discussion was held on {date}; the threshold for a section 47 enquiry was "
        "not met and the case stepped down to early help.",
        "The family is known to the service from {year} in relation to domestic abuse; that "
        "case closed the following year.",
        "{Relation} reports that {n} spends most evenings alone online and has become withdrawn "
        "and argumentative.",
        "The social worker visited on {date}; the home was warm and tidy and {n} engaged "
        "briefly before going upstairs.",
        "{n} is subject to a child in need plan; the next review is in {month}.",
        "{Relation} asked for help setting parental controls on the home broadband.",
    ),
    "Adult social care": (
        "{n} was assessed under the care and support legislation in {year}; eligible needs "
        "were identified around daily living and social isolation.",
        "The support worker reports {n} has been talking at length about {grievance}.",
        "{n} lives alone and has had little contact with family since {year}.",
        "A carer's assessment has been offered to {relation}.",
    ),
    "Health": (
        "GP records show {n} was referred to mental health services in {year} for low mood "
        "and anxiety.",
        "{n} has a diagnosis of autism spectrum condition; communication works best with short "
        "written summaries and advance notice of changes.",
        "{n} did not attend the last two appointments with the community mental health team.",
        "The school nurse notes {n} described poor sleep and gaming online through the night.",
        "No current mental health concerns are recorded; the last contact with the surgery was "
        "in {month}.",
        "A CAMHS assessment on {date} found no diagnosable condition but recommended support "
        "with emotional regulation.",
    ),
    "Education": (
        "Attendance this term is {pct}%, down from {pct2}% last year.",
        "In a {lesson} lesson on {date} {n} described a minority group in dehumanising terms "
        "and would not withdraw the comment.",
        "Staff found {material} on {n}'s school laptop during a routine filtering check.",
        "The designated safeguarding lead met {n} and {relation} on {date}; {n} said the "
        "content was 'just jokes'.",
        "{n} received a fixed-term exclusion of {k} days after a fight at lunchtime.",
        "{n} has few friends in {their} year group and spends most breaks alone in the library.",
        "Teachers describe {n} as bright and engaged in {lesson} but quick to argue about "
        "{grievance}.",
        "{n} has been drawing symbols associated with extremist groups on exercise books.",
        "Pastoral staff report an improvement: {n} has joined an after-school club and "
        "attendance has risen to {pct2}%.",
    ),
    "Probation": (
        "{n} is subject to a community order with an unpaid work requirement until {month}.",
        "The probation officer reports good compliance with appointments; {n} maintains that "
        "{their} views are nobody's business.",
        "{n} was released on licence on {date}; conditions include restrictions on internet "
        "use and contact with named individuals.",
        "A home visit on {date} found no breaches of licence conditions.",
    ),
    "Housing": (
        "{n} is on the housing register and is currently sofa-surfing with {relation}.",
        "The tenancy officer noted flags and posters in the window during a gas safety visit "
        "on {date}.",
        "Rent arrears of £{amount} are reported; a notice seeking possession has been served.",
        "Neighbours have complained about noise and visitors at late hours since {month}.",
        "The family has been offered a move to a larger property in {town}.",
    ),
    "Security service": (
        "Information indicates {n} has been in online contact with individuals of concern.",
        "{n} is assessed to have an interest in {material} but there is no indication of "
        "attack planning.",
        "Further detail may be shared on request, subject to originator consent.",
        "The subject's online activity has reduced since {month}.",
    ),
    "Local authority": (
        "The Prevent coordinator screened the referral on {date} and opened the case for "
        "information gathering.",
        "Partner checks were requested from police, education, health and social care on {date}.",
        "{n} and {relation} were visited on {date} to explain the process and seek consent.",
        "A youth worker reports {n} attends the youth club in {town} most {weekday}s.",
        "The case was discussed with the panel chair on {date}.",
    ),
    "support": (
        "The intervention provider held the {ordinal} mentor session on {date}; topics covered "
        "{topic}.",
        "{n} engaged well in the {ordinal} mentor session and talked openly about {grievance}.",
        "The mentor reports {n} was reluctant to engage and left the session early.",
        "{n} has started a college taster course and talks less about {grievance}.",
        "A joint visit with {relation} on {date} agreed to keep the support plan in place.",
        "{n} missed the mentor session on {date}; it has been rearranged for the following "
        "{weekday}.",
    ),
    "general": (
        "{n} has expressed a strong sense of grievance about {grievance}.",
        "{Relation} is worried about {n}'s new friendship group and late nights out.",
        "{n} has been using {platform} to view {material}.",
        "No further concerns have been noted since the last update.",
        "{n} was seen at {place} with peers not previously known to services.",
        "{n}'s phone use is now supervised at home at the request of {relation}.",
    ),
}
_CORRECTIONS = (
    "the date of the visit was recorded incorrectly and has been amended.",
    "the school named in the earlier entry was wrong.",
    "the material described was found on a shared family device, not {n}'s own phone.",
    "the attendance figure has been recalculated as {pct}%.",
    "the earlier entry named the wrong family member; it was {relation} who was present.",
    "the grading has been revised after the source was re-contacted.",
)
_CORRECTION_PREFIX = "Correction to the entry of {}: "

# Who contributes information, for children and for adults.
_CHILD_AGENCIES = _weighted(
    [
        ("Education", 30),
        ("Children's social care", 15),
        ("Police", 15),
        ("Health", 10),
        ("Local authority", 20),
        ("Housing", 3),
        ("Security service", 3),
    ]
)
_ADULT_AGENCIES = _weighted(
    [
        ("Police", 22),
        ("Adult social care", 10),
        ("Health", 12),
        ("Probation", 12),
        ("Housing", 10),
        ("Local authority", 24),
        ("Security service", 6),
    ]
)
_CHILD_SOURCES = _weighted(
    [
        ("Education", 50),
        ("Police", 15),
        ("Children's social care", 12),
        ("Health", 8),
        ("Local authority", 8),
        ("Housing", 2),
        ("Security service", 5),
    ]
)
_ADULT_SOURCES = _weighted(
    [
        ("Police", 32),
        ("Health", 15),
        ("Adult social care", 10),
        ("Probation", 12),
        ("Housing", 8),
        ("Local authority", 10),
        ("Security service", 8),
    ]
)
# Source and information reliability are drawn independently; pairing them up front lets one
# draw give both.
_GRADES = tuple(
    (source, info)
    for source in _weighted([("A", 18), ("B", 45), ("C", 22), ("D", 5), ("E", 10)])
    for info in _weighted([("1", 14), ("2", 40), ("3", 30), ("4", 13), ("5", 3)])
)
_CASE_MARKINGS = _weighted(
    [(Marking.OFFICIAL, 17), (Marking.OFFICIAL_SENSITIVE, 76), (Marking.SECRET, 7)]
)

# --- the case timeline -----------------------------------------------------------------------

_STAGES = (
    CaseStatus.REFERRAL,
    CaseStatus.INFORMATION_GATHERING,
    CaseStatus.ASSESSMENT,
    CaseStatus.PANEL,
    CaseStatus.SUPPORT_PLAN,
    CaseStatus.REVIEW,
)
_REFERRAL, _GATHERING, _ASSESSMENT, _PANEL, _SUPPORT, _REVIEW = range(6)
# Days each stage usually lasts before the next begins; a case at panel waits for the next
# monthly meeting.
_STAGE_DAYS = ((1, 12), (10, 40), (7, 35), (7, 35), (60, 180), (30, 240))
# Chance a case closes at the end of each stage rather than moving on; most referrals end early
# with no further action, and most cases that reach review end there.
_CLOSE_AT = (0.18, 0.2, 0.15, 0.15, 0.05, 0.85)
_CLOSING_REASONS = (
    (
        "No further action at screening: no vulnerability to radicalisation identified.",
        "Referred to social care as the more appropriate route; no Prevent concern.",
        "Already known to and managed by another partner.",
    ),
    (
        "No further action: information gathered does not indicate vulnerability to "
        "radicalisation.",
        "Moved out of the area; case transferred to the receiving authority.",
        "Signposted to mental health services; no ideological concern.",
        "Consent refused; no grounds to continue.",
    ),
    (
        "Assessment found low vulnerability; signposted to universal services.",
        "Consent refused; no grounds to continue.",
    ),
    (
        "Panel agreed no support is required; partners continue to monitor through existing plans.",
        "Consent refused; risk held by the police-led partnership.",
    ),
    ("Consent withdrawn during support; risk held by the police-led partnership.",),
    (
        "Support plan completed; panel satisfied that vulnerability has reduced.",
        "Support plan completed; engaged well with the intervention provider.",
        "Moved out of the area; case transferred to the receiving authority.",
    ),
)
_REVIEW_DAYS = (14, 28, 28, 28, 90, 90)

# (owning agency, action, who it suits: "child", "adult" or "any")
_INFO_ACTIONS = (
    ("Education", "Request attendance, behaviour and filtering records from {school}.", "child"),
    ("Police", "Complete Police National Computer and local intelligence checks.", "any"),
    ("Health", "Request a GP summary, with consent, covering mental health history.", "any"),
    ("Children's social care", "Check children's social care records for the household.", "child"),
    ("Adult social care", "Check adult social care records and any current package.", "adult"),
    ("Housing", "Confirm tenancy details and any reported concerns at the address.", "any"),
    ("Local authority", "Arrange a consent visit with {n} and {relation}.", "child"),
    ("Local authority", "Arrange a consent visit with {n}.", "adult"),
    ("Probation", "Confirm current order or licence conditions.", "adult"),
)
_SUPPORT_ACTIONS = (
    ("Local authority", "Allocate an intervention provider for weekly mentor sessions.", "any"),
    ("Education", "Weekly pastoral check-ins at {school}, reported to the case officer.", "child"),
    ("Health", "Refer to CAMHS for assessment of emotional regulation.", "child"),
    ("Health", "Refer to the community mental health team for assessment.", "adult"),
    ("Local authority", "Offer a place on the youth service's programme at {place}.", "child"),
    ("Housing", "Review tenancy support and the request for a move.", "any"),
    ("Probation", "Review licence conditions on internet use.", "adult"),
    ("Local authority", "Offer {relation} an online safety session.", "child"),
    ("Local authority", "Careers adviser to meet {n} about college options.", "child"),
    ("Adult social care", "Support worker to help {n} into employment support.", "adult"),
    ("Police", "Prevent officer to make a follow-up home visit.", "any"),
)


def _suiting(actions: tuple[tuple[str, str, str], ...], who: str) -> tuple[tuple[str, str], ...]:
    return tuple((agency, text) for agency, text, fits in actions if fits in (who, "any"))


_INFO_ACTIONS_FOR = {c: _suiting(_INFO_ACTIONS, c) for c in ("child", "adult")}
_SUPPORT_ACTIONS_FOR = {c: _suiting(_SUPPORT_ACTIONS, c) for c in ("child", "adult")}

# Evidence for a factor scored above the minimum. An authority's own framework may have factors
# not listed here; they fall back to their domain's phrases, then to the generic ones.
_FACTOR_EVIDENCE: dict[str, tuple[str, ...]] = {
    "engagement.identity": (
        "Says {n} does not fit in anywhere and has found 'people who get it' online.",
        "Few friends offline; most social contact is through {platform}.",
    ),
    "engagement.grievance": (
        "Strong, repeated grievance about {grievance}.",
        "Returns to {grievance} in most conversations.",
    ),
    "engagement.susceptibility": (
        "Relies on a single online source for news and explanations.",
        "Accepts what older contacts say without question.",
    ),
    "engagement.status": (
        "Wants to be seen as someone who knows the 'truth'.",
        "Enjoys the attention that sharing material brings.",
    ),
    "engagement.mental_health": (
        "Low mood and isolation reported by health.",
        "Autism diagnosis; finds change and ambiguity hard.",
        "Poor sleep and anxiety noted by the GP.",
    ),
    "engagement.family_influence": (
        "An older relative shares similar views at home.",
        "Friendship group shares the same material.",
    ),
    "intent.over_identification": (
        "Talks about the cause as the most important thing in {their} life.",
        "Has changed appearance and language to match the group.",
    ),
    "intent.us_and_them": (
        "Talks about an out-group as a threat to people like {n}.",
        "Divides people into 'us' and 'them' when discussing {grievance}.",
    ),
    "intent.dehumanisation": (
        "Shared material describing others in dehumanising terms.",
        "Used dehumanising language about a minority group.",
    ),
    "intent.justifying_offending": (
        "Excused the violence shown in {material}.",
        "Said an attacker 'had a point'.",
    ),
    "intent.harmful_means": (
        "Said that 'something has to be done' but not what.",
        "Believes violence is sometimes the only way to be heard.",
    ),
    "intent.harmful_objectives": (
        "No target named, but talks of wanting to 'make a statement'.",
        "Has spoken of wanting to join a group that uses violence.",
    ),
    "capability.knowledge_skills": (
        "Competent at editing and posting video.",
        "Has searched online for information about weapons.",
    ),
    "capability.access_resources": (
        "Limited contact with a network of concern online.",
        "Has money of {their} own from a part-time job.",
    ),
    "capability.criminal_history": (
        "Previous caution for a public order offence.",
        "Arrested once for criminal damage; no further action.",
    ),
    "capability.online_reach": (
        "Administers a group chat where material is shared.",
        "Posts are reshared by several hundred accounts.",
    ),
}
_DOMAIN_EVIDENCE: dict[str, tuple[str, ...]] = {
    "engagement": ("Reported by partners; see information items.", "Raised by {relation}."),
    "intent": ("Seen in {material}.", "Expressed during a home visit."),
    "capability": ("Noted in police checks.", "No specific detail recorded."),
}
_GENERIC_EVIDENCE = ("Reported by partners; see information items.",)
_SCORE_WEIGHTS = {
    "engagement": _weighted([(0, 15), (1, 35), (2, 35), (3, 15)]),
    "intent": _weighted([(0, 30), (1, 35), (2, 25), (3, 10)]),
    "capability": _weighted([(0, 55), (1, 30), (2, 12), (3, 3)]),
}


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
        raise InvalidInput("The number of demo cases cannot be negative.")
    if not owners:
        raise InvalidInput("Demo cases need at least one owner.")
    if items_per_case < 0:
        raise InvalidInput("Items per case cannot be negative.")
    return _generate(seed, cases, tuple(owners), today, items_per_case, _load_framework())


def _generate(
    seed: int,
    cases: int,
    owners: tuple[str, ...],
    today: date,
    items_per_case: float,
    framework: _Framework,
) -> Iterator[DemoCase]:
    rng = _Rng(seed)
    roster = _roster(rng)
    plan = _factor_plan(framework)
    numbers: dict[int, int] = {}
    for _ in range(cases):
        yield _case(rng, owners, today, items_per_case, framework, plan, roster, numbers)


def _item_count(rng: _Rng, items_per_case: float) -> int:
    if items_per_case < 1:
        return 1 if rng.random() < items_per_case else 0
    return rng.between(1, max(1, round(2 * items_per_case - 1)))


def _dob(rng: _Rng, referral: date, child: bool) -> date:
    # 18 years is 6574 or 6575 days; staying clear of that boundary keeps child status exact.
    # Adults cluster in their early twenties, as referrals do, with a tail up to about 70.
    days = rng.between(10 * 366, 6570) if child else int(rng.triangular(6580, 70 * 365, 22 * 365))
    return referral - timedelta(days=days)


def _case(
    rng: _Rng,
    owners: tuple[str, ...],
    today: date,
    items_per_case: float,
    framework: _Framework,
    plan: _Plan,
    roster: dict[str, tuple[_Staff, ...]],
    numbers: dict[int, int],
) -> DemoCase:
    rand = rng.random
    choice = rng.pick
    randint = rng.between

    # Recent referrals are over-represented, as in a live caseload, so early stages show up.
    back = randint(0, 180) if rand() < 0.3 else randint(0, 4 * 365)
    referral = today - timedelta(days=back)
    case_id = _uuid(rng)

    # Timeline: start day of each stage reached, and the closing day if the case closed.
    starts = [referral]
    closed_on: date | None = None
    closed_stage = -1
    for stage in range(len(_STAGES)):
        lo, hi = _STAGE_DAYS[stage]
        if stage == _REFERRAL and rand() < 0.04:
            hi = 120  # the occasional referral left waiting for screening information
        end = starts[stage] + timedelta(days=randint(lo, hi))
        if rand() < _CLOSE_AT[stage]:
            if end <= today:
                closed_on, closed_stage = end, stage
            break
        if stage == _REVIEW or end > today:
            break
        starts.append(end)
    reached = len(starts) - 1
    last_day = closed_on or today

    # People.
    heritage = choice(_HERITAGES)
    female = rand() < 0.2
    child = rand() < 0.35
    dob = _dob(rng, referral, child)
    home = _address(rng)
    base_family = choice(heritage.family)  # relatives take their own form of it
    given, family = _name(rng, heritage, female, base_family)
    subject = Person(given, family, dob, id=_uuid(rng))
    subject.addresses.append(home)
    if rand() < 0.3:
        subject.addresses.append(_address(rng))
    if rand() < 0.22:
        subject.aliases.append(_alias(rng, subject, heritage, female))
        if rand() < 0.2:
            subject.aliases.append(_alias(rng, subject, heritage, female))
    subject.identifiers = _subject_identifiers(rng, subject, referral)
    people = [subject]
    subjects = [subject]
    links: list[PersonLink] = []

    def link(other: Person, relationship: str, owner: Person = subject) -> None:
        people.append(other)
        links.append(PersonLink(owner.id, other.id, relationship, id=_uuid(rng)))

    if rand() < 0.08:
        # A second subject referred together: a sibling for children, an associate for adults.
        second_child = rand() < 0.35
        s_female = rand() < 0.25
        if child and second_child:
            s_given, s_family = _name(rng, heritage, s_female, base_family)
            rel = "sister" if s_female else "brother"
            s_home = home
        else:
            s_given, s_family = _name(rng, choice(_HERITAGES), s_female)
            rel = "associate"
            s_home = _address(rng)
        second = Person(
            s_given, s_family, _dob(rng, referral, second_child), [], [], [s_home], _uuid(rng)
        )
        second.identifiers = _subject_identifiers(rng, second, referral)
        subjects.append(second)
        link(second, rel)

    def relative(rel: str, fem: bool, fam: str | None, years: int, spread: int) -> None:
        r_given, r_family = _name(rng, heritage, fem, fam)
        r_dob = dob - timedelta(days=years * 365 + randint(-spread, spread))
        link(Person(r_given, r_family, r_dob, [], [], [home], _uuid(rng)), rel)

    if child:
        # Somali children usually carry their father's given name as their family name.
        father_given = family if heritage is _SOMALI and family in heritage.male else None
        if rand() < 0.9:
            relative("mother", True, base_family if rand() < 0.7 else None, 28, 2500)
        if rand() < 0.55:
            if father_given:
                f_family = choice(heritage.family)
                while f"{father_given} {f_family}" in _REAL_PEOPLE or f_family == father_given:
                    f_family = choice(heritage.family)
                f_dob = dob - timedelta(days=32 * 365 + randint(-2500, 2500))
                father = Person(father_given, f_family, f_dob, [], [], [home], _uuid(rng))
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
        a_given, a_family = _name(rng, choice(_HERITAGES), a_female)
        a_dob = dob - timedelta(days=randint(-1500, 3000)) if rand() < 0.7 else None
        associate = Person(a_given, a_family, a_dob, [], [], [], _uuid(rng))
        if rand() < 0.5:
            associate.addresses.append(_address(rng))
        if rand() < 0.3:
            associate.identifiers.append(
                Identifier("police national computer number", _pnc(rng, a_dob, referral))
            )
        link(associate, choice(("associate", "associate", "friend", "online contact", "cousin")))

    family_rels = [ln.relationship for ln in links if ln.relationship in _FAMILY]
    their = "her" if female else "his"
    relation = f"{their} {choice(family_rels)}" if family_rels else f"{their} mother"

    # The case record.
    year = referral.year
    numbers[year] = numbers.get(year, 0) + 1
    owner = choice(owners)
    marking = choice(_CASE_MARKINGS)
    source = (
        "Security service"
        if marking is Marking.SECRET
        else choice(_CHILD_SOURCES if child else _ADULT_SOURCES)
    )
    if source == "Security service" and marking is Marking.OFFICIAL:
        marking = Marking.OFFICIAL_SENSITIVE  # security service material is never plain OFFICIAL
    status = CaseStatus.CLOSED if closed_on else _STAGES[reached]
    closing_reason = choice(_CLOSING_REASONS[closed_stage]) if closed_on else None
    consent, consent_note = _consent(rng, child, reached, closing_reason, starts, relation)
    if closed_on:
        next_review = None
        retention = _add_years(closed_on, 3)  # policy here: review three years after closure
    else:
        interval = _REVIEW_DAYS[reached]
        next_review = starts[reached] + timedelta(days=interval)
        if next_review < today:
            behind = (today - next_review).days
            next_review += timedelta(days=(behind // interval + 1) * interval)
        if rand() < 0.1:
            next_review = today - timedelta(days=randint(1, 30))  # a few reviews are overdue
        retention = _add_years(referral, 6)
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
    materials, grievances = choice(_THEMES)
    if not child:
        grievances = tuple(g for g in grievances if not _CHILD_ONLY.search(g)) or grievances
    slots = _Slots(rng, referral)
    slots["n"] = given
    slots["their"] = their
    slots["relation"] = relation
    slots["Relation"] = relation[0].upper() + relation[1:]
    slots["town"] = home.rsplit(", ", 2)[-2]
    slots["school"] = choice(_SCHOOLS)
    slots["platform"] = choice(_PLATFORMS)
    slots["material"] = choice(materials)
    slots["grievance"] = choice(grievances)

    items = _items(rng, case, child, reached, starts, last_day, items_per_case, roster, slots)
    chronology = _chronology(rng, case, starts, closed_on, last_day, owner, slots)
    actions = _actions(rng, case, child, reached, starts, closed_on, today, roster, slots)
    assessments = _assessments(rng, case, reached, starts, last_day, framework, plan, slots)
    return DemoCase(case, people, links, items, chronology, actions, assessments)


_CHILD_ONLY = re.compile(r"school|young people|peers")
_FAMILY = frozenset({"mother", "father", "stepfather", "sister", "brother", "partner"})


def _consent(
    rng: _Rng,
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
    if reached < _GATHERING or (reached == _GATHERING and rng.random() < 0.6):
        return ConsentStatus.NOT_SOUGHT, ""
    when = _fmt(starts[min(reached, _ASSESSMENT)])
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


def _items(
    rng: _Rng,
    case: Case,
    child: bool,
    reached: int,
    starts: list[date],
    last_day: date,
    items_per_case: float,
    roster: dict[str, tuple[_Staff, ...]],
    slots: _Slots,
) -> list[InformationItem]:
    # The hot loop of a million-item run: picks are inlined as `seq[int(rand() * len(seq))]`,
    # the same draw _Rng.pick makes, to save a method call each.
    rand = rng.random
    n = _item_count(rng, items_per_case)
    if n == 0:
        return []
    first = case.referral_date.toordinal()
    span = (last_day - case.referral_date).days + 1
    ordinals = sorted([first + int(rand() * span) for _ in range(n - 1)])
    ordinals.insert(0, first)
    support_from = starts[_SUPPORT].toordinal() if reached >= _SUPPORT else 1 << 30
    agencies = _CHILD_AGENCIES if child else _ADULT_AGENCIES
    n_agencies = len(agencies)
    sentences = _SENTENCES
    general = sentences["general"]
    support = sentences["support"]
    grades = _GRADES
    marking = case.marking
    official, sensitive, secret = Marking.OFFICIAL, Marking.OFFICIAL_SENSITIVE, Marking.SECRET
    case_id = case.id
    items: list[InformationItem] = []
    superseded: set[int] = set()
    for i in range(n):
        day = date.fromordinal(ordinals[i])
        slots.day = day
        target = -1
        if i == 0:
            agency = case.referral_source
        elif i >= 2 and rand() < 0.07:
            target = int(rand() * i)
            if target in superseded:
                target = -1
                agency = agencies[int(rand() * n_agencies)]
            else:
                agency = items[target].agency
        else:
            agency = agencies[int(rand() * n_agencies)]
        if agency == "Security service" and marking is official:
            agency = "Police"  # the police relay what the security service may share at OFFICIAL
        if target < 0 and ordinals[i] >= support_from and rand() < 0.45:
            agency = "Local authority"
            pool = support
        else:
            pool = sentences[agency]

        # Marking: the referral carries the case marking; security service material is at least
        # OFFICIAL-SENSITIVE and in a SECRET case mostly SECRET; the rest is at most
        # OFFICIAL-SENSITIVE.
        if marking is official:
            item_marking = official
        elif i == 0:
            item_marking = marking
        elif agency == "Security service":
            item_marking = secret if marking is secret and rand() < 0.6 else sensitive
        else:
            item_marking = sensitive if rand() < 0.75 else official

        if target >= 0:
            original = items[target]
            superseded.add(target)
            text = _CORRECTION_PREFIX.format(_fmt(original.item_date)) + rng.pick(
                _CORRECTIONS
            ).format_map(slots)
            if rand() < 0.5:
                text += " " + rng.pick(pool).format_map(slots)
            author = original.author
            item_marking = original.marking
            caveats = list(original.caveats)
            supersedes: str | None = original.id
        else:
            picked = [pool[int(rand() * len(pool))]]
            for _ in range(int(rand() * 4)):
                extra = pool if rand() < 0.6 else general
                sentence = extra[int(rand() * len(extra))]
                if sentence not in picked:
                    picked.append(sentence)
            text = " ".join([t.format_map(slots) for t in picked])
            staff = roster[agency]
            author = staff[int(rand() * len(staff))].signature
            caveats = _caveats(rng, agency)
            supersedes = None
        source_grade, information_grade = grades[int(rand() * len(grades))]
        items.append(
            InformationItem(
                case_id,
                agency,
                author,
                day,
                text,
                source_grade,
                information_grade,
                item_marking,
                caveats,
                supersedes,
                _uuid(rng),
            )
        )
    return items


def _caveats(rng: _Rng, agency: str) -> list[str]:
    roll = rng.random()
    if agency == "Security service":
        if roll < 0.6:
            return ["originator consent before onward disclosure"]
        if roll < 0.8:
            return ["not for panel", "originator consent before onward disclosure"]
        return []
    if agency == "Police" and roll < 0.1:
        return ["police only"]
    if agency == "Health" and roll < 0.2:
        return ["health only"]
    if roll > 0.96:
        return ["not for disclosure to subject"]
    if roll > 0.94:
        return ["not for panel"]
    return []


def _chronology(
    rng: _Rng,
    case: Case,
    starts: list[date],
    closed_on: date | None,
    last_day: date,
    owner: str,
    slots: _Slots,
) -> list[ChronologyEntry]:
    n = slots["n"]
    events = [(starts[0], f"Referral received from {case.referral_source}.")]
    summaries = (
        "",
        "Screening complete; opened for information gathering.",
        f"Consent visit with {n} and {slots['relation']}; vulnerability assessment started.",
        "Case presented at panel.",
        "Support plan agreed at panel; intervention provider allocated.",
        "Support plan reviewed at panel.",
    )
    for stage in range(1, len(starts)):
        events.append((starts[stage], summaries[stage]))
    if len(starts) > 1 and rng.random() < 0.5:
        visit = _between(rng, starts[-1], min(starts[-1] + timedelta(days=20), last_day))
        events.append((visit, f"Home visit by the case officer; {n} was at home."))
    if closed_on:
        events.append((closed_on, f"Case closed. {case.closing_reason}"))
    # Keep the chronology short: the first event, the closure and a few in between.
    if len(events) > 5:
        keep = {0, len(events) - 1, *rng.sample(range(1, len(events) - 1), 3)}
        events = [e for k, e in enumerate(events) if k in keep]
    events.sort(key=lambda e: e[0])
    return [ChronologyEntry(case.id, d, s, owner, id=_uuid(rng)) for d, s in events]


def _actions(
    rng: _Rng,
    case: Case,
    child: bool,
    reached: int,
    starts: list[date],
    closed_on: date | None,
    today: date,
    roster: dict[str, tuple[_Staff, ...]],
    slots: _Slots,
) -> list[Action]:
    who = "child" if child else "adult"
    planned: list[tuple[str, str, date]] = []
    if reached >= _GATHERING:
        for agency, text in rng.sample(_INFO_ACTIONS_FOR[who], rng.between(1, 3)):
            planned.append((agency, text, starts[_GATHERING] + timedelta(days=14)))
    if reached >= _PANEL:
        for agency, text in rng.sample(_SUPPORT_ACTIONS_FOR[who], rng.between(2, 5)):
            due = starts[_PANEL] + timedelta(days=rng.between(14, 120))
            planned.append((agency, text, due))
    actions: list[Action] = []
    for agency, text, due in planned:
        roll = rng.random()
        if closed_on:
            status = ActionStatus.DONE if roll < 0.85 else ActionStatus.CANCELLED
        elif due < today:
            if roll < 0.7:
                status = ActionStatus.DONE
            elif roll < 0.8:
                status = ActionStatus.IN_PROGRESS
            elif roll < 0.95:
                status = ActionStatus.OPEN  # overdue, so it comes up at the next meeting
            else:
                status = ActionStatus.CANCELLED
        else:
            status = ActionStatus.OPEN if roll < 0.6 else ActionStatus.IN_PROGRESS
        owner = case.owner if agency == "Local authority" and roll < 0.5 else None
        actions.append(
            Action(
                case_id=case.id,
                description=text.format_map(slots),
                agency=agency,
                owner=owner or rng.pick(roster[agency]).name,
                due_date=due,
                status=status,
                id=_uuid(rng),
            )
        )
    return actions


def _assessments(
    rng: _Rng,
    case: Case,
    reached: int,
    starts: list[date],
    last_day: date,
    framework: _Framework,
    plan: _Plan,
    slots: _Slots,
) -> list[Assessment]:
    if reached < _ASSESSMENT:
        return []
    if reached == _ASSESSMENT and case.status is not CaseStatus.CLOSED and rng.random() < 0.5:
        return []  # still being written
    dates: list[date] = []
    first_end = starts[_PANEL] if reached >= _PANEL else last_day
    dates.append(_between(rng, starts[_ASSESSMENT], first_end))
    if reached >= _REVIEW:
        dates.append(_between(rng, starts[_REVIEW] - timedelta(days=7), starts[_REVIEW]))
        if rng.random() < 0.4:
            dates.append(_between(rng, dates[-1], last_day))
    dates = [max(d, dates[0]) for d in dates]
    dates.sort()

    low, high = framework.low, framework.high
    span = high - low
    improving = rng.random() < 0.7  # most supported cases improve over time
    rand = rng.random
    # The weight tables are on a 0-3 scale; a framework with another scale gets them stretched.
    scores = [low + round(w[int(rand() * len(w))] * span / 3) for _, w, _ in plan]
    assessments: list[Assessment] = []
    previous_total: int | None = None
    for k, day in enumerate(dates):
        if k:
            drift = (-1, -1, 0, 0, 0, 1) if improving else (-1, 0, 0, 1, 1)
            scores = [min(high, max(low, s + rng.pick(drift))) for s in scores]
        factor_scores = [
            FactorScore(
                factor,
                score,
                pool[int(rand() * len(pool))].format_map(slots) if score > low else "",
            )
            for (factor, _, pool), score in zip(plan, scores, strict=True)
        ]
        total = sum(scores)
        summary = _summary(total, len(scores), low, span, previous_total, k, reached)
        previous_total = total
        assessments.append(
            Assessment(
                case_id=case.id,
                assessor=case.owner,
                assessed_on=day,
                framework_id=framework.id,
                scores=factor_scores,
                summary=summary,
                id=_uuid(rng),
            )
        )
    return assessments


_Plan = tuple[tuple[str, tuple[int, ...], tuple[str, ...]], ...]


def _factor_plan(framework: _Framework) -> _Plan:
    """Each factor with its score weights and evidence phrases, worked out once per run."""
    plan = []
    for factor in framework.factor_ids:
        domain = factor.split(".", 1)[0]
        weights = _SCORE_WEIGHTS.get(domain, _SCORE_WEIGHTS["engagement"])
        evidence = _FACTOR_EVIDENCE.get(factor) or _DOMAIN_EVIDENCE.get(domain, _GENERIC_EVIDENCE)
        plan.append((factor, weights, evidence))
    return tuple(plan)


def _between(rng: _Rng, start: date, end: date) -> date:
    if end <= start:
        return start
    return start + timedelta(days=rng.between(0, (end - start).days))


def _summary(
    total: int,
    count: int,
    low: int,
    span: int,
    previous: int | None,
    k: int,
    reached: int,
) -> str:
    mean = (total / count - low) / span if count and span else 0.0
    level = "Low" if mean < 0.25 else "Moderate" if mean < 0.5 else "High"
    parts = [f"{level} vulnerability overall."]
    if previous is not None:
        if total < previous:
            parts.append("Scores have reduced since the last assessment.")
        elif total > previous:
            parts.append("Scores have risen since the last assessment.")
        else:
            parts.append("Little change since the last assessment.")
    if k == 0 and reached >= _PANEL:
        parts.append("Recommend the case is discussed at panel.")
    elif level == "Low":
        parts.append("Recommend closure with signposting to universal services.")
    elif level == "High":
        parts.append("Recommend the case returns to panel to review the support plan.")
    else:
        parts.append("Recommend the support plan continues, with review in three months.")
    return " ".join(parts)
