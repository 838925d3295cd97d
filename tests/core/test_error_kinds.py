"""Error kinds are a contract: unique codes, one English wording each, worded from data, and
the document users read lists every one of them."""

from __future__ import annotations

import string

from securedesk.core.error_kinds import Detail, ErrorKind, Kind, word
from securedesk.core.errors import (
    EXIT_AUTHENTICATION,
    EXIT_INTEGRITY,
    CaseAboveClearance,
    KeySlotFileDamaged,
    VaultDamaged,
    WrongPassphrase,
)

from ..scripts import load_script


def _script():  # type: ignore[no-untyped-def]
    return load_script("contract_docs")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_code_is_unique_across_every_kind_enum() -> None:
    codes: dict[str, str] = {}
    for enum_class in _script().kind_enums():
        for member in enum_class:
            where = f"{enum_class.__qualname__}.{member.name}"
            assert member.value not in codes, (
                f"{member.value} is both {codes[member.value]} and {where}"
            )
            codes[member.value] = where
            assert member.template.strip(), where
            assert member.value == member.value.lower() and " " not in member.value, where
    assert len(codes) > 60  # the core's, the transfer package's and the packs' kinds


def test_the_document_lists_every_kind_and_is_current() -> None:
    module = _script()
    text = module.DOCUMENT.read_text("utf-8")
    assert text == module.document(), "run: python scripts/contract_docs.py"
    for enum_class in module.kind_enums():
        for member in enum_class:
            assert f"`{member.value}`" in text


def test_an_error_carries_its_kind_and_data_and_words_itself_in_english() -> None:
    error = WrongPassphrase("olivia")
    assert error.kind is ErrorKind.WRONG_PASSPHRASE
    assert error.data == {"user": "olivia"}
    assert error.exit_code == EXIT_AUTHENTICATION
    assert str(error).startswith("The passphrase for user 'olivia' is not correct.")


def test_a_why_that_is_a_kind_is_worded_with_the_same_data() -> None:
    error = VaultDamaged("/v/vault.db", Detail.SOME_PAGES_FAIL_CHECK, bad_pages=3, first_page="p7")
    assert error.exit_code == EXIT_INTEGRITY
    assert "is damaged: 3 page(s) fail their check: p7. It was not modified" in str(error)
    slot = KeySlotFileDamaged(
        "/v/keyslots.json", Detail.FILE_UNREADABLE, os_error="Permission denied"
    )
    assert "(it cannot be read: Permission denied)" in str(slot)


def test_a_translation_with_the_wrong_fields_falls_back_to_english() -> None:
    from securedesk.core.error_kinds import wording

    kind = ErrorKind.CASE_ABOVE_CLEARANCE
    broken = wording(kind, {"ref": "C-1", "clearance": "OFFICIAL"}, lambda k: "Achos {cyf}")
    assert broken == word(kind, {"ref": "C-1", "clearance": "OFFICIAL"})
    assert "C-1" in broken


def test_a_case_refusal_names_only_what_the_user_typed_and_their_own_clearance() -> None:
    error = CaseAboveClearance("C-2026-0001", "OFFICIAL")
    assert error.data == {"ref": "C-2026-0001", "clearance": "OFFICIAL"}
    assert _fields(error.kind.template) == {"ref", "clearance"}


def test_kinds_are_enumerable_from_the_base() -> None:
    assert ErrorKind in Kind.__subclasses__() and Detail in Kind.__subclasses__()
