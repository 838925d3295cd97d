"""Reading an age file's header without decrypting it: the stanzas it names, counted within
limits. One parser for the two places that look before they decrypt, the bundle reader
(transfer/age_header.py) and backup verification (core/backup/verify.py); each words what
it finds in its own error kinds.

Decryption tries the identity against every recipient stanza, so a header with thousands of
stanzas would make that the attacker's choice of work: the header is read with a size limit
and the count is stopped at the limit. Implementations add a random "grease" stanza (a type
ending in -grease) to keep the format flexible; up to two are allowed, and any other type
SecureDesk never writes is refused.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import BinaryIO

INTRO = b"age-encryption.org/v1\n"
MAX_GREASE = 2


class HeaderProblem(enum.Enum):
    NOT_AGE = enum.auto()  # the age intro line is not there
    TOO_LONG = enum.auto()  # no end of header within the size limit
    TOO_MANY_STANZAS = enum.auto()  # over the recipient limit, or a stanza type not written
    RECIPIENTS_MISMATCH = enum.auto()  # X25519 stanzas other than the recipients expected


@dataclass(frozen=True)
class HeaderFault:
    problem: HeaderProblem
    x25519: int  # X25519 stanzas counted (so far, when counting stopped at a limit)


def read_header(
    stream: BinaryIO,
    available: int,
    expected_recipients: int,
    *,
    max_header_bytes: int,
    max_recipients: int,
) -> HeaderFault | None:
    """Read at most `max_header_bytes` (and never past `available`) from `stream` and check
    the header's stanzas: None when it names exactly `expected_recipients` X25519 recipients
    and nothing else but grease."""
    head = stream.read(min(available, max_header_bytes))
    return check_stanzas(head, expected_recipients, max_recipients=max_recipients)


def check_stanzas(
    head: bytes, expected_recipients: int, *, max_recipients: int
) -> HeaderFault | None:
    """As read_header, on the header's bytes already read."""
    if not head.startswith(INTRO):
        return HeaderFault(HeaderProblem.NOT_AGE, 0)
    end = head.find(b"\n---")
    if end < 0:
        return HeaderFault(HeaderProblem.TOO_LONG, 0)
    x25519 = 0
    others = 0
    for line in head[len(INTRO) : end + 1].split(b"\n"):
        if not line.startswith(b"-> "):
            continue
        kind = line[3:].split(b" ", 1)[0]
        if kind == b"X25519":
            x25519 += 1
        elif kind.endswith(b"-grease"):
            others += 1
        else:
            others += MAX_GREASE + 1  # a stanza type SecureDesk never writes
        if x25519 > max_recipients or others > MAX_GREASE:
            return HeaderFault(HeaderProblem.TOO_MANY_STANZAS, x25519)
    if x25519 != expected_recipients:
        return HeaderFault(HeaderProblem.RECIPIENTS_MISMATCH, x25519)
    return None
