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
    """Every failure the core reports, from signing in to meetings and the command line."""

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
    # What people type ({what} is a Field: the thing they were filling in).
    TEXT_EMPTY = "text-empty", QT_TRANSLATE_NOOP("Errors", "{what} cannot be empty.")
    TEXT_TOO_LONG = (
        "text-too-long",
        QT_TRANSLATE_NOOP("Errors", "{what} is longer than {limit} characters."),
    )
    DATE_IN_FUTURE = (
        "date-in-future",
        QT_TRANSLATE_NOOP("Errors", "{what} ({day}) is in the future."),
    )
    NOT_A_MARKING = (
        "not-a-marking",
        QT_TRANSLATE_NOOP("Errors", "'{text}' is not a protective marking; use one of {allowed}."),
    )
    NOT_A_CASE_STATUS = (
        "not-a-case-status",
        QT_TRANSLATE_NOOP("Errors", "'{text}' is not a case status; use one of {allowed}."),
    )
    NOT_A_ROLE = (
        "not-a-role",
        QT_TRANSLATE_NOOP("Errors", "'{text}' is not a role; use one of {allowed}."),
    )
    NOT_A_POLICY = (
        "not-a-policy",
        QT_TRANSLATE_NOOP("Errors", "'{key}' is not a policy; use one of {allowed}."),
    )
    POLICY_NOT_IN_RANGE = (
        "policy-not-in-range",
        QT_TRANSLATE_NOOP("Errors", "{key} must be a whole number from {low} to {high}."),
    )
    OUTPUT_IS_A_FOLDER = (
        "output-is-a-folder",
        QT_TRANSLATE_NOOP("Errors", "{path} is a folder; give a file name to write."),
    )
    FOLDER_NOT_WRITABLE = (
        "folder-not-writable",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Cannot write in {folder}: {os_error}. Choose a folder that exists and that you "
            "may write to.",
        ),
    )
    # Cases, people, items and actions.
    CASE_NOT_FOUND = (
        "case-not-found",
        QT_TRANSLATE_NOOP(
            "Errors", "There is no case {ref}. 'securedesk case list' shows the cases."
        ),
    )
    CASE_ID_NOT_FOUND = (
        "case-id-not-found",
        QT_TRANSLATE_NOOP("Errors", "There is no case with id {case_id}."),
    )
    PERSON_NOT_FOUND = (
        "person-not-found",
        QT_TRANSLATE_NOOP("Errors", "There is no person with id {person_id}."),
    )
    ACTION_NOT_FOUND = (
        "action-not-found",
        QT_TRANSLATE_NOOP("Errors", "There is no action with id {action_id}."),
    )
    SORT_KEY_UNKNOWN = (
        "sort-key-unknown",
        QT_TRANSLATE_NOOP("Errors", "Cannot sort by '{sort}'; use one of {allowed}."),
    )
    CASE_NEEDS_SUBJECT = (
        "case-needs-subject",
        QT_TRANSLATE_NOOP("Errors", "A case needs at least one subject."),
    )
    OWNER_DISABLED = (
        "owner-disabled",
        QT_TRANSLATE_NOOP("Errors", "User '{user}' is disabled and cannot own cases."),
    )
    STATUS_CHANGE_REFUSED = (
        "status-change-refused",
        QT_TRANSLATE_NOOP(
            "Errors", "A case at '{current}' can move to: {allowed}; not '{status}'."
        ),
    )
    SOURCE_GRADE_UNKNOWN = (
        "source-grade-unknown",
        QT_TRANSLATE_NOOP("Errors", "Source grade must be one of {allowed}."),
    )
    INFORMATION_GRADE_UNKNOWN = (
        "information-grade-unknown",
        QT_TRANSLATE_NOOP("Errors", "Information grade must be one of {allowed}."),
    )
    ITEM_OF_ANOTHER_CASE = (
        "item-of-another-case",
        QT_TRANSLATE_NOOP("Errors", "Item {item_id} is not an item of case {ref}."),
    )
    ACTION_OF_ANOTHER_CASE = (
        "action-of-another-case",
        QT_TRANSLATE_NOOP("Errors", "Action {action_id} is not an action of case {ref}."),
    )
    # Assessments and the framework they follow.
    NOT_A_FACTOR = (
        "not-a-factor",
        QT_TRANSLATE_NOOP("Errors", "'{factor}' is not a factor of framework {framework}."),
    )
    FACTOR_SCORED_TWICE = (
        "factor-scored-twice",
        QT_TRANSLATE_NOOP("Errors", "Factor '{factor}' is scored twice."),
    )
    SCORE_OUT_OF_RANGE = (
        "score-out-of-range",
        QT_TRANSLATE_NOOP("Errors", "Score {score} for '{factor}' is outside {low}..{high}."),
    )
    FACTORS_UNSCORED = (
        "factors-unscored",
        QT_TRANSLATE_NOOP("Errors", "These factors have no score: {factors}."),
    )
    FRAMEWORK_TOO_LARGE = (
        "framework-too-large",
        QT_TRANSLATE_NOOP("Errors", "The assessment framework file is too large."),
    )
    FRAMEWORK_INVALID = (
        "framework-invalid",
        QT_TRANSLATE_NOOP("Errors", "The assessment framework file is not valid: {why}"),
    )
    # Attachments.
    ATTACHMENT_NOT_FOUND = (
        "attachment-not-found",
        QT_TRANSLATE_NOOP("Errors", "There is no attachment {attachment_id}."),
    )
    ATTACHMENT_UNNAMED = (
        "attachment-unnamed",
        QT_TRANSLATE_NOOP("Errors", "The attachment has no usable file name."),
    )
    ATTACHMENT_ENDING_REFUSED = (
        "attachment-ending-refused",
        QT_TRANSLATE_NOOP(
            "Errors", "Files ending '{ending}' cannot be attached; use one of {allowed}."
        ),
    )
    ATTACHMENT_TEXT_IS_BINARY = (
        "attachment-text-is-binary",
        QT_TRANSLATE_NOOP("Errors", "'{name}' is named as text but holds binary data."),
    )
    ATTACHMENT_TEXT_NOT_UTF8 = (
        "attachment-text-not-utf8",
        QT_TRANSLATE_NOOP("Errors", "'{name}' is named as text but is not UTF-8 text."),
    )
    ATTACHMENT_CONTENT_MISMATCH = (
        "attachment-content-mismatch",
        QT_TRANSLATE_NOOP(
            "Errors",
            "'{name}' is not what its name says: it does not begin like a {file_type} file. "
            "Nothing was attached.",
        ),
    )
    ATTACHMENT_NOT_A_FILE = (
        "attachment-not-a-file",
        QT_TRANSLATE_NOOP("Errors", "'{name}' is not a regular file."),
    )
    ATTACHMENT_TOO_LARGE = (
        "attachment-too-large",
        QT_TRANSLATE_NOOP(
            "Errors",
            "'{name}' is {size_mb:.1f} MB; the policy limit for attachments is {limit_mb} MB. "
            "Nothing was attached.",
        ),
    )
    ATTACHMENT_UNREADABLE = (
        "attachment-unreadable",
        QT_TRANSLATE_NOOP("Errors", "Cannot read '{name}': {os_error}."),
    )
    ATTACHMENT_GREW = (
        "attachment-grew",
        QT_TRANSLATE_NOOP("Errors", "'{name}' grew past the attachment limit while being read."),
    )

    # --- meetings, packs, users, the demo and the command line ------------------------------
    # meetings
    MEETING_NOT_FOUND = (
        "meeting-not-found",
        QT_TRANSLATE_NOOP("Errors", "There is no meeting {meeting_id}."),
    )
    MEETING_NEXT_NOT_AFTER = (
        "meeting-next-not-after",
        QT_TRANSLATE_NOOP("Errors", "The next meeting must come after this one."),
    )
    MEETING_CHAIR_DISABLED = (
        "meeting-chair-disabled",
        QT_TRANSLATE_NOOP("Errors", "User '{user}' is disabled and cannot chair a meeting."),
    )
    MEETING_CHAIR_WITHOUT_ROLE = (
        "meeting-chair-without-role",
        QT_TRANSLATE_NOOP(
            "Errors",
            "User '{user}' does not have the {role} role, so cannot chair a meeting. Ask an "
            "administrator to add it, or name another chair.",
        ),
    )
    MEETING_MEMBER_NOT_NAMED = (
        "meeting-member-not-named",
        QT_TRANSLATE_NOOP("Errors", "Name a member by id or name."),
    )
    MEETING_MEMBER_NOT_FOUND = (
        "meeting-member-not-found",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Meeting {meeting_id} has no member '{member}'. 'securedesk meeting show "
            "{meeting_id}' lists them.",
        ),
    )
    MEETING_MEMBER_AMBIGUOUS = (
        "meeting-member-ambiguous",
        QT_TRANSLATE_NOOP(
            "Errors",
            "'{member}' names {count} members of meeting {meeting_id}; use a member id: "
            "{member_ids}",
        ),
    )
    MEETING_MEMBER_ID_NOT_FOUND = (
        "meeting-member-id-not-found",
        QT_TRANSLATE_NOOP("Errors", "There is no meeting member {member_id}."),
    )
    MEETING_MEMBER_CLEARANCE_REQUIRED = (
        "meeting-member-clearance-required",
        QT_TRANSLATE_NOOP(
            "Errors",
            "A member needs a clearance (OFFICIAL, OFFICIAL-SENSITIVE or SECRET): it decides "
            "what their copy shows. Give OFFICIAL for a member without security vetting.",
        ),
    )
    MEETING_MEMBER_EXISTS = (
        "meeting-member-exists",
        QT_TRANSLATE_NOOP("Errors", "{name} ({agency}) is already a member of this meeting."),
    )
    MEETING_ATTENDANCE_UNKNOWN = (
        "meeting-attendance-unknown",
        QT_TRANSLATE_NOOP("Errors", "'{text}' is not an attendance; use one of {allowed}."),
    )
    AGENDA_TOO_LONG = (
        "agenda-too-long",
        QT_TRANSLATE_NOOP("Errors", "An agenda holds at most {limit} cases."),
    )
    AGENDA_CASE_TWICE = (
        "agenda-case-twice",
        QT_TRANSLATE_NOOP("Errors", "Case {ref} is given twice."),
    )
    AGENDA_POSITION_OUT_OF_RANGE = (
        "agenda-position-out-of-range",
        QT_TRANSLATE_NOOP("Errors", "The position is 1 to {count}."),
    )
    AGENDA_CASE_MISSING = (
        "agenda-case-missing",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Case {ref} is not on the agenda of meeting {meeting_id}; put it there first "
            "('securedesk meeting agenda').",
        ),
    )
    MINUTES_EMPTY = (
        "minutes-empty",
        QT_TRANSLATE_NOOP(
            "Errors", "Minutes need at least one of: discussion, decision, rationale, dissent."
        ),
    )
    REVIEW_INTERVAL_OUT_OF_RANGE = (
        "review-interval-out-of-range",
        QT_TRANSLATE_NOOP("Errors", "The review interval is 1 to 120 months."),
    )

    # meeting packs and the copy register
    PACK_NO_MEMBERS = (
        "pack-no-members",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Meeting {meeting_id} has no members to issue copies to; add them with "
            "'securedesk meeting member'.",
        ),
    )
    PACK_FOLDER_MISSING = (
        "pack-folder-missing",
        QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a folder. Give a folder that exists for the copies."
        ),
    )
    PACK_COPY_FILE_EXISTS = (
        "pack-copy-file-exists",
        QT_TRANSLATE_NOOP(
            "Errors", "{path} already exists; nothing was issued. Choose another folder."
        ),
    )
    COPY_NOT_FOUND = (
        "copy-not-found",
        QT_TRANSLATE_NOOP(
            "Errors", "Meeting {meeting_id} has no copy {copy_number} in the register."
        ),
    )
    COPY_STATUS_UNKNOWN = (
        "copy-status-unknown",
        QT_TRANSLATE_NOOP("Errors", "'{text}' is not a copy status; use one of {allowed}."),
    )
    COPY_STATUS_REFUSED = (
        "copy-status-refused",
        QT_TRANSLATE_NOOP(
            "Errors", "Copy {copy_number} is {status}; it can become: {allowed}; not '{new}'."
        ),
    )
    COPY_STATUS_FINAL = (
        "copy-status-final",
        QT_TRANSLATE_NOOP(
            "Errors", "Copy {copy_number} is {status}; it can become: nothing; not '{new}'."
        ),
    )

    # users
    USER_NOT_FOUND = (
        "user-not-found",
        QT_TRANSLATE_NOOP(
            "Errors", "There is no user '{user}'. 'securedesk user list' shows them."
        ),
    )
    USER_EXISTS = (
        "user-exists",
        QT_TRANSLATE_NOOP("Errors", "There is already a user '{user}'. Choose another name."),
    )
    USER_NAME_INVALID = (
        "user-name-invalid",
        QT_TRANSLATE_NOOP(
            "Errors",
            "A user name is 1 to {max_chars} letters, digits, dots, hyphens or underscores.",
        ),
    )
    USER_WITHOUT_ROLE = (
        "user-without-role",
        QT_TRANSLATE_NOOP("Errors", "A user needs at least one role."),
    )
    PASSPHRASE_TOO_SHORT = (
        "passphrase-too-short",
        QT_TRANSLATE_NOOP(
            "Errors",
            "A passphrase needs at least {min_chars} characters; several unrelated words are "
            "easy to remember and hard to guess.",
        ),
    )
    RESET_OWN_PASSPHRASE = (
        "reset-own-passphrase",
        QT_TRANSLATE_NOOP(
            "Errors", "A reset is for someone else; change your own passphrase instead."
        ),
    )
    RESET_DISABLED_USER = (
        "reset-disabled-user",
        QT_TRANSLATE_NOOP(
            "Errors", "User '{user}' is disabled; a disabled user gets no passphrase."
        ),
    )
    DISABLE_SELF = (
        "disable-self",
        QT_TRANSLATE_NOOP("Errors", "You cannot disable yourself; ask another administrator."),
    )
    USER_ALREADY_DISABLED = (
        "user-already-disabled",
        QT_TRANSLATE_NOOP("Errors", "User '{user}' is already disabled."),
    )

    # the demo
    DEMO_CASES_OUT_OF_RANGE = (
        "demo-cases-out-of-range",
        QT_TRANSLATE_NOOP("Errors", "--cases is 1 to 1,000,000."),
    )
    DEMO_VAULT_NOT_EMPTY = (
        "demo-vault-not-empty",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This vault already holds cases; invented data goes only into an empty vault.",
        ),
    )
    DEMO_BUILD_FAILED = (
        "demo-build-failed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The demo vault could not be built in {path} (exit {exit_code}). Check that the "
            "folder is writable and empty.",
        ),
    )
    DEMO_CASES_NEGATIVE = (
        "demo-cases-negative",
        QT_TRANSLATE_NOOP("Errors", "The number of demo cases cannot be negative."),
    )
    DEMO_WITHOUT_OWNER = (
        "demo-without-owner",
        QT_TRANSLATE_NOOP("Errors", "Demo cases need at least one owner."),
    )
    DEMO_ITEMS_NEGATIVE = (
        "demo-items-negative",
        QT_TRANSLATE_NOOP("Errors", "Items per case cannot be negative."),
    )

    # the command line
    CLI_USER_MISSING = (
        "cli-user-missing",
        QT_TRANSLATE_NOOP("Errors", "Say who signs in with --user NAME."),
    )
    CLI_SUBJECT_NAME_EMPTY = (
        "cli-subject-name-empty",
        QT_TRANSLATE_NOOP("Errors", "A subject's name cannot be empty."),
    )
    CLI_MORE_DATES_THAN_SUBJECTS = (
        "cli-more-dates-than-subjects",
        QT_TRANSLATE_NOOP("Errors", "There are more --dob dates than --subject names."),
    )
    CLI_LIMIT_OUT_OF_RANGE = (
        "cli-limit-out-of-range",
        QT_TRANSLATE_NOOP("Errors", "--limit is 1 to {max_limit} and --offset is not negative."),
    )
    CLI_TEXT_FILE_UNREADABLE = (
        "cli-text-file-unreadable",
        QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {os_error}."),
    )
    CLI_TEXT_FILE_NOT_UTF8 = (
        "cli-text-file-not-utf8",
        QT_TRANSLATE_NOOP("Errors", "{path} is not UTF-8 text."),
    )
    CLI_TEXT_FILE_TOO_LONG = (
        "cli-text-file-too-long",
        QT_TRANSLATE_NOOP("Errors", "{path} is longer than an item may be ({limit} characters)."),
    )
    PASSPHRASE_FILE_UNREADABLE = (
        "passphrase-file-unreadable",
        QT_TRANSLATE_NOOP("Errors", "Cannot read the passphrase file {path}: {os_error}."),
    )
    PASSPHRASE_FILE_LINE_TOO_LONG = (
        "passphrase-file-line-too-long",
        QT_TRANSLATE_NOOP("Errors", "The first line of {path} is too long to be a passphrase."),
    )
    PASSPHRASE_FILE_NOT_UTF8 = (
        "passphrase-file-not-utf8",
        QT_TRANSLATE_NOOP("Errors", "The passphrase file {path} is not UTF-8 text."),
    )
    PASSPHRASE_FILE_LINE_EMPTY = (
        "passphrase-file-line-empty",
        QT_TRANSLATE_NOOP(
            "Errors", "The first line of {path} is empty; it should hold the passphrase."
        ),
    )
    PASSPHRASE_NO_TERMINAL = (
        "passphrase-no-terminal",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{label} is needed, and there is no terminal to ask on; use --passphrase-file.",
        ),
    )
    PASSPHRASE_EMPTY = (
        "passphrase-empty",
        QT_TRANSLATE_NOOP("Errors", "{label} cannot be empty."),
    )
    PASSPHRASES_DIFFER = (
        "passphrases-differ",
        QT_TRANSLATE_NOOP("Errors", "The two passphrases differ; nothing was changed."),
    )

    # words that complete the messages above: the field a meeting's text was typed in (the
    # `what` of an empty or too long text) and the passphrase a prompt asks for (its `label`)
    FIELD_MEETING_TITLE = (
        "field-meeting-title",
        QT_TRANSLATE_NOOP("Errors", "The meeting's title"),
    )
    FIELD_MEETING_PLACE = "field-meeting-place", QT_TRANSLATE_NOOP("Errors", "The place")
    FIELD_CONFIDENTIALITY_STATEMENT = (
        "field-confidentiality-statement",
        QT_TRANSLATE_NOOP("Errors", "The confidentiality statement"),
    )
    FIELD_MEMBER_NAME = (
        "field-member-name",
        QT_TRANSLATE_NOOP("Errors", "The member's name"),
    )
    FIELD_MEMBER_AGENCY = (
        "field-member-agency",
        QT_TRANSLATE_NOOP("Errors", "The member's agency"),
    )
    FIELD_DECISION_SOUGHT = (
        "field-decision-sought",
        QT_TRANSLATE_NOOP("Errors", "The decision sought"),
    )
    FIELD_MINUTES_DISCUSSION = (
        "field-minutes-discussion",
        QT_TRANSLATE_NOOP("Errors", "The discussion"),
    )
    FIELD_MINUTES_DECISION = (
        "field-minutes-decision",
        QT_TRANSLATE_NOOP("Errors", "The decision"),
    )
    FIELD_MINUTES_RATIONALE = (
        "field-minutes-rationale",
        QT_TRANSLATE_NOOP("Errors", "The rationale"),
    )
    FIELD_MINUTES_DISSENT = (
        "field-minutes-dissent",
        QT_TRANSLATE_NOOP("Errors", "The dissent"),
    )
    FIELD_COPY_NOTE = "field-copy-note", QT_TRANSLATE_NOOP("Errors", "The note")
    PROMPT_PASSPHRASE = "prompt-passphrase", QT_TRANSLATE_NOOP("Errors", "Passphrase")
    PROMPT_PASSPHRASE_FOR = (
        "prompt-passphrase-for",
        QT_TRANSLATE_NOOP("Errors", "Passphrase for {user}"),
    )
    PROMPT_PASSPHRASE_FOR_AGAIN = (
        "prompt-passphrase-for-again",
        QT_TRANSLATE_NOOP("Errors", "Passphrase for {user} (again)"),
    )
    PROMPT_NEW_PASSPHRASE = (
        "prompt-new-passphrase",
        QT_TRANSLATE_NOOP("Errors", "New passphrase"),
    )
    PROMPT_NEW_PASSPHRASE_AGAIN = (
        "prompt-new-passphrase-again",
        QT_TRANSLATE_NOOP("Errors", "New passphrase (again)"),
    )
    PROMPT_ONE_TIME_PASSPHRASE_FOR = (
        "prompt-one-time-passphrase-for",
        QT_TRANSLATE_NOOP("Errors", "One-time passphrase for {user}"),
    )
    PROMPT_ONE_TIME_PASSPHRASE_FOR_AGAIN = (
        "prompt-one-time-passphrase-for-again",
        QT_TRANSLATE_NOOP("Errors", "One-time passphrase for {user} (again)"),
    )


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
    # --- cases: the assessment framework, key-slot file contents, keyring, audit chain ----
    NO_ENDING = "no-ending", QT_TRANSLATE_NOOP("Errors", "(none)")
    FIELD_MISSING = "field-missing", QT_TRANSLATE_NOOP("Errors", "it has no '{field}' field")
    FRAMEWORK_NEEDS_SCALE = (
        "framework-needs-scale",
        QT_TRANSLATE_NOOP("Errors", "scale and domains are required"),
    )
    FRAMEWORK_DOMAIN_ORDER = (
        "framework-domain-order",
        QT_TRANSLATE_NOOP("Errors", "domains must be {domains} in that order"),
    )
    FRAMEWORK_FACTOR_IDS_REPEAT = (
        "framework-factor-ids-repeat",
        QT_TRANSLATE_NOOP("Errors", "factor ids must be unique"),
    )
    FRAMEWORK_VERSION_NOT_WHOLE = (
        "framework-version-not-whole",
        QT_TRANSLATE_NOOP("Errors", "version must be a whole number"),
    )
    NOT_A_KEY_SLOT_FILE = (
        "not-a-key-slot-file",
        QT_TRANSLATE_NOOP("Errors", "it is not a SecureDesk key-slot file"),
    )
    FORMAT_VERSION_UNSUPPORTED = (
        "format-version-unsupported",
        QT_TRANSLATE_NOOP("Errors", "its format version {version} is not supported"),
    )
    NO_VALID_VAULT_ID = (
        "no-valid-vault-id",
        QT_TRANSLATE_NOOP("Errors", "it has no valid vault id"),
    )
    BINDING_UNSTATED = (
        "binding-unstated",
        QT_TRANSLATE_NOOP("Errors", "it does not say whether the vault is bound to a terminal"),
    )
    SLOT_LIST_MALFORMED = (
        "slot-list-malformed",
        QT_TRANSLATE_NOOP("Errors", "its list of slots is missing or too long"),
    )
    DISABLED_LIST_MALFORMED = (
        "disabled-list-malformed",
        QT_TRANSLATE_NOOP("Errors", "its list of disabled users is malformed"),
    )
    SLOT_OF_ANOTHER_VAULT = (
        "slot-of-another-vault",
        QT_TRANSLATE_NOOP("Errors", "the slot for '{user}' belongs to another vault"),
    )
    TWO_SLOTS_FOR_ONE_USER = (
        "two-slots-for-one-user",
        QT_TRANSLATE_NOOP("Errors", "it has two slots for one user"),
    )
    SLOT_NOT_AN_OBJECT = (
        "slot-not-an-object",
        QT_TRANSLATE_NOOP("Errors", "a slot is not an object"),
    )
    SLOT_NO_USER_NAME = (
        "slot-no-user-name",
        QT_TRANSLATE_NOOP("Errors", "a slot has no valid user name"),
    )
    SLOT_NO_VAULT_ID = (
        "slot-no-vault-id",
        QT_TRANSLATE_NOOP("Errors", "a slot has no valid vault id"),
    )
    RESEALED_NOT_AN_OBJECT = (
        "resealed-not-an-object",
        QT_TRANSLATE_NOOP("Errors", "a re-sealed key is not an object"),
    )
    NOT_BASE64_TEXT = (
        "not-base64-text",
        QT_TRANSLATE_NOOP("Errors", "'{field}' is not base64 text"),
    )
    NOT_VALID_BASE64 = (
        "not-valid-base64",
        QT_TRANSLATE_NOOP("Errors", "'{field}' is not valid base64"),
    )
    WRONG_LENGTH = "wrong-length", QT_TRANSLATE_NOOP("Errors", "'{field}' has the wrong length")
    KDF_UNKNOWN = "kdf-unknown", QT_TRANSLATE_NOOP("Errors", "unknown key-derivation function")
    KDF_NOT_WHOLE_NUMBERS = (
        "kdf-not-whole-numbers",
        QT_TRANSLATE_NOOP("Errors", "key-derivation parameters must be whole numbers"),
    )
    KDF_ITERATIONS_OUT_OF_RANGE = (
        "kdf-iterations-out-of-range",
        QT_TRANSLATE_NOOP("Errors", "iterations {iterations} outside 1..{max_iterations}"),
    )
    KDF_LANES_OUT_OF_RANGE = (
        "kdf-lanes-out-of-range",
        QT_TRANSLATE_NOOP("Errors", "lanes {lanes} outside 1..{max_lanes}"),
    )
    KDF_MEMORY_OUT_OF_RANGE = (
        "kdf-memory-out-of-range",
        QT_TRANSLATE_NOOP("Errors", "memory {memory_kib} KiB outside the allowed range"),
    )
    BINDING_SECRET_EXISTS = (
        "binding-secret-exists",
        QT_TRANSLATE_NOOP("Errors", "a binding secret for this vault id already exists"),
    )
    KEYRING_LOST_SECRET = (
        "keyring-lost-secret",
        QT_TRANSLATE_NOOP("Errors", "the keyring did not keep the secret"),
    )
    AUDIT_EVENT_MISSING = (
        "audit-event-missing",
        QT_TRANSLATE_NOOP("Errors", "event {seq} is missing"),
    )
    AUDIT_LINK_BROKEN = (
        "audit-link-broken",
        QT_TRANSLATE_NOOP("Errors", "it does not point at its predecessor"),
    )
    AUDIT_CONTENT_ALTERED = (
        "audit-content-altered",
        QT_TRANSLATE_NOOP("Errors", "its content does not match its hash"),
    )


