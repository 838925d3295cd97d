"""One parser for age headers (core/age_header.py): the bundle reader and backup verification
give the same verdict on every header, each in its own error kinds."""

from __future__ import annotations

import io
from pathlib import Path

import pyrage
import pytest

from securedesk.core.age_header import HeaderProblem, check_stanzas
from securedesk.core.backup.verify import check_age_header
from securedesk.core.errors import BundleRejected, IntegrityError, SecureDeskError
from securedesk.transfer.age_header import check_header

X = b"-> X25519 c29tZQ\nYm9keQ\n"


def _head(*stanzas: bytes) -> bytes:
    return b"age-encryption.org/v1\n" + b"".join(stanzas) + b"--- bWFj\n"


CASES = [
    (_head(X), 1, None),
    (_head(X, X), 2, None),
    (_head(X, b"-> a-grease x\n\n"), 1, None),
    (_head(X, b"-> a-grease\n\n", b"-> b-grease\n\n"), 1, None),
    (b"not age\n", 1, HeaderProblem.NOT_AGE),
    (b"age-encryption.org/v1\n" + X * 4, 4, HeaderProblem.TOO_LONG),
    (_head(X, b"-> a-grease\n\n" * 3), 1, HeaderProblem.TOO_MANY_STANZAS),
    (_head(X, b"-> scrypt c2FsdA 18\n\n"), 1, HeaderProblem.TOO_MANY_STANZAS),
    (_head(X, b"-> x-grease-not\n\n"), 1, HeaderProblem.TOO_MANY_STANZAS),
    (_head(*[X] * 17), 17, HeaderProblem.TOO_MANY_STANZAS),
    (_head(X, X), 1, HeaderProblem.RECIPIENTS_MISMATCH),
    (_head(X), 2, HeaderProblem.RECIPIENTS_MISMATCH),
]


@pytest.mark.parametrize(("head", "expected", "problem"), CASES)
def test_the_bundle_reader_and_backup_verification_agree(
    head: bytes, expected: int, problem: HeaderProblem | None
) -> None:
    fault = check_stanzas(head, expected, max_recipients=16)
    assert (fault.problem if fault else None) is problem
    verdicts: list[type[SecureDeskError] | None] = []
    for check in (
        lambda: check_header(io.BytesIO(head), len(head), expected),
        lambda: check_age_header(Path("b.sdbackup"), head, expected),
    ):
        try:
            check()
            verdicts.append(None)
        except (BundleRejected, IntegrityError) as exc:
            verdicts.append(type(exc))
    if problem is None:
        assert verdicts == [None, None]
    else:
        assert verdicts[0] is BundleRejected and verdicts[1] is IntegrityError


def test_counting_stops_at_the_limit() -> None:
    fault = check_stanzas(_head(*[X] * 1000), 1000, max_recipients=16)
    assert fault is not None and fault.problem is HeaderProblem.TOO_MANY_STANZAS
    assert fault.x25519 == 17


@pytest.mark.parametrize("count", [1, 16])
def test_both_callers_accept_what_pyrage_really_writes(count: int) -> None:
    # pyrage (rage) adds one '-grease' stanza of its own to every file it writes; both
    # readers must take that, and a header at the backup's and the bundle's recipient limit.
    keys = [pyrage.x25519.Identity.generate().to_public() for _ in range(count)]
    data = pyrage.encrypt(b"payload", keys)
    head = data[: data.index(b"\n---") + 1]
    assert head.count(b"\n-> X25519 ") == count
    assert any(b"-grease" in line for line in head.split(b"\n") if line.startswith(b"-> "))
    check_header(io.BytesIO(data), len(data), count)
    check_age_header(Path("b.sdbackup"), data, count)
