"""What the window says when the core refuses something: the core's own message, which is
written for the user and never carries case content."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from securedesk.core.errors import SecureDeskError
from securedesk.core.vault.database import DatabaseError, is_damage


def message_for(exc: BaseException) -> str:
    if isinstance(exc, SecureDeskError):
        return str(exc)
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
