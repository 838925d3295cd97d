"""The records inside a transfer bundle: a case serialised as JSON Lines, and the strict
check of every incoming line before anything else looks at it.

One record per line: `{"type": ..., "id": <global uuid>, ...fields}` with exactly the fields
of its type (FIELDS below). Dates are ISO text (YYYY-MM-DD), times UTC ISO text, markings
by name. A case travels as: its subject people (aliases, identifiers and addresses inside),
the links among those subjects, the case (with `subject_ids`), its items (in the order they
were recorded, so a superseded item precedes its correction), chronology entries,
assessments (scores inside), actions (updates inside) and attachments (metadata only; the
bytes travel beside the records, addressed by SHA-256).

Local bookkeeping stays out of the records: created/updated times, the child flag and the
case's overall marking (the highest of its record's marking and its items') are worked out
again by the receiving vault.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

from securedesk.core.cases.attachment_types import MAX_NAME_CHARS as MAX_ATTACHMENT_NAME_CHARS
from securedesk.core.domain import (
    INFORMATION_GRADES,
    SOURCE_GRADES,
    ActionStatus,
    CaseStatus,
    ConsentStatus,
)
from securedesk.core.errors import BundleRejected, NotFound
from securedesk.core.markings import Marking
from securedesk.core.text_rules import MAX_TEXT_CHARS
from securedesk.core.users.user_rules import MAX_NAME_CHARS
from securedesk.core.vault.database import Connection
from securedesk.transfer.record_read_store import RecordReadStore
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.strict_json import JsonProblem, parse_object
from securedesk.transfer.transfer_error_kinds import (
    ExchangeErrorKind,
    TransferDetail,
    TransferErrorKind,
    where_data,
)

RECORD_TYPES = (
    "person",
    "person_link",
    "case",
    "item",
    "chronology_entry",
    "assessment",
    "action",
    "attachment",
)

MAX_RECORD_BYTES = 1024 * 1024
MAX_DEPTH = 8
# The largest attachment any vault's policy allows (attachment_limit_mb is at most 240).
MAX_ATTACHMENT_BYTES = 240 * 1024 * 1024
# Limits the session applies to what users type (session.py), and for text it takes without
# a limit of its own, generous ones in the same spirit.
SHORT_TEXT = 200  # names, agencies, authors, caveats, references to people
NOTE_TEXT = 2000  # summaries, closing reasons, action descriptions and updates
ADDRESS_TEXT = 2000
EVIDENCE_TEXT = 20_000

# An attachment's name ending and the media type it must have (core/attachments.py).
ATTACHMENT_KINDS = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".txt": "text/plain",
    ".csv": "text/csv",
    ".md": "text/markdown",
}

Record = dict[str, Any]


# --- export ---------------------------------------------------------------------------------


def case_records(
    conn: Connection,
    case_id: str,
    *,
    exclude: set[str] | None = None,
    withhold: frozenset[str] = frozenset(),
) -> Iterator[Record]:
    """Every record of one case, in dependency order, read in bounded batches.

    `exclude`, when given, holds the ids of people and person links already written to the
    bundle (a subject may belong to several cases): those are skipped, and the ids yielded
    here are added to it. Without it, two cases sharing a subject would repeat that person,
    which an importer rejects as a duplicate record.

    `withhold` holds the ids of items that must not leave (their handling caveats): they
    are not read into the bundle at all, neither text nor id.
    """
    store = RecordReadStore(conn)
    case = store.case(case_id)
    if case is None:
        raise NotFound(ExchangeErrorKind.EXPORT_CASE_MISSING, case_id=case_id)
    subject_ids: list[str] = case["subject_ids"]
    for pid in subject_ids:
        if exclude is not None:
            if pid in exclude:
                continue
            exclude.add(pid)
        person = store.person(pid)
        if person is not None:
            yield person
    for link in store.links_among(subject_ids):
        if exclude is not None:
            if link["id"] in exclude:
                continue
            exclude.add(link["id"])
        yield link
    yield case
    yield from (i for i in store.items_of(case_id) if i["id"] not in withhold)
    yield from store.entries_of(case_id)
    yield from store.assessments_of(case_id)
    yield from store.actions_of(case_id)
    yield from store.attachments_of(case_id)


def record_marking(record: Record) -> Marking:
    """The marking that governs a record in a bundle.

    An item carries its own marking; a case record carries the marking of the case's own
    record (`record_marking`: reference, subjects, chronology, plan), not the highest of its
    items, which travel with their own. Every other record (people, links, chronology entries,
    assessments, actions, attachments) is governed by its case's record marking and returns
    OFFICIAL here, so the highest marking over a bundle's records is the highest over its
    case records and items — the bundle's true marking.
    """
    if record["type"] == "item":
        return Marking(record["marking"])
    if record["type"] == "case":
        return Marking(record["record_marking"])
    return Marking.OFFICIAL


# What json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False) builds
# on every call, built once: the same encoder, the same bytes.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(record: Record) -> bytes:
    """One JSON Lines line, without its newline: sorted keys, no spaces, UTF-8."""
    return _CANONICAL.encode(record).encode("utf-8")


def content_sha256(record: Record) -> str:
    return hashlib.sha256(canonical_json(record)).hexdigest()


# --- strict parsing -------------------------------------------------------------------------


class _Invalid(Exception):
    """A value broke its field's rule; `problem` and its data never carry the value."""

    def __init__(self, problem: TransferDetail, path: str = "", **data: object) -> None:
        self.problem = problem
        self.path = path
        self.data = data


