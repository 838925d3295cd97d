"""The short fingerprint of a terminal's two public keys, in a form a person reads aloud.

The fingerprint is SHA-256 over

    b"securedesk-terminal-v1\\n" + age_recipient + b"\\n" + minisign_public + b"\\n"

(both keys as the exact ASCII strings on the contact card). The first 16 bytes of the hash,
read as a big-endian integer, modulo 10**30, written as 30 decimal digits with leading
zeros, in six groups of five separated by single spaces: "01234 56789 01234 56789 01234
56789". About 99.7 bits: enough that nobody can make a second pair of keys to match one.
"""

from __future__ import annotations

import hashlib

from securedesk.core.errors import InvalidInput
from securedesk.transfer.transfer_error_kinds import ExchangeErrorKind

DOMAIN = b"securedesk-terminal-v1\n"
DIGITS = 30
GROUP = 5


def _grouped(digits: str) -> str:
    return " ".join(digits[i : i + GROUP] for i in range(0, len(digits), GROUP))


def _digits(text: str, *, whole: bool) -> str:
    """The digits of a fingerprint (`whole`) or of its beginning, typed with spaces, hyphens
    or neither; anything else is refused."""
    compact = "".join(text.replace("-", " ").split())
    size_wrong = len(compact) != DIGITS if whole else len(compact) > DIGITS
    if size_wrong or not (compact.isascii() and compact.isdigit()):
        raise InvalidInput(
            ExchangeErrorKind.FINGERPRINT_INVALID, text=text.strip()[:60], digits=DIGITS
        )
    return compact


def fingerprint(age_recipient: str, minisign_public: str) -> str:
    """The canonical spaced fingerprint of a terminal's age recipient and minisign key."""
    digest = hashlib.sha256(
        DOMAIN + age_recipient.encode("ascii") + b"\n" + minisign_public.encode("ascii") + b"\n"
    ).digest()
    number = int.from_bytes(digest[:16], "big") % 10**DIGITS
    return _grouped(str(number).zfill(DIGITS))


def fingerprint_prefix(text: str) -> str:
    """The beginning of a fingerprint, typed with spaces, hyphens or neither, in the spaced
    form it is stored in ("01234 567" from "01234567"): for id_prefix.resolve_prefix."""
    return _grouped(_digits(text, whole=False))


def normalise_fingerprint(text: str) -> str:
    """Accept a fingerprint typed with spaces, hyphens or neither; return the spaced form."""
    return _grouped(_digits(text, whole=True))
