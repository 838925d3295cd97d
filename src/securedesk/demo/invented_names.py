"""Who and where, for the invented-data generator: given and family names by heritage, the
real people a draw must not match, short names and online handles, invented towns and streets,
and how each agency's staff sign their work. Data only; invented_people draws from it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


def weighted(pairs: Sequence[tuple[T, int]]) -> tuple[T, ...]:
    # Expanding weights into a flat tuple makes every draw a single rng.pick, the cheapest
    # weighted pick there is; the tables are small so the tuples stay small.
    return tuple(value for value, weight in pairs for _ in range(weight))


# --- names -----------------------------------------------------------------------------------


def split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(","))


@dataclass(frozen=True)
class Heritage:
    key: str
    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...]


ENGLISH = Heritage(
    "english",
    split(
        "Jack, Oliver, Charlie, George, Callum, Kieran, Jordan, Bradley, Connor, Ryan, "
        "Daniel, Lewis, Jake, Kyle, Mason, Tyler, Ethan, Alfie, Nathan, Dean, Gary, "
        "Paul, Mark, Steven, Liam, Reece, Joel"
    ),
    split(
        "Ella, Amelia, Olivia, Lily, Sophie, Chloe, Megan, Jade, Emma, Lauren, Hannah, "
        "Zoë, Tracey, Karen, Leanne, Kayleigh, Abbie, Holly, Courtney, Renée, Gemma, "
        "Paige"
    ),
    split(
        "Taylor, Brown, Wilson, Harris, Robinson, Wright, Hughes, Edwards, Cooper, "
        "Turner, Hall, Marshall, Pearce, Barker, Holloway, Whitfield, Ashworth, "
        "Kendrick, Fairbairn, Dobson, Lowther, Greaves, Haslam, Bramley, Thwaite, "
        "Pickering, Cartwright, Smith, Thorley, Naylor"
    ),
)
WELSH = Heritage(
    "welsh",
    split(
        "Rhys, Dafydd, Llŷr, Ieuan, Owain, Gethin, Dylan, Iolo, Gwilym, Tomos, Emrys, "
        "Aled, Rhodri, Carwyn, Dewi, Siôn, Osian, Cai, Elis, Steffan"
    ),
    split(
        "Gwenllian, Siân, Ffion, Bethan, Catrin, Eleri, Cerys, Nia, Angharad, Elin, "
        "Lowri, Mared, Heledd, Sioned, Eirlys, Manon, Alaw, Mali, Seren, Gwawr"
    ),
    split(
        "Llewelyn, ap Rhys, Pritchard, Vaughan, Prydderch, Ellis, Bevan, Gwynne, "
        "Parry, Meredith, Powell, Prosser, Probert, Rees, Bowen, Howells, Pugh, "
        "ab Owain, Maddocks, Rhydderch, Cadwaladr, Huws"
    ),
)
SOUTH_ASIAN = Heritage(
    "south_asian",
    split(
        "Imran, Arjun, Bilal, Sanjay, Yusuf, Rohan, Tariq, Hamid, Harjit, Gurpreet, "
        "Zubair, Faisal, Kamran, Nikhil, Jaswinder, Shahid, Adnan, Vikram, Kabir, "
        "Amrit"
    ),
    split(
        "Aisha, Priya, Zainab, Farhana, Nadia, Saima, Kiran, Simran, Rukhsana, "
        "Manpreet, Shabana, Anjali, Fatima, Sana, Mehreen, Rupinder, Nazia, Shazia, "
        "Sunita, Humaira"
    ),
    split(
        "Khan, Patel, Begum, Singh, Chaudhry, Ahmed, Hussain, Kaur, Sharma, Mahmood, "
        "Iqbal, Rahman, Gill, Mistry, Akhtar, Uddin, Sandhu, Dhillon, Malik, Qureshi, "
        "Mirza, Shah, Parmar, Joshi"
    ),
)
POLISH = Heritage(
    "polish",
    split(
        "Łukasz, Wojciech, Krzysztof, Paweł, Tomasz, Jakub, Piotr, Marcin, Kacper, "
        "Michał, Bartosz, Mateusz"
    ),
    split(
        "Małgorzata, Zofia, Agnieszka, Katarzyna, Joanna, Aleksandra, Natalia, "
        "Magdalena, Oliwia, Zuzanna, Ewa"
    ),
    # Masculine forms; invented_people gives the feminine -ska/-cka.
    split(
        "Kowalski, Nowak, Wiśniewski, Wójcik, Kamiński, Lewandowski, Zieliński, "
        "Szymański, Dąbrowski, Kozłowski, Jankowski, Mazur, Krawczyk, Piotrowski, "
        "Grabowski"
    ),
)
SOMALI = Heritage(
    "somali",
    split(
        "Abdirahman, Abdi, Hamza, Liban, Mohamed, Ahmed, Yusuf, Bashir, Khalid, Mahad, "
        "Said, Abdullahi"
    ),
    split("Hodan, Faadumo, Ayaan, Sahra, Ifrah, Hibo, Nimco, Ubah, Fowsiya, Idil, Deqa, Amina"),
    split(
        "Warsame, Hassan, Abdullahi, Omar, Jama, Guled, Yusuf, Nur, Adan, Elmi, Duale, Gedi, Ismail"
    ),
)
ROMANIAN = Heritage(
    "romanian",
    split("Andrei, Mihai, Ștefan, Bogdan, Florin, Ionuț, Cătălin, Adrian, Vlad, Răzvan, Sorin"),
    split(
        "Ioana, Elena, Alexandra, Cristina, Ana-Maria, Andreea, Bianca, Larisa, "
        "Mădălina, Roxana, Alina"
    ),
    split(
        "Popescu, Ionescu, Dumitrescu, Constantin, Munteanu, Țurcanu, Moldovan, Lungu, "
        "Dobre, Vasile, Ciobanu, Marin, Sârbu"
    ),
)
CARIBBEAN = Heritage(
    "caribbean",
    split("Jermaine, Tyrone, Kemar, Andre, Marlon, Leon, Dwayne, Shane, Winston, Clive, Delano"),
    split(
        "Shanice, Keisha, Marcia, Tanisha, Jada, Monique, Chantelle, Yvonne, Beverley, "
        "Kadian, Shereen"
    ),
    split(
        "Campbell, Thompson, Clarke, Francis, McKenzie, Bailey, Forbes, Reid, Lindsay, "
        "Samuels, Barrett, Nembhard"
    ),
)
IRISH = Heritage(
    "irish",
    split("Ciarán, Seán, Pádraig, Cian, Oisín, Darragh, Eoin"),
    split("Siobhán, Niamh, Aoife, Róisín, Orla, Clodagh, Caoimhe"),
    split(
        "Murphy, O'Donnell, Gallagher, Byrne, Kavanagh, McCarthy, Doherty, Quinn, "
        "Brennan, Nolan, Flanagan"
    ),
)
KURDISH_TURKISH = Heritage(
    "kurdish_turkish",
    split("Azad, Baran, Zana, Emre, Serhat, Rojhat, Deniz"),
    split("Dilan, Berfin, Hevin, Rojda, Zeynep, Elif, Şirin"),
    split("Aydın, Doğan, Kaya, Demir, Yıldız, Çelik, Arslan, Öztürk, Şahin, Polat"),
)

HERITAGES = weighted(
    [
        (ENGLISH, 36),
        (WELSH, 20),
        (SOUTH_ASIAN, 17),
        (POLISH, 6),
        (SOMALI, 5),
        (CARIBBEAN, 6),
        (ROMANIAN, 4),
        (IRISH, 3),
        (KURDISH_TURKISH, 3),
    ]
)

# Combinations the pools above could produce that belong to well-known public figures or to
# notorious offenders. Invented people must not be mistaken for them, so such a draw is redone.
REAL_PEOPLE = frozenset(
    split(
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


ASCII_FOLD = str.maketrans("âôŷŵëéáíóúŁłśńąężźćȘșȚțăığçÇöÖŞşİ", "aoyweeaiouLlsnaezzcSsTtaigcCoOSsI")

SHORT_NAMES = {
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

HANDLE_WORDS = split(
    "quiet, north, grey, blue, hollow, static, lantern, river, kite, ember, harbour, "
    "orbit, pixel, signal, cedar, frost, drift, echo, atlas, tide"
)


# --- places, and the letters identifiers use -------------------------------------------------

# Invented towns, each with an invented postcode area (real areas never start with X).
TOWNS = (
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
STREETS = split(
    "Heol y Dŵr, Lôn y Felin, Ffordd Tŷ Gwyn, Rhodfa'r Môr, Maes yr Ysgol, "
    "Clos y Wennol, Stryd y Capel, Cae Bryn, Teras Glanrafon, Heol Pen-y-Cae, "
    "Alderley Road, Beacon Street, Chapel Row, Foundry Lane, Kestrel Close, "
    "Millbrook Avenue, Quarry Terrace, Station Approach, Tannery Walk, "
    "Weavers Court, Sycamore Drive, Furnace Road, Colliers Way, Tinplate Street, "
    "Orchard Rise, Canal Side, Hawthorn Crescent, Victoria Gardens, Bessemer Road, "
    "Viaduct View"
)
BLOCKS = ("Clarendon House", "Tŷ Hafan", "Riverside Court", "Maes Glas Flats", "Foundry Mews")
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


# --- staff -----------------------------------------------------------------------------------

STAFF_STYLES: dict[str, tuple[str, ...]] = {
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
