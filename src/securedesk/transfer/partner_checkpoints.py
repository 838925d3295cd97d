"""Audit checkpoints that partner terminals carried in their receipts (docs/audit-chain.md,
"Checkpoints in receipts"): kept here byte for byte with their signatures, and written out
again as FILE and FILE.minisig for the terminal they came from, whose `audit verify
--checkpoint FILE` checks that its chain still reaches them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from securedesk.core.access import Permission
from securedesk.core.atomic_file import write_atomically
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category
from securedesk.core.errors import InvalidInput, NotFound
from securedesk.core.id_prefix import IdWhat, resolve_prefix
from securedesk.core.session import Session
from securedesk.core.unit_of_work import OnObject
from securedesk.transfer.audit_checkpoint import signature_path
from securedesk.transfer.fingerprint import fingerprint_prefix
from securedesk.transfer.transfer_error_kinds import ExchangeErrorKind

SUFFIX = ".checkpoint"


@dataclass(frozen=True)
class PartnerCheckpoint:
    receipt_bundle: str
    from_fingerprint: str
    vault_id: str
    seq: int
    head_hash: str
    at: str
    checkpoint: bytes  # exactly the bytes the partner signed
    signature: bytes  # the minisign signature file
    received_at: str

    @property
    def file_name(self) -> str:
        """Sorted by the event they name (`ls` lists the oldest first), never clashing."""
        return f"{self.seq:010d}-{self.receipt_bundle}{SUFFIX}"


_COLUMNS = (
    "receipt_bundle, from_fingerprint, vault_id, seq, head_hash, at, checkpoint, signature, "
    "received_at"
)


class PartnerCheckpointStore:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def add(self, cp: PartnerCheckpoint) -> None:
        self.conn.execute(
            f"INSERT INTO partner_checkpoints ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                cp.receipt_bundle,
                cp.from_fingerprint,
                cp.vault_id,
                cp.seq,
                cp.head_hash,
                cp.at,
                cp.checkpoint,
                cp.signature,
                cp.received_at,
            ),
        )

    def from_terminal(self, fingerprint: str) -> list[PartnerCheckpoint]:
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM partner_checkpoints WHERE from_fingerprint = ? "
            "ORDER BY seq, receipt_bundle",
            (fingerprint,),
        ).fetchall()
        return [
            PartnerCheckpoint(
                r[0], r[1], r[2], int(r[3]), r[4], r[5], bytes(r[6]), bytes(r[7]), r[8]
            )
            for r in rows
        ]


def write_partner_checkpoints(session: Session, fingerprint: str, out_dir: Path) -> list[Path]:
    """Write every checkpoint received from the terminal `fingerprint` into `out_dir` (made
    if missing) as FILE and FILE.minisig, oldest first; an audited disclosure. No file is
    overwritten: if any name is taken, nothing is written."""
    terminal = resolve_prefix(
        session.vault.conn,
        "trusted_terminals",
        "fingerprint",
        fingerprint,
        what=IdWhat.TERMINAL,
        normalise=fingerprint_prefix,
        missing=lambda p: NotFound(ExchangeErrorKind.PARTNER_CHECKPOINTS_NONE, fingerprint=p),
    )
    with session.change(
        Category.DISCLOSURE,
        AuditAction.PARTNER_CHECKPOINTS_WRITTEN,
        OnObject("terminal", terminal),
        permission=(Permission.IMPORT, Permission.AUDIT),
    ) as tx:
        found = PartnerCheckpointStore(tx.conn).from_terminal(terminal)
        if not found:
            raise NotFound(ExchangeErrorKind.PARTNER_CHECKPOINTS_NONE, fingerprint=terminal)
        targets = [(out_dir / cp.file_name, cp) for cp in found]
        for path, _cp in targets:
            for taken in (path, signature_path(path)):
                if taken.exists():
                    raise InvalidInput(ExchangeErrorKind.FILE_EXISTS, path=str(taken))
        out_dir.mkdir(parents=True, exist_ok=True)
        written: list[Path] = []
        try:
            for path, cp in targets:
                written.append(signature_path(path))
                write_atomically(signature_path(path), cp.signature)
                written.append(path)
                write_atomically(path, cp.checkpoint)
        except BaseException:
            for path in written:
                path.unlink(missing_ok=True)
            raise
        tx.details = {"checkpoints": len(found), "newest_seq": found[-1].seq}
    return [path for path, _cp in targets]
