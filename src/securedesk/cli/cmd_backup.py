"""`securedesk backup ...`: encrypted, signed backups and their restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from securedesk.cli import passphrases, progress
from securedesk.cli.cmd_retention import backup_predates
from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say, table
from securedesk.core.backup import recipients
from securedesk.core.backup.backup_kinds import BackupErrorKind
from securedesk.core.backup.container import Signer
from securedesk.core.backup.create import create_backup
from securedesk.core.backup.restore import restore_backup
from securedesk.core.backup.verify import verify_backup
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput
from securedesk.core.session import Session
from securedesk.transfer.identity import ensure_identity
from securedesk.transfer.identity_renewal import renew_after_restore


def register(commands: Any, leaf: Any) -> None:
    """Adds this module's commands to the parser."""
    backup = commands.add_parser(
        "backup", help="encrypted, signed backups of the vault and their restore"
    )
    group = backup.add_subparsers(dest="backup_command", metavar="SUBCOMMAND")
    p = leaf(
        group,
        "recovery-key",
        cmd_recovery_key,
        "administrators: write the organisation's recovery identity to a new file (0600), to "
        "keep off the terminal; its public key becomes a backup recipient",
    )
    p.add_argument("--out", required=True, metavar="FILE")
    recipient = group.add_parser("recipient", help="the age public keys backups are encrypted to")
    rgroup = recipient.add_subparsers(dest="recipient_command", metavar="SUBCOMMAND")
    p = leaf(rgroup, "add", cmd_recipient_add, "add an age public key (age1...) as a recipient")
    p.add_argument("public_key", metavar="AGE_PUBLIC_KEY")
    p.add_argument("--label", default="", help="a note on whose key it is (no personal data)")
    leaf(rgroup, "list", cmd_recipient_list, "list the backup recipients")
    p = leaf(
        rgroup,
        "remove",
        cmd_recipient_remove,
        "stop encrypting new backups to a key (the whole key or a unique prefix, 8+ characters)",
    )
    p.add_argument("public_key", metavar="AGE_PUBLIC_KEY")
    p = leaf(
        group,
        "create",
        cmd_create,
        "administrators: a consistent snapshot while in use, encrypted to the recovery "
        "recipients, signed by this terminal",
    )
    p.add_argument("--out", required=True, metavar="FILE")
    p = leaf(
        group,
        "verify",
        cmd_verify,
        "signature and integrity without decrypting (exit 4 if altered); with --user, recorded",
    )
    p.add_argument("file", metavar="FILE")
    p = leaf(
        group,
        "restore",
        cmd_restore,
        "a new vault from a backup, bound to this terminal; --passphrase-file sets the "
        "administrator's new passphrase; other users must be reset before they sign in",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--identity", required=True, metavar="RECOVERY_FILE")
    p.add_argument("--admin", required=True, metavar="NAME")
    p.add_argument(
        "--no-terminal-binding",
        action="store_true",
        help="do not bind the new vault to this terminal's keyring",
    )


def terminal_signer(session: Session) -> Signer:
    identity = ensure_identity(session)
    return Signer(identity.minisign_secret, identity.minisign_key_id, identity.minisign_public)


def cmd_recovery_key(ctx: Context, args: argparse.Namespace) -> int:
    session = ctx.session()
    out = Path(args.out)
    public = recipients.write_recovery_key(session, out, terminal_signer(session).public_key)
    if ctx.json:
        emit_json({"out": str(out), "public_key": public})
    else:
        say(
            f"Recovery key written to {out} (owner-only). Its public key, now a backup "
            f"recipient: {public}"
        )
        say("Move the file to removable media for the safe, and delete it from this terminal.")
    return 0


def cmd_recipient_add(ctx: Context, args: argparse.Namespace) -> int:
    r = recipients.add_recipient(ctx.session(), args.public_key, args.label)
    if ctx.json:
        emit_json({"public_key": r.public_key, "label": r.label})
    else:
        say(f"{r.public_key} is now a backup recipient.")
    return 0


def cmd_recipient_list(ctx: Context, args: argparse.Namespace) -> int:
    rows = recipients.list_recipients(ctx.session())
    if ctx.json:
        emit_json(
            [
                {
                    "public_key": r.public_key,
                    "label": r.label,
                    "added_at": r.added_at,
                    "added_by": r.added_by,
                }
                for r in rows
            ]
        )
    else:
        table(
            ["public key", "label", "added", "by"],
            [(r.public_key, r.label, r.added_at[:19], r.added_by) for r in rows],
        )
    return 0


def cmd_recipient_remove(ctx: Context, args: argparse.Namespace) -> int:
    # The key is resolved inside, after the permission check: a user without the right
    # learns nothing about which keys are listed.
    key = recipients.remove_recipient(ctx.session(), args.public_key)
    if ctx.json:
        emit_json({"removed": key})
    else:
        say(f"{key} is no longer a backup recipient (earlier backups stay readable with its key).")
    return 0


def cmd_create(ctx: Context, args: argparse.Namespace) -> int:
    session = ctx.session()
    with progress.shown("Backup", json=ctx.json) as meter:
        made = create_backup(
            session,
            Path(args.out),
            terminal_signer(session),
            progress=(lambda done, total: meter("MB", done >> 20, total >> 20)) if meter else None,
        )
    if ctx.json:
        emit_json(
            {
                "out": str(made.path),
                "backup_id": made.backup_id,
                "bytes": made.bytes,
                "audit_seq": made.audit_seq,
                "recipients": made.recipients,
            }
        )
    else:
        say(
            f"Backup {made.backup_id} written to {made.path} ({made.bytes} bytes, "
            f"{made.recipients} recipient(s), audit checkpoint at event {made.audit_seq})."
        )
    return 0


def cmd_verify(ctx: Context, args: argparse.Namespace) -> int:
    session = ctx.session() if ctx.user else None
    info = verify_backup(Path(args.file), session)
    predates, predates_text = backup_predates(session, info.created)
    if ctx.json:
        emit_json({"ok": True, **info.to_json(), **predates})
    else:
        say(
            f"Backup {info.backup_id} is intact: made {info.created} by the terminal with "
            f"minisign key {info.signer_key_id}, vault {info.vault_id}, audit checkpoint at "
            f"event {info.checkpoint.seq}, {len(info.recipients)} recipient(s)."
        )
        say(f"Signer's public key (compare it with the terminal's): {info.signer_public_key}")
        if predates_text:
            say(predates_text)
    return 0


def cmd_restore(ctx: Context, args: argparse.Namespace) -> int:
    if ctx.vault is None:
        raise InvalidInput(BackupErrorKind.RESTORE_NEEDS_VAULT)
    secret = passphrases.new_passphrase(
        ctx.passphrase_file, ErrorKind.PROMPT_NEW_PASSPHRASE, args.admin
    )
    restored = restore_backup(
        Path(args.file),
        ctx.vault,
        Path(args.identity),
        admin=args.admin,
        passphrase=secret,
        terminal_binding_on=not args.no_terminal_binding,
        renew_identity=renew_after_restore,
    )
    if ctx.json:
        emit_json(
            {
                "vault": str(restored.folder),
                "vault_id": restored.vault_id,
                "backup_id": restored.backup_id,
                "from_vault_id": restored.from_vault_id,
                "users_to_reset": restored.users_to_reset,
                "old_terminal": restored.old_terminal,
                "new_terminal": restored.new_terminal,
                "cleared": [str(p) for p in restored.cleared],
            }
        )
    else:
        for folder in restored.cleared:
            say(f"Removed {folder}: the working folder of an earlier restore that was stopped.")
        say(
            f"Restored backup {restored.backup_id} into a new vault at {restored.folder} "
            f"(vault {restored.vault_id}). Sign in as {args.admin}."
        )
        if restored.users_to_reset:
            say(
                "Reset these users before they sign in (securedesk user passwd NAME): "
                + ", ".join(restored.users_to_reset)
            )
        if restored.new_terminal is not None:
            say(
                f"This terminal has a new identity (fingerprint {restored.new_terminal}); the "
                f"backed-up one ({restored.old_terminal}) is retired, so the two machines never "
                "share keys or bundle numbers. Send partners the new contact card (securedesk "
                "keys export-card --out FILE) and ask them to send again any bundle sent to "
                "the old terminal after the backup was made."
            )
    return 0
