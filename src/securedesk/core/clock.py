"""The one place the program asks what time and day it is, so tests can set them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> str:
        """The time now, UTC, ISO 8601 to the microsecond, as audit events store it."""
        ...

    def today(self) -> date: ...

    def moment(self) -> datetime:
        """The time now as an aware UTC datetime (envelopes, expiry checks)."""
        ...


class SystemClock:
    def now(self) -> str:
        return datetime.now(UTC).isoformat(timespec="microseconds")

    def moment(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return date.today()


class FixedClock:
    """A clock that says what it is told (tests, and replaying a scenario)."""

    def __init__(self, now: str, today: date) -> None:
        self._now = now
        self._today = today

    def now(self) -> str:
        return self._now

    def moment(self) -> datetime:
        return datetime.fromisoformat(self._now)

    def today(self) -> date:
        return self._today
