"""The audit chain's actions and object types in the window's language.

The chain stores each action as fixed English words (core/audit/audit_actions.py), hashed
into the chain and found by filters, so those bytes never change; only what the window shows
does. A fixed action is worded through ACTIONS; a composed one ("refused: needs print", "case
update from bundle") through its template's words, with its code worded too when the code is
a known word (a permission, a purpose, a copy status, an import outcome); anything else (an
action from a later version, a refusal reason code) is shown as stored. English (UK) words
are the stored text itself, so an English window shows exactly what the chain holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from securedesk.core.audit.audit_actions import ActionTemplate

ACTION_CONTEXT = "AuditActions"
CODE_CONTEXT = "AuditCodes"
OBJECT_CONTEXT = "AuditObjects"

# Every AuditAction value, exactly as stored (a test checks each one is here).
ACTIONS: frozenset[str] = frozenset(
    {
        str(QT_TRANSLATE_NOOP("AuditActions", "vault created")),
        str(QT_TRANSLATE_NOOP("AuditActions", "signed in")),
        str(QT_TRANSLATE_NOOP("AuditActions", "locked")),
        str(QT_TRANSLATE_NOOP("AuditActions", "failed sign-ins reported")),
        str(QT_TRANSLATE_NOOP("AuditActions", "failed sign-ins by unknown users reported")),
        str(QT_TRANSLATE_NOOP("AuditActions", "sign-in failure record tampered")),
        str(QT_TRANSLATE_NOOP("AuditActions", "policy changed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "vault integrity checked")),
        str(QT_TRANSLATE_NOOP("AuditActions", "passphrase changed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "refused: no justification")),
        str(QT_TRANSLATE_NOOP("AuditActions", "refused: above clearance")),
        str(QT_TRANSLATE_NOOP("AuditActions", "refused: above ceiling")),
        str(QT_TRANSLATE_NOOP("AuditActions", "user added")),
        str(QT_TRANSLATE_NOOP("AuditActions", "roles changed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "clearance changed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "passphrase reset")),
        str(QT_TRANSLATE_NOOP("AuditActions", "user disabled")),
        str(QT_TRANSLATE_NOOP("AuditActions", "database key rotated")),
        str(QT_TRANSLATE_NOOP("AuditActions", "case added")),
        str(QT_TRANSLATE_NOOP("AuditActions", "cases searched")),
        str(QT_TRANSLATE_NOOP("AuditActions", "case viewed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "status changed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "item added")),
        str(QT_TRANSLATE_NOOP("AuditActions", "chronology entry added")),
        str(QT_TRANSLATE_NOOP("AuditActions", "action added")),
        str(QT_TRANSLATE_NOOP("AuditActions", "action updated")),
        str(QT_TRANSLATE_NOOP("AuditActions", "assessment added")),
        str(QT_TRANSLATE_NOOP("AuditActions", "attachment added")),
        str(QT_TRANSLATE_NOOP("AuditActions", "attachment viewed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "attachment saved to disk")),
        str(QT_TRANSLATE_NOOP("AuditActions", "meeting added")),
        str(QT_TRANSLATE_NOOP("AuditActions", "meeting details changed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "meeting member added")),
        str(QT_TRANSLATE_NOOP("AuditActions", "attendance recorded")),
        str(QT_TRANSLATE_NOOP("AuditActions", "agenda set")),
        str(QT_TRANSLATE_NOOP("AuditActions", "agenda reordered")),
        str(QT_TRANSLATE_NOOP("AuditActions", "decision sought set")),
        str(QT_TRANSLATE_NOOP("AuditActions", "meeting viewed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "minutes recorded")),
        str(QT_TRANSLATE_NOOP("AuditActions", "minutes amended")),
        str(QT_TRANSLATE_NOOP("AuditActions", "action agreed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "meeting pack previewed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "meeting pack copy issued")),
        str(QT_TRANSLATE_NOOP("AuditActions", "audit chain verified")),
        str(QT_TRANSLATE_NOOP("AuditActions", "audit log exported")),
        str(QT_TRANSLATE_NOOP("AuditActions", "audit key started")),
        str(QT_TRANSLATE_NOOP("AuditActions", "audit checkpoint written")),
        str(QT_TRANSLATE_NOOP("AuditActions", "terminal identity created")),
        str(QT_TRANSLATE_NOOP("AuditActions", "contact card exported")),
        str(QT_TRANSLATE_NOOP("AuditActions", "age identity exported")),
        str(QT_TRANSLATE_NOOP("AuditActions", "trusted terminal added")),
        str(QT_TRANSLATE_NOOP("AuditActions", "trusted terminal renewed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "trusted terminal revoked")),
        str(QT_TRANSLATE_NOOP("AuditActions", "trust refused: own card")),
        str(QT_TRANSLATE_NOOP("AuditActions", "trust refused: revoked")),
        str(QT_TRANSLATE_NOOP("AuditActions", "trust refused: key reused")),
        str(QT_TRANSLATE_NOOP("AuditActions", "bundle exported")),
        str(QT_TRANSLATE_NOOP("AuditActions", "case exported in bundle")),
        str(QT_TRANSLATE_NOOP("AuditActions", "item released under caveat override")),
        str(QT_TRANSLATE_NOOP("AuditActions", "bundle file not written")),
        str(QT_TRANSLATE_NOOP("AuditActions", "receipt issued")),
        str(QT_TRANSLATE_NOOP("AuditActions", "receipt recorded")),
        str(QT_TRANSLATE_NOOP("AuditActions", "partner checkpoints written")),
        str(QT_TRANSLATE_NOOP("AuditActions", "bundle refused")),
        str(QT_TRANSLATE_NOOP("AuditActions", "bundle inspected")),
        str(QT_TRANSLATE_NOOP("AuditActions", "bundle already imported")),
        str(QT_TRANSLATE_NOOP("AuditActions", "bundle imported")),
        str(QT_TRANSLATE_NOOP("AuditActions", "import conflict settled: local record kept")),
        str(QT_TRANSLATE_NOOP("AuditActions", "invented demo data added")),
        str(QT_TRANSLATE_NOOP("AuditActions", "demo account ready")),
        str(QT_TRANSLATE_NOOP("AuditActions", "actions listed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "action history viewed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "minutes history viewed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "backup recovery key written")),
        str(QT_TRANSLATE_NOOP("AuditActions", "backup recipient added")),
        str(QT_TRANSLATE_NOOP("AuditActions", "backup recipient removed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "backup created")),
        str(QT_TRANSLATE_NOOP("AuditActions", "backup verified")),
        str(QT_TRANSLATE_NOOP("AuditActions", "backup restored")),
        str(QT_TRANSLATE_NOOP("AuditActions", "retention reviews listed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "case kept at retention review")),
        str(QT_TRANSLATE_NOOP("AuditActions", "case destruction proposed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "refused: own destruction proposal")),
        str(QT_TRANSLATE_NOOP("AuditActions", "case destroyed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "freed space wiped")),
        str(QT_TRANSLATE_NOOP("AuditActions", "destruction register viewed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "subject access report written")),
        str(QT_TRANSLATE_NOOP("AuditActions", "case reporting categories set")),
        str(QT_TRANSLATE_NOOP("AuditActions", "closing outcome recorded")),
        str(QT_TRANSLATE_NOOP("AuditActions", "panel statistics viewed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "panel report produced")),
        str(QT_TRANSLATE_NOOP("AuditActions", "people searched")),
        str(QT_TRANSLATE_NOOP("AuditActions", "person viewed")),
        str(QT_TRANSLATE_NOOP("AuditActions", "likely duplicates checked")),
        str(QT_TRANSLATE_NOOP("AuditActions", "person merged")),
        str(QT_TRANSLATE_NOOP("AuditActions", "case subject merged")),
        str(QT_TRANSLATE_NOOP("AuditActions", "refused: person merge")),
        str(QT_TRANSLATE_NOOP("AuditActions", "case assigned")),
        str(QT_TRANSLATE_NOOP("AuditActions", "refused: case assignment")),
        str(QT_TRANSLATE_NOOP("AuditActions", "consent recorded")),
        str(QT_TRANSLATE_NOOP("AuditActions", "case record edited")),
    }
)

# Every ActionTemplate value, exactly as written there; its {fields} stay in the wording.
TEMPLATES: frozenset[str] = frozenset(
    {
        str(QT_TRANSLATE_NOOP("AuditActions", "refused: needs {permission}")),
        str(QT_TRANSLATE_NOOP("AuditActions", "refused: {purpose} case above clearance")),
        str(QT_TRANSLATE_NOOP("AuditActions", "bundle export refused: {reason}")),
        str(QT_TRANSLATE_NOOP("AuditActions", "contact card rejected: {reason}")),
        str(QT_TRANSLATE_NOOP("AuditActions", "meeting pack copy {status}")),
        str(QT_TRANSLATE_NOOP("AuditActions", "case {outcome} from bundle")),
    }
)

# The codes a template names that are words of their own: permissions (and the auditor role
# a retention refusal names), what a case was wanted for, a copy's status, an import outcome.
# A refusal reason is a code (a hyphenated RefusalReason) and is shown as stored.
CODES: frozenset[str] = frozenset(
    {
        # Permissions (core/access.py Permission values)
        str(QT_TRANSLATE_NOOP("AuditCodes", "view cases")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "edit cases")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "print")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "manage meetings")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "export")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "import")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "administer")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "audit")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "auditor role")),
        # What a case was wanted for (OnCase.purpose)
        str(QT_TRANSLATE_NOOP("AuditCodes", "agenda")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "pack")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "assignment")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "minutes history")),
        # A numbered copy's status (CopyStatus values)
        str(QT_TRANSLATE_NOOP("AuditCodes", "issued")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "returned")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "destroyed")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "lost")),
        # An imported case's outcome (import_preview.CaseEntry.outcome)
        str(QT_TRANSLATE_NOOP("AuditCodes", "create")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "update")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "unchanged")),
        str(QT_TRANSLATE_NOOP("AuditCodes", "conflict")),
    }
)
# Several permissions, any one of which would have done ("view cases or audit").
PERMISSION_JOIN = " or "
EITHER = str(QT_TRANSLATE_NOOP("AuditCodes", "{first} or {second}"))

# The objects an event names, as stored in its object type.
OBJECT_TYPES: frozenset[str] = frozenset(
    {
        str(QT_TRANSLATE_NOOP("AuditObjects", "vault")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "user")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "policy")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "permission")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "case")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "search")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "item")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "attachment")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "action")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "actions")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "assessment")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "chronology_entry")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "person")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "person_link")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "meeting")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "report")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "retention")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "audit")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "terminal")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "card")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "bundle")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "import conflict")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "import conflicts")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "backup")),
        str(QT_TRANSLATE_NOOP("AuditObjects", "backup recipient")),
    }
)

_FIELD = re.compile(r"\{(\w+)\}")


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _pattern(template: str) -> re.Pattern[str]:
    """A stored action made from `template`: its fixed words, each field any text."""
    parts = _FIELD.split(template)  # words, field, words, field, ..., words
    body = "".join(
        re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+)" for i, part in enumerate(parts)
    )
    return re.compile(body)


_TEMPLATES = tuple((t.value, _pattern(t.value)) for t in ActionTemplate)


def code_words(field: str, code: str) -> str:
    """A template's code in the window's words when it is a known word, else as stored."""
    if field == "permission" and PERMISSION_JOIN in code:
        worded = [code_words(field, one) for one in code.split(PERMISSION_JOIN)]
        joined = worded[0]
        for one in worded[1:]:
            joined = _fill(_translate(CODE_CONTEXT, EITHER), {"first": joined, "second": one})
        return joined
    return _translate(CODE_CONTEXT, code) if code in CODES else code


def _fill(words: str, codes: dict[str, str]) -> str:
    """`words` with each {field} replaced; a translation that lost a field is not used."""
    if set(_FIELD.findall(words)) != set(codes):
        return ""
    return _FIELD.sub(lambda m: codes[m.group(1)], words)


def action_words(stored: str) -> str:
    """How the window shows a stored action: worded when known, otherwise as stored."""
    if stored in ACTIONS:
        return _translate(ACTION_CONTEXT, stored)
    for template, pattern in _TEMPLATES:
        match = pattern.fullmatch(stored)
        if match is None:
            continue
        codes = {field: code_words(field, code) for field, code in match.groupdict().items()}
        return _fill(_translate(ACTION_CONTEXT, template), codes) or stored
    return stored


def object_type_words(stored: str) -> str:
    """How the window shows an event's object type: worded when known, else as stored."""
    return _translate(OBJECT_CONTEXT, stored) if stored in OBJECT_TYPES else stored


