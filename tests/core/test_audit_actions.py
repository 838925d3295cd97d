"""Audit actions are a contract: their text is hashed into every vault's chain and auditors
filter by it, so the released values never change, and the document lists them all."""

from __future__ import annotations

import pytest

from securedesk.core.audit.audit_actions import ActionTemplate, AuditAction, compose

from ..scripts import load_script

# Every action as released (round two). Renaming one would hide old events from the filter
# an auditor uses; add new actions here when they are added, never change a line.
RELEASED = [
    # people (issue 11)
    "people searched",
    "person viewed",
    "likely duplicates checked",
    "person merged",
    "case subject merged",
    "refused: person merge",
    "action added",
    "action agreed",
    "action updated",
    "age identity exported",
    "agenda reordered",
    "agenda set",
    "assessment added",
    "attachment added",
    "attachment saved to disk",
    "attachment viewed",
    "attendance recorded",
    "audit chain verified",
    "audit log exported",
    "audit key started",
    "audit checkpoint written",
    "bundle already imported",
    "bundle exported",
    "bundle file not written",
    "bundle imported",
    "bundle inspected",
    "bundle refused",
    "case added",
    "case exported in bundle",
    "case viewed",
    "cases searched",
    "chronology entry added",
    "clearance changed",
    "contact card exported",
    "database key rotated",
    "decision sought set",
    "demo account ready",
    "backup recovery key written",
    "backup recipient added",
    "backup recipient removed",
    "backup created",
    "backup verified",
    "backup restored",
    "failed sign-ins by unknown users reported",
    "failed sign-ins reported",
    "import conflict settled: local record kept",
    "invented demo data added",
    "item added",
    "item released under caveat override",
    "locked",
    "meeting added",
    "meeting details changed",
    "meeting member added",
    "meeting pack copy issued",
    "meeting pack previewed",
    "meeting viewed",
    "minutes amended",
    "minutes recorded",
    "partner checkpoints written",
    "passphrase changed",
    "passphrase reset",
    "policy changed",
    "receipt issued",
    "receipt recorded",
    "refused: above ceiling",
    "refused: above clearance",
    "refused: no justification",
    "roles changed",
    "sign-in failure record tampered",
    "signed in",
    "status changed",
    "terminal identity created",
    "trust refused: key reused",
    "trust refused: own card",
    "trust refused: revoked",
    "trusted terminal added",
    "trusted terminal renewed",
    "trusted terminal revoked",
    "user added",
    "user disabled",
    "vault created",
    "vault integrity checked",
    # issue 11: actions and minutes
    "actions listed",
    "action history viewed",
    "minutes history viewed",
    # issue 12: retention and destruction, subject access
    "retention reviews listed",
    "case kept at retention review",
    "case destruction proposed",
    "refused: own destruction proposal",
    "case destroyed",
    "freed space wiped",
    "destruction register viewed",
    "subject access report written",
    # issue 11: case record
    "case assigned",
    "refused: case assignment",
    "consent recorded",
    "case record edited",
    # issue 11: reporting
    "case reporting categories set",
    "closing outcome recorded",
    "panel statistics viewed",
    "panel report produced",
    "bundle export refused: {reason}",
    "case {outcome} from bundle",
    "contact card rejected: {reason}",
    "meeting pack copy {status}",
    "refused: needs {permission}",
    "refused: {purpose} case above clearance",
]


def test_no_released_action_changed_or_disappeared() -> None:
    now = {a.value for a in AuditAction} | {a.value for a in ActionTemplate}
    missing = [v for v in RELEASED if v not in now]
    assert missing == []
    assert now <= set(RELEASED), "a new action: add it to RELEASED as well"


def test_a_composed_action_names_only_its_code() -> None:
    assert compose(ActionTemplate.CASE_FROM_BUNDLE, outcome="conflict") == (
        "case conflict from bundle"
    )
    with pytest.raises(KeyError):
        compose(ActionTemplate.REFUSED_NEEDS_PERMISSION, reason="x")


def test_the_document_is_current() -> None:
    module = load_script("contract_docs")
    text = module.ACTIONS_DOCUMENT.read_text("utf-8")
    assert text == module.actions_document(), "run: python scripts/contract_docs.py"
    for action in [*AuditAction, *ActionTemplate]:
        assert f"`{action.value}`" in text
