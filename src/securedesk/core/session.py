"""A signed-in user's session: the one service API that the window and the command share.

The session is a facade, as Anki's collection is: `session.cases`, `session.attachments`,
`session.meetings`, `session.users` and `session.audit` hold the operations, and the session
itself holds the three things they all stand on:

- the gate (`gate`): every operation on a case asks `access.decide` through it, and a refusal
  is recorded in the audit chain before it is raised;
- the unit of work (`change`): the gate, one transaction and its audit event, so a change
  never lands without its event and never without its grounds;
- the consultation (`consult`): the gate and the event for reads that are consultations
  (viewing a case, its attachments or access log, a search, a meeting).

Both hold the connection's one lock for their whole length, so the window's worker threads
and the UI thread never interleave. Refusals are recorded in a transaction of their own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from securedesk.core import process_hardening
from securedesk.core.access import (
    CaseFacts,
    Grant,
    Grounds,
    Permission,
    Refusal,
    Role,
    decide,
    permissions_of,
)
from securedesk.core.audit import chain as audit
from securedesk.core.audit.audit_actions import (
    ActionTemplate,
    AuditAction,
    ComposedAction,
    compose,
)
from securedesk.core.audit.chain import Category, Outcome, now_utc
from securedesk.core.backup import status as backup_status
from securedesk.core.cases import case_inputs, caveats
from securedesk.core.cases.assessment_framework import Framework, load_framework
from securedesk.core.clock import Clock, SystemClock
from securedesk.core.error_kinds import Detail, ErrorKind
from securedesk.core.errors import (
    AboveCeiling,
    AboveClearance,
    CaseAboveCeiling,
    CaseAboveClearance,
    InvalidInput,
    JustificationRequired,
    PassphraseChangeRequired,
    PermissionDenied,
    VaultDamaged,
)
from securedesk.core.markings import Marking
from securedesk.core.storage import Storage, UserRecord
from securedesk.core.unit_of_work import ONLY_SIGNED_IN, Needs, OnCase, OnObject, UnitOfWork
from securedesk.core.users.user_rules import check_new_passphrase, check_user_name
from securedesk.core.vault import database
from securedesk.core.vault.folder import SignInReport, Vault
from securedesk.core.vault.kdf import KdfParams

if TYPE_CHECKING:
    from securedesk.core.audit.audit_service import AuditService
    from securedesk.core.cases.action_service import ActionService
    from securedesk.core.cases.attachment_service import AttachmentService
    from securedesk.core.cases.case_service import CaseService
    from securedesk.core.cases.person_service import PersonService
    from securedesk.core.meetings.meeting_service import MeetingService
    from securedesk.core.users.user_service import UserService

DEFAULT_POLICY = {
    "idle_lock_minutes": "5",
    "classification_ceiling": Marking.SECRET.value,
    "case_ref_prefix": "WF",
    "attachment_limit_mb": "50",
    # Handling caveats (core/cases/caveats.py): whether an officer may release a withheld item
    # with a recorded justification, and which partner organisations are police or health.
    caveats.OVERRIDES_POLICY: "off",
    caveats.ORGANISATIONS_POLICY: "",
    # The handling caveats officers choose from (core/cases/case_inputs.py); "other: REASON"
    # is always offered besides.
    case_inputs.CAVEATS_POLICY: case_inputs.DEFAULT_CAVEATS,
    # SQLCipher's memory security, read when the vault opens (see core/vault/database.py).
    database.MEMORY_SECURITY_POLICY: "off",
    # Years after a case is closed until its retention review (core/retention/; migration 17
    # reads it when a case is closed).
    "retention_years": "6",
    # Days between backups before the window warns (core/backup/status.py).
    backup_status.BACKUP_INTERVAL_POLICY: str(backup_status.DEFAULT_INTERVAL_DAYS),
}


class Session:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.store = Storage(vault.conn)
        # Where dates are decided (a review due, a date in the future): tests replace it.
        self.clock: Clock = SystemClock()
        self._framework: Framework | None = None
        # Cases consulted in this session: an "open" is one consultation however often
        # the window redraws it (a new sign-in is a new session and records it again).
        self._consulted: set[tuple[str, str, str]] = set()
        # Refusals met inside a unit of work, which the refusal itself rolls back: recorded
        # once that work has ended (see record_refusal).
        self._refusals_after_work: list[dict[str, Any]] = []

    # -- the sub-objects --------------------------------------------------------------

    @functools.cached_property
    def cases(self) -> CaseService:
        from securedesk.core.cases.case_service import CaseService

        return CaseService(self)

    @functools.cached_property
    def actions(self) -> ActionService:
        from securedesk.core.cases.action_service import ActionService

        return ActionService(self)

    @functools.cached_property
    def attachments(self) -> AttachmentService:
        from securedesk.core.cases.attachment_service import AttachmentService

        return AttachmentService(self)

    @functools.cached_property
    def people(self) -> PersonService:
        from securedesk.core.cases.person_service import PersonService

        return PersonService(self)

    @functools.cached_property
    def meetings(self) -> MeetingService:
        from securedesk.core.meetings.meeting_service import MeetingService

        return MeetingService(self)

    @functools.cached_property
    def users(self) -> UserService:
        from securedesk.core.users.user_service import UserService

        return UserService(self)

    @functools.cached_property
    def audit(self) -> AuditService:
        from securedesk.core.audit.audit_service import AuditService

        return AuditService(self)

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
                store = Storage(conn)
                store.set_vault_info("terminal_name", terminal_name)
                store.set_vault_info("organisation", organisation)
                for key, value in DEFAULT_POLICY.items():
                    store.set_policy(key, value)
                store.add_user(admin, admin, admin_clearance, [Role.ADMIN], now)
                audit.record(
                    conn,
                    user=admin,
                    category=Category.ADMINISTRATION,
                    action=AuditAction.VAULT_CREATED,
                    object_type="vault",
                    object_id=vault.vault_id,
                    details={
                        "terminal_binding": terminal_binding,
                        # Who the creating administrator is, for the audit trail of roles.
                        "admin": admin,
                        "roles": [Role.ADMIN.value],
                        "clearance": admin_clearance.value,
                    },
                )
        except BaseException:
            vault.lock()
            raise
        return cls(vault)

    @classmethod
    def sign_in(
        cls,
        folder: Path,
        user: str,
        passphrase: str,
        *,
        on_wait: Callable[[float], None] | None = None,
    ) -> Session:
        """`on_wait(seconds)` hears of the delay imposed by earlier failures, before it."""
        vault = Vault.unlock(folder, user, passphrase, on_wait=on_wait)
        session = cls(vault)
        try:
            report = vault.signin_report
            is_admin = Role.ADMIN in session.user.roles
            with database.transaction(vault.conn) as conn:
                if report.record_tampered:
                    audit.record(
                        conn,
                        user=user,
                        category=Category.AUTHENTICATION,
                        action=AuditAction.SIGN_IN_FAILURE_RECORD_TAMPERED,
                        object_type="vault",
                        object_id=vault.vault_id,
                        outcome=Outcome.FAILED,
                        details={"found": report.record_tampered},
                    )
                if report.failed_attempts:
                    audit.record(
                        conn,
                        user=user,
                        category=Category.AUTHENTICATION,
                        action=AuditAction.FAILED_SIGN_INS_REPORTED,
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
                        action=AuditAction.FAILED_SIGN_INS_BY_UNKNOWN_USERS_REPORTED,
                        object_type="vault",
                        object_id=vault.vault_id,
                        outcome=Outcome.FAILED,
                        details={"count": report.unknown_user_attempts},
                    )
                audit.record(
                    conn,
                    user=user,
                    category=Category.AUTHENTICATION,
                    action=AuditAction.SIGNED_IN,
                    object_type="user",
                    object_id=user,
                )
                # A vault that has gained an auditor (or was upgraded) starts its MAC chain.
                session.audit.follow_auditors()
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
            # Wait for (or interrupt) a worker's query before the last event and the close.
            with database.exclusive(self.vault.conn):
                with database.transaction(self.vault.conn) as conn:
                    audit.record(
                        conn,
                        user=self.vault.user,
                        category=Category.AUTHENTICATION,
                        action=AuditAction.LOCKED,
                        object_type="user",
                        object_id=self.vault.user,
                    )
                self.vault.lock()
        except database.DatabaseError as exc:
            # SQLCipher turns a connection read-only once a page fails its check; the
            # vault still locks, and the damage is what the user must hear about.
            raise VaultDamaged(
                str(self.vault.db_path(self.vault.folder)), Detail.A_PAGE_FAILED_CHECK
            ) from exc
        finally:
            if not self.vault.is_locked:
                self.vault.lock()
            self._consulted.clear()

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
    ) -> UserRecord:
        """The signed-in user, if they hold `permission`; otherwise the refusal is recorded
        and raised."""
        return self.require_any(permission, object_type=object_type, object_id=object_id)

    def require_any(
        self, *permissions: Permission, object_type: str = "", object_id: str = ""
    ) -> UserRecord:
        """Like require, for an operation any one of several permissions allows."""
        user = self.require_signed_in()
        if not permissions_of(user.roles) & set(permissions):
            names = " or ".join(p.value for p in permissions)
            self.record_refusal(
                compose(ActionTemplate.REFUSED_NEEDS_PERMISSION, permission=names),
                object_type or "permission",
                object_id or names,
            )
            raise PermissionDenied(user.name, names)
        return user

    def require_signed_in(self) -> UserRecord:
        """The signed-in user, who may do what needs no permission (their own passphrase, a
        check of the vault) once they have set their own passphrase."""
        user = self.user
        if user.must_change_passphrase:
            raise PassphraseChangeRequired(user.name)
        return user

    def record_refusal(
        self,
        action: AuditAction | ComposedAction,
        object_type: str,
        object_id: str,
        justification: str = "",
        *,
        category: Category = Category.CONSULTATION,
        details: dict[str, Any] | None = None,
    ) -> None:
        """Record a refusal in the audit chain, in a transaction of its own (also for the
        transfer services, which refuse on their own rules).

        Inside a unit of work (one change made of others) the refusal rolls that work back,
        and its event with it; so it is held and recorded as soon as the work has ended. A
        refusal is never lost with the work it stopped.
        """
        event = {
            "user": self.vault.user,
            "category": category,
            "action": action,
            "object_type": object_type,
            "object_id": object_id,
            "outcome": Outcome.REFUSED,
            "justification": justification,
            "details": details,
        }
        self._refusals_after_work.append(event)
        if not self.vault.conn.in_transaction:
            self._record_refusals()

    def _record_refusals(self) -> None:
        if not self._refusals_after_work or self.vault.is_locked:
            return
        with database.transaction(self.vault.conn) as conn:
            for event in self._refusals_after_work:
                audit.record(conn, **event)
        self._refusals_after_work.clear()

    # -- the gate ---------------------------------------------------------------------

    def gate(self, subject: OnCase, permission: Permission) -> Grant:
        """May the signed-in user use `permission` on this case? Returns the grant, or
        records the refusal and raises it. The permission is checked before the case is
        even looked up, and a refusal never says anything about the case itself."""
        with database.guarded(self.vault.conn):
            me = self.require(permission)
            facts, verdict = self._verdict(me, subject, permission)
            if isinstance(verdict, Grant):
                return verdict
            case_id, shown_ref = facts.id, subject.ref.strip() or facts.ref
            justification = subject.justification.strip()
            if verdict is Refusal.JUSTIFICATION:
                self.record_refusal(AuditAction.REFUSED_NO_JUSTIFICATION, "case", case_id)
                raise JustificationRequired(shown_ref)
            if verdict is Refusal.CLEARANCE:
                self.record_refusal(
                    compose(ActionTemplate.REFUSED_ABOVE_CLEARANCE_FOR, purpose=subject.purpose)
                    if subject.purpose
                    else AuditAction.REFUSED_ABOVE_CLEARANCE,
                    "case",
                    case_id,
                    justification,
                )
                raise CaseAboveClearance(shown_ref, me.clearance.value)
            if verdict is Refusal.CEILING:
                self.record_refusal(
                    AuditAction.REFUSED_ABOVE_CEILING, "case", case_id, justification
                )
                raise CaseAboveCeiling(shown_ref, self.ceiling.value)
            raise PermissionDenied(me.name, permission.value)  # checked above; kept total

    def may(self, subject: OnCase, permission: Permission) -> bool:
        """Whether the gate would grant it, without recording anything (for filtering
        what a list shows, never for deciding an operation)."""
        me = self.user
        if me.must_change_passphrase:
            return False
        return isinstance(self._verdict(me, subject, permission)[1], Grant)

    def _verdict(
        self, me: UserRecord, subject: OnCase, permission: Permission
    ) -> tuple[CaseFacts, Grant | Refusal]:
        case_id = subject.case_id or self.store.case_id_for_ref(subject.ref)
        facts = self.store.case_facts(case_id)
        verdict = decide(
            user=me.name,
            clearance=me.clearance,
            permissions=permissions_of(me.roles),
            permission=permission,
            case=facts,
            ceiling=self.ceiling,
            justification=subject.justification,
            duty=subject.duty,
        )
        return facts, verdict

    # -- the unit of work -------------------------------------------------------------

    @contextmanager
    def change(
        self,
        category: Category,
        action: AuditAction | ComposedAction,
        subject: OnCase | OnObject,
        *,
        permission: Needs = Permission.EDIT_CASES,
        details: dict[str, Any] | None = None,
    ) -> Iterator[UnitOfWork]:
        """`with session.change(kind, action, subject) as tx:` the gate (for a case) or the
        permission (for anything else), one transaction, and the audit event inside it.
        A change inside another change is part of the outer one's transaction."""
        conn = self.vault.conn
        try:
            with database.guarded(conn):
                grant = self._admit(subject, permission)
                with database.transaction(conn):
                    tx = self._unit(conn, grant, subject, category, action, details)
                    yield tx
                    self._record(tx)
        finally:
            if not conn.in_transaction:
                self._record_refusals()

    @contextmanager
    def consult(
        self,
        action: AuditAction,
        subject: OnCase | OnObject,
        *,
        permission: Needs = Permission.VIEW_CASES,
        details: dict[str, Any] | None = None,
        once: bool = False,
    ) -> Iterator[UnitOfWork]:
        """The read-only counterpart: the gate, the read (inside the block), then the
        consultation event. With `once`, a case already consulted this way in this session
        is not recorded again (a redraw is not a new consultation)."""
        conn = self.vault.conn
        try:
            with database.guarded(conn):
                grant = self._admit(subject, permission)
                tx = self._unit(conn, grant, subject, Category.CONSULTATION, action, details)
                yield tx
                key = (tx.action, tx.object_id, grant.justification if grant else "")
                if once and key in self._consulted:
                    return
                with database.transaction(conn):
                    self._record(tx)
                if once:
                    self._consulted.add(key)
        finally:
            if not conn.in_transaction:
                self._record_refusals()

    def _admit(self, subject: OnCase | OnObject, permission: Needs) -> Grant | None:
        if isinstance(subject, OnCase):
            assert isinstance(permission, Permission), "a case is gated on one permission"
            return self.gate(subject, permission)
        if isinstance(permission, Permission):
            self.require(permission, object_type=subject.type, object_id=subject.id)
        elif permission:
            self.require_any(*permission)
        return None

    @staticmethod
    def _unit(
        conn: Any,
        grant: Grant | None,
        subject: OnCase | OnObject,
        category: Category,
        action: AuditAction | ComposedAction,
        details: dict[str, Any] | None,
    ) -> UnitOfWork:
        if grant is not None:
            object_type, object_id = "case", grant.case.id
        else:
            assert isinstance(subject, OnObject)
            object_type, object_id = subject.type, subject.id
        return UnitOfWork(
            conn, grant, object_type, object_id, category, action, dict(details or {})
        )

    def _record(self, tx: UnitOfWork) -> None:
        details = dict(tx.details)
        justification = ""
        if tx.grant is not None:
            justification = tx.grant.justification
            if tx.grant.grounds is Grounds.DUTY:
                details.setdefault("grounds", Grounds.DUTY.value)
        audit.record(
            tx.conn,
            user=self.vault.user,
            category=tx.category,
            action=tx.action,
            outcome=tx.outcome,
            object_type=tx.object_type,
            object_id=tx.object_id,
            justification=justification,
            details=details or None,
        )

    # -- policy -----------------------------------------------------------------------

    def policy(self) -> dict[str, str]:
        return {**DEFAULT_POLICY, **self.store.policy()}

    @property
    def ceiling(self) -> Marking:
        return Marking.parse(self.policy()["classification_ceiling"])

    @property
    def visible_marking(self) -> Marking:
        """The highest marking a list, count or agenda may show this user: their clearance,
        and never above the terminal's ceiling."""
        return min(self.user.clearance, self.ceiling)

    def check_ceiling(self, marking: Marking) -> None:
        if marking > self.ceiling:
            raise AboveCeiling(marking.value, self.ceiling.value)

    def check_clearance(self, marking: Marking) -> None:
        """Nobody records material they would not be allowed to read back."""
        clearance = self.user.clearance
        if marking > clearance:
            raise AboveClearance(marking.value, clearance.value)

    def _checked_policy(self, key: str, value: str) -> str:
        if key not in DEFAULT_POLICY:
            raise InvalidInput(ErrorKind.NOT_A_POLICY, key=key, allowed=", ".join(DEFAULT_POLICY))
        if key == "classification_ceiling":
            return Marking.parse(value).value
        if key in (caveats.OVERRIDES_POLICY, database.MEMORY_SECURITY_POLICY):
            if value.strip().lower() not in ("on", "off"):
                raise InvalidInput(ErrorKind.POLICY_NOT_ON_OFF, key=key)
            return value.strip().lower()
        if key == caveats.ORGANISATIONS_POLICY:
            return caveats.checked_organisations_policy(value)
        if key == case_inputs.CAVEATS_POLICY:
            return case_inputs.checked_caveats_policy(value)
        if key == "retention_years" and (not value.isdigit() or not 1 <= int(value) <= 100):
            raise InvalidInput(ErrorKind.POLICY_NOT_IN_RANGE, key=key, low=1, high=100)
        if key in ("idle_lock_minutes", "attachment_limit_mb") and (
            not value.isdigit() or not 1 <= int(value) <= 240
        ):
            raise InvalidInput(ErrorKind.POLICY_NOT_IN_RANGE, key=key, low=1, high=240)
        if key == backup_status.BACKUP_INTERVAL_POLICY:
            low, high = backup_status.INTERVAL_RANGE
            if not value.strip().isdigit() or not low <= int(value.strip()) <= high:
                raise InvalidInput(ErrorKind.POLICY_NOT_IN_RANGE, key=key, low=low, high=high)
            return str(int(value.strip()))
        return value

    def set_policy(self, key: str, value: str) -> None:
        self.set_policies({key: value})

    def set_policies(self, values: dict[str, str]) -> None:
        """Several policy values in one transaction: all of them change, or none."""
        self.require(Permission.ADMINISTER)
        checked = {key: self._checked_policy(key, value) for key, value in values.items()}
        with database.transaction(self.vault.conn):
            for key, value in checked.items():
                with self.change(
                    Category.ADMINISTRATION,
                    AuditAction.POLICY_CHANGED,
                    OnObject("policy", key),
                    permission=Permission.ADMINISTER,
                    details={"value": value},
                ):
                    self.store.set_policy(key, value)

    @property
    def framework(self) -> Framework:
        if self._framework is None:
            self._framework = load_framework()
        return self._framework

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
            raise VaultDamaged(db, Detail.PAGES_FAIL_CHECK) from exc
        if bad_pages:
            raise VaultDamaged(
                db, Detail.SOME_PAGES_FAIL_CHECK, bad_pages=len(bad_pages), first_page=bad_pages[0]
            )
        if structure != ["ok"]:
            raise VaultDamaged(db, Detail.STRUCTURE_CHECK_FAILED)
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        with self.consult(
            AuditAction.VAULT_INTEGRITY_CHECKED,
            OnObject("vault", self.vault.vault_id),
            permission=ONLY_SIGNED_IN,
            details={"pages": pages},
        ):
            pass
        return pages

    def describe(self) -> dict[str, Any]:
        info = self.store.vault_info()
        return {
            "vault_id": self.vault.vault_id,
            "terminal_name": info.get("terminal_name", ""),
            "organisation": info.get("organisation", ""),
            "terminal_binding": self.vault.terminal_binding,
            **self.protection(),
        }

    def protection(self) -> dict[str, str]:
        """How this process protects what is in memory: the hardening applied at start and
        SQLCipher's memory security (its policy, and whether it is on in this process)."""
        memory = database.memory_security_state()
        return {
            **process_hardening.summary(process_hardening.current_state()),
            "memory_security_policy": self.policy()[database.MEMORY_SECURITY_POLICY],
            "memory_security": "on" if memory.on else "off",
            "memory_locks_failing": "yes" if memory.locks_fail else "no",
        }

    def memory_security_warning(self) -> tuple[ErrorKind, dict[str, object]] | None:
        """The warning to show when memory security is on and its locks fail."""
        memory = database.memory_security_state()
        if not memory.locks_fail:
            return None
        limit = memory.lock_limit_bytes
        return ErrorKind.MEMORY_LOCKS_FAIL, {
            "limit_mib": "?" if limit is None else f"{limit / 2**20:g}",
            "cache_mib": database.PAGE_CACHE_BYTES // 2**20,
            "failed": memory.lock_failures,
            "attempted": memory.lock_attempts,
        }
