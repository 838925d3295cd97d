"""Contact cards: the signed text file that partner terminals exchange, and its strict parser.

Format (version 1)
------------------

UTF-8 text with LF line ends, at most 4096 bytes, exactly nine lines, each ending with LF,
in this fixed order and spelling (one space after each colon, no space at either end of a
value, no blank lines, no other lines):

    SecureDesk contact card 1
    Name: <terminal name, 1-100 characters>
    Organisation: <organisation, 1-100 characters>
    Ceiling: OFFICIAL | OFFICIAL-SENSITIVE | SECRET
    Age-Recipient: age1...            (the terminal's X25519 age recipient, lower case)
    Minisign-Public-Key: RW...        (base64 exactly as `minisign -P` takes it)
    Fingerprint: 12345 67890 12345 67890 12345 67890
    Created: YYYY-MM-DD
    Signature: <base64 of a 64-byte Ed25519 signature>

- `Ceiling` is the highest protective marking the terminal accepts.
- `Fingerprint` is computed from the two keys: SHA-256 over
  "securedesk-terminal-v1\\n" + age recipient + "\\n" + minisign public key + "\\n"; its
  first 16 bytes as a big-endian integer modulo 10**30, as 30 digits with leading zeros in
  six groups of five (see `securedesk.transfer.fingerprint`). It is what the two
  administrators read to each other out of band.
- `Signature` is a plain Ed25519 signature (RFC 8032, not the minisign file format), made
  with the card's own minisign secret key, over the exact bytes of the eight lines above it
  including their LFs. It proves the card was made by the holder of the minisign key and
  has not been altered since; it does not prove who that is: the fingerprint check does.
- No character of category Cc (other than the LFs), Cf, Cs, Co, Cn, Zl or Zp anywhere:
  no CR, NUL, tab, byte-order mark or bidirectional override.

A card that breaks any rule is refused as a whole with `BundleRejected(reason, kind, ...)`
(the kind is ExchangeErrorKind.CARD_REFUSED, its `problem` a TransferDetail);
reasons: card-too-large, card-empty, card-not-text, card-unsupported-version,
card-truncated, card-malformed, card-bad-value, card-bad-key, card-fingerprint-mismatch,
card-signature-bad.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import minisign
import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from securedesk.core.errors import BundleRejected
from securedesk.core.markings import Marking
from securedesk.transfer.fingerprint import fingerprint as compute_fingerprint
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.transfer_error_kinds import (
    ExchangeErrorKind,
    TransferDetail,
)

MAX_CARD_BYTES = 4096
MAX_FIELD_CHARS = 100
HEADER = "SecureDesk contact card 1"
HEADER_PREFIX = "SecureDesk contact card "
KEYS = (
    "Name",
    "Organisation",
    "Ceiling",
    "Age-Recipient",
    "Minisign-Public-Key",
    "Fingerprint",
    "Created",
    "Signature",
)
LINE_COUNT = 1 + len(KEYS)
MINISIGN_ALGORITHM = b"Ed"
MINISIGN_KEY_BYTES = 2 + 8 + 32
SIGNATURE_BYTES = 64
_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


@dataclass(frozen=True)
class ContactCard:
    name: str
    organisation: str
    ceiling: Marking
    age_recipient: str
    minisign_public: str
    minisign_key_id: bytes
    fingerprint: str
    created: date
    # Empty until signed: parse_card() and TerminalIdentity.card() fill it in.
    signature: bytes = b""

    def body(self) -> bytes:
        """The signed part: the header and the seven fields, each line ending with LF."""
        values = (
            self.name,
            self.organisation,
            self.ceiling.value,
            self.age_recipient,
            self.minisign_public,
            self.fingerprint,
            self.created.isoformat(),
        )
        for key, value in zip(KEYS[:2], values[:2], strict=True):
            if _field_problem(value) is not None:
                raise ValueError(f"the card's {key} is not valid on a card")
        lines = [HEADER] + [f"{k}: {v}" for k, v in zip(KEYS[:-1], values, strict=True)]
        return "".join(line + "\n" for line in lines).encode("utf-8")

    def to_text(self, sign_with: bytes) -> str:
        """The whole card, signed with the 32-byte Ed25519 seed of the card's minisign key."""
        key = Ed25519PrivateKey.from_private_bytes(sign_with)
        if key.public_key().public_bytes_raw() != _minisign_key_bytes(self.minisign_public)[10:]:
            raise ValueError("the signing key is not the card's minisign key")
        body = self.body()
        signature = base64.b64encode(key.sign(body)).decode("ascii")
        return body.decode("utf-8") + f"Signature: {signature}\n"

    def to_bytes(self) -> bytes:
        """The whole card with the signature it carries (from parse_card or card())."""
        if len(self.signature) != SIGNATURE_BYTES:
            raise ValueError("this card is not signed")
        signature = base64.b64encode(self.signature).decode("ascii")
        return self.body() + f"Signature: {signature}\n".encode("ascii")


