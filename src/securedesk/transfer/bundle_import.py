"""Checking, previewing and importing bundles (and receipts) that arrive at this terminal.

Every refusal is recorded in the audit chain, in a transaction of its own, and is the only
change a refused bundle makes. An import is one transaction: records, provenance, the
incoming-bundle row and the audit events commit together after the last hash checked out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from securedesk.core import storage_faults
from securedesk.core.access import Permission
from securedesk.core.audit import chain as audit
from securedesk.core.audit.audit_actions import ActionTemplate, AuditAction, compose
from securedesk.core.audit.chain import Category
from securedesk.core.errors import BundleRefused, BundleRejected, InvalidInput
from securedesk.core.session import Session
from securedesk.core.vault import database
from securedesk.transfer import receipts
from securedesk.transfer.bundle_log_store import BundleLog, IncomingBundle
from securedesk.transfer.bundle_reader import (
    CheckedBundle,
    PayloadParser,
    decrypt_payload,
    verify_bundle,
)
from securedesk.transfer.conflict_store import reason_words
from securedesk.transfer.contact_card import ContactCard
from securedesk.transfer.envelope import Envelope, Manifest
from securedesk.transfer.identity import TerminalIdentity, ensure_identity
from securedesk.transfer.import_owner import owner_of_new_cases
from securedesk.transfer.import_preview import ImportPreview, Provenance
from securedesk.transfer.incoming_people import likely_local_people
from securedesk.transfer.limits import MAX_RECORDS
from securedesk.transfer.record_import import RecordImporter
from securedesk.transfer.record_write_store import item_search_index_deferred
from securedesk.transfer.records import parse_record, record_marking
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.transfer_error_kinds import TransferErrorKind, where_data
from securedesk.transfer.trust_state import TrustState
from securedesk.transfer.trust_store import TrustStore

# (stage, done, total): "verify" (bytes hashed) or "decrypt" (bytes decrypted), totals in bytes.
ImportProgress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class BundleCheck:
    """What verification established, for the officer to see before going further."""

    checked: CheckedBundle
    sender_name: str
    sender_organisation: str
    sender_fingerprint: str
    addressed_here: bool
    already_imported: IncomingBundle | None
    older_than: int  # the highest sequence already imported from this sender

    @property
    def envelope(self) -> Envelope:
        return self.checked.envelope

    @property
    def is_older(self) -> bool:
        return self.checked.envelope.sequence <= self.older_than

    def to_json(self) -> dict[str, Any]:
        e = self.checked.envelope
        return {
            "bundle_id": e.bundle_id,
            "kind": e.kind,
            "sequence": e.sequence,
            "created": e.created.isoformat(),
            "expires": e.expires.isoformat(),
            "highest_marking": e.highest_marking.value,
            "sender": {
                "name": self.sender_name,
                "organisation": self.sender_organisation,
                "fingerprint": self.sender_fingerprint,
            },
            "recipients": e.recipient_fingerprints(),
            "payload_bytes": e.payload_size,
            "envelope_sha256": self.checked.envelope_sha256,
            "addressed_here": self.addressed_here,
            "already_imported": self.already_imported is not None,
            "older_sequence": self.is_older,
        }


@dataclass(frozen=True)
class ImportOutcome:
    check: BundleCheck
    preview: ImportPreview | None  # None for a receipt or a bundle imported before
    imported: bool
    message: str


def _refusal_recorded(
    session: Session, bundle_id: str, exc: BundleRejected | BundleRefused
) -> None:
    session.record_refusal(
        AuditAction.BUNDLE_REFUSED,
        "bundle",
        bundle_id,
        category=Category.COLLECTION,
        details={"reason": exc.reason},
    )


@contextmanager
def _refusals_audited(session: Session, bundle_id: Callable[[], str]) -> Iterator[None]:
    try:
        yield
    except (BundleRejected, BundleRefused) as exc:
        _refusal_recorded(session, bundle_id(), exc)
        raise


def check_bundle(
    session: Session,
    path: Path,
    progress: ImportProgress | None = None,
    *,
    permission: Permission = Permission.IMPORT,
) -> BundleCheck:
    """Verify a bundle against the trust store (no decryption)."""
    return _check(session, path, progress, permission)[0]


def _check(
    session: Session,
    path: Path,
    progress: ImportProgress | None,
    permission: Permission = Permission.IMPORT,
) -> tuple[BundleCheck, TerminalIdentity]:
    """check_bundle, and this terminal's identity that it looked up on the way."""
    session.require(permission, object_type="bundle", object_id="verify")
    identity = ensure_identity(session)
    store = TrustStore(session)
    with _refusals_audited(session, lambda: "unidentified"):
        checked = verify_bundle(
            path,
            store.by_key_id,
            session.clock.moment(),
            None if progress is None else lambda d, t: progress("verify", d, t),
        )
    envelope = checked.envelope
    log = BundleLog(session.vault.conn)
    check = BundleCheck(
        checked=checked,
        sender_name=checked.sender.name,
        sender_organisation=checked.sender.organisation,
        sender_fingerprint=checked.sender.fingerprint,
        addressed_here=identity.fingerprint in envelope.recipient_fingerprints(),
        already_imported=log.get_incoming(envelope.bundle_id),
        older_than=log.highest_sequence_from(checked.sender.fingerprint),
    )
    return check, identity


