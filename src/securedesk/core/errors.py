"""The one exception hierarchy: every expected failure, with a message a user can act on.

Messages never carry case content: they name ids, files and what to do next. The command
line maps each class to its exit code (see CLI.md); the window maps them to dialogs.
"""

from __future__ import annotations

# Exit codes fixed by the command contract (shared/CLI.md).
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_AUTHENTICATION = 3
EXIT_INTEGRITY = 4
EXIT_POLICY = 5


class SecureDeskError(Exception):
    """Base class: an expected failure whose message is safe to show and to log."""

    exit_code = EXIT_UNEXPECTED


# --- authentication (exit 3) -------------------------------------------------------------


class AuthenticationFailed(SecureDeskError):
    exit_code = EXIT_AUTHENTICATION


class WrongPassphrase(AuthenticationFailed):
    def __init__(self, user: str) -> None:
        super().__init__(
            f"The passphrase for user '{user}' is not correct. Check it and try again; "
            "failed attempts are recorded and reported at the next sign-in."
        )


class UnknownUser(AuthenticationFailed):
    def __init__(self, user: str) -> None:
        super().__init__(
            f"There is no user '{user}' in this vault. Check the name, or ask an "
            "administrator to add you."
        )


class UserDisabled(AuthenticationFailed):
    def __init__(self, user: str) -> None:
        super().__init__(f"User '{user}' is disabled and cannot sign in. Ask an administrator.")


class TerminalBindingMissing(AuthenticationFailed):
    def __init__(self, vault_id: str) -> None:
        super().__init__(
            f"This vault ({vault_id}) is bound to a terminal, and this terminal's keyring "
            "does not hold its binding secret. It can only be opened on the terminal that "
            "created it (or after restoring that terminal's keyring). Nothing was changed."
        )


class KeyringUnavailable(AuthenticationFailed):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"The operating system's keyring could not be used ({detail}). Unlock or start "
            "the keyring service and try again, or create the vault with "
            "--no-terminal-binding as an explicit choice."
        )


# --- integrity (exit 4) ------------------------------------------------------------------


class IntegrityError(SecureDeskError):
    exit_code = EXIT_INTEGRITY


class NotAVault(IntegrityError):
    def __init__(self, path: str, why: str) -> None:
        super().__init__(
            f"{path} is not a SecureDesk vault ({why}). Check the --vault folder; "
            "to make a new vault there use 'securedesk init'."
        )


class KeySlotFileDamaged(IntegrityError):
    def __init__(self, path: str, why: str) -> None:
        super().__init__(
            f"The key-slot file {path} is damaged ({why}). Nothing was changed; restore "
            "the vault folder from a backup."
        )


class VaultDamaged(IntegrityError):
    def __init__(self, path: str, why: str = "the encrypted database failed its check") -> None:
        super().__init__(
            f"The vault database {path} is damaged: {why}. It was not modified, reset or "
            "recreated. Restore it from a backup and report the damage."
        )


class AuditChainBroken(IntegrityError):
    def __init__(self, seq: int, why: str) -> None:
        self.seq = seq
        super().__init__(
            f"The audit chain is broken at event {seq}: {why}. Preserve the vault as it is "
            "and report it to the data protection officer."
        )


# --- policy (exit 5) ---------------------------------------------------------------------


class PolicyRefused(SecureDeskError):
    exit_code = EXIT_POLICY


class PermissionDenied(PolicyRefused):
    def __init__(self, user: str, permission: str) -> None:
        super().__init__(
            f"User '{user}' does not have the '{permission}' permission. Ask an administrator "
            "if your role should include it."
        )


class JustificationRequired(PolicyRefused):
    def __init__(self, ref: str) -> None:
        super().__init__(
            f"Case {ref} is outside your caseload. Give the reason you need it "
            "(--justification TEXT); it is recorded in the audit log."
        )


class AboveCeiling(PolicyRefused):
    def __init__(self, marking: str, ceiling: str) -> None:
        super().__init__(
            f"This terminal holds nothing above {ceiling}; {marking} material is refused."
        )


class AboveClearance(PolicyRefused):
    def __init__(self, marking: str, clearance: str) -> None:
        super().__init__(f"Your clearance is {clearance}; {marking} material is not shown to you.")


class CaseAboveClearance(AboveClearance):
    """A case the user may not see: the message names the reference the user typed and
    their own clearance, never the case's marking, state or anything else about it."""

    def __init__(self, ref: str, clearance: str) -> None:
        PolicyRefused.__init__(
            self,
            f"Case {ref} cannot be shown to you at your clearance ({clearance}). Nothing was "
            "read or changed; if you need it, ask the case's owner or an administrator.",
        )


class CaseAboveCeiling(PolicyRefused):
    def __init__(self, ref: str, ceiling: str) -> None:
        super().__init__(
            f"Case {ref} is held above this terminal's ceiling ({ceiling}) and cannot be used "
            "here. Nothing was read or changed; ask an administrator."
        )


class PassphraseChangeRequired(PolicyRefused):
    def __init__(self, user: str) -> None:
        super().__init__(
            f"User '{user}' signed in with a one-time passphrase. Set your own first: "
            f"securedesk user passwd {user}"
        )


class VaultTooNew(PolicyRefused):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(
            f"This vault has schema version {found}, but this program knows versions up to "
            f"{known}. It was left untouched; open it with the newer SecureDesk that made it."
        )


# --- anything else (exit 1 unless stated) ------------------------------------------------


class VaultInUse(SecureDeskError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"The vault {path} is open in another SecureDesk process. Close that one first; "
            "two processes never write the same vault."
        )


class VaultExists(SecureDeskError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"{path} already holds a vault; SecureDesk never overwrites one. Choose another "
            "folder with --vault."
        )


class VaultLocked(SecureDeskError):
    def __init__(self) -> None:
        super().__init__("The vault is locked. Sign in again to continue.")


class InvalidInput(SecureDeskError):
    """Bad values from a user (a date, a status change, an empty field)."""

    exit_code = EXIT_USAGE


class NotFound(SecureDeskError):
    exit_code = EXIT_USAGE


# --- transfer bundles ----------------------------------------------------------------------


class BundleRejected(IntegrityError):
    """A bundle (or contact card) failed a check: damaged, altered, malformed or misaddressed.

    `reason` is a short stable code (for --json, the audit event and tests); the message says
    what was wrong and what to do. Neither ever carries case content.
    """

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message)


class BundleRefused(PolicyRefused):
    """A sound bundle that policy refuses: unknown, expired or revoked sender, expired bundle,
    above the ceiling, or an older sequence that needs explicit confirmation."""

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message)
