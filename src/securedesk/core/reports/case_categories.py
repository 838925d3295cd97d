"""What a case records for returns: gender and type of concern (optional, from the lists in
resources/) and the outcome it closed with. `session.reports` sets the first two; the
outcome is set by `CaseService.change_status` when it closes a case (`record_outcome`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from securedesk.core.reports.categories import NOT_RECORDED, ClosingOutcome


@dataclass(frozen=True)
class CaseCategories:
    gender: str | None
    concern_type: str | None
    closing_outcome: ClosingOutcome | None


def read_categories(conn: Any, case_id: str) -> CaseCategories:
    row = conn.execute(
        "SELECT gender, concern_type, closing_outcome FROM cases WHERE id = ?", (case_id,)
    ).fetchone()
    gender, concern, outcome = row if row else (None, None, None)
    return CaseCategories(gender, concern, ClosingOutcome(outcome) if outcome else None)


def write_categories(
    conn: Any, case_id: str, *, gender: str | None = None, concern_type: str | None = None
) -> list[str]:
    """Set the fields given (NOT_RECORDED clears one); returns the names of those changed."""
    changed = []
    for column, value in (("gender", gender), ("concern_type", concern_type)):
        if value is None:
            continue
        stored = None if value == NOT_RECORDED else value
        cur = conn.execute(
            f"UPDATE cases SET {column} = ? WHERE id = ? AND {column} IS NOT ?",
            (stored, case_id, stored),
        )
        if cur.rowcount:
            changed.append(column)
    return changed


def record_outcome(conn: Any, case_id: str, outcome: ClosingOutcome | None) -> None:
    """Before a case's status changes to closed (the history row takes the outcome from the
    case), or after it is reopened (None: an open case has no outcome)."""
    conn.execute(
        "UPDATE cases SET closing_outcome = ? WHERE id = ?",
        (outcome.value if outcome else None, case_id),
    )
