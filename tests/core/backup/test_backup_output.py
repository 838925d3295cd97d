"""A backup never replaces a file: one that appears at the output while the backup is being
written is kept, refused with the backup's own error, and no backup is recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from securedesk.core.backup import recipients
from securedesk.core.backup.backup_kinds import BackupErrorKind
from securedesk.core.backup.container import Signer
from securedesk.core.backup.create import create_backup
from securedesk.core.errors import InvalidInput
from securedesk.core.session import Session
from securedesk.transfer.identity import ensure_identity

from ...conftest import ADMIN_PASS


def test_a_file_that_appears_while_the_backup_is_written_is_never_replaced(
    vault: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "drive"
    folder.mkdir()
    out = folder / "b.sdbackup"

    def meanwhile(_done: int, _total: int) -> None:
        if not out.exists():
            out.write_text("someone else's file")

    with Session.sign_in(vault, "admin", ADMIN_PASS) as s:
        identity = ensure_identity(s)
        signer = Signer(
            identity.minisign_secret, identity.minisign_key_id, identity.minisign_public
        )
        recipients.write_recovery_key(s, folder / "recovery.txt", signer.public_key)
        with pytest.raises(InvalidInput) as refused:
            create_backup(s, out, signer, progress=meanwhile)
        assert refused.value.kind is BackupErrorKind.OUTPUT_EXISTS
        history = s.vault.conn.execute("SELECT count(*) FROM backup_history").fetchone()[0]
    assert out.read_text() == "someone else's file"
    assert history == 0  # nothing recorded
    assert sorted(p.name for p in folder.iterdir()) == ["b.sdbackup", "recovery.txt"]
