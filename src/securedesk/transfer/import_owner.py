"""Who owns the cases an import creates (issue 11, the case record).

A case's owner is local (record_import.py): never the sender's user. Until now a case an
import created was owned by whoever imported it, usually a transfer officer, who holds no
officer role and so can neither work on it nor find it in any caseload: the case was, in
effect, ownerless. The owner is now explicit:

- `bundle import --owner USER` (and the window's import preview) names the officer, checked
  as `case assign` checks a new owner (an enabled officer cleared for the bundle's highest
  marking: every case it creates is at most that); a refusal writes nothing;
- without it, the importing user, as before, and the preview says so, warning when that
  user cannot work on the cases (not an officer, not cleared): they then need assigning
  (`securedesk case assign`).

A case the import updates keeps the owner it has here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from securedesk.core.access import Role
from securedesk.core.cases.case_record import CaseRecordService
from securedesk.core.markings import Marking
from securedesk.core.session import Session


@dataclass(frozen=True)
class NewCaseOwner:
    name: str
    chosen: bool  # named for this import (--owner), rather than the importing user
    can_work: bool  # an enabled officer cleared for the bundle's highest marking

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "chosen": self.chosen, "can_work": self.can_work}

    def line(self) -> str:
        """The preview's line, in English (the command's)."""
        if self.chosen:
            return f"Owner       {self.name}: owns the cases this import creates"
        if self.can_work:
            return f"Owner       {self.name} (you): owns the cases this import creates"
        return (
            f"Owner       {self.name} (you) would own the cases this import creates but cannot "
            "work on them: name an officer with --owner USER, or reassign them afterwards "
            "with 'securedesk case assign'"
        )


def owner_of_new_cases(session: Session, marking: Marking, owner: str | None) -> NewCaseOwner:
    """The owner of the cases an import of a bundle marked up to `marking` creates: `owner`
    checked (CaseRecordService.check_owner: refused with nothing written), or the importing
    user."""
    if owner is not None:
        record = CaseRecordService(session).check_owner(owner, marking)
        return NewCaseOwner(record.name, chosen=True, can_work=True)
    me = session.user
    able = Role.OFFICER in me.roles and not me.disabled and marking <= me.clearance
    return NewCaseOwner(me.name, chosen=False, can_work=able)
