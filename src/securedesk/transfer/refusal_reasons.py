"""Every code a refused bundle, receipt or contact card can carry, in one place.

A code is the `reason` of `BundleRejected` (exit 4: damaged, altered, malformed or
misaddressed) or of `BundleRefused` (exit 5: sound, but policy says no). It is a contract:
`--json` output, the audit chain and scripts compare it as text, so a value never changes
once released. docs/bundle-format.md ("Refusal reasons") says what each means and what to do.
"""

from __future__ import annotations

import enum


@enum.unique
class RefusalReason(enum.StrEnum):
    # --- reading the file ---------------------------------------------------------------
    UNREADABLE = "unreadable"  # the bundle or card file cannot be opened or read
    TRUNCATED = "truncated"  # the bundle file ends before its last entry does

    # --- the outer archive and, after decryption, the payload archive -------------------
    ARCHIVE_MALFORMED = "archive-malformed"  # not a well-formed ustar archive, or bad padding
    ARCHIVE_ENTRY_TYPE = "archive-entry-type"  # an entry that is not a regular file
    ARCHIVE_ENTRY_NAME = "archive-entry-name"  # a link target or long-name prefix on an entry
    ARCHIVE_PATH = "archive-path"  # an absolute path or '..' in an entry's name
    ARCHIVE_UNEXPECTED_ENTRY = "archive-unexpected-entry"  # an entry out of place or not allowed
    ARCHIVE_ENTRY_TOO_LARGE = "archive-entry-too-large"  # an entry above its kind's size limit
    ARCHIVE_TRAILING_DATA = "archive-trailing-data"  # bytes after the archive's end

    # --- strict JSON (envelope, manifest, receipt) --------------------------------------
    JSON_TOO_LARGE = "json-too-large"  # a JSON member above its size limit
    JSON_TOO_DEEP = "json-too-deep"  # brackets nested deeper than the limit
    JSON_MALFORMED = "json-malformed"  # not UTF-8, not JSON, or not a JSON object
    JSON_DUPLICATE_KEY = "json-duplicate-key"  # the same key twice in one object

    # --- signatures ---------------------------------------------------------------------
    SIGNATURE_MALFORMED = "signature-malformed"  # not a canonical, pre-hashed minisign file
    SIGNATURE_WRONG_KEY = "signature-wrong-key"  # made with another key than the sender's
    SIGNATURE_BAD = "signature-bad"  # does not verify: the signed bytes were changed
    SIGNATURE_MISPLACED = "signature-misplaced"  # a good signature of another bundle or member

    # --- the signed envelope and its sender ---------------------------------------------
    ENVELOPE_INVALID = "envelope-invalid"  # a field of envelope.json missing, extra or wrong
    FORMAT_VERSION = "format-version"  # a bundle format version this SecureDesk does not read
    SENDER_UNKNOWN = "sender-unknown"  # signed by a terminal not in the trust store
    SENDER_MISMATCH = "sender-mismatch"  # the envelope names another sender than the signer
    SENDER_REVOKED = "sender-revoked"  # the sending terminal was revoked in the trust store
    SENDER_EXPIRED = "sender-expired"  # the trust in the sending terminal has expired
    BUNDLE_EXPIRED = "bundle-expired"  # the bundle's own expiry has passed

    # --- the encrypted payload ----------------------------------------------------------
    PAYLOAD_NOT_AGE = "payload-not-age"  # payload.age is not an age file
    PAYLOAD_HEADER_TOO_LARGE = "payload-header-too-large"  # age header over its limit
    PAYLOAD_TOO_MANY_RECIPIENTS = "payload-too-many-recipients"  # too many or foreign stanzas
    PAYLOAD_RECIPIENTS_MISMATCH = "payload-recipients-mismatch"  # stanzas != envelope's list
    PAYLOAD_SIZE_MISMATCH = "payload-size-mismatch"  # not the size the envelope states
    PAYLOAD_HASH_MISMATCH = "payload-hash-mismatch"  # not the SHA-256 the envelope states
    PAYLOAD_DAMAGED = "payload-damaged"  # failed age's integrity check while decrypting
    NOT_A_RECIPIENT = "not-a-recipient"  # this terminal's key cannot open the payload

    # --- inside the payload -------------------------------------------------------------
    INNER_SIGNER_MISMATCH = "inner-signer-mismatch"  # inner members signed by another terminal
    MANIFEST_MISMATCH = "manifest-mismatch"  # the manifest disagrees with the envelope
    INNER_RECIPIENT_MISMATCH = "inner-recipient-mismatch"  # manifest does not name this terminal
    SUMS_MISMATCH = "sums-mismatch"  # SHA256SUMS does not list exactly what the payload holds
    ATTACHMENT_HASH_MISMATCH = "attachment-hash-mismatch"  # bytes differ from their SHA-256 name
    TOO_MANY_RECORDS = "too-many-records"  # more records than a bundle may hold
    MARKING_UNDERSTATED = "marking-understated"  # a record above the envelope's highest marking

    # --- the records, as they are imported ----------------------------------------------
    RECORD_INVALID = "record-invalid"  # a record line is not a valid record of its type
    DUPLICATE_RECORD = "duplicate-record"  # the same record id twice in one bundle
    RECORD_DANGLING = "record-dangling"  # refers to a record neither in the bundle nor here
    RECORD_ID_TAKEN = "record-id-taken"  # an id held here by another type or another parent
    ATTACHMENT_UNEXPECTED = "attachment-unexpected"  # bytes no earlier record awaits, or twice
    ATTACHMENT_MISMATCH = "attachment-mismatch"  # bytes of another size or type than recorded
    ATTACHMENT_MISSING = "attachment-missing"  # a recorded attachment's bytes never arrived

    # --- policy at import ---------------------------------------------------------------
    NOT_ADDRESSED_HERE = "not-addressed-here"  # the envelope does not name this terminal
    ABOVE_CEILING = "above-ceiling"  # holds material above this terminal's ceiling
    OLDER_SEQUENCE = "older-sequence"  # older than one imported already: needs --accept-older

    # --- policy at export ---------------------------------------------------------------
    RECIPIENT_EXPIRED = "recipient-expired"  # the trust in a named recipient has expired
    RECIPIENT_REVOKED = "recipient-revoked"  # a named recipient was revoked
    ABOVE_RECIPIENT_CEILING = "above-recipient-ceiling"  # a case above a recipient's ceiling

    # --- receipts -----------------------------------------------------------------------
    RECEIPT_MISSING = "receipt-missing"  # a receipt bundle without receipt.json
    RECEIPT_INVALID = "receipt-invalid"  # receipt.json without the receipt's fields
    RECEIPT_UNKNOWN_BUNDLE = "receipt-unknown-bundle"  # for a bundle not sent to that terminal
    RECEIPT_MISMATCH = "receipt-mismatch"  # names another content than the bundle sent
    RECEIPT_DUPLICATE = "receipt-duplicate"  # that terminal's receipt is recorded already

    # --- contact cards ------------------------------------------------------------------
    CARD_TOO_LARGE = "card-too-large"  # larger than any contact card can be
    CARD_EMPTY = "card-empty"  # an empty file
    CARD_NOT_TEXT = "card-not-text"  # not UTF-8, CR LF line ends, or control characters
    CARD_UNSUPPORTED_VERSION = "card-unsupported-version"  # a card version not read here
    CARD_TRUNCATED = "card-truncated"  # stops part-way: an incomplete copy
    CARD_MALFORMED = "card-malformed"  # lines missing, unknown, repeated or out of order
    CARD_BAD_VALUE = "card-bad-value"  # a field's value is empty, too long or not allowed
    CARD_BAD_KEY = "card-bad-key"  # an age recipient or minisign key that is not valid
    CARD_FINGERPRINT_MISMATCH = "card-fingerprint-mismatch"  # fingerprint not of the keys
    CARD_SIGNATURE_BAD = "card-signature-bad"  # the card's self-signature does not verify


# The codes raised as BundleRefused (exit 5); every other code is BundleRejected (exit 4).
REFUSED_BY_POLICY = frozenset(
    {
        RefusalReason.SENDER_UNKNOWN,
        RefusalReason.SENDER_REVOKED,
        RefusalReason.SENDER_EXPIRED,
        RefusalReason.BUNDLE_EXPIRED,
        RefusalReason.ABOVE_CEILING,
        RefusalReason.OLDER_SEQUENCE,
        RefusalReason.RECIPIENT_EXPIRED,
        RefusalReason.RECIPIENT_REVOKED,
        RefusalReason.ABOVE_RECIPIENT_CEILING,
    }
)
