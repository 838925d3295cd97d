"""Every action the audit chain records, in one place.

An action's text is stored in the chain and hashed into it, and auditors filter by it, so a
value never changes once released (an old vault's chain must still verify and still be
found by the same filter). docs/audit-actions.md lists them; a test keeps it current.

Most actions are fixed words (`AuditAction`). A refusal that names what was missing is
composed from an `ActionTemplate` with codes (a permission's name, a status, a refusal
reason), never with case content; `compose()` is the only way to build one.
"""

from __future__ import annotations

import enum
from typing import NewType

# An action composed by refused(): a distinct type so that free text cannot reach the chain.
ComposedAction = NewType("ComposedAction", str)


@enum.unique
class ActionTemplate(enum.StrEnum):
    """Actions that name a code (the fields in braces): a permission, a status, an outcome,
    a refusal reason. Never case content."""

    REFUSED_NEEDS_PERMISSION = "refused: needs {permission}"
    REFUSED_ABOVE_CLEARANCE_FOR = "refused: {purpose} case above clearance"
    BUNDLE_EXPORT_REFUSED = "bundle export refused: {reason}"
    CONTACT_CARD_REJECTED = "contact card rejected: {reason}"
    MEETING_PACK_COPY_STATUS = "meeting pack copy {status}"
    CASE_FROM_BUNDLE = "case {outcome} from bundle"


def compose(template: ActionTemplate, **codes: str) -> ComposedAction:
    """The action `template` names, with its codes filled in."""
    return ComposedAction(template.value.format(**codes))


