"""`--demo` with a command: the demo vault (made on first use), signed in as a demo account.
It was ignored with a command, so `securedesk --demo case list` asked for a user."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from securedesk.cli import context
from securedesk.demo.demo_vault import build_demo_vault

from .conftest import Cli


@pytest.fixture
def small_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "build_demo_vault", functools.partial(build_demo_vault, cases=25))


def test_demo_with_a_command_makes_the_vault_and_signs_in_as_demo(
    cli: Cli, tmp_path: Path, small_demo: None
) -> None:
    folder = tmp_path / "demo"
    r = cli("--vault", folder, "--demo", "case", "list", "--mine", "--json")
    assert r.code == 0, r.err
    rows = r.json()
    rows = rows["rows"] if isinstance(rows, dict) else rows
    assert rows and {row["owner"] for row in rows} == {"demo"}
    # The option goes after the command too, and another demo account can be named.
    r = cli("audit", "verify", "--vault", folder, "--demo", "--user", "demo-admin")
    assert r.code == 0, r.err


def test_demo_does_not_open_a_real_vault_with_the_demo_passphrase(cli: Cli, vault: Path) -> None:
    r = cli("--vault", vault, "--demo", "--user", "olivia", "case", "list")
    assert r.code == 3
    assert "passphrase" in r.err.lower()
