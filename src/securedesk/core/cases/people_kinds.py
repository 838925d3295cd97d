"""Error kinds of people (search, show, likely duplicates, merge), of assessments given as a
file and of attachments saved out (issue 11, assessments, attachments and people)."""

from __future__ import annotations

import enum

from securedesk.core.error_kinds.kind import QT_TRANSLATE_NOOP, Kind


@enum.unique
class PeopleKind(Kind):
    """People, assessment files and attachment files: what was refused and what to do next."""

    ASSESSMENT_FILE_REFUSED = (
        "people-assessment-file-refused",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The assessment file {path} {problem}. Nothing was recorded; see 'securedesk "
            "assessment add --help' for the form it takes.",
        ),
    )
    ASSESSMENT_FILE_UNREADABLE = (
        "people-assessment-file-unreadable",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The assessment file {path} cannot be read ({os_error}). Check the path; nothing "
            "was recorded.",
        ),
    )
    ATTACHMENT_OUT_EXISTS = (
        "people-attachment-out-exists",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} already exists and is not replaced. Give a new file name; nothing was written.",
        ),
    )
    PERSON_MERGED = (
        "people-person-merged",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Person {person_id} was merged into person {kept_id}: work with {kept_id} "
            "(securedesk person show {kept_id} explains the merge). Nothing was changed.",
        ),
    )
    MERGE_SAME_PERSON = (
        "people-merge-same-person",
        QT_TRANSLATE_NOOP(
            "Errors", "Both ids name person {person_id}: give two different people to merge."
        ),
    )
    MERGE_NOT_VISIBLE = (
        "people-merge-not-visible",
        QT_TRANSLATE_NOOP(
            "Errors",
            "You may not change every case these two people appear in, so they cannot be "
            "merged by you. Ask the owners of those cases (or give --justification TEXT for "
            "cases outside your caseload). Nothing was changed.",
        ),
    )
    LIKELY_DUPLICATES = (
        "people-likely-duplicates",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{count} person record(s) here look like a subject you gave (same name and date "
            "of birth, or the same identifier): {matches}. Give --person ID to open the case "
            "for a person already held, or --new-person to record a new person anyway. "
            "Nothing was recorded.",
        ),
    )
    SUBJECT_OR_PERSON_NEEDED = (
        "people-subject-or-person-needed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "case add needs a subject: --subject NAME for a new person, or --person PERSON_ID "
            "for one already held (see 'securedesk --help').",
        ),
    )
    NEW_PERSON_WITHOUT_SUBJECT = (
        "people-new-person-without-subject",
        QT_TRANSLATE_NOOP(
            "Errors",
            "--new-person confirms a new subject given with --subject; none was given.",
        ),
    )
    SEARCH_TOO_SHORT = (
        "people-search-too-short",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Give at least {minimum} letters or digits to search for people.",
        ),
    )


@enum.unique
class AssessmentFileProblem(Kind):
    """What is wrong with an assessment file, as a phrase that follows "The assessment file
    PATH"."""

    TOO_LARGE = (
        "people-assessment-too-large",
        QT_TRANSLATE_NOOP("Errors", "is larger than {limit} bytes"),
    )
    NO_SCORES = (
        "people-assessment-no-scores",
        QT_TRANSLATE_NOOP(
            "Errors", 'has no "scores" object (each factor\'s id with its score and evidence)'
        ),
    )
    UNKNOWN_KEY = (
        "people-assessment-unknown-key",
        QT_TRANSLATE_NOOP(
            "Errors", "has '{key}', which is not part of the form (only scores and conclusion)"
        ),
    )
    UNKNOWN_FACTOR = (
        "people-assessment-unknown-factor",
        QT_TRANSLATE_NOOP(
            "Errors",
            "scores '{factor}', which is not a factor of the framework {framework}; its "
            "factors are: {factors}",
        ),
    )
    ENTRY_NOT_OBJECT = (
        "people-assessment-entry-not-object",
        QT_TRANSLATE_NOOP(
            "Errors",
            'gives factor \'{factor}\' something other than {{"score": N, "evidence": "..."}}',
        ),
    )
    SCORE_NOT_WHOLE = (
        "people-assessment-score-not-whole",
        QT_TRANSLATE_NOOP(
            "Errors",
            "gives factor '{factor}' a score that is not a whole number from {low} to {high}",
        ),
    )
    EVIDENCE_NOT_TEXT = (
        "people-assessment-evidence-not-text",
        QT_TRANSLATE_NOOP(
            "Errors",
            "gives factor '{factor}' evidence that is not text of at most {limit} characters",
        ),
    )
    NO_CONCLUSION = (
        "people-assessment-no-conclusion",
        QT_TRANSLATE_NOOP("Errors", 'has no "conclusion" text'),
    )


@enum.unique
class PeopleField(Kind):
    """Fields of people's records named in the core's text refusals ({what})."""

    EVIDENCE = "people-field-evidence", QT_TRANSLATE_NOOP("Errors", "A score's evidence")
    MERGE_REASON = (
        "people-field-merge-reason",
        QT_TRANSLATE_NOOP("Errors", "The reason for the merge"),
    )
