"""The audit log for auditors: verify the chain (hashes; MACs for an auditor; a checkpoint;
the trail of roles and clearance), page through it, export it: `session.audit`."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from securedesk.core.access import Permission, Role
from securedesk.core.atomic_file import place_replacing, staged_file
from securedesk.core.audit import audit_keys, mac_chain, trail
from securedesk.core.audit import chain as audit
from securedesk.core.audit import checkpoint as checkpoints
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category, ChainReport, MacKeys, Outcome
from securedesk.core.audit.checkpoint import Checkpoint
from securedesk.core.audit.search_digest import query_digest
from securedesk.core.unit_of_work import OnObject
from securedesk.core.vault import database

if TYPE_CHECKING:
    from securedesk.core.session import Session


# The subject of the audit log's own events.
CHAIN = OnObject("audit", "chain")


@dataclass
class Verification:
    """Everything `verify` found. `ok` when the chain holds, the checkpoint (if any) is
    reached and every user's roles and clearance are accounted for by events."""

    report: ChainReport
    is_auditor: bool
    checkpoint_seq: int | None = None
    unrecorded: list[str] = field(default_factory=list)
    key_holders: list[str] | None = None  # None: the MAC chain has not started

    @property
    def ok(self) -> bool:
        return self.report.ok and not self.unrecorded

    @property
    def macs_checked(self) -> bool:
        """Whether every MACed event's MAC was recomputed."""
        r = self.report
        return self.is_auditor and r.mac_started and r.macs_unchecked == 0


class AuditService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def verify(self) -> ChainReport:
        """Recompute the chain (hashes; every MAC for an auditor): `check` without a
        checkpoint, as the chain's own report."""
        return self.check().report

    def check(self, checkpoint: Checkpoint | None = None) -> Verification:
        """Recompute the chain; with the auditor role also every MAC this user's slot can
        unseal; compare a checkpoint if given; replay roles and clearance from the chain."""
        with self.session.consult(
            AuditAction.AUDIT_CHAIN_VERIFIED, CHAIN, permission=Permission.AUDIT
        ) as tx:
            keys = self._keys(tx.conn)
            report = audit.verify(tx.conn, keys)
            result = Verification(report, is_auditor=keys is not None)
            if report.ok and checkpoint is not None:
                result.checkpoint_seq = checkpoint.seq
                broken = checkpoints.compare(tx.conn, checkpoint)
                if broken is not None:
                    result.report = ChainReport(
                        report.events,
                        False,
                        broken[0],
                        broken[1],
                        mac_started=report.mac_started,
                        macs_checked=report.macs_checked,
                    )
            result.unrecorded = trail.unrecorded_changes(tx.conn)
            result.key_holders = audit_keys.current_epoch_recipients(tx.conn)
            tx.outcome = Outcome.SUCCESS if result.ok else Outcome.FAILED
            tx.details = {
                "events": report.events,
                "first_broken": result.report.first_broken_seq or 0,
                "macs_checked": report.macs_checked,
                "checkpoint": checkpoint.seq if checkpoint is not None else 0,
                "unrecorded_users": len(result.unrecorded),
            }
        return result

    def _keys(self, conn: database.Connection) -> MacKeys | None:
        """This auditor's starting keys (None for someone without the auditor role)."""
        vault = self.session.vault
        if Role.AUDITOR not in self.session.user.roles:
            return None
        public = vault.slot_public_key(vault.user)
        if public is None:
            return None
        return audit_keys.auditor_keys(
            conn,
            vault_id=vault.vault_id,
            auditor=vault.user,
            public_key=public,
            agree=vault.key_agreement,
        )

    def follow_auditors(self) -> int | None:
        """Start a new MAC epoch if the auditors are not those the current key is sealed
        to (called at sign-in and after every change to users); the epoch, or None."""
        vault = self.session.vault
        with database.transaction(vault.conn) as conn:
            auditors = {}
            for name in audit_keys.current_auditors(conn):
                public = vault.slot_public_key(name)
                if public is not None:
                    auditors[name] = public
            return audit_keys.follow_auditors(
                conn, vault_id=vault.vault_id, actor=vault.user, auditors=auditors
            )

    def own_start_keys(self) -> dict[int, bytes]:
        """The starting keys this auditor can unseal now (before their key pair changes)."""
        keys = self._keys(self.session.vault.conn)
        return dict(keys.start_keys) if keys is not None else {}

    def reseal_own_keys(self, start_keys: dict[int, bytes]) -> None:
        """Seal `start_keys` again to this user's current slot key (after a passphrase
        change gave them a new key pair), so they keep checking the earlier periods."""
        vault = self.session.vault
        public = vault.slot_public_key(vault.user)
        if public is None or not start_keys:
            return
        with database.transaction(vault.conn) as conn:
            for epoch, key in sorted(start_keys.items()):
                conn.execute(
                    "DELETE FROM audit_key_seals WHERE epoch = ? AND user = ?",
                    (epoch, vault.user),
                )
                mac_chain.store_seal(
                    conn,
                    mac_chain.seal(
                        key,
                        vault_id=vault.vault_id,
                        epoch=epoch,
                        user=vault.user,
                        public_key=public,
                    ),
                )

    def checkpoint(self, write: Callable[[Checkpoint], None]) -> Checkpoint:
        """Hand the chain's head to `write` (which signs and places the file) inside the
        transaction that records the checkpoint as a disclosure: neither lands alone. The
        checkpoint covers the events before its own."""
        with self.session.change(
            Category.DISCLOSURE,
            AuditAction.AUDIT_CHECKPOINT_WRITTEN,
            CHAIN,
            permission=Permission.AUDIT,
        ) as tx:
            cp = checkpoints.of_head(tx.conn, self.session.vault.vault_id)
            assert cp is not None  # a signed-in session has events (its sign-in)
            tx.details = {"seq": cp.seq}
            write(cp)
        return cp

    def query(self, query: audit.AuditQuery) -> tuple[list[audit.AuditEvent], bool]:
        """A page of the audit log, newest first, filtered in the database."""
        self.session.require(Permission.AUDIT)
        return audit.query_events(self.session.vault.conn, query)

    def searches_for(self, text: str) -> list[audit.AuditEvent]:
        """Every search whose words were `text` (however spaced or capitalised): the chain
        keeps a keyed digest of a query, never its words, so this is how an auditor asks
        whether anyone searched for a name. Oldest first."""
        self.session.require(Permission.AUDIT)
        conn = self.session.vault.conn
        return audit.events_with_query_digest(conn, query_digest(conn, text))

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
                place_replacing(tmp, out, handle)
        return count
