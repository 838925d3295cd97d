"""The nesting pre-scan of strict JSON: the same answer as the regex it replaced for any bytes,
and linear work whatever the bytes. The regex took about 14 s on 64 KiB of escaped quotes in
a record and about an hour on 1 MiB; those inputs (and 8 MiB ones, days for the regex) run
here in the normal suite, so a return to quadratic work shows as a suite that never ends
rather than as a flaky timing."""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from securedesk.transfer.limits import MAX_JSON_DEPTH, MIB
from securedesk.transfer.records import MAX_RECORD_BYTES
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.strict_json import JsonProblem, parse_object, too_deep
from securedesk.transfer.transfer_error_kinds import TransferDetail

# --- the two references: the regex pre-scan as it was, and one pass byte by byte -----------

_REGEX_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_REGEX_BRACKET = re.compile(rb"[\[\]{}]")


def regex_too_deep(data: bytes, max_depth: int) -> bool:
    """The pre-scan before this change, verbatim (quadratic: small inputs only)."""
    depth = 0
    for match in _REGEX_BRACKET.finditer(_REGEX_STRING.sub(b"", data)):
        if match.group() in (b"[", b"{"):
            depth += 1
            if depth > max_depth:
                return True
        else:
            depth -= 1
    return False


def one_pass_too_deep(data: bytes, max_depth: int) -> bool:
    """The same rules as the obvious scan, byte by byte: one pass tracking whether inside a
    string and after a backslash, counting depth outside strings, stopping at the limit. A
    string that never closes leaves everything after its opening quote outside (the regex
    found no string there, so kept those bytes): the scan goes back once and counts that
    tail, where no string opens any more."""
    depth, inside, escaped, tail, opened, at = 0, False, False, False, 0, 0
    while at < len(data):
        byte = data[at]
        if inside:
            if escaped:
                escaped = False
            elif byte == ord("\\"):
                escaped = True
            elif byte == ord('"'):
                inside = False
        elif byte == ord('"') and not tail:
            inside, opened = True, at
        elif byte in b"[]{}":
            depth += 1 if byte in b"[{" else -1
            if depth > max_depth:
                return True
        at += 1
        if at == len(data) and inside:
            inside, escaped, tail, at = False, False, True, opened + 1
    return False


@pytest.mark.parametrize("max_depth", [0, 1, 2])
def test_the_same_answer_as_the_regex_for_every_short_text(max_depth: int) -> None:
    """Every text of up to 6 bytes from quotes, backslashes, brackets and a letter."""
    for length in range(7):
        for letters in itertools.product(b'"\\[]{a', repeat=length):
            data = bytes(letters)
            expected = regex_too_deep(data, max_depth)
            assert too_deep(data, max_depth) is expected, (data, max_depth)
            assert one_pass_too_deep(data, max_depth) is expected, (data, max_depth)


@settings(max_examples=1000, deadline=None)
@given(
    data=st.lists(
        st.sampled_from([b'"', b"\\", b"[", b"]", b"{", b"}", b"\x00", b"_", b"a", b'\\"']),
        max_size=60,
    ).map(b"".join),
    max_depth=st.integers(min_value=0, max_value=4),
)
def test_the_same_answer_as_the_regex_for_longer_texts(data: bytes, max_depth: int) -> None:
    # NUL and '_' too: the scan marks escaped quotes with NUL and escaping pairs with '__'.
    expected = regex_too_deep(data, max_depth)
    assert too_deep(data, max_depth) is expected
    assert one_pass_too_deep(data, max_depth) is expected


def test_the_one_pass_reference_leaves_no_tail_uncounted() -> None:
    # Guards the guard: an unclosed string's tail is counted, strings that close are not.
    assert one_pass_too_deep(b'"' + b"[" * 9, 8)
    assert not one_pass_too_deep(b'"' + b"[" * 9 + b'"', 8)
    assert one_pass_too_deep(b'"\\"' + b"[" * 9, 8)


# --- pathological texts, whole, through parse_object -----------------------------------------

