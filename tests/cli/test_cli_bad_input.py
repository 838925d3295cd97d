"""The issue's bad inputs, through the command: the exit code, the one-line message, no
traceback, and that nothing was written."""

from __future__ import annotations

import getpass
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from securedesk.cli import passphrases
from securedesk.core.domain import Person
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput
from securedesk.core.session import Session
from securedesk.core.vault import database

from ..conftest import ADMIN_PASS, OFFICER_PASS, folder_digest, make_vault
from ..keyring_memory import MemoryKeyring
from .conftest import Cli, assert_refused
from .pty_read import read_pty

SERVICE = "SecureDesk terminal binding"
TODAY = date.today()


def changed_files(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}


def vault_id(vault: Path) -> str:
    return str(json.loads((vault / "keyslots.json").read_bytes())["vault_id"])


def flip(path: Path, offset: int, count: int = 2) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + count):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def page_of(vault: Path, table: str) -> tuple[int, int]:
    """(offset of the middle of `table`'s root page, page size) in vault.db."""
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        conn = s.vault.conn
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        (size,) = conn.execute("PRAGMA page_size").fetchone()
    size = int(size)
    return (int(root) - 1) * size + size // 2, size


def case_count(vault: Path) -> int:
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as s:
        return int(s.vault.conn.execute("SELECT count(*) FROM cases").fetchone()[0])


# -- authentication ---------------------------------------------------------------------


def test_wrong_passphrase(cli: Cli, vault: Path) -> None:
    before = folder_digest(vault)
    r = cli.as_user(vault, "olivia", "not the right passphrase", "--json", "case", "list")
    assert_refused(r, 3, "user name or the passphrase is not correct")
    after = folder_digest(vault)
    # Only the failure counter beside the database is written.
    assert changed_files(before, after) == {"signin-failures.json"}
    assert json.loads((vault / "signin-failures.json").read_bytes())["counts"] == {"olivia": 1}

    r = cli.as_user(vault, "olivia", "another wrong one", "case", "list")
    assert_refused(r, 3, "user name or the passphrase is not correct")
    assert changed_files(after, folder_digest(vault)) == {"signin-failures.json"}


def test_failed_attempts_are_reported_at_the_next_sign_in(
    cli: Cli, vault: Path, tmp_path: Path
) -> None:
    for _ in range(2):
        assert cli.as_user(vault, "olivia", "not the right passphrase", "case", "list").code == 3
    r = cli.as_olivia(vault, "--json", "case", "list")
    assert r.code == 0, r.err
    assert r.json() == []  # the report goes to standard error, never into the JSON
    assert "Traceback" not in r.err
    # Two failures: this attempt waited 1 s first, and said so (issue 10).
    assert r.err_lines[0].startswith("securedesk: waiting 1 s before checking the passphrase")
    assert r.err_lines[1].startswith("securedesk: 2 failed sign-in attempt(s) for 'olivia'")
    # Reported once: the next sign-in is quiet.
    r = cli.as_olivia(vault, "case", "list")
    assert r.code == 0, r.err
    assert r.err == ""
    reported = [
        e
        for e in cli.audit_events(vault, tmp_path / "audit.jsonl")
        if e["action"] == "failed sign-ins reported"
    ]
    assert [(e["user"], e["details"]["count"]) for e in reported] == [("olivia", 2)]


def test_unknown_user(cli: Cli, vault: Path) -> None:
    before = folder_digest(vault)
    r = cli.as_user(vault, "nobody", OFFICER_PASS, "case", "list")
    # The same words as a wrong passphrase (issue 10): trying names does not list them.
    assert_refused(r, 3, "user name or the passphrase is not correct")
    assert changed_files(before, folder_digest(vault)) == {"signin-failures.json"}
    # The administrator hears of it at their next sign-in.
    r = cli.as_admin(vault, "user", "list")
    assert r.code == 0, r.err
    assert "1 failed sign-in attempt(s) named a user this vault does not have" in r.err


def test_disabled_user(cli: Cli, vault: Path) -> None:
    assert cli.as_admin(vault, "user", "disable", "oscar").code == 0
    before = folder_digest(vault)
    r = cli.as_oscar(vault, "case", "list")
    assert_refused(r, 3, "oscar", "disabled", "administrator")
    assert folder_digest(vault) == before


