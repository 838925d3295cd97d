"""Schema migrations: every earlier version upgrades, with its data, to the current one."""

from __future__ import annotations

from pathlib import Path

import pytest

from securedesk.core.cases.provenance import record_origin
from securedesk.core.errors import VaultTooNew
from securedesk.core.session import Session
from securedesk.core.vault import database, schema
from securedesk.core.vault.folder import Vault
from securedesk.transfer.provenance_store import ProvenanceStore

from ..conftest import ADMIN_PASS, FAST_KDF

# What the program of each version wrote, in that version's own columns. A vault built at
# version k holds the rows of every version up to k, each written as version k would.
DATA_AT_VERSION: dict[int, list[str]] = {
    1: [
        "INSERT INTO users (name, display_name, clearance, created_at) "
        "VALUES ('olivia', 'Olivia', 'SECRET', '2026-01-01')",
        "INSERT INTO user_roles (user, role) VALUES ('olivia', 'officer')",
        "INSERT INTO people (id, given_name, family_name, date_of_birth, created_at, updated_at)"
        " VALUES ('p1', 'Gwenllian', 'Prydderch', '2011-05-06', 't', 't')",
        "INSERT INTO person_aliases (person_id, alias) VALUES ('p1', 'Gwen Ellis')",
        "INSERT INTO person_identifiers (person_id, kind, value) "
        "VALUES ('p1', 'school reference', 'UPN-9912')",
        "INSERT INTO cases (id, ref, referral_source, referral_date, owner, marking, status, "
        "consent, is_child, created_at, updated_at) VALUES ('c1', 'WF-2025-0007', "
        "'Education', '2025-02-03', 'olivia', 'OFFICIAL-SENSITIVE', 'referral', "
        "'not sought', 1, 't', 't')",
        "INSERT INTO case_subjects (case_id, person_id, position) VALUES ('c1', 'p1', 0)",
        "INSERT INTO items (id, case_id, agency, author, item_date, text, source_grade, "
        "information_grade, marking, recorded_by, recorded_at) VALUES ('i1', 'c1', 'Education',"
        " 'Head of year', '2025-02-01', 'Drawings of insignia in exercise books', 'B', '2', "
        "'OFFICIAL-SENSITIVE', 'olivia', 't')",
    ],
    3: [
        "INSERT INTO attachments (id, case_id, name, media_type, size, sha256, data, added_by,"
        " added_at) VALUES ('a1', 'c1', 'note.txt', 'text/plain', 5, 'x', X'68656c6c6f', "
        "'olivia', 't')",
    ],
    # A meeting and a member, as written before members had a pack language (version 18).
    5: [
        "INSERT INTO meetings (id, title, meeting_date, chair, created_at) VALUES ('m1', "
        "'March panel', '2026-03-04', 'olivia', 't')",
        "INSERT INTO meeting_members (id, meeting_id, name, agency, clearance) VALUES ('mm1', "
        "'m1', 'Siân Wyn', 'Police', 'SECRET')",
    ],
    6: [
        "INSERT INTO incoming_bundles (bundle_id, kind, sender_fingerprint, sequence, "
        "created_at, imported_at, imported_by, envelope_sha256) VALUES ('b1', 'records', "
        "'11111 22222 33333 44444 55555 66666', 3, 't', 't', 'olivia', 'e')",
        "INSERT INTO record_provenance (record_type, record_id, bundle_id, sender_fingerprint, "
        "received_at, content_sha256) VALUES ('case', 'c1', 'b1', "
        "'11111 22222 33333 44444 55555 66666', 't', 'h')",
        "INSERT INTO import_conflicts (id, bundle_id, record_type, record_id, incoming, "
        "detected_at) VALUES ('x1', 'b1', 'case', 'c1', '{}', 't')",
        # An item's provenance as imports wrote it before version 19 (one row per record).
        "INSERT INTO record_provenance (record_type, record_id, bundle_id, sender_fingerprint, "
        "received_at, content_sha256) VALUES ('item', 'i1', 'b1', "
        "'11111 22222 33333 44444 55555 66666', 't', 'h-i1')",
    ],
    15: [
        "UPDATE cases SET gender = 'female', concern_type = 'islamist' WHERE id = 'c1'",
    ],
}
# From version 2 on, the program fills people's search text when it writes a person.
WRITTEN_FROM_VERSION_2 = [
    "UPDATE people SET search_text = 'Gwenllian Prydderch Gwen Ellis UPN-9912' WHERE id = 'p1'",
]


def _build_at(folder: Path, version: int) -> None:
    """A vault whose schema stops at `version`, holding that version's data."""
    real_migrate = schema.migrate

    def stop_at(conn, target=None):  # the program of that day knew only `version`
        return real_migrate(conn, version)

    schema_migrate = schema.migrate
    schema.migrate = stop_at
    try:
        s = Session.create_vault(folder, admin="admin", passphrase=ADMIN_PASS, kdf_params=FAST_KDF)
    finally:
        schema.migrate = schema_migrate
    conn = s.vault.conn
    assert schema.current_version(conn) == version
    with database.transaction(conn):
        for v in range(1, version + 1):
            for sql in DATA_AT_VERSION.get(v, []):
                conn.execute(sql)
        if version >= 2:
            for sql in WRITTEN_FROM_VERSION_2:
                conn.execute(sql)
    s.vault.lock()


