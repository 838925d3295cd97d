"""The one exception hierarchy: every expected failure, as a kind with data.

The class says how the failure ends (the command line maps it to its exit code, see CLI.md);
the kind (core/error_kinds.py) says which failure it is, and the interface words it: the
command line in English, the window in the user's language. The data are ids, references,
file names and counts, never case content, so str(error) is safe to show and to log.
"""

from __future__ import annotations

from securedesk.core.error_kinds import Detail, ErrorKind, Kind, word

# Exit codes fixed by the command contract (shared/CLI.md).
EXIT_UNEXPECTED = 1
EXIT_USAGE = 2
EXIT_AUTHENTICATION = 3
EXIT_INTEGRITY = 4
EXIT_POLICY = 5


class SecureDeskError(Exception):
    """Base class: an expected failure whose message is safe to show and to log."""

    exit_code = EXIT_UNEXPECTED

    def __init__(self, kind: Kind, /, **data: object) -> None:
        self.kind = kind
        self.data = data
        super().__init__(word(kind, data))


# --- authentication (exit 3) -------------------------------------------------------------


class AuthenticationFailed(SecureDeskError):
    exit_code = EXIT_AUTHENTICATION


class WrongPassphrase(AuthenticationFailed):
    def __init__(self, user: str) -> None:
        super().__init__(ErrorKind.WRONG_PASSPHRASE, user=user)


class SignInFailed(WrongPassphrase):
    """Signing in with a name the vault does not have, or with a wrong passphrase: one
    message for both, so that nobody can list user names by trying them."""

    def __init__(self) -> None:
        AuthenticationFailed.__init__(self, ErrorKind.SIGN_IN_FAILED)


class UnknownUser(AuthenticationFailed):
    def __init__(self, user: str) -> None:
        super().__init__(ErrorKind.UNKNOWN_USER, user=user)


class UserDisabled(AuthenticationFailed):
    def __init__(self, user: str) -> None:
        super().__init__(ErrorKind.USER_DISABLED, user=user)


class TerminalBindingMissing(AuthenticationFailed):
    def __init__(self, vault_id: str) -> None:
        super().__init__(ErrorKind.TERMINAL_BINDING_MISSING, vault_id=vault_id)


class KeyringUnavailable(AuthenticationFailed):
    def __init__(self, detail: str) -> None:
        super().__init__(ErrorKind.KEYRING_UNAVAILABLE, detail=detail)


# --- integrity (exit 4) ------------------------------------------------------------------


class IntegrityError(SecureDeskError):
    exit_code = EXIT_INTEGRITY


class NotAVault(IntegrityError):
    def __init__(self, path: str, why: Detail) -> None:
        super().__init__(ErrorKind.NOT_A_VAULT, path=path, why=why)


class KeySlotFileDamaged(IntegrityError):
    def __init__(self, path: str, why: Detail, **data: object) -> None:
        super().__init__(ErrorKind.KEY_SLOT_FILE_DAMAGED, path=path, why=why, **data)


class VaultDamaged(IntegrityError):
    def __init__(
        self, path: str, why: Detail = Detail.DATABASE_FAILED_CHECK, **data: object
    ) -> None:
        super().__init__(ErrorKind.VAULT_DAMAGED, path=path, why=why, **data)


class AuditChainBroken(IntegrityError):
    def __init__(self, seq: int, why: str) -> None:
        self.seq = seq
        super().__init__(ErrorKind.AUDIT_CHAIN_BROKEN, seq=seq, why=why)


# --- policy (exit 5) ---------------------------------------------------------------------


class PolicyRefused(SecureDeskError):
    exit_code = EXIT_POLICY


class PermissionDenied(PolicyRefused):
    def __init__(self, user: str, permission: str) -> None:
        super().__init__(ErrorKind.PERMISSION_DENIED, user=user, permission=permission)


class JustificationRequired(PolicyRefused):
    def __init__(self, ref: str) -> None:
        super().__init__(ErrorKind.JUSTIFICATION_REQUIRED, ref=ref)


class AboveCeiling(PolicyRefused):
    def __init__(self, marking: str, ceiling: str) -> None:
        super().__init__(ErrorKind.ABOVE_CEILING, marking=marking, ceiling=ceiling)


class AboveClearance(PolicyRefused):
    def __init__(self, marking: str, clearance: str) -> None:
        super().__init__(ErrorKind.ABOVE_CLEARANCE, marking=marking, clearance=clearance)


class CaseAboveClearance(AboveClearance):
    """A case the user may not see: the message names the reference the user typed and
    their own clearance, never the case's marking, state or anything else about it."""

    def __init__(self, ref: str, clearance: str) -> None:
        PolicyRefused.__init__(self, ErrorKind.CASE_ABOVE_CLEARANCE, ref=ref, clearance=clearance)


class CaseAboveCeiling(PolicyRefused):
    def __init__(self, ref: str, ceiling: str) -> None:
        super().__init__(ErrorKind.CASE_ABOVE_CEILING, ref=ref, ceiling=ceiling)


class PassphraseChangeRequired(PolicyRefused):
    def __init__(self, user: str) -> None:
        super().__init__(ErrorKind.PASSPHRASE_CHANGE_REQUIRED, user=user)


class VaultTooNew(PolicyRefused):
    def __init__(self, found: int, known: int) -> None:
        super().__init__(ErrorKind.VAULT_TOO_NEW, found=found, known=known)


# --- anything else (exit 1 unless stated) ------------------------------------------------


class VaultInUse(SecureDeskError):
    def __init__(self, path: str) -> None:
        super().__init__(ErrorKind.VAULT_IN_USE, path=path)


class VaultExists(SecureDeskError):
    def __init__(self, path: str) -> None:
        super().__init__(ErrorKind.VAULT_EXISTS, path=path)


class VaultLocked(SecureDeskError):
    def __init__(self) -> None:
        super().__init__(ErrorKind.VAULT_LOCKED)


class InvalidInput(SecureDeskError):
    """Bad values from a user (a date, a status change, an empty field)."""

    exit_code = EXIT_USAGE


class NotFound(SecureDeskError):
    exit_code = EXIT_USAGE


# --- transfer bundles ----------------------------------------------------------------------


class BundleRejected(IntegrityError):
    """A bundle (or contact card) failed a check: damaged, altered, malformed or misaddressed.

    `reason` is a short stable code (a transfer.refusal_reasons.RefusalReason, for --json, the
    audit event and tests); the kind says what was wrong and what to do. Neither ever carries
    case content.
    """

    def __init__(self, reason: str, kind: Kind, /, **data: object) -> None:
        self.reason = reason
        super().__init__(kind, **data)


class BundleRefused(PolicyRefused):
    """A sound bundle that policy refuses: unknown, expired or revoked sender, expired bundle,
    above the ceiling, or an older sequence that needs explicit confirmation."""

    def __init__(self, reason: str, kind: Kind, /, **data: object) -> None:
        self.reason = reason
        super().__init__(kind, **data)
