"""Planning and applying a bundle's records: each incoming record is matched by its global
id and created, updated, left unchanged or kept aside as a conflict, with its provenance.

The importer is fed records one at a time in bundle order and remembers only ids (and a
few small maps), never the records themselves, so memory stays flat whatever the bundle's
size. It never commits: the caller runs the whole bundle in one transaction.

Decisions, in brief:
- A case's ref is local. The sender's ref is kept when it is free here; when another case
  holds it, the case gets the next ref of this vault's prefix (shown in the preview). A
  ref never changes on a later import, so the sender's ref is not compared.
- A case's owner is a user name on the sender's terminal. It is kept when this vault has a
  user of that name, and otherwise stored as "" (unallocated: in nobody's caseload). Action
  owners are free text in this vault (a person, role or service) and are kept as sent.
- The records compared and hashed are the incoming ones in their local form: ref and owner
  as this vault holds them, action updates and assessment scores in the order the vault
  reads them back. Provenance keeps the SHA-256 of that form, so an untouched record hashes
  to it and a locally edited one does not.
- A record whose incoming version is the one last imported here is unchanged for this
  import even when edited locally since: nothing new arrived, and the local edit stands.
- Only people, cases and actions are updated in place. Items (append-only), chronology
  entries, assessments, attachments and person links that differ are conflicts.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from securedesk.core.cases.attachment_types import identify
from securedesk.core.domain import new_id
from securedesk.core.errors import BundleRefused, BundleRejected, InvalidInput
from securedesk.core.markings import Marking
from securedesk.core.storage import Storage
from securedesk.core.vault.database import Connection
from securedesk.transfer.bundle_log_store import BundleLog
from securedesk.transfer.conflict_store import ConflictStore
from securedesk.transfer.provenance_store import ProvenanceStore
from securedesk.transfer.record_read_store import RecordReadStore
from securedesk.transfer.record_write_store import RecordWriteStore
from securedesk.transfer.records import (
    ATTACHMENT_KINDS,
    RECORD_TYPES,
    Record,
    canonical_json,
    content_sha256,
    record_marking,
)
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.transfer_error_kinds import RECORD_NOUNS, TransferErrorKind, where_data

OUTCOMES = ("create", "update", "unchanged", "conflict")
MUTABLE_TYPES = frozenset({"person", "case", "action"})
MAX_PREVIEW_CASES = 10_000
UNALLOCATED_OWNER = ""

_NUMBERED_REF = re.compile(r"(.*-)(\d+)")


@dataclass(frozen=True)
class Provenance:
    bundle_id: str
    sender_fingerprint: str
    received_at: str  # UTC ISO time


@dataclass
class CasePreview:
    """One case of the bundle: what happens to its own record, and to all of its records."""

    case_id: str
    ref: str  # as it is (or will be) here
    sender_ref: str
    outcome: str  # create | update | unchanged | conflict
    counts: Counter[str] = field(default_factory=Counter)  # outcome -> records of the case

    @property
    def ref_changed(self) -> bool:
        return self.ref != self.sender_ref

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.case_id,
            "ref": self.ref,
            "sender_ref": self.sender_ref,
            "ref_changed": self.ref_changed,
            "outcome": self.outcome,
            "counts": {o: self.counts[o] for o in OUTCOMES},
        }


@dataclass
class ImportPreview:
    creates: Counter[str] = field(default_factory=Counter)  # by record type
    updates: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    conflicts: Counter[str] = field(default_factory=Counter)
    cases: list[CasePreview] = field(default_factory=list)  # at most MAX_PREVIEW_CASES
    more_cases: int = 0  # cases of the bundle left out of `cases`
    attachments_bytes: int = 0  # bytes of the attachments created

    def counter(self, outcome: str) -> Counter[str]:
        return {
            "create": self.creates,
            "update": self.updates,
            "unchanged": self.unchanged,
            "conflict": self.conflicts,
        }[outcome]

    @property
    def changes_nothing(self) -> bool:
        """Every record is already here as sent: nothing to create, update or set aside."""
        return not (+self.creates or +self.updates or +self.conflicts)

    def to_json(self) -> dict[str, Any]:
        def by_type(counter: Counter[str]) -> dict[str, int]:
            """Only the types that occur, in dependency order."""
            return {t: counter[t] for t in RECORD_TYPES if counter[t]}

        return {
            "totals": {
                "created": self.creates.total(),
                "updated": self.updates.total(),
                "unchanged": self.unchanged.total(),
                "conflicts": self.conflicts.total(),
            },
            "creates": by_type(self.creates),
            "updates": by_type(self.updates),
            "unchanged": by_type(self.unchanged),
            "conflicts": by_type(self.conflicts),
            "cases": [c.to_json() for c in self.cases],
            "more_cases": self.more_cases,
            "attachments_bytes": self.attachments_bytes,
            "changes_nothing": self.changes_nothing,
        }


@dataclass
class _AwaitedBytes:
    """Attachment records of one SHA-256 whose bytes have not arrived yet."""

    size: int
    media_types: set[str]
    fill_ids: list[str]  # attachments created (apply mode) that wait for these bytes
    held_here: bool = False  # once the bytes arrive, the vault holds them


class RecordImporter:
    """Fed records one at a time, in bundle order. In 'plan' mode it only reads the vault and
    builds the preview; in 'apply' mode it also writes. The caller owns the transaction (one
    for the whole bundle, rolled back on any error); nothing here commits.

    Records must come from `records.parse_record`. In apply mode the bundle's row in
    incoming_bundles must exist by the time the caller commits (before or after finish()).
    """

    def __init__(
        self,
        conn: Connection,
        provenance: Provenance,
        *,
        apply: bool,
        ceiling: Marking,
        ref_prefix: str,
        importing_user: str,
    ) -> None:
        self.reads = RecordReadStore(conn)
        self.writes = RecordWriteStore(conn)
        self.origins = ProvenanceStore(conn)
        self.set_aside = ConflictStore(conn)
        self.cases = Storage(conn)
        self.provenance = provenance
        self.apply = apply
        self.ceiling = ceiling
        self.ref_prefix = ref_prefix
        self.importing_user = importing_user
        self.preview = ImportPreview()
        if apply:
            if not conn.in_transaction:
                raise ValueError("Records are applied inside the caller's transaction.")
            if not BundleLog(conn).has_incoming(provenance.bundle_id):
                # Provenance and conflicts refer to the bundle's row in incoming_bundles,
                # which the caller may write after finish() (with the preview's counts):
                # the reference is then checked at commit instead.
                self.writes.defer_foreign_keys()
        # Ids met so far in the bundle. People and cases are kept apart because records
        # refer to them; an item keeps the number of its case (a superseded item must be of
        # the same case); other ids only guard against duplicates.
        self._people: set[str] = set()
        self._case_index: dict[str, int] = {}
        self._items: dict[str, int] = {}
        self._case_numbers: dict[str, int] = {}  # case id -> a small number, for _items
        self._others: set[str] = set()
        self._refs_taken: set[str] = set()  # refs given to cases created by this bundle
        self._ref_numbers: dict[str, int] = {}  # ref stem -> highest number given here
        self._users: dict[str, bool] = {}
        self._case_markings: dict[str, Marking] = {}  # overall marking of cases written to
        self._case_previews: dict[str, CasePreview] = {}
        self._people_outcomes: Counter[str] = Counter()  # people and links before a case
        self._awaited: dict[str, _AwaitedBytes] = {}
        self._received: set[str] = set()  # SHA-256 of bytes that arrived
        self._held: set[str] = set()  # ... and that the vault holds after this import

    # -- feeding --------------------------------------------------------------------------

    def add(self, record: Record, where: str) -> None:
        kind: str = record["type"]
        rid: str = record["id"]
        if self._seen(rid):
            raise BundleRejected(
                RefusalReason.DUPLICATE_RECORD,
                TransferErrorKind.RECORD_REPEATED,
                **where_data(where),
                record=RECORD_NOUNS[kind][0],
            )
        marking = record_marking(record)
        if marking > self.ceiling:
            raise BundleRefused(
                RefusalReason.ABOVE_CEILING,
                TransferErrorKind.RECORD_ABOVE_CEILING,
                **where_data(where),
                a_record=RECORD_NOUNS[kind][1],
                marking=marking.value,
                ceiling=self.ceiling.value,
            )
        self._check_references(record, where)
        self._remember(record)

        local = self._local_form(record)
        outcome, existing = self._outcome(local)
        self.preview.counter(outcome)[kind] += 1
        self._count_for_case(record, local, outcome)
        if kind == "attachment":
            self._attachment(local, outcome, where)
        elif self.apply:
            self._write(record, local, outcome, existing)

    def add_attachment_data(self, sha256: str, data: bytes, where: str) -> None:
        """The bytes of attachments whose records came earlier; the caller has checked that
        `data` has this SHA-256."""
        awaited = self._awaited.pop(sha256, None)
        if awaited is None:
            again = sha256 in self._received
            raise BundleRejected(
                RefusalReason.ATTACHMENT_UNEXPECTED,
                TransferErrorKind.ATTACHMENT_BYTES_TWICE
                if again
                else TransferErrorKind.ATTACHMENT_BYTES_UNCLAIMED,
                **where_data(where),
            )
        if len(data) != awaited.size:
            raise BundleRejected(
                RefusalReason.ATTACHMENT_MISMATCH,
                TransferErrorKind.ATTACHMENT_WRONG_SIZE,
                **where_data(where),
                size=len(data),
                expected=awaited.size,
            )
        for media_type in sorted(awaited.media_types):
            ending = next(e for e, t in ATTACHMENT_KINDS.items() if t == media_type)
            try:
                found = identify(f"attachment{ending}", data)
            except InvalidInput:
                found = ""
            if found != media_type:
                raise BundleRejected(
                    RefusalReason.ATTACHMENT_MISMATCH,
                    TransferErrorKind.ATTACHMENT_WRONG_TYPE,
                    **where_data(where),
                    media_type=media_type,
                )
        if self.apply and awaited.fill_ids:
            self.writes.fill_attachment_data(awaited.fill_ids, data)
        self._received.add(sha256)
        if awaited.held_here:
            self._held.add(sha256)

    def finish(self) -> ImportPreview:
        if self._awaited:
            raise BundleRejected(
                RefusalReason.ATTACHMENT_MISSING,
                TransferErrorKind.ATTACHMENT_BYTES_NEVER_CAME,
                count=len(self._awaited),
            )
        return self.preview

    # -- checks ---------------------------------------------------------------------------

    def _seen(self, rid: str) -> bool:
        return (
            rid in self._others
            or rid in self._items
            or rid in self._people
            or (rid in self._case_index)
        )

    def _remember(self, record: Record) -> None:
        kind, rid = record["type"], record["id"]
        if kind == "person":
            self._people.add(rid)
        elif kind == "case":
            self._case_index[rid] = len(self._case_index)
        elif kind == "item":
            number = self._case_numbers.setdefault(record["case_id"], len(self._case_numbers))
            self._items[rid] = number
        else:
            self._others.add(rid)

    def _dangling(self, where: str, field_name: str, what: str) -> BundleRejected:
        return BundleRejected(
            RefusalReason.RECORD_DANGLING,
            TransferErrorKind.RECORD_REFERS_TO_NOTHING,
            **where_data(where),
            field=field_name,
            a_record=RECORD_NOUNS[what][1],
        )

    def _known(self, kind: str, rid: str) -> bool:
        if kind == "person" and rid in self._people:
            return True
        if kind == "case" and rid in self._case_index:
            return True
        if kind == "item" and rid in self._items:
            return True
        return self.reads.exists(kind, rid)

    def _check_references(self, record: Record, where: str) -> None:
        kind = record["type"]
        if kind == "person_link":
            for name in ("person_id", "other_id"):
                if not self._known("person", record[name]):
                    raise self._dangling(where, name, "person")
        elif kind == "case":
            for pid in record["subject_ids"]:
                if not self._known("person", pid):
                    raise self._dangling(where, "subject_ids", "person")
        elif kind != "person" and not self._known("case", record["case_id"]):
            raise self._dangling(where, "case_id", "case")
        if kind == "item" and record["supersedes"] is not None:
            superseded = record["supersedes"]
            if superseded in self._items:
                same_case = self._items[superseded] == self._case_numbers.get(record["case_id"])
            else:
                local_case = self.reads.item_case_id(superseded)
                if local_case is None:
                    raise self._dangling(where, "supersedes", "item")
                same_case = local_case == record["case_id"]
            if not same_case:
                raise BundleRejected(
                    RefusalReason.RECORD_DANGLING,
                    TransferErrorKind.RECORD_SUPERSEDES_OTHER_CASE,
                    **where_data(where),
                )

    # -- matching -------------------------------------------------------------------------

    def _local_form(self, record: Record) -> Record:
        """The record as this vault would hold it (see the module's notes)."""
        kind = record["type"]
        if kind == "case":
            local = dict(record)
            held_ref = self.reads.case_ref(record["id"])
            local["ref"] = held_ref if held_ref is not None else self._ref_for_new(record)
            local["owner"] = self._owner(record["owner"])
            return local
        if kind == "action":
            local = dict(record)
            local["updates"] = sorted(record["updates"], key=lambda u: (u["at"], u["id"]))
            return local
        if kind == "assessment":
            local = dict(record)
            local["scores"] = sorted(record["scores"], key=lambda s: s["factor_id"])
            return local
        return record

    def _owner(self, name: str) -> str:
        if name not in self._users:
            self._users[name] = bool(name) and self.reads.user_exists(name)
        return name if self._users[name] else UNALLOCATED_OWNER

    def _ref_for_new(self, record: Record) -> str:
        sent: str = record["ref"]
        if sent not in self._refs_taken and self.reads.case_id_with_ref(sent) is None:
            ref = sent
        else:
            year = int(record["referral_date"][:4])
            stem = f"{self.ref_prefix}-{year}-"
            number = int(self.cases.next_case_ref(self.ref_prefix, year)[len(stem) :])
            number = max(number, self._ref_numbers.get(stem, 0) + 1)
            ref = f"{stem}{number:04d}"
            while ref in self._refs_taken or self.reads.case_id_with_ref(ref) is not None:
                number += 1
                ref = f"{stem}{number:04d}"
        self._refs_taken.add(ref)
        numbered = _NUMBERED_REF.fullmatch(ref)
        if numbered:
            stem, number_text = numbered.groups()
            self._ref_numbers[stem] = max(self._ref_numbers.get(stem, 0), int(number_text))
        return ref

    def _outcome(self, local: Record) -> tuple[str, Record | None]:
        kind, rid = local["type"], local["id"]
        existing = self.reads.record(kind, rid)
        if existing is None:
            return "create", None
        incoming_sha = content_sha256(local)
        held_sha = content_sha256(existing)
        if incoming_sha == held_sha:
            return "unchanged", existing
        imported_sha = self.origins.provenance_sha256(kind, rid)
        if imported_sha == incoming_sha:
            return "unchanged", existing  # the version last imported; local edits stand
        if kind in MUTABLE_TYPES and imported_sha == held_sha and self._updatable(local, existing):
            return "update", existing
        return "conflict", existing

    def _updatable(self, local: Record, existing: Record) -> bool:
        if local["type"] != "action":
            return True
        if local["case_id"] != existing["case_id"]:
            return False
        incoming = {u["id"]: u for u in local["updates"]}
        if any(incoming.get(u["id"]) != u for u in existing["updates"]):
            return False  # updates are append-only: every one held here must come back
        held = {u["id"] for u in existing["updates"]}
        new = [u["id"] for u in local["updates"] if u["id"] not in held]
        return not self.reads.action_update_ids(new)

    # -- the preview's cases ----------------------------------------------------------------

    def _count_for_case(self, record: Record, local: Record, outcome: str) -> None:
        kind = record["type"]
        if kind in ("person", "person_link"):
            self._people_outcomes[outcome] += 1
            return
        if kind == "case":
            if len(self.preview.cases) >= MAX_PREVIEW_CASES:
                self.preview.more_cases += 1
                self._people_outcomes.clear()
                return
            entry = CasePreview(
                case_id=record["id"], ref=local["ref"], sender_ref=record["ref"], outcome=outcome
            )
            entry.counts.update(self._people_outcomes)
            entry.counts[outcome] += 1
            self._people_outcomes.clear()
            self.preview.cases.append(entry)
            self._case_previews[record["id"]] = entry
            return
        entry_for = self._case_previews.get(record["case_id"])
        if entry_for is not None:
            entry_for.counts[outcome] += 1

    # -- writing ----------------------------------------------------------------------------

    def _write(self, record: Record, local: Record, outcome: str, existing: Record | None) -> None:
        kind = record["type"]
        now = self.provenance.received_at
        if outcome == "unchanged":
            return
        if outcome == "conflict":
            self.set_aside.add_conflict(
                new_id(),
                bundle_id=self.provenance.bundle_id,
                record_type=kind,
                record_id=record["id"],
                incoming=canonical_json(record).decode("utf-8"),
                detected_at=now,
            )
            return
        if outcome == "create":
            inserts = {
                "person": lambda: self.writes.insert_person(local, now),
                "person_link": lambda: self.writes.insert_link(local),
                "case": lambda: self.writes.insert_case(local, now),
                "item": lambda: self._insert_item(local, now),
                "chronology_entry": lambda: self.writes.insert_entry(local),
                "assessment": lambda: self.writes.insert_assessment(local),
                "action": lambda: self.writes.insert_action(local, now),
            }
            inserts[kind]()
        elif kind == "person":
            self.writes.update_person(local, now)
        elif kind == "case":
            self.writes.update_case(local, now)
            self._case_markings.pop(local["id"], None)  # worked out again by update_case
        else:  # an action: its details, and the updates not yet held here
            assert existing is not None
            held = {u["id"] for u in existing["updates"]}
            self.writes.update_action(
                local, [u for u in local["updates"] if u["id"] not in held], now
            )
        self._record_provenance(local, new=outcome == "create")

    def _insert_item(self, local: Record, now: str) -> None:
        """An item, and its case's marking raised to the item's, as when an officer records
        one. The cases' markings are remembered to spare a write per item."""
        self.writes.insert_item(local)
        case_id, marking = local["case_id"], Marking(local["marking"])
        held = self._case_markings.get(case_id)
        if held is None:
            held = self.writes.case_marking(case_id) or marking
        if marking > held:
            self.writes.set_case_marking(case_id, marking, now)
            held = marking
        self._case_markings[case_id] = held

    def _record_provenance(self, local: Record, *, new: bool) -> None:
        self.origins.set_provenance(
            local["type"],
            local["id"],
            new=new,
            bundle_id=self.provenance.bundle_id,
            sender_fingerprint=self.provenance.sender_fingerprint,
            received_at=self.provenance.received_at,
            content_sha256=content_sha256(local),
        )

    def _attachment(self, local: Record, outcome: str, where: str) -> None:
        """Attachment rows are written when their record arrives; the bytes are filled in
        when they arrive, or copied at once from bytes the vault already holds."""
        sha, size = local["sha256"], local["size"]
        if outcome == "create":
            self.preview.attachments_bytes += size
        if sha in self._received:
            if outcome == "create":
                if sha not in self._held and not self.reads.has_attachment_data(sha, size):
                    raise BundleRejected(
                        RefusalReason.ATTACHMENT_MISSING,
                        TransferErrorKind.ATTACHMENT_BYTES_EARLY,
                        **where_data(where),
                    )
                if self.apply:
                    self.writes.insert_attachment(local, None)
                    self._record_provenance(local, new=True)
                self._held.add(sha)
            elif self.apply and outcome == "conflict":
                self._write(local, local, outcome, None)
            return
        awaited = self._awaited.get(sha)
        if awaited is None:
            awaited = self._awaited[sha] = _AwaitedBytes(size, set(), [])
        elif awaited.size != size:
            raise BundleRejected(
                RefusalReason.ATTACHMENT_MISMATCH,
                TransferErrorKind.ATTACHMENT_SIZES_DIFFER,
                **where_data(where),
            )
        awaited.media_types.add(local["media_type"])
        if outcome in ("create", "unchanged"):
            awaited.held_here = True
        if self.apply:
            if outcome == "create":
                self.writes.insert_attachment(local, b"")
                awaited.fill_ids.append(local["id"])
                self._record_provenance(local, new=True)
            elif outcome == "conflict":
                self._write(local, local, outcome, None)
