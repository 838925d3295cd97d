"""No glyph of an item withheld from a copy is in that copy's file (issue 10, finding 8).

A PDF's embedded font subsets carry a ToUnicode map (code -> character) and the outlines of
every glyph in the subset. When copies shared one subset, a copy's map held the characters of
items withheld from it, in the order they were first used: whoever held the copy could read
which unusual letters the withheld items contain. Here each copy's fonts are read back with
qpdf (its JSON dump, stream data decoded) and compared with the characters the copy shows.

The meeting: one case with an item everyone sees, a SECRET item and a "police only" item,
each written with characters found nowhere else (Welsh, Cyrillic, Greek, IPA and rare Latin
letters, all in the bundled DejaVu faces). Members: Ann (Police, SECRET: sees all) and Bob
(Housing, OFFICIAL-SENSITIVE: both items withheld).
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from securedesk.core.domain import Person
from securedesk.core.markings import Marking
from securedesk.core.meetings.copy_register import PackVariant
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.meetings.pack_content import PackSource, copy_content
from securedesk.core.session import Session
from securedesk.packs.render import MeetingPackRenderer

from ..conftest import OFFICER_PASS
from .conftest import all_text, needs_poppler, qpdf_check

pytestmark = needs_poppler

SECRET_TEXT = "Cyfrinach ŵŷ Жщ ψξ ʬʭ ƻ"  # SECRET: withheld from Bob
POLICE_TEXT = "Heddlu ǂǄ ɮ Ћ Ѯ"  # "police only": withheld from Bob
SHARED_TEXT = "Gwelwyd ger y depo. Ŵ Ÿ Ђ"  # everyone sees this
WITHHELD = set("ŵŷЖщψξʬʭƻǂǄɮЋѮ")
SHOWN = set("ŴŸЂ")


@dataclass(frozen=True)
class Meeting:
    folder: Path
    source: PackSource
    ann: object  # MeetingMember
    bob: object


@pytest.fixture
def meeting(vault: Path) -> Iterator[Meeting]:
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as s:
        case = s.cases.add_case(
            [Person("Rhys", "Llewelyn", date(1990, 4, 2))],
            referral_source="Police",
            referral_date=date(2025, 6, 1),
        )
        day = date(2026, 1, 10)
        s.cases.add_item(case.ref, agency="Police", text=SHARED_TEXT, item_date=day)
        s.cases.add_item(
            case.ref,
            agency="Security service",
            text=SECRET_TEXT,
            marking=Marking.SECRET,
            item_date=day,
        )
        s.cases.add_item(
            case.ref, agency="Police", text=POLICE_TEXT, caveats=["police only"], item_date=day
        )
        service = MeetingService(s)
        m = service.add_meeting("Panel", date(2026, 3, 4))
        ann = service.add_member(m.id, "Ann Police", "Police", Marking.SECRET)
        bob = service.add_member(m.id, "Bob Housing", "Housing", Marking.OFFICIAL_SENSITIVE)
        service.set_agenda(m.id, [case.ref])
        source = service.pack_source(m.id)
    members = {x.id: x for x in source.members}
    yield Meeting(vault, source, members[ann.id], members[bob.id])


def render(renderer: MeetingPackRenderer, meeting: Meeting, member: object, n: int) -> bytes:
    content = copy_content(meeting.source, member, PackVariant.FULL)  # type: ignore[arg-type]
    return renderer.render(content, n).data


@dataclass(frozen=True)
class Fonts:
    mapped: set[str]  # every character some ToUnicode map gives a code for
    programs: list[bytes]  # the embedded font programs (FontFile2), decoded


def embedded_fonts(pdf: bytes, tmp: Path) -> Fonts:
    """The ToUnicode maps and font programs of every font in `pdf`, read with qpdf."""
    path = tmp / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        [
            "qpdf",
            "--json=2",
            "--json-key=qpdf",
            "--json-stream-data=inline",
            "--decode-level=generalized",
            str(path),
        ],
        capture_output=True,
        check=True,
    )
    objects = json.loads(out.stdout)["qpdf"][1]

    def stream(ref: str) -> bytes:
        return base64.b64decode(objects[f"obj:{ref}"]["stream"]["data"])

    mapped: set[str] = set()
    programs: list[bytes] = []
    fonts = 0
    for value in objects.values():
        d = value.get("value") if isinstance(value, dict) else None
        if not isinstance(d, dict) or d.get("/Type") != "/Font":
            continue
        fonts += 1
        cmap = stream(d["/ToUnicode"]).decode("latin-1")
        for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
            for _code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                if int(uni, 16):
                    mapped.add(chr(int(uni, 16)))
        for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
            for lo, hi, first in re.findall(
                r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block
            ):
                base = int(first, 16)
                mapped.update(chr(base + k) for k in range(int(hi, 16) - int(lo, 16) + 1))
        descriptor = objects[f"obj:{d['/FontDescriptor']}"]["value"]
        programs.append(stream(descriptor["/FontFile2"]))
    assert fonts >= 2, "expected the regular and bold faces"
    return Fonts(mapped, programs)


def assert_only_what_is_shown(pdf: bytes, fonts: Fonts) -> str:
    """Every character the fonts map is one the copy shows (the text read back, with the
    watermark): no glyph rides along unseen, not even a letter of ASCII."""
    text = all_text(pdf)
    assert fonts.mapped <= set(text) | {" "}, sorted(fonts.mapped - set(text))
    return text


def assert_bob_has_no_withheld_glyph(bob: bytes, tmp: Path) -> Fonts:
    fonts = embedded_fonts(bob, tmp)
    assert not (fonts.mapped & WITHHELD), sorted(fonts.mapped & WITHHELD)
    assert fonts.mapped >= SHOWN
    text = assert_only_what_is_shown(bob, fonts)
    assert "Gwelwyd ger y depo. Ŵ Ÿ Ђ" in text and "Cyfrinach" not in text
    assert "2 items withheld from this copy." in text
    return fonts


def assert_ann_has_everything(ann: bytes, tmp: Path) -> None:
    fonts = embedded_fonts(ann, tmp)
    assert fonts.mapped >= WITHHELD | SHOWN
    text = assert_only_what_is_shown(ann, fonts)
    for line in (SECRET_TEXT, POLICE_TEXT, SHARED_TEXT):
        assert line in text


def test_a_copy_rendered_after_the_full_copy_maps_no_withheld_character(
    meeting: Meeting, tmp_path: Path
) -> None:
    renderer = MeetingPackRenderer()
    ann = render(renderer, meeting, meeting.ann, 1)
    bob = render(renderer, meeting, meeting.bob, 2)
    assert_ann_has_everything(ann, tmp_path)
    after = assert_bob_has_no_withheld_glyph(bob, tmp_path)
    # Bob's fonts are exactly those of his copy rendered with nothing before it: the glyph
    # outlines embedded, not only the maps, owe nothing to what was rendered first.
    alone = embedded_fonts(render(MeetingPackRenderer(), meeting, meeting.bob, 2), tmp_path)
    assert after.mapped == alone.mapped
    assert after.programs == alone.programs
    for pdf in (ann, bob):
        check = qpdf_check(pdf, tmp_path)
        assert check.returncode == 0, check.stdout + check.stderr


def test_the_order_of_rendering_changes_nothing(meeting: Meeting, tmp_path: Path) -> None:
    renderer = MeetingPackRenderer()
    bob = render(renderer, meeting, meeting.bob, 1)
    ann = render(renderer, meeting, meeting.ann, 2)
    bob_again = render(renderer, meeting, meeting.bob, 3)
    assert_ann_has_everything(ann, tmp_path)
    first = assert_bob_has_no_withheld_glyph(bob, tmp_path)
    again = assert_bob_has_no_withheld_glyph(bob_again, tmp_path)
    assert first.programs == again.programs


def test_the_issued_files_map_no_withheld_character(meeting: Meeting, tmp_path: Path) -> None:
    """The command's whole path: one renderer issues Ann's copy, then Bob's."""
    out = tmp_path / "out"
    out.mkdir()
    with Session.sign_in(meeting.folder, "oscar", OFFICER_PASS) as s:
        results = MeetingService(s).issue_copies(
            meeting.source.meeting.id, MeetingPackRenderer(), out_dir=out
        )
    by_name = {r.member.name: r.path.read_bytes() for r in results}  # type: ignore[union-attr]
    assert_ann_has_everything(by_name["Ann Police"], tmp_path)
    assert_bob_has_no_withheld_glyph(by_name["Bob Housing"], tmp_path)


def test_copies_rendered_in_two_threads_at_once_keep_their_own_glyphs(
    meeting: Meeting, tmp_path: Path
) -> None:
    """The window renders off the UI thread: a preview may run while copies are issued."""
    results: dict[str, list[bytes]] = {"ann": [], "bob": []}
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def run(name: str, member: object) -> None:
        try:
            start.wait()
            for n in range(1, 6):
                results[name].append(render(MeetingPackRenderer(), meeting, member, n))
        except BaseException as error:
            errors.append(error)

    threads = [
        threading.Thread(target=run, args=("ann", meeting.ann)),
        threading.Thread(target=run, args=("bob", meeting.bob)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    for ann in results["ann"]:
        assert_ann_has_everything(ann, tmp_path)
    for bob in results["bob"]:
        assert_bob_has_no_withheld_glyph(bob, tmp_path)
