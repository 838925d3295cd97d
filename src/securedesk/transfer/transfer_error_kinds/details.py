"""Phrases that complete a transfer message (where in a bundle, what was wrong with a field),
and the place of a record line as data."""

from __future__ import annotations

import enum
from typing import Self

from securedesk.core.error_kinds import QT_TRANSLATE_NOOP, Kind


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
    # What else holds an id (an `a_holder`): a record type with its article, or these.
    AN_ACTION_UPDATE = "a-record-action-update", QT_TRANSLATE_NOOP("Errors", "an action update")
    ANOTHER_ACTIONS_UPDATE = (
        "another-actions-update",
        QT_TRANSLATE_NOOP("Errors", "an update of another action"),
    )


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
        # One per line of a bundle: the template's plain fields filled directly (what `word`
        # gives for a str and an int, without its machinery for nested kinds).
        place = super().__new__(
            cls, TransferDetail.RECORD_LINE.template.format(entry=entry, line=line)
        )
        place.entry = entry
        place.line = line
        return place


def where_data(where: str) -> dict[str, object]:
    """An error's data for a place in a payload: a record line, or an entry's name."""
    if isinstance(where, RecordLine):
        return {"where": TransferDetail.RECORD_LINE, "entry": where.entry, "line": where.line}
    return {"where": where}
