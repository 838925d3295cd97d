"""Terminals for transfer tests: vaults with a transfer officer, keys, and each other's cards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from securedesk.core.access import Role
from securedesk.core.domain import ActionStatus, FactorScore, Person
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.transfer.identity import ensure_identity
from securedesk.transfer.trust_store import TrustStore

from ..conftest import ADMIN_PASS, OFFICER_PASS, make_vault

TRANSFER_PASS = "transfer officer passphrase"


@dataclass
class Site:
    """One terminal: its vault folder and how to sign in as each of its people."""

    folder: Path
    name: str

    @contextmanager
    def as_user(self, user: str) -> Iterator[Session]:
        passphrase = {"admin": ADMIN_PASS, "tess": TRANSFER_PASS}.get(user, OFFICER_PASS)
        session = Session.sign_in(self.folder, user, passphrase)
        try:
            yield session
        finally:
            session.lock()

    def card(self) -> bytes:
        with self.as_user("admin") as s:
            return ensure_identity(s).card().to_bytes()

    def fingerprint(self) -> str:
        with self.as_user("admin") as s:
            return ensure_identity(s).fingerprint

    def trust(self, other: Site, ceiling: Marking | None = None) -> None:
        card = other.card()
        with self.as_user("admin") as s:
            TrustStore(s).add(card, date.today() + timedelta(days=365), ceiling)


def make_site(folder: Path, name: str, *, binding: bool = True) -> Site:
    make_vault(folder, binding=binding)
    with Session.sign_in(folder, "admin", ADMIN_PASS) as admin:
        admin.users.add_user("tess", [Role.TRANSFER], TRANSFER_PASS, Marking.SECRET)
    with Session.sign_in(folder, "tess", TRANSFER_PASS) as tess:
        tess.users.change_own_passphrase(TRANSFER_PASS)
    return Site(folder, name)


def add_full_case(
    site: Site,
    name: str = "Siân Prydderch",
    *,
    marking: Marking = Marking.OFFICIAL_SENSITIVE,
    attachment: bytes | None = b"%PDF-1.4\n% a small letter\n",
) -> str:
    """A case with an item, a correction, an assessment, an action and an attachment."""
    with site.as_user("oscar") as s:
        given, family = name.split(" ", 1)
        case = s.cases.add_case(
            [Person(given, family, date(2009, 5, 4), aliases=["Sian P"])],
            referral_source="School",
            referral_date=date(2026, 3, 1),
            marking=marking,
        )
        first = s.cases.add_item(
            case.ref, agency="Education", text="Concern raised by teacher.", marking=marking
        )
        s.cases.add_item(
            case.ref,
            agency="Education",
            text="Corrected: concern raised by head of year.",
            supersedes=first.id,
            marking=marking,
        )
        framework = s.framework
        scores = [FactorScore(f.id, 1, "") for f in framework.factors]
        s.cases.add_assessment(case.ref, scores, "Initial assessment")
        action = s.cases.add_action(
            case.ref, "Mentoring sessions", "Youth service", "oscar", date(2026, 12, 1)
        )
        s.cases.update_action(case.ref, action.id, ActionStatus.IN_PROGRESS, "First session booked")
        if attachment is not None:
            letter = site.folder.parent / f"{site.name}-letter.pdf"
            letter.write_bytes(attachment)
            s.attachments.add_attachment(case.ref, letter)
        return case.ref


@pytest.fixture
def sites(tmp_path: Path) -> tuple[Site, Site]:
    """Terminal A (sender) and B (recipient), each trusting the other."""
    a = make_site(tmp_path / "a" / "vault", "a")
    b = make_site(tmp_path / "b" / "vault", "b")
    a.trust(b)
    b.trust(a)
    return a, b