@enum.unique
class AuditAction(enum.StrEnum):
    """Fixed actions, grouped by what they describe."""

    VAULT_CREATED = "vault created"
    SIGNED_IN = "signed in"
    LOCKED = "locked"
    FAILED_SIGN_INS_REPORTED = "failed sign-ins reported"
    FAILED_SIGN_INS_BY_UNKNOWN_USERS_REPORTED = "failed sign-ins by unknown users reported"
    SIGN_IN_FAILURE_RECORD_TAMPERED = "sign-in failure record tampered"
    POLICY_CHANGED = "policy changed"
    VAULT_INTEGRITY_CHECKED = "vault integrity checked"
    PASSPHRASE_CHANGED = "passphrase changed"  # noqa: S105 - an event, not a secret
    REFUSED_NO_JUSTIFICATION = "refused: no justification"
    REFUSED_ABOVE_CLEARANCE = "refused: above clearance"
    REFUSED_ABOVE_CEILING = "refused: above ceiling"
    USER_ADDED = "user added"
    ROLES_CHANGED = "roles changed"
    CLEARANCE_CHANGED = "clearance changed"
    PASSPHRASE_RESET = "passphrase reset"  # noqa: S105 - an event, not a secret
    USER_DISABLED = "user disabled"
    DATABASE_KEY_ROTATED = "database key rotated"
    CASE_ADDED = "case added"
    CASES_SEARCHED = "cases searched"
    CASE_VIEWED = "case viewed"
    STATUS_CHANGED = "status changed"
    ITEM_ADDED = "item added"
    CHRONOLOGY_ENTRY_ADDED = "chronology entry added"
    ACTION_ADDED = "action added"
    ACTION_UPDATED = "action updated"
    ASSESSMENT_ADDED = "assessment added"
    ATTACHMENT_ADDED = "attachment added"
    ATTACHMENT_VIEWED = "attachment viewed"
    ATTACHMENT_SAVED_TO_DISK = "attachment saved to disk"
    MEETING_ADDED = "meeting added"
    MEETING_DETAILS_CHANGED = "meeting details changed"
    MEETING_MEMBER_ADDED = "meeting member added"
    ATTENDANCE_RECORDED = "attendance recorded"
    AGENDA_SET = "agenda set"
    AGENDA_REORDERED = "agenda reordered"
    DECISION_SOUGHT_SET = "decision sought set"
    MEETING_VIEWED = "meeting viewed"
    MINUTES_RECORDED = "minutes recorded"
    MINUTES_AMENDED = "minutes amended"
    ACTION_AGREED = "action agreed"
    MEETING_PACK_PREVIEWED = "meeting pack previewed"
    MEETING_PACK_COPY_ISSUED = "meeting pack copy issued"
    AUDIT_CHAIN_VERIFIED = "audit chain verified"
    AUDIT_LOG_EXPORTED = "audit log exported"
    AUDIT_KEY_STARTED = "audit key started"
    AUDIT_CHECKPOINT_WRITTEN = "audit checkpoint written"
    TERMINAL_IDENTITY_CREATED = "terminal identity created"
    CONTACT_CARD_EXPORTED = "contact card exported"
    AGE_IDENTITY_EXPORTED = "age identity exported"
    TRUSTED_TERMINAL_ADDED = "trusted terminal added"
    TRUSTED_TERMINAL_RENEWED = "trusted terminal renewed"
    TRUSTED_TERMINAL_REVOKED = "trusted terminal revoked"
    TRUST_REFUSED_OWN_CARD = "trust refused: own card"
    TRUST_REFUSED_REVOKED = "trust refused: revoked"
    TRUST_REFUSED_KEY_REUSED = "trust refused: key reused"
    BUNDLE_EXPORTED = "bundle exported"
    CASE_EXPORTED_IN_BUNDLE = "case exported in bundle"
    ITEM_RELEASED_UNDER_CAVEAT_OVERRIDE = "item released under caveat override"
    BUNDLE_FILE_NOT_WRITTEN = "bundle file not written"
    RECEIPT_ISSUED = "receipt issued"
    RECEIPT_RECORDED = "receipt recorded"
    PARTNER_CHECKPOINTS_WRITTEN = "partner checkpoints written"
    BUNDLE_REFUSED = "bundle refused"
    BUNDLE_INSPECTED = "bundle inspected"
    BUNDLE_ALREADY_IMPORTED = "bundle already imported"
    BUNDLE_IMPORTED = "bundle imported"
    IMPORT_CONFLICT_SETTLED_LOCAL_KEPT = "import conflict settled: local record kept"
    INVENTED_DEMO_DATA_ADDED = "invented demo data added"
    DEMO_ACCOUNT_READY = "demo account ready"
    # Support plans and minutes history (issue 11: actions and minutes).
    ACTIONS_LISTED = "actions listed"
    ACTION_HISTORY_VIEWED = "action history viewed"
    MINUTES_HISTORY_VIEWED = "minutes history viewed"
    # Backups (issue 12: backup and recovery).
    BACKUP_RECOVERY_KEY_WRITTEN = "backup recovery key written"
    BACKUP_RECIPIENT_ADDED = "backup recipient added"
    BACKUP_RECIPIENT_REMOVED = "backup recipient removed"
    BACKUP_CREATED = "backup created"
    BACKUP_VERIFIED = "backup verified"
    BACKUP_RESTORED = "backup restored"
    # Retention and destruction, subject access (issue 12: retention, subject access).
    RETENTION_REVIEWS_LISTED = "retention reviews listed"
    CASE_KEPT_AT_RETENTION_REVIEW = "case kept at retention review"
    CASE_DESTRUCTION_PROPOSED = "case destruction proposed"
    REFUSED_OWN_DESTRUCTION_PROPOSAL = "refused: own destruction proposal"
    CASE_DESTROYED = "case destroyed"
    FREED_SPACE_WIPED = "freed space wiped"
    DESTRUCTION_REGISTER_VIEWED = "destruction register viewed"
    SUBJECT_ACCESS_REPORT_WRITTEN = "subject access report written"
    # Reporting: a case's categories for returns, panel statistics (issue 11: reporting).
    CASE_CATEGORIES_SET = "case reporting categories set"
    CLOSING_OUTCOME_RECORDED = "closing outcome recorded"
    PANEL_STATISTICS_VIEWED = "panel statistics viewed"
    PANEL_REPORT_PRODUCED = "panel report produced"
    # People: search, view, likely duplicates and merges (issue 11: people).
    PEOPLE_SEARCHED = "people searched"
    PERSON_VIEWED = "person viewed"
    LIKELY_DUPLICATES_CHECKED = "likely duplicates checked"
    PERSON_MERGED = "person merged"
    CASE_SUBJECT_MERGED = "case subject merged"
    REFUSED_PERSON_MERGE = "refused: person merge"
    # The case record: owner, consent, review dates and marking (issue 11: case record).
    CASE_ASSIGNED = "case assigned"
    REFUSED_CASE_ASSIGNMENT = "refused: case assignment"
    CONSENT_RECORDED = "consent recorded"
    CASE_RECORD_EDITED = "case record edited"
