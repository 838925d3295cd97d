"""Every kind of failure the transfer package reports: bundles, receipts, contact cards, this
terminal's keys and the trust store, each with its stable code and English template.

The refusal reason a bundle error also carries (refusal_reasons.RefusalReason) stays the
contract that scripts and the audit chain compare; the kind says which wording the interface
shows. Data are file and entry names, ids, fingerprints, terminal names, markings and counts:
never case content. Phrases the code chooses (where in a bundle, what was wrong with a field)
are `TransferDetail` members, worded with the same data.
"""

from __future__ import annotations

import enum
from typing import Self

from securedesk.core.error_kinds import QT_TRANSLATE_NOOP, Kind, word


@enum.unique
class TransferErrorKind(Kind):
    """Bundles, receipts, contact cards, terminal keys and the trust store."""

    # --- reading a file ---------------------------------------------------------------------
    CANCELLED = (
        "transfer-cancelled",
        QT_TRANSLATE_NOOP("Errors", "Cancelled. Nothing was imported and the vault is as it was."),
    )
    BUNDLE_UNREADABLE = (
        "bundle-unreadable",
        QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {os_error}. Check the media and name."),
    )
    CARD_UNREADABLE = (
        "card-unreadable",
        QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {os_error}."),
    )
    CARD_FILE_UNREADABLE = (
        "card-file-unreadable",
        QT_TRANSLATE_NOOP("Errors", "Cannot read the card file {path}: {os_error}."),
    )
    TRUNCATED = (
        "bundle-truncated",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The {where} ends too early: the file is truncated (copied incompletely, or the "
            "media was removed while writing). Copy it again from the sender's media.",
        ),
    )

    # --- the outer archive and the payload archive ------------------------------------------
    PADDING_NOT_ZERO = (
        "bundle-padding-not-zero",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The {where} has bytes where only zero padding belongs; it was altered. "
            "Do not import it.",
        ),
    )
    ARCHIVE_DAMAGED = (
        "bundle-archive-damaged",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The {where} is not a well-formed bundle archive ({problem}). The file was damaged, "
            "truncated or altered; ask the sender for a fresh copy.",
        ),
    )
    ENTRY_NOT_A_FILE = (
        "bundle-entry-not-a-file",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The {where} contains {entry_type}; bundles hold regular files only. "
            "The bundle was not made by SecureDesk. Do not import it.",
        ),
    )
    ENTRY_LINK = (
        "bundle-entry-link",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The {where} contains an entry with a link target or a long name prefix; "
            "bundles never do. Do not import it.",
        ),
    )
    ENTRY_ABSOLUTE_PATH = (
        "bundle-entry-absolute-path",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The {where} names an entry with an absolute path; bundles never do. Do not import it.",
        ),
    )
    ENTRY_CLIMBS_OUT = (
        "bundle-entry-climbs-out",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The {where} names an entry that climbs out of its folder ('..'); "
            "bundles never do. Do not import it.",
        ),
    )
    ENTRY_OUT_OF_PLACE = (
        "bundle-entry-out-of-place",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The bundle file holds an entry where {expected} should be; it was not made "
            "by SecureDesk or was altered. Do not import it.",
        ),
    )
    ENTRY_OVER_LIMIT = (
        "bundle-entry-over-limit",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{entry} in the bundle is larger than the {limit:,}-byte limit. Do not import it.",
        ),
    )
    DATA_AFTER_END = (
        "bundle-data-after-end",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The bundle file has data after its end; it was altered or two files were joined. "
            "Do not import it.",
        ),
    )
    PAYLOAD_ENTRY_UNEXPECTED = (
        "payload-entry-unexpected",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The payload holds {what}; SecureDesk bundles never do. It was altered or not made "
            "by SecureDesk. Do not import it.",
        ),
    )
    PAYLOAD_DATA_AFTER_END = (
        "payload-data-after-end",
        QT_TRANSLATE_NOOP("Errors", "The payload has data after its end. Do not import it."),
    )
    PAYLOAD_ENTRY_OVER_LIMIT = (
        "payload-entry-over-limit",
        QT_TRANSLATE_NOOP(
            "Errors",
            "An entry in the payload is {size:,} bytes, above the {limit:,}-byte "
            "limit for its kind. Do not import it.",
        ),
    )
    ATTACHMENT_ALTERED = (
        "payload-attachment-altered",
        QT_TRANSLATE_NOOP(
            "Errors",
            "An attachment's bytes do not match the SHA-256 it is named by; it was "
            "altered or damaged. Do not import it.",
        ),
    )
    SUMS_WRONG = (
        "payload-sums-wrong",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The payload's SHA256SUMS does not list exactly the entries it holds, with "
            "their hashes; the payload was altered. Do not import it.",
        ),
    )
    RECORD_FILE_INCOMPLETE = (
        "record-file-incomplete",
        QT_TRANSLATE_NOOP("Errors", "{entry} does not end with a complete line. Do not import it."),
    )
    JSON_REFUSED = (
        "bundle-json-refused",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{where} {problem}. The bundle was altered or not made by SecureDesk; "
            "do not import it.",
        ),
    )

    # --- signatures -------------------------------------------------------------------------
    SIGNATURE_TOO_LARGE = (
        "signature-too-large",
        QT_TRANSLATE_NOOP("Errors", "The signature {member} is larger than any real signature."),
    )
    SIGNATURE_NOT_MINISIGN = (
        "signature-not-minisign",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The signature {member} is not a minisign signature ({error}); "
            "the bundle was damaged or altered. Ask the sender for a fresh copy.",
        ),
    )
    SIGNATURE_COMMENT_ALTERED = (
        "signature-comment-altered",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The signature {member} has been altered (its comment line is not SecureDesk's). "
            "Ask the sender for a fresh copy.",
        ),
    )
    SIGNATURE_NOT_CANONICAL = (
        "signature-not-canonical",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The signature {member} has been altered (not in canonical form). "
            "Ask the sender for a fresh copy.",
        ),
    )
    SIGNATURE_NOT_PREHASHED = (
        "signature-not-prehashed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The signature {member} is not in minisign's pre-hashed mode, which SecureDesk "
            "bundles always use. The bundle was not made by SecureDesk or was altered.",
        ),
    )
    SIGNATURE_OTHER_KEY = (
        "signature-other-key",
        QT_TRANSLATE_NOOP(
            "Errors", "The signature {member} was made with a different key than the sender's."
        ),
    )
    SIGNATURE_DOES_NOT_MATCH = (
        "signature-does-not-match",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The signature over {member} does not match: the bundle was altered or damaged "
            "after it was signed. Do not import it; ask the sender for a fresh copy.",
        ),
    )
    SIGNATURE_FROM_ELSEWHERE = (
        "signature-from-elsewhere",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The signature over {member} belongs to another bundle or member; the bundle was "
            "assembled from parts. Do not import it.",
        ),
    )

    # --- the envelope and its sender --------------------------------------------------------
    FIELD_INVALID = (
        "bundle-field-invalid",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{where}: the field '{field}' {problem}. The bundle was altered or not made by "
            "a compatible SecureDesk; do not import it.",
        ),
    )
    FORMAT_UNKNOWN = (
        "bundle-format-unknown",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{where} is format version {found}; this SecureDesk reads version {known}. "
            "Ask the sender which version made it.",
        ),
    )
    SENDER_NOT_TRUSTED = (
        "bundle-sender-not-trusted",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The bundle is signed by a terminal that is not in the trust store (key "
            "{key_id}). An administrator must add that terminal's contact card, after "
            "checking its fingerprint with the sender, before its bundles are accepted.",
        ),
    )
    SENDER_NOT_SIGNER = (
        "bundle-sender-not-signer",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The envelope names a different sender than the key that signed it. Do not import it.",
        ),
    )
    SENDER_WAS_REVOKED = (
        "bundle-sender-was-revoked",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The sending terminal ({fingerprint}) has been revoked in the trust store; "
            "its bundles are refused. Speak to your administrator.",
        ),
    )
    SENDER_TRUST_LAPSED = (
        "bundle-sender-trust-lapsed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The trust in the sending terminal ({fingerprint}) has expired. An administrator "
            "must renew it (securedesk trust add CARD --expires DATE) after checking the "
            "fingerprint again.",
        ),
    )
    BUNDLE_PAST_EXPIRY = (
        "bundle-past-expiry",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Bundle {bundle_id} expired on {expires} UTC and is no longer accepted. "
            "Ask the sender to export a new one.",
        ),
    )

    # --- the encrypted payload --------------------------------------------------------------
    PAYLOAD_NOT_AGE_FILE = (
        "payload-not-age-file",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The bundle's payload is not an age-encrypted file; it was damaged or altered. "
            "Ask the sender for a fresh copy.",
        ),
    )
    PAYLOAD_HEADER_OVERSIZE = (
        "payload-header-oversize",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The payload's encryption header is longer than {limit_kib} KiB or unfinished; "
            "bundles never need that. Do not import it.",
        ),
    )
    PAYLOAD_RECIPIENTS_OVER_LIMIT = (
        "payload-recipients-over-limit",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The payload is encrypted to more recipients than the {limit} a bundle may name, "
            "or with key types SecureDesk does not use. Do not import it.",
        ),
    )
    PAYLOAD_RECIPIENT_COUNT = (
        "payload-recipient-count",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The payload is encrypted to {found} recipient(s) but its envelope names "
            "{expected}; it was re-encrypted or altered. Do not import it.",
        ),
    )
    PAYLOAD_WRONG_SIZE = (
        "payload-wrong-size",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The payload is not the size its signed envelope states; it was altered or "
            "truncated. Do not import it.",
        ),
    )
    PAYLOAD_WRONG_HASH = (
        "payload-wrong-hash",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The payload does not match the SHA-256 in its signed envelope. Do not import it.",
        ),
    )
    PAYLOAD_FAILED_CHECK = (
        "payload-failed-check",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The encrypted payload failed its integrity check while being decrypted "
            "(damaged, truncated or altered). Nothing was imported.",
        ),
    )
    PAYLOAD_FOR_OTHERS = (
        "payload-for-other-terminals",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This terminal's key cannot open the payload: the bundle was encrypted for "
            "other terminals. Do not import it.",
        ),
    )

    # --- inside the payload -----------------------------------------------------------------
    INNER_SIGNED_BY_OTHER = (
        "inner-signed-by-other",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The {member} inside is signed by a different terminal than the one that "
            "signed the envelope: the content was forwarded by someone else as if it came "
            "from its author. Do not import it; report it to your administrator.",
        ),
    )
    MANIFEST_DISAGREES = (
        "manifest-disagrees",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The signed manifest inside does not agree with the envelope outside (bundle, "
            "sender, recipients or dates differ); it was altered. Do not import it.",
        ),
    )
    MANIFEST_READDRESSED = (
        "manifest-readdressed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The signed manifest inside does not name this terminal as a recipient: the "
            "content was re-addressed after the sender signed it. Do not import it.",
        ),
    )
    RECORDS_OVER_LIMIT = (
        "bundle-records-over-limit",
        QT_TRANSLATE_NOOP(
            "Errors", "The bundle holds more than {limit:,} records. Do not import it."
        ),
    )
    RECORD_ABOVE_ENVELOPE = (
        "record-above-envelope-marking",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{where}: a record is marked above the {declared} that the signed "
            "envelope declares, so a checkpoint was misled about what the bundle holds. "
            "Do not import it; report it to your administrator.",
        ),
    )

    # --- a record line ----------------------------------------------------------------------
    RECORD_NOT_BYTES = (
        "record-not-bytes",
        QT_TRANSLATE_NOOP("Errors", "{where}: the record is not bytes"),
    )
    RECORD_NOT_JSON = (
        "record-not-json",
        QT_TRANSLATE_NOOP("Errors", "{where}: the record {problem}"),
    )
    RECORD_TYPE_UNKNOWN = (
        "record-type-unknown",
        QT_TRANSLATE_NOOP("Errors", "{where}: the record's type is missing or not one of: {types}"),
    )
    RECORD_FIELD_WRONG = (
        "record-field-wrong",
        QT_TRANSLATE_NOOP("Errors", "{where}: {record_type} record: field '{field}' {problem}"),
    )

    # --- the records, as they are imported --------------------------------------------------
    RECORD_REPEATED = (
        "record-repeated",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{where}: a record with this {record}'s id came earlier in the "
            "bundle. The bundle is malformed; ask the sender for a new one.",
        ),
    )
    RECORD_ABOVE_CEILING = (
        "record-above-ceiling",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{where}: {a_record} marked {marking} is above this terminal's ceiling "
            "of {ceiling}. The bundle was refused; nothing was imported.",
        ),
    )
    RECORD_REFERS_TO_NOTHING = (
        "record-refers-to-nothing",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{where}: field '{field}' refers to {a_record} that is neither earlier in the "
            "bundle nor in this vault. The bundle is malformed; ask the sender for a new one.",
        ),
    )
    RECORD_SUPERSEDES_OTHER_CASE = (
        "record-supersedes-other-case",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{where}: field 'supersedes' refers to an item of another case. The bundle "
            "is malformed; ask the sender for a new one.",
        ),
    )
    ATTACHMENT_BYTES_TWICE = (
        "attachment-bytes-twice",
        QT_TRANSLATE_NOOP("Errors", "{where}: these attachment bytes arrived twice."),
    )
    ATTACHMENT_BYTES_UNCLAIMED = (
        "attachment-bytes-unclaimed",
        QT_TRANSLATE_NOOP(
            "Errors", "{where}: no attachment record earlier in the bundle has this SHA-256."
        ),
    )
    ATTACHMENT_WRONG_SIZE = (
        "attachment-wrong-size",
        QT_TRANSLATE_NOOP(
            "Errors", "{where}: the attachment is {size} bytes; its record says {expected}."
        ),
    )
    ATTACHMENT_WRONG_TYPE = (
        "attachment-wrong-type",
        QT_TRANSLATE_NOOP(
            "Errors", "{where}: the attachment's content is not the {media_type} its record says."
        ),
    )
    ATTACHMENT_BYTES_EARLY = (
        "attachment-bytes-early",
        QT_TRANSLATE_NOOP("Errors", "{where}: this attachment's bytes came before its record."),
    )
    ATTACHMENT_SIZES_DIFFER = (
        "attachment-sizes-differ",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{where}: two attachment records with the same SHA-256 give different sizes.",
        ),
    )
    ATTACHMENT_BYTES_NEVER_CAME = (
        "attachment-bytes-never-came",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The bytes of {count} attachment(s) named in the records never "
            "arrived. The bundle is incomplete; ask the sender for a new one.",
        ),
    )

    # --- policy at import -------------------------------------------------------------------
    BUNDLE_FOR_OTHERS = (
        "bundle-for-other-terminals",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Bundle {bundle_id} is addressed to other terminals, not this one. "
            "Do not import it; return it to the transfer officer.",
        ),
    )
    BUNDLE_ABOVE_CEILING = (
        "bundle-above-terminal-ceiling",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Bundle {bundle_id} holds {marking} material; this terminal holds nothing above "
            "{ceiling}. It was not opened.",
        ),
    )
    BUNDLE_OLDER = (
        "bundle-older-than-imported",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Bundle {bundle_id} is number {sequence} from {sender}, but number {older} has "
            "already been imported: it may be an old bundle replayed. If the sender confirms "
            "it is wanted, import it again with --accept-older.",
        ),
    )
    BUNDLE_CHANGED_SINCE_PREVIEW = (
        "bundle-changed-since-preview",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The bundle file changed since it was previewed. Preview it again before importing.",
        ),
    )

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


