"""One rule for the room a backup needs (storage_faults.backup_bytes_needed): backup create
refuses by it, the sign-in window warns by it and doctor adds growth to it, and it holds
what create really writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from securedesk.core import storage_faults, terminal_checks, terminal_survey
from securedesk.core.backup import recipients
from securedesk.core.backup.container import Signer
from securedesk.core.backup.create import create_backup
from securedesk.core.session import Session
from securedesk.core.storage_faults import StorageFault, StorageFaultKind, backup_bytes_needed
from securedesk.transfer.identity import ensure_identity

from ...conftest import ADMIN_PASS


def _signer(s: Session, folder: Path) -> Signer:
    identity = ensure_identity(s)
    signer = Signer(identity.minisign_secret, identity.minisign_key_id, identity.minisign_public)
    recipients.write_recovery_key(s, folder / "recovery.txt", signer.public_key)
    return signer


def test_doctor_and_the_sign_in_warning_use_the_backup_rule(
    vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for size in (0, 1 << 20, 5 << 30):
        growth = max(size // 10, terminal_checks.GROWTH_MARGIN_BYTES)
        assert terminal_checks.space_needed(size) == backup_bytes_needed(size) + growth
    need = backup_bytes_needed(storage_faults.database_bytes(vault))
    monkeypatch.setattr(storage_faults, "free_bytes", lambda _f: need)
    assert storage_faults.backup_space_shortfall(vault) is None
    monkeypatch.setattr(storage_faults, "free_bytes", lambda _f: need - 1)
    shortfall = storage_faults.backup_space_shortfall(vault)
    assert shortfall is not None and shortfall[0] is StorageFaultKind.DISK_FULL


def test_create_refuses_below_the_rule_and_writes_within_it(
    vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "drive"
    folder.mkdir()
    with Session.sign_in(vault, "admin", ADMIN_PASS) as s:
        signer = _signer(s, folder)
        db = storage_faults.database_bytes(vault)
        # A context, not monkeypatch.undo(), which would also undo the autouse fixtures
        # (XDG_DATA_HOME from tests/conftest.py) for the rest of this test.
        with monkeypatch.context() as m:
            m.setattr(storage_faults, "free_bytes", lambda _f: backup_bytes_needed(db) - 1)
            with pytest.raises(StorageFault) as refused:
                create_backup(s, folder / "b.sdbackup", signer)
        assert refused.value.kind is StorageFaultKind.DISK_FULL
        assert sorted(p.name for p in folder.iterdir()) == ["recovery.txt"]

        # What create writes beside the output at its peak: the snapshot and the backup.
        peak: list[int] = []

        def measure(_done: int, _total: int) -> None:
            peak.append(sum(p.stat().st_size for p in folder.iterdir() if p.name != "recovery.txt"))

        db = storage_faults.database_bytes(vault)
        made = create_backup(s, folder / "b.sdbackup", signer, progress=measure)
    assert made.bytes <= db + storage_faults.WORKING_MARGIN_BYTES
    assert max(peak) <= backup_bytes_needed(db)


def test_doctor_measures_the_vault_as_create_does(vault: Path) -> None:
    # The database and its -wal, not the folder: files a backup does not copy (an export
    # left in the folder) must not raise doctor's figure above the rule's.
    (vault / "left-over-export.bin").write_bytes(b"\0" * (8 << 20))
    db = storage_faults.database_bytes(vault)
    (space,) = [r for r in terminal_survey.system_checks(vault) if r.check == "free_space"]
    assert space.data["vault_mib"] == -(-db // (1 << 20))
    assert space.data["needed_mib"] == -(-terminal_checks.space_needed(db) // (1 << 20))
    assert "if it is written on this disk" in space.line()