def test_every_migration_has_data_to_carry() -> None:
    assert set(DATA_AT_VERSION) <= set(range(1, schema.latest_version() + 1))


@pytest.mark.parametrize("version", range(1, schema.latest_version()))
def test_upgrade_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    folder = tmp_path / "v"
    _build_at(folder, version)
    s = Session.sign_in(folder, "admin", ADMIN_PASS)  # upgrades on unlock
    try:
        conn = s.vault.conn
        assert schema.current_version(conn) == schema.latest_version()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Data from the old version is there and reachable through today's features.
        assert s.store.get_case("c1").case.ref == "WF-2025-0007"
        hits = {h.ref: h.matched for h in s.store.search("Prydderch")}
        assert hits == {"WF-2025-0007": ("person",)}
        assert [h.ref for h in s.store.search("insignia")] == ["WF-2025-0007"]
        assert [h.ref for h in s.store.search("UPN-9912")] == ["WF-2025-0007"]
        assert [h.ref for h in s.store.search("Gwen Ellis")] == ["WF-2025-0007"]
        # Cases from before version 5 keep their marking for their own record: the safe reading.
        assert s.store.case_record_marking("c1").value == "OFFICIAL-SENSITIVE"
        if version >= 3:
            assert [a.name for a in s.store.attachments_for_case("c1")] == ["note.txt"]
            assert s.store.attachment_data("a1") == b"hello"
        if version >= 6:
            assert conn.execute(
                "SELECT record_type, bundle_id FROM record_provenance ORDER BY record_type"
            ).fetchall() == [("case", "b1"), ("item", "b1")]
            # Version 19: items imported since carry their bundle's id on their row; one
            # imported before keeps its provenance row, read as before (for conflicts and shown).
            sender = "11111 22222 33333 44444 55555 66666"
            assert ProvenanceStore(conn).provenance("item", "i1") == ("b1", sender, "t", "h-i1")
            assert ProvenanceStore(conn).origin("item", "i1") == (sender, "h-i1")
            origin = record_origin(conn, "item", "i1")
            assert origin is not None and (origin.bundle_id, origin.received_at) == ("b1", "t")
            assert conn.execute("SELECT import_bundle_id FROM items").fetchall() == [(None,)]
            # Conflicts set aside before version 9 have no reason recorded.
            assert conn.execute("SELECT id, reason FROM import_conflicts").fetchall() == [
                ("x1", "")
            ]
        # Version 15: a case from before has one back-filled stage row (its status, dated by
        # its last change); one written since was opened at its status.
        history = conn.execute(
            "SELECT status, entered_at, basis FROM case_status_history WHERE case_id = 'c1'"
        ).fetchall()
        assert history == [("referral", "t", "backfilled" if version < 15 else "opened")]
        assert conn.execute("SELECT stage_reached FROM cases WHERE id = 'c1'").fetchone() == (0,)
        # Version 13: a case from before has its consent as the first row of its history
        # (date and recorder unknown); one written since has none until its consent changes.
        consent = conn.execute(
            "SELECT field, old_value, new_value, on_date, recorded_by FROM case_record_history "
            "WHERE case_id = 'c1'"
        ).fetchall()
        assert consent == ([("consent", None, "not sought", None, None)] if version < 13 else [])
        if version >= 15:
            assert conn.execute(
                "SELECT gender, concern_type FROM cases WHERE id = 'c1'"
            ).fetchall() == [("female", "islamist")]
        if version >= 5:
            # Version 18: a member recorded before is sent English packs, as before.
            (member,) = s.store.meeting_members("m1")
            assert (member.name, member.language.value) == ("Siân Wyn", "en")
        assert s.audit.verify().ok
    finally:
        s.lock()


def test_each_migration_is_one_transaction(tmp_path: Path) -> None:
    """A migration that fails half way leaves the schema at the version before it."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    schema.migrate(conn, 1)
    real_files = schema.migration_files

    def broken():
        files = real_files()
        v, name, sql = files[1]
        return [files[0], (v, name, sql + "\nCREATE TABLE cases (x);\n")]

    schema.migration_files = broken
    try:
        with pytest.raises(sqlcipher3.OperationalError):
            schema.migrate(conn)
    finally:
        schema.migration_files = real_files
    assert schema.current_version(conn) == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "items_fts" not in tables


def test_newer_version_than_known_is_refused(tmp_path: Path) -> None:
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    conn.execute(f"PRAGMA user_version = {schema.latest_version() + 1}")
    with pytest.raises(VaultTooNew, match="newer SecureDesk"):
        schema.migrate(conn)
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def test_files_are_numbered_without_gaps() -> None:
    versions = [v for v, _, _ in schema.migration_files()]
    assert versions == list(range(1, len(versions) + 1))
    assert Vault  # the vault module applies them on every unlock
