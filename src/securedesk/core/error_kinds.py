"""Every kind of expected failure the core raises, each with its stable code and its wording.

An error carries a kind and data (ids, references, file names, counts — never case content).
The interface words it: the command line in English, the window in the user's language, by
looking the kind's English template up in the "Errors" context of the Qt catalogues. The
template here is the source text of that translation, so there is one wording per kind and a
new kind fails the catalogue check until both languages have it.

A kind's code (its value) is a contract: scripts, tests and the window compare it as text, so
it never changes once released. docs/error-kinds.md lists every code; a test keeps it current.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Self

# The catalogues' context for every error template.
CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for Qt's translation extractor without importing Qt into the core."""
    del context
    return text


class Kind(enum.StrEnum):
    """Base of every error-kind enum: a code (the value) and an English template.

    Templates use str.format fields named after the error's data.
    """

    template: str

    def __new__(cls, code: str, template: str) -> Self:
        member = str.__new__(cls, code)
        member._value_ = code
        member.template = template
        return member


@enum.unique
class ErrorKind(Kind):
    # --- signing in (exit 3) ----------------------------------------------------------------
    WRONG_PASSPHRASE = (
        "wrong-passphrase",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The passphrase for user '{user}' is not correct. Check it and try again; failed "
            "attempts are recorded and reported at the next sign-in.",
        ),
    )
    UNKNOWN_USER = (
        "unknown-user",
        QT_TRANSLATE_NOOP(
            "Errors",
            "There is no user '{user}' in this vault. Check the name, or ask an administrator "
            "to add you.",
        ),
    )
    USER_DISABLED = (
        "user-disabled",
        QT_TRANSLATE_NOOP(
            "Errors", "User '{user}' is disabled and cannot sign in. Ask an administrator."
        ),
    )
    TERMINAL_BINDING_MISSING = (
        "terminal-binding-missing",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This vault ({vault_id}) is bound to a terminal, and this terminal's keyring does "
            "not hold its binding secret. It can only be opened on the terminal that created it "
            "(or after restoring that terminal's keyring). Nothing was changed.",
        ),
    )
    KEYRING_UNAVAILABLE = (
        "keyring-unavailable",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The operating system's keyring could not be used ({detail}). Unlock or start the "
            "keyring service and try again, or create the vault with --no-terminal-binding as "
            "an explicit choice.",
        ),
    )

    # --- integrity (exit 4) -----------------------------------------------------------------
    NOT_A_VAULT = (
        "not-a-vault",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is not a SecureDesk vault ({why}). Check the --vault folder; to make a new "
            "vault there use 'securedesk init'.",
        ),
    )
    KEY_SLOT_FILE_DAMAGED = (
        "key-slot-file-damaged",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The key-slot file {path} is damaged ({why}). Nothing was changed; restore the "
            "vault folder from a backup.",
        ),
    )
    VAULT_DAMAGED = (
        "vault-damaged",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The vault database {path} is damaged: {why}. It was not modified, reset or "
            "recreated. Restore it from a backup and report the damage.",
        ),
    )
    AUDIT_CHAIN_BROKEN = (
        "audit-chain-broken",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The audit chain is broken at event {seq}: {why}. Preserve the vault as it is and "
            "report it to the data protection officer.",
        ),
    )

    # --- policy (exit 5) --------------------------------------------------------------------
    PERMISSION_DENIED = (
        "permission-denied",
        QT_TRANSLATE_NOOP(
            "Errors",
            "User '{user}' does not have the '{permission}' permission. Ask an administrator "
            "if your role should include it.",
        ),
    )
    JUSTIFICATION_REQUIRED = (
        "justification-required",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Case {ref} is outside your caseload. Give the reason you need it "
            "(--justification TEXT); it is recorded in the audit log.",
        ),
    )
    ABOVE_CEILING = (
        "above-ceiling",
        QT_TRANSLATE_NOOP(
            "Errors", "This terminal holds nothing above {ceiling}; {marking} material is refused."
        ),
    )
    ABOVE_CLEARANCE = (
        "above-clearance",
        QT_TRANSLATE_NOOP(
            "Errors", "Your clearance is {clearance}; {marking} material is not shown to you."
        ),
    )
    CASE_ABOVE_CLEARANCE = (
        "case-above-clearance",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Case {ref} cannot be shown to you at your clearance ({clearance}). Nothing was "
            "read or changed; if you need it, ask the case's owner or an administrator.",
        ),
    )
    CASE_ABOVE_CEILING = (
        "case-above-ceiling",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Case {ref} is held above this terminal's ceiling ({ceiling}) and cannot be used "
            "here. Nothing was read or changed; ask an administrator.",
        ),
    )
    PASSPHRASE_CHANGE_REQUIRED = (
        "passphrase-change-required",
        QT_TRANSLATE_NOOP(
            "Errors",
            "User '{user}' signed in with a one-time passphrase. Set your own first: "
            "securedesk user passwd {user}",
        ),
    )
    VAULT_TOO_NEW = (
        "vault-too-new",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This vault has schema version {found}, but this program knows versions up to "
            "{known}. It was left untouched; open it with the newer SecureDesk that made it.",
        ),
    )

    # --- the vault folder -------------------------------------------------------------------
    VAULT_IN_USE = (
        "vault-in-use",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The vault {path} is open in another SecureDesk process. Close that one first; two "
            "processes never write the same vault.",
        ),
    )
    VAULT_EXISTS = (
        "vault-exists",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} already holds a vault; SecureDesk never overwrites one. Choose another "
            "folder with --vault.",
        ),
    )
    VAULT_LOCKED = (
        "vault-locked",
        QT_TRANSLATE_NOOP("Errors", "The vault is locked. Sign in again to continue."),
    )

    # --- cases, items, attachments, text (kinds added here by area) -------------------------

    # --- meetings, packs, users, the demo and the command line ------------------------------


