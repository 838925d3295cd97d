"""Error kinds of the case record (issue 11): assigning a case, its consent, its review dates
and marking, and the inputs checked when a case or item is recorded (caveats from the policy's
list, a referral source, a plausible date of birth)."""

from __future__ import annotations

import enum

from securedesk.core.error_kinds.kind import QT_TRANSLATE_NOOP, Kind


@enum.unique
class CaseRecordKind(Kind):
    """The case record and the inputs checked: what was refused and what to do next."""

    ASSIGN_NOT_ALLOWED = (
        "case-record-assign-not-allowed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Only the case's owner, a panel chair or an administrator may reassign case "
            "{ref}. Ask one of them; nothing was changed.",
        ),
    )
    OWNER_UNKNOWN = (
        "case-record-owner-unknown",
        QT_TRANSLATE_NOOP(
            "Errors",
            "There is no user '{user}' to own cases. Check the name (an administrator can list "
            "the users); nothing was changed.",
        ),
    )
    OWNER_DISABLED = (
        "case-record-owner-disabled",
        QT_TRANSLATE_NOOP(
            "Errors",
            "User '{user}' is disabled and cannot own cases. Choose an enabled officer; "
            "nothing was changed.",
        ),
    )
    OWNER_NOT_OFFICER = (
        "case-record-owner-not-officer",
        QT_TRANSLATE_NOOP(
            "Errors",
            "User '{user}' does not hold the officer role, so cannot work on the cases they "
            "would own. Choose an officer, or ask an administrator to give '{user}' the officer "
            "role; nothing was changed.",
        ),
    )
    OWNER_NOT_CLEARED = (
        "case-record-owner-not-cleared",
        QT_TRANSLATE_NOOP(
            "Errors",
            "User '{user}' is cleared to {clearance} and cannot own material marked {marking}. "
            "Choose an officer cleared to {marking}; nothing was changed.",
        ),
    )
    ALREADY_OWNER = (
        "case-record-already-owner",
        QT_TRANSLATE_NOOP(
            "Errors", "Case {ref} is already owned by '{user}'. Nothing was changed."
        ),
    )
    CONSENT_UNKNOWN = (
        "case-record-consent-unknown",
        QT_TRANSLATE_NOOP(
            "Errors",
            "'{text}' is not a consent status. Use one of: {allowed}. Nothing was changed.",
        ),
    )
    CONSENT_BEFORE_REFERRAL = (
        "case-record-consent-before-referral",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The consent date {date} is before case {ref} was referred ({referral_date}). "
            "Check the date; nothing was changed.",
        ),
    )
    EDIT_NOTHING = (
        "case-record-edit-nothing",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Nothing to change: give what to change (see 'securedesk case edit --help'). "
            "Nothing was changed.",
        ),
    )
    REVIEW_DATE_PASSED = (
        "case-record-review-date-passed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{field} ({date}) has passed. Give today ({today}) or a later date; nothing was "
            "changed.",
        ),
    )
    MARKING_REASON_REQUIRED = (
        "case-record-marking-reason-required",
        QT_TRANSLATE_NOOP(
            "Errors",
            "A reason is required to change the marking of case {ref} (--reason TEXT): it is "
            "kept in the case's history. Nothing was changed.",
        ),
    )
    REASON_WITHOUT_MARKING = (
        "case-record-reason-without-marking",
        QT_TRANSLATE_NOOP(
            "Errors",
            "A reason is recorded only with a change of marking (--marking). Nothing was changed.",
        ),
    )
    MARKING_UNCHANGED = (
        "case-record-marking-unchanged",
        QT_TRANSLATE_NOOP("Errors", "Case {ref} is already marked {marking}. Nothing was changed."),
    )
    MARKING_BELOW_CONTENT = (
        "case-record-marking-below-content",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Case {ref} holds material marked {highest}, so the case cannot be marked "
            "{marking}. Nothing was changed.",
        ),
    )
    CAVEAT_NOT_ALLOWED = (
        "case-record-caveat-not-allowed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "'{caveat}' is not a handling caveat this vault uses. Choose from: {allowed}; or "
            "write 'other: REASON' for one that is not listed. Nothing was recorded.",
        ),
    )
    CAVEAT_OTHER_NEEDS_REASON = (
        "case-record-caveat-other-needs-reason",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The caveat 'other' needs a reason: write it as 'other: REASON' (for example "
            "'other: sub judice until the trial ends'). Nothing was recorded.",
        ),
    )
    POLICY_CAVEATS_FORM = (
        "case-record-policy-caveats-form",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The policy {key} is a list of caveats separated by semicolons (each at most 100 "
            "characters, at least one, 'other' not among them: it is always offered). Nothing "
            "was changed.",
        ),
    )
    BIRTH_DATE_IMPLAUSIBLE = (
        "case-record-birth-date-implausible",
        QT_TRANSLATE_NOOP(
            "Errors",
            "A date of birth of {date} is more than {years} years ago (before {earliest}). "
            "Check the date; nothing was recorded.",
        ),
    )


@enum.unique
class RecordField(Kind):
    """What a person was filling in on the case record (the {what} or {field} of a message)."""

    CONSENT_NOTE = "record-field-consent-note", QT_TRANSLATE_NOOP("Errors", "The consent note")
    CONSENT_DATE = "record-field-consent-date", QT_TRANSLATE_NOOP("Errors", "The consent date")
    MARKING_REASON = (
        "record-field-marking-reason",
        QT_TRANSLATE_NOOP("Errors", "The reason for the change of marking"),
    )
    NEXT_REVIEW = "record-field-next-review", QT_TRANSLATE_NOOP("Errors", "The next review date")
    RETENTION_REVIEW = (
        "record-field-retention-review",
        QT_TRANSLATE_NOOP("Errors", "The retention review date"),
    )
