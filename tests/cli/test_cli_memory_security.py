"""`securedesk policy set cipher_memory_security`: on or off, said to apply from the next
sign-in. No sign-in follows in this process after it is turned on (it would turn SQLCipher's
memory security on for the whole test run): the sign-ins with it on are in
tests/core/test_memory_security_policy.py, in child processes."""

from __future__ import annotations

from pathlib import Path

from securedesk.core.session import Session
from securedesk.core.vault import database

from ..conftest import ADMIN_PASS
from ..vault_rows import content_digest
from .conftest import Cli


def test_a_bad_value_is_a_usage_error_and_nothing_changes(cli: Cli, vault: Path) -> None:
    def digest() -> str:
        admin = Session.sign_in(vault, "admin", ADMIN_PASS)
        try:
            return content_digest(admin.vault.conn)
        finally:
            admin.lock()

    before = digest()
    result = cli.as_admin(vault, "policy", "set", "cipher_memory_security", "sometimes")
    assert result.code == 2
    assert result.err_lines == ["securedesk: cipher_memory_security must be on or off."]
    assert digest() == before


def test_turning_it_on_says_when_it_applies(cli: Cli, vault: Path) -> None:
    result = cli.as_admin(vault, "policy", "set", "cipher_memory_security", "ON")
    assert result.code == 0, result.err
    assert result.out.splitlines() == [
        "cipher_memory_security is now on",
        "cipher_memory_security applies from the next sign-in. Once on in a running "
        "application, it stays on until the application is closed.",
    ]
    # Not on in this process: it applies when a vault opens.
    assert database.memory_security_state().on is False
