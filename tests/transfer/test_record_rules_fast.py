"""The record rules rewritten without per-character Python (issue 15) accept and refuse
exactly what the rules they replace did, with the same problem and the same field named.
Each old rule is kept here, as it was, as the oracle."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from securedesk.core.cases.attachment_types import MAX_NAME_CHARS as MAX_ATTACHMENT_NAME_CHARS
from securedesk.transfer import records, strict_json
from securedesk.transfer.records import (
    FIELDS,
    _check_fields,
    _Invalid,
    _text,
    canonical_json,
)
from securedesk.transfer.transfer_error_kinds import TransferDetail

from .test_records import valid_records

# --- the old rules (records.py before issue 15) ----------------------------------------------


def old_text(low: int, high: int, *, line: bool = False) -> Callable[[Any], None]:
    def check(value: Any) -> None:
        if not isinstance(value, str):
            raise _Invalid(TransferDetail.NOT_A_STRING)
        if not low <= len(value) <= high:
            if not value and low:
                raise _Invalid(TransferDetail.EMPTY)
            raise _Invalid(TransferDetail.WRONG_LENGTH, low=low, high=high)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _Invalid(TransferDetail.NOT_UNICODE) from None
        if "\x00" in value:
            raise _Invalid(TransferDetail.HOLDS_NUL)
        if line and any(unicodedata.category(c) == "Cc" for c in value):
            raise _Invalid(TransferDetail.HOLDS_CONTROLS)

    return check


def old_attachment_name(value: Any) -> None:
    old_text(1, MAX_ATTACHMENT_NAME_CHARS, line=True)(value)
    if "/" in value or "\\" in value:
        raise _Invalid(TransferDetail.HOLDS_PATH_SEPARATOR)
    if ".." in value:
        raise _Invalid(TransferDetail.HOLDS_DOT_DOT)
    if value.strip() != value or value.startswith("."):
        raise _Invalid(TransferDetail.DOT_OR_SPACES)


def old_check_fields(value: dict[str, Any], fields: dict[str, Callable[[Any], None]]) -> None:
    for name in value:
        if name not in fields:
            shown = name if records._FIELD_NAME.fullmatch(name) else "(a name not shown)"
            raise _Invalid(TransferDetail.NOT_A_FIELD, f".{shown}")
    for name, check in fields.items():
        if name not in value:
            raise _Invalid(TransferDetail.MISSING, f".{name}")
        try:
            check(value[name])
        except _Invalid as exc:
            raise _Invalid(exc.problem, f".{name}{exc.path}", **exc.data) from None


def old_canonical_json(record: dict[str, Any]) -> bytes:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def verdict(check: Callable[..., None], *args: Any) -> tuple[str, object, object] | None:
    """None when the value passes; else the problem, the path and the data."""
    try:
        check(*args)
    except _Invalid as exc:
        return (exc.problem, exc.path, exc.data)
    return None


# --- text made of the characters the rules care about ------------------------------------------

EDGES = (
    "\x00\x01\t\n\r\x1f \x7e\x7f\x80\x85\x9f\xa0\xad"  # C0, DEL, C1, NBSP, soft hyphen (Cf)
    "\u200b\u200d\u2028\u2029\u202e\u2066\ufeff\ufffd\uffff"  # format, separators, BOM
    "\ud7ff\ud800\udbff\udc00\udfff\ue000\uf8ff"  # either side of the surrogates; private use
    "\U0001f600\U000e0001\U000f0000\U0010fffd\U0010ffff"  # astral, tags, plane 15-16 PUA
    "./\\ é"
)
ANY_CHAR = st.characters(codec=None, categories=None, exclude_categories=())
CHARS = st.one_of(st.sampled_from(EDGES), ANY_CHAR)
TEXT = st.text(CHARS, max_size=40) | st.text(st.sampled_from(EDGES), max_size=12)
VALUES = TEXT | st.none() | st.integers() | st.lists(TEXT, max_size=2)


def test_every_code_point_alone() -> None:
    """Each of the 1,114,112 code points, alone and between letters, in a text and a line."""
    rules = [(_text(0, 3, line=line), old_text(0, 3, line=line)) for line in (False, True)]
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        for new, old in rules:
            for value in (ch, f"a{ch}b"):
                assert verdict(new, value) == verdict(old, value), hex(cp)


@settings(max_examples=1500)
@given(TEXT, st.integers(0, 3), st.integers(0, 45), st.booleans())
def test_text_rule_as_before(value: str, low: int, high: int, line: bool) -> None:
    assert verdict(_text(low, high, line=line), value) == verdict(
        old_text(low, high, line=line), value
    )


@settings(max_examples=300)
@given(VALUES)
def test_text_rule_refuses_what_is_not_text_as_before(value: Any) -> None:
    assert verdict(_text(1, 5, line=True), value) == verdict(old_text(1, 5, line=True), value)


@settings(max_examples=1000)
@given(st.text(st.one_of(st.sampled_from(EDGES + "..  .pdf"), ANY_CHAR), max_size=30))
def test_attachment_name_as_before(value: str) -> None:
    assert verdict(records._attachment_name, value) == verdict(old_attachment_name, value)


def test_refused_text_names_the_first_rule_broken() -> None:
    line = _text(0, 10, line=True)
    assert verdict(line, "a\x00\ud800")[0] == TransferDetail.NOT_UNICODE  # type: ignore[index]
    assert verdict(line, "\x01\x00")[0] == TransferDetail.HOLDS_NUL  # type: ignore[index]
    assert verdict(line, "a\x85")[0] == TransferDetail.HOLDS_CONTROLS  # type: ignore[index]
    assert verdict(_text(0, 10), "a\x85\u202e\ue000") is None


@st.composite
def objects(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A valid record of some type with fields dropped, unknown names added, values
    replaced by anything (or by text), the order shuffled: each at random."""
    kind = draw(st.sampled_from(sorted(FIELDS)))
    good = valid_records()[kind]
    names = list(good)
    kept = draw(st.sets(st.sampled_from(names))) if draw(st.booleans()) else set(names)
    extra = draw(st.lists(st.sampled_from(["extra", "Type", "a b", "é", ""]), max_size=1))
    changed = draw(st.sets(st.sampled_from(names), max_size=2))
    keys = draw(st.permutations([n for n in names if n in kept] + extra))
    return kind, {k: draw(VALUES) if k in changed or k not in good else good[k] for k in keys}


