"""The subjects a unit of work is about, and what its block works with."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from securedesk.core.access import CaseFacts, Grant


@dataclass(frozen=True)
class OnCase:
    """The subject of a unit of work: one case, by reference (as typed) or by id."""

    ref: str = ""
    case_id: str = ""
    justification: str = ""
    # The role's own duty needs the case (a chair's agenda, a transfer officer's export):
    # grounds of their own, recorded as such, instead of a justification typed each time.
    duty: bool = False
    # What the case is wanted for ("agenda", "pack"), named in a refusal's audit action.
    purpose: str = ""


@dataclass(frozen=True)
class OnObject:
    """The subject of a unit of work that is not a case: a user, a policy, a meeting."""

    type: str
    id: str


@dataclass
class UnitOfWork:
    """What a `change` or `consult` block works with: the connection (in its transaction,
    for a change), the gate's grant for a case, and the audit event's subject and details,
    which the block may fill in (an id it has just made, a count)."""

    conn: Any
    grant: Grant | None
    object_type: str
    object_id: str
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def case_id(self) -> str:
        if self.grant is None:
            raise TypeError("this unit of work is not about a case")
        return self.grant.case.id

    @property
    def case(self) -> CaseFacts:
        if self.grant is None:
            raise TypeError("this unit of work is not about a case")
        return self.grant.case
