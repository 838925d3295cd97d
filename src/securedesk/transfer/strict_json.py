"""JSON from outside the vault, parsed with its size and nesting bounded first and duplicate
keys refused (two readers could otherwise disagree on which value counts)."""

from __future__ import annotations

import json
import re
from typing import Any

from securedesk.core.error_kinds import word
from securedesk.core.errors import BundleRejected
from securedesk.transfer.limits import MAX_JSON_DEPTH
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.transfer_error_kinds import TransferDetail, TransferErrorKind

_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")


class JsonProblem(ValueError):
    """What is wrong with a JSON text, as a phrase that follows its subject ("the record
    is not valid JSON") with its data, and a stable code. Never quotes the text."""

    def __init__(self, code: RefusalReason, problem: TransferDetail, **data: object) -> None:
        super().__init__(word(problem, data))
        self.code = code
        self.problem = problem
        self.data = data


def too_deep(data: bytes, max_depth: int = MAX_JSON_DEPTH) -> bool:
    """Whether brackets outside strings nest deeper than `max_depth`: found by scanning the
    bytes, before the parser (which recurses) ever sees them."""
    depth = 0
    for match in _BRACKET.finditer(_JSON_STRING.sub(b"", data)):
        if match.group() in (b"[", b"{"):
            depth += 1
            if depth > max_depth:
                return True
        else:
            depth -= 1
    return False


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
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_refuse_constant)
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
