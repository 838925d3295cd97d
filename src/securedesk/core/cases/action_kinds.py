"""The error kinds of a case's support plan (actions) and of minutes amendments."""

from __future__ import annotations

import enum

from securedesk.core.error_kinds.kind import QT_TRANSLATE_NOOP, Kind


@enum.unique
class ActionKind(Kind):
    """Adding, updating and listing actions; reading the history of minutes."""

    ACTION_STATUS_UNKNOWN = (
        "action-status-unknown",
        QT_TRANSLATE_NOOP(
            "Errors", "'{text}' is not an action status; use one of {allowed}. Nothing was changed."
        ),
    )
    ACTION_UPDATE_EMPTY = (
        "action-update-empty",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The update of action {action_id} changes nothing: give a new status, due date, "
            "owner or a note.",
        ),
    )
    ACTION_CASE_CLOSED = (
        "action-case-closed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Case {ref} is closed: reopen it before adding to its support plan. Nothing was "
            "changed.",
        ),
    )
    ACTION_DUE_BEFORE_AGREED = (
        "action-due-before-agreed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The due date {due} is before the action was agreed ({agreed}); give a later "
            "date. Nothing was changed.",
        ),
    )
    ACTION_DATE_OUT_OF_RANGE = (
        "action-date-out-of-range",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The date {day} is not plausible for an action; give a date between {low} and "
            "{high}. Nothing was changed.",
        ),
    )
    ACTION_NOT_A_DATE = (
        "action-not-a-date",
        QT_TRANSLATE_NOOP(
            "Errors", "'{text}' is not a date: type it as YYYY-MM-DD. Nothing was changed."
        ),
    )
    MINUTES_UNCHANGED = (
        "minutes-unchanged",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The minutes of case {ref} already say this: give the field you want to change "
            "(--discussion, --decision, --rationale or --dissent) with its new text.",
        ),
    )
    MINUTES_NOT_RECORDED = (
        "minutes-not-recorded",
        QT_TRANSLATE_NOOP(
            "Errors",
            "No minutes of case {ref} are recorded for meeting {meeting_id}: record them with "
            "'meeting minutes' first.",
        ),
    )


@enum.unique
class ActionField(Kind):
    """What a person was filling in on an action (the {what} of a message about a date)."""

    AGREED_ON = "field-action-agreed-on", QT_TRANSLATE_NOOP("Errors", "The date agreed")
