"""Dates that decide something (a trust's expiry, a bundle's own dates, when a meeting was
made) come from the session's clock, so a terminal's idea of today is one thing, and tests
and replayed scenarios can set it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from securedesk.core.clock import FixedClock
from securedesk.core.errors import InvalidInput, PolicyRefused
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.transfer.bundle_export import export_bundle
from securedesk.transfer.trust_store import TrustStore

from .conftest import Site, add_full_case

LATER = FixedClock("2031-02-03T04:05:06.000007+00:00", date(2031, 2, 3))


def test_trust_expiry_is_judged_against_the_session_clock(sites: tuple[Site, Site]) -> None:
    a, b = sites
    card = b.card()
    with a.as_user("admin") as admin:
        admin.clock = LATER
        # A year from the real today is already past on the session's clock.
        with pytest.raises(InvalidInput, match="is not in the future"):
            TrustStore(admin).add(card, date.today() + timedelta(days=365))
        entry = TrustStore(admin).add(card, date(2031, 6, 1))
        assert entry.expires_on == date(2031, 6, 1)


def test_an_export_refuses_a_trust_that_has_expired_by_the_session_clock(
    sites: tuple[Site, Site], tmp_path: Path
) -> None:
    a, b = sites
    ref = add_full_case(a)
    with a.as_user("tess") as tess:
        tess.clock = LATER  # the trust set up a year from the real today has lapsed by then
        with pytest.raises(PolicyRefused):
            export_bundle(
                tess, recipients=[b.fingerprint()], case_refs=[ref], out=tmp_path / "out.sdb"
            )
    assert not (tmp_path / "out.sdb").exists()


def test_a_meeting_is_stamped_by_the_session_clock(sites: tuple[Site, Site]) -> None:
    a, _ = sites
    with a.as_user("oscar") as chair:
        chair.clock = LATER
        meeting = MeetingService(chair).add_meeting("Panel", date(2031, 3, 1))
        (created,) = chair.vault.conn.execute(
            "SELECT created_at FROM meetings WHERE id = ?", (meeting.id,)
        ).fetchone()
    assert created == LATER.now()
