"""The copy register: every issued meeting-pack copy, its fingerprint and what became of it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput
from securedesk.core.markings import Marking


class PackVariant(Enum):
    FULL = "full"
    SUMMARY = "summary"  # the executive summary


class CopyStatus(Enum):
    ISSUED = "issued"
    RETURNED = "returned"
    DESTROYED = "destroyed"
    LOST = "lost"

    @classmethod
    def parse(cls, text: str) -> CopyStatus:
        norm = text.strip().lower()
        for s in cls:
            if s.value == norm:
                return s
        allowed = ", ".join(s.value for s in cls)
        raise InvalidInput(ErrorKind.COPY_STATUS_UNKNOWN, text=text, allowed=allowed)


# What may become of a copy. A returned copy may still be destroyed; a lost copy may turn up
# (returned) or be confirmed destroyed; a destroyed copy is the end of it.
COPY_TRANSITIONS: dict[CopyStatus, frozenset[CopyStatus]] = {
    CopyStatus.ISSUED: frozenset({CopyStatus.RETURNED, CopyStatus.DESTROYED, CopyStatus.LOST}),
    CopyStatus.RETURNED: frozenset({CopyStatus.DESTROYED}),
    CopyStatus.LOST: frozenset({CopyStatus.RETURNED, CopyStatus.DESTROYED}),
    CopyStatus.DESTROYED: frozenset(),
}


def check_copy_transition(copy_number: int, current: CopyStatus, new: CopyStatus) -> None:
    if new not in COPY_TRANSITIONS[current]:
        allowed = ", ".join(sorted(s.value for s in COPY_TRANSITIONS[current]))
        data = {"copy_number": copy_number, "status": current.value, "new": new.value}
        if not allowed:
            raise InvalidInput(ErrorKind.COPY_STATUS_FINAL, **data)
        raise InvalidInput(ErrorKind.COPY_STATUS_REFUSED, allowed=allowed, **data)


@dataclass(frozen=True)
class IssuedCopy:
    """One line of the register. Holds ids and a fingerprint, never case content."""

    id: str
    meeting_id: str
    copy_number: int
    member_id: str
    variant: PackVariant
    marking: Marking
    pages: int
    size: int
    sha256: str
    saved: bool  # written to a file (True) or printed straight from memory (False)
    issued_at: str
    issued_by: str
    status: CopyStatus = CopyStatus.ISSUED
    status_at: str = ""
    status_by: str = ""
    status_note: str = ""

    @property
    def outstanding(self) -> bool:
        """Still out with its recipient: neither returned, destroyed nor reported lost."""
        return self.status is CopyStatus.ISSUED

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "meeting_id": self.meeting_id,
            "copy_number": self.copy_number,
            "member_id": self.member_id,
            "variant": self.variant.value,
            "marking": self.marking.value,
            "pages": self.pages,
            "size": self.size,
            "sha256": self.sha256,
            "saved": self.saved,
            "issued_at": self.issued_at,
            "issued_by": self.issued_by,
            "status": self.status.value,
            "status_at": self.status_at,
            "status_by": self.status_by,
            "status_note": self.status_note,
        }
