"""A new terminal identity for a restored vault (core/backup/succession.py says why): new
age and minisign keys, the old one's name and organisation, and a fresh bundle sequence
space. Called by the restore inside its transaction, after the old identity was retired."""

from __future__ import annotations

from securedesk.core.backup.succession import Retired
from securedesk.core.vault.database import Connection
from securedesk.transfer.identity import generate_identity, store_new_identity


def renew_after_restore(conn: Connection, old: Retired, user: str) -> tuple[str, str]:
    """Store a new identity in place of `old`; returns its (fingerprint, minisign key)."""
    new = generate_identity(old.name, old.organisation)
    store_new_identity(
        conn, new, user=user, details={"replaces": old.fingerprint, "reason": "backup restored"}
    )
    return new.fingerprint, new.minisign_public
