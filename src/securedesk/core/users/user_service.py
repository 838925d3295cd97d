"""User accounts for administrators, and each user's own passphrase: `session.users`."""

from __future__ import annotations

import secrets
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from securedesk.core.access import Permission, Role
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput
from securedesk.core.markings import Marking
from securedesk.core.unit_of_work import ONLY_SIGNED_IN, Needs, OnObject, UnitOfWork
from securedesk.core.users.user_rules import check_new_passphrase, check_user_name
from securedesk.core.users.user_store import UserRecord

if TYPE_CHECKING:
    from securedesk.core.session import Session


class UserService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = session.store

    def _administer(
        self,
        action: AuditAction,
        object_type: str,
        object_id: str,
        details: dict[str, Any] | None = None,
    ) -> AbstractContextManager[UnitOfWork]:
        """One administrative change: the permission, the transaction and its event. Each
        method asks for the permission first, as before any input is looked at."""
        return self.session.change(
            Category.ADMINISTRATION,
            action,
            OnObject(object_type, object_id),
            permission=Permission.ADMINISTER,
            details=details,
        )

    def add_user(
        self,
        name: str,
        roles: list[Role],
        passphrase: str,
        clearance: Marking = Marking.OFFICIAL_SENSITIVE,
        display_name: str = "",
    ) -> None:
        self.session.require(Permission.ADMINISTER)
        check_user_name(name)
        check_new_passphrase(passphrase)
        if not roles:
            raise InvalidInput(ErrorKind.USER_WITHOUT_ROLE)
        with self._administer(
            AuditAction.USER_ADDED,
            "user",
            name,
            {"roles": sorted(r.value for r in roles), "clearance": clearance.value},
        ):
            # The new user sets their own passphrase at first sign-in.
            self.store.add_user(
                name,
                display_name or name,
                clearance,
                roles,
                self.session.clock.now(),
                must_change_passphrase=True,
            )
            self.session.vault.set_slot(name, passphrase)
            self.session.audit.follow_auditors()  # a new auditor gets the MAC key

    def set_roles(self, name: str, roles: list[Role]) -> None:
        self.session.require(Permission.ADMINISTER)
        self.store.get_user(name)
        if not roles:
            raise InvalidInput(ErrorKind.USER_WITHOUT_ROLE)
        with self._administer(
            AuditAction.ROLES_CHANGED, "user", name, {"roles": sorted(r.value for r in roles)}
        ):
            self.store.set_roles(name, roles)
            self.session.audit.follow_auditors()  # auditors changed: a new MAC key

    def set_clearance(self, name: str, clearance: Marking) -> None:
        self.session.require(Permission.ADMINISTER)
        self.store.get_user(name)
        with self._administer(
            AuditAction.CLEARANCE_CHANGED, "user", name, {"clearance": clearance.value}
        ):
            self.store.set_clearance(name, clearance)

    def list_users(self) -> list[UserRecord]:
        self.session.require(Permission.ADMINISTER)
        return self.store.list_users()

    def change_own_passphrase(self, new_passphrase: str) -> None:
        """Allowed even while a one-time passphrase must be changed (that is its purpose),
        so it needs only the user's own sign-in, not even a passphrase of their own yet."""
        check_new_passphrase(new_passphrase)
        me = self.session.vault.user
        with self.session.change(
            Category.AUTHENTICATION,
            AuditAction.PASSPHRASE_CHANGED,
            OnObject("user", me),
            permission=ONLY_SIGNED_IN,
        ):
            self.store.set_must_change_passphrase(me, False)
            kept = self.session.audit.own_start_keys()  # an auditor keeps earlier periods
            self.session.vault.set_slot(me, new_passphrase)
            self.session.audit.reseal_own_keys(kept)
            self.session.audit.follow_auditors()  # the new key pair gets the current key
        # An old copy of the key-slot file opens its old slot with the old passphrase: the
        # database key it holds must stop opening the database.
        self._rotate_key(Category.AUTHENTICATION, ONLY_SIGNED_IN)

    def reset_passphrase(self, name: str, one_time: str | None = None) -> str:
        """Give `name` a one-time passphrase (returned) that they must change at sign-in."""
        self.session.require(Permission.ADMINISTER)
        if name == self.session.vault.user:
            raise InvalidInput(ErrorKind.RESET_OWN_PASSPHRASE)
        target = self.store.get_user(name)
        if target.disabled:
            raise InvalidInput(ErrorKind.RESET_DISABLED_USER, user=name)
        passphrase = one_time or "-".join(secrets.token_urlsafe(6) for _ in range(4))
        check_new_passphrase(passphrase)
        with self._administer(AuditAction.PASSPHRASE_RESET, "user", name):
            self.store.set_must_change_passphrase(name, True)
            self.session.vault.set_slot(name, passphrase)
            self.session.audit.follow_auditors()  # an auditor's new key pair
        # The reset is for a passphrase that may be known to someone else: an old copy of
        # the key-slot file with it must no longer open the database.
        self._rotate_key()
        return passphrase

    def rotate_database_key(self) -> None:
        """`vault rekey`: a new database key re-sealed to every user, for an administrator
        who suspects that the key, or a copy of the key-slot file and a passphrase, got out."""
        self.session.require(Permission.ADMINISTER)
        self._rotate_key()

    def _rotate_key(
        self,
        category: Category = Category.ADMINISTRATION,
        permission: Needs = Permission.ADMINISTER,
    ) -> None:
        # PRAGMA rekey cannot run inside a transaction; it is atomic on its own, and the
        # event follows it (a crash in between leaves a rotated key with no event, never
        # an event for a rotation that did not happen).
        self.session.vault.rotate_key()
        with self.session.change(
            category,
            AuditAction.DATABASE_KEY_ROTATED,
            OnObject("vault", self.session.vault.vault_id),
            permission=permission,
        ):
            pass

    def disable_user(self, name: str) -> None:
        """Disable `name`, remove their key slot and rotate the database key."""
        self.session.require(Permission.ADMINISTER)
        if name == self.session.vault.user:
            raise InvalidInput(ErrorKind.DISABLE_SELF)
        target = self.store.get_user(name)
        if target.disabled:
            raise InvalidInput(ErrorKind.USER_ALREADY_DISABLED, user=name)
        with self._administer(AuditAction.USER_DISABLED, "user", name):
            self.store.set_disabled(name, True)
        # PRAGMA rekey cannot run inside a transaction; it is atomic on its own.
        self.session.vault.remove_slot_and_rotate_key(name)
        with self._administer(
            AuditAction.DATABASE_KEY_ROTATED, "vault", self.session.vault.vault_id
        ):
            self.session.audit.follow_auditors()  # a disabled auditor keeps no MAC key
