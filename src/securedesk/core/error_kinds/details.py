"""The words that complete another kind's message: a `why` (Detail) and the name of what a
person was filling in (Field)."""

from __future__ import annotations

import enum

from securedesk.core.error_kinds.kind import QT_TRANSLATE_NOOP, Kind


@enum.unique
class Detail(Kind):
    """Words that complete another kind's message (its `why`): worded with the same data."""

    FOLDER_MISSING = "folder-missing", QT_TRANSLATE_NOOP("Errors", "the folder does not exist")
    NOT_A_FOLDER = "not-a-folder", QT_TRANSLATE_NOOP("Errors", "it is not a folder")
    NO_VAULT_FILES = (
        "no-vault-files",
        QT_TRANSLATE_NOOP("Errors", "it holds no vault database or key-slot file"),
    )
    FILE_MISSING = "file-missing", QT_TRANSLATE_NOOP("Errors", "it is missing")
    DATABASE_MISSING = (
        "database-missing",
        QT_TRANSLATE_NOOP("Errors", "the database file is missing"),
    )
    DATABASE_FAILED_CHECK = (
        "database-failed-check",
        QT_TRANSLATE_NOOP("Errors", "the encrypted database failed its check"),
    )
    PAGES_DO_NOT_DECRYPT = (
        "pages-do-not-decrypt",
        QT_TRANSLATE_NOOP("Errors", "its pages do not decrypt and authenticate"),
    )
    KEY_DOES_NOT_OPEN = (
        "key-does-not-open",
        QT_TRANSLATE_NOOP(
            "Errors",
            "the key that the passphrase opens in the key-slot file does not decrypt it. If "
            "keyslots.json was put back from an older copy, the database key has been "
            "rotated since that copy was made: use the vault's current keyslots.json",
        ),
    )
    TABLES_UNREADABLE = (
        "tables-unreadable",
        QT_TRANSLATE_NOOP("Errors", "its tables cannot be read"),
    )
    NO_VAULT_ID = "no-vault-id", QT_TRANSLATE_NOOP("Errors", "it does not record its vault id")
    PAGES_FAIL_CHECK = (
        "pages-fail-check",
        QT_TRANSLATE_NOOP("Errors", "pages fail their integrity check"),
    )
    SOME_PAGES_FAIL_CHECK = (
        "some-pages-fail-check",
        QT_TRANSLATE_NOOP("Errors", "{bad_pages} page(s) fail their check: {first_page}"),
    )
    STRUCTURE_CHECK_FAILED = (
        "structure-check-failed",
        QT_TRANSLATE_NOOP("Errors", "its structure check failed"),
    )
    FILE_UNREADABLE = (
        "file-unreadable",
        QT_TRANSLATE_NOOP("Errors", "it cannot be read: {os_error}"),
    )
    FILE_TOO_LARGE = (
        "file-too-large",
        QT_TRANSLATE_NOOP("Errors", "it is larger than any key-slot file can be"),
    )
    NOT_JSON = (
        "not-json",
        QT_TRANSLATE_NOOP("Errors", "it is not valid JSON; it may be truncated"),
    )
    NAMES_ANOTHER_VAULT = (
        "names-another-vault",
        QT_TRANSLATE_NOOP("Errors", "it names another vault"),
    )
    BELONGS_TO_ANOTHER_VAULT = (
        "belongs-to-another-vault",
        QT_TRANSLATE_NOOP(
            "Errors", "it belongs to another vault, or the database header is damaged"
        ),
    )
    CONTENTS_MALFORMED = (
        "contents-malformed",
        QT_TRANSLATE_NOOP("Errors", "its contents are malformed: {problem}"),
    )
    A_PAGE_FAILED_CHECK = (
        "a-page-failed-check",
        QT_TRANSLATE_NOOP("Errors", "a page failed its check"),
    )
    ATTACHMENT_HASH_MISMATCH = (
        "attachment-hash-mismatch",
        QT_TRANSLATE_NOOP("Errors", "attachment {attachment_id} no longer matches its SHA-256"),
    )
    # --- cases: the assessment framework, key-slot file contents, keyring, audit chain ----
    NO_ENDING = "no-ending", QT_TRANSLATE_NOOP("Errors", "(none)")
    FIELD_MISSING = "field-missing", QT_TRANSLATE_NOOP("Errors", "it has no '{field}' field")
    FRAMEWORK_NEEDS_SCALE = (
        "framework-needs-scale",
        QT_TRANSLATE_NOOP("Errors", "scale and domains are required"),
    )
    FRAMEWORK_DOMAIN_ORDER = (
        "framework-domain-order",
        QT_TRANSLATE_NOOP("Errors", "domains must be {domains} in that order"),
    )
    FRAMEWORK_FACTOR_IDS_REPEAT = (
        "framework-factor-ids-repeat",
        QT_TRANSLATE_NOOP("Errors", "factor ids must be unique"),
    )
    FRAMEWORK_VERSION_NOT_WHOLE = (
        "framework-version-not-whole",
        QT_TRANSLATE_NOOP("Errors", "version must be a whole number"),
    )
    NOT_A_KEY_SLOT_FILE = (
        "not-a-key-slot-file",
        QT_TRANSLATE_NOOP("Errors", "it is not a SecureDesk key-slot file"),
    )
    FORMAT_VERSION_UNSUPPORTED = (
        "format-version-unsupported",
        QT_TRANSLATE_NOOP("Errors", "its format version {version} is not supported"),
    )
    NO_VALID_VAULT_ID = (
        "no-valid-vault-id",
        QT_TRANSLATE_NOOP("Errors", "it has no valid vault id"),
    )
    BINDING_UNSTATED = (
        "binding-unstated",
        QT_TRANSLATE_NOOP("Errors", "it does not say whether the vault is bound to a terminal"),
    )
    SLOT_LIST_MALFORMED = (
        "slot-list-malformed",
        QT_TRANSLATE_NOOP("Errors", "its list of slots is missing or too long"),
    )
    DISABLED_LIST_MALFORMED = (
        "disabled-list-malformed",
        QT_TRANSLATE_NOOP("Errors", "its list of disabled users is malformed"),
    )
    SLOT_OF_ANOTHER_VAULT = (
        "slot-of-another-vault",
        QT_TRANSLATE_NOOP("Errors", "the slot for '{user}' belongs to another vault"),
    )
    TWO_SLOTS_FOR_ONE_USER = (
        "two-slots-for-one-user",
        QT_TRANSLATE_NOOP("Errors", "it has two slots for one user"),
    )
    SLOT_NOT_AN_OBJECT = (
        "slot-not-an-object",
        QT_TRANSLATE_NOOP("Errors", "a slot is not an object"),
    )
    SLOT_NO_USER_NAME = (
        "slot-no-user-name",
        QT_TRANSLATE_NOOP("Errors", "a slot has no valid user name"),
    )
    SLOT_NO_VAULT_ID = (
        "slot-no-vault-id",
        QT_TRANSLATE_NOOP("Errors", "a slot has no valid vault id"),
    )
    RESEALED_NOT_AN_OBJECT = (
        "resealed-not-an-object",
        QT_TRANSLATE_NOOP("Errors", "a re-sealed key is not an object"),
    )
    NOT_BASE64_TEXT = (
        "not-base64-text",
        QT_TRANSLATE_NOOP("Errors", "'{field}' is not base64 text"),
    )
    NOT_VALID_BASE64 = (
        "not-valid-base64",
        QT_TRANSLATE_NOOP("Errors", "'{field}' is not valid base64"),
    )
    WRONG_LENGTH = "wrong-length", QT_TRANSLATE_NOOP("Errors", "'{field}' has the wrong length")
    NOT_A_COUNT = (
        "not-a-count",
        QT_TRANSLATE_NOOP("Errors", "'{field}' is not a whole number of zero or more"),
    )
    KDF_UNKNOWN = "kdf-unknown", QT_TRANSLATE_NOOP("Errors", "unknown key-derivation function")
    KDF_NOT_WHOLE_NUMBERS = (
        "kdf-not-whole-numbers",
        QT_TRANSLATE_NOOP("Errors", "key-derivation parameters must be whole numbers"),
    )
    KDF_ITERATIONS_OUT_OF_RANGE = (
        "kdf-iterations-out-of-range",
        QT_TRANSLATE_NOOP("Errors", "iterations {iterations} outside 1..{max_iterations}"),
    )
    KDF_LANES_OUT_OF_RANGE = (
        "kdf-lanes-out-of-range",
        QT_TRANSLATE_NOOP("Errors", "lanes {lanes} outside 1..{max_lanes}"),
    )
    KDF_MEMORY_OUT_OF_RANGE = (
        "kdf-memory-out-of-range",
        QT_TRANSLATE_NOOP("Errors", "memory {memory_kib} KiB outside the allowed range"),
    )
    BINDING_SECRET_EXISTS = (
        "binding-secret-exists",
        QT_TRANSLATE_NOOP("Errors", "a binding secret for this vault id already exists"),
    )
    KEYRING_LOST_SECRET = (
        "keyring-lost-secret",
        QT_TRANSLATE_NOOP("Errors", "the keyring did not keep the secret"),
    )
    AUDIT_EVENT_MISSING = (
        "audit-event-missing",
        QT_TRANSLATE_NOOP("Errors", "event {seq} is missing"),
    )
    AUDIT_LINK_BROKEN = (
        "audit-link-broken",
        QT_TRANSLATE_NOOP("Errors", "it does not point at its predecessor"),
    )
    AUDIT_CONTENT_ALTERED = (
        "audit-content-altered",
        QT_TRANSLATE_NOOP("Errors", "its content does not match its hash"),
    )
    AUDIT_MAC_MISSING = (
        "audit-mac-missing",
        QT_TRANSLATE_NOOP("Errors", "it has no MAC though the MAC chain had started before it"),
    )
    AUDIT_MAC_WRONG = (
        "audit-mac-wrong",
        QT_TRANSLATE_NOOP(
            "Errors",
            "its MAC does not match: the chain was rewritten or re-hashed from here on",
        ),
    )
    AUDIT_MAC_BEFORE_START = (
        "audit-mac-before-start",
        QT_TRANSLATE_NOOP("Errors", "it carries a MAC though no MAC key had been started"),
    )
    AUDIT_EPOCH_OUT_OF_ORDER = (
        "audit-epoch-out-of-order",
        QT_TRANSLATE_NOOP("Errors", "it starts a MAC key out of order"),
    )
    AUDIT_KEY_SEAL_ALTERED = (
        "audit-key-seal-altered",
        QT_TRANSLATE_NOOP(
            "Errors",
            "the MAC key it started, sealed to you, was removed or replaced",
        ),
    )
    AUDIT_MAC_STATE_MISSING = (
        "audit-mac-state-missing",
        QT_TRANSLATE_NOOP("Errors", "the current MAC key was removed from the vault"),
    )
    AUDIT_MAC_KEY_AHEAD = (
        "audit-mac-key-ahead",
        QT_TRANSLATE_NOOP(
            "Errors",
            "the current MAC key has moved past the last event: events from {seq} on were deleted",
        ),
    )
    AUDIT_CHECKPOINT_BEYOND_HEAD = (
        "audit-checkpoint-beyond-head",
        QT_TRANSLATE_NOOP(
            "Errors",
            "a signed checkpoint reached this event but the chain now ends before it: events "
            "were deleted or the vault folder was replaced by an older copy",
        ),
    )
    AUDIT_CHECKPOINT_DIVERGED = (
        "audit-checkpoint-diverged",
        QT_TRANSLATE_NOOP(
            "Errors",
            "it is not the event a signed checkpoint recorded here: the chain was rewritten "
            "or the vault folder replaced",
        ),
    )
    CHECKPOINT_MALFORMED = (
        "checkpoint-malformed",
        QT_TRANSLATE_NOOP("Errors", "it is not a SecureDesk audit checkpoint"),
    )
    CHECKPOINT_SIGNATURE_MISSING = (
        "checkpoint-signature-missing",
        QT_TRANSLATE_NOOP("Errors", "its signature file {signature} cannot be read"),
    )
    CHECKPOINT_SIGNATURE_BAD = (
        "checkpoint-signature-bad",
        QT_TRANSLATE_NOOP("Errors", "its signature does not verify with this terminal's key"),
    )
    CHECKPOINT_NO_TERMINAL_KEY = (
        "checkpoint-no-terminal-key",
        QT_TRANSLATE_NOOP(
            "Errors",
            "this vault has no terminal key, so it cannot have signed it: the vault folder may "
            "have been replaced by a copy older than the checkpoint",
        ),
    )
    CHECKPOINT_OTHER_VAULT = (
        "checkpoint-other-vault",
        QT_TRANSLATE_NOOP("Errors", "it was made for another vault ({vault_id})"),
    )