@settings(max_examples=1000)
@given(objects())
def test_fields_as_before(drawn: tuple[str, dict[str, Any]]) -> None:
    kind, value = drawn
    fields = FIELDS[kind]
    assert verdict(_check_fields, value, fields) == verdict(old_check_fields, value, fields)


@settings(max_examples=300)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
        max_leaves=12,
    )
)
def test_canonical_json_as_before(value: Any) -> None:
    record = {"type": "item", "value": value}
    try:
        expected: bytes | type[Exception] = old_canonical_json(record)
    except UnicodeEncodeError:
        expected = UnicodeEncodeError
    try:
        got: bytes | type[Exception] = canonical_json(record)
    except UnicodeEncodeError:
        got = UnicodeEncodeError
    assert got == expected


def old_loads(text: str) -> Any:
    """strict_json.parse_object's parse before issue 15: json.loads with its hooks."""
    return json.loads(
        text,
        object_pairs_hook=strict_json._no_duplicates,
        parse_constant=strict_json._refuse_constant,
    )


def parsed(loads: Callable[[str], Any], text: str) -> object:
    try:
        return ("value", loads(text))
    except strict_json._DuplicateKey:
        return "duplicate"
    except (ValueError, RecursionError):
        return "malformed"


JSONISH = st.text(st.sampled_from('{}[]",:0-1.5eE \t\n\\u\ufeffatrunlsfNIy'), max_size=30)


@settings(max_examples=1000)
@given(JSONISH | TEXT | st.builds(lambda v: json.dumps({"a": v}), TEXT))
def test_json_parse_as_before(text: str) -> None:
    assert parsed(strict_json._DECODER.decode, text) == parsed(old_loads, text)
    assert parsed(strict_json._DECODER.decode, "\ufeff" + text) == "malformed"
