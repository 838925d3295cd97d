"""Transfer errors carry a kind and data, not English: the place in a bundle, the field and
what was wrong with it are kinds and codes the window words in the user's language, and no
value from a record ever travels in the data."""

from __future__ import annotations

import pytest

from securedesk.core.error_kinds import Kind, wording
from securedesk.core.errors import BundleRejected
from securedesk.transfer.contact_card import parse_card
from securedesk.transfer.identity import generate_identity
from securedesk.transfer.records import RECORD_TYPES, parse_record
from securedesk.transfer.transfer_error_kinds import (
    RECORD_NOUNS,
    ExchangeErrorKind,
    RecordLine,
    TransferDetail,
    TransferErrorKind,
    where_data,
)

from .test_records import changed


def _marked(kind: Kind) -> str:
    """A stand-in translation: the English template in brackets, so nesting shows."""
    return "[" + kind.template + "]"


def test_a_record_line_reads_as_its_english_and_carries_its_entry_and_line() -> None:
    line = RecordLine("records/000003.jsonl", 17)
    assert line == "records/000003.jsonl line 17"
    assert where_data(line) == {
        "where": TransferDetail.RECORD_LINE,
        "entry": "records/000003.jsonl",
        "line": 17,
    }
    assert where_data("attachments/ab") == {"where": "attachments/ab"}


def test_a_refused_record_carries_codes_and_kinds_never_the_value() -> None:
    secret = "Rhiannon Secretname"
    with pytest.raises(BundleRejected) as caught:
        parse_record(changed("item", item_date=secret), RecordLine("records/000001.jsonl", 4))
    error = caught.value
    assert error.reason == "record-invalid"
    assert error.kind is TransferErrorKind.RECORD_FIELD_WRONG
    assert error.data == {
        "where": TransferDetail.RECORD_LINE,
        "entry": "records/000001.jsonl",
        "line": 4,
        "record_type": "item",
        "field": "item_date",
        "problem": TransferDetail.NOT_A_DATE,
    }
    assert str(error) == (
        "records/000001.jsonl line 4: item record: field 'item_date' is not a date (YYYY-MM-DD)"
    )
    assert not any("Secretname" in str(value) for value in error.data.values())


def test_nested_kinds_are_worded_through_the_translator() -> None:
    with pytest.raises(BundleRejected) as caught:
        parse_card(
            generate_identity("T" * 100, "Org").card().to_bytes().replace(b"T" * 100, b"T" * 101)
        )
    error = caught.value
    assert error.kind is ExchangeErrorKind.CARD_REFUSED
    assert error.data["problem"] is TransferDetail.CARD_FIELD_WRONG
    assert error.data["field_problem"] is TransferDetail.LONGER_THAN
    assert wording(error.kind, error.data, _marked) == (
        "[The contact card ['Name' [is longer than 100 characters]]. "
        "Ask the partner for a fresh card.]"
    )


def test_every_record_type_has_its_nouns() -> None:
    assert set(RECORD_NOUNS) == set(RECORD_TYPES)
    for bare, with_article in RECORD_NOUNS.values():
        assert with_article.template.endswith(" " + bare.template)
