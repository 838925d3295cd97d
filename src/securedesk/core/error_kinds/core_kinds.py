"""The core's error kinds: signing in, integrity, policy, the vault, cases, meetings, users,
the demo and the command line."""

from __future__ import annotations

import enum

from securedesk.core.error_kinds.kind import QT_TRANSLATE_NOOP, Kind


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
    SIGN_IN_FAILED = (
        "sign-in-failed",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The user name or the passphrase is not correct. Check both and try again; failed "
            "attempts are recorded, reported at the next sign-in, and make the next attempt "
            "wait longer.",
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
    AUDIT_TRAIL_MISMATCH = (
        "audit-trail-mismatch",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Users' roles or clearance differ from what the audit chain records, with no event "
            "for the change: {users}. Preserve the vault as it is and report it to the data "
            "protection officer.",
        ),
    )
    AUDIT_CHECKPOINT_UNUSABLE = (
        "audit-checkpoint-unusable",
        QT_TRANSLATE_NOOP("Errors", "The checkpoint {path} cannot be used: {why}."),
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
    POLICY_NOT_ON_OFF = (
        "policy-not-on-off",
        QT_TRANSLATE_NOOP("Errors", "{key} must be on or off."),
    )
    MEMORY_SECURITY_FROM_NEXT_SIGN_IN = (
        "memory-security-from-next-sign-in",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{key} applies from the next sign-in. Once on in a running application, it stays "
            "on until the application is closed.",
        ),
    )
    MEMORY_LOCKS_FAIL = (
        "memory-locks-fail",
        QT_TRANSLATE_NOOP(
            "Errors",
            "Memory security is on, but this account may lock only {limit_mib} MiB of memory "
            "and the vault's page cache alone needs {cache_mib} MiB, so SQLCipher's memory "
            "locks fail ({failed} of {attempted} failed already at sign-in). Ask the system "
            "administrator to raise the lock limit (RLIMIT_MEMLOCK) for this account.",
        ),
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
    # Handling caveats (core/cases/caveats.py).
    POLICY_CAVEAT_ORGANISATIONS_FORM = (
        "policy-caveat-organisations-form",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{key} must be 'organisation = agency' pairs separated by semicolons, each agency "
            "one of {allowed}.",
        ),
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
    PASSPHRASE_INPUT_ENDED = (
        "passphrase-input-ended",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The input ended (Ctrl-D) before {label} was typed; nothing was done. Run the "
            "command again and type it, or use --passphrase-file.",
        ),
    )
    PASSPHRASES_DIFFER = (
        "passphrases-differ",
        QT_TRANSLATE_NOOP("Errors", "The two passphrases differ; nothing was changed."),
    )

    # words that complete the messages above: the field a meeting's text was typed in (the
    # `what` of an empty or too long text) and the passphrase a prompt asks for (its `label`)
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
