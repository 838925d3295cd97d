"""A case's support plan for the signed-in user: `session.actions`.

Adding, updating and listing actions pass the gate (`session.change`/`consult`) like every
other operation on a case; an action's id, typed by a person, may be any unique prefix. An
action is overdue when it is open or in progress and its due date is before today (by
`session.clock`): every list says so, and every list can be narrowed to the overdue ones and
to the user's own by one rule (`chosen`), for one case and for a caseload alike.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from securedesk.core.access import Permission
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category
from securedesk.core.cases.action_kinds import ActionField, ActionKind
from securedesk.core.cases.action_store import ActionRow, ActionUpdate, is_overdue
from securedesk.core.domain import Action, ActionStatus, CaseStatus, new_id
from securedesk.core.error_kinds import ErrorKind, Field
from securedesk.core.errors import InvalidInput
from securedesk.core.id_prefix import IdWhat, lower_id, resolve_prefix
from securedesk.core.text_rules import clean_text, not_future
from securedesk.core.unit_of_work import OnCase, OnObject
from securedesk.core.vault import database

if TYPE_CHECKING:
    from securedesk.core.session import Session
    from securedesk.core.users.user_store import UserRecord

MAX_ACTION_CHARS = 2000
MAX_NAME_CHARS = 200
MAX_NOTE_CHARS = 2000
# A due or agreed date outside these years is a slip (2O26, 0226), not a plan.
EARLIEST_YEAR = 2000
LATEST_YEAR = 2100


def parse_status(text: str) -> ActionStatus:
    """'open', 'in progress' (or 'in-progress', 'in_progress'), 'done', 'cancelled'."""
    norm = " ".join(text.strip().lower().replace("-", " ").replace("_", " ").split())
    for s in ActionStatus:
        if s.value == norm or (s is ActionStatus.CANCELLED and norm == "canceled"):
            return s
    raise InvalidInput(
        ActionKind.ACTION_STATUS_UNKNOWN,
        text=text[:40],
        allowed=", ".join(s.value for s in ActionStatus),
    )


def parse_day(text: str) -> date | None:
    """A date typed as YYYY-MM-DD (None for nothing typed), within plausible years."""
    text = text.strip()
    if not text:
        return None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(ActionKind.ACTION_NOT_A_DATE, text=text[:40]) from None
    return plausible(day)


def plausible(day: date) -> date:
    if not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise InvalidInput(
            ActionKind.ACTION_DATE_OUT_OF_RANGE,
            day=day.isoformat(),
            low=f"{EARLIEST_YEAR}-01-01",
            high=f"{LATEST_YEAR}-12-31",
        )
    return day


@dataclass(frozen=True)
class ActionLine:
    """An action as a list shows it: with its case's reference and whether it is overdue."""

    action: Action
    ref: str
    overdue: bool

    def to_json(self) -> dict[str, object]:
        a = self.action
        return {
            "id": a.id,
            "case": self.ref,
            "text": a.description,
            "agency": a.agency,
            "owner": a.owner,
            "due": a.due_date.isoformat() if a.due_date else None,
            "status": a.status.value,
            "overdue": self.overdue,
            "agreed": a.agreed_on.isoformat() if a.agreed_on else None,
        }


def owned_by(action: Action, user: UserRecord) -> bool:
    """Whether `user` owns the action: its owner is their user name or their display name,
    without regard to case, Unicode composition or surrounding spaces. casefold, not SQLite's
    lower(), which folds only A-Z and so missed Welsh capitals (Ŵ, Ŷ, Â); a blank name
    matches nothing."""
    names = {_fold(n) for n in (user.name, user.display_name)} - {""}
    return _fold(action.owner) in names


def _fold(name: str) -> str:
    # NFC first: a name typed or pasted decomposed (W + U+0302) is the same name as Ŵ.
    return unicodedata.normalize("NFC", name.strip()).casefold()


def chosen(
    lines: list[ActionLine], user: UserRecord, *, overdue: bool, mine: bool
) -> list[ActionLine]:
    """`lines` narrowed, in their order, to the overdue ones and/or to those `user` owns."""
    return [
        x for x in lines if (not overdue or x.overdue) and (not mine or owned_by(x.action, user))
    ]


