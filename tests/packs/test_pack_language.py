"""Meeting packs in the member's language (issue 13): a member's copy in English, Welsh or
both (Welsh first). Every fixed text of a Welsh copy is Welsh (the English pack table is the
list of what must not remain); partners' words stay as written; the files pass qpdf --check."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from securedesk.core.markings import Marking
from securedesk.core.meetings.copy_register import PackVariant
from securedesk.core.meetings.meeting_base import IssueResult
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.meetings.pack_language import PackLanguage
from securedesk.core.session import Session
from securedesk.packs import pack_words
from securedesk.packs.render import MeetingPackRenderer

from ..conftest import OFFICER_PASS
from .conftest import (
    EARLIER_DECISION,
    NOT_FOR_PANEL_PHRASE,
    POLICE_ONLY_PHRASE,
    SECRET_PHRASE,
    all_text,
    needs_poppler,
    page_texts,
    qpdf_check,
    seeded_panel,
)

WELSH_MEMBER = "Gwyn Cymraeg"
BILINGUAL_MEMBER = "Elin Ddwyieithog"
ENGLISH_MEMBER = "Bob Housing"


@dataclass
class Copies:
    full: dict[str, IssueResult]  # member name -> copy
    summary: dict[str, IssueResult]
    preview: bytes


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Copies]:
    with (
        seeded_panel(tmp_path_factory.mktemp("languages")) as (panel, out),
        Session.sign_in(panel.folder, "oscar", OFFICER_PASS) as s,
    ):
        service = MeetingService(s)
        # Housing, cleared OFFICIAL-SENSITIVE: some items and a case withheld.
        for name, language in (
            (WELSH_MEMBER, PackLanguage.WELSH),
            (BILINGUAL_MEMBER, PackLanguage.BILINGUAL),
        ):
            service.add_member(
                panel.meeting_id, name, "Housing", Marking.OFFICIAL_SENSITIVE, language
            )
        names = [WELSH_MEMBER, BILINGUAL_MEMBER, ENGLISH_MEMBER]
        renderer = MeetingPackRenderer()
        full = service.issue_copies(panel.meeting_id, renderer, members=names, out_dir=out)
        summary = service.issue_copies(
            panel.meeting_id,
            renderer,
            members=names,
            variant=PackVariant.SUMMARY,
            out_dir=out,
        )
        preview, _ = service.preview(panel.meeting_id, WELSH_MEMBER, renderer)
    yield Copies(
        {r.member.name: r for r in full},
        {r.member.name: r for r in summary},
        preview.data,
    )


def _english_texts() -> list[str]:
    """Each fixed English text of the pack table, as the literal pieces between its fields
    (what a Welsh copy must not print), where the Welsh differs from the English."""
    pieces: set[str] = set()
    for english, welsh in pack_words.WELSH.items():
        if english == welsh:
            continue  # "Agenda", "Panel": the same word in both languages
        for piece in re.split(r"\{[a-z_]+\}", english):
            piece = piece.strip(" .,;:()…—")
            if len(piece) >= 3 and piece not in welsh:
                pieces.add(piece)
    return sorted(pieces)


# Partners' and officers' words in the seeded panel, printed as written in every language.
CONTENT = [
    "Seen near the depot.",
    "Strategy discussion held",
    "Arrange mentoring",
    "Home visit",
    "Visit made",
    "Low concern at first.",
    "Concern has risen.",
    "Tenancy stable.",
    EARLIER_DECISION,
    "Committee room 2",
    "March panel",
    "January panel",
    "Bob Housing",
    "Ffion Probation",
    "Ms Ellis",
    "PC Rowe",
    "Welsh text",
    "evidence",
]


def _without_content(text: str) -> str:
    text = " ".join(text.split())
    for phrase in CONTENT:
        text = text.replace(phrase, " ")
    return text


@needs_poppler
@pytest.mark.parametrize("variant", ["full", "summary"])
def test_a_welsh_copy_reads_welsh_throughout(copies: Copies, variant: str) -> None:
    copy = (copies.full if variant == "full" else copies.summary)[WELSH_MEMBER]
    text = _without_content(all_text(copy.path))  # type: ignore[arg-type]
    left = [t for t in _english_texts() if re.search(rf"(?<![\w'’]){re.escape(t)}(?!\w)", text)]
    assert left == [], left
    for welsh in (
        "Pecyn cyfarfod" if variant == "full" else "Crynodeb gweithredol",
        "Cyfrinachedd",
        "Aelodau",
        "Tudalen 1 o",
        "Copi ",
        "Dydd Mercher 4 Mawrth 2026",
    ):
        assert welsh in text, welsh
    if variant == "full":
        for welsh in (
            "Camau gweithredu heb eu cwblhau",
            "Ar agor — HWYR",
            "Heb ei geisio",
            "Gwybodaeth gan bartneriaid",
            "Yr asesiad diweddaraf",
            "Sgorau a thystiolaeth",
            "Penderfyniadau blaenorol",
            "Cytuno a yw'r panel",
        ):
            assert welsh in text, welsh


@needs_poppler
def test_a_welsh_copy_names_the_framework_in_welsh(copies: Copies) -> None:
    from securedesk.core.cases.assessment_framework import load_framework

    framework = load_framework()
    text = " ".join(all_text(copies.full[WELSH_MEMBER].path).split())  # type: ignore[arg-type]
    for domain in framework.domain_names.values():
        assert framework.word(domain, "cy") in text
        assert framework.word(domain, "cy") != domain
    factor = framework.factors[0].name
    assert framework.word(factor, "cy") in text


@needs_poppler
def test_partners_words_stay_as_written(copies: Copies) -> None:
    text = " ".join(all_text(copies.full[WELSH_MEMBER].path).split())  # type: ignore[arg-type]
    for phrase in ("Seen near the depot.", "Concern has risen.", "Arrange mentoring"):
        assert phrase in text
    # Withheld from a Housing member cleared OFFICIAL-SENSITIVE, in any language.
    for phrase in (SECRET_PHRASE, NOT_FOR_PANEL_PHRASE, POLICE_ONLY_PHRASE):
        assert phrase not in text
    assert "3 eitem wedi'u dal yn ôl o'r copi hwn." in text


@needs_poppler
def test_a_bilingual_copy_gives_welsh_first_then_english(copies: Copies) -> None:
    pages = page_texts(copies.full[BILINGUAL_MEMBER].path)  # type: ignore[arg-type]
    cover = " ".join(pages[0].split())
    assert cover.index("Pecyn cyfarfod") < cover.index("Meeting pack")
    assert cover.index("Cyfrinachedd / Confidentiality") < cover.index("This pack is provided")
    assert cover.index("Darperir y pecyn hwn") < cover.index("This pack is provided")
    assert "Dydd Mercher 4 Mawrth 2026" in cover and "Wednesday 4 March 2026" in cover
    assert re.search(r"Tudalen 1 o (\d+) / Page 1 of \1", cover)
    whole = " ".join(" ".join(pages).split())
    assert "Camau gweithredu heb eu cwblhau / Actions outstanding" in whole
    # Partners' words once, not once per language: as often as in an English copy.
    english = " ".join(all_text(copies.full[ENGLISH_MEMBER].path).split())  # type: ignore[arg-type]
    for phrase in ("Seen near the depot.", "Concern has risen.", "Arrange mentoring"):
        assert whole.count(phrase) == english.count(phrase) > 0


@needs_poppler
def test_an_english_copy_is_unchanged_english(copies: Copies) -> None:
    text = " ".join(all_text(copies.full[ENGLISH_MEMBER].path).split())  # type: ignore[arg-type]
    assert "Meeting pack" in text and "Wednesday 4 March 2026" in text
    for welsh in ("Pecyn", "Cyfrinachedd", "Tudalen", "Dydd "):
        assert welsh not in text


@needs_poppler
def test_every_copy_passes_qpdf(copies: Copies, tmp_path: Path) -> None:
    for copy in [*copies.full.values(), *copies.summary.values()]:
        result = qpdf_check(copy.path, tmp_path)  # type: ignore[arg-type]
        assert result.returncode == 0, result.stdout + result.stderr
    assert qpdf_check(copies.preview, tmp_path).returncode == 0
    assert "RHAGOLWG: nid copi a ddosbarthwyd" in all_text(copies.preview)


def test_the_check_fails_while_a_pack_text_has_no_welsh(tmp_path: Path) -> None:
    """scripts/update_translations.py --check reads pack_words.problems(): a new pack text
    with no Welsh, and a table entry left empty, are both reported."""
    from ..scripts import load_script

    assert pack_words.problems() == []
    extra = tmp_path / "extra.py"
    extra.write_text(
        "def f(w):\n"
        "    return w('A pack heading nobody translated') + w.cell('Another') "
        "+ w.count(2, '{n} widget', '{n} widgets')\n"
    )
    found = pack_words.problems([*pack_words.pack_sources(), extra])
    assert sorted(found) == [
        "meeting packs: no Welsh for 'A pack heading nobody translated'",
        "meeting packs: no Welsh for 'Another'",
        "meeting packs: no Welsh for '{n} widget'",
        "meeting packs: no Welsh for '{n} widgets'",
    ]
    table = dict(pack_words.WELSH, **{"Actions outstanding": " "})
    assert pack_words.problems(table=table) == ["meeting packs: no Welsh for 'Actions outstanding'"]
    script = load_script("update_translations")
    assert script.pack_problems() == []


def test_a_member_language_is_recorded_and_a_wrong_one_refused(tmp_path: Path) -> None:
    from securedesk.core.errors import InvalidInput

    assert PackLanguage.parse(" Cymraeg ") is PackLanguage.WELSH
    assert PackLanguage.parse("bilingual") is PackLanguage.BILINGUAL
    with pytest.raises(InvalidInput) as caught:
        PackLanguage.parse("french")
    assert caught.value.kind.value == "pack-language-unknown"
    assert str(caught.value) == (
        "'french' is not a pack language; use one of en, cy, bilingual (bilingual gives Welsh "
        "first, then English). Nothing was changed."
    )
    assert caught.value.data == {"text": "french", "allowed": "en, cy, bilingual"}
