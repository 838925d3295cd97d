"""`securedesk backup`: recovery key, recipients, create, verify and restore on a new terminal,
and every refusal with its message, exit code and nothing created."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from securedesk.core.backup import container

from ..conftest import OFFICER_PASS, make_vault
from ..keyring_memory import MemoryKeyring
from .conftest import Cli, Result, assert_refused, seed_cases

NEW_PASS = "restored admin passphrase 1"


def _restore(
    cli: Cli, target: Path, backup: Path, identity: Path, *extra: str, passphrase: str = NEW_PASS
) -> Result:
    """`backup restore` of `backup` into the new vault `target` as admin, the recovery key
    `identity`, the administrator's new passphrase from a file."""
    return cli(
        "--vault",
        target,
        "--passphrase-file",
        cli.passfile(passphrase),
        "backup",
        "restore",
        backup,
        "--identity",
        identity,
        "--admin",
        "admin",
        *extra,
    )


@pytest.fixture
def backed_up(cli: Cli, vault: Path, tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    refs = seed_cases(vault)
    key = tmp_path / "safe" / "recovery.txt"
    key.parent.mkdir()
    r = cli.as_admin(vault, "backup", "recovery-key", "--out", key)
    assert r.code == 0, r.err
    out = tmp_path / "media" / "vault.sdbackup"
    out.parent.mkdir()
    r = cli.as_admin(vault, "backup", "create", "--out", out, "--json")
    assert r.code == 0, r.err
    return key, out, refs


def _new_terminal(memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, home: Path):
    """A fresh keyring and data folder: what another terminal would have."""
    memory_keyring.secrets.clear()
    home.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(home))


def test_recovery_key_is_owner_only_names_its_terminal_and_becomes_a_recipient(
    cli: Cli, vault: Path, tmp_path: Path
) -> None:
    key = tmp_path / "recovery.txt"
    r = cli.as_admin(vault, "backup", "recovery-key", "--out", key, "--json")
    assert r.code == 0, r.err
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    text = key.read_text()
    assert "AGE-SECRET-KEY-1" in text and "# securedesk-terminal-minisign-key: " in text
    listed = cli.as_admin(vault, "backup", "recipient", "list", "--json").json()
    assert [x["public_key"] for x in listed] == [r.json()["public_key"]]
    before = key.read_bytes()
    again = cli.as_admin(vault, "backup", "recovery-key", "--out", key)
    assert_refused(again, 2, "already exists", "never written over")
    assert key.read_bytes() == before
    assert len(cli.as_admin(vault, "backup", "recipient", "list", "--json").json()) == 1


def test_recipients_add_list_remove_and_their_refusals(cli: Cli, vault: Path) -> None:
    a = "age1" + "q" * 58
    assert_refused(cli.as_admin(vault, "backup", "recipient", "add", a), 2, "not an age public key")
    import pyrage

    k1 = str(pyrage.x25519.Identity.generate().to_public())
    k2 = str(pyrage.x25519.Identity.generate().to_public())
    assert cli.as_admin(vault, "backup", "recipient", "add", k1).code == 0
    assert_refused(cli.as_admin(vault, "backup", "recipient", "add", k1), 2, "already")
    assert_refused(cli.as_admin(vault, "backup", "recipient", "remove", k1), 5, "only backup")
    assert cli.as_admin(vault, "backup", "recipient", "add", k2).code == 0
    assert cli.as_admin(vault, "backup", "recipient", "remove", k1).code == 0
    assert_refused(cli.as_admin(vault, "backup", "recipient", "remove", k1), 2, "not a backup")
    listed = cli.as_admin(vault, "backup", "recipient", "list", "--json").json()
    assert [x["public_key"] for x in listed] == [k2]
    assert_refused(cli.as_olivia(vault, "backup", "recipient", "add", k1), 5, "administer")


def test_removing_a_recipient_without_the_right_reveals_no_key(cli: Cli, vault: Path) -> None:
    """The permission is checked before the key is looked up: a listed key, an unlisted one
    and a prefix of either get the same refusal, naming no key."""
    import pyrage

    listed = str(pyrage.x25519.Identity.generate().to_public())
    unlisted = str(pyrage.x25519.Identity.generate().to_public())
    assert cli.as_admin(vault, "backup", "recipient", "add", listed).code == 0
    lines = set()
    for typed in (listed, unlisted, listed[:10], unlisted[:10], "age1"):
        r = cli.as_olivia(vault, "backup", "recipient", "remove", typed)
        assert_refused(r, 5, "administer")
        assert listed[4:14] not in r.err and unlisted[4:14] not in r.err
        lines.add(r.err)
    assert len(lines) == 1
    keys = cli.as_admin(vault, "backup", "recipient", "list", "--json").json()
    assert [x["public_key"] for x in keys] == [listed]


