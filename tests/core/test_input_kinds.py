"""Refusals of what people type or give carry a kind and data the window can word in Welsh:
the field they were filling in is a kind too, and the data never holds what they typed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from securedesk.core.cases.assessment_framework import load_framework
from securedesk.core.cases.attachment_types import identify
from securedesk.core.error_kinds import Detail, ErrorKind, Field, Kind, wording
from securedesk.core.errors import InvalidInput
from securedesk.core.markings import Marking
from securedesk.core.text_rules import clean_text, not_future

WELSH = {
    ErrorKind.TEXT_EMPTY.template: "Ni chaiff {what} fod yn wag.",
    ErrorKind.DATE_IN_FUTURE.template: "Ni chaiff {what} ({day}) fod yn y dyfodol.",
    Field.AGENCY.template: "yr asiantaeth",
    Field.DATE_OF_BIRTH.template: "y dyddiad geni",
}


def _welsh(kind: Kind) -> str:
    return WELSH.get(kind.template, kind.template)


def test_an_empty_field_is_named_by_a_kind_and_worded_in_either_language() -> None:
    with pytest.raises(InvalidInput) as info:
        clean_text("  ", Field.AGENCY)
    assert info.value.kind is ErrorKind.TEXT_EMPTY
    assert info.value.data == {"what": Field.AGENCY}
    assert str(info.value) == "The agency cannot be empty."
    assert (
        wording(info.value.kind, info.value.data, _welsh) == "Ni chaiff yr asiantaeth fod yn wag."
    )


def test_text_too_long_carries_the_limit_not_the_text() -> None:
    with pytest.raises(InvalidInput) as info:
        clean_text("confidential words " * 20, Field.ITEM_TEXT, limit=100)
    assert info.value.kind is ErrorKind.TEXT_TOO_LONG
    assert info.value.data == {"what": Field.ITEM_TEXT, "limit": 100}
    assert "confidential" not in str(info.value)


def test_a_future_date_is_worded_with_its_field() -> None:
    with pytest.raises(InvalidInput) as info:
        not_future(date(2030, 1, 2), Field.DATE_OF_BIRTH, date(2026, 1, 1))
    assert str(info.value) == "The date of birth (2030-01-02) is in the future."
    assert wording(info.value.kind, info.value.data, _welsh) == (
        "Ni chaiff y dyddiad geni (2030-01-02) fod yn y dyfodol."
    )


def test_a_file_without_an_ending_is_refused_with_a_translatable_none() -> None:
    with pytest.raises(InvalidInput) as info:
        identify("README", b"text")
    assert info.value.kind is ErrorKind.ATTACHMENT_ENDING_REFUSED
    assert info.value.data["ending"] is Detail.NO_ENDING
    assert str(info.value).startswith("Files ending '(none)' cannot be attached; use one of .csv")


def test_an_unknown_marking_names_the_choices() -> None:
    with pytest.raises(InvalidInput) as info:
        Marking.parse("TOP SECRET")
    assert info.value.kind is ErrorKind.NOT_A_MARKING
    assert info.value.data == {
        "text": "TOP SECRET",
        "allowed": "OFFICIAL, OFFICIAL-SENSITIVE, SECRET",
    }


def _framework(**changes: object) -> dict[str, object]:
    factors = [{"id": "f1", "name": "F", "guidance": "G"}]
    domains = [{"id": d, "name": d.title(), "factors": []} for d in ("engagement", "intent")]
    domains.append({"id": "capability", "name": "Capability", "factors": factors})
    base: dict[str, object] = {
        "id": "test",
        "version": 1,
        "name": "Test framework",
        "scale": {"min": 0, "max": 3, "labels": {"0": "none"}},
        "domains": domains,
    }
    return {**base, **changes}


@pytest.mark.parametrize(
    ("content", "why", "wording_end"),
    [
        (b"{not json", Detail.NOT_JSON, "it is not valid JSON; it may be truncated"),
        (
            json.dumps({k: v for k, v in _framework().items() if k != "scale"}).encode(),
            Detail.FIELD_MISSING,
            "it has no 'scale' field",
        ),
        (
            json.dumps(_framework(domains=list(reversed(_framework()["domains"])))).encode(),
            Detail.FRAMEWORK_DOMAIN_ORDER,
            "domains must be engagement, intent, capability in that order",
        ),
        (
            json.dumps(_framework(version="one")).encode(),
            Detail.FRAMEWORK_VERSION_NOT_WHOLE,
            "version must be a whole number",
        ),
    ],
)
def test_a_bad_framework_file_says_what_is_wrong(
    tmp_path: Path, content: bytes, why: Detail, wording_end: str
) -> None:
    path = tmp_path / "framework.json"
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as info:
        load_framework(path)
    assert info.value.kind is ErrorKind.FRAMEWORK_INVALID
    assert info.value.data["why"] is why
    assert str(info.value) == f"The assessment framework file is not valid: {wording_end}"


def test_a_sound_framework_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "framework.json"
    path.write_text(json.dumps(_framework()))
    assert [f.id for f in load_framework(path).factors] == ["f1"]