@enum.unique
class Detail(Kind):
    """Words that complete another kind's message (its `why`): worded with the same data."""

    FOLDER_MISSING = "folder-missing", QT_TRANSLATE_NOOP("Errors", "the folder does not exist")
    NOT_A_FOLDER = "not-a-folder", QT_TRANSLATE_NOOP("Errors", "it is not a folder")
    NO_VAULT_FILES = (
        "no-vault-files",
        QT_TRANSLATE_NOOP("Errors", "it holds no vault database or key-slot file"),
    )
    FILE_MISSING = "file-missing", QT_TRANSLATE_NOOP("Errors", "it is missing")
    DATABASE_MISSING = (
        "database-missing",
        QT_TRANSLATE_NOOP("Errors", "the database file is missing"),
    )
    DATABASE_FAILED_CHECK = (
        "database-failed-check",
        QT_TRANSLATE_NOOP("Errors", "the encrypted database failed its check"),
    )
    PAGES_DO_NOT_DECRYPT = (
        "pages-do-not-decrypt",
        QT_TRANSLATE_NOOP("Errors", "its pages do not decrypt and authenticate"),
    )
    TABLES_UNREADABLE = (
        "tables-unreadable",
        QT_TRANSLATE_NOOP("Errors", "its tables cannot be read"),
    )
    NO_VAULT_ID = "no-vault-id", QT_TRANSLATE_NOOP("Errors", "it does not record its vault id")
    PAGES_FAIL_CHECK = (
        "pages-fail-check",
        QT_TRANSLATE_NOOP("Errors", "pages fail their integrity check"),
    )
    SOME_PAGES_FAIL_CHECK = (
        "some-pages-fail-check",
        QT_TRANSLATE_NOOP("Errors", "{bad_pages} page(s) fail their check: {first_page}"),
    )
    STRUCTURE_CHECK_FAILED = (
        "structure-check-failed",
        QT_TRANSLATE_NOOP("Errors", "its structure check failed"),
    )
    FILE_UNREADABLE = (
        "file-unreadable",
        QT_TRANSLATE_NOOP("Errors", "it cannot be read: {os_error}"),
    )
    FILE_TOO_LARGE = (
        "file-too-large",
        QT_TRANSLATE_NOOP("Errors", "it is larger than any key-slot file can be"),
    )
    NOT_JSON = (
        "not-json",
        QT_TRANSLATE_NOOP("Errors", "it is not valid JSON; it may be truncated"),
    )
    NAMES_ANOTHER_VAULT = (
        "names-another-vault",
        QT_TRANSLATE_NOOP("Errors", "it names another vault"),
    )
    BELONGS_TO_ANOTHER_VAULT = (
        "belongs-to-another-vault",
        QT_TRANSLATE_NOOP(
            "Errors", "it belongs to another vault, or the database header is damaged"
        ),
    )
    CONTENTS_MALFORMED = (
        "contents-malformed",
        QT_TRANSLATE_NOOP("Errors", "its contents are malformed: {problem}"),
    )
    A_PAGE_FAILED_CHECK = (
        "a-page-failed-check",
        QT_TRANSLATE_NOOP("Errors", "a page failed its check"),
    )
    ATTACHMENT_HASH_MISMATCH = (
        "attachment-hash-mismatch",
        QT_TRANSLATE_NOOP("Errors", "attachment {attachment_id} no longer matches its SHA-256"),
    )


def word(kind: Kind, data: dict[str, object]) -> str:
    """The English wording of a kind and its data; nested kinds in the data are worded too."""
    return wording(kind, data, lambda k: k.template)


def wording(kind: Kind, data: dict[str, object], template_of: Callable[[Kind], str]) -> str:
    """Word `kind` with `data` through `template_of` (the window passes its translator).

    A data value that is itself a kind (a `why`) is worded first with the same data. A template
    whose fields do not match the data (a translation gone wrong) falls back to English rather
    than hiding the error.
    """
    values = {
        name: wording(value, data, template_of) if isinstance(value, Kind) else value
        for name, value in data.items()
    }
    try:
        return template_of(kind).format(**values)
    except (KeyError, IndexError, ValueError):
        return kind.template.format(**values)
