"""Bundle records: a case serialised whole and in order, and the strict check of every
incoming line (each bad line refused with the line and field named, never the value)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from securedesk.core.domain import ActionStatus, FactorScore, Person, PersonLink
from securedesk.core.errors import BundleRejected
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.core.storage import Storage
from securedesk.core.vault import database
from securedesk.transfer.records import (
    FIELDS,
    MAX_RECORD_BYTES,
    RECORD_TYPES,
    canonical_json,
    case_records,
    content_sha256,
    parse_record,
    record_marking,
)

from ..conftest import OFFICER_PASS, make_vault

WHERE = "records/000003.jsonl line 17"
TODAY = date(2025, 6, 1)


def build_case(s: Session, tmp: Path, *, given_name: str = "Siân") -> str:
    """A case with two subjects (one a child) linked to each other, a superseded item and
    its correction, a chronology entry, an assessment, two actions (one updated) and an
    attachment. Returns the case id."""
    child = Person(given_name, "Pritchard", date(2011, 2, 3), aliases=["Sian P"])
    parent = Person("Gareth", "Pritchard", date(1980, 7, 9), addresses=["1 Stryd Fawr\nBangor"])
    case = s.cases.add_case(
        [child, parent],
        referral_source="School",
        referral_date=date(2025, 1, 10),
        marking=Marking.OFFICIAL,
        today=TODAY,
    )
    with database.transaction(s.vault.conn) as conn:
        Storage(conn).add_person_link(PersonLink(child.id, parent.id, "parent"))
    first = s.cases.add_item(
        case.ref,
        agency="Education",
        text="Absent for two weeks; teacher concerned about online contacts.",
        item_date=date(2025, 1, 9),
        marking=Marking.OFFICIAL,
        caveats=["not for panel"],
        today=TODAY,
    )
    s.cases.add_item(
        case.ref,
        agency="Education",
        text="Correction: absent for one week.",
        item_date=date(2025, 1, 8),
        marking=Marking.OFFICIAL_SENSITIVE,
        supersedes=first.id,
        source_grade="B",
        information_grade="2",
        today=TODAY,
    )
    s.cases.add_chronology_entry(case.ref, date(2025, 1, 11), "Strategy discussion with school.")
    framework = s.framework
    s.cases.add_assessment(
        case.ref,
        [FactorScore(f.id, framework.scale_min + 1, "seen") for f in framework.factors],
        "Moderate concern.",
        assessed_on=date(2025, 2, 1),
    )
    action = s.cases.add_action(case.ref, "Home visit", "Children's social care", "oscar", None)
    s.cases.add_action(case.ref, "Mentor referral", "Education", "Youth service", date(2025, 3, 1))
    s.cases.update_action(case.ref, action.id, ActionStatus.IN_PROGRESS, "Visit booked.")
    notes = tmp / "notes.txt"
    notes.write_text("Notes from the visit — Siân.\n", encoding="utf-8")
    s.attachments.add_attachment(case.ref, notes)
    return case.id


@pytest.fixture
def sender(tmp_path: Path) -> Iterator[Session]:
    folder = tmp_path / "a"
    make_vault(folder)
    s = Session.sign_in(folder, "oscar", OFFICER_PASS)
    yield s
    s.lock()


def test_a_case_is_serialised_whole_in_dependency_order(sender: Session, tmp_path: Path) -> None:
    case_id = build_case(sender, tmp_path)
    records = list(case_records(sender.vault.conn, case_id))
    kinds = [r["type"] for r in records]
    assert kinds == [
        "person",
        "person",
        "person_link",
        "case",
        "item",
        "item",
        "chronology_entry",
        "assessment",
        "action",
        "action",
        "attachment",
    ]
    case = records[3]
    assert case["subject_ids"] == [records[0]["id"], records[1]["id"]]
    assert case["record_marking"] == "OFFICIAL"
    assert case["owner"] == "oscar"
    # The superseded item comes before its correction.
    assert records[5]["supersedes"] == records[4]["id"]
    assert records[4]["caveats"] == ["not for panel"]
    assert records[0]["date_of_birth"] == "2011-02-03"
    assert records[0]["aliases"] == ["Sian P"]
    assert records[1]["addresses"] == ["1 Stryd Fawr\nBangor"]
    updated = next(r for r in records if r["type"] == "action" and r["updates"])
    assert [(u["status"], u["note"]) for u in updated["updates"]] == [
        ("in progress", "Visit booked.")
    ]
    attachment = records[-1]
    assert attachment["name"] == "notes.txt"
    assert attachment["media_type"] == "text/plain"
    assert "data" not in attachment
    assert len(attachment["sha256"]) == 64
    assessment = records[7]
    assert len(assessment["scores"]) == len(sender.framework.factors)
    # Every record has exactly its type's fields and survives the strict parser unchanged.
    for n, record in enumerate(records):
        assert set(record) == set(FIELDS[record["type"]])
        assert parse_record(canonical_json(record), f"line {n}") == record


def test_shared_subjects_are_written_once_across_cases(sender: Session, tmp_path: Path) -> None:
    first = build_case(sender, tmp_path)
    subject = sender.store.get_case(first).subjects[0]
    second = sender.cases.add_case(
        [Person("Ffion", "Pritchard", date(2013, 1, 1))],
        referral_source="Health",
        referral_date=date(2025, 2, 2),
        today=TODAY,
    ).id
    with database.transaction(sender.vault.conn) as conn:
        conn.execute(
            "INSERT INTO case_subjects (case_id, person_id, position) VALUES (?, ?, 1)",
            (second, subject.id),
        )
    sent: set[str] = set()
    ids = [
        r["id"] for c in (first, second) for r in case_records(sender.vault.conn, c, exclude=sent)
    ]
    assert len(ids) == len(set(ids))
    assert subject.id in sent
    # Without the shared set the subject is written for each case.
    again = [r["id"] for c in (first, second) for r in case_records(sender.vault.conn, c)]
    assert again.count(subject.id) == 2


def test_items_are_read_in_batches_across_many(sender: Session, tmp_path: Path) -> None:
    case_id = build_case(sender, tmp_path)
    ref = sender.store.case_row(case_id).ref
    for n in range(450):
        sender.cases.add_item(ref, agency="Police", text=f"Sighting {n}", today=TODAY)
    items = [r for r in case_records(sender.vault.conn, case_id) if r["type"] == "item"]
    assert len(items) == 452
    assert [i["text"] for i in items[2:]] == [f"Sighting {n}" for n in range(450)]


def test_canonical_json_is_sorted_compact_utf8() -> None:
    record = {"b": "Siân", "a": [1, {"d": None, "c": True}]}
    assert canonical_json(record) == '{"a":[1,{"c":true,"d":null}],"b":"Siân"}'.encode()
    assert content_sha256(record) == content_sha256({"a": [1, {"c": True, "d": None}], "b": "Siân"})


# --- a valid record of every type, to break one rule at a time --------------------------

U = [f"{n:08x}-0000-4000-8000-{n:012x}" for n in range(1, 20)]
STAMP = "2025-01-10T09:30:00.123456+00:00"


def valid_records() -> dict[str, dict[str, Any]]:
    return {
        "person": {
            "type": "person",
            "id": U[0],
            "given_name": "Siân",
            "family_name": "Pritchard",
            "date_of_birth": "2011-02-03",
            "aliases": ["Sian P"],
            "identifiers": [{"kind": "NHS number", "value": "485 777 3456"}],
            "addresses": ["1 Stryd Fawr\nBangor"],
        },
        "person_link": {
            "type": "person_link",
            "id": U[1],
            "person_id": U[0],
            "other_id": U[2],
            "relationship": "parent",
        },
        "case": {
            "type": "case",
            "id": U[3],
            "ref": "WF-2025-0001",
            "referral_source": "School",
            "referral_date": "2025-01-10",
            "owner": "oscar",
            "record_marking": "OFFICIAL",
            "status": "referral",
            "closing_reason": None,
            "consent": "not sought",
            "consent_note": "",
            "next_review": None,
            "retention_review": None,
            "subject_ids": [U[0]],
        },
        "item": {
            "type": "item",
            "id": U[4],
            "case_id": U[3],
            "agency": "Education",
            "author": "oscar",
            "item_date": "2025-01-09",
            "text": "Absent for two weeks.",
            "source_grade": "C",
            "information_grade": "3",
            "marking": "OFFICIAL-SENSITIVE",
            "caveats": ["not for panel"],
            "supersedes": None,
            "recorded_by": "oscar",
            "recorded_at": STAMP,
        },
        "chronology_entry": {
            "type": "chronology_entry",
            "id": U[5],
            "case_id": U[3],
            "event_date": "2025-01-11",
            "summary": "Strategy discussion.",
            "author": "oscar",
            "recorded_at": STAMP,
        },
        "assessment": {
            "type": "assessment",
            "id": U[6],
            "case_id": U[3],
            "assessor": "oscar",
            "assessed_on": "2025-02-01",
            "framework_id": "sd-vaf",
            "framework_version": 1,
            "summary": "Moderate concern.",
            "recorded_at": STAMP,
            "scores": [{"factor_id": "engagement.identity", "score": 2, "evidence": ""}],
        },
        "action": {
            "type": "action",
            "id": U[7],
            "case_id": U[3],
            "description": "Home visit",
            "agency": "Children's social care",
            "owner": "oscar",
            "due_date": None,
            "status": "in progress",
            "created_at": STAMP,
            "updates": [
                {"id": U[8], "at": STAMP, "author": "oscar", "status": "in progress", "note": "x"}
            ],
        },
        "attachment": {
            "type": "attachment",
            "id": U[9],
            "case_id": U[3],
            "name": "notes.txt",
            "media_type": "text/plain",
            "size": 12,
            "sha256": "ab" * 32,
            "added_by": "oscar",
            "added_at": STAMP,
        },
    }


def test_every_valid_record_parses_to_itself() -> None:
    for record in valid_records().values():
        assert parse_record(canonical_json(record), WHERE) == record
        # Key order and spacing do not matter to the parser.
        assert parse_record(json.dumps(record, indent=1).encode(), WHERE) == record


def test_record_marking_per_type() -> None:
    records = valid_records()
    assert record_marking(records["item"]) is Marking.OFFICIAL_SENSITIVE
    records["case"]["record_marking"] = "SECRET"
    assert record_marking(records["case"]) is Marking.SECRET
    for kind in RECORD_TYPES:
        if kind not in ("item", "case"):
            assert record_marking(records[kind]) is Marking.OFFICIAL


def changed(kind: str, **fields: Any) -> bytes:
    record = valid_records()[kind]
    for name, value in fields.items():
        if value is _DROP:
            del record[name]
        else:
            record[name] = value
    return canonical_json(record)


_DROP = object()
ITEM = canonical_json(valid_records()["item"])

BAD_LINES = [
    (
        "unknown type",
        changed("item", type="meeting"),
        "the record's type is missing or not one of: person, person_link, case, item, "
        "chronology_entry, assessment, action, attachment",
    ),
    (
        "no type",
        changed("item", type=_DROP),
        "the record's type is missing or not one of: "
        "person, person_link, case, item, chronology_entry, assessment, action, attachment",
    ),
    (
        "unknown field",
        changed("item", colour="red"),
        "item record: field 'colour' is not a field of this record",
    ),
    (
        "unknown field with an odd name",
        changed("item", **{"Ünïcode name\n": 1}),
        "item record: field '(a name not shown)' is not a field of this record",
    ),
    ("missing field", changed("item", text=_DROP), "item record: field 'text' is missing"),
    (
        "wrong type",
        changed("item", caveats="not for panel"),
        "item record: field 'caveats' is not a list",
    ),
    (
        "wrong type in a list",
        changed("item", caveats=[1]),
        "item record: field 'caveats[0]' is not a string",
    ),
    (
        "null where required",
        changed("item", text=None),
        "item record: field 'text' is not a string",
    ),
    ("empty where required", changed("item", text=""), "item record: field 'text' is empty"),
    (
        "bad date",
        changed("item", item_date="2025-02-30"),
        "item record: field 'item_date' is not a date (YYYY-MM-DD)",
    ),
    (
        "date in another form",
        changed("item", item_date="9/1/2025"),
        "item record: field 'item_date' is not a date (YYYY-MM-DD)",
    ),
    (
        "bad time",
        changed("item", recorded_at="yesterday"),
        "item record: field 'recorded_at' is not a UTC time (ISO 8601 with offset)",
    ),
    (
        "time without offset",
        changed("item", recorded_at="2025-01-10T09:30:00"),
        "item record: field 'recorded_at' is not a UTC time (ISO 8601 with offset)",
    ),
    (
        "bad uuid",
        changed("item", case_id="not-a-uuid"),
        "item record: field 'case_id' is not a lowercase UUID",
    ),
    (
        "uppercase uuid",
        changed("item", id="ABCDEF00-0000-4000-8000-00000000000A"),
        "item record: field 'id' is not a lowercase UUID",
    ),
    (
        "bad enum: marking",
        changed("item", marking="TOP SECRET"),
        "item record: field 'marking' is not one of: OFFICIAL, OFFICIAL-SENSITIVE, SECRET",
    ),
    (
        "bad enum: grade",
        changed("item", source_grade="F"),
        "item record: field 'source_grade' is not one of: A, B, C, D, E",
    ),
    (
        "bad enum: status",
        changed("case", status="open"),
        "case record: field 'status' is not one of: referral, information gathering, "
        "assessment, panel, support plan, review, closed",
    ),
    (
        "bad enum: consent",
        changed("case", consent="yes"),
        "case record: field 'consent' is not one of: not sought, given, parental consent "
        "given, refused, withdrawn",
    ),
    (
        "too long",
        changed("item", agency="A" * 201),
        "item record: field 'agency' is not 1 to 200 characters long",
    ),
    (
        "text too long",
        changed("item", text="x" * 200_001),
        "item record: field 'text' is not 1 to 200000 characters long",
    ),
    (
        "too many caveats",
        changed("item", caveats=[f"c{n}" for n in range(21)]),
        "item record: field 'caveats' does not hold 0 to 20 entries",
    ),
    (
        "control character in a short field",
        changed("item", agency="Police\x1b[2J"),
        "item record: field 'agency' contains control characters",
    ),
    (
        "NUL in text",
        changed("item", text="a\x00b"),
        "item record: field 'text' contains a NUL character",
    ),
    (
        "lone surrogate",
        ITEM.replace(b'"Absent for two weeks."', b'"\\ud800"'),
        "item record: field 'text' is not valid Unicode text",
    ),
    (
        "number as text",
        changed("assessment", framework_version="1"),
        "assessment record: field 'framework_version' is not a whole number",
    ),
    (
        "true as a number",
        changed("attachment", size=True),
        "attachment record: field 'size' is not a whole number",
    ),
    (
        "float as a number",
        changed("attachment", size=1.5),
        "attachment record: field 'size' is not a whole number",
    ),
    (
        "negative size",
        changed("attachment", size=-1),
        "attachment record: field 'size' is outside 0..251658240",
    ),
    (
        "size over the limit",
        changed("attachment", size=240 * 1024 * 1024 + 1),
        "attachment record: field 'size' is outside 0..251658240",
    ),
    (
        "bad sha256",
        changed("attachment", sha256="AB" * 32),
        "attachment record: field 'sha256' is not a SHA-256 (64 lowercase hexadecimal digits)",
    ),
    (
        "short sha256",
        changed("attachment", sha256="ab"),
        "attachment record: field 'sha256' is not a SHA-256 (64 lowercase hexadecimal digits)",
    ),
    (
        "attachment name ../",
        changed("attachment", name="../evil.txt"),
        "attachment record: field 'name' contains a path separator",
    ),
    (
        "attachment name /abs",
        changed("attachment", name="/abs.txt"),
        "attachment record: field 'name' contains a path separator",
    ),
    (
        "attachment name backslash",
        changed("attachment", name="..\\evil.txt"),
        "attachment record: field 'name' contains a path separator",
    ),
    (
        "attachment name with ..",
        changed("attachment", name="..txt"),
        "attachment record: field 'name' contains '..'",
    ),
    (
        "attachment name with NUL",
        changed("attachment", name="a\x00b.txt"),
        "attachment record: field 'name' contains a NUL character",
    ),
    (
        "attachment name with newline",
        changed("attachment", name="a\nb.txt"),
        "attachment record: field 'name' contains control characters",
    ),
    (
        "hidden attachment name",
        changed("attachment", name=".bashrc.txt"),
        "attachment record: field 'name' begins with a dot or has surrounding spaces",
    ),
    (
        "media type unknown",
        changed("attachment", media_type="application/x-sh"),
        "attachment "
        "record: field 'media_type' is not one of: application/pdf, image/gif, image/jpeg, "
        "image/png, text/csv, text/markdown, text/plain",
    ),
    (
        "media type against the name",
        changed("attachment", name="notes.pdf"),
        "attachment record: field 'media_type' does not match the name's ending",
    ),
    (
        "nested object field",
        changed("assessment", scores=[{"factor_id": "f", "score": "3", "evidence": ""}]),
        "assessment record: field 'scores[0].score' is not a whole number",
    ),
    (
        "nested unknown field",
        changed("assessment", scores=[{"factor_id": "f", "score": 3, "evidence": "", "x": 1}]),
        "assessment record: field 'scores[0].x' is not a field of this record",
    ),
    (
        "nested missing field",
        changed("person", identifiers=[{"kind": "NHS number"}]),
        "person record: field 'identifiers[0].value' is missing",
    ),
    (
        "repeated list entry",
        changed("case", subject_ids=[U[0], U[0]]),
        "case record: field 'subject_ids' holds the same entry twice",
    ),
    (
        "case without subjects",
        changed("case", subject_ids=[]),
        "case record: field 'subject_ids' does not hold 1 to 100 entries",
    ),
    (
        "closed without a reason",
        changed("case", status="closed"),
        "case record: field 'closing_reason' is required when the case is closed",
    ),
    (
        "nested too deep",
        changed("item", caveats=[[[[[[[[["x"]]]]]]]]]),
        "the record nests deeper than 8 levels",
    ),
    ("deep and unbalanced", b"[" * 100_000, "the record nests deeper than 8 levels"),
    (
        "brackets inside strings do not count",
        changed("item", text="[[[[[[[[[[{{{{{{{{{{", caveats=5),
        "item record: field 'caveats' is not a list",
    ),
    (
        "duplicate JSON key",
        ITEM[:-1] + b',"text":"again"}',
        "the record has the same key twice in one object",
    ),
    (
        "duplicate key nested",
        changed("assessment", scores=[]).replace(
            b'"scores":[]', b'"scores":[{"score":1,"score":2}]'
        ),
        "the record has the same key twice in one object",
    ),
    ("invalid UTF-8", ITEM.replace(b"Absent", b"Ab\xffsent"), "the record is not valid UTF-8"),
    ("overlong UTF-8", ITEM.replace(b"Absent", b"\xc0\xafAbsent"), "the record is not valid UTF-8"),
    ("too large line", b" " * (MAX_RECORD_BYTES + 1), "the record is longer than 1048576 bytes"),
    ("not JSON", b"{type: item}", "the record is not valid JSON"),
    ("truncated", ITEM[:-10], "the record is not valid JSON"),
    ("two objects", ITEM + ITEM, "the record is not valid JSON"),
    ("NaN", ITEM.replace(b'"size"', b'"size"')[:-1] + b',"n":NaN}', "the record is not valid JSON"),
    (
        "huge integer",
        changed("attachment", size=0).replace(b'"size":0', b'"size":' + b"9" * 5000),
        "the record is not valid JSON",
    ),
    ("an array", b"[1, 2]", "the record is not a JSON object"),
    ("a string", b'"item"', "the record is not a JSON object"),
    ("empty line", b"", "the record is not valid JSON"),
]


@pytest.mark.parametrize(
    ("line", "message"), [b[1:] for b in BAD_LINES], ids=[b[0] for b in BAD_LINES]
)
def test_bad_lines_are_rejected_naming_line_and_field(line: bytes, message: str) -> None:
    with pytest.raises(BundleRejected) as caught:
        parse_record(line, WHERE)
    assert caught.value.reason == "record-invalid"
    assert str(caught.value) == f"{WHERE}: {message}"


def test_messages_never_carry_values() -> None:
    secret = "Rhiannon Secretname"
    for name, value in [
        ("agency", secret + "x" * 300),
        ("item_date", secret),
        ("case_id", secret),
        ("marking", secret),
        ("caveats", [secret * 20]),
    ]:
        with pytest.raises(BundleRejected) as caught:
            parse_record(changed("item", **{name: value}), WHERE)
        assert "Secretname" not in str(caught.value)
    with pytest.raises(BundleRejected) as caught:
        parse_record(changed("item", **{secret: 1}), WHERE)
    assert "Secretname" not in str(caught.value)


# --- whatever arrives, only BundleRejected comes out -----------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=30,
)
field_names = st.sampled_from(sorted({f for fields in FIELDS.values() for f in fields}))


@st.composite
def mutated_records(draw: st.DrawFn) -> bytes:
    records = valid_records()
    record = records[draw(st.sampled_from(RECORD_TYPES))]
    for _ in range(draw(st.integers(0, 3))):
        action = draw(st.sampled_from(["set", "drop", "add"]))
        if action == "set" and record:
            record[draw(st.sampled_from(sorted(record)))] = draw(json_values)
        elif action == "drop" and record:
            del record[draw(st.sampled_from(sorted(record)))]
        else:
            record[draw(field_names)] = draw(json_values)
    line = json.dumps(record, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        data = bytearray(line)
        for _ in range(draw(st.integers(1, 4))):
            if not data:
                break
            at = draw(st.integers(0, len(data) - 1))
            op = draw(st.sampled_from(["flip", "cut", "insert"]))
            if op == "flip":
                data[at] = draw(st.integers(0, 255))
            elif op == "cut":
                del data[at:]
            else:
                data[at:at] = draw(st.binary(min_size=1, max_size=4))
        line = bytes(data)
    return line


def _only_rejected(line: bytes) -> None:
    try:
        record = parse_record(line, WHERE)
    except BundleRejected as exc:
        assert exc.reason == "record-invalid"
        assert str(exc).startswith(f"{WHERE}: ")
        return
    # Whatever passes is a well-formed record that serialises again unchanged.
    assert parse_record(canonical_json(record), WHERE) == record


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_records())
def test_mutated_records_raise_only_bundle_rejected(line: bytes) -> None:
    _only_rejected(line)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_random_json_raises_only_bundle_rejected(value: Any) -> None:
    _only_rejected(json.dumps(value).encode())


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_random_bytes_raise_only_bundle_rejected(line: bytes) -> None:
    _only_rejected(line)
