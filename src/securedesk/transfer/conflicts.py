"""Reviewing import conflicts: incoming versions of records that had been edited locally.

An import never overwrites a local edit; it keeps the incoming version whole, inside the
vault, for an officer to review. Settling a conflict keeps the local record and records who
decided, in the audit chain.
"""

from __future__ import annotations

from securedesk.core.access import Permission
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category
from securedesk.core.errors import NotFound
from securedesk.core.id_prefix import IdWhat, lower_id, resolve_prefix
from securedesk.core.session import Session
from securedesk.core.unit_of_work import OnObject
from securedesk.transfer.conflict_store import ConflictStore, ImportConflict
from securedesk.transfer.transfer_error_kinds import ExchangeErrorKind


def conflicts(session: Session, *, include_resolved: bool = False) -> list[ImportConflict]:
    session.require(Permission.IMPORT, object_type="import conflicts", object_id="list")
    return ConflictStore(session.vault.conn).list_conflicts(include_resolved=include_resolved)


def keep_local(session: Session, conflict_id: str) -> ImportConflict:
    """Settle a conflict in favour of the local record (the incoming version stays on file)."""
    with session.change(
        Category.ALTERATION,
        AuditAction.IMPORT_CONFLICT_SETTLED_LOCAL_KEPT,
        OnObject("import conflict", conflict_id),
        permission=Permission.IMPORT,
        details={"conflict": conflict_id},
    ) as tx:
        store = ConflictStore(tx.conn)
        conflict_id = resolve_prefix(
            tx.conn,
            "import_conflicts",
            "id",
            conflict_id,
            what=IdWhat.CONFLICT,
            normalise=lower_id,
            missing=lambda p: NotFound(ExchangeErrorKind.CONFLICT_NOT_OPEN, conflict_id=p),
        )
        tx.details["conflict"] = conflict_id
        if not store.resolve_conflict(conflict_id, session.vault.user, session.clock.now()):
            raise NotFound(ExchangeErrorKind.CONFLICT_NOT_OPEN, conflict_id=conflict_id)
        settled = next(
            c for c in store.list_conflicts(include_resolved=True) if c.id == conflict_id
        )
        # The event is about the record the conflict kept, as it always was.
        tx.object_type, tx.object_id = settled.record_type, settled.record_id
        tx.details["bundle"] = settled.bundle_id
    return settled
