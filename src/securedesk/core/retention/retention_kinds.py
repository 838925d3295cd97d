"""Error kinds of retention review, destruction and subject access reports."""

from __future__ import annotations

import enum

from securedesk.core.error_kinds.kind import QT_TRANSLATE_NOOP, Kind


@enum.unique
class RetentionErrorKind(Kind):
    """Retention review, two-person destruction and subject access reports."""

    REASON_MISSING = (
        "retention-reason-missing",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Give the reason for this retention decision (--reason TEXT): it is kept in the "
            "destruction register or the case's review history. Nothing was changed.",
        ),
    )
    REASON_NAMES_PERSON = (
        "retention-reason-names-person",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The reason names one of the people in case {ref}. Reasons are kept after the "
            "case is destroyed, so they may hold no personal data: say why without names "
            "(for example 'recorded in error'). Nothing was changed.",
        ),
    )
    UNTIL_NOT_AFTER_TODAY = (
        "retention-until-not-after-today",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The date to keep case {ref} until ({until}) must be after today ({today}). "
            "Nothing was changed.",
        ),
    )
    UNTIL_TOO_FAR = (
        "retention-until-too-far",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Case {ref} may be kept for at most {years} years at one review (until {latest}); "
            "review it again then. Nothing was changed.",
        ),
    )
    NOT_DUE = (
        "retention-not-due",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Case {ref} is not due for a retention review (its review date is {review}). To "
            "destroy it before then, for example if it was recorded in error, use "
            "`securedesk retention propose {ref} --reason TEXT`. Nothing was changed.",
        ),
    )
    NO_REVIEW_DATE = (
        "retention-no-review-date",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Case {ref} has no retention review date (it is not closed), so it is not due "
            "for review. Nothing was changed.",
        ),
    )
    ALREADY_PROPOSED = (
        "retention-already-proposed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Case {ref} is already proposed for destruction (by {user} on {day}). A different "
            "user holding the auditor role approves it with `securedesk retention approve "
            "{ref}`. Nothing was changed.",
        ),
    )
    NO_PROPOSAL = (
        "retention-no-proposal",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Case {ref} has not been proposed for destruction. Propose it first with "
            "`securedesk retention propose {ref} --reason TEXT`; a different user holding "
            "the auditor role then approves it. Nothing was destroyed.",
        ),
    )
    OWN_PROPOSAL = (
        "retention-own-proposal",
        QT_TRANSLATE_NOOP(
            "Errors",
            "You ({user}) proposed the destruction of case {ref}: a different user holding "
            "the auditor role must approve it. Nothing was destroyed.",
        ),
    )
    NEEDS_AUDITOR_ROLE = (
        "retention-needs-auditor-role",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This needs the auditor role, which user '{user}' does not hold. Ask your data "
            "protection officer. Nothing was changed.",
        ),
    )
    WIPE_INCOMPLETE = (
        "retention-wipe-incomplete",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The records were destroyed, but the space they used in the vault's files could "
            "not be wiped yet ({step}). Free disk space, then run `securedesk retention "
            "wipe`; until then deleted bytes may remain in the encrypted files.",
        ),
    )
    NO_ROOM_TO_WIPE = (
        "retention-no-room-to-wipe",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Destroying case {ref} rewrites the vault's file to wipe the space it used, which "
            "needs {need_mb} MB free on {folder}; {free_mb} MB are free. Free at least "
            "{short_mb} MB on {folder} (move or delete other files), then approve again. "
            "Nothing was destroyed and the vault is intact.",
        ),
    )
    NO_MEMORY_TO_WIPE = (
        "retention-no-memory-to-wipe",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Destroying case {ref} rewrites the vault in memory to wipe the space it used, "
            "which needs about {need_mb} MB of memory; {free_mb} MB are available. Close other "
            "programs, then approve again. Nothing was destroyed and the vault is intact.",
        ),
    )
    PERSON_ABOVE_CLEARANCE = (
        "subject-access-above-clearance",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The records of person {person_id} include material above your clearance "
            "({clearance}), so you cannot produce a complete report. Ask an auditor cleared "
            "higher. Nothing was written.",
        ),
    )
    REPORT_FORMAT = (
        "subject-access-format",
        QT_TRANSLATE_NOOP(
            "Errors",
            "'{format}' is not a report format: use pdf or json. Nothing was written.",
        ),
    )
    REPORT_EXISTS = (
        "subject-access-report-exists",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} already exists; nothing was written. Choose another file name.",
        ),
    )


@enum.unique
class RetentionField(Kind):
    """What a person was filling in, in a retention decision (the {what} of a message)."""

    REASON = "field-retention-reason", QT_TRANSLATE_NOOP("Errors", "The reason")
