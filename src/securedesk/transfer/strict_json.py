"""JSON from outside the vault, parsed with its size and nesting bounded first and duplicate
keys refused (two readers could otherwise disagree on which value counts)."""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

from securedesk.core.error_kinds import word
from securedesk.core.errors import BundleRejected
from securedesk.transfer.limits import MAX_JSON_DEPTH
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.transfer_error_kinds import TransferDetail, TransferErrorKind

# A string in the marked text (_marked): its opening quote (or an escaped quote, which opens
# one where a string can start) up to the next quote. [^"]* stops at that quote and the
# pattern takes it, so a match never backtracks.
_MARKED_STRING = re.compile(rb'[\x00"][^"]*"')
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_DEPTH_STEP = [1 if b in b"[{" else -1 if b in b"]}" else 0 for b in range(256)]


class JsonProblem(ValueError):
    """What is wrong with a JSON text, as a phrase that follows its subject ("the record
    is not valid JSON") with its data, and a stable code. Never quotes the text."""

    def __init__(self, code: RefusalReason, problem: TransferDetail, **data: object) -> None:
        super().__init__(word(problem, data))
        self.code = code
        self.problem = problem
        self.data = data


def _marked(data: bytes) -> bytes:
    """`data`, the same length, with each escaped quote turned into a NUL, so that a string's
    closing quote is simply the first '"' after its opening one.

    A quote is escaped when an odd run of backslashes comes before it: a run pairs off from
    its first backslash (the byte before a run is never the second half of a pair, inside a
    string or out), so replacing the leftmost pairs of backslashes and then each remaining
    backslash-quote finds exactly the escaped quotes. A NUL already there becomes '_' first;
    neither that nor the pairs' '__' is a quote or a bracket."""
    if b"\x00" in data:
        data = data.replace(b"\x00", b"_")
    if b"\\" in data:
        data = data.replace(b"\\\\", b"__").replace(b'\\"', b"\\\x00")
    return data


def too_deep(data: bytes, max_depth: int = MAX_JSON_DEPTH) -> bool:
    """Whether brackets outside strings nest deeper than `max_depth`: found by scanning the
    bytes, before the parser (which recurses) ever sees them.

    The rules are those of the regex pre-scan this replaces, for any bytes (the tests compare
    the two): outside a string every quote opens one (a backslash there is an ordinary byte);
    inside, a backslash escapes the byte after it and the first unescaped quote closes the
    string. A string that never closes leaves everything after its opening quote outside, as
    no later quote can close a string either. The regex took time quadratic in a run of
    escaped quotes; this is a few linear passes in C whatever the bytes: mark the escaped
    quotes, drop the strings (all of them close by the last unescaped quote; after it none
    does), keep the brackets, and add up their depth, stopping at the first level over the
    limit."""
    data = bytes(data)
    if data.count(b"[") + data.count(b"{") <= max_depth:
        return False  # never deeper than the brackets that open, in strings or out
    text = _marked(data)
    last = text.rfind(b'"')
    outside = _MARKED_STRING.sub(b"", text[: last + 1]) + text[last + 1 :]
    depths = accumulate(map(_DEPTH_STEP.__getitem__, outside.translate(None, _NOT_BRACKETS)))
    return any(map(max_depth.__lt__, depths))


class _DuplicateKey(Exception):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey
        result[key] = value
    return result


def _refuse_constant(_name: str) -> Any:
    raise ValueError("NaN and Infinity are not JSON")


# What json.loads(text, object_pairs_hook=..., parse_constant=...) builds on every call, built
# once. (loads also refuses a str opening with a BOM; decode does too, as not JSON.)
_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant)


def parse_object(data: bytes, *, limit: int, max_depth: int = MAX_JSON_DEPTH) -> dict[str, Any]:
    """A JSON object from `data`, or JsonProblem saying what is wrong with it."""
    if len(data) > limit:
        raise JsonProblem(
            RefusalReason.JSON_TOO_LARGE, TransferDetail.JSON_LONGER_THAN_LIMIT, limit=limit
        )
    try:
        text = bytes(data).decode("utf-8")
    except UnicodeDecodeError:
        raise JsonProblem(RefusalReason.JSON_MALFORMED, TransferDetail.JSON_NOT_UTF8) from None
    if too_deep(bytes(data), max_depth):
        raise JsonProblem(
            RefusalReason.JSON_TOO_DEEP, TransferDetail.JSON_NESTS_TOO_DEEP, max_depth=max_depth
        )
    try:
        value = _DECODER.decode(text)
    except _DuplicateKey:
        raise JsonProblem(RefusalReason.JSON_DUPLICATE_KEY, TransferDetail.JSON_KEY_TWICE) from None
    except (ValueError, RecursionError):
        raise JsonProblem(RefusalReason.JSON_MALFORMED, TransferDetail.JSON_NOT_JSON) from None
    if not isinstance(value, dict):
        raise JsonProblem(RefusalReason.JSON_MALFORMED, TransferDetail.JSON_NOT_OBJECT)
    return value


def loads_object(
    data: bytes, *, limit: int, where: str, max_depth: int = MAX_JSON_DEPTH
) -> dict[str, Any]:
    """parse_object, refusing the bundle (naming `where`) when the JSON is bad."""
    try:
        return parse_object(data, limit=limit, max_depth=max_depth)
    except JsonProblem as exc:
        raise BundleRejected(
            exc.code, TransferErrorKind.JSON_REFUSED, where=where, problem=exc.problem, **exc.data
        ) from None


def dumps(value: dict[str, Any]) -> bytes:
    """The one way bundle JSON is written: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