class _CardSender:
    """A contact card shown at the checkpoint stands in for a trust-store entry: whoever
    presents it has just checked its fingerprint, so it counts as trusted for this check."""

    def __init__(self, card: ContactCard) -> None:
        self.fingerprint = card.fingerprint
        self.minisign_public = card.minisign_public
        self.name = card.name
        self.organisation = card.organisation

    def status(self, today: date) -> TrustState:
        return TrustState.TRUSTED


def verify_with_card(path: Path, card: ContactCard) -> CheckedBundle:
    """The checkpoint's check with the sender's contact card instead of a vault."""
    sender = _CardSender(card)
    return verify_bundle(path, lambda key_id: sender, datetime.now(UTC))


class _Consumer:
    """Hands the payload's contents to the record importer (or the receipt recorder)."""

    def __init__(
        self, session: Session, check: BundleCheck, importer: RecordImporter | None
    ) -> None:
        self.session = session
        self.check = check
        self.importer = importer
        self.records = 0
        self.receipt_data: bytes | None = None
        self.manifest_seen: Manifest | None = None
        self._limit = int(session.attachments.limit_bytes())

    def manifest(self, manifest: Manifest) -> None:
        self.manifest_seen = manifest

    def record_line(self, line: bytes, where: str) -> None:
        self.records += 1
        if self.records > MAX_RECORDS:
            raise BundleRejected(
                RefusalReason.TOO_MANY_RECORDS,
                TransferErrorKind.RECORDS_OVER_LIMIT,
                limit=MAX_RECORDS,
            )
        assert self.importer is not None
        record = parse_record(line, where)
        declared = self.check.checked.envelope.highest_marking
        if record_marking(record) > declared:
            raise BundleRejected(
                RefusalReason.MARKING_UNDERSTATED,
                TransferErrorKind.RECORD_ABOVE_ENVELOPE,
                **where_data(where),
                declared=declared.value,
            )
        self.importer.add(record, where)

    def attachment(self, sha256: str, data: bytes, where: str) -> None:
        assert self.importer is not None
        self.importer.add_attachment_data(sha256, data, where)

    def attachment_limit(self) -> int:
        return self._limit

    def receipt(self, data: bytes) -> None:
        self.receipt_data = data


def _policy_checks(session: Session, check: BundleCheck, accept_older: bool) -> None:
    envelope = check.checked.envelope
    if not check.addressed_here:
        raise BundleRejected(
            RefusalReason.NOT_ADDRESSED_HERE,
            TransferErrorKind.BUNDLE_FOR_OTHERS,
            bundle_id=envelope.bundle_id,
        )
    ceiling = session.ceiling
    if envelope.highest_marking > ceiling:
        raise BundleRefused(
            RefusalReason.ABOVE_CEILING,
            TransferErrorKind.BUNDLE_ABOVE_CEILING,
            bundle_id=envelope.bundle_id,
            marking=envelope.highest_marking.value,
            ceiling=ceiling.value,
        )
    if check.is_older and not accept_older and check.already_imported is None:
        raise BundleRefused(
            RefusalReason.OLDER_SEQUENCE,
            TransferErrorKind.BUNDLE_OLDER,
            bundle_id=envelope.bundle_id,
            sequence=envelope.sequence,
            sender=check.sender_name,
            older=check.older_than,
        )


