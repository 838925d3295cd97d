"""Who may do what: roles, the permissions they carry, and the need-to-know rule."""

from __future__ import annotations

from enum import Enum

from securedesk.core.errors import InvalidInput


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
        raise InvalidInput(f"'{text}' is not a role; use one of {allowed}.")


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
