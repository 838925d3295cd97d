"""A bounded look at an age file's header before any decryption is attempted.

The header is read with a size limit and its stanzas counted by core/age_header.py (the one
parser, shared with backup verification); the count of X25519 stanzas must equal the
recipients the envelope names. Here its findings become the bundle's refusal reasons.
"""

from __future__ import annotations

from typing import BinaryIO

from securedesk.core.age_header import HeaderProblem, read_header
from securedesk.core.errors import BundleRejected
from securedesk.transfer.limits import MAX_AGE_HEADER_BYTES, MAX_RECIPIENTS
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.transfer_error_kinds import TransferErrorKind


def check_header(stream: BinaryIO, available: int, expected_recipients: int) -> None:
    """Read the age header from `stream` (at most `available` bytes) and check its stanzas."""
    fault = read_header(
        stream,
        available,
        expected_recipients,
        max_header_bytes=MAX_AGE_HEADER_BYTES,
        max_recipients=MAX_RECIPIENTS,
    )
    if fault is None:
        return
    if fault.problem is HeaderProblem.NOT_AGE:
        raise BundleRejected(RefusalReason.PAYLOAD_NOT_AGE, TransferErrorKind.PAYLOAD_NOT_AGE_FILE)
    if fault.problem is HeaderProblem.TOO_LONG:
        raise BundleRejected(
            RefusalReason.PAYLOAD_HEADER_TOO_LARGE,
            TransferErrorKind.PAYLOAD_HEADER_OVERSIZE,
            limit_kib=MAX_AGE_HEADER_BYTES // 1024,
        )
    if fault.problem is HeaderProblem.TOO_MANY_STANZAS:
        raise BundleRejected(
            RefusalReason.PAYLOAD_TOO_MANY_RECIPIENTS,
            TransferErrorKind.PAYLOAD_RECIPIENTS_OVER_LIMIT,
            limit=MAX_RECIPIENTS,
        )
    raise BundleRejected(
        RefusalReason.PAYLOAD_RECIPIENTS_MISMATCH,
        TransferErrorKind.PAYLOAD_RECIPIENT_COUNT,
        found=fault.x25519,
        expected=expected_recipients,
    )