def minisign_key_id(minisign_public: str) -> bytes:
    """The 8-byte key id inside a minisign public key, in the order minisign stores it."""
    return _minisign_key_bytes(minisign_public)[2:10]


def _minisign_key_bytes(minisign_public: str) -> bytes:
    raw = base64.b64decode(minisign_public, validate=True)
    if len(raw) != MINISIGN_KEY_BYTES or raw[:2] != MINISIGN_ALGORITHM:
        raise ValueError("not a minisign Ed25519 public key")
    return raw


def _reject(reason: RefusalReason, what: TransferDetail, **data: object) -> BundleRejected:
    return BundleRejected(reason, ExchangeErrorKind.CARD_REFUSED, problem=what, **data)


def _field_problem(value: str) -> TransferDetail | None:
    if not value:
        return TransferDetail.EMPTY
    if len(value) > MAX_FIELD_CHARS:
        return TransferDetail.LONGER_THAN
    if value != value.strip():
        return TransferDetail.SPACES_AT_ENDS
    if any(ch == "\n" or unicodedata.category(ch) in _FORBIDDEN_CATEGORIES for ch in value):
        return TransferDetail.HOLDS_A_CONTROL
    return None


def _canonical_base64(text: str, length: int) -> bytes | None:
    try:
        raw = base64.b64decode(text, validate=True)
    except (ValueError, binascii.Error):
        return None
    if len(raw) != length or base64.b64encode(raw).decode("ascii") != text:
        return None
    return raw


def _decode(data: bytes) -> list[str]:
    """Size, encoding, characters and line structure: the card's lines, without their LFs."""
    if len(data) > MAX_CARD_BYTES:
        raise _reject(
            RefusalReason.CARD_TOO_LARGE, TransferDetail.CARD_OVERSIZE, limit=MAX_CARD_BYTES
        )
    if not data:
        raise _reject(RefusalReason.CARD_EMPTY, TransferDetail.EMPTY)
    try:
        text = data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        if exc.end == len(data) and exc.reason == "unexpected end of data":
            raise _reject(
                RefusalReason.CARD_TRUNCATED, TransferDetail.CARD_STOPS_AT_LAST_LINE
            ) from None
        raise _reject(
            RefusalReason.CARD_NOT_TEXT, TransferDetail.CARD_NOT_UTF8, offset=exc.start
        ) from None
    for number, line in enumerate(text.split("\n"), start=1):
        for ch in line:
            if unicodedata.category(ch) in _FORBIDDEN_CATEGORIES:
                if ch == "\r":
                    raise _reject(
                        RefusalReason.CARD_NOT_TEXT,
                        TransferDetail.CARD_WINDOWS_LINE_ENDS,
                        line=number,
                    )
                raise _reject(
                    RefusalReason.CARD_NOT_TEXT,
                    TransferDetail.CARD_CONTROL_CHARACTER,
                    character=f"{ord(ch):04X}",
                    line=number,
                )
    lines = text.split("\n")
    complete = lines[-1] == ""
    lines = lines[:-1] if complete else lines
    if not complete and len(lines) <= LINE_COUNT and _is_cut_short(lines):
        # The last line stops part-way, and all before it is in order: a partial copy.
        if len(lines) > 1:
            raise _truncated(KEYS[len(lines) - 2])
        raise _reject(RefusalReason.CARD_TRUNCATED, TransferDetail.CARD_STOPS_AT_FIRST_LINE)
    first = lines[0]
    if first != HEADER:
        if first.startswith(HEADER_PREFIX):
            raise _reject(
                RefusalReason.CARD_UNSUPPORTED_VERSION,
                TransferDetail.CARD_OTHER_VERSION,
                first_line=first[:40],
            )
        raise _reject(RefusalReason.CARD_MALFORMED, TransferDetail.CARD_NO_HEADER, header=HEADER)
    seen: set[str] = set()
    for number, line in enumerate(lines[1:], start=2):
        key, sep, _ = line.partition(": ")
        if number > LINE_COUNT:
            raise _reject(
                RefusalReason.CARD_MALFORMED, TransferDetail.CARD_TOO_MANY_LINES, limit=LINE_COUNT
            )
        if not sep or key not in KEYS:
            shown = key if sep else line
            raise _reject(
                RefusalReason.CARD_MALFORMED,
                TransferDetail.CARD_UNKNOWN_LINE,
                line=number,
                text=shown[:30],
            )
        if key in seen:
            raise _reject(RefusalReason.CARD_MALFORMED, TransferDetail.CARD_LINE_TWICE, key=key)
        seen.add(key)
        expected = KEYS[number - 2]
        if key != expected:
            raise _reject(
                RefusalReason.CARD_MALFORMED,
                TransferDetail.CARD_LINE_OUT_OF_ORDER,
                key=key,
                line=number,
                expected=expected,
            )
    if len(lines) < LINE_COUNT:
        raise _truncated(KEYS[len(lines) - 1])
    if not complete:
        raise _truncated("Signature")
    return lines


