"""The audit log for auditors: verify the chain, page through it, export it: `session.audit`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from securedesk.core.access import Permission
from securedesk.core.atomic_file import staged_file
from securedesk.core.audit import chain as audit
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category, ChainReport, Outcome
from securedesk.core.unit_of_work import OnObject

if TYPE_CHECKING:
    from securedesk.core.session import Session


# The subject of the audit log's own events.
CHAIN = OnObject("audit", "chain")


class AuditService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def verify(self) -> ChainReport:
        with self.session.consult(
            AuditAction.AUDIT_CHAIN_VERIFIED, CHAIN, permission=Permission.AUDIT
        ) as tx:
            report = audit.verify(tx.conn)
            tx.outcome = Outcome.SUCCESS if report.ok else Outcome.FAILED
            tx.details = {"events": report.events, "first_broken": report.first_broken_seq or 0}
        return report

    def query(self, query: audit.AuditQuery) -> tuple[list[audit.AuditEvent], bool]:
        """A page of the audit log, newest first, filtered in the database."""
        self.session.require(Permission.AUDIT)
        return audit.query_events(self.session.vault.conn, query)

    def events(self) -> Iterator[audit.AuditEvent]:
        self.session.require(Permission.AUDIT)
        return audit.iter_events(self.session.vault.conn)

    def export(self, out: Path) -> int:
        """Write every event as JSON Lines to `out`, atomically; an audited disclosure.

        The file is written under a temporary name beside `out` and renamed into place in
        the transaction that records the disclosure, so neither lands without the other.
        """
        self.session.require(Permission.AUDIT)
        count = 0
        with staged_file(out) as (tmp, handle):
            for ev in audit.iter_events(self.session.vault.conn):
                line = json.dumps(ev.to_json(), ensure_ascii=False, sort_keys=True) + "\n"
                handle.write(line.encode("utf-8"))
                count += 1
            handle.flush()
            with self.session.change(
                Category.DISCLOSURE,
                AuditAction.AUDIT_LOG_EXPORTED,
                CHAIN,
                permission=Permission.AUDIT,
                details={"events": count},
            ):
                tmp.replace(out)
        return count
