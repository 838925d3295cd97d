"""The case record (issue 11): who owns a case, its consent with its history, its review
dates and its marking, for the signed-in user: `CaseRecordService(session)`.

Who may reassign a case (SPEC, "Who uses it"): its owner (their own caseload), a panel chair
(allocation is the panel's business) and an administrator (a leaver's or a disabled user's
caseload): the chair and the administrator on the grounds of their duty, which still needs
clearance for the case's marking. Another officer may not, even with a justification: taking
or giving away a colleague's case is not a reason to read it.

Whoever owns a case must be able to work on it: an enabled user holding the officer role,
cleared for the case's marking (`check_owner`, also used for the owner of what an import
creates).

Every change goes through `session.change` (the gate, one transaction, the audit event) and
leaves a row in case_record_history (migration 13). The audit event holds refs, user names
(account ids), codes and dates, and whether a reason was given; the reason and the consent
note are case content and stay in the history table with the case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from securedesk.core.access import Permission, Role, permissions_of
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category
from securedesk.core.cases.case_record_kinds import CaseRecordKind, RecordField
from securedesk.core.domain import ConsentStatus, iso_day, new_id, parse_day
from securedesk.core.errors import InvalidInput, NotFound, PolicyRefused
from securedesk.core.markings import Marking
from securedesk.core.text_rules import clean_text, not_future
from securedesk.core.unit_of_work import OnCase
from securedesk.core.users.user_store import UserRecord
from securedesk.core.vault import database

if TYPE_CHECKING:
    from securedesk.core.session import Session

MAX_NOTE_CHARS = 2000

# What people type for each consent status (the command's words first).
CONSENT_WORDS: dict[str, ConsentStatus] = {
    "given": ConsentStatus.GIVEN,
    "refused": ConsentStatus.REFUSED,
    "withdrawn": ConsentStatus.WITHDRAWN,
    "not-sought": ConsentStatus.NOT_SOUGHT,
    "parental-given": ConsentStatus.PARENTAL_GIVEN,
}


def parse_consent(text: str) -> ConsentStatus:
    """A consent status from its command word ('not-sought') or its stored value ('not
    sought'), without regard to case."""
    norm = "-".join(text.strip().lower().split())
    for word, status in CONSENT_WORDS.items():
        if norm in (word, "-".join(status.value.split())):
            return status
    raise InvalidInput(
        CaseRecordKind.CONSENT_UNKNOWN,
        text=text.strip()[:60],
        allowed=", ".join(CONSENT_WORDS),
    )


def consent_word(status: ConsentStatus) -> str:
    return next(w for w, s in CONSENT_WORDS.items() if s is status)


@dataclass(frozen=True)
class HistoryEntry:
    """One change to a case's record. `recorded_by` is None where nobody here recorded it
    (the consent a case held before history was kept; a change that came in a bundle)."""

    field: str  # consent, owner, marking, next_review, retention_review
    old_value: str | None
    new_value: str | None
    on_date: date | None
    note: str
    recorded_by: str | None
    recorded_at: str


@dataclass(frozen=True)
class ConsentEntry:
    """A line of the consent history, oldest first. `status` None: not recorded."""

    status: ConsentStatus
    on_date: date | None
    note: str
    recorded_by: str | None  # None: before history was kept, as opened, or from a bundle
    recorded_at: str | None  # None: the consent the case was opened with


@dataclass(frozen=True)
class RecordEdit:
    """What `edit` changes; None leaves a value as it is."""

    next_review: date | None = None
    retention_review: date | None = None
    marking: Marking | None = None
    reason: str = ""

    @property
    def empty(self) -> bool:
        return self.next_review is None and self.retention_review is None and self.marking is None


class CaseRecordService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = session.store

    # -- owners -------------------------------------------------------------------------

    def check_owner(self, user: str, marking: Marking) -> UserRecord:
        """The user who is to own material marked `marking`, or the refusal: unknown
        (NotFound), disabled, not an officer, or not cleared for the marking (PolicyRefused)."""
        name = user.strip()
        try:
            record = self.store.get_user(name)
        except NotFound:
            raise NotFound(CaseRecordKind.OWNER_UNKNOWN, user=name[:60]) from None
        if record.disabled:
            raise PolicyRefused(CaseRecordKind.OWNER_DISABLED, user=name)
        if Role.OFFICER not in record.roles:
            raise PolicyRefused(CaseRecordKind.OWNER_NOT_OFFICER, user=name)
        if marking > record.clearance:
            raise PolicyRefused(
                CaseRecordKind.OWNER_NOT_CLEARED,
                user=name,
                clearance=record.clearance.value,
                marking=marking.value,
            )
        return record

    def possible_owners(self, marking: Marking) -> list[str]:
        """The users who may own material marked `marking` (check_owner's rules), by name:
        for the window's choice of owner (a case's assignment, an import's new cases)."""
        self.session.require_any(
            Permission.EDIT_CASES,
            Permission.IMPORT,
            Permission.MANAGE_MEETINGS,
            Permission.ADMINISTER,
        )
        with database.guarded(self.session.vault.conn):
            rows = self.session.vault.conn.execute(
                "SELECT u.name, u.clearance FROM users u JOIN user_roles r ON r.user = u.name "
                "WHERE r.role = ? AND u.disabled = 0 ORDER BY u.name",
                (Role.OFFICER.value,),
            ).fetchall()
        return [name for name, clearance in rows if Marking(clearance) >= marking]

    def _assignment_subject(self, ref: str) -> tuple[OnCase, Permission]:
        """On what grounds this user may reassign case `ref`: a chair's or an
        administrator's duty, or an owner's caseload. Another officer is refused here, with
        an audited refusal, before anything about the case is read."""
        me = self.session.user
        granted = permissions_of(me.roles)
        for duty in (Permission.MANAGE_MEETINGS, Permission.ADMINISTER):
            if duty in granted:
                return OnCase(ref, duty=True, purpose="assignment"), duty
        self.session.require(Permission.EDIT_CASES)
        with database.guarded(self.session.vault.conn):
            facts = self.store.case_facts(self.store.case_id_for_ref(ref))
        if facts.owner != me.name:
            self.session.record_refusal(
                AuditAction.REFUSED_CASE_ASSIGNMENT, "case", facts.id, category=Category.ALTERATION
            )
            raise PolicyRefused(CaseRecordKind.ASSIGN_NOT_ALLOWED, ref=facts.ref)
        return OnCase(ref), Permission.EDIT_CASES

    def assign(self, ref: str, owner: str) -> str:
        """Give case `ref` to `owner`; returns the previous owner."""
        subject, permission = self._assignment_subject(ref)
        with self.session.change(
            Category.ALTERATION, AuditAction.CASE_ASSIGNED, subject, permission=permission
        ) as tx:
            case = tx.case
            new = self.check_owner(owner, case.marking).name
            if new == case.owner:
                raise InvalidInput(CaseRecordKind.ALREADY_OWNER, ref=case.ref, user=new)
            now = self.session.clock.now()
            tx.conn.execute(
                "UPDATE cases SET owner = ?, updated_at = ? WHERE id = ?", (new, now, case.id)
            )
            self._history(tx.conn, case.id, "owner", case.owner, new, now)
            tx.details = {"ref": case.ref, "from": case.owner, "to": new}
        return case.owner

    # -- consent ------------------------------------------------------------------------

    def set_consent(
        self,
        ref: str,
        status: ConsentStatus,
        on_date: date | None = None,
        note: str = "",
        *,
        justification: str = "",
    ) -> ConsentEntry:
        """Record the case's consent as it now stands: status, the day it was given, refused
        or withdrawn (today unless told), a note. The history keeps every earlier one."""
        self.session.require(Permission.EDIT_CASES)
        today = self.session.clock.today()
        on_date = on_date or today
        not_future(on_date, RecordField.CONSENT_DATE, today)
        note = clean_text(note, RecordField.CONSENT_NOTE, required=False, limit=MAX_NOTE_CHARS)
        with self.session.change(
            Category.ALTERATION,
            AuditAction.CONSENT_RECORDED,
            OnCase(ref, justification=justification),
        ) as tx:
            case = tx.case
            old, referral = tx.conn.execute(
                "SELECT consent, referral_date FROM cases WHERE id = ?", (case.id,)
            ).fetchone()
            if on_date.isoformat() < referral:
                raise InvalidInput(
                    CaseRecordKind.CONSENT_BEFORE_REFERRAL,
                    date=on_date.isoformat(),
                    ref=case.ref,
                    referral_date=referral,
                )
            now = self.session.clock.now()
            # The history row first, stamped as the case will be, so that migration 13's
            # trigger for consent changed by other paths does not write a second one.
            self._history(tx.conn, case.id, "consent", old, status.value, now, on_date, note)
            tx.conn.execute(
                "UPDATE cases SET consent = ?, consent_note = ?, updated_at = ? WHERE id = ?",
                (status.value, note, now, case.id),
            )
            tx.details = {
                "ref": case.ref,
                "from": old,
                "to": status.value,
                "date": on_date.isoformat(),
                "note_given": bool(note),
            }
        return ConsentEntry(status, on_date, note, self.session.vault.user, now)

    # -- review dates and marking -------------------------------------------------------

    def edit(self, ref: str, change: RecordEdit, *, justification: str = "") -> list[str]:
        """Change the review dates and the marking; returns the fields changed. A marking
        change needs a reason and may not go below the highest marking of what the case
        holds, nor above the user's clearance or the terminal's ceiling."""
        self.session.require(Permission.EDIT_CASES)
        today = self.session.clock.today()
        if change.empty:
            raise InvalidInput(CaseRecordKind.EDIT_NOTHING)
        for day, what in (
            (change.next_review, RecordField.NEXT_REVIEW),
            (change.retention_review, RecordField.RETENTION_REVIEW),
        ):
            if day is not None and day < today:
                raise InvalidInput(
                    CaseRecordKind.REVIEW_DATE_PASSED,
                    field=what,
                    date=day.isoformat(),
                    today=today.isoformat(),
                )
        reason = change.reason.strip()
        if change.marking is None and reason:
            raise InvalidInput(CaseRecordKind.REASON_WITHOUT_MARKING)
        if change.marking is not None:
            self.session.check_ceiling(change.marking)
            self.session.check_clearance(change.marking)
        with self.session.change(
            Category.ALTERATION,
            AuditAction.CASE_RECORD_EDITED,
            OnCase(ref, justification=justification),
        ) as tx:
            case = tx.case
            now = self.session.clock.now()
            changed: list[str] = []
            details: dict[str, object] = {"ref": case.ref}
            old_next, old_retention = tx.conn.execute(
                "SELECT next_review, retention_review FROM cases WHERE id = ?", (case.id,)
            ).fetchone()
            for column, day, old in (
                ("next_review", change.next_review, old_next),
                ("retention_review", change.retention_review, old_retention),
            ):
                if day is None or day.isoformat() == old:
                    continue
                tx.conn.execute(
                    f"UPDATE cases SET {column} = ?, updated_at = ? WHERE id = ?",
                    (day.isoformat(), now, case.id),
                )
                self._history(tx.conn, case.id, column, old, day.isoformat(), now)
                details[column] = {"from": old, "to": day.isoformat()}
                changed.append(column)
            if change.marking is not None:
                self._change_marking(tx.conn, case.id, case.ref, case.marking, change, now)
                details["marking"] = {"from": case.marking.value, "to": change.marking.value}
                details["reason_given"] = True
                changed.append("marking")
            if not changed:
                raise InvalidInput(CaseRecordKind.EDIT_NOTHING)
            tx.details = details
        return changed

    def _change_marking(
        self,
        conn: database.Connection,
        case_id: str,
        ref: str,
        current: Marking,
        change: RecordEdit,
        now: str,
    ) -> None:
        marking = change.marking
        assert marking is not None
        if marking == current:
            raise InvalidInput(CaseRecordKind.MARKING_UNCHANGED, ref=ref, marking=marking.value)
        reason = clean_text(change.reason, RecordField.MARKING_REASON, required=False, limit=2000)
        if not reason:
            raise InvalidInput(CaseRecordKind.MARKING_REASON_REQUIRED, ref=ref)
        highest = self.highest_content_marking(conn, case_id)
        if highest is not None and marking < highest:
            raise PolicyRefused(
                CaseRecordKind.MARKING_BELOW_CONTENT,
                ref=ref,
                highest=highest.value,
                marking=marking.value,
            )
        conn.execute(
            "UPDATE cases SET marking = ?, record_marking = ?, updated_at = ? WHERE id = ?",
            (marking.value, marking.value, now, case_id),
        )
        self._history(conn, case_id, "marking", current.value, marking.value, now, note=reason)

    @staticmethod
    def highest_content_marking(conn: database.Connection, case_id: str) -> Marking | None:
        """The highest marking of the items a case holds (None: it holds none)."""
        rows = conn.execute(
            "SELECT DISTINCT marking FROM items WHERE case_id = ?", (case_id,)
        ).fetchall()
        return max((Marking(r[0]) for r in rows), default=None)

    # -- history ------------------------------------------------------------------------

    def _history(
        self,
        conn: database.Connection,
        case_id: str,
        field: str,
        old: str | None,
        new: str | None,
        now: str,
        on_date: date | None = None,
        note: str = "",
    ) -> None:
        conn.execute(
            "INSERT INTO case_record_history (id, case_id, field, old_value, new_value, "
            "on_date, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new_id(),
                case_id,
                field,
                old,
                new,
                iso_day(on_date),
                note,
                self.session.vault.user,
                now,
            ),
        )

    def history(self, ref: str, justification: str = "") -> list[HistoryEntry]:
        """Every change to the case's record, oldest first: part of viewing the case, behind
        the same gate (the case view's consultation is the audit event)."""
        with database.guarded(self.session.vault.conn):
            grant = self.session.gate(
                OnCase(ref, justification=justification), Permission.VIEW_CASES
            )
            rows = self.session.vault.conn.execute(
                "SELECT field, old_value, new_value, on_date, note, recorded_by, recorded_at "
                "FROM case_record_history WHERE case_id = ? ORDER BY recorded_at, field",
                (grant.case.id,),
            ).fetchall()
        return [
            HistoryEntry(
                field=r[0],
                old_value=r[1],
                new_value=r[2],
                on_date=parse_day(r[3]),
                note=r[4],
                recorded_by=r[5],
                recorded_at=r[6],
            )
            for r in rows
        ]

    def consent_history(self, ref: str, justification: str = "") -> list[ConsentEntry]:
        """The consent history, oldest first, ending with the consent the case holds now.
        A case opened since history was kept starts with the consent it was opened with
        (the first change's earlier value)."""
        entries = [h for h in self.history(ref, justification) if h.field == "consent"]
        out: list[ConsentEntry] = []
        if entries and entries[0].old_value is not None:
            out.append(ConsentEntry(_consent(entries[0].old_value), None, "", None, None))
        out += [
            ConsentEntry(_consent(h.new_value), h.on_date, h.note, h.recorded_by, h.recorded_at)
            for h in entries
        ]
        if not out:
            with database.guarded(self.session.vault.conn):
                case_id = self.store.case_id_for_ref(ref)
                status, note = self.session.vault.conn.execute(
                    "SELECT consent, consent_note FROM cases WHERE id = ?", (case_id,)
                ).fetchone()
            out.append(ConsentEntry(_consent(status), None, note, None, None))
        return out


def _consent(value: str | None) -> ConsentStatus:
    return ConsentStatus(value)
