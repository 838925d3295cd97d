"""What every command needs: which vault, who signs in, how output is printed."""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

from securedesk.cli import passphrases
from securedesk.core.access import Role
from securedesk.core.error_kinds import ErrorKind, word
from securedesk.core.errors import InvalidInput
from securedesk.core.paths import default_vault, demo_vault
from securedesk.core.session import Session
from securedesk.demo.demo_vault import DEMO_PASSPHRASE, DEMO_USER, build_demo_vault


def chosen_vault(vault: Path | None, *, demo: bool) -> Path:
    """The vault a command works on: --vault DIR, else the demo vault with --demo, else the
    default one."""
    if vault is not None:
        return vault
    return demo_vault() if demo else default_vault()


@dataclass
class Context:
    vault: Path | None
    user: str | None
    passphrase_file: str | None
    json: bool
    demo: bool = False
    _session: Session | None = field(default=None, repr=False)

    @property
    def vault_path(self) -> Path:
        return chosen_vault(self.vault, demo=self.demo)

    def session(self) -> Session:
        """Sign in (once per command) as --user with the passphrase from file or prompt."""
        if self._session is None:
            if self.demo:
                self._prepare_demo()
            if not self.user:
                raise InvalidInput(ErrorKind.CLI_USER_MISSING)
            secret = (
                DEMO_PASSPHRASE
                if self.demo and not self.passphrase_file
                else passphrases.passphrase(
                    self.passphrase_file, ErrorKind.PROMPT_PASSPHRASE_FOR, user=self.user
                )
            )
            self._session = Session.sign_in(
                self.vault_path, self.user, secret, on_wait=_say_waiting
            )
            warning = self._session.memory_security_warning()
            if warning is not None:
                print(f"securedesk: {word(*warning)}", file=sys.stderr)
            report = self._session.signin_report
            if report.record_tampered:
                print(
                    f"securedesk: the record of failed sign-in attempts was "
                    f"{report.record_tampered} (deleted, edited or put back from a copy) since "
                    "the last sign-in: failed attempts may have been hidden. This is recorded "
                    "in the audit log; tell your administrator.",
                    file=sys.stderr,
                )
            if report.failed_attempts:
                print(
                    f"securedesk: {report.failed_attempts} failed sign-in attempt(s) for "
                    f"'{self.user}' since the last sign-in (the last at "
                    f"{report.last_failure_at}). If they were not yours, tell your "
                    "administrator.",
                    file=sys.stderr,
                )
            if report.unknown_user_attempts and Role.ADMIN in self._session.user.roles:
                print(
                    f"securedesk: {report.unknown_user_attempts} failed sign-in attempt(s) "
                    "named a user this vault does not have.",
                    file=sys.stderr,
                )
        return self._session

    def _prepare_demo(self) -> None:
        """--demo with a command: the demo vault (made on first use) and its demo account.
        The demo passphrase is printed in the README and the window: it guards only
        invented people, so it is no secret to keep off a command line."""
        folder = self.vault_path
        if not folder.exists() or not any(folder.iterdir()):
            build_demo_vault(folder)
        self.user = self.user or DEMO_USER

    def close(self) -> None:
        if self._session is not None:
            self._session.lock()
            self._session = None


def _say_waiting(seconds: float) -> None:
    """The command waits rather than refuses: a person who mistyped retypes nothing, and
    the wait is the same length either way (it runs in the core, with the vault locked
    against other processes, so re-running the command does not shorten it)."""
    print(
        f"securedesk: waiting {math.ceil(seconds)} s before checking the passphrase, because of "
        "earlier failed sign-in attempts with this user name.",
        file=sys.stderr,
        flush=True,
    )