@enum.unique
class TransferDetail(Kind):
    """Words that complete a transfer message: where in a bundle, and what was wrong."""

    # --- where in a bundle (a `where`) ------------------------------------------------------
    BUNDLE = "in-the-bundle", QT_TRANSLATE_NOOP("Errors", "bundle")
    BUNDLE_FILE = "in-the-bundle-file", QT_TRANSLATE_NOOP("Errors", "bundle file")
    PAYLOAD = "in-the-payload", QT_TRANSLATE_NOOP("Errors", "payload")
    PAYLOAD_ARCHIVE = "in-the-payload-archive", QT_TRANSLATE_NOOP("Errors", "payload archive")
    RECORD_LINE = "in-a-record-line", QT_TRANSLATE_NOOP("Errors", "{entry} line {line}")

    # --- what is wrong with an archive entry's header (a `problem`) -------------------------
    ENDS_MID_ENTRY = (
        "header-ends-mid-entry",
        QT_TRANSLATE_NOOP("Errors", "it ends in the middle of an entry"),
    )
    CHECKSUM_NOT_A_NUMBER = (
        "header-checksum-not-a-number",
        QT_TRANSLATE_NOOP("Errors", "an entry's checksum is not a number"),
    )
    CHECKSUM_WRONG = (
        "header-checksum-wrong",
        QT_TRANSLATE_NOOP("Errors", "an entry's header checksum does not match"),
    )
    NOT_USTAR = (
        "header-not-ustar",
        QT_TRANSLATE_NOOP("Errors", "an entry is not in the ustar format"),
    )
    NAME_NOT_ASCII = (
        "header-name-not-ascii",
        QT_TRANSLATE_NOOP("Errors", "an entry's name is not plain ASCII"),
    )
    NAME_UNPRINTABLE = (
        "header-name-unprintable",
        QT_TRANSLATE_NOOP("Errors", "an entry's name holds unprintable characters"),
    )
    SIZE_NOT_A_NUMBER = (
        "header-size-not-a-number",
        QT_TRANSLATE_NOOP("Errors", "an entry's size is not a number"),
    )
    SIZE_NOT_STANDARD = (
        "header-size-not-standard",
        QT_TRANSLATE_NOOP("Errors", "an entry's size is not written the standard way"),
    )

    # --- an archive entry that is not a regular file (an `entry_type`) ----------------------
    HARD_LINK = "entry-hard-link", QT_TRANSLATE_NOOP("Errors", "a hard link")
    SYMBOLIC_LINK = "entry-symbolic-link", QT_TRANSLATE_NOOP("Errors", "a symbolic link")
    CHARACTER_DEVICE = (
        "entry-character-device",
        QT_TRANSLATE_NOOP("Errors", "a character device"),
    )
    BLOCK_DEVICE = "entry-block-device", QT_TRANSLATE_NOOP("Errors", "a block device")
    DIRECTORY = "entry-directory", QT_TRANSLATE_NOOP("Errors", "a directory")
    FIFO = "entry-fifo", QT_TRANSLATE_NOOP("Errors", "a FIFO")
    EXTENDED_HEADER = "entry-extended-header", QT_TRANSLATE_NOOP("Errors", "an extended header")
    GLOBAL_EXTENDED_HEADER = (
        "entry-global-extended-header",
        QT_TRANSLATE_NOOP("Errors", "a global extended header"),
    )
    LONG_NAME = "entry-long-name", QT_TRANSLATE_NOOP("Errors", "a long-name extension")
    LONG_LINK = "entry-long-link", QT_TRANSLATE_NOOP("Errors", "a long-link extension")
    UNKNOWN_TYPE = (
        "entry-unknown-type",
        QT_TRANSLATE_NOOP("Errors", "an entry of an unknown type"),
    )

    # --- what a payload holds that bundles never do (a `what`) ------------------------------
    ENTRY_OUT_OF_PLACE = (
        "payload-entry-out-of-place",
        QT_TRANSLATE_NOOP("Errors", "an entry out of its place"),
    )
    EXTRA_ENTRIES = "payload-extra-entries", QT_TRANSLATE_NOOP("Errors", "extra entries")
    NOT_IN_A_RECEIPT = (
        "payload-not-in-a-receipt",
        QT_TRANSLATE_NOOP("Errors", "an entry a receipt never holds"),
    )
    RECORD_FILES_OUT_OF_ORDER = (
        "payload-record-files-out-of-order",
        QT_TRANSLATE_NOOP("Errors", "record files out of order"),
    )
    TOO_MANY_RECORD_FILES = (
        "payload-too-many-record-files",
        QT_TRANSLATE_NOOP("Errors", "more than {limit:,} record files"),
    )
    TOO_MANY_ATTACHMENTS = (
        "payload-too-many-attachments",
        QT_TRANSLATE_NOOP("Errors", "more than {limit:,} attachments"),
    )
    UNKNOWN_ENTRY_NAME = (
        "payload-unknown-entry-name",
        QT_TRANSLATE_NOOP("Errors", "an entry with a name bundles never use"),
    )
    SAME_ATTACHMENT_TWICE = (
        "payload-same-attachment-twice",
        QT_TRANSLATE_NOOP("Errors", "the same attachment twice"),
    )

    # --- what is wrong with a JSON text (a `problem` that follows its subject) --------------
    JSON_LONGER_THAN_LIMIT = (
        "json-longer-than-limit",
        QT_TRANSLATE_NOOP("Errors", "is longer than {limit} bytes"),
    )
    JSON_NOT_UTF8 = "json-not-utf8", QT_TRANSLATE_NOOP("Errors", "is not valid UTF-8")
    JSON_NESTS_TOO_DEEP = (
        "json-nests-too-deep",
        QT_TRANSLATE_NOOP("Errors", "nests deeper than {max_depth} levels"),
    )
    JSON_KEY_TWICE = (
        "json-key-twice",
        QT_TRANSLATE_NOOP("Errors", "has the same key twice in one object"),
    )
    JSON_NOT_JSON = "json-not-json", QT_TRANSLATE_NOOP("Errors", "is not valid JSON")
    JSON_NOT_OBJECT = "json-not-object", QT_TRANSLATE_NOOP("Errors", "is not a JSON object")

    # --- what is wrong with a field of the envelope, the manifest or a record ---------------
    MISSING = "json-field-missing", QT_TRANSLATE_NOOP("Errors", "is missing")
    EMPTY = "json-field-empty", QT_TRANSLATE_NOOP("Errors", "is empty")
    NOT_AN_OBJECT = "json-field-not-an-object", QT_TRANSLATE_NOOP("Errors", "is not an object")
    NOT_EXPECTED = "json-field-not-expected", QT_TRANSLATE_NOOP("Errors", "is not expected")
    NOT_SHORT_TEXT = (
        "json-field-not-short-text",
        QT_TRANSLATE_NOOP("Errors", "is not a short line of text"),
    )
    WRONG_FORM = (
        "json-field-wrong-form",
        QT_TRANSLATE_NOOP("Errors", "does not have the right form"),
    )
    NOT_NUMBER_FROM_TO = (
        "json-field-not-number-from-to",
        QT_TRANSLATE_NOOP("Errors", "is not a whole number from {low} to {high}"),
    )
    NOT_UTC_TIME_SUCH_AS = (
        "json-field-not-utc-time-such-as",
        QT_TRANSLATE_NOOP("Errors", "is not a UTC time such as 2026-01-31T09:00:00Z"),
    )
    NOT_LIST_OF = (
        "json-field-not-list-of",
        QT_TRANSLATE_NOOP("Errors", "is not a list of {low} to {high} entries"),
    )
    NOT_ALL_OBJECTS = (
        "json-field-not-all-objects",
        QT_TRANSLATE_NOOP("Errors", "holds something other than objects"),
    )
    NOT_A_BUNDLE_KIND = (
        "json-field-not-a-bundle-kind",
        QT_TRANSLATE_NOOP("Errors", "is not records or receipt"),
    )
    NOT_A_UUID = "json-field-not-a-uuid", QT_TRANSLATE_NOOP("Errors", "is not a UUID")
    NOT_A_MARKING = (
        "json-field-not-a-marking",
        QT_TRANSLATE_NOOP("Errors", "is not a protective marking"),
    )
    NOT_AFTER_CREATION = (
        "json-field-not-after-creation",
        QT_TRANSLATE_NOOP("Errors", "is not after the creation time"),
    )
    TOO_LONG_AFTER_CREATION = (
        "json-field-too-long-after-creation",
        QT_TRANSLATE_NOOP("Errors", "is more than {days} days after the creation time"),
    )
    TERMINAL_TWICE = (
        "json-field-terminal-twice",
        QT_TRANSLATE_NOOP("Errors", "names a terminal twice"),
    )
    NOT_THE_FORMAT = "json-field-not-the-format", QT_TRANSLATE_NOOP("Errors", "is not {expected}")
    NOT_A_CASE_LIST = (
        "json-field-not-a-case-list",
        QT_TRANSLATE_NOOP("Errors", "is not a list of at most {limit} case ids"),
    )
    NOT_ALL_CASE_IDS = (
        "json-field-not-all-case-ids",
        QT_TRANSLATE_NOOP("Errors", "holds something other than case ids"),
    )
    CASE_TWICE = "json-field-case-twice", QT_TRANSLATE_NOOP("Errors", "names a case twice")
    NOT_A_STRING = "json-field-not-a-string", QT_TRANSLATE_NOOP("Errors", "is not a string")
    WRONG_LENGTH = (
        "json-field-wrong-length",
        QT_TRANSLATE_NOOP("Errors", "is not {low} to {high} characters long"),
    )
    NOT_UNICODE = "json-field-not-unicode", QT_TRANSLATE_NOOP("Errors", "is not valid Unicode text")
    HOLDS_NUL = "json-field-holds-nul", QT_TRANSLATE_NOOP("Errors", "contains a NUL character")
    HOLDS_CONTROLS = (
        "json-field-holds-controls",
        QT_TRANSLATE_NOOP("Errors", "contains control characters"),
    )
    NOT_ONE_OF = "json-field-not-one-of", QT_TRANSLATE_NOOP("Errors", "is not one of: {allowed}")
    NOT_A_LOWERCASE_UUID = (
        "json-field-not-a-lowercase-uuid",
        QT_TRANSLATE_NOOP("Errors", "is not a lowercase UUID"),
    )
    NOT_A_DATE = "json-field-not-a-date", QT_TRANSLATE_NOOP("Errors", "is not a date (YYYY-MM-DD)")
    NOT_AN_ISO_TIME = (
        "json-field-not-an-iso-time",
        QT_TRANSLATE_NOOP("Errors", "is not a UTC time (ISO 8601 with offset)"),
    )
    NOT_A_WHOLE_NUMBER = (
        "json-field-not-a-whole-number",
        QT_TRANSLATE_NOOP("Errors", "is not a whole number"),
    )
    OUTSIDE_RANGE = (
        "json-field-outside-range",
        QT_TRANSLATE_NOOP("Errors", "is outside {low}..{high}"),
    )
    NOT_A_SHA256 = (
        "json-field-not-a-sha256",
        QT_TRANSLATE_NOOP("Errors", "is not a SHA-256 (64 lowercase hexadecimal digits)"),
    )
    HOLDS_PATH_SEPARATOR = (
        "json-field-holds-path-separator",
        QT_TRANSLATE_NOOP("Errors", "contains a path separator"),
    )
    HOLDS_DOT_DOT = "json-field-holds-dot-dot", QT_TRANSLATE_NOOP("Errors", "contains '..'")
    DOT_OR_SPACES = (
        "json-field-dot-or-spaces",
        QT_TRANSLATE_NOOP("Errors", "begins with a dot or has surrounding spaces"),
    )
    NOT_A_LIST = "json-field-not-a-list", QT_TRANSLATE_NOOP("Errors", "is not a list")
    WRONG_ENTRY_COUNT = (
        "json-field-wrong-entry-count",
        QT_TRANSLATE_NOOP("Errors", "does not hold {low} to {high} entries"),
    )
    SAME_ENTRY_TWICE = (
        "json-field-same-entry-twice",
        QT_TRANSLATE_NOOP("Errors", "holds the same entry twice"),
    )
    NOT_A_FIELD = (
        "json-field-not-a-field",
        QT_TRANSLATE_NOOP("Errors", "is not a field of this record"),
    )
    REQUIRED_WHEN_CLOSED = (
        "json-field-required-when-closed",
        QT_TRANSLATE_NOOP("Errors", "is required when the case is closed"),
    )
    NOT_THE_NAME_ENDING = (
        "json-field-not-the-name-ending",
        QT_TRANSLATE_NOOP("Errors", "does not match the name's ending"),
    )

    # --- what is wrong with a contact card (a `problem` that follows "The contact card") ----
    CARD_OVERSIZE = (
        "card-oversize",
        QT_TRANSLATE_NOOP(
            "Errors",
            "is larger than {limit} bytes, the most a card can be: this file is not a contact card",
        ),
    )
    CARD_NOT_UTF8 = (
        "card-not-utf8",
        QT_TRANSLATE_NOOP("Errors", "is not UTF-8 text (bad byte at offset {offset})"),
    )
    CARD_WINDOWS_LINE_ENDS = (
        "card-windows-line-ends",
        QT_TRANSLATE_NOOP(
            "Errors", "has Windows line ends (CR LF) on line {line}; a card uses LF only"
        ),
    )
    CARD_CONTROL_CHARACTER = (
        "card-control-character",
        QT_TRANSLATE_NOOP(
            "Errors", "has a control or invisible character (U+{character}) on line {line}"
        ),
    )
    CARD_OTHER_VERSION = (
        "card-other-version",
        QT_TRANSLATE_NOOP(
            "Errors", "is of a version this SecureDesk does not read ('{first_line}')"
        ),
    )
    CARD_NO_HEADER = (
        "card-no-header",
        QT_TRANSLATE_NOOP("Errors", "does not start with the line '{header}'"),
    )
    CARD_TOO_MANY_LINES = (
        "card-too-many-lines",
        QT_TRANSLATE_NOOP("Errors", "has more than {limit} lines"),
    )
    CARD_UNKNOWN_LINE = (
        "card-unknown-line",
        QT_TRANSLATE_NOOP("Errors", "has an unknown line {line} ('{text}')"),
    )
    CARD_LINE_TWICE = (
        "card-line-twice",
        QT_TRANSLATE_NOOP("Errors", "has the '{key}' line twice"),
    )
    CARD_LINE_OUT_OF_ORDER = (
        "card-line-out-of-order",
        QT_TRANSLATE_NOOP("Errors", "has '{key}' on line {line} where '{expected}' belongs"),
    )
    CARD_STOPS_AT_LINE = (
        "card-stops-at-line",
        QT_TRANSLATE_NOOP(
            "Errors",
            "is incomplete: it stops at or before its '{key}' line (it may have been cut "
            "short when copied)",
        ),
    )
    CARD_STOPS_AT_FIRST_LINE = (
        "card-stops-at-first-line",
        QT_TRANSLATE_NOOP(
            "Errors",
            "is incomplete: it stops at or before its 'first' line (it may have been cut "
            "short when copied)",
        ),
    )
    CARD_STOPS_AT_LAST_LINE = (
        "card-stops-at-last-line",
        QT_TRANSLATE_NOOP(
            "Errors",
            "is incomplete: it stops at or before its 'last' line (it may have been cut "
            "short when copied)",
        ),
    )
    CARD_FIELD_WRONG = "card-field-wrong", QT_TRANSLATE_NOOP("Errors", "'{key}' {field_problem}")
    CARD_FIELD_EMPTY_OR_SPACED = (
        "card-field-empty-or-spaced",
        QT_TRANSLATE_NOOP("Errors", "'{key}' is empty or has stray spaces"),
    )
    CARD_UNKNOWN_CEILING = (
        "card-unknown-ceiling",
        QT_TRANSLATE_NOOP("Errors", "has an unknown ceiling (use one of {allowed})"),
    )
    CARD_CREATED_NOT_A_DATE = (
        "card-created-not-a-date",
        QT_TRANSLATE_NOOP("Errors", "has a 'Created' date that is not YYYY-MM-DD"),
    )
    CARD_AGE_KEY_INVALID = (
        "card-age-key-invalid",
        QT_TRANSLATE_NOOP("Errors", "has an age recipient that is not a valid age1... key"),
    )
    CARD_MINISIGN_KEY_INVALID = (
        "card-minisign-key-invalid",
        QT_TRANSLATE_NOOP("Errors", "has a minisign public key that is not a valid Ed25519 key"),
    )
    CARD_FINGERPRINT_WRONG = (
        "card-fingerprint-wrong",
        QT_TRANSLATE_NOOP(
            "Errors", "has a fingerprint that does not match its keys: it was altered or damaged"
        ),
    )
    CARD_SIGNATURE_WRONG = (
        "card-signature-wrong",
        QT_TRANSLATE_NOOP(
            "Errors",
            "has a signature that does not verify: it was altered or damaged after signing",
        ),
    )
    # What is wrong with a card's name or organisation (a `field_problem`).
    LONGER_THAN = (
        "card-field-longer-than",
        QT_TRANSLATE_NOOP("Errors", "is longer than {limit} characters"),
    )
    SPACES_AT_ENDS = (
        "card-field-spaces-at-ends",
        QT_TRANSLATE_NOOP("Errors", "has spaces at its start or end"),
    )
    HOLDS_A_CONTROL = (
        "card-field-holds-a-control",
        QT_TRANSLATE_NOOP("Errors", "holds a control character"),
    )

    # --- a record type, bare (a `record`) and with its article (an `a_record`) --------------
    PERSON = "record-type-person", QT_TRANSLATE_NOOP("Errors", "person")
    PERSON_LINK = "record-type-person-link", QT_TRANSLATE_NOOP("Errors", "person link")
    CASE = "record-type-case", QT_TRANSLATE_NOOP("Errors", "case")
    ITEM = "record-type-item", QT_TRANSLATE_NOOP("Errors", "item")
    CHRONOLOGY_ENTRY = (
        "record-type-chronology-entry",
        QT_TRANSLATE_NOOP("Errors", "chronology entry"),
    )
    ASSESSMENT = "record-type-assessment", QT_TRANSLATE_NOOP("Errors", "assessment")
    ACTION = "record-type-action", QT_TRANSLATE_NOOP("Errors", "action")
    ATTACHMENT = "record-type-attachment", QT_TRANSLATE_NOOP("Errors", "attachment")
    A_PERSON = "a-record-person", QT_TRANSLATE_NOOP("Errors", "a person")
    A_PERSON_LINK = "a-record-person-link", QT_TRANSLATE_NOOP("Errors", "a person link")
    A_CASE = "a-record-case", QT_TRANSLATE_NOOP("Errors", "a case")
    AN_ITEM = "a-record-item", QT_TRANSLATE_NOOP("Errors", "an item")
    A_CHRONOLOGY_ENTRY = (
        "a-record-chronology-entry",
        QT_TRANSLATE_NOOP("Errors", "a chronology entry"),
    )
    AN_ASSESSMENT = "a-record-assessment", QT_TRANSLATE_NOOP("Errors", "an assessment")
    AN_ACTION = "a-record-action", QT_TRANSLATE_NOOP("Errors", "an action")
    AN_ATTACHMENT = "a-record-attachment", QT_TRANSLATE_NOOP("Errors", "an attachment")


