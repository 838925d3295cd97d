"""Who the audit chain says each user is: roles and clearance replayed from its events,
compared with the users table, so a grant made by SQL with no event is found."""

from __future__ import annotations

import json
from dataclasses import dataclass

from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.vault.database import Connection

_TRAIL_ACTIONS = (
    AuditAction.VAULT_CREATED.value,
    AuditAction.USER_ADDED.value,
    AuditAction.ROLES_CHANGED.value,
    AuditAction.CLEARANCE_CHANGED.value,
)


@dataclass
class _Recorded:
    roles: frozenset[str] | None = None
    clearance: str | None = None  # None: never recorded (a vault created before version 8)


def recorded_users(conn: Connection) -> dict[str, _Recorded]:
    """Each user's roles and clearance as the chain's successful events leave them."""
    marks = ",".join("?" for _ in _TRAIL_ACTIONS)
    rows = conn.execute(
        f"SELECT user, action, object_id, details FROM audit_events "
        f"WHERE action IN ({marks}) AND outcome = 'success' ORDER BY seq",
        _TRAIL_ACTIONS,
    ).fetchall()
    users: dict[str, _Recorded] = {}
    for actor, action, object_id, details_text in rows:
        details = json.loads(details_text)
        if action == AuditAction.VAULT_CREATED:
            # The creating administrator; vaults made before version 8 did not record the
            # clearance, which is then not compared.
            name = str(details.get("admin", actor))
            users[name] = _Recorded(
                frozenset(details.get("roles", ["admin"])), details.get("clearance")
            )
            continue
        rec = users.setdefault(str(object_id), _Recorded())
        if "roles" in details:
            rec.roles = frozenset(details["roles"])
        if "clearance" in details:
            rec.clearance = str(details["clearance"])
    return users


def unrecorded_changes(conn: Connection) -> list[str]:
    """Users whose current roles or clearance no event accounts for (or who have no event
    at all), by name, sorted."""
    recorded = recorded_users(conn)
    roles: dict[str, set[str]] = {}
    for user, role in conn.execute("SELECT user, role FROM user_roles").fetchall():
        roles.setdefault(str(user), set()).add(str(role))
    found = []
    for name, clearance in conn.execute("SELECT name, clearance FROM users").fetchall():
        rec = recorded.get(str(name))
        if (
            rec is None
            or rec.roles is None
            or rec.roles != frozenset(roles.get(str(name), set()))
            or (rec.clearance is not None and rec.clearance != clearance)
        ):
            found.append(str(name))
    return sorted(found)
