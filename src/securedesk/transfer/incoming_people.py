"""People in a bundle who look like people already held here (issue 11): shown in the import
preview, so the officer can merge them after the import (`person merge`) rather than find a
second record of the same person later. Only people the officer may see are offered."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from securedesk.core.access import Permission
from securedesk.core.domain import Identifier, Person

if TYPE_CHECKING:
    from securedesk.core.session import Session

MAX_INCOMING_CHECKED = 10_000  # people of a bundle compared (a bundle of a few cases has tens)


@dataclass(frozen=True)
class IncomingLikeLocal:
    incoming_id: str
    incoming_name: str
    incoming_dob: date | None
    local_id: str
    local_name: str
    local_dob: date | None
    reason: str  # "name and date of birth" | "identifier"
    local_cases: tuple[str, ...]  # refs the officer may see

    def to_json(self) -> dict[str, Any]:
        return {
            "incoming": {
                "id": self.incoming_id,
                "name": self.incoming_name,
                "dob": self.incoming_dob.isoformat() if self.incoming_dob else None,
            },
            "local": {
                "id": self.local_id,
                "name": self.local_name,
                "dob": self.local_dob.isoformat() if self.local_dob else None,
                "cases": list(self.local_cases),
            },
            "reason": self.reason,
        }

    def line(self) -> str:
        def born(d: date | None) -> str:
            return f" born {d.isoformat()}" if d else ""

        refs = ", ".join(self.local_cases) or "linked to a case"
        return (
            f"{self.incoming_name}{born(self.incoming_dob)} (incoming {self.incoming_id[:8]}) "
            f"looks like {self.local_id[:8]} {self.local_name}{born(self.local_dob)} "
            f"({refs}; {self.reason})"
        )


def _person(record: dict[str, Any]) -> Person:
    dob = record.get("date_of_birth")
    return Person(
        given_name=str(record.get("given_name", "")),
        family_name=str(record.get("family_name", "")),
        date_of_birth=date.fromisoformat(dob) if dob else None,
        identifiers=[Identifier(i["kind"], i["value"]) for i in record.get("identifiers", [])],
        id=str(record["id"]),
    )


def likely_local_people(session: Session, records: list[dict[str, Any]]) -> list[IncomingLikeLocal]:
    """The bundle's people (checked records) that look like people held here and visible to
    the user. People the bundle only updates (same id) are not offered."""
    if not records or Permission.VIEW_CASES not in session.permissions:
        return []
    incoming = [_person(r) for r in records[:MAX_INCOMING_CHECKED]]
    found = session.people.likely_duplicates(incoming, purpose="bundle")
    return [
        IncomingLikeLocal(
            incoming_id=incoming[d.match.candidate].id,
            incoming_name=incoming[d.match.candidate].full_name,
            incoming_dob=incoming[d.match.candidate].date_of_birth,
            local_id=d.match.person_id,
            local_name=d.match.name,
            local_dob=d.match.date_of_birth,
            reason=d.match.reason,
            local_cases=tuple(c.ref for c in d.cases),
        )
        for d in found
    ]
