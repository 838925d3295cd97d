"""Finding 11: SQLCipher's memory security cost 2-17x and, as an ordinary user, most of its
locks failed silently. It is now a policy, off by default, read when the vault opens; a site
that turns it on is told when its locks fail. Memory security is process-wide and cannot be
turned off again, so every sign-in with it on runs in a child process."""

from __future__ import annotations

import json
import resource
import subprocess
from pathlib import Path

import pytest

from securedesk.core.errors import InvalidInput, PermissionDenied
from securedesk.core.session import Session
from securedesk.core.vault import database

from ..conftest import ADMIN_PASS, make_vault
from ..hardening_children import child_env, python, unprivileged
from ..vault_rows import content_digest

POLICY = database.MEMORY_SECURITY_POLICY


def memsec_pragma(session: Session) -> str:
    return str(session.vault.conn.execute("PRAGMA cipher_memory_security").fetchone()[0])


def test_off_by_default_and_for_a_vault_without_the_setting(vault: Path) -> None:
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    try:
        assert admin.policy()[POLICY] == "off"
        assert memsec_pragma(admin) == "0"
        # A vault made before the policy existed has no row: off.
        with database.transaction(admin.vault.conn) as conn:
            conn.execute("DELETE FROM policy WHERE key = ?", (POLICY,))
    finally:
        admin.lock()
    again = Session.sign_in(vault, "admin", ADMIN_PASS)
    try:
        assert again.policy()[POLICY] == "off"
        assert memsec_pragma(again) == "0"
        assert again.protection()["memory_security"] == "off"
        assert again.memory_security_warning() is None
    finally:
        again.lock()


@pytest.mark.parametrize("value", ["maybe", "", "1", "yes please"])
def test_a_value_other_than_on_or_off_is_refused_and_nothing_changes(
    admin: Session, value: str
) -> None:
    before = content_digest(admin.vault.conn)
    with pytest.raises(InvalidInput) as caught:
        admin.set_policy(POLICY, value)
    assert str(caught.value) == "cipher_memory_security must be on or off."
    assert content_digest(admin.vault.conn) == before
    assert admin.policy()[POLICY] == "off"


def test_an_officer_may_not_turn_it_on(officer: Session) -> None:
    before = content_digest(officer.vault.conn)
    with pytest.raises(PermissionDenied):
        officer.set_policy(POLICY, "on")
    assert content_digest(officer.vault.conn) == before


# Signs in, reports the pragma; turns the policy on and off in between (argv[2]: the steps).
SESSIONS = """
import json, sys
from pathlib import Path
from securedesk.core.session import Session
from securedesk.core.vault import database
folder, steps = Path(sys.argv[1]), sys.argv[2].split(",")
seen = []
def pragma(s):
    return str(s.vault.conn.execute("PRAGMA cipher_memory_security").fetchone()[0])
if "demo" in steps:
    database.build_invented_data_only()
s = Session.sign_in(folder, "admin", sys.argv[3])
seen.append(pragma(s))
for step in steps:
    if step in ("on", "off"):
        s.set_policy("cipher_memory_security", step)
        seen.append(pragma(s))
    elif step == "again":
        s.lock()
        s = Session.sign_in(folder, "admin", sys.argv[3])
        seen.append(pragma(s))
s.lock()
print(json.dumps(seen))
"""


def sessions_in_a_child(tmp_path: Path, folder: Path, steps: str) -> list[str]:
    done = subprocess.run(
        python("-c", SESSIONS, str(folder), steps, ADMIN_PASS),
        capture_output=True,
        text=True,
        env=child_env(tmp_path),
        timeout=120,
        check=True,
    )
    seen: list[str] = json.loads(done.stdout)
    return seen


