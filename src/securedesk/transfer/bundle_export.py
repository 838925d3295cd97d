"""Exporting cases to trusted partner terminals as one signed, encrypted bundle file."""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from securedesk.core.access import Permission
from securedesk.core.atomic_file import place_replacing, staged_file
from securedesk.core.audit import chain as audit
from securedesk.core.audit.audit_actions import ActionTemplate, AuditAction, compose
from securedesk.core.audit.chain import Category, Outcome
from securedesk.core.error_kinds import Detail
from securedesk.core.errors import (
    BundleRefused,
    InvalidInput,
    SecureDeskError,
    VaultDamaged,
)
from securedesk.core.markings import Marking, highest
from securedesk.core.session import Session
from securedesk.core.unit_of_work import OnCase
from securedesk.core.vault import database
from securedesk.transfer.bundle_log_store import BundleLog, OutgoingBundle
from securedesk.transfer.bundle_reader import Cancelled
from securedesk.transfer.bundle_writer import (
    Member,
    PayloadCounts,
    Signer,
    record_files,
    write_bundle,
)
from securedesk.transfer.envelope import Envelope, Manifest, Party
from securedesk.transfer.export_caveats import plan_caveats
from securedesk.transfer.fingerprint import normalise_fingerprint
from securedesk.transfer.identity import TerminalIdentity, ensure_identity, next_sequence
from securedesk.transfer.limits import (
    DEFAULT_EXPIRY_DAYS,
    MAX_CASES,
    MAX_EXPIRY_DAYS,
    MAX_RECIPIENTS,
)
from securedesk.transfer.records import canonical_json, case_records
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.transfer_error_kinds import ExchangeErrorKind
from securedesk.transfer.trust_state import TrustState
from securedesk.transfer.trust_store import TrustedTerminal, TrustStore

# (stage, done, total): stage is "cases" (records written, by case) or "attachments".
ExportProgress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ExportResult:
    bundle_id: str
    sequence: int
    out: Path
    file_size: int
    highest_marking: Marking
    recipients: list[str]
    cases: int
    records: int
    attachments: int
    expires: datetime
    counts: dict[str, int] = field(default_factory=dict)
    # case ref -> how many of its items their handling caveats kept out (cases with some)
    withheld: dict[str, int] = field(default_factory=dict)
    released: list[str] = field(default_factory=list)  # item ids an override let go

    @property
    def items_withheld(self) -> int:
        return sum(self.withheld.values())


def sender_party(identity: TerminalIdentity) -> Party:
    return Party(
        fingerprint=identity.fingerprint,
        minisign_key_id=identity.minisign_key_id[::-1].hex().upper(),
        name=identity.name,
        organisation=identity.organisation,
        age_recipient=identity.age_recipient,
    )


def signer_of(identity: TerminalIdentity) -> Signer:
    return Signer(identity.minisign_secret, identity.minisign_key_id)


# Why a recipient that is not currently trusted is refused, and what the officer is told.
_RECIPIENT_REFUSALS = {
    TrustState.EXPIRED: (
        RefusalReason.RECIPIENT_EXPIRED,
        ExchangeErrorKind.EXPORT_RECIPIENT_EXPIRED,
    ),
    TrustState.REVOKED: (
        RefusalReason.RECIPIENT_REVOKED,
        ExchangeErrorKind.EXPORT_RECIPIENT_REVOKED,
    ),
}


def checked_recipients(
    session: Session, identity: TerminalIdentity, fingerprints: list[str]
) -> list[TrustedTerminal]:
    """The trusted, current recipients the officer named, each once."""
    if not fingerprints:
        raise InvalidInput(ExchangeErrorKind.EXPORT_NO_RECIPIENT)
    if len(fingerprints) > MAX_RECIPIENTS:
        raise InvalidInput(ExchangeErrorKind.EXPORT_TOO_MANY_RECIPIENTS, limit=MAX_RECIPIENTS)
    store = TrustStore(session)
    today = session.clock.today()
    chosen: dict[str, TrustedTerminal] = {}
    for text in fingerprints:
        fingerprint = normalise_fingerprint(text)
        if fingerprint == identity.fingerprint:
            raise InvalidInput(ExchangeErrorKind.EXPORT_TO_ITSELF)
        terminal = store.get(fingerprint)
        status = terminal.status(today)
        if status is not TrustState.TRUSTED:
            reason, kind = _RECIPIENT_REFUSALS[status]
            raise BundleRefused(reason, kind, recipient=terminal.name, fingerprint=fingerprint)
        chosen[fingerprint] = terminal
    return list(chosen.values())


