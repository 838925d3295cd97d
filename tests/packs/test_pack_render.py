"""Real packs read back page by page: marking, numbering, copy and recipient on every page,
what each recipient's copy leaves out, children first, valid PDFs, register fingerprints,
embedded fonts and metadata without personal data.

The panel (conftest.seed_panel): an adult's case (raised to SECRET by a security-service
item; also an item "not for panel" and one "police only"), a child's case and an OFFICIAL
case, put on the agenda adult, OFFICIAL, child. Members: Siân Wyn (Police, SECRET), Bob
Housing (Housing, OFFICIAL-SENSITIVE), Ffion Probation (Probation, OFFICIAL).
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from collections import Counter
from pathlib import Path

from securedesk.core.audit import chain as audit
from securedesk.core.meetings.copy_register import CopyStatus, PackVariant
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.meetings.pack_content import copy_content
from securedesk.core.session import Session
from securedesk.packs.render import MeetingPackRenderer

from ..conftest import OFFICER_PASS
from .conftest import (
    EARLIER_DECISION,
    NOT_FOR_PANEL_PHRASE,
    POLICE_ONLY_PHRASE,
    SECRET_PHRASE,
    WELSH,
    Issued,
    all_text,
    lines,
    needs_poppler,
    page_texts,
    pdf_info,
    qpdf_check,
)

pytestmark = needs_poppler


def visible(text: str) -> Counter[str]:
    return Counter(c for c in text if not c.isspace())


FILE_NAME = re.compile(r"^(pack|summary)-2026-03-04-[0-9a-f]{8}-copy-\d{3}\.pdf$")


def test_every_page_has_marking_numbering_copy_and_recipient(issued: Issued) -> None:
    for result in issued.full + issued.summary:
        assert result.path is not None
        pages = page_texts(result.path)
        assert len(pages) == result.copy.pages >= 1
        marking = result.copy.marking.value
        for n, page in enumerate(pages, start=1):
            text = lines(page)
            assert text[0] == marking, (result.path.name, n, text[:2])
            assert text[-1] == marking, (result.path.name, n, text[-2:])
            footer = text[-2]
            assert footer.startswith(f"Copy {result.copy.copy_number} · {result.member.name}")
            assert footer.endswith(f"Page {n} of {len(pages)}")
        # The watermark, copy number and recipient, is the diagonal text: once a page.
        watermark = f"COPY {result.copy.copy_number} · {result.member.name}, {result.member.agency}"
        expected = Counter({c: n * len(pages) for c, n in visible(watermark).items()})
        assert visible(all_text(result.path)) - visible("".join(pages)) == expected


def test_the_cover_names_meeting_copy_and_recipient(issued: Issued) -> None:
    siân = issued.by_name("Siân Wyn")
    cover = page_texts(siân.path)[0]  # type: ignore[arg-type]
    assert "Meeting pack" in cover and "March panel" in cover
    assert "Wednesday 4 March 2026" in cover and "Committee room 2" in cover
    assert re.search(r"Chair\s+oscar", cover)
    assert re.search(r"Marking\s+SECRET", cover)
    assert re.search(rf"Copy number\s+Copy {siân.copy.copy_number}\b", cover)
    assert re.search(r"Recipient\s+Siân Wyn, Police", cover)
    assert "Confidentiality" in cover and "numbered copy" in cover
    for name in ("Siân Wyn", "Bob Housing", "Ffion Probation"):
        assert name in cover  # the members, with attendance


def test_each_copy_carries_the_highest_marking_it_shows(issued: Issued) -> None:
    assert issued.by_name("Siân Wyn").copy.marking.value == "SECRET"
    assert issued.by_name("Bob Housing").copy.marking.value == "OFFICIAL-SENSITIVE"
    assert issued.by_name("Ffion Probation").copy.marking.value == "OFFICIAL"


def test_withheld_items_are_left_out_and_counted(issued: Issued) -> None:
    refs = issued.panel.refs
    siân = "\n".join(page_texts(issued.by_name("Siân Wyn").path))  # type: ignore[arg-type]
    bob = "\n".join(page_texts(issued.by_name("Bob Housing").path))  # type: ignore[arg-type]
    # Siân (Police, SECRET) sees all but the item "not for panel".
    assert SECRET_PHRASE in siân and POLICE_ONLY_PHRASE in siân
    assert NOT_FOR_PANEL_PHRASE not in siân
    assert "1 item withheld from this copy." in siân
    # Bob (Housing, OFFICIAL-SENSITIVE): the SECRET item, the police-only one and the one
    # not for panel are left out, the rest of the case is there.
    for phrase in (SECRET_PHRASE, POLICE_ONLY_PHRASE, NOT_FOR_PANEL_PHRASE):
        assert phrase not in bob
    assert "Seen near the depot." in bob and refs["adult"] in bob
    assert "3 items withheld from this copy." in bob
    assert issued.by_name("Bob Housing").withheld_items == 3
    # Nor does the chronology quote a withheld item.
    assert "Security service:" not in bob


def test_a_recipient_of_low_clearance_gets_no_case_above_it(issued: Issued) -> None:
    refs = issued.panel.refs
    ffion = issued.by_name("Ffion Probation")
    text = "\n".join(page_texts(ffion.path))  # type: ignore[arg-type]
    assert refs["official"] in text and "Tenancy stable." in text
    assert refs["adult"] not in text and refs["child"] not in text
    assert "Llewelyn" not in text and "Prydderch" not in text
    assert "2 further cases on the agenda are withheld from this copy." in text
    assert ffion.withheld_cases == 2


def test_childrens_cases_come_first(issued: Issued) -> None:
    refs = issued.panel.refs
    pages = page_texts(issued.by_name("Siân Wyn").path)  # type: ignore[arg-type]
    agenda = pages[0][pages[0].index("Agenda") :]
    positions = [agenda.index(refs[k]) for k in ("child", "adult", "official")]
    assert positions == sorted(positions)
    assert re.search(rf"1\s+{refs['child']}\s+Gwenllian Prydderch\s+Child", agenda)
    # The case sections follow the agenda, each from a new page.
    starts = [
        n for n, p in enumerate(pages) for k in ("child", "adult", "official")
        if lines(p)[1].endswith(refs[k]) or lines(p)[1].endswith(f"{refs[k]} (child)")
    ]  # fmt: skip
    assert len(starts) == 3 and starts == sorted(starts)


def test_a_case_shows_its_summary_subjects_chronology_assessment_actions_and_decisions(
    issued: Issued,
) -> None:
    text = "\n".join(page_texts(issued.by_name("Siân Wyn").path))  # type: ignore[arg-type]
    for expected in (
        "Rhys Llewelyn",
        "1990-04-02",
        "Strategy discussion held",
        "Concern has risen.",
        "Changes since the previous assessment",
        "Arrange mentoring",  # outstanding
        "Home visit",  # completed
        EARLIER_DECISION,
        "January panel",
        WELSH,
    ):
        assert expected in text, expected
    adult = text.index(f"{issued.panel.refs['adult']}\n")  # its section's heading
    outstanding = text.index("Actions outstanding", adult)
    completed = text.index("Actions completed", adult)
    # (Both also appear earlier, in the chronology.)
    assert outstanding < text.index("Arrange mentoring", outstanding) < completed
    assert text.index("Home visit", outstanding) > completed


def test_the_executive_summary_has_decisions_sought_and_risk(issued: Issued) -> None:
    (summary,) = issued.summary
    assert summary.path is not None and summary.path.name.startswith("summary-")
    text = "\n".join(page_texts(summary.path))
    assert "Executive summary" in text and "Decision sought" in text
    assert re.search(r"Engagement \d+ of \d+", text)
    assert "Seen near the depot." not in text  # no item text in the summary
    assert "3 items withheld" in text


def test_every_pack_passes_qpdf_and_the_register_matches_the_files(
    issued: Issued, tmp_path: Path
) -> None:
    files = sorted(issued.out.iterdir())
    results = issued.full + issued.summary
    assert [p.name for p in files] == sorted(r.path.name for r in results)  # type: ignore[union-attr]
    for path in files:
        assert FILE_NAME.match(path.name), path.name
        check = qpdf_check(path, tmp_path)
        assert check.returncode == 0, check.stdout + check.stderr
    with Session.sign_in(issued.panel.folder, "oscar", OFFICER_PASS) as s:
        # (Copies 1-4: a later test issues another.)
        register = MeetingService(s).copies(issued.panel.meeting_id)[:4]
        events = [e for e in audit.iter_events(s.vault.conn) if e.category == "disclosure"][:4]
    assert [c.copy_number for c in register] == [1, 2, 3, 4]
    by_number = {r.copy.copy_number: r for r in results}
    for copy in register:
        path = by_number[copy.copy_number].path
        assert path is not None
        data = path.read_bytes()
        assert copy.sha256 == hashlib.sha256(data).hexdigest()
        assert copy.size == len(data) and copy.saved and copy.status is CopyStatus.ISSUED
    # Every copy is an audited disclosure naming copy, recipient and fingerprint.
    details = [json.loads(e.details) for e in events]
    assert [(d["copy"], d["member"], d["sha256"]) for d in details] == [
        (c.copy_number, c.member_id, c.sha256) for c in register
    ]
    assert details[-1]["variant"] == PackVariant.SUMMARY.value


def test_fonts_are_embedded_and_metadata_names_nobody(issued: Issued) -> None:
    path = issued.by_name("Bob Housing").path
    assert path is not None
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows and all("DejaVuSans" in r and " yes yes yes " in r for r in rows), fonts.stdout
    info = pdf_info(path)
    assert info["Title"] == "Meeting pack, 2026-03-04, copy 1"
    assert info["Creator"].startswith("SecureDesk")
    assert info["Author"] == "Test council"
    raw = path.read_bytes()
    for personal in ("Bob Housing", "Llewelyn", "Prydderch", "March panel"):
        assert personal not in json.dumps(info)
        assert personal.encode() not in raw  # text streams are compressed; the info is not


def test_reissuing_gives_a_new_copy_number(issued: Issued, tmp_path: Path) -> None:
    with Session.sign_in(issued.panel.folder, "oscar", OFFICER_PASS) as s:
        service = MeetingService(s)
        again = service.issue_copies(
            issued.panel.meeting_id,
            MeetingPackRenderer(),
            members=[issued.panel.members["Bob Housing"]],
            out_dir=tmp_path,
        )
        (result,) = again
        assert result.copy.copy_number == 5
        assert page_texts(result.path)[0].count("Copy 5") >= 1  # type: ignore[arg-type]
        # Same content as copy 1, different copy: a different document.
        assert result.copy.sha256 != issued.by_name("Bob Housing").copy.sha256
        outstanding = service.outstanding_copies(issued.panel.meeting_id)
        assert [c.copy_number for c in outstanding] == [1, 2, 3, 4, 5]


def test_a_copy_laid_out_after_others_reads_the_same_as_one_laid_out_alone(
    issued: Issued,
) -> None:
    """The renderer reuses layouts, line breaks and drawn paragraphs between copies; Siân's
    copy (issued last, after Bob's and Ffion's) must read exactly as a fresh rendering."""
    siân = issued.by_name("Siân Wyn")
    with Session.sign_in(issued.panel.folder, "oscar", OFFICER_PASS) as s:
        source = MeetingService(s).pack_source(issued.panel.meeting_id)
    member = next(m for m in source.members if m.id == siân.member.id)
    alone = MeetingPackRenderer().render(copy_content(source, member, PackVariant.FULL), 3)
    assert siân.copy.copy_number == 3
    assert page_texts(alone.data) == page_texts(siân.path)  # type: ignore[arg-type]
    assert all_text(alone.data) == all_text(siân.path)  # type: ignore[arg-type]