Check = Callable[[Any], None]

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}:\d{2}|Z)")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_FIELD_NAME = re.compile(r"[a-z_]{1,40}")
# The characters a text field refuses, found in one pass: a surrogate (a lone one from a JSON
# escape; UTF-8 cannot encode it), NUL, and for a line every control character (Unicode
# category Cc, which is exactly U+0000-U+001F and U+007F-U+009F, a set Unicode keeps fixed).
# Only when one is found is the value looked at again, to name the first rule it breaks.
_SURROGATE = re.compile("[\ud800-\udfff]")
_NOT_TEXT = re.compile("[\x00\ud800-\udfff]")
_NOT_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _text(low: int, high: int, *, line: bool = False) -> Check:
    """A string of low..high characters, never NUL; `line`: no control characters at all."""
    refused = (_NOT_LINE if line else _NOT_TEXT).search

    def check(value: Any) -> None:
        if not isinstance(value, str):
            raise _Invalid(TransferDetail.NOT_A_STRING)
        if not low <= len(value) <= high:
            if not value and low:
                raise _Invalid(TransferDetail.EMPTY)
            raise _Invalid(TransferDetail.WRONG_LENGTH, low=low, high=high)
        if refused(value) is not None:
            raise _text_problem(value)

    return check


def _text_problem(value: str) -> _Invalid:
    """The first rule a text holding a refused character breaks: UTF-8, NUL, controls."""
    if _SURROGATE.search(value):
        return _Invalid(TransferDetail.NOT_UNICODE)
    if "\x00" in value:
        return _Invalid(TransferDetail.HOLDS_NUL)
    return _Invalid(TransferDetail.HOLDS_CONTROLS)


def _optional(inner: Check) -> Check:
    def check(value: Any) -> None:
        if value is not None:
            inner(value)

    return check


def _choice(allowed: tuple[str, ...]) -> Check:
    def check(value: Any) -> None:
        if not isinstance(value, str) or value not in allowed:
            raise _Invalid(TransferDetail.NOT_ONE_OF, allowed=", ".join(allowed))

    return check


def _uuid(value: Any) -> None:
    if not isinstance(value, str) or not _UUID.fullmatch(value):
        raise _Invalid(TransferDetail.NOT_A_LOWERCASE_UUID)


def _day(value: Any) -> None:
    if not isinstance(value, str) or not _DAY.fullmatch(value):
        raise _Invalid(TransferDetail.NOT_A_DATE)
    try:
        date.fromisoformat(value)
    except ValueError:
        raise _Invalid(TransferDetail.NOT_A_DATE) from None


def _stamp(value: Any) -> None:
    if not isinstance(value, str) or not _STAMP.fullmatch(value):
        raise _Invalid(TransferDetail.NOT_AN_ISO_TIME)
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise _Invalid(TransferDetail.NOT_AN_ISO_TIME) from None


