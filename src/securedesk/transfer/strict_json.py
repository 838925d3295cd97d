"""JSON from outside the vault, parsed with its size and nesting bounded first and duplicate
keys refused (two readers could otherwise disagree on which value counts)."""

from __future__ import annotations

import json
from typing import Any

from securedesk.core.errors import BundleRejected
from securedesk.transfer.limits import MAX_JSON_DEPTH


def nesting_depth(data: bytes) -> int:
    """The deepest bracket nesting, counted without recursion and ignoring strings."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in data:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x7B, 0x5B):
            depth += 1
            deepest = max(deepest, depth)
        elif byte in (0x7D, 0x5D):
            depth -= 1
    return deepest


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


class _DuplicateKey(ValueError):
    pass


def _reject(reason: str, where: str, what: str) -> BundleRejected:
    return BundleRejected(
        reason, f"{where} is not valid ({what}). The bundle was altered or not made by SecureDesk."
    )


def loads_object(
    data: bytes, *, limit: int, where: str, max_depth: int = MAX_JSON_DEPTH
) -> dict[str, Any]:
    """A JSON object from `data`, or BundleRejected saying why not. Never a value in a message."""
    if len(data) > limit:
        raise _reject("json-too-large", where, f"larger than {limit} bytes")
    if nesting_depth(data) > max_depth:
        raise _reject("json-too-deep", where, f"nested deeper than {max_depth} levels")
    try:
        text = data.decode("utf-8")
        value = json.loads(text, object_pairs_hook=_no_duplicates)
    except UnicodeDecodeError:
        raise _reject("json-malformed", where, "not UTF-8 text") from None
    except _DuplicateKey:
        raise _reject("json-duplicate-key", where, "a key appears twice in one object") from None
    except (ValueError, RecursionError):
        raise _reject("json-malformed", where, "not well-formed JSON") from None
    if not isinstance(value, dict):
        raise _reject("json-malformed", where, "not a JSON object")
    return value


def dumps(value: dict[str, Any]) -> bytes:
    """The one way bundle JSON is written: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
