"""The error kinds of backups: the recovery key and recipients, making, checking and restoring
a backup. Codes start with "backup-"."""

from __future__ import annotations

import enum

from securedesk.core.error_kinds.kind import QT_TRANSLATE_NOOP, Kind


@enum.unique
class BackupErrorKind(Kind):
    """Backups: recovery key, recipients, making, checking and restoring them."""

    RECOVERY_KEY_FILE_EXISTS = (
        "backup-recovery-key-file-exists",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} already exists; a recovery key is never written over a file. Choose a new "
            "file name (on removable media for the safe).",
        ),
    )
    RECOVERY_KEY_NOT_WRITTEN = (
        "backup-recovery-key-not-written",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The recovery key could not be written to {path} ({os_error}). Nothing was "
            "recorded; choose a folder you may write to.",
        ),
    )
    RECIPIENT_INVALID = (
        "backup-recipient-invalid",
        QT_TRANSLATE_NOOP(
            "Errors",
            "'{recipient}' is not an age public key. A recipient looks like age1… (62 "
            "characters), as `age-keygen -y` prints it.",
        ),
    )
    RECIPIENT_ALREADY_LISTED = (
        "backup-recipient-already-listed",
        QT_TRANSLATE_NOOP(
            "Errors", "{recipient} is already a backup recipient; nothing was changed."
        ),
    )
    RECIPIENT_NOT_LISTED = (
        "backup-recipient-not-listed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{recipient} is not a backup recipient; see `securedesk backup recipient list`.",
        ),
    )
    LAST_RECIPIENT = (
        "backup-last-recipient",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{recipient} is the only backup recipient; add another before removing it, or no "
            "backup could be made.",
        ),
    )
    TOO_MANY_RECIPIENTS = (
        "backup-too-many-recipients",
        QT_TRANSLATE_NOOP(
            "Errors", "A backup can have at most {limit} recipients; remove one first."
        ),
    )
    NO_RECIPIENTS = (
        "backup-no-recipients",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This vault has no backup recipient, so a backup could be opened by nobody. Write "
            "the recovery key first: securedesk backup recovery-key --out FILE.",
        ),
    )
    OUTPUT_EXISTS = (
        "backup-output-exists",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} already exists; a backup never replaces a file. Choose a new file name.",
        ),
    )
    FILE_UNREADABLE = (
        "backup-file-unreadable",
        QT_TRANSLATE_NOOP(
            "Errors", "Cannot read the backup {path} ({os_error}). Check the name and the media."
        ),
    )
    NOT_A_BACKUP = (
        "backup-not-a-backup",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is not a SecureDesk backup, or it is truncated or damaged ({problem}). "
            "Nothing was created. Use another copy of the backup.",
        ),
    )
    SIGNATURE_BAD = (
        "backup-signature-bad",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup {path} was altered after it was made: the signature over {member} does "
            "not match. Nothing was created. Use another copy and report this one.",
        ),
    )
    DIGEST_BAD = (
        "backup-digest-bad",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup {path} was altered or truncated: {member} is not the one its signed "
            "description names. Nothing was created. Use another copy and report this one.",
        ),
    )
    FOREIGN_SIGNER = (
        "backup-foreign-signer",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup {path} was not signed by a terminal this recovery key belongs to "
            "(signed by key {key_id}). Nothing was created. Check that it is your "
            "organisation's backup.",
        ),
    )
    NOT_FOR_THIS_KEY = (
        "backup-not-for-this-key",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup {path} was not encrypted to the recovery key in {identity}. Nothing "
            "was created. Use the recovery key that was in force when the backup was made.",
        ),
    )
    IDENTITY_UNREADABLE = (
        "backup-identity-unreadable",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{identity} does not hold an age identity (a line AGE-SECRET-KEY-1…). Give the "
            "recovery key file `backup recovery-key` wrote.",
        ),
    )
    CONTENT_BAD = (
        "backup-content-bad",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup {path} decrypted, but what is inside is not a sound vault ({problem}). "
            "Nothing was created. Use another backup and report this one.",
        ),
    )
    TARGET_EXISTS = (
        "backup-target-exists",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} already exists; a restore makes a new vault and never writes into an "
            "existing folder. Name a folder that does not exist yet.",
        ),
    )
    TARGET_PARENT_MISSING = (
        "backup-target-parent-missing",
        QT_TRANSLATE_NOOP(
            "Errors", "The folder {folder} does not exist; create it or choose another place."
        ),
    )
    RESTORE_NEEDS_VAULT = (
        "backup-restore-needs-vault",
        QT_TRANSLATE_NOOP(
            "Errors",
            "A restore needs --vault DIR: the new vault's folder, which must not exist yet. "
            "Nothing was created.",
        ),
    )
    ADMIN_NOT_IN_BACKUP = (
        "backup-admin-not-in-backup",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup has no enabled administrator '{user}'. Give the name of an "
            "administrator recorded in the backup. Nothing was created.",
        ),
    )
    BACKUP_TOO_NEW = (
        "backup-too-new",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The backup was made by a newer SecureDesk (schema {found}; this one knows "
            "{known}). Install the newer version to restore it. Nothing was created.",
        ),
    )


@enum.unique
class BackupWhat(Kind):
    """What a typed prefix names in the backup commands (for id_prefix's messages)."""

    RECIPIENT = ("backup-what-recipient", QT_TRANSLATE_NOOP("Errors", "backup recipient"))
