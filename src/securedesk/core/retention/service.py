"""Retention review and two-person destruction, for the signed-in user.

- The review queue (`review_queue`): cases whose retention review date has passed (set when a
  case is closed: policy `retention_years` after closing, migration 17), and cases proposed
  for destruction, waiting for approval. Only cases within the user's clearance are listed.
- `keep`: an auditor keeps a case that is due until a later date, with a reason; the review
  date moves there, and an open proposal to destroy it is withdrawn.
- `propose`: anyone who may change the case (its officer, or an auditor by duty) proposes
  destroying it, with a reason, at any time (a case recorded in error need not wait).
- `approve`: a different user, holding the auditor role, approves; the case is destroyed in
  the same transaction (destruction_map.destroy), its register entry written, and afterwards
  the freed space is wiped (wipe.py).
- `register`: the destruction register: reference, dates, reason, proposer, approver, counts.

Reasons outlive the case (in the register) and so may hold no personal data: a reason that
names one of the case's people is refused. Events name cases by reference and id only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from securedesk.core import storage_faults
from securedesk.core.access import Permission, Role
from securedesk.core.audit.audit_actions import ActionTemplate, AuditAction, compose
from securedesk.core.audit.chain import Category
from securedesk.core.cases.name_keys import fold
from securedesk.core.domain import new_id
from securedesk.core.errors import InvalidInput, PolicyRefused, SecureDeskError
from securedesk.core.markings import Marking
from securedesk.core.retention import destruction_map
from securedesk.core.retention.preflight import require_room_to_wipe, wipe_needs
from securedesk.core.retention.retention_kinds import RetentionErrorKind, RetentionField
from securedesk.core.retention.wipe import WipeFailed, WipeReport, wipe_freed_space
from securedesk.core.storage import UserRecord
from securedesk.core.text_rules import clean_text
from securedesk.core.unit_of_work import OnCase, OnObject
from securedesk.core.vault import database

if TYPE_CHECKING:
    from securedesk.core.session import Session

REASON_LIMIT = 500
MAX_KEEP_YEARS = 25
RETENTION_YEARS_POLICY = "retention_years"


@dataclass(frozen=True)
class ReviewRow:
    """A case in the review queue: due for review, proposed for destruction, or both."""

    case_id: str
    ref: str
    status: str
    marking: Marking
    review_date: date | None
    due: bool
    proposed_by: str = ""
    proposed_on: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "ref": self.ref,
            "status": self.status,
            "marking": self.marking.value,
            "review_date": self.review_date.isoformat() if self.review_date else None,
            "due": self.due,
            "proposed_by": self.proposed_by or None,
            "proposed_on": self.proposed_on.isoformat() if self.proposed_on else None,
        }


@dataclass(frozen=True)
class RegisterEntry:
    """One destruction: no name, no case text."""

    id: str
    case_id: str
    ref: str
    referral_date: str
    closed_on: str | None
    review_date: str | None
    reason: str
    proposed_by: str
    proposed_at: str
    approved_by: str
    destroyed_at: str
    counts: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "case_id": self.case_id,
            "ref": self.ref,
            "referral_date": self.referral_date,
            "closed_on": self.closed_on,
            "review_date": self.review_date,
            "reason": self.reason,
            "proposed_by": self.proposed_by,
            "proposed_at": self.proposed_at,
            "approved_by": self.approved_by,
            "destroyed_at": self.destroyed_at,
            "counts": self.counts,
        }


_REGISTER_COLUMNS = (
    "id, case_id, ref, referral_date, closed_on, review_date, reason, proposed_by, "
    "proposed_at, approved_by, destroyed_at, counts"
)


def _entry(row: Any) -> RegisterEntry:
    return RegisterEntry(
        id=row[0],
        case_id=row[1],
        ref=row[2],
        referral_date=row[3],
        closed_on=row[4],
        review_date=row[5],
        reason=row[6],
        proposed_by=row[7],
        proposed_at=row[8],
        approved_by=row[9],
        destroyed_at=row[10],
        counts=json.loads(row[11]),
    )


def names_in(reason: str, names: list[str], identifiers: Sequence[str] = ()) -> bool:
    """Whether `reason` holds any word of `names` (two letters or more), or any of
    `identifiers` written with or without its spaces and punctuation."""
    words = set(re.findall(r"\w+", fold(reason)))
    for name in names:
        if any(len(p) >= 2 and p in words for p in re.findall(r"\w+", fold(name))):
            return True
    compact = "".join(re.findall(r"\w", fold(reason)))
    for value in identifiers:
        code = "".join(re.findall(r"\w", fold(value)))
        if len(code) >= 4 and code in compact:
            return True
    return False


class RetentionService:
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def _conn(self) -> Any:
        return self.session.vault.conn

    # -- the queue ----------------------------------------------------------------------

    def review_queue(self, on: date | None = None) -> list[ReviewRow]:
        """Cases whose review date is on or before `on` (today), and cases proposed for
        destruction, within the user's clearance; by review date, then reference."""
        self.session.require(Permission.AUDIT)
        on = on or self.session.clock.today()
        visible = self.session.visible_marking
        with self.session.consult(
            AuditAction.RETENTION_REVIEWS_LISTED,
            OnObject("retention", "due"),
            permission=Permission.AUDIT,
            details={"on": on.isoformat()},
        ) as tx:
            rows = self._conn.execute(
                "SELECT c.id, c.ref, c.status, c.marking, c.retention_review, "
                "p.proposed_by, p.proposed_at FROM cases c "
                "LEFT JOIN retention_proposals p ON p.case_id = c.id "
                "WHERE c.marking_rank <= ? AND ((c.retention_review IS NOT NULL "
                "AND c.retention_review <= ?) OR p.case_id IS NOT NULL) "
                "ORDER BY c.retention_review IS NULL, c.retention_review, c.ref",
                (visible.rank, on.isoformat()),
            ).fetchall()
            tx.details["count"] = len(rows)
        return [
            ReviewRow(
                case_id=r[0],
                ref=r[1],
                status=r[2],
                marking=Marking(r[3]),
                review_date=date.fromisoformat(r[4]) if r[4] else None,
                due=bool(r[4]) and r[4] <= on.isoformat(),
                proposed_by=r[5] or "",
                proposed_on=date.fromisoformat(r[6][:10]) if r[6] else None,
            )
            for r in rows
        ]

    # -- decisions ------------------------------------------------------------------------

    def keep(self, ref: str, until: date, reason: str) -> None:
        """Keep a case that is due for review until `until` (after today), for `reason`."""
        self.session.require(Permission.AUDIT)
        reason = self._reason(reason)
        today = self.session.clock.today()
        if until <= today:
            raise InvalidInput(
                RetentionErrorKind.UNTIL_NOT_AFTER_TODAY,
                ref=ref.strip(),
                until=until.isoformat(),
                today=today.isoformat(),
            )
        latest = _years_after(today, MAX_KEEP_YEARS)
        if until > latest:
            raise InvalidInput(
                RetentionErrorKind.UNTIL_TOO_FAR,
                ref=ref.strip(),
                years=MAX_KEEP_YEARS,
                latest=latest.isoformat(),
            )
        with self.session.change(
            Category.ALTERATION,
            AuditAction.CASE_KEPT_AT_RETENTION_REVIEW,
            OnCase(ref, duty=True),
            permission=Permission.AUDIT,
        ) as tx:
            case_id, shown = tx.case_id, tx.case.ref
            (review,) = self._conn.execute(
                "SELECT retention_review FROM cases WHERE id = ?", (case_id,)
            ).fetchone()
            if review is None:
                raise PolicyRefused(RetentionErrorKind.NO_REVIEW_DATE, ref=shown)
            if review > today.isoformat():
                raise PolicyRefused(RetentionErrorKind.NOT_DUE, ref=shown, review=review)
            self._check_no_names(case_id, shown, reason)
            now = self.session.clock.now()
            self._conn.execute(
                "INSERT INTO retention_keeps (id, case_id, until, reason, decided_by, decided_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (new_id(), case_id, until.isoformat(), reason, self.session.vault.user, now),
            )
            self._conn.execute(
                "UPDATE cases SET retention_review = ? WHERE id = ?", (until.isoformat(), case_id)
            )
            withdrawn = self._conn.execute(
                "DELETE FROM retention_proposals WHERE case_id = ?", (case_id,)
            ).rowcount
            tx.details = {
                "ref": shown,
                "from": review,
                "until": until.isoformat(),
                "proposal_withdrawn": bool(withdrawn),
            }

    def propose(self, ref: str, reason: str, *, justification: str = "") -> None:
        """Propose destroying a case (any case: one recorded in error need not be due)."""
        me = self.session.require_any(Permission.AUDIT, Permission.EDIT_CASES)
        reason = self._reason(reason)
        # An auditor proposes by the duty of the role; an officer as for any change of the
        # case (their caseload, or a recorded justification).
        by_duty = Permission.AUDIT in self.session.permissions
        subject = OnCase(ref, justification=justification, duty=by_duty)
        permission = Permission.AUDIT if by_duty else Permission.EDIT_CASES
        with self.session.change(
            Category.ERASURE, AuditAction.CASE_DESTRUCTION_PROPOSED, subject, permission=permission
        ) as tx:
            case_id, shown = tx.case_id, tx.case.ref
            held = self._conn.execute(
                "SELECT proposed_by, proposed_at FROM retention_proposals WHERE case_id = ?",
                (case_id,),
            ).fetchone()
            if held is not None:
                raise PolicyRefused(
                    RetentionErrorKind.ALREADY_PROPOSED, ref=shown, user=held[0], day=held[1][:10]
                )
            self._check_no_names(case_id, shown, reason)
            self._conn.execute(
                "INSERT INTO retention_proposals (case_id, reason, proposed_by, proposed_at) "
                "VALUES (?, ?, ?, ?)",
                (case_id, reason, me.name, self.session.clock.now()),
            )
            tx.details = {"ref": shown}

    def approve(
        self, ref: str, progress: Callable[[int, int], None] | None = None
    ) -> RegisterEntry:
        """A different user holding the auditor role approves: the case is destroyed, its
        register entry written, and the freed space wiped. `progress(done, 2)` is told as
        each of the two steps (destroying, wiping) ends."""
        me = self._auditor("retention", ref.strip())
        report = progress or (lambda _done, _total: None)
        with self.session.change(
            Category.ERASURE,
            AuditAction.CASE_DESTROYED,
            OnCase(ref, duty=True),
            permission=Permission.AUDIT,
        ) as tx:
            case_id, shown = tx.case_id, tx.case.ref
            proposal = self._conn.execute(
                "SELECT reason, proposed_by, proposed_at FROM retention_proposals "
                "WHERE case_id = ?",
                (case_id,),
            ).fetchone()
            if proposal is None:
                raise PolicyRefused(RetentionErrorKind.NO_PROPOSAL, ref=shown)
            reason, proposed_by, proposed_at = proposal
            if proposed_by == me.name:
                self.session.record_refusal(
                    AuditAction.REFUSED_OWN_DESTRUCTION_PROPOSAL,
                    "case",
                    case_id,
                    category=Category.ERASURE,
                    details={"ref": shown},
                )
                raise PolicyRefused(RetentionErrorKind.OWN_PROPOSAL, user=me.name, ref=shown)
            # Refused here, before anything is deleted, when the wipe could not follow.
            require_room_to_wipe(self._conn, self.session.vault.folder, shown)
            referral_date, review, closed_on = self._dates(case_id)
            counts = destruction_map.destroy(self._conn, case_id)
            entry = RegisterEntry(
                id=new_id(),
                case_id=case_id,
                ref=shown,
                referral_date=referral_date,
                closed_on=closed_on,
                review_date=review,
                reason=reason,
                proposed_by=proposed_by,
                proposed_at=proposed_at,
                approved_by=me.name,
                destroyed_at=self.session.clock.now(),
                counts=counts,
            )
            self._conn.execute(
                f"INSERT INTO destruction_register ({_REGISTER_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*list(entry.to_json().values())[:11], json.dumps(counts, sort_keys=True)),
            )
            tx.details = {
                "ref": shown,
                "register": entry.id,
                "proposed_by": proposed_by,
                "counts": counts,
            }
        report(1, 2)
        self.wipe(ref=shown)
        report(2, 2)
        return entry

    def wipe(self, *, ref: str = "") -> WipeReport:
        """Wipe the space freed by destruction from the vault's files (again, if a wipe
        after an approval could not finish)."""
        self.session.require(Permission.AUDIT)
        if not ref:  # run on its own: refused early, as approval is (preflight.py)
            storage_faults.require_free_space(
                self.session.vault.folder, wipe_needs(self._conn).disk_bytes
            )
        try:
            report = wipe_freed_space(self._conn)
        except WipeFailed as exc:
            raise SecureDeskError(RetentionErrorKind.WIPE_INCOMPLETE, step=exc.step) from exc
        with self.session.change(
            Category.ERASURE,
            AuditAction.FREED_SPACE_WIPED,
            OnObject("vault", self.session.vault.vault_id),
            permission=Permission.AUDIT,
            details={
                "ref": ref,
                "pages_before": report.pages_before,
                "free_pages_before": report.free_pages_before,
                "pages_after": report.pages_after,
            },
        ):
            pass
        # The event itself went to the log: fold it into the file, so the log is empty.
        with database.guarded(self._conn):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return report

    # -- the register ------------------------------------------------------------------------

    def register(self) -> list[RegisterEntry]:
        self.session.require(Permission.AUDIT)
        with self.session.consult(
            AuditAction.DESTRUCTION_REGISTER_VIEWED,
            OnObject("retention", "register"),
            permission=Permission.AUDIT,
        ) as tx:
            rows = self._conn.execute(
                f"SELECT {_REGISTER_COLUMNS} FROM destruction_register ORDER BY destroyed_at, ref"
            ).fetchall()
            tx.details = {"entries": len(rows)}
        return [_entry(r) for r in rows]

    # -- helpers ---------------------------------------------------------------------------

    def _auditor(self, object_type: str, object_id: str) -> UserRecord:
        return require_auditor_role(self.session, object_type, object_id)

    def _reason(self, reason: str) -> str:
        if not reason.strip():
            raise InvalidInput(RetentionErrorKind.REASON_MISSING)
        return clean_text(reason, RetentionField.REASON, limit=REASON_LIMIT)

    def _check_no_names(self, case_id: str, shown: str, reason: str) -> None:
        names = [
            str(r[0])
            for r in self._conn.execute(
                "SELECT p.given_name FROM case_subjects s JOIN people p ON p.id = s.person_id "
                "WHERE s.case_id = ?1 UNION ALL "
                "SELECT p.family_name FROM case_subjects s JOIN people p ON p.id = s.person_id "
                "WHERE s.case_id = ?1 UNION ALL "
                "SELECT a.alias FROM case_subjects s JOIN person_aliases a "
                "ON a.person_id = s.person_id WHERE s.case_id = ?1",
                (case_id,),
            )
        ]
        identifiers = [
            str(r[0])
            for r in self._conn.execute(
                "SELECT i.value FROM case_subjects s JOIN person_identifiers i "
                "ON i.person_id = s.person_id WHERE s.case_id = ?",
                (case_id,),
            )
        ]
        if names_in(reason, names, identifiers):
            raise InvalidInput(RetentionErrorKind.REASON_NAMES_PERSON, ref=shown)

    def _dates(self, case_id: str) -> tuple[str, str | None, str | None]:
        """The referral date, review date and the day the case was last closed. The closing
        day is the case's own stage history (case_status_history, written from the session
        clock's updated_at as the status changed), the same clock that set the review date;
        a case closed before that history existed has only its back-filled row, dated by its
        last change."""
        referral, review, status, updated = self._conn.execute(
            "SELECT referral_date, retention_review, status, updated_at FROM cases WHERE id = ?",
            (case_id,),
        ).fetchone()
        closed_on = None
        if status == "closed":
            row = self._conn.execute(
                "SELECT entered_at FROM case_status_history WHERE case_id = ? "
                "AND status = 'closed' ORDER BY id DESC LIMIT 1",
                (case_id,),
            ).fetchone()
            closed_on = str(row[0] if row else updated)[:10]
        return str(referral), review, closed_on


def require_auditor_role(session: Session, object_type: str, object_id: str) -> UserRecord:
    """The signed-in user, if they hold the auditor role (not just the audit permission an
    administrator also has); otherwise the refusal is recorded and raised (exit 5)."""
    me = session.require(Permission.AUDIT, object_type=object_type, object_id=object_id)
    if Role.AUDITOR not in me.roles:
        session.record_refusal(
            compose(ActionTemplate.REFUSED_NEEDS_PERMISSION, permission="auditor role"),
            object_type,
            object_id,
        )
        raise PolicyRefused(RetentionErrorKind.NEEDS_AUDITOR_ROLE, user=me.name)
    return me


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28) + timedelta(days=1)
