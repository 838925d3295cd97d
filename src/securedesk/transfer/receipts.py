"""Receipts: a signed acknowledgement bundle from an importing terminal back to the sender,
recorded there against the outgoing transfer."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from securedesk.core.access import Permission
from securedesk.core.atomic_file import place_replacing, staged_file
from securedesk.core.audit import chain as audit
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category
from securedesk.core.audit.checkpoint import Checkpoint, CheckpointMalformed
from securedesk.core.errors import BundleRejected, InvalidInput, NotFound
from securedesk.core.id_prefix import IdWhat, lower_id, resolve_prefix
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.core.vault import database
from securedesk.transfer.audit_checkpoint import signed_head, verify_carried
from securedesk.transfer.bundle_export import sender_party, signer_of
from securedesk.transfer.bundle_log_store import BundleLog, OutgoingBundle
from securedesk.transfer.bundle_writer import write_bundle
from securedesk.transfer.envelope import Envelope, Manifest, Party
from securedesk.transfer.identity import ensure_identity, next_sequence
from securedesk.transfer.limits import MAX_EXPIRY_DAYS, MAX_RECEIPT_BYTES
from securedesk.transfer.partner_checkpoints import PartnerCheckpoint, PartnerCheckpointStore
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.strict_json import dumps, loads_object
from securedesk.transfer.transfer_error_kinds import ExchangeErrorKind
from securedesk.transfer.trust_state import TrustState
from securedesk.transfer.trust_store import TrustStore

if TYPE_CHECKING:
    from securedesk.transfer.bundle_import import BundleCheck

_RECEIPT_FIELDS = {
    "format",
    "version",
    "receipt_for",
    "envelope_sha256",
    "imported_at",
    "outcome",
    "counts",
}
# Version 2 adds the sender's signed audit checkpoint (docs/bundle-format.md, "Receipts");
# version 1 receipts, from before it, are still recorded.
RECEIPT_VERSION = 2
_FIELDS_OF_VERSION = {1: _RECEIPT_FIELDS, 2: _RECEIPT_FIELDS | {"audit_checkpoint"}}
_CHECKPOINT_FIELDS = {"checkpoint", "signature"}


@dataclass(frozen=True)
class ReceiptResult:
    bundle_id: str
    receipt_for: str
    out: Path
    recipient: str


def make_receipt(session: Session, bundle_id: str, out: Path) -> ReceiptResult:
    """Write a receipt for an imported bundle, addressed to its sender."""
    session.require(Permission.IMPORT, object_type="bundle", object_id=bundle_id)
    if out.exists():
        raise InvalidInput(ExchangeErrorKind.FILE_EXISTS, path=str(out))
    log = BundleLog(session.vault.conn)
    bundle_id = resolve_prefix(
        session.vault.conn,
        "incoming_bundles",
        "bundle_id",
        bundle_id,
        what=IdWhat.BUNDLE,
        normalise=lower_id,
        missing=lambda p: NotFound(ExchangeErrorKind.RECEIPT_NOTHING_IMPORTED, bundle_id=p),
    )
    incoming = log.get_incoming(bundle_id)
    if incoming is None or incoming.kind != "records":
        raise NotFound(ExchangeErrorKind.RECEIPT_NOTHING_IMPORTED, bundle_id=bundle_id)
    identity = ensure_identity(session)
    sender = TrustStore(session).get(incoming.sender_fingerprint)
    if sender.status(session.clock.today()) is not TrustState.TRUSTED:
        raise InvalidInput(ExchangeErrorKind.RECEIPT_SENDER_NOT_TRUSTED, sender=sender.name)
    # This terminal's audit-chain head, signed with its key, for the partner to keep.
    head, head_bytes, head_signature = signed_head(session, identity)
    body = dumps(
        {
            "format": "securedesk-receipt",
            "version": RECEIPT_VERSION,
            "receipt_for": bundle_id,
            "envelope_sha256": incoming.envelope_sha256,
            "imported_at": incoming.imported_at,
            "outcome": "imported",
            "counts": {k: v for k, v in incoming.counts.items() if isinstance(v, int)},
            "audit_checkpoint": {
                "checkpoint": head_bytes.decode("utf-8"),
                "signature": head_signature.decode("utf-8"),
            },
        }
    )
    with database.transaction(session.vault.conn) as conn:
        sequence = next_sequence(conn)
    now = session.clock.moment().replace(microsecond=0)
    header: dict[str, Any] = {
        "kind": "receipt",
        "bundle_id": str(uuid.uuid4()),
        "sequence": sequence,
        "created": now,
        "expires": now + timedelta(days=MAX_EXPIRY_DAYS),
        "highest_marking": Marking.OFFICIAL,
        "sender": sender_party(identity),
        "recipients": (Party(fingerprint=sender.fingerprint, age_recipient=sender.age_recipient),),
    }
    with staged_file(out) as (tmp, handle):
        written = write_bundle(
            handle,
            envelope=Envelope(**header),
            manifest=Manifest(**header, case_ids=()),
            signer=signer_of(identity),
            recipients=[sender.age_recipient],
            members=[("receipt.json", body)],
        )
        handle.flush()
        os.fsync(handle.fileno())
        with database.transaction(session.vault.conn) as conn:
            log = BundleLog(conn)
            log.add_outgoing(
                OutgoingBundle(
                    bundle_id=header["bundle_id"],
                    kind="receipt",
                    sequence=sequence,
                    recipients=[sender.fingerprint],
                    highest_marking=Marking.OFFICIAL.value,
                    created_at=session.clock.now(),
                    expires_at=header["expires"].isoformat(),
                    created_by=session.vault.user,
                    envelope_sha256=written.envelope_sha256,
                    counts={},
                    case_ids=[],
                    receipts=[],
                )
            )
            log.set_receipt_issued(bundle_id, session.clock.now())
            audit.record(
                conn,
                user=session.vault.user,
                category=Category.DISCLOSURE,
                action=AuditAction.RECEIPT_ISSUED,
                object_type="bundle",
                object_id=bundle_id,
                details={
                    "receipt": header["bundle_id"],
                    "to": sender.fingerprint,
                    "checkpoint": head.seq,
                },
            )
        place_replacing(tmp, out, handle)
    return ReceiptResult(header["bundle_id"], bundle_id, out, sender.fingerprint)


def record_receipt(conn: Any, session: Session, check: BundleCheck, data: bytes | None) -> str:
    """Record an incoming receipt against the bundle it acknowledges (inside the import's
    transaction)."""
    if data is None:
        raise BundleRejected(RefusalReason.RECEIPT_MISSING, ExchangeErrorKind.RECEIPT_ABSENT)
    where = "receipt.json"
    value = loads_object(data, limit=MAX_RECEIPT_BYTES, where=where)
    version = value.get("version")
    fields = _FIELDS_OF_VERSION.get(version) if type(version) is int else None
    if fields is None or set(value) != fields or value.get("format") != "securedesk-receipt":
        raise BundleRejected(
            RefusalReason.RECEIPT_INVALID, ExchangeErrorKind.RECEIPT_FIELDS_WRONG, where=where
        )
    carried = None
    if "audit_checkpoint" in value:
        carried = _carried_checkpoint(value["audit_checkpoint"], check)
    receipt_for = value["receipt_for"]
    log = BundleLog(conn)
    outgoing = log.get_outgoing(receipt_for) if isinstance(receipt_for, str) else None
    sender = check.sender_fingerprint
    if outgoing is None or outgoing.kind != "records" or sender not in outgoing.recipients:
        raise BundleRejected(
            RefusalReason.RECEIPT_UNKNOWN_BUNDLE, ExchangeErrorKind.RECEIPT_FOR_UNSENT_BUNDLE
        )
    if value["envelope_sha256"] != outgoing.envelope_sha256:
        raise BundleRejected(
            RefusalReason.RECEIPT_MISMATCH, ExchangeErrorKind.RECEIPT_OTHER_CONTENT
        )
    counts = value["counts"]
    if not isinstance(counts, dict) or not all(
        isinstance(k, str) and len(k) <= 40 and type(v) is int for k, v in counts.items()
    ):
        raise BundleRejected(
            RefusalReason.RECEIPT_INVALID, ExchangeErrorKind.RECEIPT_COUNTS_NOT_NUMBERS, where=where
        )
    if log.has_receipt(receipt_for, sender):
        raise BundleRejected(
            RefusalReason.RECEIPT_DUPLICATE, ExchangeErrorKind.RECEIPT_ALREADY_RECORDED
        )
    outcome = value["outcome"] if value["outcome"] in ("imported",) else "unknown"
    receipt_bundle = check.checked.envelope.bundle_id
    log.add_receipt(receipt_for, sender, receipt_bundle, outcome, session.clock.now(), counts)
    said = ""
    if carried is not None:
        cp, cp_bytes, cp_signature = carried
        PartnerCheckpointStore(conn).add(
            PartnerCheckpoint(
                receipt_bundle=receipt_bundle,
                from_fingerprint=sender,
                vault_id=cp.vault_id,
                seq=cp.seq,
                head_hash=cp.hash,
                at=cp.at,
                checkpoint=cp_bytes,
                signature=cp_signature,
                received_at=session.clock.now(),
            )
        )
        said = f" It carries that terminal's audit checkpoint at event {cp.seq}."
    audit.record(
        conn,
        user=session.vault.user,
        category=Category.COLLECTION,
        action=AuditAction.RECEIPT_RECORDED,
        object_type="bundle",
        object_id=receipt_for,
        details={
            "from": sender,
            "receipt": receipt_bundle,
            **({"checkpoint": carried[0].seq} if carried is not None else {}),
        },
    )
    return f"Receipt recorded: {check.sender_name} imported bundle {receipt_for}.{said}"


def _carried_checkpoint(value: object, check: BundleCheck) -> tuple[Checkpoint, bytes, bytes]:
    """The sender's audit checkpoint a receipt carries: two strings, FILE and FILE.minisig
    as `audit checkpoint` writes them, within their size limits, in the exact checkpoint
    format, and signed by the key that signed the receipt."""
    where = "receipt.json: audit_checkpoint"
    if not isinstance(value, dict) or set(value) != _CHECKPOINT_FIELDS:
        raise BundleRejected(
            RefusalReason.RECEIPT_INVALID, ExchangeErrorKind.RECEIPT_FIELDS_WRONG, where=where
        )
    text, signature = value["checkpoint"], value["signature"]
    try:
        if not isinstance(text, str) or not isinstance(signature, str):
            raise CheckpointMalformed
        data, sig = text.encode("utf-8"), signature.encode("utf-8")
        cp = verify_carried(data, sig, check.checked.sender.minisign_public, where)
    except CheckpointMalformed:
        raise BundleRejected(
            RefusalReason.RECEIPT_INVALID,
            ExchangeErrorKind.RECEIPT_CHECKPOINT_MALFORMED,
            where=where,
        ) from None
    except BundleRejected:
        raise BundleRejected(
            RefusalReason.RECEIPT_INVALID,
            ExchangeErrorKind.RECEIPT_CHECKPOINT_NOT_SIGNED,
            where=where,
        ) from None
    return cp, data, sig