# A record type's name, bare and with its article, for the messages that name one.
RECORD_NOUNS: dict[str, tuple[TransferDetail, TransferDetail]] = {
    "person": (TransferDetail.PERSON, TransferDetail.A_PERSON),
    "person_link": (TransferDetail.PERSON_LINK, TransferDetail.A_PERSON_LINK),
    "case": (TransferDetail.CASE, TransferDetail.A_CASE),
    "item": (TransferDetail.ITEM, TransferDetail.AN_ITEM),
    "chronology_entry": (TransferDetail.CHRONOLOGY_ENTRY, TransferDetail.A_CHRONOLOGY_ENTRY),
    "assessment": (TransferDetail.ASSESSMENT, TransferDetail.AN_ASSESSMENT),
    "action": (TransferDetail.ACTION, TransferDetail.AN_ACTION),
    "attachment": (TransferDetail.ATTACHMENT, TransferDetail.AN_ATTACHMENT),
}


class RecordLine(str):
    """A line of a record file in a payload ("records/000001.jsonl line 3").

    It is the English text, so it goes wherever a place in a bundle goes (an attachment's
    place is its entry name), and `where_data` turns it back into the entry and line number
    an error carries, so the window words it in the user's language.
    """

    entry: str
    line: int

    def __new__(cls, entry: str, line: int) -> Self:
        place = super().__new__(
            cls, word(TransferDetail.RECORD_LINE, {"entry": entry, "line": line})
        )
        place.entry = entry
        place.line = line
        return place


def where_data(where: str) -> dict[str, object]:
    """An error's data for a place in a payload: a record line, or an entry's name."""
    if isinstance(where, RecordLine):
        return {"where": TransferDetail.RECORD_LINE, "entry": where.entry, "line": where.line}
    return {"where": where}
