"""Every fixed text of a meeting pack, in English and Welsh (issue 13).

A member's copy is drawn in the language chosen for that member (`PackLanguage`): English,
Welsh, or bilingual. Bilingual copies give Welsh first, then English (see
`core.meetings.pack_language` for why). What partners and officers wrote (item text, names,
minutes, a chair's own statement) is printed as written; everything the program itself
writes (headings, labels, notices, table headings, the page furniture, enumerations such as
status, consent and attendance, and dates written out) comes from `WELSH` below.

The table is a plain dict, not a Qt catalogue: packs never import Qt. Pack code marks each
English text where it is used, as the first argument of `w(...)`, `w.cell(...)`,
`w.lines(...)`, `w.phrase(...)`, `w.count(n, ONE, MANY)` (where `w` is a `Words`) or
`pack_text(...)`; `problems()` reads those marks from the pack modules' source (as lupdate
reads `tr`), and the translation check (scripts/update_translations.py --check) fails while
one has no Welsh here. Texts of the core that a pack prints when nobody wrote their own
(the default confidentiality statement, the default "decision sought") are checked too.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

from securedesk.core.domain import AGENCIES, KNOWN_CAVEATS, ActionStatus, CaseStatus, ConsentStatus
from securedesk.core.meetings.pack_content import (
    DEFAULT_CONFIDENTIALITY_STATEMENT,
    DEFAULT_DECISION_SOUGHT,
)
from securedesk.core.meetings.pack_language import PackLanguage
from securedesk.packs.subject_access_words import SUBJECT_ACCESS_WELSH

Phrase = Callable[[str], str]  # a language code ("en" or "cy") -> the text in it
Field = str | int | Phrase


def pack_text(english: str) -> str:
    """Marks `english` as a pack text (for `problems()`); translated where it is used."""
    return english


WEEKDAYS = tuple(
    pack_text(d)
    for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
)
MONTHS = tuple(
    pack_text(m)
    for m in (
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
)
CASE_STATUS = {
    CaseStatus.REFERRAL: pack_text("Referral"),
    CaseStatus.INFORMATION_GATHERING: pack_text("Information gathering"),
    CaseStatus.ASSESSMENT: pack_text("Assessment"),
    CaseStatus.PANEL: pack_text("Panel"),
    CaseStatus.SUPPORT_PLAN: pack_text("Support plan"),
    CaseStatus.REVIEW: pack_text("Review"),
    CaseStatus.CLOSED: pack_text("Closed"),
}
CONSENT = {
    ConsentStatus.NOT_SOUGHT: pack_text("Not sought"),
    ConsentStatus.GIVEN: pack_text("Given"),
    ConsentStatus.PARENTAL_GIVEN: pack_text("Parental consent given"),
    ConsentStatus.REFUSED: pack_text("Refused"),
    ConsentStatus.WITHDRAWN: pack_text("Withdrawn"),
}
ACTION_STATUS = {
    ActionStatus.OPEN: pack_text("Open"),
    ActionStatus.IN_PROGRESS: pack_text("In progress"),
    ActionStatus.DONE: pack_text("Done"),
    ActionStatus.CANCELLED: pack_text("Cancelled"),
}
ATTENDANCE = {
    "invited": pack_text("Invited"),
    "attended": pack_text("Attended"),
    "apologies": pack_text("Apologies"),
}
CHRONOLOGY_KINDS = {
    "item": pack_text("Information"),
    "entry": pack_text("Note"),
    "assessment": pack_text("Assessment"),
    "action": pack_text("Action"),
    "meeting": pack_text("Meeting"),
}

WELSH: dict[str, str] = {
    # dates written out
    "Monday": "Dydd Llun",
    "Tuesday": "Dydd Mawrth",
    "Wednesday": "Dydd Mercher",
    "Thursday": "Dydd Iau",
    "Friday": "Dydd Gwener",
    "Saturday": "Dydd Sadwrn",
    "Sunday": "Dydd Sul",
    "January": "Ionawr",
    "February": "Chwefror",
    "March": "Mawrth",
    "April": "Ebrill",
    "May": "Mai",
    "June": "Mehefin",
    "July": "Gorffennaf",
    "August": "Awst",
    "September": "Medi",
    "October": "Hydref",
    "November": "Tachwedd",
    "December": "Rhagfyr",
    # enumerations
    "Referral": "Atgyfeiriad",
    "Information gathering": "Casglu gwybodaeth",
    "Assessment": "Asesiad",
    "Panel": "Panel",
    "Support plan": "Cynllun cymorth",
    "Review": "Adolygiad",
    "Closed": "Ar gau",
    "Not sought": "Heb ei geisio",
    "Given": "Wedi'i roi",
    "Parental consent given": "Cydsyniad rhiant wedi'i roi",
    "Refused": "Wedi'i wrthod",
    "Withdrawn": "Wedi'i dynnu'n ôl",
    "Open": "Ar agor",
    "In progress": "Ar y gweill",
    "Done": "Wedi'i wneud",
    "Cancelled": "Wedi'i ganslo",
    "Invited": "Gwahoddwyd",
    "Attended": "Yn bresennol",
    "Apologies": "Ymddiheuriadau",
    "Information": "Gwybodaeth",
    "Note": "Nodyn",
    "Action": "Cam gweithredu",
    "Meeting": "Cyfarfod",
    # handling caveats and the usual agencies (others are printed as written)
    "not for panel": "nid ar gyfer y panel",
    "originator consent before onward disclosure": "cydsyniad y tarddwr cyn datgelu ymhellach",
    "not for disclosure to subject": "nid i'w ddatgelu i'r unigolyn",
    "police only": "yr heddlu yn unig",
    "health only": "iechyd yn unig",
    "Police": "Heddlu",
    "Children's social care": "Gofal cymdeithasol i blant",
    "Adult social care": "Gofal cymdeithasol i oedolion",
    "Health": "Iechyd",
    "Education": "Addysg",
    "Probation": "Gwasanaeth prawf",
    "Housing": "Tai",
    "Security service": "Gwasanaeth diogelwch",
    "Local authority": "Awdurdod lleol",
    # page furniture and the document's name
    "Meeting pack": "Pecyn cyfarfod",
    "Executive summary": "Crynodeb gweithredol",
    "Copy {number}": "Copi {number}",
    "PREVIEW: not an issued copy": "RHAGOLWG: nid copi a ddosbarthwyd",
    "Page {page} of {pages}": "Tudalen {page} o {pages}",
    "{kind}, {day}, copy {number}": "{kind}, {day}, copi {number}",
    "{kind}, {day}, preview": "{kind}, {day}, rhagolwg",
    # the cover
    "Date": "Dyddiad",
    "Place": "Lleoliad",
    "Chair": "Cadeirydd",
    "Marking": "Marc diogelu",
    "Copy number": "Rhif y copi",
    "Recipient": "Derbynnydd",
    "Next meeting": "Cyfarfod nesaf",
    "{n} case": "{n} achos",
    "{n} cases": "{n} achos",
    "{n} item": "{n} eitem",
    "{n} items": "{n} eitem",
    "This copy covers {cases} on the agenda.": "Mae'r copi hwn yn ymdrin â {cases} ar yr agenda.",
    "No cases are on this meeting's agenda.": "Nid oes achosion ar agenda'r cyfarfod hwn.",
    "{withheld} withheld from this copy.": "{withheld} wedi'u dal yn ôl o'r copi hwn.",
    "{cases} and {items}": "{cases} a {items}",
    "This is a numbered copy, entered in the copy register with a fingerprint of this "
    "document. It carries the highest protective marking of what it shows.": (
        "Copi wedi'i rifo yw hwn, a gofnodwyd yn y gofrestr copïau gydag ôl bys o'r ddogfen "
        "hon. Mae'n dwyn y marc diogelu uchaf o'r hyn y mae'n ei ddangos."
    ),
    # statement, members, agenda
    "Confidentiality": "Cyfrinachedd",
    "Members": "Aelodau",
    "No members are recorded.": "Ni chofnodwyd unrhyw aelodau.",
    "Name": "Enw",
    "Agency": "Asiantaeth",
    "Attendance": "Presenoldeb",
    "{invited} invited; {attended} attended; {apologies} sent apologies.": (
        "{invited} wedi'u gwahodd; {attended} yn bresennol; {apologies} wedi anfon ymddiheuriadau."
    ),
    "Agenda": "Agenda",
    "No.": "Rhif",
    "Case": "Achos",
    "Subjects": "Unigolion",
    "Status": "Statws",
    "Decision sought": "Penderfyniad a geisir",
    "Child": "Plentyn",
    "child": "plentyn",
    "{n} further case on the agenda is withheld from this copy.": (
        "Mae {n} achos arall ar yr agenda wedi'i ddal yn ôl o'r copi hwn."
    ),
    "{n} further cases on the agenda are withheld from this copy.": (
        "Mae {n} achos arall ar yr agenda wedi'u dal yn ôl o'r copi hwn."
    ),
    "No case on the agenda may be shown in this copy.": (
        "Ni ellir dangos unrhyw achos ar yr agenda yn y copi hwn."
    ),
    # a case
    "Marking of this case as shown here: {marking}": (
        "Marc diogelu'r achos hwn fel y'i dangosir yma: {marking}"
    ),
    "Summary": "Crynodeb",
    "Case owner": "Perchennog yr achos",
    "Consent": "Cydsyniad",
    "Next review": "Adolygiad nesaf",
    "Not set": "Heb ei osod",
    "Not known": "Ddim yn hysbys",
    "Date of birth": "Dyddiad geni",
    "Age at meeting": "Oed adeg y cyfarfod",
    "Also known as": "Adwaenir hefyd fel",
    "Chronology": "Cronoleg",
    "No events recorded.": "Ni chofnodwyd unrhyw ddigwyddiadau.",
    "Event": "Digwyddiad",
    "Assessment by": "Asesiad gan",
    "Action agreed": "Cam gweithredu a gytunwyd",
    "Discussed at": "Trafodwyd yn",
    "Information from partners ({items})": "Gwybodaeth gan bartneriaid ({items})",
    "No information items may be shown in this copy.": (
        "Ni ellir dangos unrhyw eitemau gwybodaeth yn y copi hwn."
    ),
    "graded {grading}": "gradd {grading}",
    "caveats: {caveats}": "cafeatau: {caveats}",
    "superseded by a later item": "disodlwyd gan eitem ddiweddarach",
    " … (cut: too long for a table)": " … (wedi'i dorri: rhy hir i dabl)",
    "Latest assessment": "Yr asesiad diweddaraf",
    "No assessment recorded.": "Ni chofnodwyd asesiad.",
    "Assessed on {day} by {who}.": "Aseswyd ar {day} gan {who}.",
    "Domain": "Maes",
    "Score": "Sgôr",
    "{total} of {maximum}": "{total} o {maximum}",
    "Summary conclusion": "Casgliad cryno",
    "Changes since the previous assessment": "Newidiadau ers yr asesiad blaenorol",
    "This is the first assessment: there is nothing to compare.": (
        "Dyma'r asesiad cyntaf: nid oes dim i'w gymharu."
    ),
    "No factor changed.": "Ni newidiodd unrhyw ffactor.",
    "Factor": "Ffactor",
    "Scores and evidence": "Sgorau a thystiolaeth",
    "Evidence": "Tystiolaeth",
    "Before": "Cynt",
    "Now": "Nawr",
    "Actions outstanding": "Camau gweithredu heb eu cwblhau",
    "Actions completed": "Camau gweithredu a gwblhawyd",
    "Owner": "Perchennog",
    "Due": "Dyddiad dyledus",
    "OVERDUE": "HWYR",
    "None.": "Dim.",
    "Previous decisions": "Penderfyniadau blaenorol",
    "None recorded.": "Dim wedi'i gofnodi.",
    "Decision": "Penderfyniad",
    "Rationale": "Rhesymeg",
    "Dissent": "Anghytuno",
    # the executive summary
    "Cases: decisions sought and risk": "Achosion: penderfyniadau a geisir a risg",
    "No case may be shown in this copy.": "Ni ellir dangos unrhyw achos yn y copi hwn.",
    "Risk": "Risg",
    "Withheld": "Wedi'u dal yn ôl",
    "Assessment conclusion": "Casgliad yr asesiad",
    "Not assessed": "Heb ei asesu",
    "assessed {day}": "aseswyd {day}",
    "first assessment": "asesiad cyntaf",
    "no change since the previous assessment": "dim newid ers yr asesiad blaenorol",
    "{ups} factors up, {downs} down since the previous assessment": (
        "{ups} ffactor i fyny, {downs} i lawr ers yr asesiad blaenorol"
    ),
    # texts of the core printed when nobody wrote their own
    DEFAULT_CONFIDENTIALITY_STATEMENT: (
        "Darperir y pecyn hwn i aelodau'r panel ar gyfer y cyfarfod hwn yn unig. Mae'n "
        "cynnwys gwybodaeth bersonol a sensitif a rannwyd o dan y cytundeb rhannu gwybodaeth "
        "amlasiantaethol. Peidiwch â'i gopïo, tynnu llun ohono, ei anfon ymlaen na'i drafod y "
        "tu allan i'r panel. Copi wedi'i rifo ydyw, a gofnodwyd yn y gofrestr copïau: cadwch "
        "ef yn ddiogel, a'i ddychwelyd i'r cadeirydd neu ei ddinistrio'n ddiogel fel y mae'r "
        "cadeirydd yn ei gyfarwyddo. Rhowch wybod i'r cadeirydd ar unwaith os collir copi."
    ),
    DEFAULT_DECISION_SOUGHT[CaseStatus.REFERRAL]: (
        "Cytuno a yw'r panel yn mabwysiadu'r achos a beth sydd angen iddo ei wybod."
    ),
    DEFAULT_DECISION_SOUGHT[CaseStatus.INFORMATION_GATHERING]: (
        "Cytuno pa wybodaeth bellach sydd ei hangen, a chan bwy."
    ),
    DEFAULT_DECISION_SOUGHT[CaseStatus.ASSESSMENT]: (
        "Ystyried yr asesiad a chytuno a gynigir cymorth."
    ),
    DEFAULT_DECISION_SOUGHT[CaseStatus.PANEL]: (
        "Cytuno ar gynllun cymorth a phwy sy'n ei ddarparu."
    ),
    DEFAULT_DECISION_SOUGHT[CaseStatus.SUPPORT_PLAN]: (
        "Adolygu cynnydd yn erbyn y cynllun cymorth."
    ),
    DEFAULT_DECISION_SOUGHT[CaseStatus.REVIEW]: (
        "Penderfynu a ddylid parhau, newid y cynllun, neu gau'r achos."
    ),
    DEFAULT_DECISION_SOUGHT[CaseStatus.CLOSED]: (
        "Nodi bod yr achos wedi cau ac unrhyw gamau gweithredu terfynol."
    ),
}

# The subject access report's own texts (packs/subject_access_words.py), in the same table.
WELSH.update(SUBJECT_ACCESS_WELSH)

# Program texts a pack prints that are not marked in the pack modules' source.
CORE_TEXTS: tuple[str, ...] = (
    DEFAULT_CONFIDENTIALITY_STATEMENT,
    *DEFAULT_DECISION_SOUGHT.values(),
    *KNOWN_CAVEATS,
    *AGENCIES,
)


def _text(english: str, language: str, fields: dict[str, Field]) -> str:
    template = WELSH.get(english, english) if language == "cy" else english
    values = {k: (v(language) if callable(v) else v) for k, v in fields.items()}
    return template.format(**values) if values else template


class Words:
    """The fixed texts of one copy, in its language(s): Welsh first when bilingual."""

    def __init__(self, language: PackLanguage) -> None:
        self.language = language
        self.languages: tuple[str, ...] = (
            ("cy", "en") if language is PackLanguage.BILINGUAL else (language.value,)
        )

    # -- one text -----------------------------------------------------------------

    def phrase(self, english: str, /, **fields: Field) -> Phrase:
        """`english` (filled with `fields`) in whichever language it is asked for."""
        return lambda language: _text(english, language, fields)

    def __call__(self, english: str, /, **fields: Field) -> str:
        """For running text: both languages on one line, " / " between, when bilingual."""
        return self.say(self.phrase(english, **fields))

    def cell(self, english: str, /, **fields: Field) -> str:
        """For a table cell or label: one line per language."""
        return self.say(self.phrase(english, **fields), "\n")

    def lines(self, english: str, /, **fields: Field) -> list[str]:
        """For a heading or a sentence: one paragraph per language."""
        return self.each(self.phrase(english, **fields))

    def count(self, n: int, one: str, many: str, /) -> Phrase:
        """`one` or `many` by `n` (filled as {n}): Welsh counts with the singular noun."""
        return self.phrase(one if n == 1 else many, n=n)

    # -- made of phrases ------------------------------------------------------------

    def each(self, phrase: Phrase) -> list[str]:
        return [phrase(language) for language in self.languages]

    def say(self, phrase: Phrase, sep: str = " / ") -> str:
        parts = self.each(phrase)
        return parts[0] if len(set(parts)) == 1 else sep.join(parts)

    def compose(self, template: str, /, **fields: Field) -> Phrase:
        """Phrases and values put together without words of their own ("{a}, {b}")."""
        return lambda language: template.format(
            **{k: (v(language) if callable(v) else v) for k, v in fields.items()}
        )

    def known(self, text: str) -> Phrase:
        """`text` translated if it is a program text of the table (a default "decision
        sought", a usual agency, a caveat), else as written: partners' words are kept."""
        return lambda language: WELSH.get(text, text) if language == "cy" else text

    def framework(self, text: str, welsh: dict[str, str]) -> Phrase:
        """A text of the assessment framework, in the framework's own Welsh
        (`Framework.welsh`); as written where the framework has none."""
        return lambda language: welsh.get(text, text) if language == "cy" else text

    def date(self, day: date) -> Phrase:
        """A date written out: "Wednesday 4 March 2026", "Dydd Mercher 4 Mawrth 2026"."""
        return self.compose(
            "{weekday} {day} {month} {year}",
            weekday=self.phrase(WEEKDAYS[day.weekday()]),
            day=day.day,
            month=self.phrase(MONTHS[day.month - 1]),
            year=day.year,
        )


# --- the check ------------------------------------------------------------------------

MARKERS = {"w", "words", "pack_text"}  # w(...), self.w(...), pack_text(...)
METHODS = {"cell", "lines", "phrase", "count"}  # w.cell(...), self.w.count(n, ...)
PACKS = Path(__file__).resolve().parent


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def marked_texts(source: str) -> list[str]:
    """The English texts `source` marks as pack texts (see the module's note)."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        marked = _name(func) in MARKERS or (
            isinstance(func, ast.Attribute)
            and func.attr in METHODS
            and _name(func.value) in MARKERS
        )
        if marked:
            found += [
                a.value
                for a in node.args
                if isinstance(a, ast.Constant) and isinstance(a.value, str)
            ]
    return found


def pack_sources() -> list[Path]:
    return sorted(PACKS.glob("*.py"))


def problems(paths: Iterable[Path] | None = None, table: dict[str, Any] | None = None) -> list[str]:
    """Every pack text with no Welsh in the table: marked in the pack modules, or printed
    from the core."""
    table = WELSH if table is None else table
    texts: list[str] = []
    for path in pack_sources() if paths is None else paths:
        texts += marked_texts(path.read_text("utf-8"))
    texts += CORE_TEXTS
    found: list[str] = []
    for text in dict.fromkeys(texts):
        welsh = table.get(text)
        if not isinstance(welsh, str) or not welsh.strip():
            found.append(f"meeting packs: no Welsh for {text!r}")
    return found