@enum.unique
class Field(Kind):
    """What a person was filling in (the {what} of a message about text or a date).

    The English starts a sentence; a translation may be worded to sit inside one.
    """

    SUBJECT_NAME = "field-subject-name", QT_TRANSLATE_NOOP("Errors", "The subject's name")
    DATE_OF_BIRTH = "field-date-of-birth", QT_TRANSLATE_NOOP("Errors", "The date of birth")
    REFERRAL_DATE = "field-referral-date", QT_TRANSLATE_NOOP("Errors", "The referral date")
    REFERRAL_SOURCE = "field-referral-source", QT_TRANSLATE_NOOP("Errors", "The referral source")
    CLOSING_REASON = "field-closing-reason", QT_TRANSLATE_NOOP("Errors", "The closing reason")
    ITEM_DATE = "field-item-date", QT_TRANSLATE_NOOP("Errors", "The item's date")
    AGENCY = "field-agency", QT_TRANSLATE_NOOP("Errors", "The agency")
    AUTHOR = "field-author", QT_TRANSLATE_NOOP("Errors", "The author")
    ITEM_TEXT = "field-item-text", QT_TRANSLATE_NOOP("Errors", "The item's text")
    CAVEAT = "field-caveat", QT_TRANSLATE_NOOP("Errors", "A caveat")
    EVENT_DATE = "field-event-date", QT_TRANSLATE_NOOP("Errors", "The event's date")
    SUMMARY = "field-summary", QT_TRANSLATE_NOOP("Errors", "The summary")
    ACTION = "field-action", QT_TRANSLATE_NOOP("Errors", "The action")
    OWNER = "field-owner", QT_TRANSLATE_NOOP("Errors", "The owner")
    UPDATE = "field-update", QT_TRANSLATE_NOOP("Errors", "The update")
    ASSESSMENT_DATE = "field-assessment-date", QT_TRANSLATE_NOOP("Errors", "The assessment date")
    SUMMARY_CONCLUSION = (
        "field-summary-conclusion",
        QT_TRANSLATE_NOOP("Errors", "The summary conclusion"),
    )
    MEETING_TITLE = (
        "field-meeting-title",
        QT_TRANSLATE_NOOP("Errors", "The meeting's title"),
    )
    MEETING_PLACE = "field-meeting-place", QT_TRANSLATE_NOOP("Errors", "The place")
    CONFIDENTIALITY_STATEMENT = (
        "field-confidentiality-statement",
        QT_TRANSLATE_NOOP("Errors", "The confidentiality statement"),
    )
    MEMBER_NAME = (
        "field-member-name",
        QT_TRANSLATE_NOOP("Errors", "The member's name"),
    )
    MEMBER_AGENCY = (
        "field-member-agency",
        QT_TRANSLATE_NOOP("Errors", "The member's agency"),
    )
    DECISION_SOUGHT = (
        "field-decision-sought",
        QT_TRANSLATE_NOOP("Errors", "The decision sought"),
    )
    MINUTES_DISCUSSION = (
        "field-minutes-discussion",
        QT_TRANSLATE_NOOP("Errors", "The discussion"),
    )
    MINUTES_DECISION = (
        "field-minutes-decision",
        QT_TRANSLATE_NOOP("Errors", "The decision"),
    )
    MINUTES_RATIONALE = (
        "field-minutes-rationale",
        QT_TRANSLATE_NOOP("Errors", "The rationale"),
    )
    MINUTES_DISSENT = (
        "field-minutes-dissent",
        QT_TRANSLATE_NOOP("Errors", "The dissent"),
    )
    COPY_NOTE = "field-copy-note", QT_TRANSLATE_NOOP("Errors", "The note")
