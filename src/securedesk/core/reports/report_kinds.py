"""The error kinds of reporting: the categories a case records and the reports made from them."""

from __future__ import annotations

import enum

from securedesk.core.error_kinds.kind import QT_TRANSLATE_NOOP, Kind


@enum.unique
class ReportErrorKind(Kind):
    """Reporting: a case's gender, type of concern and closing outcome, and panel reports."""

    NOT_A_GENDER = (
        "report-not-a-gender",
        QT_TRANSLATE_NOOP(
            "Errors", "'{text}' is not on the list of genders. Choose one of: {allowed}."
        ),
    )
    NOT_A_CONCERN_TYPE = (
        "report-not-a-concern-type",
        QT_TRANSLATE_NOOP(
            "Errors", "'{text}' is not on the list of types of concern. Choose one of: {allowed}."
        ),
    )
    NOT_A_CLOSING_OUTCOME = (
        "report-not-a-closing-outcome",
        QT_TRANSLATE_NOOP("Errors", "'{text}' is not a closing outcome. Choose one of: {allowed}."),
    )
    OUTCOME_REQUIRED = (
        "report-outcome-required",
        QT_TRANSLATE_NOOP(
            "Errors",
            "A case is closed with its outcome. Give one of: {allowed} (--outcome with the "
            "command); the case was not changed.",
        ),
    )
    OUTCOME_ONLY_WHEN_CLOSING = (
        "report-outcome-only-when-closing",
        QT_TRANSLATE_NOOP(
            "Errors",
            "An outcome is recorded only when a case is closed. Leave it out, or close the "
            "case; nothing was changed.",
        ),
    )
    NOTHING_TO_SET = (
        "report-nothing-to-set",
        QT_TRANSLATE_NOOP(
            "Errors", "Give at least one of --gender and --concern; nothing was changed."
        ),
    )
    CATEGORIES_FILE_INVALID = (
        "report-categories-file-invalid",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The reporting categories file {path} cannot be used ({why}). Restore the file "
            "shipped with SecureDesk or correct it.",
        ),
    )
    PERIOD_REVERSED = (
        "report-period-reversed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The period starts on {start}, after it ends on {end}. Give a start on or before "
            "the end; no report was made.",
        ),
    )
    FORMAT_UNKNOWN = (
        "report-format-unknown",
        QT_TRANSLATE_NOOP(
            "Errors",
            "A report is written as .pdf or .csv, and {path} is neither. Name the file with "
            "one of those endings; no report was made.",
        ),
    )
    FILE_EXISTS = (
        "report-file-exists",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} already exists and is not replaced. Choose another name or move that file "
            "first; no report was made.",
        ),
    )
    FOLDER_MISSING = (
        "report-folder-missing",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The folder {folder} does not exist. Choose an existing folder; no report was made.",
        ),
    )
