"""Packs from awkward content: no cases, markup characters and unbalanced tags, very long
words, a 10,000-word item, control characters, a missing font; and rendering that writes
nothing to disk."""

from __future__ import annotations

import os
import secrets
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from securedesk.core.audit import chain as audit
from securedesk.core.domain import Person
from securedesk.core.errors import InvalidInput, SecureDeskError
from securedesk.core.markings import Marking
from securedesk.core.meetings.copy_register import PackVariant
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.session import Session
from securedesk.packs import fonts
from securedesk.packs.render import MeetingPackRenderer

from ..conftest import OFFICER_PASS
from .conftest import lines, needs_poppler, page_texts, qpdf_check

pytestmark = needs_poppler

DAY = date(2026, 3, 4)


@pytest.fixture
def chair(vault: Path) -> Iterator[Session]:
    s = Session.sign_in(vault, "oscar", OFFICER_PASS)
    yield s
    s.lock()


def _meeting(s: Session, *texts: str, member: str = "Ann Member") -> tuple[str, str]:
    """A meeting whose one case holds an item per text; returns (meeting id, case ref)."""
    service = MeetingService(s)
    meeting = service.add_meeting("Panel", DAY)
    service.add_member(meeting.id, member, "Housing", Marking.OFFICIAL_SENSITIVE)
    case = s.cases.add_case(
        [Person("Rhys", "Llewelyn", date(1990, 1, 1))],
        referral_source="Police",
        referral_date=date(2026, 1, 1),
    )
    for text in texts:
        s.cases.add_item(case.ref, agency="Police", text=text, item_date=date(2026, 1, 2))
    service.set_agenda(meeting.id, [case.ref])
    return meeting.id, case.ref


def _issue_in_memory(s: Session, meeting_id: str) -> bytes:
    (result,) = MeetingService(s).issue_copies(meeting_id, MeetingPackRenderer())
    assert result.data is not None and result.path is None
    return result.data


def _assert_well_formed(data: bytes, tmp: Path, marking: str = "OFFICIAL-SENSITIVE") -> list[str]:
    check = qpdf_check(data, tmp)
    assert check.returncode == 0, check.stdout + check.stderr
    pages = page_texts(data)
    for n, page in enumerate(pages, start=1):
        text = lines(page)
        assert text[0] == text[-1] == marking
        assert text[-2].endswith(f"Page {n} of {len(pages)}")
    return pages


def test_a_meeting_with_no_cases_renders_cover_and_empty_agenda(
    chair: Session, tmp_path: Path
) -> None:
    service = MeetingService(chair)
    meeting = service.add_meeting("Business meeting", DAY)
    service.add_member(meeting.id, "Ann Member", "Housing", Marking.OFFICIAL)
    for variant in PackVariant:
        (result,) = service.issue_copies(meeting.id, MeetingPackRenderer(), variant=variant)
        assert result.data is not None
        pages = _assert_well_formed(result.data, tmp_path, "OFFICIAL")
        assert len(pages) == 1
        assert "No cases are on this meeting's agenda." in pages[0]


def test_a_meeting_with_no_members_is_refused_clearly(chair: Session, tmp_path: Path) -> None:
    meeting = MeetingService(chair).add_meeting("Panel", DAY)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InvalidInput, match="no members"):
        MeetingService(chair).issue_copies(meeting.id, MeetingPackRenderer(), out_dir=out)
    assert list(out.iterdir()) == []


def test_a_member_with_no_clearance_is_refused_and_nothing_is_written(chair: Session) -> None:
    service = MeetingService(chair)
    meeting = service.add_meeting("Panel", DAY)
    before = audit.verify(chair.vault.conn).events
    with pytest.raises(InvalidInput, match=r"needs a clearance.*OFFICIAL for a member without"):
        service.add_member(meeting.id, "Ann Member", "Housing", None)
    assert audit.verify(chair.vault.conn).events == before
    # (Read after the count: viewing the meeting is itself a recorded consultation.)
    assert service.details(meeting.id).members == []


def test_markup_characters_and_unbalanced_tags_print_as_typed(
    chair: Session, tmp_path: Path
) -> None:
    nasty = [
        "Tags <b>bold <i>unclosed & <para> </font> <br> <img src='x'/> &amp; &#169; &nbsp;",
        "Brackets ]]> <![CDATA[ x ]]> <!-- not a comment --> a<b and b>a",
        'Quotes "double" \'single\' and a backslash \\ and <a href="javascript:x">link</a>',
    ]
    meeting_id, _ref = _meeting(chair, *nasty, member="<b>Ann</b> & Co")
    data = _issue_in_memory(chair, meeting_id)
    text = "\n".join(_assert_well_formed(data, tmp_path))
    for line in nasty:
        for word in line.split():
            assert word in text, word
    assert "<b>Ann</b> & Co" in text  # the recipient on the cover and every footer