def object_id_words(object_type: str, object_id: str) -> str:
    """An event's object as the window shows it: a refusal for want of a permission names
    the permission ("view cases or audit"), worded; any other object (an id, a name, a
    reference) as stored."""
    return code_words("permission", object_id) if object_type == "permission" else object_id


def _like(text: str) -> str:
    """`text` as a literal in a LIKE pattern (escape character: backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _template_like(template: str, fill: Callable[[str], str]) -> str:
    parts = _FIELD.split(template)
    return "".join(_like(part) if i % 2 == 0 else fill(part) for i, part in enumerate(parts))


def _containing(code: str) -> Callable[[str], str]:
    return lambda _field: f"%{_like(code)}%"


def stored_actions_worded(text: str) -> tuple[str, ...]:
    """LIKE patterns (escape: backslash) for the stored actions whose words in the window's
    language contain `text`, ignoring case: a Welsh window's filter finds "signed in" by
    "mewngofnodi". The stored text itself is matched as well, by the caller."""
    wanted = text.strip().casefold()
    if not wanted:
        return ()
    found: list[str] = [_like(a) for a in sorted(ACTIONS) if wanted in action_words(a).casefold()]
    codes = sorted(CODES)
    for template, _ in _TEMPLATES:
        fields = _FIELD.findall(template)
        if wanted in _FIELD.sub("", _translate(ACTION_CONTEXT, template)).casefold():
            found.append(_template_like(template, lambda _f: "%"))
            continue
        for code in codes:
            # The template with this code in each of its fields (a code is worded alike in
            # any field), read as the window would show it.
            shown = _fill(
                _translate(ACTION_CONTEXT, template),
                {f: code_words(f, code) for f in fields},
            )
            if wanted in shown.casefold():
                found.append(_template_like(template, _containing(code)))
    return tuple(found)
