"""The terminal checks of `securedesk doctor`, as lines for the About box, in the user's
language (each check's wording is a kind in the catalogues' "Errors" context)."""

from __future__ import annotations

from securedesk.core.error_kinds import wording
from securedesk.core.session import Session
from securedesk.core.terminal_checks import CheckResult, Status
from securedesk.core.terminal_survey import survey
from securedesk.gui.error_text import translated_template

MARKS = {Status.OK: "\u2714", Status.FAIL: "\u2718", Status.NOT_CHECKED: "\u2013"}


def line_for(result: CheckResult) -> str:
    return f"{MARKS[result.status]} {wording(result.kind, result.data, translated_template)}"


def terminal_lines(session: Session) -> list[str]:
    """One line per check, for the signed-in session's vault (clock and backups included)."""
    return [line_for(r) for r in survey(session.vault.folder, session)]
