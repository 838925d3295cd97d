"""The issue's round trip, small: a vault backed up while it is being read (a case list page
and a search in a loop, as the window's UI thread reads while its worker backs up), restored
on a new terminal (fresh data folder, empty keyring), and the case list, search, attachments
and audit chain match. bench/backup_bench.py runs the same at 100,000 cases, with figures."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from securedesk.core.access import Role
from securedesk.core.audit import chain
from securedesk.core.backup import recipients
from securedesk.core.backup.container import Signer
from securedesk.core.backup.create import create_backup
from securedesk.core.backup.restore import restore_backup
from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.session import Session
from securedesk.transfer.identity import ensure_identity
from securedesk.transfer.identity_renewal import renew_after_restore

from ...cli.conftest import seed_cases
from ...conftest import ADMIN_PASS, OFFICER_PASS
from ...keyring_memory import MemoryKeyring

NEW_PASS = "restored admin passphrase 1"
QUERIES = ("jones", "hughes", "bicycle", "evans", "rees")


def _seen(s: Session, refs: list[str]) -> dict[str, object]:
    rows = s.cases.list_cases(CaseQuery(limit=1000))
    hits = {q: sorted(h.ref for h in s.cases.search(q)) for q in QUERIES}
    files = {}
    for ref in refs:
        for att in s.attachments.for_case(ref, justification="round trip check"):
            data = s.attachments.read(att, justification="round trip check")
            files[f"{ref}/{att.name}"] = hashlib.sha256(data).hexdigest()
    return {"list": [repr(vars(r)) for r in rows], "hits": hits, "files": files}


def test_backed_up_while_read_and_restored_on_a_new_terminal(
    vault: Path, tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    refs = seed_cases(vault)
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        letter = tmp_path / "letter.pdf"
        letter.write_bytes(b"%PDF-1.4\n% an invented letter\n" + bytes(range(256)) * 64)
        s.attachments.add_attachment(refs["Jones"], letter)
    with Session.sign_in(vault, "admin", ADMIN_PASS) as s:
        # One process opens a vault at a time: the administrator also reads, as in the window.
        s.users.set_roles("admin", [Role.ADMIN, Role.OFFICER])
    s = Session.sign_in(vault, "admin", ADMIN_PASS)
    try:
        before = _seen(s, list(refs.values()))
        assert before["files"] and before["hits"]["jones"] and len(before["list"]) == 4
        identity = ensure_identity(s)
        signer = Signer(
            identity.minisign_secret, identity.minisign_key_id, identity.minisign_public
        )
        key = tmp_path / "recovery.txt"
        recipients.write_recovery_key(s, key, signer.public_key)
        stop, rounds, errors = threading.Event(), [0], []

        def read() -> None:
            while not stop.is_set():
                try:
                    s.cases.list_cases(CaseQuery(limit=100))
                    s.cases.search("jones")
                    rounds[0] += 1
                except Exception as exc:  # reported below
                    errors.append(repr(exc))
                    return

        reader = threading.Thread(target=read)
        reader.start()
        try:
            while rounds[0] < 3 and not errors:  # reading before the backup starts
                threading.Event().wait(0.01)
            out = tmp_path / "media" / "vault.sdbackup"
            out.parent.mkdir()
            made = create_backup(s, out, signer)
            during = rounds[0]
        finally:
            stop.set()
            reader.join()
        assert errors == [] and during >= 3
        source_events = s.vault.conn.execute(
            "SELECT seq, hash FROM audit_events WHERE seq <= ? ORDER BY seq", (made.audit_seq,)
        ).fetchall()
    finally:
        s.lock()

    # A new terminal: an empty keyring and its own data folder.
    memory_keyring.secrets.clear()
    home = tmp_path / "terminal2-home"
    home.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    target = tmp_path / "terminal2" / "vault"
    target.parent.mkdir()
    restored = restore_backup(
        out, target, key, admin="admin", passphrase=NEW_PASS, renew_identity=renew_after_restore
    )
    assert restored.users_to_reset == ["olivia", "oscar"]
    with Session.sign_in(target, "admin", NEW_PASS) as r:
        assert chain.verify(r.vault.conn).ok
        assert [
            tuple(x)
            for x in r.vault.conn.execute(
                "SELECT seq, hash FROM audit_events WHERE seq <= ? ORDER BY seq",
                (made.audit_seq,),
            )
        ] == [tuple(x) for x in source_events]
        assert _seen(r, list(refs.values())) == before