def _whole(low: int, high: int) -> Check:
    def check(value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _Invalid(TransferDetail.NOT_A_WHOLE_NUMBER)
        if not low <= value <= high:
            raise _Invalid(TransferDetail.OUTSIDE_RANGE, low=low, high=high)

    return check


def _sha256(value: Any) -> None:
    if not isinstance(value, str) or not _SHA256.fullmatch(value):
        raise _Invalid(TransferDetail.NOT_A_SHA256)


_ATTACHMENT_NAME_TEXT = _text(1, MAX_ATTACHMENT_NAME_CHARS, line=True)


def _attachment_name(value: Any) -> None:
    _ATTACHMENT_NAME_TEXT(value)
    if "/" in value or "\\" in value:
        raise _Invalid(TransferDetail.HOLDS_PATH_SEPARATOR)
    if ".." in value:
        raise _Invalid(TransferDetail.HOLDS_DOT_DOT)
    if value.strip() != value or value.startswith("."):
        raise _Invalid(TransferDetail.DOT_OR_SPACES)


def _list(
    item: Check, high: int, *, low: int = 0, unique: Callable[[Any], Any] | None = None
) -> Check:
    def check(value: Any) -> None:
        if not isinstance(value, list):
            raise _Invalid(TransferDetail.NOT_A_LIST)
        if not low <= len(value) <= high:
            raise _Invalid(TransferDetail.WRONG_ENTRY_COUNT, low=low, high=high)
        n = 0
        try:
            for n, entry in enumerate(value):  # noqa: B007 (n names the entry that failed)
                item(entry)
        except _Invalid as exc:
            raise _Invalid(exc.problem, f"[{n}]{exc.path}", **exc.data) from None
        if unique is not None:
            keys = [unique(v) for v in value]
            if len(set(keys)) != len(keys):
                raise _Invalid(TransferDetail.SAME_ENTRY_TWICE)

    return check


def _object(fields: dict[str, Check]) -> Check:
    def check(value: Any) -> None:
        if not isinstance(value, dict):
            raise _Invalid(TransferDetail.NOT_AN_OBJECT)
        _check_fields(value, fields)

    return check


def _check_fields(value: dict[str, Any], fields: dict[str, Check]) -> None:
    """Every field there, none other, each by its rule, in the order of `fields`: the first
    name unknown, else the first field missing or wrong (a field before a missing one is
    checked first)."""
    fields_there = value.keys() == fields.keys()
    if not fields_there:
        for name in value:
            if name not in fields:
                shown = name if _FIELD_NAME.fullmatch(name) else "(a name not shown)"
                raise _Invalid(TransferDetail.NOT_A_FIELD, f".{shown}")
    name = ""
    try:
        for name, check in fields.items():
            if not fields_there and name not in value:
                break
            check(value[name])
    except _Invalid as exc:
        raise _Invalid(exc.problem, f".{name}{exc.path}", **exc.data) from None
    if not fields_there:
        raise _Invalid(TransferDetail.MISSING, f".{name}")


_MARKINGS = tuple(m.value for m in Marking)
_LINE = _text(1, SHORT_TEXT, line=True)
_USER = _text(1, MAX_NAME_CHARS, line=True)

FIELDS: dict[str, dict[str, Check]] = {
    "person": {
        "type": _choice(("person",)),
        "id": _uuid,
        "given_name": _text(0, SHORT_TEXT, line=True),
        "family_name": _text(0, SHORT_TEXT, line=True),
        "date_of_birth": _optional(_day),
        "aliases": _list(_LINE, 50),
        "identifiers": _list(_object({"kind": _LINE, "value": _LINE}), 50),
        "addresses": _list(_text(1, ADDRESS_TEXT), 20),
    },
    "person_link": {
        "type": _choice(("person_link",)),
        "id": _uuid,
        "person_id": _uuid,
        "other_id": _uuid,
        "relationship": _LINE,
    },
    "case": {
        "type": _choice(("case",)),
        "id": _uuid,
        "ref": _text(1, MAX_NAME_CHARS, line=True),
        "referral_source": _LINE,
        "referral_date": _day,
        # A user name on the sender's terminal; "" when the case is unallocated.
        "owner": _text(0, MAX_NAME_CHARS, line=True),
        "record_marking": _choice(_MARKINGS),
        "status": _choice(tuple(s.value for s in CaseStatus)),
        "closing_reason": _optional(_text(1, NOTE_TEXT)),
        "consent": _choice(tuple(c.value for c in ConsentStatus)),
        "consent_note": _text(0, NOTE_TEXT),
        "next_review": _optional(_day),
        "retention_review": _optional(_day),
        "subject_ids": _list(_uuid, 100, low=1, unique=lambda v: v),
    },
    "item": {
        "type": _choice(("item",)),
        "id": _uuid,
        "case_id": _uuid,
        "agency": _LINE,
        "author": _LINE,
        "item_date": _day,
        "text": _text(1, MAX_TEXT_CHARS),
        "source_grade": _choice(SOURCE_GRADES),
        "information_grade": _choice(INFORMATION_GRADES),
        "marking": _choice(_MARKINGS),
        "caveats": _list(_LINE, 20, unique=lambda v: v),
        "supersedes": _optional(_uuid),
        "recorded_by": _USER,
        "recorded_at": _stamp,
    },
    "chronology_entry": {
        "type": _choice(("chronology_entry",)),
        "id": _uuid,
        "case_id": _uuid,
        "event_date": _day,
        "summary": _text(1, NOTE_TEXT),
        "author": _LINE,
        "recorded_at": _stamp,
    },
    "assessment": {
        "type": _choice(("assessment",)),
        "id": _uuid,
        "case_id": _uuid,
        "assessor": _LINE,
        "assessed_on": _day,
        "framework_id": _text(1, MAX_NAME_CHARS, line=True),
        "framework_version": _whole(1, 1_000_000),
        "summary": _text(1, MAX_TEXT_CHARS),
        "recorded_at": _stamp,
        "scores": _list(
            _object(
                {
                    "factor_id": _text(1, MAX_NAME_CHARS, line=True),
                    "score": _whole(-1000, 1000),
                    "evidence": _text(0, EVIDENCE_TEXT),
                }
            ),
            200,
            unique=lambda v: v["factor_id"],
        ),
    },
    "action": {
        "type": _choice(("action",)),
        "id": _uuid,
        "case_id": _uuid,
        "description": _text(1, NOTE_TEXT),
        "agency": _LINE,
        # Free text in this vault (an officer, a role or a service), not a user name.
        "owner": _LINE,
        "due_date": _optional(_day),
        "status": _choice(tuple(s.value for s in ActionStatus)),
        "created_at": _stamp,
        "updates": _list(
            _object(
                {
                    "id": _uuid,
                    "at": _stamp,
                    "author": _LINE,
                    "status": _choice(tuple(s.value for s in ActionStatus)),
                    "note": _text(0, NOTE_TEXT),
                }
            ),
            10_000,
            unique=lambda v: v["id"],
        ),
    },
    "attachment": {
        "type": _choice(("attachment",)),
        "id": _uuid,
        "case_id": _uuid,
        "name": _attachment_name,
        "media_type": _choice(tuple(sorted(set(ATTACHMENT_KINDS.values())))),
        "size": _whole(0, MAX_ATTACHMENT_BYTES),
        "sha256": _sha256,
        "added_by": _USER,
        "added_at": _stamp,
    },
}


def _cross_checks(record: Record) -> None:
    """Rules between fields of one record."""
    kind = record["type"]
    if (
        kind == "case"
        and record["status"] == CaseStatus.CLOSED.value
        and not record["closing_reason"]
    ):
        raise _Invalid(TransferDetail.REQUIRED_WHEN_CLOSED, ".closing_reason")
    if kind == "attachment":
        name: str = record["name"]
        ending = name[name.rfind(".") :].lower() if "." in name else ""
        if ATTACHMENT_KINDS.get(ending) != record["media_type"]:
            raise _Invalid(TransferDetail.NOT_THE_NAME_ENDING, ".media_type")


def parse_record(line: bytes, where: str) -> Record:
    """One line of a bundle's records, checked strictly; BundleRejected("record-invalid")
    naming the line and the field, never the value, when anything is wrong. `where` is a
    transfer_error_kinds.RecordLine (or any place's name)."""

    def reject(kind: TransferErrorKind, **data: object) -> BundleRejected:
        return BundleRejected(RefusalReason.RECORD_INVALID, kind, **where_data(where), **data)

    if not isinstance(line, bytes | bytearray):
        raise reject(TransferErrorKind.RECORD_NOT_BYTES)
    try:
        value = parse_object(bytes(line), limit=MAX_RECORD_BYTES, max_depth=MAX_DEPTH)
    except JsonProblem as exc:
        raise reject(TransferErrorKind.RECORD_NOT_JSON, problem=exc.problem, **exc.data) from None
    kind = value.get("type")
    if not isinstance(kind, str) or kind not in FIELDS:
        raise reject(TransferErrorKind.RECORD_TYPE_UNKNOWN, types=", ".join(RECORD_TYPES))
    try:
        _check_fields(value, FIELDS[kind])
        _cross_checks(value)
    except _Invalid as exc:
        raise reject(
            TransferErrorKind.RECORD_FIELD_WRONG,
            record_type=kind,
            field=exc.path.lstrip("."),
            problem=exc.problem,
            **exc.data,
        ) from None
    return value
