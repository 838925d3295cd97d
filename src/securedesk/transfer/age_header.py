"""A bounded look at an age file's header before any decryption is attempted.

Decryption tries the identity against every recipient stanza; a header with thousands of
stanzas would make that the attacker's choice of work. The header is read here with a size
limit, stanzas are counted, and the count of X25519 stanzas must equal the recipients the
envelope names. Implementations add one random "grease" stanza (type ending in -grease) to
keep the format flexible; that one is allowed.
"""

from __future__ import annotations

from typing import BinaryIO

from securedesk.core.errors import BundleRejected
from securedesk.transfer.limits import MAX_AGE_HEADER_BYTES, MAX_RECIPIENTS
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.transfer_error_kinds import TransferErrorKind

_INTRO = b"age-encryption.org/v1\n"
_MAX_GREASE = 2


def check_header(stream: BinaryIO, available: int, expected_recipients: int) -> None:
    """Read the age header from `stream` (at most `available` bytes) and check its stanzas."""
    head = stream.read(min(available, MAX_AGE_HEADER_BYTES))
    if not head.startswith(_INTRO):
        raise BundleRejected(RefusalReason.PAYLOAD_NOT_AGE, TransferErrorKind.PAYLOAD_NOT_AGE_FILE)
    end = head.find(b"\n---")
    if end < 0:
        raise BundleRejected(
            RefusalReason.PAYLOAD_HEADER_TOO_LARGE,
            TransferErrorKind.PAYLOAD_HEADER_OVERSIZE,
            limit_kib=MAX_AGE_HEADER_BYTES // 1024,
        )
    x25519 = 0
    others = 0
    for line in head[len(_INTRO) : end + 1].split(b"\n"):
        if not line.startswith(b"-> "):
            continue
        kind = line[3:].split(b" ", 1)[0]
        if kind == b"X25519":
            x25519 += 1
        elif kind.endswith(b"-grease"):
            others += 1
        else:
            others += _MAX_GREASE + 1  # a stanza type SecureDesk never writes
        if x25519 > MAX_RECIPIENTS or others > _MAX_GREASE:
            raise BundleRejected(
                RefusalReason.PAYLOAD_TOO_MANY_RECIPIENTS,
                TransferErrorKind.PAYLOAD_RECIPIENTS_OVER_LIMIT,
                limit=MAX_RECIPIENTS,
            )
    if x25519 != expected_recipients:
        raise BundleRejected(
            RefusalReason.PAYLOAD_RECIPIENTS_MISMATCH,
            TransferErrorKind.PAYLOAD_RECIPIENT_COUNT,
            found=x25519,
            expected=expected_recipients,
        )