def export_bundle(
    session: Session,
    *,
    recipients: list[str],
    case_refs: list[str],
    out: Path,
    expires_in_days: int = DEFAULT_EXPIRY_DAYS,
    progress: ExportProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
    overrides: Mapping[str, str] | None = None,
    strict: bool = False,
) -> ExportResult:
    """Write the chosen cases to `out` for `recipients`; record the disclosure and transfer.

    Refused before anything is written: missing permission, an existing file, a recipient that
    is unknown, expired or revoked, a case above the exporter's clearance or above any
    recipient's ceiling, an override the policy or the item does not allow, and in `strict`
    mode a case with an item its handling caveats keep from a recipient. Otherwise such
    items are left out and counted (see export_caveats); `overrides` (item id ->
    justification) releases some, each recorded.
    """
    session.require(Permission.EXPORT, object_type="bundle", object_id="export")
    if not 1 <= expires_in_days <= MAX_EXPIRY_DAYS:
        raise InvalidInput(ExchangeErrorKind.EXPORT_EXPIRY_DAYS, limit=MAX_EXPIRY_DAYS)
    if out.exists():
        raise InvalidInput(ExchangeErrorKind.FILE_EXISTS, path=str(out))
    refs = list(dict.fromkeys(case_refs))
    if not refs:
        raise InvalidInput(ExchangeErrorKind.EXPORT_NO_CASE)
    if len(refs) > MAX_CASES:
        raise InvalidInput(ExchangeErrorKind.EXPORT_TOO_MANY_CASES, limit=MAX_CASES)
    # The gate first, for every case: the transfer officer's duty is grounds to export a
    # case they do not own; clearance and the terminal ceiling still hold (refusals are
    # recorded), and nothing about recipients is looked at for a case they may not send.
    export_duty = Permission.EXPORT
    granted = [session.gate(OnCase(ref, duty=True, purpose="export"), export_duty) for ref in refs]
    identity = ensure_identity(session)
    targets = checked_recipients(session, identity, recipients)
    store = session.store
    case_ids: list[str] = []
    for ref, grant in zip(refs, granted, strict=True):
        case_id, marking = grant.case.id, grant.case.marking
        try:
            for target in targets:
                if marking > target.ceiling:
                    raise BundleRefused(
                        RefusalReason.ABOVE_RECIPIENT_CEILING,
                        ExchangeErrorKind.EXPORT_ABOVE_RECIPIENT_CEILING,
                        ref=ref,
                        marking=marking.value,
                        recipient=target.name,
                        fingerprint=target.fingerprint,
                        ceiling=target.ceiling.value,
                    )
        except SecureDeskError as exc:
            session.record_refusal(
                compose(
                    ActionTemplate.BUNDLE_EXPORT_REFUSED,
                    reason=str(getattr(exc, "reason", "refused")),
                ),
                "case",
                case_id,
            )
            raise
        case_ids.append(case_id)
    plan = plan_caveats(
        session, list(zip(case_ids, refs, strict=True)), targets, overrides or {}, strict=strict
    )
    # The bundle's marking is that of what it carries: a withheld item's marking stays here.
    top = highest(plan.markings[c] for c in case_ids)

    with database.transaction(session.vault.conn) as conn:
        sequence = next_sequence(conn)
    now = session.clock.moment().replace(microsecond=0)
    sender = sender_party(identity)
    header = {
        "kind": "records",
        "bundle_id": str(uuid.uuid4()),
        "sequence": sequence,
        "created": now,
        "expires": now + timedelta(days=expires_in_days),
        "highest_marking": top,
        "sender": sender,
        "recipients": tuple(
            Party(fingerprint=t.fingerprint, age_recipient=t.age_recipient) for t in targets
        ),
    }
    manifest = Manifest(
        **header,  # type: ignore[arg-type]
        case_ids=tuple(case_ids),
        withheld=plan.by_case(),
    )
    envelope = Envelope(**header)  # type: ignore[arg-type]
    counts = PayloadCounts()
    by_type: dict[str, int] = {}

    def check_cancel() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()

    attachments: dict[str, str] = {}  # sha256 -> an attachment id holding those bytes
    shared: set[str] = set()  # people and links already in the bundle (cases share subjects)

    def lines() -> Iterator[bytes]:
        for done, case_id in enumerate(case_ids):
            check_cancel()
            records = case_records(
                session.vault.conn, case_id, exclude=shared, withhold=plan.withheld[case_id]
            )
            for record in records:
                kind = record["type"]
                by_type[kind] = by_type.get(kind, 0) + 1
                if kind == "attachment":
                    attachments.setdefault(record["sha256"], record["id"])
                yield canonical_json(record)
            if progress is not None:
                progress("cases", done + 1, len(case_ids))

    def members() -> Iterator[Member]:
        yield from record_files(lines(), counts)
        for done, (sha, attachment_id) in enumerate(attachments.items()):
            check_cancel()
            data = store.attachment_data(attachment_id)
            digest = hashlib.sha256(data).hexdigest()  # the sums' hash too: hashed once
            if digest != sha:
                raise VaultDamaged(
                    str(session.vault.db_path(session.vault.folder)),
                    Detail.ATTACHMENT_HASH_MISMATCH,
                    attachment_id=attachment_id,
                )
            counts.attachments += 1
            counts.attachment_bytes += len(data)
            yield f"attachments/{sha}", data, digest
            if progress is not None:
                progress("attachments", done + 1, len(attachments))

    with staged_file(out) as (tmp, handle):
        written = write_bundle(
            handle,
            envelope=envelope,
            manifest=manifest,
            signer=signer_of(identity),
            recipients=[t.age_recipient for t in targets],
            members=members(),
        )
        handle.flush()
        os.fsync(handle.fileno())
        summary = {
            "cases": len(case_ids),
            "records": counts.records,
            "attachments": counts.attachments,
            "attachment_bytes": counts.attachment_bytes,
            **{f"records_{k}": v for k, v in sorted(by_type.items())},
            "items_withheld": plan.total,
            "items_released": len(plan.released),
        }
        fingerprints = [t.fingerprint for t in targets]
        with database.transaction(session.vault.conn) as conn:
            BundleLog(conn).add_outgoing(
                OutgoingBundle(
                    bundle_id=envelope.bundle_id,
                    kind="records",
                    sequence=sequence,
                    recipients=fingerprints,
                    highest_marking=top.value,
                    created_at=session.clock.now(),
                    expires_at=header["expires"].isoformat(),  # type: ignore[attr-defined]
                    created_by=session.vault.user,
                    envelope_sha256=written.envelope_sha256,
                    counts=summary,
                    case_ids=case_ids,
                    receipts=[],
                )
            )
            audit.record(
                conn,
                user=session.vault.user,
                category=Category.DISCLOSURE,
                action=AuditAction.BUNDLE_EXPORTED,
                object_type="bundle",
                object_id=envelope.bundle_id,
                details={"sequence": sequence, "recipients": fingerprints, **summary},
            )
            for case_id in case_ids:
                audit.record(
                    conn,
                    user=session.vault.user,
                    category=Category.DISCLOSURE,
                    action=AuditAction.CASE_EXPORTED_IN_BUNDLE,
                    object_type="case",
                    object_id=case_id,
                    details={
                        "bundle": envelope.bundle_id,
                        "recipients": fingerprints,
                        "items_withheld": plan.count(case_id),
                    },
                )
            for released in plan.released:
                audit.record(
                    conn,
                    user=session.vault.user,
                    category=Category.DISCLOSURE,
                    action=AuditAction.ITEM_RELEASED_UNDER_CAVEAT_OVERRIDE,
                    object_type="item",
                    object_id=released.item_id,
                    justification=released.justification,
                    details={
                        "case": released.case_id,
                        "bundle": envelope.bundle_id,
                        "recipients": fingerprints,
                        "caveats": released.codes,
                    },
                )
        try:
            place_replacing(tmp, out, handle)
        except OSError as exc:
            with database.transaction(session.vault.conn) as conn:
                audit.record(
                    conn,
                    user=session.vault.user,
                    category=Category.DISCLOSURE,
                    action=AuditAction.BUNDLE_FILE_NOT_WRITTEN,
                    object_type="bundle",
                    object_id=envelope.bundle_id,
                    outcome=Outcome.FAILED,
                )
            raise InvalidInput(ExchangeErrorKind.EXPORT_NOT_MOVED, os_error=exc.strerror) from None
    return ExportResult(
        bundle_id=envelope.bundle_id,
        sequence=sequence,
        out=out,
        file_size=written.file_size,
        highest_marking=top,
        recipients=fingerprints,
        cases=len(case_ids),
        records=counts.records,
        attachments=counts.attachments,
        expires=header["expires"],  # type: ignore[arg-type]
        counts=summary,
        withheld={
            ref: plan.count(c) for c, ref in zip(case_ids, refs, strict=True) if plan.count(c)
        },
        released=[r.item_id for r in plan.released],
    )
