"""One list of disk-fault markers: what storage_faults names a fault of the disk is never
called damage by vault.database.is_damage (the two kept their own lists once, and drifted)."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3

from securedesk.core import storage_faults
from securedesk.core.vault.database import is_damage

# Messages SQLite and the OS give for disk faults, each with a damage word beside it so that
# only the disk-marker rule can keep it from being called damage.
_MESSAGES = [
    "database or disk is full",
    "attempt to write a readonly database",
    "disk I/O error",
    "unable to open database file",
    "[Errno 28] No space left on device",
    "[Errno 30] Read-only file system",
    "file is read only",
]


@pytest.mark.parametrize("message", _MESSAGES)
def test_every_real_disk_message_is_a_disk_fault_and_never_damage(message: str) -> None:
    # Fixed messages, not DISK_MARKERS itself: a marker edited so that it no longer matches
    # what SQLite or the OS really say fails here.
    exc = sqlcipher3.DatabaseError(f"database disk image is malformed ({message})")
    assert storage_faults.mentions_disk_fault(exc)
    assert not is_damage(exc)


@pytest.mark.parametrize("message", _MESSAGES)
def test_what_fault_for_names_a_disk_fault_is_never_damage(
    message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "vault.db").write_bytes(b"")
    (tmp_path / "vault.db-wal").write_bytes(b"")
    (tmp_path / "vault.db-shm").write_bytes(b"")
    # A read-only folder, as the read-only and i/o markers are checked against it.
    monkeypatch.setattr(storage_faults, "_is_read_only", lambda _folder: True)
    exc = sqlcipher3.OperationalError(f"{message}; database disk image is malformed")
    fault = storage_faults.fault_for(exc, tmp_path)
    assert fault is not None
    assert not is_damage(exc)


def test_damage_without_a_disk_marker_is_still_damage() -> None:
    assert is_damage(sqlcipher3.DatabaseError("database disk image is malformed"))
    assert not storage_faults.mentions_disk_fault(
        sqlcipher3.DatabaseError("file is not a database")
    )
