"""The backup recipients: age public keys every backup is encrypted to. The organisation's
recovery key is made here once (`write_recovery_key`); its secret half goes to a file for
the safe and never into the vault, its public half becomes a recipient."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyrage

from securedesk.core.access import Permission
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category
from securedesk.core.backup.backup_kinds import BackupErrorKind, BackupWhat
from securedesk.core.errors import InvalidInput, PolicyRefused
from securedesk.core.unit_of_work import OnObject
from securedesk.core.vault.database import Connection

if TYPE_CHECKING:
    from securedesk.core.session import Session

MAX_RECIPIENTS = 16
# A recovery-key file names the terminals whose backups it is for, as comment lines that
# `age -d -i FILE` ignores; restore refuses a backup signed by any other terminal.
TERMINAL_LINE = "# securedesk-terminal-minisign-key: "


@dataclass(frozen=True)
class Recipient:
    public_key: str
    label: str
    added_at: str
    added_by: str


def check_recipient(text: str) -> str:
    value = text.strip()
    try:
        pyrage.x25519.Recipient.from_str(value)
    except Exception:
        raise InvalidInput(BackupErrorKind.RECIPIENT_INVALID, recipient=value[:80]) from None
    if not value.startswith("age1") or len(value) != 62:
        raise InvalidInput(BackupErrorKind.RECIPIENT_INVALID, recipient=value[:80])
    return value


def active(conn: Connection) -> list[Recipient]:
    rows = conn.execute(
        "SELECT public_key, label, added_at, added_by FROM backup_recipients "
        "WHERE removed_at IS NULL ORDER BY added_at, public_key"
    ).fetchall()
    return [Recipient(str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


def list_recipients(session: Session) -> list[Recipient]:
    session.require(Permission.ADMINISTER)
    return active(session.vault.conn)


def add_recipient(session: Session, public_key: str, label: str = "") -> Recipient:
    key = check_recipient(public_key)
    session.require(Permission.ADMINISTER)
    with session.change(
        Category.ADMINISTRATION,
        AuditAction.BACKUP_RECIPIENT_ADDED,
        OnObject("backup recipient", key),
        permission=Permission.ADMINISTER,
        details={"label": label} if label else None,
    ) as tx:
        current = active(tx.conn)
        if any(r.public_key == key for r in current):
            raise InvalidInput(BackupErrorKind.RECIPIENT_ALREADY_LISTED, recipient=key)
        if len(current) >= MAX_RECIPIENTS:
            raise PolicyRefused(BackupErrorKind.TOO_MANY_RECIPIENTS, limit=MAX_RECIPIENTS)
        now = session.clock.now()
        tx.conn.execute(
            "INSERT INTO backup_recipients (public_key, label, added_at, added_by) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (public_key) DO UPDATE SET label = excluded.label,"
            " added_at = excluded.added_at, added_by = excluded.added_by, removed_at = NULL, "
            "removed_by = NULL",
            (key, label, now, session.vault.user),
        )
    return Recipient(key, label, now, session.vault.user)


def resolve_recipient(conn: Connection, typed: str) -> str:
    """The listed recipient `typed` names: the whole key or a unique prefix of at least 8
    characters ("age1" and four more; every key starts "age1")."""
    from securedesk.core.id_prefix import resolve_prefix

    return resolve_prefix(
        conn,
        "backup_recipients",
        "public_key",
        typed,
        what=BackupWhat.RECIPIENT,
        normalise=lambda t: t.strip().lower(),
        min_length=8,
        where="removed_at IS NULL",
        missing=lambda shown: InvalidInput(BackupErrorKind.RECIPIENT_NOT_LISTED, recipient=shown),
    )


def remove_recipient(session: Session, public_key: str) -> str:
    """Stop encrypting new backups to the recipient `public_key` names (the whole key or a
    unique prefix); returns the whole key. The permission is checked before the key is looked
    up, so a user without it learns nothing about which keys are listed."""
    session.require(Permission.ADMINISTER)
    key = resolve_recipient(session.vault.conn, public_key)
    with session.change(
        Category.ADMINISTRATION,
        AuditAction.BACKUP_RECIPIENT_REMOVED,
        OnObject("backup recipient", key[:80]),
        permission=Permission.ADMINISTER,
    ) as tx:
        current = active(tx.conn)
        if not any(r.public_key == key for r in current):
            raise InvalidInput(BackupErrorKind.RECIPIENT_NOT_LISTED, recipient=key[:80])
        if len(current) == 1:
            raise PolicyRefused(BackupErrorKind.LAST_RECIPIENT, recipient=key)
        tx.conn.execute(
            "UPDATE backup_recipients SET removed_at = ?, removed_by = ? WHERE public_key = ?",
            (session.clock.now(), session.vault.user, key),
        )
    return key


def write_recovery_key(session: Session, out: Path, terminal_public_key: str) -> str:
    """Make the organisation's recovery identity: the secret to a new file `out` (mode
    0600, never over an existing file), the public key a recipient. Returns the public key.

    The file also names this terminal's minisign key, so that a restore with it accepts only
    backups this terminal signed."""
    session.require(Permission.ADMINISTER)
    out = Path(out)
    if out.exists() or out.is_symlink():
        raise InvalidInput(BackupErrorKind.RECOVERY_KEY_FILE_EXISTS, path=str(out))
    identity = pyrage.x25519.Identity.generate()
    public = str(identity.to_public())
    text = (
        f"# SecureDesk backup recovery key, made {session.clock.now()}\n"
        f"# public key: {public}\n"
        f"{TERMINAL_LINE}{terminal_public_key}\n"
        f"{identity}\n"
    )
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    with session.change(
        Category.ADMINISTRATION,
        AuditAction.BACKUP_RECOVERY_KEY_WRITTEN,
        OnObject("backup recipient", public),
        permission=Permission.ADMINISTER,
    ) as tx:
        if len(active(tx.conn)) >= MAX_RECIPIENTS:
            raise PolicyRefused(BackupErrorKind.TOO_MANY_RECIPIENTS, limit=MAX_RECIPIENTS)
        tx.conn.execute(
            "INSERT INTO backup_recipients (public_key, label, added_at, added_by) "
            "VALUES (?, 'recovery key', ?, ?)",
            (public, session.clock.now(), session.vault.user),
        )
        # Written last, inside the transaction: a failed write rolls the recipient back.
        try:
            fd = os.open(out, flags, 0o600)
        except FileExistsError:
            raise InvalidInput(BackupErrorKind.RECOVERY_KEY_FILE_EXISTS, path=str(out)) from None
        except OSError as exc:
            raise InvalidInput(
                BackupErrorKind.RECOVERY_KEY_NOT_WRITTEN, path=str(out), os_error=exc.strerror
            ) from None
        try:
            with os.fdopen(fd, "w", encoding="ascii") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
        except OSError as exc:
            out.unlink(missing_ok=True)
            if exc.errno == errno.ENOSPC:
                from securedesk.core.storage_faults import require_free_space

                require_free_space(out.parent, len(text) + 4096)
            raise InvalidInput(
                BackupErrorKind.RECOVERY_KEY_NOT_WRITTEN, path=str(out), os_error=exc.strerror
            ) from None
    return public


def terminals_named(identity_text: str) -> list[str]:
    """The terminal keys a recovery-key file names (none for an identity from elsewhere)."""
    return [
        line[len(TERMINAL_LINE) :].strip()
        for line in identity_text.splitlines()
        if line.startswith(TERMINAL_LINE)
    ]