def _truncated(key: str) -> BundleRejected:
    return _reject(RefusalReason.CARD_TRUNCATED, TransferDetail.CARD_STOPS_AT_LINE, key=key)


def _is_cut_short(lines: list[str]) -> bool:
    """Whether the lines are a card's start: each whole line has the expected key, and the
    last, unfinished one starts like the line expected there."""
    *whole, last = lines
    expected = [HEADER] + [f"{key}: " for key in KEYS]
    for line, start in zip(whole, expected, strict=False):
        if not (line == start if start == HEADER else line.startswith(start)):
            return False
    start = expected[len(whole)]
    return start.startswith(last) or last.startswith(start)


def read_card_file(path: Path) -> bytes:
    """A card file's bytes, reading no more than tells parse_card the file is too large.
    OSError is left to the caller, which says in its own terms that the file is unreadable."""
    with path.open("rb") as handle:
        return handle.read(MAX_CARD_BYTES + 1)


def parse_card(data: bytes) -> ContactCard:
    """Check every rule of the format and the card's own signature; BundleRejected if any
    fails. The signature proves integrity only; trust comes from the fingerprint check."""
    lines = _decode(data)
    values = {KEYS[i]: lines[i + 1].partition(": ")[2] for i in range(len(KEYS))}

    for key in ("Name", "Organisation"):
        problem = _field_problem(values[key])
        if problem is not None:
            limit = {"limit": MAX_FIELD_CHARS} if problem is TransferDetail.LONGER_THAN else {}
            raise _reject(
                RefusalReason.CARD_BAD_VALUE,
                TransferDetail.CARD_FIELD_WRONG,
                key=key,
                field_problem=problem,
                **limit,
            )
    for key in KEYS[2:]:
        if not values[key] or values[key] != values[key].strip():
            raise _reject(
                RefusalReason.CARD_BAD_VALUE, TransferDetail.CARD_FIELD_EMPTY_OR_SPACED, key=key
            )

    ceiling = next((m for m in Marking if m.value == values["Ceiling"]), None)
    if ceiling is None:
        allowed = ", ".join(m.value for m in Marking)
        raise _reject(
            RefusalReason.CARD_BAD_VALUE, TransferDetail.CARD_UNKNOWN_CEILING, allowed=allowed
        )
    created_text = values["Created"]
    try:
        if not _DATE.match(created_text):
            raise ValueError(created_text)
        created = date.fromisoformat(created_text)
    except ValueError:
        raise _reject(
            RefusalReason.CARD_BAD_VALUE, TransferDetail.CARD_CREATED_NOT_A_DATE
        ) from None

    age_recipient = values["Age-Recipient"]
    try:
        parsed_recipient = str(pyrage.x25519.Recipient.from_str(age_recipient))
    except Exception:  # pyrage raises its own RecipientError; any failure is the card's
        parsed_recipient = ""
    if not age_recipient.startswith("age1") or parsed_recipient != age_recipient:
        raise _reject(RefusalReason.CARD_BAD_KEY, TransferDetail.CARD_AGE_KEY_INVALID)

    minisign_public = values["Minisign-Public-Key"]
    raw_key = _canonical_base64(minisign_public, MINISIGN_KEY_BYTES)
    try:
        if raw_key is None or raw_key[:2] != MINISIGN_ALGORITHM:
            raise ValueError(minisign_public)
        minisign.PublicKey.from_base64(minisign_public)
        public_key = Ed25519PublicKey.from_public_bytes(raw_key[10:])
    except Exception:  # py-minisign and cryptography each raise their own errors
        raise _reject(
            RefusalReason.CARD_BAD_KEY, TransferDetail.CARD_MINISIGN_KEY_INVALID
        ) from None
    assert raw_key is not None

    expected = compute_fingerprint(age_recipient, minisign_public)
    if values["Fingerprint"] != expected:
        raise _reject(
            RefusalReason.CARD_FINGERPRINT_MISMATCH, TransferDetail.CARD_FINGERPRINT_WRONG
        )

    signature = _canonical_base64(values["Signature"], SIGNATURE_BYTES)
    body = "".join(line + "\n" for line in lines[:-1]).encode("utf-8")
    try:
        if signature is None:
            raise InvalidSignature
        public_key.verify(signature, body)
    except InvalidSignature:
        raise _reject(
            RefusalReason.CARD_SIGNATURE_BAD, TransferDetail.CARD_SIGNATURE_WRONG
        ) from None

    return ContactCard(
        name=values["Name"],
        organisation=values["Organisation"],
        ceiling=ceiling,
        age_recipient=age_recipient,
        minisign_public=minisign_public,
        minisign_key_id=raw_key[2:10],
        fingerprint=expected,
        created=created,
        signature=signature,
    )
