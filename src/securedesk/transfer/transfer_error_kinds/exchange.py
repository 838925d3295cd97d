"""The messages of making and managing exchanges: export, receipts, contact cards and this
terminal's keys, the trust store, import conflicts."""

from __future__ import annotations

import enum

from securedesk.core.error_kinds import QT_TRANSLATE_NOOP, Kind


@enum.unique
class ExchangeErrorKind(Kind):
    """Failures while exporting, issuing receipts, handling cards and keys, keeping the trust
    store and settling import conflicts."""

    # --- export -----------------------------------------------------------------------------
    EXPORT_NO_RECIPIENT = (
        "export-no-recipient",
        QT_TRANSLATE_NOOP(
            "Errors", "Name at least one recipient (--to FINGERPRINT from 'trust list')."
        ),
    )
    EXPORT_TOO_MANY_RECIPIENTS = (
        "export-too-many-recipients",
        QT_TRANSLATE_NOOP("Errors", "A bundle goes to at most {limit} recipients."),
    )
    EXPORT_TO_ITSELF = (
        "export-to-itself",
        QT_TRANSLATE_NOOP("Errors", "This terminal cannot send a bundle to itself."),
    )
    EXPORT_RECIPIENT_EXPIRED = (
        "export-recipient-trust-lapsed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The recipient {recipient} ({fingerprint}) is expired in the trust store; "
            "nothing is sent to it. An administrator can renew a current contact card.",
        ),
    )
    EXPORT_RECIPIENT_REVOKED = (
        "export-recipient-was-revoked",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The recipient {recipient} ({fingerprint}) is revoked in the trust store; "
            "nothing is sent to it. An administrator can renew a current contact card.",
        ),
    )
    EXPORT_EXPIRY_DAYS = (
        "export-expiry-days",
        QT_TRANSLATE_NOOP("Errors", "A bundle expires after 1 to {limit} days."),
    )
    EXPORT_NO_CASE = (
        "export-no-case",
        QT_TRANSLATE_NOOP("Errors", "Choose at least one case (--case REF)."),
    )
    EXPORT_TOO_MANY_CASES = (
        "export-too-many-cases",
        QT_TRANSLATE_NOOP("Errors", "A bundle holds at most {limit:,} cases; split the export."),
    )
    EXPORT_ABOVE_RECIPIENT_CEILING = (
        "export-above-recipient-ceiling",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Case {ref} is {marking}; {recipient} ({fingerprint}) accepts at most {ceiling}. "
            "Nothing was written; leave the case out or choose another recipient.",
        ),
    )
    EXPORT_NOT_MOVED = (
        "export-not-moved-into-place",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The bundle could not be moved into place ({os_error}); nothing was sent. "
            "Check the media and try again.",
        ),
    )
    EXPORT_CASE_MISSING = (
        "export-case-missing",
        QT_TRANSLATE_NOOP("Errors", "There is no case with id {case_id}."),
    )
    # Handling caveats at export (core/cases/caveats.py).
    EXPORT_WITHHELD_STRICT = (
        "export-withheld-under-caveats",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Case {ref} has {count} item(s) whose handling caveats keep them from these "
            "recipients, and strict mode sends no case with a gap. Nothing was written; leave "
            "the case out, or export without --strict to send it with the gap stated.",
        ),
    )
    EXPORT_OVERRIDE_NOT_ALLOWED = (
        "export-caveat-override-not-allowed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This terminal's policy does not allow handling caveats to be overridden "
            "(caveat_overrides is off). Nothing was written; item {item_id} stays withheld.",
        ),
    )
    EXPORT_OVERRIDE_UNKNOWN_CAVEAT = (
        "export-caveat-override-unknown",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Item {item_id} carries a handling caveat this terminal does not know, which no "
            "override can release. Nothing was written; ask its originator to restate it.",
        ),
    )
    EXPORT_OVERRIDE_NO_JUSTIFICATION = (
        "export-caveat-override-no-justification",
        QT_TRANSLATE_NOOP(
            "Errors",
            "An override of item {item_id}'s handling caveats needs a justification (who "
            "consented, or why the caveat does not apply). Nothing was written.",
        ),
    )
    EXPORT_OVERRIDE_NOT_WITHHELD = (
        "export-caveat-override-not-withheld",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Item {item_id} is not an item that its caveats keep out of this bundle, so there "
            "is nothing to override. Nothing was written; check the item id.",
        ),
    )
    EXPORT_OVERRIDE_PAIRS = (
        "export-caveat-override-pairs",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Give one --justification for each --override-caveat, or one for them all "
            "({overrides} override(s), {justifications} justification(s) given). Nothing was "
            "written.",
        ),
    )
    EXPORT_OVERRIDE_CORRECTION_ALONE = (
        "export-caveat-override-correction-alone",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Item {item_id} corrects item {superseded}, which stays withheld; a correction "
            "cannot travel without what it corrects. Nothing was written; override both or "
            "neither.",
        ),
    )
    FILE_EXISTS = (
        "transfer-file-exists",
        QT_TRANSLATE_NOOP("Errors", "{path} already exists; SecureDesk never overwrites a file."),
    )

    # --- receipts ---------------------------------------------------------------------------
    RECEIPT_NOTHING_IMPORTED = (
        "receipt-nothing-to-acknowledge",
        QT_TRANSLATE_NOOP(
            "Errors",
            "No bundle {bundle_id} has been imported here, so there is nothing to acknowledge. "
            "'securedesk bundle import' first.",
        ),
    )
    RECEIPT_SENDER_NOT_TRUSTED = (
        "receipt-sender-not-trusted",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The sender {sender} is no longer trusted here; no receipt can be sent to it.",
        ),
    )
    RECEIPT_ABSENT = (
        "receipt-absent",
        QT_TRANSLATE_NOOP("Errors", "The receipt bundle holds no receipt."),
    )
    RECEIPT_FIELDS_WRONG = (
        "receipt-fields-wrong",
        QT_TRANSLATE_NOOP("Errors", "{where} does not have the receipt's fields."),
    )
    RECEIPT_FOR_UNSENT_BUNDLE = (
        "receipt-for-unsent-bundle",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The receipt acknowledges a bundle this terminal did not send to that terminal.",
        ),
    )
    RECEIPT_OTHER_CONTENT = (
        "receipt-other-content",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The receipt names a different bundle content than the one sent; it was not made "
            "for this transfer.",
        ),
    )
    RECEIPT_COUNTS_NOT_NUMBERS = (
        "receipt-counts-not-numbers",
        QT_TRANSLATE_NOOP("Errors", "{where}: the counts are not numbers."),
    )
    RECEIPT_ALREADY_RECORDED = (
        "receipt-already-recorded",
        QT_TRANSLATE_NOOP("Errors", "A receipt from that terminal is already recorded for it."),
    )
    RECEIPT_CHECKPOINT_MALFORMED = (
        "receipt-checkpoint-malformed",
        QT_TRANSLATE_NOOP(
            "Errors", "{where}: the audit checkpoint it carries is not in the checkpoint format."
        ),
    )
    RECEIPT_CHECKPOINT_NOT_SIGNED = (
        "receipt-checkpoint-not-signed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{where}: the audit checkpoint it carries is not signed by the sending terminal.",
        ),
    )
    PARTNER_CHECKPOINTS_NONE = (
        "partner-checkpoints-none",
        QT_TRANSLATE_NOOP(
            "Errors",
            "No receipt from the terminal {fingerprint} has carried an audit checkpoint.",
        ),
    )

    # --- contact cards and this terminal's keys ---------------------------------------------
    CARD_REFUSED = (
        "card-refused",
        QT_TRANSLATE_NOOP(
            "Errors", "The contact card {problem}. Ask the partner for a fresh card."
        ),
    )
    FINGERPRINT_INVALID = (
        "fingerprint-invalid",
        QT_TRANSLATE_NOOP(
            "Errors",
            "'{text}' is not a terminal fingerprint: a fingerprint is {digits} digits, as "
            "shown by 'securedesk trust list' or 'securedesk keys show'.",
        ),
    )
    TERMINAL_NAME_INVALID = (
        "terminal-name-invalid",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The terminal name must be 1 to {limit} characters with no line breaks or "
            "control characters.",
        ),
    )
    ORGANISATION_INVALID = (
        "organisation-invalid",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The organisation must be 1 to {limit} characters with no line breaks or "
            "control characters.",
        ),
    )
    SECRET_KEY_FILE_EXISTS = (
        "secret-key-file-exists",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} already exists; a secret key is never written over another file. "
            "Choose a new file name.",
        ),
    )
    SECRET_KEY_NOT_WRITTEN = (
        "secret-key-not-written",
        QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {os_error}."),
    )

    # --- the trust store --------------------------------------------------------------------
    TRUST_EXPIRY_NOT_FUTURE = (
        "trust-expiry-not-future",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The expiry {expires} is not in the future; give a date after today "
            "(--expires YYYY-MM-DD).",
        ),
    )
    TRUST_EXPIRY_TOO_FAR = (
        "trust-expiry-too-far",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The expiry {expires} is more than {years} years ahead; trust a partner until "
            "{latest} at the latest and renew it with a fresh card.",
        ),
    )
    TRUST_CEILING_ABOVE_CARD = (
        "trust-ceiling-above-card",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The card says its terminal accepts nothing above {card_ceiling}; "
            "a ceiling of {ceiling} cannot be set for it.",
        ),
    )
    TRUST_OWN_CARD = (
        "trust-own-card",
        QT_TRANSLATE_NOOP(
            "Errors",
            "That is this terminal's own contact card; add the card of a partner terminal instead.",
        ),
    )
    TRUST_REVOKED_FOR_GOOD = (
        "trust-revoked-for-good",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The terminal with fingerprint {fingerprint} was revoked on {revoked_on} by "
            "{revoked_by}; revoked keys are never trusted again. Ask the partner to make new "
            "keys and send a new card.",
        ),
    )
    TRUST_KEY_REUSED = (
        "trust-key-reused",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The card reuses a key of another entry in the trust store ({other}); a key "
            "belongs to one terminal only. Ask the partner for a card with new keys.",
        ),
    )
    TRUST_ALREADY_REVOKED = (
        "trust-already-revoked",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The terminal with fingerprint {fingerprint} was already revoked on {revoked_on}; "
            "nothing was changed.",
        ),
    )
    TRUST_TERMINAL_NOT_FOUND = (
        "trust-terminal-not-found",
        QT_TRANSLATE_NOOP(
            "Errors",
            "No terminal with fingerprint {fingerprint} is in the trust store. "
            "'securedesk trust list' shows those that are; add a partner's card with "
            "'securedesk trust add CARD --expires YYYY-MM-DD'.",
        ),
    )

    # --- import conflicts -------------------------------------------------------------------
    CONFLICT_NOT_OPEN = (
        "import-conflict-not-open",
        QT_TRANSLATE_NOOP(
            "Errors",
            "There is no open import conflict {conflict_id}. "
            "'securedesk bundle conflicts' lists them.",
        ),
    )