@enum.unique
class Field(Kind):
    """What a person was filling in (the {what} of a message about text or a date).

    The English starts a sentence; a translation may be worded to sit inside one.
    """

    SUBJECT_NAME = "field-subject-name", QT_TRANSLATE_NOOP("Errors", "The subject's name")
    DATE_OF_BIRTH = "field-date-of-birth", QT_TRANSLATE_NOOP("Errors", "The date of birth")
    REFERRAL_DATE = "field-referral-date", QT_TRANSLATE_NOOP("Errors", "The referral date")
    REFERRAL_SOURCE = "field-referral-source", QT_TRANSLATE_NOOP("Errors", "The referral source")
    CLOSING_REASON = "field-closing-reason", QT_TRANSLATE_NOOP("Errors", "The closing reason")
    ITEM_DATE = "field-item-date", QT_TRANSLATE_NOOP("Errors", "The item's date")
    AGENCY = "field-agency", QT_TRANSLATE_NOOP("Errors", "The agency")
    AUTHOR = "field-author", QT_TRANSLATE_NOOP("Errors", "The author")
    ITEM_TEXT = "field-item-text", QT_TRANSLATE_NOOP("Errors", "The item's text")
    CAVEAT = "field-caveat", QT_TRANSLATE_NOOP("Errors", "A caveat")
    EVENT_DATE = "field-event-date", QT_TRANSLATE_NOOP("Errors", "The event's date")
    SUMMARY = "field-summary", QT_TRANSLATE_NOOP("Errors", "The summary")
    ACTION = "field-action", QT_TRANSLATE_NOOP("Errors", "The action")
    OWNER = "field-owner", QT_TRANSLATE_NOOP("Errors", "The owner")
    UPDATE = "field-update", QT_TRANSLATE_NOOP("Errors", "The update")
    ASSESSMENT_DATE = "field-assessment-date", QT_TRANSLATE_NOOP("Errors", "The assessment date")
    SUMMARY_CONCLUSION = (
        "field-summary-conclusion",
        QT_TRANSLATE_NOOP("Errors", "The summary conclusion"),
    )


