"""A panel meeting with cases that exercise every rule of what a copy shows, issued once per
module, and readers for the PDFs (poppler's pdftotext and pdfinfo, qpdf)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import keyring
import pytest

from securedesk.core.domain import ActionStatus, FactorScore, Person
from securedesk.core.markings import Marking
from securedesk.core.meetings.copy_register import PackVariant
from securedesk.core.meetings.meeting_base import IssueResult
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.session import Session
from securedesk.core.vault import folder as vault_module
from securedesk.packs.render import MeetingPackRenderer

from ..conftest import FAST_KDF, OFFICER_PASS, make_vault
from ..keyring_memory import MemoryKeyring

MEETING_DAY = date(2026, 3, 4)
EARLIER_DAY = date(2026, 1, 10)
SECRET_PHRASE = "Intelligence-only phrase Zebra"
NOT_FOR_PANEL_PHRASE = "Health note Quokka"
POLICE_ONLY_PHRASE = "Police-only phrase Ibex"
EARLIER_DECISION = "Offer mentoring through the youth service"
WELSH = "ŵ ŷ â ê î ô û Ŵ Ŷ"

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("qpdf") and shutil.which("pdfinfo")),
    reason="needs poppler-utils and qpdf (installed by .ci/run)",
)


def page_texts(pdf: Path | bytes) -> list[str]:
    """Each page's text as laid out, without the diagonal watermark (pdftotext -nodiag)."""
    args = ["pdftotext", "-layout", "-nodiag", "-enc", "UTF-8"]
    if isinstance(pdf, bytes):
        out = subprocess.run([*args, "-", "-"], input=pdf, capture_output=True, check=True)
    else:
        out = subprocess.run([*args, str(pdf), "-"], capture_output=True, check=True)
    pages = out.stdout.decode("utf-8").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def all_text(pdf: Path | bytes) -> str:
    """Every character, the watermark's too."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if isinstance(pdf, bytes):
        out = subprocess.run([*args, "-", "-"], input=pdf, capture_output=True, check=True)
    else:
        out = subprocess.run([*args, str(pdf), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def lines(page: str) -> list[str]:
    return [line.strip() for line in page.splitlines() if line.strip()]


def pdf_info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, check=True, text=True)
    info = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def qpdf_check(pdf: Path | bytes, tmp: Path) -> subprocess.CompletedProcess[str]:
    if isinstance(pdf, bytes):
        path = tmp / "check.pdf"
        path.write_bytes(pdf)
        pdf = path
    return subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)


def scores(session: Session, value: int) -> list[FactorScore]:
    return [FactorScore(f.id, value, "evidence") for f in session.framework.factors]


@dataclass
class Panel:
    folder: Path
    meeting_id: str
    refs: dict[str, str]  # adult, child, official
    members: dict[str, str] = field(default_factory=dict)  # name -> member id


def seed_panel(folder: Path) -> Panel:
    """oscar (chair, SECRET) sets up a meeting; see the module docstring of test files."""
    with Session.sign_in(folder, "oscar", OFFICER_PASS) as s:
        adult = s.cases.add_case(
            [Person("Rhys", "Llewelyn", date(1990, 4, 2))],
            referral_source="Police",
            referral_date=date(2025, 6, 1),
        )
        s.cases.add_item(
            adult.ref, agency="Police", text="Seen near the depot.", item_date=EARLIER_DAY
        )
        s.cases.add_item(
            adult.ref,
            agency="Security service",
            text=SECRET_PHRASE,
            marking=Marking.SECRET,
            item_date=EARLIER_DAY,
        )
        s.cases.add_item(
            adult.ref,
            agency="Health",
            text=NOT_FOR_PANEL_PHRASE,
            caveats=["not for panel"],
            item_date=EARLIER_DAY,
        )
        s.cases.add_item(
            adult.ref,
            agency="Police",
            text=POLICE_ONLY_PHRASE,
            caveats=["police only"],
            item_date=EARLIER_DAY,
        )
        s.cases.add_chronology_entry(adult.ref, date(2025, 7, 1), "Strategy discussion held")
        s.cases.add_action(
            adult.ref, "Arrange mentoring", "Education", "Ms Ellis", date(2026, 4, 1)
        )
        done = s.cases.add_action(adult.ref, "Home visit", "Police", "PC Rowe", date(2025, 8, 1))
        s.cases.update_action(adult.ref, done.id, ActionStatus.DONE, "Visit made")
        s.cases.add_assessment(adult.ref, scores(s, 1), "Low concern at first.", date(2025, 7, 2))
        s.cases.add_assessment(adult.ref, scores(s, 2), "Concern has risen.", date(2026, 1, 5))

        child = s.cases.add_case(
            [Person("Gwenllian", "Prydderch", date(2011, 5, 6))],
            referral_source="Education",
            referral_date=date(2025, 9, 1),
        )
        s.cases.add_item(
            child.ref, agency="Education", text=f"Welsh text {WELSH}", item_date=EARLIER_DAY
        )
        official = s.cases.add_case(
            [Person("Carys", "Hughes", date(1985, 2, 3))],
            referral_source="Education",
            referral_date=date(2025, 9, 2),
            marking=Marking.OFFICIAL,
        )
        s.cases.add_item(
            official.ref,
            agency="Housing",
            text="Tenancy stable.",
            marking=Marking.OFFICIAL,
            item_date=EARLIER_DAY,
        )

        service = MeetingService(s)
        earlier = service.add_meeting("January panel", EARLIER_DAY)
        service.set_agenda(earlier.id, [adult.ref])
        service.record_minutes(earlier.id, adult.ref, decision=EARLIER_DECISION, rationale="Low")
        meeting = service.add_meeting("March panel", MEETING_DAY, place="Committee room 2")
        panel = Panel(
            folder,
            meeting.id,
            {"adult": adult.ref, "child": child.ref, "official": official.ref},
        )
        for name, agency, clearance in (
            ("Siân Wyn", "Police", Marking.SECRET),
            ("Bob Housing", "Housing", Marking.OFFICIAL_SENSITIVE),
            ("Ffion Probation", "Probation", Marking.OFFICIAL),
        ):
            panel.members[name] = service.add_member(meeting.id, name, agency, clearance).id
        service.set_agenda(meeting.id, [adult.ref, official.ref, child.ref])
    return panel


@dataclass
class Issued:
    panel: Panel
    out: Path
    full: list[IssueResult]  # Bob, Ffion, Siân (members come in name order)
    summary: list[IssueResult]  # Bob

    def by_name(self, name: str) -> IssueResult:
        return next(r for r in self.full if r.member.name == name)


@contextmanager
def seeded_panel(base: Path) -> Iterator[tuple[Panel, Path]]:
    """The panel seeded in a vault under `base` (without terminal binding, so no keyring is
    needed) and an empty folder for the copies; an in-memory keyring and the fast KDF last
    while the block runs."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(vault_module, "default_kdf_params", lambda: FAST_KDF)
            make_vault(base / "vault", binding=False)
            panel = seed_panel(base / "vault")
            out = base / "out"
            out.mkdir()
            yield panel, out
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def issued(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Issued]:
    """The panel's full pack for every member and an executive summary for Bob, issued
    once for the module."""
    with (
        seeded_panel(tmp_path_factory.mktemp("issued")) as (panel, out),
        Session.sign_in(panel.folder, "oscar", OFFICER_PASS) as s,
    ):
        service = MeetingService(s)
        renderer = MeetingPackRenderer()
        full = service.issue_copies(panel.meeting_id, renderer, out_dir=out)
        summary = service.issue_copies(
            panel.meeting_id,
            renderer,
            members=["Bob Housing"],
            variant=PackVariant.SUMMARY,
            out_dir=out,
        )
    yield Issued(panel, out, full, summary)