def _read_payload(
    session: Session,
    identity: TerminalIdentity,
    check: BundleCheck,
    *,
    apply: bool,
    progress: ImportProgress | None,
    cancelled: Callable[[], bool] | None,
    owner: str = "",
) -> _Consumer:
    envelope = check.checked.envelope
    importer = None
    if envelope.kind == "records":
        importer = RecordImporter(
            session.vault.conn,
            Provenance(
                envelope.bundle_id,
                check.sender_fingerprint,
                session.clock.now(),
                check.sender_name,
                check.sender_organisation,
            ),
            apply=apply,
            ceiling=session.ceiling,
            ref_prefix=session.policy()["case_ref_prefix"],
            importing_user=owner or session.vault.user,  # who owns the cases it creates
        )
    consumer = _Consumer(session, check, importer)
    parser = PayloadParser(
        check.checked,
        consumer,
        (identity.fingerprint, identity.age_recipient),
        None if progress is None else lambda n: progress("decrypt", n, envelope.payload_size),
        cancelled,
    )
    decrypt_payload(check.checked, identity.age_identity, parser)
    return consumer


def inspect_bundle(
    session: Session,
    path: Path,
    *,
    progress: ImportProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
    owner: str | None = None,
) -> tuple[BundleCheck, ImportPreview | None]:
    """Decrypt and check everything, and say what an import would do. Changes nothing but
    the audit chain (the inspection is recorded as a consultation of the bundle). `owner`:
    who would own the cases it creates (default: the importing user; import_owner.py)."""
    check, identity = _check(session, path, progress)
    envelope = check.checked.envelope
    new_owner = owner_of_new_cases(session, envelope.highest_marking, owner)
    with _refusals_audited(session, lambda: envelope.bundle_id):
        _policy_checks(session, check, accept_older=True)
        with database.transaction(session.vault.conn) as conn:
            consumer = _read_payload(
                session,
                identity,
                check,
                apply=False,
                progress=progress,
                cancelled=cancelled,
                owner=new_owner.name,
            )
            preview = consumer.importer.finish() if consumer.importer else None
            if preview is not None:
                preview.owner = new_owner
            audit.record(
                conn,
                user=session.vault.user,
                category=Category.CONSULTATION,
                action=AuditAction.BUNDLE_INSPECTED,
                object_type="bundle",
                object_id=envelope.bundle_id,
                details={"sender": check.sender_fingerprint, "sequence": envelope.sequence},
            )
    if preview is not None and consumer.importer is not None:
        preview.likely_people = likely_local_people(session, consumer.importer.incoming_people)
    return check, preview


