"""Shared fixtures: an in-memory keyring, fast key derivation, vaults and signed-in users."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

# Qt tests run on the offscreen platform (no display needed).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from securedesk.core.access import Role
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.core.vault import folder as vault_module
from securedesk.core.vault import signin_failures
from securedesk.core.vault.kdf import KdfParams

from .keyring_memory import MemoryKeyring
from .small_disk import small_disk  # noqa: F401 - the fixture, for every test folder

# The smallest parameters the slot parser accepts: real Argon2id, a fraction of the cost.
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)
ADMIN_PASS = "admin passphrase for tests"
OFFICER_PASS = "officer passphrase for tests"


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> KdfParams:
    monkeypatch.setattr(vault_module, "default_kdf_params", lambda: FAST_KDF)
    return FAST_KDF


@pytest.fixture(autouse=True)
def signin_sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The delay after failed sign-ins, recorded instead of slept (tests/core/
    test_signin_failures.py checks that it is asked for; nothing here waits for it)."""
    slept: list[float] = []
    monkeypatch.setattr(signin_failures.PACING, "sleep", slept.append)
    return slept


@pytest.fixture(autouse=True)
def private_data_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """platformdirs' per-user folder points into a temporary folder for every test."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


def make_vault(folder: Path, *, binding: bool = True) -> None:
    """A vault with an administrator 'admin' and an officer 'olivia' (own passphrase set)."""
    admin = Session.create_vault(
        folder,
        admin="admin",
        passphrase=ADMIN_PASS,
        terminal_binding=binding,
        kdf_params=FAST_KDF,
        terminal_name="Test terminal",
        organisation="Test council",
    )
    admin.users.add_user("olivia", [Role.OFFICER], OFFICER_PASS, Marking.OFFICIAL_SENSITIVE)
    admin.users.add_user("oscar", [Role.OFFICER, Role.CHAIR], OFFICER_PASS, Marking.SECRET)
    admin.lock()
    for name in ("olivia", "oscar"):
        s = Session.sign_in(folder, name, OFFICER_PASS)
        s.users.change_own_passphrase(OFFICER_PASS)
        s.lock()
    # Each change rotated the database key (issue 10) and re-sealed it to every slot; a
    # sign-in folds a re-sealed key back, as it would on a terminal in use.
    for name, passphrase in (
        ("admin", ADMIN_PASS),
        ("olivia", OFFICER_PASS),
        ("oscar", OFFICER_PASS),
    ):
        Session.sign_in(folder, name, passphrase).lock()


@pytest.fixture
def vault(vault_dir: Path) -> Path:
    make_vault(vault_dir)
    return vault_dir


@pytest.fixture
def officer(vault: Path) -> Iterator[Session]:
    s = Session.sign_in(vault, "olivia", OFFICER_PASS)
    yield s
    s.lock()


@pytest.fixture
def admin(vault: Path) -> Iterator[Session]:
    s = Session.sign_in(vault, "admin", ADMIN_PASS)
    yield s
    s.lock()


def folder_digest(folder: Path) -> dict[str, str]:
    """SHA-256 of every file in a folder (the lock file aside): 'nothing was written'."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "vault.lock"
    }
