"""A new terminal identity for a restored vault (core/backup/succession.py says why): new
age and minisign keys, the old one's name and organisation, and a fresh bundle sequence
space. Called by the restore inside its transaction, after the old identity was retired."""

from __future__ import annotations

from securedesk.core.audit import chain as audit
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category
from securedesk.core.backup.succession import Retired
from securedesk.core.vault.database import Connection
from securedesk.transfer import identity_store
from securedesk.transfer.identity import generate_identity


def renew_after_restore(conn: Connection, old: Retired, user: str) -> tuple[str, str]:
    """Store a new identity in place of `old`; returns its (fingerprint, minisign key)."""
    new = generate_identity(old.name, old.organisation)
    identity_store.insert_identity(
        conn,
        identity_store.IdentityRow(
            name=new.name,
            organisation=new.organisation,
            age_identity=new.age_identity,
            age_recipient=new.age_recipient,
            minisign_secret=new.minisign_secret,
            minisign_public=new.minisign_public,
            fingerprint=new.fingerprint,
            created_at=new.created_at,
            last_sequence=0,
        ),
    )
    audit.record(
        conn,
        user=user,
        category=Category.ADMINISTRATION,
        action=AuditAction.TERMINAL_IDENTITY_CREATED,
        object_type="terminal",
        object_id=new.fingerprint,
        details={"replaces": old.fingerprint, "reason": "backup restored"},
    )
    return new.fingerprint, new.minisign_public
