"""What the window says when the core refuses something: the error's kind, worded in the
user's language from the "Errors" context of the catalogues, with its data (ids, references,
file names; never case content)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from securedesk.core.error_kinds import CONTEXT, Kind, wording
from securedesk.core.errors import SecureDeskError
from securedesk.core.vault.database import DatabaseError, is_damage


def translated_template(kind: Kind) -> str:
    return QCoreApplication.translate(CONTEXT, kind.template)


def message_for(exc: BaseException) -> str:
    if isinstance(exc, SecureDeskError):
        return wording(exc.kind, exc.data, translated_template)
    if isinstance(exc, DatabaseError) and is_damage(exc):
        return QCoreApplication.translate(
            "errors",
            "The vault database is damaged: a page failed its integrity check. It was not "
            "modified. Restore it from a backup and report the damage.",
        )
    return (
        QCoreApplication.translate(
            "errors",
            "Something unexpected went wrong (%s). Nothing was half-saved; try again, "
            "and report it if it happens again.",
        )
        % type(exc).__name__
    )
