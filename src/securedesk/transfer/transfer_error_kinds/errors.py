"""The full messages of the transfer package's failures."""

from __future__ import annotations

import enum

from securedesk.core.error_kinds import QT_TRANSLATE_NOOP, Kind


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
    RECORD_ID_REPEATED = (
        "record-id-repeated",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{where}: {record} {record_id}: a record or action update with this id came "
            "earlier in the bundle. The bundle is malformed; ask the sender for a new one.",
        ),
    )
    ACTION_UPDATE_REPEATED = (
        "action-update-id-repeated",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{where}: action {record_id}: its update {update_id} has the id of a record or "
            "action update earlier in the bundle. The bundle is malformed; ask the sender "
            "for a new one.",
        ),
    )
    RECORD_ID_HELD_ELSEWHERE = (
        "record-id-held-elsewhere",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{where}: {record} {record_id}: this vault holds {a_holder} with this id. An id "
            "names one record only, so the bundle is malformed or forged. Nothing was "
            "imported; ask the sender for a new bundle and report it.",
        ),
    )
    ACTION_UPDATE_HELD_ELSEWHERE = (
        "action-update-id-held-elsewhere",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{where}: action {record_id}: its update {update_id} is held in this vault as "
            "{a_holder}. An id names one record only, so the bundle is malformed or forged. "
            "Nothing was imported; ask the sender for a new bundle and report it.",
        ),
    )
    RECORD_NOT_STORABLE = (
        "record-not-storable",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{where}: {record} {record_id} clashes with what this vault holds and cannot be "
            "stored. Nothing was imported; ask the sender for a new bundle and report it.",
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