@pytest.mark.slow
def test_turning_it_on_applies_from_the_next_sign_in_and_stays_on_in_that_process(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    make_vault(folder, binding=False)
    # Off at sign-in; on in the policy: this sign-in is unchanged; the next one has it on.
    # Turned off again: on for the rest of that process (SQLCipher cannot turn it off).
    assert sessions_in_a_child(tmp_path, folder, "on,again,off,again") == ["0", "0", "1", "1", "1"]
    # A new process reads "off" and leaves it off.
    assert sessions_in_a_child(tmp_path, folder, "") == ["0"]


@pytest.mark.slow
def test_the_demo_process_never_turns_it_on(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    make_vault(folder, binding=False)
    assert sessions_in_a_child(tmp_path, folder, "on") == ["0", "0"]
    assert sessions_in_a_child(tmp_path, folder, "demo,again") == ["0", "0"]


def vault_info_in_a_child(
    tmp_path: Path, folder: Path, lock_limit: int | None
) -> subprocess.CompletedProcess[str]:
    passfile = tmp_path / "admin-passphrase.txt"
    passfile.write_text(ADMIN_PASS + "\n", encoding="utf-8")
    argv = ["-m", "securedesk", "vault", "info", "--vault", str(folder), "--user", "admin"]
    argv += ["--passphrase-file", str(passfile), "--json"]

    def limit() -> None:
        if lock_limit is not None:
            resource.setrlimit(resource.RLIMIT_MEMLOCK, (lock_limit, lock_limit))

    return subprocess.run(
        unprivileged(python(*argv)),
        capture_output=True,
        text=True,
        env=child_env(tmp_path),
        timeout=120,
        check=False,
        preexec_fn=limit,  # a child with a small lock limit, on purpose
    )


@pytest.mark.slow
def test_a_site_that_turns_it_on_is_told_when_its_locks_fail(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    make_vault(folder, binding=False)
    admin = Session.sign_in(folder, "admin", ADMIN_PASS)
    try:
        admin.set_policy(POLICY, "on")  # this process: from the next sign-in, never made here
        assert memsec_pragma(admin) == "0"
    finally:
        admin.lock()
    # An ordinary account with a 1 MiB lock limit: the page cache alone needs 128 MiB.
    done = vault_info_in_a_child(tmp_path, folder, 1 << 20)
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert info["memory_security_policy"] == "on"
    assert info["memory_security"] == "on"
    assert info["memory_locks_failing"] == "yes"
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr  # one warning, not a line per failed lock
    assert lines[0].startswith(
        "securedesk: Memory security is on, but this account may lock only 1 MiB of memory "
        f"and the vault's page cache alone needs {database.PAGE_CACHE_BYTES // 2**20} MiB, so "
        "SQLCipher's memory locks fail ("
    )
    assert "RLIMIT_MEMLOCK" in lines[0]
    # The probe's log file is gone, and SQLCipher wrote nothing elsewhere.
    assert not any((tmp_path / "child-tmp").iterdir())


@pytest.mark.slow
def test_on_with_a_lock_limit_that_covers_it_no_warning(tmp_path: Path) -> None:
    # What an ordinary child of this test may lock: None when unlimited or not enforced
    # (root holding CAP_IPC_LOCK), which is what a site that turns memory security on needs.
    probe = subprocess.run(
        python(
            "-c",
            "from securedesk.core import process_hardening as h; print(h.effective_lock_limit())",
        ),
        capture_output=True,
        text=True,
        env=child_env(tmp_path),
        check=True,
    )
    limit = probe.stdout.strip()
    if limit != "None" and int(limit) < 128 * 2**20:
        pytest.skip("no lock limit that covers the page cache is available here")
    folder = tmp_path / "vault"
    make_vault(folder, binding=False)
    admin = Session.sign_in(folder, "admin", ADMIN_PASS)
    try:
        admin.set_policy(POLICY, "on")
    finally:
        admin.lock()
    passfile = tmp_path / "admin-passphrase.txt"
    passfile.write_text(ADMIN_PASS + "\n", encoding="utf-8")
    done = subprocess.run(
        python(
            "-m",
            "securedesk",
            "vault",
            "info",
            "--vault",
            str(folder),
            "--user",
            "admin",
            "--passphrase-file",
            str(passfile),
            "--json",
        ),
        capture_output=True,
        text=True,
        env=child_env(tmp_path),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    info = json.loads(done.stdout)
    assert (info["memory_security"], info["memory_locks_failing"]) == ("on", "no")
    assert done.stderr.strip() == ""