def import_bundle(
    session: Session,
    path: Path,
    *,
    accept_older: bool = False,
    expected_envelope_sha256: str | None = None,
    progress: ImportProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
    owner: str | None = None,
) -> ImportOutcome:
    """Import all of a bundle or nothing. A bundle imported before changes nothing. `owner`:
    who owns the cases it creates (default: the importing user; import_owner.py)."""
    check, identity = _check(session, path, progress)
    envelope = check.checked.envelope
    new_owner = owner_of_new_cases(session, envelope.highest_marking, owner)
    if expected_envelope_sha256 and expected_envelope_sha256 != check.checked.envelope_sha256:
        raise InvalidInput(TransferErrorKind.BUNDLE_CHANGED_SINCE_PREVIEW)
    with _refusals_audited(session, lambda: envelope.bundle_id):
        _policy_checks(session, check, accept_older)
    if check.already_imported is not None:
        earlier = check.already_imported
        with database.transaction(session.vault.conn) as conn:
            audit.record(
                conn,
                user=session.vault.user,
                category=Category.COLLECTION,
                action=AuditAction.BUNDLE_ALREADY_IMPORTED,
                object_type="bundle",
                object_id=envelope.bundle_id,
                details={"imported_at": earlier.imported_at},
            )
        return ImportOutcome(
            check,
            None,
            imported=False,
            message=f"Bundle {envelope.bundle_id} was already imported on "
            f"{earlier.imported_at[:16].replace('T', ' ')} by {earlier.imported_by}; "
            "nothing changed.",
        )
    # Room for the bundle's records and attachments twice (the WAL, then the database) and
    # SQLite's working margin, checked before any work: a full disk is refused early with
    # its own message, never met half-way through (issue 12).
    storage_faults.require_free_space(
        session.vault.folder, 2 * envelope.payload_size + storage_faults.WORKING_MARGIN_BYTES
    )
    with (
        _refusals_audited(session, lambda: envelope.bundle_id),
        database.transaction(session.vault.conn) as conn,
    ):
        log = BundleLog(conn)
        # The bundle's row first: every provenance and conflict row refers to it.
        log.add_incoming(
            IncomingBundle(
                bundle_id=envelope.bundle_id,
                kind=envelope.kind,
                sender_fingerprint=check.sender_fingerprint,
                sequence=envelope.sequence,
                created_at=envelope.created.isoformat(),
                imported_at=session.clock.now(),
                imported_by=session.vault.user,
                envelope_sha256=check.checked.envelope_sha256,
                accepted_older=check.is_older,
                counts={},
                receipt_issued_at=None,
            )
        )
        with item_search_index_deferred(conn):
            consumer = _read_payload(
                session,
                identity,
                check,
                apply=True,
                progress=progress,
                cancelled=cancelled,
                owner=new_owner.name,
            )
            preview = consumer.importer.finish() if consumer.importer else None
            if preview is not None:
                preview.owner = new_owner
        if preview is not None:
            totals = preview.to_json()["totals"]
            log.set_incoming_counts(envelope.bundle_id, totals)
        if envelope.kind == "receipt":
            message = receipts.record_receipt(conn, session, check, consumer.receipt_data)
        else:
            assert preview is not None
            message = _record_import(conn, session, check, preview, totals)
    return ImportOutcome(check, preview, imported=True, message=message)


def _record_import(
    conn: Any,
    session: Session,
    check: BundleCheck,
    preview: ImportPreview,
    totals: dict[str, int],
) -> str:
    envelope = check.checked.envelope
    reasons = dict(sorted(preview.conflict_reasons.items()))
    audit.record(
        conn,
        user=session.vault.user,
        category=Category.COLLECTION,
        action=AuditAction.BUNDLE_IMPORTED,
        object_type="bundle",
        object_id=envelope.bundle_id,
        details={
            "sender": check.sender_fingerprint,
            "sequence": envelope.sequence,
            "accepted_older": check.is_older,
            **totals,
            # Why records were set aside (codes and counts), when any were.
            **({"conflict_reasons": reasons} if reasons else {}),
        },
    )
    for case in preview.cases:
        audit.record(
            conn,
            user=session.vault.user,
            category=Category.COLLECTION,
            action=compose(ActionTemplate.CASE_FROM_BUNDLE, outcome=case.outcome),
            object_type="case",
            object_id=case.case_id,
            details={"bundle": envelope.bundle_id, "sender": check.sender_fingerprint},
        )
    return (
        f"Imported bundle {envelope.bundle_id} from {check.sender_name}: "
        f"{totals.get('created', 0)} created, {totals.get('updated', 0)} updated, "
        f"{totals.get('unchanged', 0)} unchanged, {totals.get('conflicts', 0)} conflict(s) kept "
        f"for review{_reasons_said(reasons)}."
    )


def _reasons_said(reasons: dict[str, int]) -> str:
    """' (another terminal's record: 2; lowers the marking: 1)', or ''."""
    if not reasons:
        return ""
    return f" ({'; '.join(f'{reason_words(r)}: {n}' for r, n in reasons.items())})"
