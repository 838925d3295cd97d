"""Government Security Classifications as used here: ordered, parsed strictly."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum

from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput


class Marking(Enum):
    """A protective marking. Order matters: a view carries the highest marking it shows."""

    OFFICIAL = "OFFICIAL"
    OFFICIAL_SENSITIVE = "OFFICIAL-SENSITIVE"
    SECRET = "SECRET"  # noqa: S105 - a marking name, not a password

    @property
    def rank(self) -> int:
        return _RANK[self]

    def __lt__(self, other: Marking) -> bool:
        return self.rank < other.rank

    def __le__(self, other: Marking) -> bool:
        return self.rank <= other.rank

    def __gt__(self, other: Marking) -> bool:
        return self.rank > other.rank

    def __ge__(self, other: Marking) -> bool:
        return self.rank >= other.rank

    @classmethod
    def parse(cls, text: str) -> Marking:
        norm = text.strip().upper().replace("_", "-").replace(" ", "-")
        for m in cls:
            if m.value == norm:
                return m
        allowed = ", ".join(m.value for m in cls)
        raise InvalidInput(ErrorKind.NOT_A_MARKING, text=text, allowed=allowed)


_RANK = {Marking.OFFICIAL: 1, Marking.OFFICIAL_SENSITIVE: 2, Marking.SECRET: 3}


def highest(markings: Iterable[Marking]) -> Marking:
    """The marking a view or document carries: the highest of what it shows."""
    return max(markings, key=lambda m: m.rank, default=Marking.OFFICIAL)