def word(kind: Kind, data: dict[str, object]) -> str:
    """The English wording of a kind and its data; nested kinds in the data are worded too."""
    return wording(kind, data, lambda k: k.template)


def wording(kind: Kind, data: dict[str, object], template_of: Callable[[Kind], str]) -> str:
    """Word `kind` with `data` through `template_of` (the window passes its translator).

    A field whose value is itself a kind (a `why`, a field's name) is worded when the template
    reads it, with the same data, so a phrase can use the error's other fields; a field is never
    re-entered while it is being worded. A template whose fields do not match the data (a
    translation gone wrong) falls back to English rather than hiding the error.
    """
    return _Fields(data, template_of, frozenset()).word(kind)


class _Fields(dict[str, object]):
    """The data as str.format_map sees it: kinds worded on first read."""

    def __init__(
        self, data: dict[str, object], template_of: Callable[[Kind], str], busy: frozenset[str]
    ) -> None:
        super().__init__(data)
        self.template_of = template_of
        self.busy = busy

    def __getitem__(self, name: str) -> object:
        value = super().__getitem__(name)
        if isinstance(value, Kind) and name not in self.busy:
            return _Fields(dict(self), self.template_of, self.busy | {name}).word(value)
        return value

    def word(self, kind: Kind) -> str:
        try:
            return self.template_of(kind).format_map(self)
        except (KeyError, IndexError, ValueError):
            return kind.template.format_map(self)
