"""`retention approve` and backups (issue 12): refused early, with its own message, on a disk
without room for the wipe; after an approval, the approver is told that older backups still
hold the case, and `backup verify` (signed in) says a backup predates the destruction."""

from __future__ import annotations

from pathlib import Path

from ..core.retention_fixtures import AUDITOR_PASS, fill_case, make_retention_vault, sign_in
from ..small_disk import fill_leaving
from ..vault_rows import content_digest
from .conftest import Cli, Result, assert_refused

MB = 1024 * 1024


def _as(cli: Cli, vault: Path, user: str, *argv: str | Path) -> Result:
    return cli.as_user(vault, user, AUDITOR_PASS, *argv)


def _digest(folder: Path) -> str:
    s = sign_in(folder, "admin")
    try:
        return content_digest(s.vault.conn)
    finally:
        s.lock()


def test_no_room_to_wipe_is_refused_before_anything_is_destroyed(
    cli: Cli, small_disk: Path, tmp_path: Path
) -> None:
    vault = small_disk / "vault"
    make_retention_vault(vault)
    made = fill_case(vault, tmp_path)
    assert _as(cli, vault, "ada", "retention", "propose", made.ref, "--reason", "Past").code == 0
    before = _digest(vault)
    filler = fill_leaving(small_disk, 2 * MB)  # less than the live pages + the margin
    r = _as(cli, vault, "alan", "retention", "approve", made.ref)
    assert_refused(r, 1, made.ref, "Nothing was destroyed", str(vault), "MB free")
    assert "damaged" not in r.err.lower() and "restore" not in r.err.lower()
    # The wipe on its own is refused early too (the disk's own message).
    r = _as(cli, vault, "alan", "retention", "wipe")
    assert_refused(r, 1, "not enough free space", str(vault))
    assert "damaged" not in r.err.lower() and "restore" not in r.err.lower()
    filler.unlink()
    assert _digest(vault) == before
    assert cli.as_admin(vault, "vault", "check").code == 0
    assert _as(cli, vault, "alan", "audit", "verify").code == 0
    # With the space back, the same approval destroys the case.
    r = _as(cli, vault, "alan", "retention", "approve", made.ref)
    assert r.code == 0, r.err
    assert _as(cli, vault, "alan", "audit", "verify").code == 0


def test_older_backups_are_named_after_an_approval(cli: Cli, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    make_retention_vault(vault)
    made = fill_case(vault, tmp_path)
    key = tmp_path / "recovery.txt"
    assert cli.as_admin(vault, "backup", "recovery-key", "--out", key).code == 0
    older = tmp_path / "older.sdbackup"
    made_older = cli.as_admin(vault, "backup", "create", "--out", older, "--json")
    assert made_older.code == 0, made_older.err
    assert _as(cli, vault, "ada", "retention", "propose", made.ref, "--reason", "Past").code == 0
    r = _as(cli, vault, "alan", "retention", "approve", made.ref)
    assert r.code == 0, r.err
    assert f"Backups made before this destruction still hold case {made.ref}" in r.out
    assert "1 made on this vault" in r.out and "backup verify" in r.out
    # The register keeps the destruction's time, to compare a backup's with.
    entry = _as(cli, vault, "alan", "--json", "retention", "register").json()[0]
    assert len(entry["destroyed_at"]) > 10 and "T" in entry["destroyed_at"]  # a full time
    # backup verify, signed in, says the older backup predates it; a newer one does not.
    v = cli.as_admin(vault, "backup", "verify", older)
    assert v.code == 0, v.err
    assert "made before 1 destruction(s)" in v.out and "destroy this one" in v.out
    j = cli.as_admin(vault, "--json", "backup", "verify", older).json()
    assert j["destructions_since"] == 1 and j["latest_destruction_at"] == entry["destroyed_at"]
    newer = tmp_path / "newer.sdbackup"
    assert cli.as_admin(vault, "backup", "create", "--out", newer).code == 0
    v = cli.as_admin(vault, "backup", "verify", newer)
    assert v.code == 0 and "destruction" not in v.out
    assert (
        cli.as_admin(vault, "--json", "backup", "verify", newer).json()["destructions_since"] == 0
    )
    # Not signed in: the file alone says nothing about this vault's register.
    plain = cli("backup", "verify", older)
    assert plain.code == 0 and "destruction" not in plain.out
    # A second approval lists both backups as older.
    other = fill_case(vault, tmp_path, close=True)
    assert _as(cli, vault, "ada", "retention", "propose", other.ref, "--reason", "Past").code == 0
    r = _as(cli, vault, "alan", "--json", "retention", "approve", other.ref)
    assert len(r.json()["backups_made_before"]) == 2
