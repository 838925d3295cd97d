"""The trust store: partner terminals whose contact cards an administrator checked out of
band, each with a ceiling and an expiry, and revocable for good.

A terminal is trusted up to and including its `expires_on` day. A revoked fingerprint stays
revoked: the same keys can never be trusted again, and no other entry may reuse one of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from securedesk.core.access import Permission
from securedesk.core.audit.audit_actions import ActionTemplate, AuditAction, ComposedAction, compose
from securedesk.core.audit.chain import Category
from securedesk.core.errors import (
    BundleRejected,
    InvalidInput,
    NotFound,
    PolicyRefused,
)
from securedesk.core.id_prefix import IdWhat, resolve_prefix
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.core.unit_of_work import OnObject
from securedesk.core.vault import database
from securedesk.transfer import identity_store
from securedesk.transfer.contact_card import parse_card
from securedesk.transfer.fingerprint import fingerprint_prefix
from securedesk.transfer.identity import ensure_identity
from securedesk.transfer.transfer_error_kinds import ExchangeErrorKind
from securedesk.transfer.trust_state import TrustState

MAX_TRUST_YEARS = 3


@dataclass(frozen=True)
class TrustedTerminal:
    fingerprint: str
    name: str
    organisation: str
    ceiling: Marking
    age_recipient: str
    minisign_public: str
    minisign_key_id: bytes
    added_by: str
    added_at: str
    expires_on: date
    revoked_at: str | None
    revoked_by: str | None

    def status(self, today: date) -> TrustState:
        """Revoked, expired (after its expires_on day) or trusted."""
        if self.revoked_at is not None:
            return TrustState.REVOKED
        if today > self.expires_on:
            return TrustState.EXPIRED
        return TrustState.TRUSTED


def _terminal(row: identity_store.TrustedRow) -> TrustedTerminal:
    return TrustedTerminal(
        fingerprint=row.fingerprint,
        name=row.name,
        organisation=row.organisation,
        ceiling=Marking(row.ceiling),
        age_recipient=row.age_recipient,
        minisign_public=row.minisign_public,
        minisign_key_id=bytes.fromhex(row.minisign_key_id),
        added_by=row.added_by,
        added_at=row.added_at,
        expires_on=date.fromisoformat(row.expires_on),
        revoked_at=row.revoked_at,
        revoked_by=row.revoked_by,
    )


def latest_expiry(today: date) -> date:
    try:
        return today.replace(year=today.year + MAX_TRUST_YEARS)
    except ValueError:  # 29 February
        return today.replace(year=today.year + MAX_TRUST_YEARS, day=28)


class TrustStore:
    """The session's view of the trust store: every change checked, audited, in one
    transaction with its audit event."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def _conn(self) -> database.Connection:
        return self.session.vault.conn

    def _refuse(
        self, action: AuditAction | ComposedAction, object_id: str, error: Exception
    ) -> Exception:
        self.session.record_refusal(action, "terminal", object_id)
        return error

    def add(
        self,
        card_bytes: bytes,
        expires_on: date,
        ceiling: Marking | None = None,
        *,
        today: date | None = None,
    ) -> TrustedTerminal:
        """Trust the terminal on a card until `expires_on`, at most `ceiling` (default: the
        card's own). A fresh card for keys already trusted renews them."""
        session = self.session
        session.require(Permission.ADMINISTER)
        today = today or session.clock.today()
        if expires_on <= today:
            raise InvalidInput(
                ExchangeErrorKind.TRUST_EXPIRY_NOT_FUTURE, expires=expires_on.isoformat()
            )
        if expires_on > latest_expiry(today):
            raise InvalidInput(
                ExchangeErrorKind.TRUST_EXPIRY_TOO_FAR,
                expires=expires_on.isoformat(),
                years=MAX_TRUST_YEARS,
                latest=latest_expiry(today).isoformat(),
            )
        try:
            card = parse_card(card_bytes)
        except BundleRejected as exc:
            raise self._refuse(
                compose(ActionTemplate.CONTACT_CARD_REJECTED, reason=exc.reason), "card", exc
            ) from None
        if ceiling is None:
            ceiling = card.ceiling
        elif ceiling > card.ceiling:
            raise InvalidInput(
                ExchangeErrorKind.TRUST_CEILING_ABOVE_CARD,
                card_ceiling=card.ceiling.value,
                ceiling=ceiling.value,
            )
        if card.fingerprint == ensure_identity(session).fingerprint:
            raise self._refuse(
                AuditAction.TRUST_REFUSED_OWN_CARD,
                card.fingerprint,
                PolicyRefused(ExchangeErrorKind.TRUST_OWN_CARD),
            )
        key_id = card.minisign_key_id.hex()
        existing = identity_store.trusted_by_fingerprint(self._conn, card.fingerprint)
        if existing is not None and existing.revoked_at is not None:
            raise self._refuse(
                AuditAction.TRUST_REFUSED_REVOKED,
                card.fingerprint,
                PolicyRefused(
                    ExchangeErrorKind.TRUST_REVOKED_FOR_GOOD,
                    fingerprint=card.fingerprint,
                    revoked_on=existing.revoked_at[:10],
                    revoked_by=existing.revoked_by,
                ),
            )
        if existing is None:
            clash = identity_store.trusted_sharing_a_key(
                self._conn, card.age_recipient, card.minisign_public, key_id
            )
            if clash is not None:
                raise self._refuse(
                    AuditAction.TRUST_REFUSED_KEY_REUSED,
                    card.fingerprint,
                    PolicyRefused(ExchangeErrorKind.TRUST_KEY_REUSED, other=clash.fingerprint),
                )
        card_text = card.to_bytes().decode("utf-8")
        now = session.clock.now()
        renewed = existing is not None
        with session.change(
            Category.ADMINISTRATION,
            AuditAction.TRUSTED_TERMINAL_RENEWED if renewed else AuditAction.TRUSTED_TERMINAL_ADDED,
            OnObject("terminal", card.fingerprint),
            permission=Permission.ADMINISTER,
            details={"ceiling": ceiling.value, "expires_on": expires_on.isoformat()},
        ) as tx:
            conn = tx.conn
            if existing is None:
                identity_store.insert_trusted(
                    conn,
                    identity_store.TrustedRow(
                        fingerprint=card.fingerprint,
                        name=card.name,
                        organisation=card.organisation,
                        ceiling=ceiling.value,
                        age_recipient=card.age_recipient,
                        minisign_public=card.minisign_public,
                        minisign_key_id=key_id,
                        card=card_text,
                        added_by=session.vault.user,
                        added_at=now,
                        expires_on=expires_on.isoformat(),
                        revoked_at=None,
                        revoked_by=None,
                    ),
                )
            else:
                identity_store.renew_trusted(
                    conn,
                    card.fingerprint,
                    name=card.name,
                    organisation=card.organisation,
                    ceiling=ceiling.value,
                    card=card_text,
                    expires_on=expires_on.isoformat(),
                )
        return self.get(card.fingerprint)

    def list(self) -> list[TrustedTerminal]:
        """Every entry, revoked and expired ones included (see .status())."""
        self.session.require_any(Permission.ADMINISTER, Permission.EXPORT, Permission.IMPORT)
        return [_terminal(row) for row in identity_store.list_trusted(self._conn)]

    def revoke(self, fingerprint: str) -> TrustedTerminal:
        """Revoke for good: bundles from or to this terminal are refused from now on."""
        session = self.session
        session.require(Permission.ADMINISTER)
        terminal = self.get(fingerprint)
        if terminal.revoked_at is not None:
            raise InvalidInput(
                ExchangeErrorKind.TRUST_ALREADY_REVOKED,
                fingerprint=terminal.fingerprint,
                revoked_on=terminal.revoked_at[:10],
            )
        with session.change(
            Category.ADMINISTRATION,
            AuditAction.TRUSTED_TERMINAL_REVOKED,
            OnObject("terminal", terminal.fingerprint),
            permission=Permission.ADMINISTER,
        ) as tx:
            identity_store.revoke_trusted(
                tx.conn, terminal.fingerprint, session.vault.user, session.clock.now()
            )
        return self.get(terminal.fingerprint)

    def get(self, fingerprint: str) -> TrustedTerminal:
        """The entry for a fingerprint (any spacing), whatever its status; no permission
        check: callers check their own."""
        canonical = resolve_prefix(
            self._conn,
            "trusted_terminals",
            "fingerprint",
            fingerprint,
            what=IdWhat.TERMINAL,
            normalise=fingerprint_prefix,
            missing=lambda p: NotFound(ExchangeErrorKind.TRUST_TERMINAL_NOT_FOUND, fingerprint=p),
        )
        row = identity_store.trusted_by_fingerprint(self._conn, canonical)
        if row is None:
            raise NotFound(ExchangeErrorKind.TRUST_TERMINAL_NOT_FOUND, fingerprint=canonical)
        return _terminal(row)

    def by_key_id(self, key_id: bytes) -> TrustedTerminal | None:
        """The entry whose minisign key has this 8-byte id (as stored in minisign keys and
        signatures), whatever its status; None if there is none. No permission check."""
        row = identity_store.trusted_by_key_id(self._conn, key_id.hex())
        return None if row is None else _terminal(row)
