"""SQL for a case's support plan: actions and the history of their updates. The store knows
nothing of rights or the audit log; `ActionService` composes them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from securedesk.core.domain import Action, ActionStatus, iso_day, parse_day
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import NotFound
from securedesk.core.markings import Marking
from securedesk.core.vault.database import Connection

# Still to be done: what an overdue action is, against a day.
OUTSTANDING = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


def is_overdue(action: Action, today: date) -> bool:
    """Open or in progress, with a due date before `today`."""
    return action.status in OUTSTANDING and action.due_date is not None and action.due_date < today


@dataclass(frozen=True)
class ActionRow:
    """One action in a list across cases: the action and the reference of its case."""

    action: Action
    ref: str


@dataclass(frozen=True)
class ActionUpdate:
    """One entry of an action's history: who, when, the status then, and what changed."""

    id: str
    at: str
    author: str
    status: ActionStatus
    note: str
    due_date: date | None  # set by this update; None when it left the date as it was
    owner: str | None  # likewise


_ACTION_COLUMNS = (
    "a.id, a.case_id, a.description, a.agency, a.owner, a.due_date, a.status, "
    "coalesce(a.agreed_on, substr(a.created_at, 1, 10))"
)


def _action(r: Sequence[Any]) -> Action:
    return Action(
        id=r[0],
        case_id=r[1],
        description=r[2],
        agency=r[3],
        owner=r[4],
        due_date=parse_day(r[5]),
        status=ActionStatus(r[6]),
        agreed_on=parse_day(r[7]),
    )


class ActionStore:
    """Action rows (mixed into the one Storage through CaseStore)."""

    conn: Connection

    def add_action(self, action: Action, now: str) -> None:
        agreed = action.agreed_on.isoformat() if action.agreed_on else now[:10]
        self.conn.execute(
            "INSERT INTO actions (id, case_id, description, agency, owner, due_date, status, "
            "created_at, updated_at, agreed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                action.id,
                action.case_id,
                action.description,
                action.agency,
                action.owner,
                iso_day(action.due_date),
                action.status.value,
                now,
                now,
                agreed,
            ),
        )

    def update_action(
        self,
        action_id: str,
        status: ActionStatus,
        note: str,
        author: str,
        now: str,
        update_id: str,
        *,
        due_date: date | None = None,
        owner: str | None = None,
    ) -> None:
        """The action's new status (and due date or owner when given), with the update kept
        in its history."""
        changed = self.conn.execute(
            "UPDATE actions SET status = ?, due_date = coalesce(?, due_date), "
            "owner = coalesce(?, owner), updated_at = ? WHERE id = ?",
            (status.value, iso_day(due_date), owner, now, action_id),
        ).rowcount
        if not changed:
            raise NotFound(ErrorKind.ACTION_NOT_FOUND, action_id=action_id)
        self.conn.execute(
            "INSERT INTO action_updates (id, action_id, at, author, status, note, due_date, "
            "owner) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (update_id, action_id, now, author, status.value, note, iso_day(due_date), owner),
        )

    def actions_for_case(self, case_id: str) -> list[Action]:
        return [
            _action(r)
            for r in self.conn.execute(
                f"SELECT {_ACTION_COLUMNS} FROM actions a WHERE a.case_id = ? "
                "ORDER BY a.due_date IS NULL, a.due_date, a.id",
                (case_id,),
            )
        ]

    def get_action(self, action_id: str) -> Action:
        r = self.conn.execute(
            f"SELECT {_ACTION_COLUMNS} FROM actions a WHERE a.id = ?", (action_id,)
        ).fetchone()
        if r is None:
            raise NotFound(ErrorKind.ACTION_NOT_FOUND, action_id=action_id)
        return _action(r)

    def action_updates(self, action_id: str) -> list[ActionUpdate]:
        """Oldest first."""
        return [
            ActionUpdate(r[0], r[1], r[2], ActionStatus(r[3]), r[4], parse_day(r[5]), r[6])
            for r in self.conn.execute(
                "SELECT id, at, author, status, note, due_date, owner FROM action_updates "
                "WHERE action_id = ? ORDER BY at, id",
                (action_id,),
            )
        ]

    def actions_in_caseload(self, owner: str, max_marking: Marking) -> list[ActionRow]:
        """The actions of the cases `owner` owns, marked at most `max_marking`, by due date
        then reference. Narrowing to the overdue ones or the user's own is the service's rule
        (action_service.chosen), the same for a caseload and for one case."""
        rows = self.conn.execute(
            f"SELECT {_ACTION_COLUMNS}, c.ref FROM actions a JOIN cases c ON c.id = a.case_id "
            "WHERE c.owner = ? AND c.marking_rank <= ? "
            "ORDER BY a.due_date IS NULL, a.due_date, c.ref, a.id",
            (owner, max_marking.rank),
        ).fetchall()
        return [ActionRow(_action(r[:8]), str(r[8])) for r in rows]
