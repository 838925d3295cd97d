"""The subjects a unit of work is about, and what its block works with."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeAlias

from securedesk.core.access import CaseFacts, Grant, Permission
from securedesk.core.audit.audit_actions import AuditAction, ComposedAction
from securedesk.core.audit.chain import Category, Outcome

# What a unit of work needs of the user: one permission, any one of several, or nothing but
# being signed in (changing one's own passphrase, which a one-time passphrase must allow).
Needs: TypeAlias = Permission | tuple[Permission, ...] | None
ONLY_SIGNED_IN: Needs = None


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
    which the block may fill in (an id it has just made, a count). The block may also refine
    the event itself when only its work can tell which it is (minutes recorded or amended)."""

    conn: Any
    grant: Grant | None
    object_type: str
    object_id: str
    category: Category
    action: AuditAction | ComposedAction
    details: dict[str, Any] = field(default_factory=dict)
    outcome: Outcome = Outcome.SUCCESS

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