def test_create_refusals_create_nothing(cli: Cli, vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "b.sdbackup"
    assert_refused(cli.as_admin(vault, "backup", "create", "--out", out), 5, "no backup recipient")
    assert not out.exists()
    cli.as_admin(vault, "backup", "recovery-key", "--out", tmp_path / "k.txt")
    assert_refused(cli.as_olivia(vault, "backup", "create", "--out", out), 5, "administer")
    out.write_bytes(b"older")
    assert_refused(cli.as_admin(vault, "backup", "create", "--out", out), 2, "never replaces")
    assert out.read_bytes() == b"older"
    assert_refused(cli.as_admin(vault, "backup", "create", "--out", tmp_path), 2, "is a folder")
    missing = tmp_path / "nowhere" / "b.sdbackup"
    assert_refused(cli.as_admin(vault, "backup", "create", "--out", missing), 2, "does not exist")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_round_trip_on_a_new_terminal(
    cli: Cli,
    vault: Path,
    tmp_path: Path,
    backed_up: tuple[Path, Path, dict[str, str]],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key, out, refs = backed_up
    assert not [p for p in out.parent.iterdir() if p.name != out.name]  # no snapshot left
    cases_before = cli.as_oscar(vault, "case", "list", "--json").json()
    r = cli("backup", "verify", out, "--json")
    assert r.code == 0 and r.json()["ok"], r.err
    _new_terminal(memory_keyring, monkeypatch, tmp_path / "home2")
    target = tmp_path / "terminal2" / "vault"
    target.parent.mkdir()
    r = _restore(cli, target, out, key, "--json")
    assert r.code == 0, r.err
    assert sorted(r.json()["users_to_reset"]) == ["olivia", "oscar"]
    assert sorted(p.name for p in target.parent.iterdir()) == ["vault"]
    admin = cli.signed_in(target, "admin", NEW_PASS)
    assert cli(*admin, "audit", "verify").code == 0
    assert cli(*admin, "vault", "check").code == 0
    info = cli(*admin, "vault", "info", "--json").json()
    assert info["vault_id"] == r.json()["vault_id"] != r.json()["from_vault_id"]
    # The others cannot sign in until reset; then they see what they saw before.
    assert cli.as_oscar(target, "case", "list").code == 3
    one_time = cli.passfile("one time passphrase for oscar")
    assert cli(*admin, "user", "passwd", "oscar", "--new-passphrase-file", one_time).code == 0
    oscar = cli.signed_in(target, "oscar", "one time passphrase for oscar")
    assert (
        cli(
            *oscar, "user", "passwd", "oscar", "--new-passphrase-file", cli.passfile(OFFICER_PASS)
        ).code
        == 0
    )
    assert cli.as_oscar(target, "case", "list", "--json").json() == cases_before
    hits = cli.as_oscar(target, "case", "search", "Hughes", "--json")
    assert hits.code == 0 and refs["Hughes"] in hits.out
    exported = tmp_path / "events.jsonl"
    assert (
        cli(*cli.signed_in(target, "admin", NEW_PASS), "audit", "export", "--out", exported).code
        == 0
    )
    assert "backup restored" in exported.read_text()
    # The old terminal's passphrase does not open it; the backup's own key is gone from it.
    assert cli.as_admin(target, "case", "list").code == 3


def _altered(out: Path, tmp_path: Path, offset: int, name: str) -> Path:
    data = bytearray(out.read_bytes())
    data[offset] ^= 0x01
    bad = tmp_path / name
    bad.write_bytes(bytes(data))
    return bad


def _member_offset(path: Path, member: str) -> int:
    with path.open("rb") as f:
        layout = container.read_layout(path, f, path.stat().st_size)
    return layout.offsets[member][0]


@pytest.mark.parametrize(
    ("where", "delta", "words"),
    [
        (container.PAYLOAD, 5000, ["altered", "payload.age"]),
        (container.DESCRIPTION, 30, ["altered", "backup.json"]),
        (container.CHECKPOINT, 20, ["altered", "audit-checkpoint.json"]),
        (container.PAYLOAD + ".minisig", 60, ["altered", "payload.age"]),
    ],
)
def test_altered_backups_are_refused_by_verify_and_restore_creating_nothing(
    cli: Cli,
    tmp_path: Path,
    backed_up: tuple[Path, Path, dict[str, str]],
    where: str,
    delta: int,
    words: list[str],
) -> None:
    key, out, _ = backed_up
    bad = _altered(out, tmp_path, _member_offset(out, where) + delta, "bad.sdbackup")
    assert_refused(cli("backup", "verify", bad), 4, *words)
    target = tmp_path / "restored"
    r = _restore(cli, target, bad, key)
    assert_refused(r, 4, *words)
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if ".restoring-" in p.name]


@pytest.mark.parametrize("keep", [0, 100, 512, 10_000, -1024, -1])
def test_truncated_backups_are_refused(
    cli: Cli, tmp_path: Path, backed_up: tuple[Path, Path, dict[str, str]], keep: int
) -> None:
    key, out, _ = backed_up
    data = out.read_bytes()
    bad = tmp_path / "cut.sdbackup"
    bad.write_bytes(data[:keep])
    assert_refused(cli("backup", "verify", bad), 4, "not a SecureDesk backup")
    target = tmp_path / "restored"
    r = _restore(cli, target, bad, key)
    assert_refused(r, 4)
    assert not target.exists()


def test_foreign_backups_are_refused(
    cli: Cli,
    tmp_path: Path,
    backed_up: tuple[Path, Path, dict[str, str]],
    memory_keyring: MemoryKeyring,
) -> None:
    key, out, _ = backed_up
    # Another organisation's terminal encrypts to our recovery key (public) and signs with
    # its own key: our recovery file names our terminal, so the backup is refused.
    other = tmp_path / "other-vault"
    make_vault(other)
    public = next(
        line.split(": ")[1] for line in key.read_text().splitlines() if "public key" in line
    )
    assert cli.as_admin(other, "backup", "recipient", "add", public).code == 0
    forged = tmp_path / "forged.sdbackup"
    assert cli.as_admin(other, "backup", "create", "--out", forged).code == 0
    assert cli("backup", "verify", forged).code == 0  # intact, but not ours
    target = tmp_path / "restored"
    r = _restore(cli, target, forged, key)
    assert_refused(r, 4, "not signed by a terminal this recovery key belongs to")
    assert not target.exists()
    # A recovery key the backup was not encrypted to.
    other_key = tmp_path / "other-key.txt"
    assert cli.as_admin(other, "backup", "recovery-key", "--out", other_key).code == 0
    r = _restore(cli, target, out, other_key)
    assert_refused(r, 4, "not encrypted to the recovery key")
    assert not target.exists()


def test_restore_input_refusals(
    cli: Cli, tmp_path: Path, backed_up: tuple[Path, Path, dict[str, str]], vault: Path
) -> None:
    key, out, _ = backed_up
    pf = cli.passfile(NEW_PASS)

    def restore(target: Path, *extra: str | Path, backup: Path = out, identity: Path = key):
        return cli(
            "--vault",
            target,
            "--passphrase-file",
            pf,
            "backup",
            "restore",
            backup,
            "--identity",
            identity,
            *extra,
        )

    before = sorted(p.name for p in vault.iterdir())
    assert_refused(restore(vault, "--admin", "admin"), 2, "already exists", "never writes")
    assert sorted(p.name for p in vault.iterdir()) == before
    empty = tmp_path / "empty"
    empty.mkdir()
    assert_refused(restore(empty, "--admin", "admin"), 2, "already exists")
    assert list(empty.iterdir()) == []
    target = tmp_path / "t"
    assert_refused(restore(target, "--admin", "olivia"), 2, "no enabled administrator")
    assert_refused(restore(target, "--admin", "nobody"), 2, "no enabled administrator")
    garbage = tmp_path / "garbage.txt"
    garbage.write_text("not a key\n")
    assert_refused(restore(target, "--admin", "admin", identity=garbage), 2, "age identity")
    assert_refused(
        restore(target, "--admin", "admin", identity=tmp_path / "missing"), 2, "age identity"
    )
    assert_refused(
        restore(target, "--admin", "admin", backup=tmp_path / "missing"), 2, "cannot read"
    )
    assert_refused(restore(tmp_path / "no" / "such" / "t", "--admin", "admin"), 2, "does not exist")
    weak = _restore(cli, target, out, key, passphrase="short")
    assert weak.code == 2
    r = cli("backup", "restore", out, "--identity", key, "--admin", "admin")
    assert_refused(r, 2, "needs --vault DIR", "must not exist yet")
    assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if ".restoring-" in p.name]


def test_verify_with_a_user_is_recorded(
    cli: Cli, vault: Path, tmp_path: Path, backed_up: tuple[Path, Path, dict[str, str]]
) -> None:
    _, out, _ = backed_up
    assert cli.as_admin(vault, "backup", "verify", out).code == 0
    events = cli.audit_events(vault, tmp_path / "e.jsonl")
    actions = [e["action"] for e in events]
    assert "backup created" in actions and "backup verified" in actions
    assert "backup recovery key written" in actions
    created = next(e for e in events if e["action"] == "backup created")
    assert set(json.loads(json.dumps(created["details"]))) == {"bytes", "audit_seq", "recipients"}
    assert not os.environ.get("NEVER")
