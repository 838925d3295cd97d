"""The key-slot file: wrapping, binding to vault and user, and defensive parsing."""

from __future__ import annotations

import json
import os

import pytest

from securedesk.core.error_kinds import Detail
from securedesk.core.errors import KeySlotFileDamaged, WrongPassphrase
from securedesk.core.vault.kdf import KdfParams
from securedesk.core.vault.keyslots import KeySlotFile, make_slot, reseal, unwrap_slot

from ..conftest import FAST_KDF

DB_KEY = bytes(range(32))


def slot_for(user: str = "alice", vault_id: str = "v1", secret: bytes | None = None):
    return make_slot(
        vault_id=vault_id,
        user=user,
        passphrase="correct horse battery",
        db_key=DB_KEY,
        params=FAST_KDF,
        binding_secret=secret,
    )


def test_right_passphrase_unwraps_the_database_key() -> None:
    unwrapped = unwrap_slot(slot_for(), "correct horse battery", None)
    assert unwrapped.candidate_keys == [DB_KEY]
    assert len(unwrapped.private_key) == 32


def test_wrong_passphrase_is_refused_by_name() -> None:
    with pytest.raises(WrongPassphrase, match="'alice' is not correct"):
        unwrap_slot(slot_for(), "wrong horse battery", None)


def test_binding_secret_is_mixed_in() -> None:
    secret = os.urandom(32)
    slot = slot_for(secret=secret)
    assert unwrap_slot(slot, "correct horse battery", secret).candidate_keys == [DB_KEY]
    with pytest.raises(WrongPassphrase):
        unwrap_slot(slot, "correct horse battery", None)
    with pytest.raises(WrongPassphrase):
        unwrap_slot(slot, "correct horse battery", os.urandom(32))


def test_slot_cannot_be_moved_to_another_user_or_vault() -> None:
    slot = slot_for()
    moved = KeySlotFile.parse(
        json.dumps(_file_json([{**slot.to_json(), "user": "mallory"}])).encode(), "f"
    ).slots[0]
    with pytest.raises(WrongPassphrase):
        unwrap_slot(moved, "correct horse battery", None)


def test_resealed_key_is_offered_first_and_needs_no_passphrase_to_make() -> None:
    slot = slot_for()
    newer = os.urandom(32)
    resealed = reseal(slot, newer)
    assert unwrap_slot(resealed, "correct horse battery", None).candidate_keys == [newer, DB_KEY]


def _file_json(slots: list[dict[str, object]], vault_id: str = "v1") -> dict[str, object]:
    return {
        "format": "securedesk-keyslots",
        "version": 1,
        "vault_id": vault_id,
        "terminal_binding": False,
        "database_salt": "AAAAAAAAAAAAAAAAAAAAAA==",
        "disabled_users": [],
        "slots": slots,
    }


def test_file_round_trips() -> None:
    f = KeySlotFile("v1", False, bytes(16), [slot_for()])
    again = KeySlotFile.parse(f.to_bytes(), "f")
    assert again.slot_for("alice") == f.slot_for("alice")


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "not valid JSON"),
        (b'{"format": "securedesk-keyslots", "vers', "not valid JSON"),
        (b"\xff\xfe", "not valid JSON"),
        (b"[]", "not a SecureDesk key-slot file"),
        (json.dumps({**_file_json([]), "version": 9}).encode(), "version 9"),
        (json.dumps({**_file_json([]), "slots": "x"}).encode(), "slots"),
        (json.dumps({**_file_json([]), "terminal_binding": "yes"}).encode(), "bound"),
        (json.dumps({**_file_json([]), "database_salt": "AA"}).encode(), "salt"),
    ],
)
def test_malformed_files_are_reported_as_damaged(data: bytes, why: str) -> None:
    with pytest.raises(KeySlotFileDamaged, match=why):
        KeySlotFile.parse(data, "keyslots.json")


def test_slot_for_another_vault_is_refused() -> None:
    foreign = slot_for(vault_id="v2").to_json()
    with pytest.raises(KeySlotFileDamaged, match="belongs to another vault"):
        KeySlotFile.parse(json.dumps(_file_json([foreign])).encode(), "f")


def test_two_slots_for_one_user_are_refused() -> None:
    s = slot_for().to_json()
    with pytest.raises(KeySlotFileDamaged, match="two slots") as info:
        KeySlotFile.parse(json.dumps(_file_json([s, s])).encode(), "f")
    assert info.value.data == {"path": "f", "why": Detail.TWO_SLOTS_FOR_ONE_USER}


@pytest.mark.parametrize(
    "kdf",
    [
        {"name": "argon2id", "iterations": 10**6, "lanes": 1, "memory_kib": 8192},
        {"name": "argon2id", "iterations": 1, "lanes": 1, "memory_kib": 2**40},
        {"name": "argon2id", "iterations": 1, "lanes": 1, "memory_kib": 8},
        {"name": "argon2id", "iterations": 1.5, "lanes": 1, "memory_kib": 8192},
        {"name": "pbkdf2", "iterations": 1, "lanes": 1, "memory_kib": 8192},
    ],
)
def test_doctored_kdf_parameters_are_refused_before_any_work(kdf: dict[str, object]) -> None:
    s = {**slot_for().to_json(), "kdf": kdf}
    with pytest.raises(KeySlotFileDamaged) as info:
        KeySlotFile.parse(json.dumps(_file_json([s])).encode(), "f")
    assert info.value.data["why"] in {
        Detail.KDF_ITERATIONS_OUT_OF_RANGE,
        Detail.KDF_MEMORY_OUT_OF_RANGE,
        Detail.KDF_NOT_WHOLE_NUMBERS,
        Detail.KDF_UNKNOWN,
    }


def test_oversized_file_is_refused_unread(tmp_path) -> None:
    path = tmp_path / "keyslots.json"
    path.write_bytes(b" " * (1024 * 1024 + 10))
    with pytest.raises(KeySlotFileDamaged, match="larger"):
        KeySlotFile.load(path)


def test_kdf_params_check_bounds() -> None:
    with pytest.raises(ValueError):
        KdfParams(0, 1, 8192).check()
    KdfParams(1, 1, 8192).check()
