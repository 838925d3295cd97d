"""`securedesk doctor`: one line per check, exit 0 only when all hold, 5 otherwise.

The system facts (swap, hibernation, core dumps, memory locking, disk, space) are the
machine's own, and a CI machine is not a hardened terminal; so the tests that need every check
to hold replace those six with fabricated passes, and the keyring, clock and backup checks run
for real against a vault (tests/core/test_terminal_checks.py checks each system check alone).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from securedesk.core import terminal_checks as tc
from securedesk.core import terminal_survey
from securedesk.core.clock import SystemClock
from securedesk.core.paths import demo_vault

from ..conftest import ADMIN_PASS, make_vault
from ..keyring_memory import MemoryKeyring
from .conftest import Cli

HARDENED = [
    tc.CheckResult(tc.SWAP, tc.Status.OK, tc.TerminalKind.SWAP_OFF),
    tc.CheckResult(tc.HIBERNATION, tc.Status.OK, tc.TerminalKind.HIBERNATION_MASKED),
    tc.CheckResult(tc.CORE_DUMPS, tc.Status.OK, tc.TerminalKind.CORE_DUMPS_OFF),
    tc.CheckResult(
        tc.MEMORY_LOCK, tc.Status.OK, tc.TerminalKind.MEMORY_LOCK_OK, {"limit": "unlimited"}
    ),
    tc.CheckResult(
        tc.ENCRYPTED_DISK,
        tc.Status.OK,
        tc.TerminalKind.DISK_ENCRYPTED,
        {"device": "/dev/dm-1", "fstype": "ext4"},
    ),
    tc.CheckResult(
        tc.FREE_SPACE,
        tc.Status.OK,
        tc.TerminalKind.SPACE_OK,
        {"free_mib": 9000, "vault_mib": 1},
    ),
]


@pytest.fixture
def hardened(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(terminal_survey, "system_checks", lambda folder: list(HARDENED))


def lines(out: str) -> dict[str, str]:
    """check name -> its line, from the printed report."""
    found = {}
    for line in out.splitlines()[1:-1]:
        mark, name, text = line[:4], line[6:21].strip(), line[22:]
        found[name] = f"{mark.strip()}|{text}"
    return found


@pytest.mark.usefixtures("hardened")
def test_signed_in_on_a_hardened_terminal_every_check_holds(cli: Cli, vault: Path) -> None:
    result = cli.as_admin(vault, "doctor")
    assert result.code == 0, result.out + result.err
    found = lines(result.out)
    assert list(found) == list(tc.ORDER)
    assert all(v.startswith("ok|") for v in found.values()), found
    assert "binding secret is in it" in found["keyring"]
    assert "not earlier than the newest audit event" in found["clock"]
    assert "Last backup never; the next is due by" in found["backup"]
    assert result.out.splitlines()[-1] == "All checks hold."


@pytest.mark.usefixtures("hardened")
def test_without_sign_in_clock_and_backup_are_not_checked_and_exit_is_5(
    cli: Cli, vault: Path
) -> None:
    result = cli("--vault", vault, "doctor")
    assert result.code == 5 and result.err == ""
    found = lines(result.out)
    assert found["clock"].startswith("----|") and "sign in with --user" in found["clock"]
    assert found["backup"].startswith("----|")
    assert found["keyring"].startswith("ok|")
    assert result.out.splitlines()[-1] == "2 of 9 checks do not hold."


@pytest.mark.usefixtures("hardened")
def test_json(cli: Cli, vault: Path) -> None:
    doc = cli.as_admin(vault, "doctor", "--json").json()
    assert doc["ok"] is True and doc["vault"] == str(vault)
    assert [c["check"] for c in doc["checks"]] == list(tc.ORDER)
    assert {c["status"] for c in doc["checks"]} == {"ok"}
    assert all(c["code"].startswith("doctor-") and c["message"] for c in doc["checks"])


@pytest.mark.usefixtures("hardened")
def test_clock_set_back_fails(cli: Cli, vault: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SystemClock, "moment", lambda self: datetime(2020, 1, 1, tzinfo=UTC))
    result = cli.as_admin(vault, "doctor")
    assert result.code == 5
    clock = lines(result.out)["clock"]
    assert clock.startswith("FAIL|The clock (2020-01-01T00:00:00+00:00) is earlier")
    assert "earlier than the newest audit event" in clock


@pytest.mark.usefixtures("hardened")
def test_binding_secret_gone_fails(cli: Cli, vault: Path, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.secrets.clear()
    result = cli("--vault", vault, "doctor")
    assert result.code == 5
    assert "holds no binding secret for vault" in lines(result.out)["keyring"]


@pytest.mark.usefixtures("hardened")
def test_demo_and_unbound_vaults_reported_as_such(cli: Cli, tmp_path: Path) -> None:
    unbound = tmp_path / "unbound"
    make_vault(unbound, binding=False)
    result = cli("--vault", unbound, "doctor")
    assert result.code == 5
    assert "made with --no-terminal-binding" in lines(result.out)["keyring"]
    demo = demo_vault()
    make_vault(demo, binding=False)
    result = cli("--demo", "doctor")
    assert result.code == 5
    assert result.out.splitlines()[0] == f"SecureDesk doctor: vault {demo}"
    assert "This is the demo vault (invented people only)" in lines(result.out)["keyring"]


@pytest.mark.usefixtures("hardened")
def test_no_vault_yet(cli: Cli, tmp_path: Path) -> None:
    result = cli("--vault", tmp_path / "none", "--user", "admin", "doctor")
    assert result.code == 5  # the clock and backups cannot be checked without a vault
    found = lines(result.out)
    assert "there is no vault at" in found["keyring"]
    # They say why, not "sign in with --user" (given, and there is nothing to sign in to).
    none = f"----|Not checked: there is no vault at {tmp_path / 'none'}."
    assert found["clock"] == none and found["backup"] == none
    doc = cli("--vault", tmp_path / "none", "doctor", "--json").json()
    codes = {c["check"]: c["code"] for c in doc["checks"]}
    assert codes["clock"] == codes["backup"] == "doctor-no-vault"


def test_wrong_passphrase_is_exit_3_and_checks_nothing(cli: Cli, vault: Path) -> None:
    result = cli.as_user(vault, "admin", ADMIN_PASS + "x", "doctor")
    assert result.code == 3 and result.out == ""


def test_runs_on_this_machine_with_its_real_facts(cli: Cli, vault: Path) -> None:
    result = cli.as_admin(vault, "doctor")
    assert result.code in (0, 5), result.err
    assert list(lines(result.out)) == list(tc.ORDER)
    doc = cli.as_admin(vault, "doctor", "--json").json()
    assert doc["ok"] is (result.code == 0)
