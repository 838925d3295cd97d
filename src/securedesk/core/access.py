"""Who may do what: roles, the permissions they carry, and the one gate every case passes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput
from securedesk.core.markings import Marking


class Role(Enum):
    OFFICER = "officer"
    CHAIR = "chair"
    TRANSFER = "transfer"
    ADMIN = "admin"
    AUDITOR = "auditor"

    @classmethod
    def parse(cls, text: str) -> Role:
        norm = text.strip().lower()
        for r in cls:
            if r.value == norm:
                return r
        allowed = ", ".join(r.value for r in cls)
        raise InvalidInput(ErrorKind.NOT_A_ROLE, text=text, allowed=allowed)


class Permission(Enum):
    VIEW_CASES = "view cases"
    EDIT_CASES = "edit cases"
    PRINT = "print"
    MANAGE_MEETINGS = "manage meetings"
    EXPORT = "export"
    IMPORT = "import"
    ADMINISTER = "administer"
    AUDIT = "audit"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OFFICER: frozenset({Permission.VIEW_CASES, Permission.EDIT_CASES}),
    Role.CHAIR: frozenset(
        {Permission.VIEW_CASES, Permission.EDIT_CASES, Permission.PRINT, Permission.MANAGE_MEETINGS}
    ),
    Role.TRANSFER: frozenset({Permission.VIEW_CASES, Permission.EXPORT, Permission.IMPORT}),
    # The administrator creates the vault and must be able to check its log; the data
    # protection officer's own role is the auditor.
    Role.ADMIN: frozenset({Permission.ADMINISTER, Permission.AUDIT}),
    Role.AUDITOR: frozenset({Permission.AUDIT}),
}


def permissions_of(roles: frozenset[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)


def in_caseload(user: str, case_owner: str) -> bool:
    """Need to know: a user's caseload is the cases they own. Opening any other case needs
    a recorded justification, whatever the user's role."""
    return user == case_owner


# --- the gate ------------------------------------------------------------------------------
#
# Every operation on a case, whatever path it comes by (window, command, pack, bundle,
# search, meeting, attachment, access log), is decided here and nowhere else. The session
# looks the case up, asks `decide`, records a refusal in the audit chain and raises it; the
# services never re-decide.


class Grounds(StrEnum):
    """Why this user may work on this case: recorded with every consultation and change."""

    CASELOAD = "caseload"  # the user owns the case
    JUSTIFICATION = "justification"  # outside the caseload, with a reason given and recorded
    DUTY = "duty"  # the role's own duty needs the case (a chair's agenda, a transfer export)


class Refusal(StrEnum):
    """Why the gate said no. The words a user reads are chosen by the interface."""

    PERMISSION = "permission"
    JUSTIFICATION = "justification"
    CLEARANCE = "clearance"
    CEILING = "ceiling"


@dataclass(frozen=True)
class CaseFacts:
    """What the gate needs to know about a case: never its content."""

    id: str
    ref: str
    owner: str
    marking: Marking


@dataclass(frozen=True)
class Grant:
    """A decision to let one user work on one case, and on what grounds."""

    case: CaseFacts
    grounds: Grounds
    justification: str


def decide(
    *,
    user: str,
    clearance: Marking,
    permissions: frozenset[Permission],
    permission: Permission,
    case: CaseFacts,
    ceiling: Marking,
    justification: str = "",
    duty: bool = False,
) -> Grant | Refusal:
    """May `user` use `permission` on `case`? The order of the checks matters: nothing that
    depends on the case's marking is told before the caseload question, so a refusal for a
    case outside the caseload reveals nothing about it (not its marking, not its state)."""
    if permission not in permissions:
        return Refusal.PERMISSION
    justification = justification.strip()
    if in_caseload(user, case.owner):
        grounds = Grounds.CASELOAD
    elif justification:
        grounds = Grounds.JUSTIFICATION
    elif duty:
        grounds = Grounds.DUTY
    else:
        return Refusal.JUSTIFICATION
    if case.marking > clearance:
        return Refusal.CLEARANCE
    if case.marking > ceiling:
        return Refusal.CEILING
    return Grant(case, grounds, justification)