def test_keyring_secret_missing(cli: Cli, vault: Path, memory_keyring: MemoryKeyring) -> None:
    account = (SERVICE, f"vault:{vault_id(vault)}")
    secret = memory_keyring.secrets.pop(account)
    before = folder_digest(vault)
    r = cli.as_olivia(vault, "case", "list")
    assert_refused(r, 3, "bound to a terminal", "keyring", "binding secret", "nothing was changed")
    assert folder_digest(vault) == before  # not even a failure count: no passphrase was tried
    # The vault itself is intact: with the secret back it opens.
    memory_keyring.secrets[account] = secret
    assert cli.as_olivia(vault, "case", "list").code == 0


def test_keyring_unavailable(cli: Cli, vault: Path, tmp_path: Path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # memory_keyring restores it
    before = folder_digest(vault)
    assert_refused(cli.as_olivia(vault, "case", "list"), 3, "keyring could not be used")
    assert folder_digest(vault) == before
    # init cleans up after itself: no half-made vault is left to be mistaken for one.
    folder = tmp_path / "new-vault"
    r = cli("--vault", folder, "--passphrase-file", cli.passfile(ADMIN_PASS),
            "init", "--admin", "chief")  # fmt: skip
    assert_refused(r, 3, "keyring could not be used", "--no-terminal-binding")
    assert not folder.exists()


def test_another_terminals_secret_does_not_open_it(
    cli: Cli, vault: Path, memory_keyring: MemoryKeyring
) -> None:
    account = (SERVICE, f"vault:{vault_id(vault)}")
    memory_keyring.secrets[account] = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE="  # 32 bytes
    r = cli.as_olivia(vault, "case", "list")
    assert r.code == 3, r.err
    assert "Traceback" not in r.err


# -- not a vault ------------------------------------------------------------------------


def test_vault_folder_missing(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "no-such-folder"
    r = cli.as_olivia(folder, "case", "list")
    assert_refused(r, 4, "not a SecureDesk vault", "does not exist", "securedesk init")
    assert not folder.exists()


def test_empty_folder_is_not_a_vault(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    r = cli.as_olivia(folder, "case", "list")
    assert_refused(r, 4, "not a SecureDesk vault", "no vault database or key-slot file")
    assert list(folder.iterdir()) == []  # not even a lock file


def test_folder_of_other_files_is_not_a_vault(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notes.txt").write_text("minutes of the last meeting", encoding="utf-8")
    (folder / "data.db").write_bytes(os.urandom(4096))
    before = folder_digest(folder)
    r = cli.as_olivia(folder, "case", "list")
    assert_refused(r, 4, "not a SecureDesk vault")
    assert folder_digest(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == ["data.db", "notes.txt"]


def test_a_file_is_not_a_vault(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "vault.txt"
    path.write_text("hello", encoding="utf-8")
    assert_refused(cli.as_olivia(path, "case", "list"), 4, "not a SecureDesk vault", "not a folder")
    assert path.read_text(encoding="utf-8") == "hello"


def test_key_slot_file_missing(cli: Cli, vault: Path) -> None:
    (vault / "keyslots.json").unlink()
    before = folder_digest(vault)
    assert_refused(cli.as_olivia(vault, "case", "list"), 4, "key-slot file", "missing")
    assert folder_digest(vault) == before


def test_database_file_missing_is_never_recreated(cli: Cli, vault: Path) -> None:
    (vault / "vault.db").unlink()
    before = folder_digest(vault)
    assert_refused(cli.as_olivia(vault, "case", "list"), 4, "damaged", "missing")
    assert folder_digest(vault) == before
    assert not (vault / "vault.db").exists()


# -- damaged key-slot file --------------------------------------------------------------


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (lambda data: data[: len(data) // 2], ["key-slot file", "damaged", "truncated"]),
        (lambda data: data[:1], ["key-slot file", "damaged", "not valid JSON"]),
        (lambda data: b"", ["key-slot file", "damaged", "not valid JSON"]),
        (lambda data: os.urandom(300), ["key-slot file", "damaged"]),
        (lambda data: b"[1, 2, 3]\n", ["key-slot file", "not a SecureDesk key-slot file"]),
        (lambda data: b'{"format": "securedesk-keyslots"}', ["key-slot file", "version"]),
        (lambda data: b"\xff\xfe{}", ["key-slot file", "damaged"]),
    ],
    ids=["truncated", "one-byte", "empty", "random", "json-list", "no-version", "not-utf8"],
)
def test_key_slot_file_damaged(
    cli: Cli, vault: Path, damage: Callable[[bytes], bytes], words: list[str]
) -> None:
    path = vault / "keyslots.json"
    path.write_bytes(damage(path.read_bytes()))
    before = folder_digest(vault)
    assert_refused(cli.as_olivia(vault, "case", "list"), 4, *words)
    assert folder_digest(vault) == before


def test_key_slot_file_of_another_vault(cli: Cli, vault: Path, tmp_path: Path) -> None:
    other = tmp_path / "other-vault"
    make_vault(other)
    shutil.copyfile(other / "keyslots.json", vault / "keyslots.json")
    before = folder_digest(vault)
    r = cli.as_olivia(vault, "case", "list")
    assert_refused(r, 4, "key-slot file", "damaged", "another vault")
    assert folder_digest(vault) == before


def test_key_slot_file_with_a_slot_from_another_vault(
    cli: Cli, vault: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other-vault"
    make_vault(other)
    foreign = next(
        s
        for s in json.loads((other / "keyslots.json").read_bytes())["slots"]
        if s["user"] == "olivia"
    )
    path = vault / "keyslots.json"
    doc = json.loads(path.read_bytes())
    doc["slots"] = [foreign if s["user"] == "olivia" else s for s in doc["slots"]]
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    before = folder_digest(vault)
    r = cli.as_olivia(vault, "case", "list")
    assert_refused(r, 4, "key-slot file", "slot for 'olivia' belongs to another vault")
    assert folder_digest(vault) == before

    # Relabelled as this vault's, the foreign slot still opens nothing: it is bound to the
    # vault it was made for.
    foreign["vault_id"] = doc["vault_id"]
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    r = cli.as_olivia(vault, "--json", "case", "list")
    assert r.code in (3, 4), r.err
    assert r.out == ""
    assert "Traceback" not in r.err
    # The others' slots are untouched and still open the vault.
    assert cli.as_oscar(vault, "case", "list").code == 0


# -- damaged database -------------------------------------------------------------------


def test_flipped_bytes_in_the_first_page(cli: Cli, vault: Path) -> None:
    _, size = page_of(vault, "users")
    flip(vault / "vault.db", size // 2)
    before = folder_digest(vault)
    for _ in range(2):  # and again: never reset or recreated in between
        r = cli.as_olivia(vault, "case", "list")
        assert_refused(r, 4, "vault database", "damaged", "not modified, reset or recreated")
        assert folder_digest(vault) == before


def test_flipped_bytes_in_the_database_header_salt(cli: Cli, vault: Path) -> None:
    flip(vault / "vault.db", 3)
    before = folder_digest(vault)
    r = cli.as_olivia(vault, "case", "list")
    assert_refused(r, 4, "damaged", "database header")
    assert folder_digest(vault) == before


@pytest.mark.parametrize("table", ["vault_info", "users", "user_roles", "audit_events"])
def test_flipped_bytes_in_a_page_read_at_sign_in(cli: Cli, vault: Path, table: str) -> None:
    offset, _ = page_of(vault, table)
    flip(vault / "vault.db", offset)
    before = folder_digest(vault)
    r = cli.as_olivia(vault, "case", "list")
    assert_refused(r, 4, "damaged", "not modified, reset or recreated")
    assert folder_digest(vault) == before


def test_flipped_bytes_in_the_case_table_are_reported_as_damage(
    cli: Cli, vault: Path, refs: dict[str, str]
) -> None:
    offset, _ = page_of(vault, "cases")
    flip(vault / "vault.db", offset)
    r = cli.as_olivia(vault, "case", "list")
    assert_refused(r, 4, "damaged", "not modified, reset or recreated")


def test_flipped_bytes_in_the_case_table_are_never_repaired(
    cli: Cli, vault: Path, refs: dict[str, str]
) -> None:
    db = vault / "vault.db"
    offset, size = page_of(vault, "cases")
    flip(db, offset)
    page_start = offset - size // 2
    damaged = db.read_bytes()
    for argv in (["case", "list"], ["case", "show", refs["Jones"]], ["case", "search", "Jones"]):
        r = cli.as_olivia(vault, *argv)
        assert r.code != 0, argv
        assert "Traceback" not in r.err
        assert len(r.err_lines) == 1, r.err
        after = db.read_bytes()
        # The damaged page is left exactly as it was, and the file was not recreated.
        assert after[page_start : page_start + size] == damaged[page_start : page_start + size]
        assert after[:16] == damaged[:16]
        assert len(after) >= len(damaged)


def test_vault_from_a_newer_program(cli: Cli, vault: Path) -> None:
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        s.vault.conn.execute("PRAGMA user_version = 99")
        raw_key = bytes(s.vault._db_key)
    before = folder_digest(vault)
    r = cli.as_olivia(vault, "case", "list")
    assert_refused(r, 5, "schema version 99", "knows versions up to", "newer", "untouched")
    assert folder_digest(vault) == before
    conn = database.connect(vault / "vault.db", raw_key)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 99
    finally:
        conn.close()


# -- a second process -------------------------------------------------------------------


def test_vault_open_in_this_process_refuses_a_second_opener(cli: Cli, vault: Path) -> None:
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as holder:
        before = folder_digest(vault)
        r = cli.as_oscar(vault, "case", "add", "--source", "Police", "--subject", "Eira Lloyd")
        assert_refused(r, 1, "open in another SecureDesk process", "close that one first")
        assert folder_digest(vault) == before
        # The holder carries on undisturbed.
        holder.cases.add_case(
            [Person("Gwen", "Morgan")], referral_source="Police", referral_date=TODAY
        )
    r = cli.as_oscar(vault, "--json", "case", "list")
    assert r.code == 0, r.err
    assert [c["subjects"] for c in r.json()] == ["Gwen Morgan"]
    r = cli.as_admin(vault, "--json", "audit", "verify")
    assert r.code == 0, r.err
    assert r.json()["ok"] is True


_HOLDER = """
import sys
from datetime import date
from pathlib import Path
from securedesk.core.domain import Person
from securedesk.core.domain import Person
from securedesk.core.session import Session

folder, secret_file = Path(sys.argv[1]), Path(sys.argv[2])
session = Session.sign_in(folder, "olivia", secret_file.read_text().splitlines()[0])
print("open", flush=True)
sys.stdin.readline()
session.cases.add_case(
    [Person("Gwen", "Morgan")], referral_source="Police", referral_date=date.today()
)
session.lock()
print("locked", flush=True)
"""


def test_vault_open_in_another_process(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "shared-vault"
    make_vault(folder, binding=False)  # the other process has no in-memory keyring
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(folder), str(cli.passfile(OFFICER_PASS))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline() == "open\n", holder.stderr and holder.stderr.read()
        before = folder_digest(folder)
        r = cli.as_oscar(folder, "case", "add", "--source", "Police", "--subject", "Eira Lloyd")
        assert_refused(r, 1, "open in another SecureDesk process")
        r = cli.as_admin(folder, "audit", "verify")
        assert_refused(r, 1, "open in another SecureDesk process")
        assert folder_digest(folder) == before
        out, err = holder.communicate("go on\n", timeout=30)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
    assert holder.returncode == 0, err
    assert out == "locked\n"

    # No corruption: the holder's case is there, the refused one is not, the chain is whole.
    r = cli.as_oscar(folder, "--json", "case", "list")
    assert r.code == 0, r.err
    assert [c["subjects"] for c in r.json()] == ["Gwen Morgan"]
    r = cli.as_admin(folder, "--json", "audit", "verify")
    assert r.code == 0, r.err
    assert r.json()["ok"] is True


# -- init -------------------------------------------------------------------------------


def test_init_never_overwrites_a_vault(
    cli: Cli, vault: Path, memory_keyring: MemoryKeyring
) -> None:
    before = folder_digest(vault)
    secrets_before = dict(memory_keyring.secrets)
    r = cli(
        "--vault", vault, "--passphrase-file", cli.passfile(ADMIN_PASS), "init", "--admin", "chief"
    )
    assert_refused(r, 1, "already holds a vault", "never overwrites")
    assert folder_digest(vault) == before
    assert memory_keyring.secrets == secrets_before
    assert cli.as_olivia(vault, "case", "list").code == 0


def test_init_refuses_a_folder_holding_other_files(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    r = cli(
        "--vault", folder, "--passphrase-file", cli.passfile(ADMIN_PASS), "init", "--admin", "chief"
    )
    assert r.code != 0
    assert "Traceback" not in r.err
    assert len(r.err_lines) == 1
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("binding", [[], ["--no-terminal-binding"]])
def test_init_with_a_short_passphrase(
    cli: Cli, tmp_path: Path, memory_keyring: MemoryKeyring, binding: list[str]
) -> None:
    folder = tmp_path / "new-vault"
    r = cli("--vault", folder, "--passphrase-file", cli.passfile("elevenchars"),
            "init", "--admin", "chief", *binding)  # fmt: skip
    assert_refused(r, 2, "at least 12 characters")
    assert not folder.exists()
    assert memory_keyring.secrets == {}


def test_init_with_a_bad_administrator_name(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "new-vault"
    r = cli("--vault", folder, "--passphrase-file", cli.passfile(ADMIN_PASS),
            "init", "--admin", "chief admin!")  # fmt: skip
    assert_refused(r, 2, "user name")
    assert not folder.exists()


# -- passphrase files -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", ["first line", "empty"]),
        (b"\n" + OFFICER_PASS.encode() + b"\n", ["first line", "empty"]),
        (b"\xff\xfe\x00bad", ["not UTF-8"]),
        (b"x" * 5000, ["too long"]),
    ],
    ids=["empty", "blank-first-line", "not-utf8", "too-long"],
)
def test_unusable_passphrase_file(
    cli: Cli, vault: Path, tmp_path: Path, content: bytes, words: list[str]
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_bytes(content)
    before = folder_digest(vault)
    r = cli("--vault", vault, "--user", "olivia", "--passphrase-file", secret, "case", "list")
    assert_refused(r, 2, str(secret), *words)
    assert folder_digest(vault) == before  # not counted as a failed sign-in


def test_missing_passphrase_file(cli: Cli, vault: Path, tmp_path: Path) -> None:
    before = folder_digest(vault)
    missing = tmp_path / "no-such-file.txt"
    r = cli("--vault", vault, "--user", "olivia", "--passphrase-file", missing, "case", "list")
    assert_refused(r, 2, "Cannot read the passphrase file", str(missing))
    assert folder_digest(vault) == before


def test_no_passphrase_file_and_no_terminal(cli: Cli, vault: Path) -> None:
    before = folder_digest(vault)
    r = cli("--vault", vault, "--user", "olivia", "case", "list")
    assert_refused(r, 2, "Passphrase for olivia is needed", "no terminal", "--passphrase-file")
    assert folder_digest(vault) == before


def test_a_prompt_words_its_label_from_a_kind(monkeypatch: pytest.MonkeyPatch) -> None:
    """The prompt's words are a kind with the user as data, so a refusal carries no English
    phrase as data; a new passphrase is asked twice, the second time '(again)'."""
    asked: list[str] = []
    answers = iter([OFFICER_PASS, ""])

    def answer(prompt: str) -> str:
        asked.append(prompt)
        return next(answers)

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", answer)
    with pytest.raises(InvalidInput) as refused:
        passphrases.new_passphrase(None, ErrorKind.PROMPT_ONE_TIME_PASSPHRASE_FOR, user="priya")
    assert asked == ["One-time passphrase for priya: ", "One-time passphrase for priya (again): "]
    assert refused.value.kind is ErrorKind.PASSPHRASE_EMPTY
    assert refused.value.data == {
        "label": ErrorKind.PROMPT_ONE_TIME_PASSPHRASE_FOR_AGAIN,
        "user": "priya",
    }
    assert str(refused.value) == "One-time passphrase for priya (again) cannot be empty."


def test_passphrase_file_with_crlf_and_trailing_lines(
    cli: Cli, vault: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_bytes(OFFICER_PASS.encode() + b"\r\nsecond line is ignored\n")
    r = cli("--vault", vault, "--user", "olivia", "--passphrase-file", secret, "case", "list")
    assert r.code == 0, r.err


def test_short_new_passphrase_is_refused(cli: Cli, vault: Path) -> None:
    r = cli.as_olivia(
        vault, "user", "passwd", "olivia", "--new-passphrase-file", cli.passfile("short")
    )
    assert_refused(r, 2, "at least 12 characters")
    assert cli.as_olivia(vault, "case", "list").code == 0  # the old one still works

    r = cli.as_admin(vault, "user", "add", "priya", "--role", "officer",
                     "--new-passphrase-file", cli.passfile("short"))  # fmt: skip
    assert_refused(r, 2, "at least 12 characters")
    users = [u["name"] for u in cli.as_admin(vault, "--json", "user", "list").json()]
    assert "priya" not in users


# -- bad values -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "words"),
    [
        (["--dob", "2999-01-01"], ["date of birth", "2999-01-01", "in the future"]),
        (["--referral-date", "2999-01-01"], ["referral date", "in the future"]),
        (["--marking", "TOP-SECRET"], ["'TOP-SECRET' is not a protective marking", "SECRET"]),
        (["--marking", ""], ["not a protective marking"]),
        (["--owner", "nobody"], ["nobody"]),
        (["--dob", "2000-01-01", "--dob", "2001-01-01"], ["more --dob dates"]),
    ],
    ids=["future-dob", "future-referral", "bad-marking", "empty-marking", "no-owner", "dobs"],
)
def test_case_add_bad_values(cli: Cli, vault: Path, options: list[str], words: list[str]) -> None:
    r = cli.as_olivia(
        vault, "case", "add", "--source", "Police", "--subject", "Ann Jones", *options
    )
    assert_refused(r, 2, *words)
    assert case_count(vault) == 0


def test_case_add_empty_subject(cli: Cli, vault: Path) -> None:
    assert_refused(
        cli.as_olivia(vault, "case", "add", "--source", "Police", "--subject", "  "),
        2,
        "name",
        "empty",
    )
    assert case_count(vault) == 0


def test_case_above_the_terminal_ceiling_is_refused(cli: Cli, vault: Path) -> None:
    with Session.sign_in(vault, "admin", ADMIN_PASS) as s:
        s.set_policy("classification_ceiling", "OFFICIAL-SENSITIVE")
    r = cli.as_oscar(
        vault, "case", "add", "--source", "Police", "--subject", "Ann Jones", "--marking", "SECRET"
    )
    assert_refused(r, 5, "SECRET", "refused")
    assert case_count(vault) == 0


@pytest.mark.parametrize(
    ("text", "options", "words"),
    [
        (b"Seen at the station.", ["--marking", "RESTRICTED"], ["not a protective marking"]),
        (b"Seen at the station.", ["--date", "2999-01-01"], ["in the future"]),
        (b"\xff\xfe not text", [], ["not UTF-8"]),
        (b"   \n\n", [], ["text", "cannot be empty"]),
        (b"Seen at the station.", ["--agency", "  "], ["agency", "cannot be empty"]),
        (b"Seen at the station.", ["--supersedes", "no-such-item"], ["no-such-item"]),
    ],
    ids=["bad-marking", "future-date", "not-utf8", "blank", "blank-agency", "bad-supersedes"],
)
def test_item_add_bad_values(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path, text: bytes,
    options: list[str], words: list[str],
) -> None:  # fmt: skip
    note = tmp_path / "note.txt"
    note.write_bytes(text)
    ref = refs["Jones"]
    r = cli.as_olivia(
        vault, "item", "add", ref, "--agency", "Police", "--text-file", note, *options
    )
    assert_refused(r, 2, *words)
    r = cli.as_olivia(vault, "--json", "case", "show", ref)
    assert r.json()["items"] == []


def test_item_add_missing_text_file_and_unknown_case(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    r = cli.as_olivia(
        vault, "item", "add", refs["Jones"], "--agency", "Police", "--text-file", missing
    )
    assert_refused(r, 2, "Cannot read", str(missing))
    note = tmp_path / "note.txt"
    note.write_text("Seen at the station.", encoding="utf-8")
    r = cli.as_olivia(
        vault, "item", "add", "WF-1999-9999", "--agency", "Police", "--text-file", note
    )
    assert_refused(r, 2, "no case WF-1999-9999")


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["case", "show", "WF-1999-9999"], ["no case WF-1999-9999", "case list"]),
        (
            [
                "case",
                "status",
                "WF-1999-9999",
                "closed",
                "--reason",
                "x",
                "--outcome",
                "signposted",
            ],
            ["no case"],
        ),
        (["case", "list", "--status", "pending"], ["'pending' is not a case status"]),
        (["case", "list", "--marking", "PUBLIC"], ["not a protective marking"]),
    ],
)
def test_case_bad_values(cli: Cli, vault: Path, argv: list[str], words: list[str]) -> None:
    assert_refused(cli.as_olivia(vault, *argv), 2, *words)


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["user", "add", "priya", "--role", "officer", "--clearance", "ULTRA"],
         ["not a protective marking"]),
        (["user", "add", "bad name", "--role", "officer"], ["user name"]),
        (["user", "add", "oscar", "--role", "officer"], ["oscar"]),
        (["user", "disable", "admin"], ["cannot disable yourself"]),
        (["user", "disable", "nobody"], ["nobody"]),
        (["user", "roles", "nobody", "--role", "officer"], ["nobody"]),
        (["user", "passwd", "nobody"], ["nobody"]),
    ],
    ids=["bad-clearance", "bad-name", "existing", "self", "disable-unknown", "roles-unknown",
         "passwd-unknown"],
)  # fmt: skip
def test_user_bad_values(cli: Cli, vault: Path, argv: list[str], words: list[str]) -> None:
    secret = cli.passfile("one-time passphrase for the new user")
    extra = ["--new-passphrase-file", str(secret)] if argv[1] == "add" else []
    r = cli.as_admin(vault, *argv, *extra)
    assert_refused(r, 2, *words)
    users = cli.as_admin(vault, "--json", "user", "list").json()
    assert sorted((u["name"], u["disabled"]) for u in users) == [
        ("admin", False), ("olivia", False), ("oscar", False),
    ]  # fmt: skip


# -- audit export -----------------------------------------------------------------------


def test_audit_export_into_a_missing_folder_leaves_nothing(
    cli: Cli, vault: Path, tmp_path: Path
) -> None:
    out = tmp_path / "no-such-folder" / "audit.jsonl"
    r = cli.as_admin(vault, "audit", "export", "--out", out)
    assert r.code != 0
    assert "Traceback" not in r.err
    assert len(r.err_lines) == 1
    assert not out.parent.exists()
    events = cli.audit_events(vault, tmp_path / "audit.jsonl")
    assert [e for e in events if e["action"] == "audit log exported"] == []


def test_audit_export_onto_a_folder_leaves_nothing(cli: Cli, vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    r = cli.as_admin(vault, "audit", "export", "--out", out)
    assert r.code != 0
    assert "Traceback" not in r.err
    assert list(out.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_audit_export_into_a_missing_folder_says_what_to_do(
    cli: Cli, vault: Path, tmp_path: Path
) -> None:
    out = tmp_path / "no-such-folder" / "audit.jsonl"
    r = cli.as_admin(vault, "audit", "export", "--out", out)
    assert_refused(r, 2, str(out.parent))


def test_ctrl_d_at_the_passphrase_prompt_is_a_plain_refusal(vault: Path) -> None:
    """On a real terminal (a pty), Ctrl-D at the prompt said 'unexpected error (EOFError)'."""
    import pty

    before = folder_digest(vault)
    command = shutil.which("securedesk")
    assert command is not None
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command on the pty, as a person would run it
        os.execv(  # noqa: S606 - the command itself, on the pty
            command, [command, "--vault", str(vault), "--user", "olivia", "case", "list"]
        )
    try:
        assert b"Passphrase for olivia:" in read_pty(fd, until=b"Passphrase for olivia:")
        os.write(fd, b"\x04")
        rest = read_pty(fd, until=b"--passphrase-file")
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 2
    text = rest.decode()
    assert "The input ended (Ctrl-D) before Passphrase for olivia was typed" in text
    assert "EOFError" not in text and "Traceback" not in text
    assert folder_digest(vault) == before