class ActionService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = session.store

    @property
    def today(self) -> date:
        return self.session.clock.today()

    def overdue(self, action: Action) -> bool:
        return is_overdue(action, self.today)

    # -- changes --------------------------------------------------------------------------

    def add(
        self,
        subject: OnCase | str,
        text: str,
        agency: str,
        owner: str = "",
        due: date | None = None,
        *,
        agreed_on: date | None = None,
        justification: str = "",
    ) -> Action:
        """An action on a case's support plan, agreed today unless `agreed_on` says when (a
        meeting passes its own date and the chair's duty as `subject`). The owner defaults to
        the signed-in user."""
        if isinstance(subject, str):
            subject = OnCase(subject, justification=justification)
        self.session.require(Permission.EDIT_CASES)
        text = clean_text(text, Field.ACTION, limit=MAX_ACTION_CHARS)
        agency = clean_text(agency, Field.AGENCY, limit=MAX_NAME_CHARS)
        owner = clean_text(owner or self.session.vault.user, Field.OWNER, limit=MAX_NAME_CHARS)
        agreed = plausible(agreed_on) if agreed_on is not None else self.today
        not_future(agreed, ActionField.AGREED_ON, self.today)
        if due is not None:
            plausible(due)
            # Recorded late (agreed today by default), an action may already be overdue; a
            # due date before the day it is said to have been agreed is a slip.
            if agreed_on is not None and due < agreed:
                raise InvalidInput(
                    ActionKind.ACTION_DUE_BEFORE_AGREED,
                    due=due.isoformat(),
                    agreed=agreed.isoformat(),
                )
        with self.session.change(Category.COLLECTION, AuditAction.ACTION_ADDED, subject) as tx:
            if self.store.case_row(tx.case_id).status is CaseStatus.CLOSED:
                raise InvalidInput(ActionKind.ACTION_CASE_CLOSED, ref=tx.case.ref)
            action = Action(tx.case_id, text, agency, owner, due, agreed_on=agreed)
            self.store.add_action(action, self.session.clock.now())
            self.store.touch_case(tx.case_id, self.session.clock.now())
            tx.details = {
                "action": action.id,
                "due": due.isoformat() if due else "",
                "agreed": agreed.isoformat(),
            }
        return action

    def resolve(self, typed: str) -> str:
        """The full id of the action `typed` names (a unique prefix will do), among the
        actions of cases the user's clearance allows: an action of a case above it is
        neither found nor counted."""
        with database.guarded(self.session.vault.conn):
            return resolve_prefix(
                self.session.vault.conn,
                "actions",
                "id",
                typed,
                what=IdWhat.ACTION,
                normalise=lower_id,
                where="case_id IN (SELECT id FROM cases WHERE marking_rank <= ?)",
                params=(self.session.visible_marking.rank,),
            )

    def update(
        self,
        action_id: str,
        *,
        status: ActionStatus | None = None,
        due: date | None = None,
        owner: str | None = None,
        note: str = "",
        ref: str = "",
        justification: str = "",
    ) -> Action:
        """A new status, due date or owner, and/or a note: the update is kept in the action's
        history (who, when, the status, the note, and what it moved). `ref`, when given, is
        the case the action must belong to."""
        self.session.require(Permission.EDIT_CASES)
        note = clean_text(note, Field.UPDATE, limit=MAX_NOTE_CHARS, required=False)
        if owner is not None:
            owner = clean_text(owner, Field.OWNER, limit=MAX_NAME_CHARS)
        if due is not None:
            plausible(due)
        if ref:
            # The case named first: its gate decides before anything of the action is read.
            subject = OnCase(ref, justification=justification)
        else:
            subject = OnCase(
                case_id=self.store.get_action(self.resolve(action_id)).case_id,
                justification=justification,
            )
        with self.session.change(Category.ALTERATION, AuditAction.ACTION_UPDATED, subject) as tx:
            full_id = self.resolve(action_id)
            current = self.store.get_action(full_id)
            case_id = current.case_id
            if tx.case_id != case_id:
                raise InvalidInput(
                    ErrorKind.ACTION_OF_ANOTHER_CASE, action_id=full_id, ref=tx.case.ref
                )
            new_status = status or current.status
            moved_due = due if due is not None and due != current.due_date else None
            new_owner = owner if owner is not None and owner != current.owner else None
            fields = [
                name
                for name, changed in (
                    ("status", new_status is not current.status),
                    ("due", moved_due is not None),
                    ("owner", new_owner is not None),
                    ("note", bool(note)),
                )
                if changed
            ]
            if not fields:
                raise InvalidInput(ActionKind.ACTION_UPDATE_EMPTY, action_id=full_id)
            now = self.session.clock.now()
            self.store.update_action(
                full_id,
                new_status,
                note,
                self.session.vault.user,
                now,
                new_id(),
                due_date=moved_due,
                owner=new_owner,
            )
            self.store.touch_case(case_id, now)
            # Codes and dates, never the note or a name.
            tx.details = {
                "action": full_id,
                "status": new_status.value,
                "fields": fields,
                **({"due": moved_due.isoformat()} if moved_due else {}),
            }
        return self.store.get_action(full_id)

    # -- reads ----------------------------------------------------------------------------

    def for_case(
        self, ref: str, justification: str = "", *, overdue: bool = False, mine: bool = False
    ) -> list[ActionLine]:
        """A case's support plan: a consultation of the case. Only the overdue actions, and
        only those the user owns, when asked (`chosen`)."""
        with self.session.consult(
            AuditAction.ACTIONS_LISTED, OnCase(ref, justification=justification)
        ) as tx:
            tx.details = {"ref": tx.case.ref}
            lines = [
                ActionLine(a, tx.case.ref, self.overdue(a))
                for a in self.store.actions_for_case(tx.case_id)
            ]
        return chosen(lines, self.session.user, overdue=overdue, mine=mine)

    def in_caseload(self, *, overdue: bool = False, mine: bool = False) -> list[ActionLine]:
        """The actions of the user's own caseload (the cases the gate lets them open without
        a reason), within their clearance: only the overdue ones, and only those they own,
        when asked (`chosen`). A consultation: the filters and the count are recorded,
        never the actions."""
        me = self.session.user
        with self.session.consult(
            AuditAction.ACTIONS_LISTED, OnObject("actions", "caseload")
        ) as tx:
            rows: list[ActionRow] = self.store.actions_in_caseload(
                me.name, self.session.visible_marking
            )
            lines = chosen(
                [ActionLine(r.action, r.ref, self.overdue(r.action)) for r in rows],
                me,
                overdue=overdue,
                mine=mine,
            )
            tx.details = {"overdue": overdue, "mine": mine, "count": len(lines)}
        return lines

    def history(self, action_id: str, justification: str = "") -> tuple[Action, list[ActionUpdate]]:
        """An action and every update to it, oldest first: a consultation of its case."""
        full_id = self.resolve(action_id)
        case_id = self.store.get_action(full_id).case_id
        with self.session.consult(
            AuditAction.ACTION_HISTORY_VIEWED,
            OnCase(case_id=case_id, justification=justification),
            details={"action": full_id},
        ):
            return self.store.get_action(full_id), self.store.action_updates(full_id)
