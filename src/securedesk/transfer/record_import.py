"""Planning and applying a bundle's records: each incoming record is matched by its global
id and created, updated, left unchanged or kept aside as a conflict, with its provenance.

The importer is fed records one at a time in bundle order and remembers only ids (and a
few small maps), never the records themselves, so memory stays flat whatever the bundle's
size. It never commits: the caller runs the whole bundle in one transaction.

Decisions, in brief:
- A case's ref is local. The sender's ref is kept when it is free here; when another case
  holds it (as sent or in capitals: refs are looked up without regard to case), the case
  gets the next ref of this vault's prefix (shown in the preview). A ref never changes on a
  later import, so the sender's ref is not compared.
- A case's owner is local and never taken from the bundle (the sender's user names mean
  nothing here, and a partner must not be able to put a case in a local user's caseload):
  a case an import creates is owned by the user who imported it, as a case recorded here
  is owned by whoever recorded it; an update never changes the owner. Allocation being
  local, the owner is left out when case records are compared and hashed. Action owners are
  free text in this vault (a person, role or service) and are kept as sent.
- The records compared and hashed are the incoming ones in their local form: the ref as
  this vault holds it, no owner, action updates and assessment scores in the order the vault
  reads them back. Provenance keeps the SHA-256 of that form, so an untouched record hashes
  to it and a locally edited one does not.
- A record whose incoming version is the one last imported here is unchanged for this
  import even when edited locally since: nothing new arrived, and the local edit stands.
- Only the terminal a record came from (its origin: the sender of the bundle that first
  brought it, in its provenance) may change it. A differing version from any other terminal
  is a conflict, as is one of a record created here (no provenance), and a new record added
  to a case (or a link to a person) that this sender is not the origin of. From the origin,
  a version that lowers the record's marking (a case's record marking, an item's marking) is
  a conflict too, as is one of a record edited here since.
- Ids are global, action updates' included: one that occurs twice in the bundle, or that
  this vault holds as another record type or under another action, refuses the bundle before
  anything of the record is written (a record held here under another case is matched by
  its id like any other, and is a conflict: it never moves).
- Only people, cases and actions are updated in place. Items (append-only), chronology
  entries, assessments, attachments and person links that differ are conflicts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlcipher3

from securedesk.core.cases.attachment_types import identify
from securedesk.core.cases.provenance import record_origin
from securedesk.core.domain import new_id
from securedesk.core.errors import BundleRefused, BundleRejected, InvalidInput
from securedesk.core.markings import Marking
from securedesk.core.storage import Storage
from securedesk.core.vault.database import Connection
from securedesk.transfer import provenance_store
from securedesk.transfer.bundle_log_store import BundleLog
from securedesk.transfer.conflict_store import ConflictReason, ConflictStore
from securedesk.transfer.import_preview import (
    MAX_PREVIEW_CASES,
    CasePreview,
    ImportPreview,
    Provenance,
)
from securedesk.transfer.incoming_people import MAX_INCOMING_CHECKED
from securedesk.transfer.provenance_store import ProvenanceStore
from securedesk.transfer.record_read_store import RecordReadStore
from securedesk.transfer.record_write_store import ItemNotStored, RecordWriteStore
from securedesk.transfer.records import (
    ATTACHMENT_KINDS,
    Record,
    canonical_json,
    content_sha256,
    record_marking,
)
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.transfer_error_kinds import (
    RECORD_NOUNS,
    TransferDetail,
    TransferErrorKind,
    where_data,
)

MUTABLE_TYPES = frozenset({"person", "case", "action"})
# Types whose provenance is the bundle id on their own row (migration 19): never changed once
# written, so the record as held is the record as imported. Person links keep a provenance
# row: a merge of two people here rewrites the links. The types are provenance_store's table,
# the one that reads that provenance back.
PROVENANCE_ON_ROW = frozenset(provenance_store.PROVENANCE_ON_ROW)

_NUMBERED_REF = re.compile(r"(.*-)(\d+)")


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
        self.conn = conn
        self.preview = ImportPreview(
            sender=(
                provenance.sender_fingerprint,
                provenance.sender_name,
                provenance.sender_organisation,
            )
        )
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
        # The people sent, as checked records, for the preview's likely duplicates
        # (incoming_people.py; at most MAX_INCOMING_CHECKED of them).
        self.incoming_people: list[Record] = []
        self._case_index: dict[str, int] = {}
        self._items: dict[str, int] = {}
        self._case_numbers: dict[str, int] = {}  # case id -> a small number, for _items
        self._others: set[str] = set()
        self._refs_taken: set[str] = set()  # refs given to cases created by this bundle
        self._ref_numbers: dict[str, int] = {}  # ref stem -> highest number given here
        self._case_markings: dict[str, Marking] = {}  # overall marking of cases written to
        self._case_previews: dict[str, CasePreview] = {}
        self._before_case = CasePreview("", "", "", "")  # people and links before a case
        # Cases and people this bundle creates, and (for those held here already) why this
        # sender may not add records to them (None: it may): see _addition_refused.
        self._created: set[tuple[str, str]] = set()
        self._closed_to_sender: dict[tuple[str, str], ConflictReason | None] = {}
        self._awaited: dict[str, _AwaitedBytes] = {}
        self._received: set[str] = set()  # SHA-256 of bytes that arrived
        self._held: set[str] = set()  # ... and that the vault holds after this import
        self._where = ""  # where the record being added is in the bundle
        self._id_held_here = False  # whether the vault holds its id (_check_ids)

    # -- feeding --------------------------------------------------------------------------

    def add(self, record: Record, where: str) -> None:
        """Plan (and in apply mode write) one record. Refused before anything of it is
        written: an id met earlier in the bundle or held here by another record (see
        _check_ids); a constraint of the vault that fails all the same is refused too, and
        the caller's transaction rolls back whatever the bundle wrote."""
        kind: str = record["type"]
        self._check_repeats(record, where)
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
        self._check_ids(record, where)
        self._remember(record)
        self._where = where
        try:
            self._plan(record, where)
        except ItemNotStored as exc:
            raise self._not_storable(exc) from exc
        except sqlcipher3.IntegrityError as exc:
            # Last resort: a clash no check above foresaw. Never the database's message,
            # which may quote values; the vault is left to the caller's rollback.
            raise BundleRejected(
                RefusalReason.RECORD_ID_TAKEN,
                TransferErrorKind.RECORD_NOT_STORABLE,
                **where_data(where),
                record=RECORD_NOUNS[kind][0],
                record_id=record["id"],
            ) from exc

    def _plan(self, record: Record, where: str) -> None:
        kind: str = record["type"]
        rid: str = record["id"]
        local = self._local_form(record)
        outcome, existing, reason = self._outcome(local)
        self.preview.counter(outcome)[kind] += 1
        if reason is not None:
            self.preview.conflict_reasons[reason] += 1
        if outcome == "create" and kind in ("case", "person"):
            self._created.add((kind, rid))
        self._count_for_case(record, local, outcome, reason)
        if kind == "attachment":
            self._attachment(local, outcome, reason, where)
        elif self.apply:
            self._write(record, local, outcome, existing, reason)

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

    def _not_storable(self, exc: ItemNotStored) -> BundleRejected:
        """An item of a batch (record_write_store.flush) that the vault refused."""
        return BundleRejected(
            RefusalReason.RECORD_ID_TAKEN,
            TransferErrorKind.RECORD_NOT_STORABLE,
            **where_data(exc.tag if isinstance(exc.tag, str) else ""),
            record=RECORD_NOUNS["item"][0],
            record_id=exc.record_id,
        )

    def finish(self) -> ImportPreview:
        """The preview; in apply mode every record is written when this returns."""
        if self.apply:
            try:
                self.writes.flush()
            except ItemNotStored as exc:
                raise self._not_storable(exc) from exc
        if self._awaited:
            raise BundleRejected(
                RefusalReason.ATTACHMENT_MISSING,
                TransferErrorKind.ATTACHMENT_BYTES_NEVER_CAME,
                count=len(self._awaited),
            )
        return self.preview

    # -- checks ---------------------------------------------------------------------------

    def _check_repeats(self, record: Record, where: str) -> None:
        """Every id of the bundle, records' and action updates' alike, occurs once."""
        kind, rid = record["type"], record["id"]
        if self._seen(rid):
            raise BundleRejected(
                RefusalReason.DUPLICATE_RECORD,
                TransferErrorKind.RECORD_ID_REPEATED,
                **where_data(where),
                record=RECORD_NOUNS[kind][0],
                record_id=rid,
            )
        for update in record["updates"] if kind == "action" else ():
            if update["id"] == rid or self._seen(update["id"]):
                raise BundleRejected(
                    RefusalReason.DUPLICATE_RECORD,
                    TransferErrorKind.ACTION_UPDATE_REPEATED,
                    **where_data(where),
                    record_id=rid,
                    update_id=update["id"],
                )

    def _check_ids(self, record: Record, where: str) -> None:
        """A record's id is held here only by a record of its type (the same record), and
        an action update's only by an update of the same action: ids are global, so any
        other holder means a malformed or forged bundle, refused whatever the outcome."""
        kind, rid = record["type"], record["id"]
        update_ids = [u["id"] for u in record["updates"]] if kind == "action" else []
        self._id_held_here = False
        for held_id, holder, action_id in self.reads.id_holders([rid, *update_ids]):
            self._id_held_here = self._id_held_here or held_id == rid
            if held_id == rid and holder != kind:
                raise BundleRejected(
                    RefusalReason.RECORD_ID_TAKEN,
                    TransferErrorKind.RECORD_ID_HELD_ELSEWHERE,
                    **where_data(where),
                    record=RECORD_NOUNS[kind][0],
                    record_id=rid,
                    a_holder=_holder_noun(holder),
                )
            if held_id != rid and (holder != "action_update" or action_id != rid):
                raise BundleRejected(
                    RefusalReason.RECORD_ID_TAKEN,
                    TransferErrorKind.ACTION_UPDATE_HELD_ELSEWHERE,
                    **where_data(where),
                    record_id=rid,
                    update_id=held_id,
                    a_holder=TransferDetail.ANOTHER_ACTIONS_UPDATE
                    if holder == "action_update"
                    else _holder_noun(holder),
                )

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
            if len(self.incoming_people) < MAX_INCOMING_CHECKED:
                self.incoming_people.append(record)
        elif kind == "case":
            self._case_index[rid] = len(self._case_index)
        elif kind == "item":
            number = self._case_numbers.setdefault(record["case_id"], len(self._case_numbers))
            self._items[rid] = number
        else:
            self._others.add(rid)
        if kind == "action":
            self._others.update(u["id"] for u in record["updates"])

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
            # The item held here decides, when there is one: an earlier record of the
            # bundle may claim another case for it, but it is a conflict and stays put.
            local_case = self.reads.item_case_id(superseded)
            if local_case is not None:
                same_case = local_case == record["case_id"]
            elif superseded in self._items:
                same_case = self._items[superseded] == self._case_numbers.get(record["case_id"])
            else:
                raise self._dangling(where, "supersedes", "item")
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
            # Never the bundle's: the importing user for a new case; _outcome puts back the
            # owner of a case held here.
            local["owner"] = self.importing_user
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

    def _ref_for_new(self, record: Record) -> str:
        sent: str = record["ref"]
        if not self._ref_taken(sent):
            ref = sent
        else:
            year = int(record["referral_date"][:4])
            stem = f"{self.ref_prefix}-{year}-"
            number = int(self.cases.next_case_ref(self.ref_prefix, year)[len(stem) :])
            number = max(number, self._ref_numbers.get(stem, 0) + 1)
            ref = f"{stem}{number:04d}"
            while self._ref_taken(ref):
                number += 1
                ref = f"{stem}{number:04d}"
        self._refs_taken.add(ref)
        numbered = _NUMBERED_REF.fullmatch(ref)
        if numbered:
            stem, number_text = numbered.groups()
            self._ref_numbers[stem] = max(self._ref_numbers.get(stem, 0), int(number_text))
        return ref

    def _ref_taken(self, ref: str) -> bool:
        """Held here, or given by this bundle, as it is or in capitals: refs are looked up
        without regard to case (capitals first), so 'wf-2026-0002' would shadow a local
        WF-2026-0002 for whoever typed it in small letters."""
        return any(
            r in self._refs_taken or self.reads.case_id_with_ref(r) is not None
            for r in dict.fromkeys((ref, ref.upper()))
        )

    def _outcome(self, local: Record) -> tuple[str, Record | None, ConflictReason | None]:
        """The outcome for a record in its local form, and a conflict's reason."""
        kind, rid = local["type"], local["id"]
        # Only a record whose id is held here (by a record of its type: _check_ids) is read.
        existing = self.reads.record(kind, rid) if self._id_held_here else None
        if existing is None:
            refused = self._addition_refused(local)
            return ("create", None, None) if refused is None else ("conflict", None, refused)
        if kind == "case":
            local["owner"] = existing["owner"]  # allocation is local
        incoming_sha = content_sha256(_comparable(local))
        held_sha = content_sha256(_comparable(existing))
        if incoming_sha == held_sha:
            return "unchanged", existing, None
        origin = self.origins.origin(kind, rid)
        if origin is None:
            return "conflict", existing, ConflictReason.LOCAL_RECORD
        origin_fingerprint, imported = origin
        imported_sha = held_sha if imported is None else imported  # None: as held
        # (Provenance written before owners were left out hashed a case's whole local form;
        # for every other type the whole form is the compared one.)
        whole_incoming, whole_held = (
            (content_sha256(local), content_sha256(existing))
            if kind == "case"
            else (incoming_sha, held_sha)
        )
        if imported_sha in (incoming_sha, whole_incoming):
            return "unchanged", existing, None  # the version last imported; local edits stand
        if origin_fingerprint != self.provenance.sender_fingerprint:
            return "conflict", existing, ConflictReason.OTHER_SENDER
        if _lowers_marking(local, existing):
            return "conflict", existing, ConflictReason.MARKING_LOWERED
        if imported_sha not in (held_sha, whole_held):
            return "conflict", existing, ConflictReason.EDITED_HERE
        if kind in MUTABLE_TYPES and self._updatable(local, existing):
            return "update", existing, None
        return "conflict", existing, ConflictReason.NOT_UPDATABLE

    def _addition_refused(self, local: Record) -> ConflictReason | None:
        """Why this sender may not add a new record where it would go (None: it may): into a
        case held here, or linking a person held here, that it is not the origin of."""
        kind = local["type"]
        if kind in ("person", "case"):
            return None
        if kind == "person_link":
            for person_id in (local["person_id"], local["other_id"]):
                refused = self._closed("person", person_id)
                if refused is not None:
                    return refused
            return None
        return self._closed("case", local["case_id"])

    def _closed(self, kind: str, rid: str) -> ConflictReason | None:
        key = (kind, rid)
        if key in self._created:
            return None
        if key not in self._closed_to_sender:
            origin = self.origins.origin(kind, rid)
            if origin is None:
                self._closed_to_sender[key] = ConflictReason.LOCAL_RECORD
            elif origin[0] != self.provenance.sender_fingerprint:
                self._closed_to_sender[key] = ConflictReason.OTHER_SENDER
            else:
                self._closed_to_sender[key] = None
        return self._closed_to_sender[key]

    def _updatable(self, local: Record, existing: Record) -> bool:
        if local["type"] != "action":
            return True
        if local["case_id"] != existing["case_id"]:
            return False
        # Updates are append-only: every one held here must come back (and a new one's id
        # is held nowhere here: _check_ids).
        incoming = {u["id"]: u for u in local["updates"]}
        return all(incoming.get(u["id"]) == u for u in existing["updates"])

    # -- the preview's cases ----------------------------------------------------------------

    def _count_for_case(
        self, record: Record, local: Record, outcome: str, reason: ConflictReason | None
    ) -> None:
        kind = record["type"]
        if kind in ("person", "person_link"):
            entry_for: CasePreview | None = self._before_case
        elif kind == "case":
            before, self._before_case = self._before_case, CasePreview("", "", "", "")
            if len(self.preview.cases) >= MAX_PREVIEW_CASES:
                self.preview.more_cases += 1
                return
            entry_for = CasePreview(
                case_id=record["id"], ref=local["ref"], sender_ref=record["ref"], outcome=outcome
            )
            entry_for.take(before)
            if outcome != "create":
                self._case_origin(entry_for)
            self.preview.cases.append(entry_for)
            self._case_previews[record["id"]] = entry_for
        else:
            entry_for = self._case_previews.get(record["case_id"])
        if entry_for is not None:
            entry_for.counts[outcome] += 1
            if reason is not None:
                entry_for.note_conflict(kind, record["id"], reason)

    def _case_origin(self, entry: CasePreview) -> None:
        """Where the case held here came from, against this bundle's sender."""
        found = record_origin(self.conn, "case", entry.case_id)
        if found is None:
            entry.origin = "local"
        elif found.sender_fingerprint == self.provenance.sender_fingerprint:
            entry.origin = "sender"
        else:
            entry.origin = "other"
            entry.origin_terminal = (
                found.sender_fingerprint,
                found.sender_name,
                found.sender_organisation,
            )

    # -- writing ----------------------------------------------------------------------------

    def _write(
        self,
        record: Record,
        local: Record,
        outcome: str,
        existing: Record | None,
        reason: ConflictReason | None,
    ) -> None:
        kind = record["type"]
        now = self.provenance.received_at
        if outcome == "unchanged":
            return
        if outcome == "conflict":
            assert reason is not None
            self.set_aside.add_conflict(
                new_id(),
                bundle_id=self.provenance.bundle_id,
                record_type=kind,
                record_id=record["id"],
                incoming=canonical_json(record).decode("utf-8"),
                detected_at=now,
                reason=reason,
            )
            return
        bundle_id = self.provenance.bundle_id
        if outcome == "create":
            inserts = {
                "person": lambda: self.writes.insert_person(local, now),
                "person_link": lambda: self.writes.insert_link(local),
                "case": lambda: self.writes.insert_case(local, now),
                "item": lambda: self._insert_item(local, now),
                "chronology_entry": lambda: self.writes.insert_entry(local, bundle_id),
                "assessment": lambda: self.writes.insert_assessment(local, bundle_id),
                "action": lambda: self.writes.insert_action(local, now),
            }
            inserts[kind]()
            if kind in PROVENANCE_ON_ROW:
                return  # the bundle id on the row is its provenance
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
        self.writes.insert_item(local, self.provenance.bundle_id, self._where)
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
            content_sha256=content_sha256(_comparable(local)),
        )

    def _attachment(
        self, local: Record, outcome: str, reason: ConflictReason | None, where: str
    ) -> None:
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
                    self.writes.insert_attachment(local, None, self.provenance.bundle_id)
                self._held.add(sha)
            elif self.apply and outcome == "conflict":
                self._write(local, local, outcome, None, reason)
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
                self.writes.insert_attachment(local, b"", self.provenance.bundle_id)
                awaited.fill_ids.append(local["id"])
            elif outcome == "conflict":
                self._write(local, local, outcome, None, reason)


def _holder_noun(holder: str) -> TransferDetail:
    """What holds an id here, with its article: a record type, or an action update."""
    if holder == "action_update":
        return TransferDetail.AN_ACTION_UPDATE
    return RECORD_NOUNS[holder][1]


def _comparable(record: Record) -> Record:
    """The record as compared and hashed: a case without its (local) owner."""
    if record["type"] == "case":
        return {**record, "owner": ""}
    return record


def _lowers_marking(incoming: Record, held: Record) -> bool:
    """Whether the incoming version has a lower marking than the record held here."""
    kind = incoming["type"]
    if kind not in ("case", "item"):
        return False
    return record_marking(incoming) < record_marking(held)