def test_very_long_words_and_a_ten_thousand_word_item_render(
    chair: Session, tmp_path: Path
) -> None:
    long_word = "Ŵ" + "y" * 299
    essay = " ".join(f"word{n % 97}" for n in range(10_000))
    meeting_id, ref = _meeting(chair, f"Before {long_word} after", essay, member="M" * 200)
    chair.cases.add_chronology_entry(ref, date(2026, 1, 3), long_word)
    chair.cases.add_action(ref, long_word, "Police", "PC " + "x" * 150, None)
    data = _issue_in_memory(chair, meeting_id)
    pages = _assert_well_formed(data, tmp_path)
    assert len(pages) > 5
    squashed = "".join("".join(p.split()) for p in pages)
    assert squashed.count(long_word) >= 3  # the item, the chronology and the action
    assert squashed.count("word96") == 10_000 // 97


def test_control_characters_and_glyphs_outside_the_font_do_not_break_a_pack(
    chair: Session, tmp_path: Path
) -> None:
    meeting_id, _ref = _meeting(chair, "Nul\x00 bell\x07 tab\tform\x0cfeed 漢字 🙂 end")
    data = _issue_in_memory(chair, meeting_id)
    text = "\n".join(_assert_well_formed(data, tmp_path))
    assert "Nul bell tab" in text and "end" in text


def test_a_missing_font_file_is_a_clear_typed_error_and_nothing_is_issued(
    chair: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id, _ref = _meeting(chair, "Anything")
    monkeypatch.setattr(fonts, "font_file", lambda name: tmp_path / "no-such-folder" / name)
    service = MeetingService(chair)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(SecureDeskError, match=r"DejaVuSans\.ttf .* is missing\. Reinstall"):
        service.issue_copies(meeting_id, MeetingPackRenderer(), out_dir=out)
    assert list(out.iterdir()) == []
    assert service.copies(meeting_id) == []


def test_a_damaged_font_file_is_a_clear_typed_error(
    chair: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id, _ref = _meeting(chair, "Anything")
    monkeypatch.setattr(fonts, "FONT_FILES", {fonts.REGULAR: "LICENSE", fonts.BOLD: "LICENSE"})
    with pytest.raises(fonts.PackFontMissing, match="is damaged"):
        MeetingService(chair).issue_copies(meeting_id, MeetingPackRenderer())


def _files_changed_since(folder: Path, since: float) -> Iterator[Path]:
    """Regular files under `folder` written since `since` (other processes' very large
    files aside: a pack is far smaller)."""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root) / name
            try:
                info = path.stat()
            except OSError:
                continue  # another process's file came and went
            if info.st_mtime >= since and path.is_file() and info.st_size < 64 * 2**20:
                yield path


def test_rendering_and_previewing_write_no_case_content_to_disk(
    chair: Session, vault: Path, tmp_path: Path
) -> None:
    canary = "canary-" + secrets.token_hex(12)
    meeting_id, _ref = _meeting(chair, f"The canary {canary} sings.")
    chair.lock()  # everything recorded so far is in the encrypted database
    s = Session.sign_in(vault, "oscar", OFFICER_PASS)
    try:
        started = time.time() - 1
        service = MeetingService(s)
        renderer = MeetingPackRenderer()
        preview, _content = service.preview(meeting_id, "Ann Member", renderer)
        issued = _issue_in_memory(s, meeting_id)
        summary, _content = service.preview(meeting_id, "Ann Member", renderer, PackVariant.SUMMARY)
        assert summary.data
    finally:
        s.lock()
    # The canary really is in what was rendered...
    assert canary in "".join(page_texts(preview.data))
    assert canary in "".join(page_texts(issued))
    # ...and nowhere on disk: not in a temporary file, not in the vault's files in plain.
    needle = canary.encode()
    temp = Path(tempfile.gettempdir())
    for path in _files_changed_since(temp, started):
        try:
            assert needle not in path.read_bytes(), path
        except OSError:
            continue
    for path in vault.iterdir():
        if path.is_file():
            assert needle not in path.read_bytes(), path