ESCAPED_QUOTES_64K = b'"' + b'\\"' * (32 * 1024)
ESCAPED_QUOTES_1M = b'"' + b'\\"' * ((MAX_RECORD_BYTES - 1) // 2)
NOT_JSON = (RefusalReason.JSON_MALFORMED, TransferDetail.JSON_NOT_JSON)
NOT_OBJECT = (RefusalReason.JSON_MALFORMED, TransferDetail.JSON_NOT_OBJECT)
TOO_DEEP = (RefusalReason.JSON_TOO_DEEP, TransferDetail.JSON_NESTS_TOO_DEEP)


def _object(**values: Any) -> bytes:
    return json.dumps(values, separators=(",", ":")).encode()


def _nested(levels: int) -> bytes:
    """An object `levels` deep: the object and levels - 1 lists."""
    inner = b"[" * (levels - 1) + b"1" + b"]" * (levels - 1)
    return b'{"a":' + inner + b"}"


PATHOLOGICAL: list[tuple[str, bytes, tuple[RefusalReason, TransferDetail] | dict[str, Any]]] = [
    ("64 KiB of escaped quotes in an open string", ESCAPED_QUOTES_64K, NOT_JSON),
    ("1 MiB of escaped quotes in an open string", ESCAPED_QUOTES_1M, NOT_JSON),
    ("1 MiB of escaped quotes, no opening quote", ESCAPED_QUOTES_1M[1:], NOT_JSON),
    (
        "1 MiB of escaped quotes in a closed string",
        b'{"t":"' + b'\\"' * ((MAX_RECORD_BYTES - 8) // 2) + b'"}',
        {"t": '"' * ((MAX_RECORD_BYTES - 8) // 2)},
    ),
    # The open string leaves the rest outside, as the regex did: nine levels after it.
    ("escaped quotes, then nine brackets", ESCAPED_QUOTES_64K + b"[" * 9, TOO_DEEP),
    ("1 MiB of quotes", b'"' * MAX_RECORD_BYTES, NOT_JSON),
    ("1 MiB of backslashes", b"\\" * MAX_RECORD_BYTES, NOT_JSON),
    ("1 MiB of backslash pairs in a string", b'{"t":"' + b"\\\\" * (MIB // 2 - 4) + b'"}', None),
    ("1 MiB of [] pairs", b"[]" * (MAX_RECORD_BYTES // 2), NOT_JSON),
    ("1 MiB of opening brackets", b"[" * MAX_RECORD_BYTES, TOO_DEEP),
    ("1 MiB of brackets in a string", _object(t="[{" * (MIB // 2 - 8)), None),
    ("a list of 200,000 empty strings", _object(t=[""] * 200_000), None),
    ("a top-level list of 200,000 empty strings", b"[" + b'"",' * 200_000 + b'""]', NOT_OBJECT),
    ("a list of 200,000 empty lists", _object(t=[[]] * 200_000), None),
    ("a list of 200,000 bracket strings", _object(t=["]["] * 200_000), None),
    ("100,000 strings, one bracket after each", b'["x",[' * 100_000, TOO_DEEP),
    ("nesting at the limit", _nested(MAX_JSON_DEPTH), None),
    ("nesting one over the limit", _nested(MAX_JSON_DEPTH + 1), TOO_DEEP),
    ("nesting far over the limit, never closed", b'{"a":' + b"[" * 100_000, TOO_DEEP),
    # The scan lets a closer with nothing open lower the depth, as the regex did: the parser
    # stops at that closer, before anything deeper.
    ("closers before the nesting", b"]" * 5 + _nested(MAX_JSON_DEPTH + 1), NOT_JSON),
    ("brackets inside a string", _object(a="[[[[[[[[[[{{{{{{{{{{"), None),
    ("an escaped quote, brackets after it in the string", _object(a='"[[[[[[[[[[["'), None),
    ("three backslashes escape the quote", b'{"a":"\\\\\\"[[[[[[[[[["}', None),
    (
        "two backslashes do not: the brackets after are outside",
        b'{"a":"\\\\","b":' + b"[" * 8 + b"1" + b"]" * 8 + b"}",
        TOO_DEEP,
    ),
    ("a NUL does not open a string", b"\x00" + b"[" * 9 + b'"', TOO_DEEP),
]


@pytest.mark.parametrize(
    ("data", "expected"), [p[1:] for p in PATHOLOGICAL], ids=[p[0] for p in PATHOLOGICAL]
)
def test_pathological_texts_parse_or_are_refused_as_before(
    data: bytes, expected: tuple[RefusalReason, TransferDetail] | dict[str, Any] | None
) -> None:
    assert len(data) <= MAX_RECORD_BYTES
    if isinstance(expected, tuple):
        with pytest.raises(JsonProblem) as caught:
            parse_object(data, limit=MAX_RECORD_BYTES)
        assert (caught.value.code, caught.value.problem) == expected
        if expected == TOO_DEEP:
            assert caught.value.data == {"max_depth": MAX_JSON_DEPTH}
    else:
        value = parse_object(data, limit=MAX_RECORD_BYTES)
        assert value == (json.loads(data) if expected is None else expected)


def test_the_depth_limit_is_the_callers() -> None:
    assert parse_object(_nested(3), limit=100, max_depth=3) == {"a": [[1]]}
    with pytest.raises(JsonProblem) as caught:
        parse_object(_nested(4), limit=100, max_depth=3)
    assert (caught.value.code, caught.value.data) == (RefusalReason.JSON_TOO_DEEP, {"max_depth": 3})
    assert not too_deep(b"", 0) and not too_deep(b"1", 0) and too_deep(b"[", 0)


@pytest.mark.parametrize(
    ("data", "deep"),
    [
        (b'"' + b'\\"' * (4 * MIB), False),
        (b'"' + b'\\"' * (4 * MIB) + b"[" * 9, True),
        (b'"' * (8 * MIB), False),
        (b'"[' * (4 * MIB), True),
        (b'"' + b"\\" * (8 * MIB), False),
        (b"[]" * (4 * MIB), False),
        (b"[]" * (4 * MIB) + b"[" * 9, True),
        (b'{"a":"\\\\\\""}' * (MIB // 2), False),
    ],
    ids=[
        "8 MiB of escaped quotes",
        "8 MiB of escaped quotes, then nine brackets",
        "8 MiB of quotes",
        "8 MiB of quote, bracket (every other one outside)",
        "8 MiB of backslashes in a string",
        "8 MiB of [] pairs",
        "8 MiB of [] pairs, then nine brackets",
        "many strings of escapes",
    ],
)
def test_eight_mebibytes_of_the_worst_shapes_are_scanned_in_the_suite(
    data: bytes, deep: bool
) -> None:
    """Beyond any record's limit, straight to the scan: linear work takes a moment here; the
    regex would have taken days on the first of these."""
    assert too_deep(data) is deep
