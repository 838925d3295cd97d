"""A signed-in user's session: the one service API that the window and the command share.

Every operation checks the user's rights, works in one transaction, and records its audit
event inside that same transaction, so a change never lands without its event. Refusals
are recorded too, in a transaction of their own.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from securedesk.core.access import Permission, Role, in_caseload, permissions_of
from securedesk.core.atomic_file import staged_file
from securedesk.core.audit import chain as audit
from securedesk.core.audit.chain import Category, ChainReport, Outcome, now_utc
from securedesk.core.cases.assessment_framework import (
    FactorChange,
    Framework,
    changes_since,
    load_framework,
)
from securedesk.core.cases.attachment_types import clean_name, identify
from securedesk.core.cases.case_store import (
    Attachment,
    CaseQuery,
    CaseRecord,
    CaseRow,
    CaseStore,
    ChronologyRow,
    SearchHit,
    StoredItem,
    UserRecord,
)
from securedesk.core.cases.provenance import RecordOrigin, record_origin
from securedesk.core.domain import (
    ALLOWED_TRANSITIONS,
    INFORMATION_GRADES,
    SOURCE_GRADES,
    Action,
    ActionStatus,
    Assessment,
    Case,
    CaseStatus,
    ChronologyEntry,
    ConsentStatus,
    FactorScore,
    InformationItem,
    Meeting,
    MeetingMember,
    Person,
    new_id,
)
from securedesk.core.errors import (
    AboveCeiling,
    AboveClearance,
    InvalidInput,
    JustificationRequired,
    PassphraseChangeRequired,
    PermissionDenied,
    VaultDamaged,
)
from securedesk.core.markings import Marking
from securedesk.core.vault import database
from securedesk.core.vault.folder import SignInReport, Vault
from securedesk.core.vault.kdf import KdfParams

DEFAULT_POLICY = {
    "idle_lock_minutes": "5",
    "classification_ceiling": Marking.SECRET.value,
    "case_ref_prefix": "WF",
    "attachment_limit_mb": "50",
}
MIN_PASSPHRASE_CHARS = 12
MAX_TEXT_CHARS = 200_000
MAX_NAME_CHARS = 64


@dataclass(frozen=True)
class CaseView:
    """What opening a case shows: the items the viewer may see and how many were withheld."""

    record: CaseRecord
    items: list[StoredItem]
    withheld_items: int
    chronology: list[ChronologyRow]
    actions: list[Action]
    assessments: list[Assessment]
    changes_since_previous: list[FactorChange]
    # Set when the case came in a transfer bundle: the latest bundle that created or updated it.
    origin: RecordOrigin | None = None

    @property
    def case(self) -> Case:
        return self.record.case


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise InvalidInput(
            f"A passphrase needs at least {MIN_PASSPHRASE_CHARS} characters; "
            "several unrelated words are easy to remember and hard to guess."
        )


def check_user_name(name: str) -> None:
    if (
        not name
        or len(name) > MAX_NAME_CHARS
        or not name.replace(".", "").replace("-", "").replace("_", "").isalnum()
    ):
        raise InvalidInput("A user name is 1 to 64 letters, digits, dots, hyphens or underscores.")


def _text(value: str, what: str, *, required: bool = True, limit: int = MAX_TEXT_CHARS) -> str:
    value = value.strip()
    if required and not value:
        raise InvalidInput(f"{what} cannot be empty.")
    if len(value) > limit:
        raise InvalidInput(f"{what} is longer than {limit} characters.")
    return value


def _not_future(day: date, what: str, today: date) -> None:
    if day > today:
        raise InvalidInput(f"{what} ({day.isoformat()}) is in the future.")


class Session:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.store = CaseStore(vault.conn)
        self._framework: Framework | None = None

    # -- opening ----------------------------------------------------------------------

    @classmethod
    def create_vault(
        cls,
        folder: Path,
        *,
        admin: str,
        passphrase: str,
        terminal_binding: bool = True,
        terminal_name: str = "",
        organisation: str = "",
        kdf_params: KdfParams | None = None,
        admin_clearance: Marking = Marking.SECRET,
    ) -> Session:
        check_user_name(admin)
        check_new_passphrase(passphrase)
        vault = Vault.create(
            folder,
            admin=admin,
            passphrase=passphrase,
            terminal_binding_on=terminal_binding,
            kdf_params=kdf_params,
        )
        try:
            now = now_utc()
            with database.transaction(vault.conn) as conn:
                store = CaseStore(conn)
                store.set_vault_info("terminal_name", terminal_name)
                store.set_vault_info("organisation", organisation)
                for key, value in DEFAULT_POLICY.items():
                    store.set_policy(key, value)
                store.add_user(admin, admin, admin_clearance, [Role.ADMIN], now)
                audit.record(
                    conn,
                    user=admin,
                    category=Category.ADMINISTRATION,
                    action="vault created",
                    object_type="vault",
                    object_id=vault.vault_id,
                    details={"terminal_binding": terminal_binding},
                )
        except BaseException:
            vault.lock()
            raise
        return cls(vault)

    @classmethod
    def sign_in(cls, folder: Path, user: str, passphrase: str) -> Session:
        vault = Vault.unlock(folder, user, passphrase)
        session = cls(vault)
        try:
            report = vault.signin_report
            is_admin = Role.ADMIN in session.user.roles
            with database.transaction(vault.conn) as conn:
                if report.failed_attempts:
                    audit.record(
                        conn,
                        user=user,
                        category=Category.AUTHENTICATION,
                        action="failed sign-ins reported",
                        object_type="user",
                        object_id=user,
                        outcome=Outcome.FAILED,
                        details={
                            "count": report.failed_attempts,
                            "last": report.last_failure_at or "",
                        },
                    )
                if is_admin and report.unknown_user_attempts:
                    audit.record(
                        conn,
                        user=user,
                        category=Category.AUTHENTICATION,
                        action="failed sign-ins by unknown users reported",
                        object_type="vault",
                        object_id=vault.vault_id,
                        outcome=Outcome.FAILED,
                        details={"count": report.unknown_user_attempts},
                    )
                audit.record(
                    conn,
                    user=user,
                    category=Category.AUTHENTICATION,
                    action="signed in",
                    object_type="user",
                    object_id=user,
                )
            if is_admin and report.unknown_user_attempts:
                vault.clear_unknown_user_failures()
        except BaseException:
            vault.lock()
            raise
        return session

    @property
    def user(self) -> UserRecord:
        return self.store.get_user(self.vault.user)

    @property
    def signin_report(self) -> SignInReport:
        return self.vault.signin_report

    def lock(self) -> None:
        if self.vault.is_locked:
            return
        try:
            with database.transaction(self.vault.conn) as conn:
                audit.record(
                    conn,
                    user=self.vault.user,
                    category=Category.AUTHENTICATION,
                    action="locked",
                    object_type="user",
                    object_id=self.vault.user,
                )
        except database.DatabaseError as exc:
            # SQLCipher turns a connection read-only once a page fails its check; the
            # vault still locks, and the damage is what the user must hear about.
            raise VaultDamaged(
                str(self.vault.db_path(self.vault.folder)), "a page failed its check"
            ) from exc
        finally:
            self.vault.lock()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock()

    # -- rights -----------------------------------------------------------------------

    @property
    def permissions(self) -> frozenset[Permission]:
        return permissions_of(self.user.roles)

    def require(
        self, permission: Permission, *, object_type: str = "", object_id: str = ""
    ) -> None:
        user = self.user
        if user.must_change_passphrase:
            raise PassphraseChangeRequired(user.name)
        if permission not in permissions_of(user.roles):
            self.record_refusal(
                f"refused: needs {permission.value}",
                object_type or "permission",
                object_id or permission.value,
            )
            raise PermissionDenied(user.name, permission.value)

    def record_refusal(
        self, action: str, object_type: str, object_id: str, justification: str = ""
    ) -> None:
        """Record a refusal in the audit chain, in a transaction of its own (also for the
        transfer services, which refuse on their own rules)."""
        with database.transaction(self.vault.conn) as conn:
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.CONSULTATION,
                action=action,
                object_type=object_type,
                object_id=object_id,
                outcome=Outcome.REFUSED,
                justification=justification,
            )

    def policy(self) -> dict[str, str]:
        return {**DEFAULT_POLICY, **self.store.policy()}

    @property
    def ceiling(self) -> Marking:
        return Marking.parse(self.policy()["classification_ceiling"])

    def _check_ceiling(self, marking: Marking) -> None:
        if marking > self.ceiling:
            raise AboveCeiling(marking.value, self.ceiling.value)

    def check_clearance(self, marking: Marking) -> None:
        """Nobody records material they would not be allowed to read back."""
        clearance = self.user.clearance
        if marking > clearance:
            raise AboveClearance(marking.value, clearance.value)

    def _checked_policy(self, key: str, value: str) -> str:
        if key not in DEFAULT_POLICY:
            raise InvalidInput(f"'{key}' is not a policy; use one of {', '.join(DEFAULT_POLICY)}.")
        if key == "classification_ceiling":
            return Marking.parse(value).value
        if key in ("idle_lock_minutes", "attachment_limit_mb") and (
            not value.isdigit() or not 1 <= int(value) <= 240
        ):
            raise InvalidInput(f"{key} must be a whole number from 1 to 240.")
        return value

    def set_policy(self, key: str, value: str) -> None:
        self.set_policies({key: value})

    # -- users ------------------------------------------------------------------------

    def add_user(
        self,
        name: str,
        roles: list[Role],
        passphrase: str,
        clearance: Marking = Marking.OFFICIAL_SENSITIVE,
        display_name: str = "",
    ) -> None:
        self.require(Permission.ADMINISTER)
        check_user_name(name)
        check_new_passphrase(passphrase)
        if not roles:
            raise InvalidInput("A user needs at least one role.")
        with database.transaction(self.vault.conn) as conn:
            # The new user sets their own passphrase at first sign-in.
            self.store.add_user(
                name, display_name or name, clearance, roles, now_utc(), must_change_passphrase=True
            )
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.ADMINISTRATION,
                action="user added",
                object_type="user",
                object_id=name,
                details={"roles": sorted(r.value for r in roles), "clearance": clearance.value},
            )
            self.vault.set_slot(name, passphrase)

    def set_roles(self, name: str, roles: list[Role]) -> None:
        self.require(Permission.ADMINISTER)
        self.store.get_user(name)
        if not roles:
            raise InvalidInput("A user needs at least one role.")
        with database.transaction(self.vault.conn) as conn:
            self.store.set_roles(name, roles)
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.ADMINISTRATION,
                action="roles changed",
                object_type="user",
                object_id=name,
                details={"roles": sorted(r.value for r in roles)},
            )

    def set_clearance(self, name: str, clearance: Marking) -> None:
        self.require(Permission.ADMINISTER)
        self.store.get_user(name)
        with database.transaction(self.vault.conn) as conn:
            self.store.set_clearance(name, clearance)
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.ADMINISTRATION,
                action="clearance changed",
                object_type="user",
                object_id=name,
                details={"clearance": clearance.value},
            )

    def list_users(self) -> list[UserRecord]:
        self.require(Permission.ADMINISTER)
        return self.store.list_users()

    def change_own_passphrase(self, new_passphrase: str) -> None:
        """Allowed even while a one-time passphrase must be changed (that is its purpose)."""
        check_new_passphrase(new_passphrase)
        me = self.vault.user
        with database.transaction(self.vault.conn) as conn:
            self.store.set_must_change_passphrase(me, False)
            audit.record(
                conn,
                user=me,
                category=Category.AUTHENTICATION,
                action="passphrase changed",
                object_type="user",
                object_id=me,
            )
            self.vault.set_slot(me, new_passphrase)

    def reset_passphrase(self, name: str, one_time: str | None = None) -> str:
        """Give `name` a one-time passphrase (returned) that they must change at sign-in."""
        self.require(Permission.ADMINISTER)
        if name == self.vault.user:
            raise InvalidInput("A reset is for someone else; change your own passphrase instead.")
        target = self.store.get_user(name)
        if target.disabled:
            raise InvalidInput(f"User '{name}' is disabled; a disabled user gets no passphrase.")
        passphrase = one_time or "-".join(secrets.token_urlsafe(6) for _ in range(4))
        check_new_passphrase(passphrase)
        with database.transaction(self.vault.conn) as conn:
            self.store.set_must_change_passphrase(name, True)
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.ADMINISTRATION,
                action="passphrase reset",
                object_type="user",
                object_id=name,
            )
            self.vault.set_slot(name, passphrase)
        return passphrase

    def disable_user(self, name: str) -> None:
        """Disable `name`, remove their key slot and rotate the database key."""
        self.require(Permission.ADMINISTER)
        if name == self.vault.user:
            raise InvalidInput("You cannot disable yourself; ask another administrator.")
        target = self.store.get_user(name)
        if target.disabled:
            raise InvalidInput(f"User '{name}' is already disabled.")
        with database.transaction(self.vault.conn) as conn:
            self.store.set_disabled(name, True)
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.ADMINISTRATION,
                action="user disabled",
                object_type="user",
                object_id=name,
            )
        # PRAGMA rekey cannot run inside a transaction; it is atomic on its own.
        self.vault.remove_slot_and_rotate_key(name)
        with database.transaction(self.vault.conn) as conn:
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.ADMINISTRATION,
                action="database key rotated",
                object_type="vault",
                object_id=self.vault.vault_id,
            )

    # -- cases ------------------------------------------------------------------------

    def add_case(
        self,
        subjects: list[Person],
        *,
        referral_source: str,
        referral_date: date,
        owner: str | None = None,
        marking: Marking = Marking.OFFICIAL_SENSITIVE,
        consent: ConsentStatus = ConsentStatus.NOT_SOUGHT,
        next_review: date | None = None,
        today: date | None = None,
    ) -> Case:
        self.require(Permission.EDIT_CASES)
        today = today or date.today()
        if not subjects:
            raise InvalidInput("A case needs at least one subject.")
        for p in subjects:
            _text(p.given_name + p.family_name, "The subject's name", limit=200)
            if p.date_of_birth is not None:
                _not_future(p.date_of_birth, "The date of birth", today)
        _not_future(referral_date, "The referral date", today)
        self._check_ceiling(marking)
        self.check_clearance(marking)
        owner = owner or self.vault.user
        owner_rec = self.store.get_user(owner)
        if owner_rec.disabled:
            raise InvalidInput(f"User '{owner}' is disabled and cannot own cases.")
        now = now_utc()
        with database.transaction(self.vault.conn) as conn:
            ref = self.store.next_case_ref(self.policy()["case_ref_prefix"], referral_date.year)
            case = Case(
                ref=ref,
                referral_source=_text(referral_source, "The referral source", limit=200),
                referral_date=referral_date,
                owner=owner,
                marking=marking,
                consent=consent,
                next_review=next_review,
                subject_ids=[p.id for p in subjects],
            )
            for p in subjects:
                self.store.add_person(p, now)
            self.store.add_case(case, now)
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.COLLECTION,
                action="case added",
                object_type="case",
                object_id=case.id,
                details={"ref": ref, "subjects": len(subjects)},
            )
        return case

    # Lists and searches leave out cases marked above the user's clearance: even a name
    # and a reference are more than such a user may see.

    def list_cases(self, query: CaseQuery) -> list[CaseRow]:
        self.require(Permission.VIEW_CASES)
        return self.store.list_cases(replace(query, max_marking=self.user.clearance))

    def count_cases(self, query: CaseQuery) -> int:
        self.require(Permission.VIEW_CASES)
        return self.store.count_cases(replace(query, max_marking=self.user.clearance))

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        self.require(Permission.VIEW_CASES)
        return self.store.search(text, limit=limit, max_marking=self.user.clearance)

    def needs_justification(self, ref: str) -> bool:
        row = self.store.case_row(self.store.case_id_for_ref(ref))
        return not in_caseload(self.vault.user, row.owner)

    def open_case(self, ref: str, justification: str = "") -> CaseView:
        """Consult a case: checks caseload and clearance, records the consultation."""
        self.require(Permission.VIEW_CASES)
        case_id = self.store.case_id_for_ref(ref)
        row = self.store.case_row(case_id)
        me = self.user
        justification = justification.strip()
        if not in_caseload(me.name, row.owner) and not justification:
            self.record_refusal("refused: no justification", "case", case_id)
            raise JustificationRequired(ref)
        if row.marking > me.clearance:
            self.record_refusal("refused: above clearance", "case", case_id, justification)
            raise AboveClearance(row.marking.value, me.clearance.value)
        items = self.store.items_for_case(case_id)
        visible = [i for i in items if i.item.marking <= me.clearance]
        assessments = self.store.assessments_for_case(case_id)
        changes: list[FactorChange] = []
        if assessments:
            previous = assessments[-2] if len(assessments) > 1 else None
            changes = changes_since(self.framework, previous, assessments[-1])
        view = CaseView(
            record=self.store.get_case(case_id),
            items=visible,
            withheld_items=len(items) - len(visible),
            chronology=self.store.chronology(case_id),
            actions=self.store.actions_for_case(case_id),
            assessments=assessments,
            changes_since_previous=changes,
            origin=record_origin(self.vault.conn, "case", case_id),
        )
        with database.transaction(self.vault.conn) as conn:
            audit.record(
                conn,
                user=me.name,
                category=Category.CONSULTATION,
                action="case viewed",
                object_type="case",
                object_id=case_id,
                justification=justification,
                details={"ref": ref, "in_caseload": in_caseload(me.name, row.owner)},
            )
        return view

    def change_status(self, ref: str, status: CaseStatus, reason: str = "") -> None:
        self.require(Permission.EDIT_CASES)
        case_id = self.store.case_id_for_ref(ref)
        current = self.store.case_row(case_id).status
        if status not in ALLOWED_TRANSITIONS[current]:
            allowed = ", ".join(s.value for s in ALLOWED_TRANSITIONS[current])
            raise InvalidInput(
                f"A case at '{current.value}' can move to: {allowed}; not '{status.value}'."
            )
        closing_reason = None
        if status is CaseStatus.CLOSED:
            closing_reason = _text(reason, "The closing reason", limit=2000)
        with database.transaction(self.vault.conn) as conn:
            self.store.set_case_status(case_id, status, closing_reason, now_utc())
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.ALTERATION,
                action="status changed",
                object_type="case",
                object_id=case_id,
                details={"from": current.value, "to": status.value},
            )

    def add_item(
        self,
        ref: str,
        *,
        agency: str,
        text: str,
        item_date: date | None = None,
        author: str = "",
        marking: Marking = Marking.OFFICIAL_SENSITIVE,
        caveats: list[str] | None = None,
        source_grade: str = "C",
        information_grade: str = "3",
        supersedes: str | None = None,
        today: date | None = None,
    ) -> InformationItem:
        """Record what a partner contributed. A correction supersedes an item; none is
        ever changed in place."""
        self.require(Permission.EDIT_CASES)
        today = today or date.today()
        item_date = item_date or today
        _not_future(item_date, "The item's date", today)
        self._check_ceiling(marking)
        self.check_clearance(marking)
        if source_grade not in SOURCE_GRADES:
            raise InvalidInput(f"Source grade must be one of {', '.join(SOURCE_GRADES)}.")
        if information_grade not in INFORMATION_GRADES:
            raise InvalidInput(f"Information grade must be one of {', '.join(INFORMATION_GRADES)}.")
        case_id = self.store.case_id_for_ref(ref)
        if supersedes is not None and self.store.item_case_id(supersedes) != case_id:
            raise InvalidInput(f"Item {supersedes} is not an item of case {ref}.")
        item = InformationItem(
            case_id=case_id,
            agency=_text(agency, "The agency", limit=200),
            author=_text(author or self.vault.user, "The author", limit=200),
            item_date=item_date,
            text=_text(text, "The item's text"),
            source_grade=source_grade,
            information_grade=information_grade,
            marking=marking,
            caveats=[_text(c, "A caveat", limit=200) for c in caveats or []],
            supersedes=supersedes,
        )
        now = now_utc()
        with database.transaction(self.vault.conn) as conn:
            self.store.add_item(item, self.vault.user, now)
            row = self.store.case_row(case_id)
            if marking > row.marking:
                # A case carries the highest marking of what it holds.
                self.store.set_case_marking(case_id, marking, now)
            else:
                self.store.touch_case(case_id, now)
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.COLLECTION,
                action="item added",
                object_type="item",
                object_id=item.id,
                details={"case": case_id, "supersedes": supersedes or ""},
            )
        return item

    def add_chronology_entry(self, ref: str, event_date: date, summary: str) -> ChronologyEntry:
        self.require(Permission.EDIT_CASES)
        case_id = self.store.case_id_for_ref(ref)
        _not_future(event_date, "The event's date", date.today())
        entry = ChronologyEntry(
            case_id, event_date, _text(summary, "The summary", limit=2000), self.vault.user
        )
        with database.transaction(self.vault.conn) as conn:
            self.store.add_chronology_entry(entry, now_utc())
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.COLLECTION,
                action="chronology entry added",
                object_type="case",
                object_id=case_id,
                details={"entry": entry.id},
            )
        return entry

    def add_action(
        self, ref: str, description: str, agency: str, owner: str, due_date: date | None
    ) -> Action:
        self.require(Permission.EDIT_CASES)
        case_id = self.store.case_id_for_ref(ref)
        action = Action(
            case_id,
            _text(description, "The action", limit=2000),
            _text(agency, "The agency", limit=200),
            _text(owner, "The owner", limit=200),
            due_date,
        )
        with database.transaction(self.vault.conn) as conn:
            self.store.add_action(action, now_utc())
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.COLLECTION,
                action="action added",
                object_type="case",
                object_id=case_id,
                details={"action": action.id},
            )
        return action

    def update_action(self, ref: str, action_id: str, status: ActionStatus, note: str) -> None:
        """Record progress on an action; the update history is kept."""
        self.require(Permission.EDIT_CASES)
        case_id = self.store.case_id_for_ref(ref)
        if action_id not in {a.id for a in self.store.actions_for_case(case_id)}:
            raise InvalidInput(f"Action {action_id} is not an action of case {ref}.")
        with database.transaction(self.vault.conn) as conn:
            self.store.update_action(
                action_id,
                status,
                _text(note, "The update", limit=2000),
                self.vault.user,
                now_utc(),
                new_id(),
            )
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.ALTERATION,
                action="action updated",
                object_type="case",
                object_id=case_id,
                details={"action": action_id, "status": status.value},
            )

    @property
    def framework(self) -> Framework:
        if self._framework is None:
            self._framework = load_framework()
        return self._framework

    def add_assessment(
        self, ref: str, scores: list[FactorScore], summary: str, assessed_on: date | None = None
    ) -> tuple[Assessment, list[FactorChange]]:
        self.require(Permission.EDIT_CASES)
        case_id = self.store.case_id_for_ref(ref)
        self.framework.check_scores(scores)
        assessed_on = assessed_on or date.today()
        _not_future(assessed_on, "The assessment date", date.today())
        assessment = Assessment(
            case_id,
            self.vault.user,
            assessed_on,
            self.framework.id,
            scores,
            _text(summary, "The summary conclusion"),
        )
        previous = self.store.assessments_for_case(case_id)
        with database.transaction(self.vault.conn) as conn:
            self.store.add_assessment(assessment, self.framework.version, now_utc())
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.COLLECTION,
                action="assessment added",
                object_type="case",
                object_id=case_id,
                details={"assessment": assessment.id},
            )
        changes = changes_since(self.framework, previous[-1] if previous else None, assessment)
        return assessment, changes

    # -- attachments ------------------------------------------------------------------

    def attachment_limit_bytes(self) -> int:
        return int(self.policy()["attachment_limit_mb"]) * 1024 * 1024

    def add_attachment(self, ref: str, source: Path) -> Attachment:
        """Copy a file into the vault after checking its size and that it is what its name
        says. The size is checked before the file is read."""
        self.require(Permission.EDIT_CASES)
        case_id = self.store.case_id_for_ref(ref)
        name = clean_name(source.name)
        limit = self.attachment_limit_bytes()
        try:
            size = source.stat().st_size
            if not source.is_file():
                raise InvalidInput(f"'{name}' is not a regular file.")
            if size > limit:
                raise InvalidInput(
                    f"'{name}' is {size / 1048576:.1f} MB; the policy limit for attachments is "
                    f"{limit // 1048576} MB. Nothing was attached."
                )
            with source.open("rb") as f:
                data = f.read(limit + 1)
        except OSError as exc:
            raise InvalidInput(f"Cannot read '{name}': {exc.strerror}.") from None
        if len(data) > limit:
            raise InvalidInput(f"'{name}' grew past the attachment limit while being read.")
        media_type = identify(name, data)
        attachment = Attachment(
            id=new_id(),
            case_id=case_id,
            name=name,
            media_type=media_type,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
        )
        with database.transaction(self.vault.conn) as conn:
            self.store.add_attachment(attachment, data, self.vault.user, now_utc())
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.COLLECTION,
                action="attachment added",
                object_type="attachment",
                object_id=attachment.id,
                details={"case": case_id, "bytes": len(data), "type": media_type},
            )
        return attachment

    def attachments(self, ref: str) -> list[Attachment]:
        self.require(Permission.VIEW_CASES)
        return self.store.attachments_for_case(self.store.case_id_for_ref(ref))

    def read_attachment(self, attachment: Attachment) -> bytes:
        """The content, to view inside the application (recorded as a consultation)."""
        self.require(Permission.VIEW_CASES)
        data = self.store.attachment_data(attachment.id)
        with database.transaction(self.vault.conn) as conn:
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.CONSULTATION,
                action="attachment viewed",
                object_type="attachment",
                object_id=attachment.id,
                details={"case": attachment.case_id},
            )
        return data

    def save_attachment_out(self, attachment: Attachment, out: Path) -> None:
        """Write an attachment to disk: an explicit disclosure, audited, written atomically."""
        self.require(Permission.VIEW_CASES)
        data = self.store.attachment_data(attachment.id)
        with staged_file(out) as (tmp, handle):
            handle.write(data)
            handle.flush()
            with database.transaction(self.vault.conn) as conn:
                audit.record(
                    conn,
                    user=self.vault.user,
                    category=Category.DISCLOSURE,
                    action="attachment saved to disk",
                    object_type="attachment",
                    object_id=attachment.id,
                    details={"case": attachment.case_id},
                )
                tmp.replace(out)

    def case_audit_events(self, ref: str) -> list[audit.AuditEvent]:
        """Who has done what to this case: its access log."""
        self.require(Permission.VIEW_CASES)
        case_id = self.store.case_id_for_ref(ref)
        return audit.events_for_object(self.vault.conn, case_id)

    # -- integrity --------------------------------------------------------------------

    def check_integrity(self) -> int:
        """Authenticate every page (SQLCipher HMACs) and check the b-trees; returns the page
        count, or raises VaultDamaged naming the first problems. Reads the whole file."""
        conn = self.vault.conn
        db = str(self.vault.db_path(self.vault.folder))
        try:
            bad_pages = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
            structure = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
        except database.DatabaseError as exc:
            raise VaultDamaged(db, "pages fail their integrity check") from exc
        if bad_pages:
            raise VaultDamaged(db, f"{len(bad_pages)} page(s) fail their check: {bad_pages[0]}")
        if structure != ["ok"]:
            raise VaultDamaged(db, "its structure check failed")
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        with database.transaction(conn):
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.CONSULTATION,
                action="vault integrity checked",
                object_type="vault",
                object_id=self.vault.vault_id,
                details={"pages": pages},
            )
        return pages

    # -- audit ------------------------------------------------------------------------

    def verify_audit(self) -> ChainReport:
        self.require(Permission.AUDIT)
        report = audit.verify(self.vault.conn)
        with database.transaction(self.vault.conn) as conn:
            audit.record(
                conn,
                user=self.vault.user,
                category=Category.CONSULTATION,
                action="audit chain verified",
                object_type="audit",
                object_id="chain",
                outcome=Outcome.SUCCESS if report.ok else Outcome.FAILED,
                details={"events": report.events, "first_broken": report.first_broken_seq or 0},
            )
        return report

    def query_audit(self, query: audit.AuditQuery) -> tuple[list[audit.AuditEvent], bool]:
        """A page of the audit log, newest first, filtered in the database."""
        self.require(Permission.AUDIT)
        return audit.query_events(self.vault.conn, query)

    def list_meetings(self) -> list[tuple[Meeting, list[str]]]:
        """Meetings, newest first, each with the references of the cases on its agenda."""
        self.require(Permission.VIEW_CASES)
        return [(m, self.store.agenda_refs(m.id)) for m in self.store.list_meetings()]

    def meeting_members(self, meeting_id: str) -> list[MeetingMember]:
        self.require(Permission.VIEW_CASES)
        return self.store.meeting_members(meeting_id)

    def set_policies(self, values: dict[str, str]) -> None:
        """Several policy values in one transaction: all of them change, or none."""
        self.require(Permission.ADMINISTER)
        checked = {key: self._checked_policy(key, value) for key, value in values.items()}
        with database.transaction(self.vault.conn) as conn:
            for key, value in checked.items():
                self.store.set_policy(key, value)
                audit.record(
                    conn,
                    user=self.vault.user,
                    category=Category.ADMINISTRATION,
                    action="policy changed",
                    object_type="policy",
                    object_id=key,
                    details={"value": value},
                )

    def audit_events(self) -> Iterator[audit.AuditEvent]:
        self.require(Permission.AUDIT)
        return audit.iter_events(self.vault.conn)

    def export_audit(self, out: Path) -> int:
        """Write every event as JSON Lines to `out`, atomically; an audited disclosure.

        The file is written under a temporary name beside `out` and renamed into place in
        the transaction that records the disclosure, so neither lands without the other.
        """
        self.require(Permission.AUDIT)
        count = 0
        with staged_file(out) as (tmp, handle):
            for ev in audit.iter_events(self.vault.conn):
                line = json.dumps(ev.to_json(), ensure_ascii=False, sort_keys=True) + "\n"
                handle.write(line.encode("utf-8"))
                count += 1
            handle.flush()
            with database.transaction(self.vault.conn) as conn:
                audit.record(
                    conn,
                    user=self.vault.user,
                    category=Category.DISCLOSURE,
                    action="audit log exported",
                    object_type="audit",
                    object_id="chain",
                    details={"events": count},
                )
                tmp.replace(out)
        return count

    def describe(self) -> dict[str, Any]:
        info = self.store.vault_info()
        return {
            "vault_id": self.vault.vault_id,
            "terminal_name": info.get("terminal_name", ""),
            "organisation": info.get("organisation", ""),
            "terminal_binding": self.vault.terminal_binding,
        }
