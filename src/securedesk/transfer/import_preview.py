"""What an import will do (or did), case by case: the preview the officer reads before saying
yes, and the provenance stamped on what is written."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from securedesk.transfer.records import RECORD_TYPES

if TYPE_CHECKING:
    from securedesk.transfer.import_owner import NewCaseOwner
    from securedesk.transfer.incoming_people import IncomingLikeLocal

OUTCOMES = ("create", "update", "unchanged", "conflict")
MAX_PREVIEW_CASES = 10_000
MAX_LISTED_CONFLICTS = 20  # conflicting records named per case in the preview (all counted)
ORIGINS = ("new", "sender", "other", "local")  # a case's origin here, against the sender


@dataclass(frozen=True)
class Provenance:
    bundle_id: str
    sender_fingerprint: str
    received_at: str  # UTC ISO time
    sender_name: str = ""  # from the trust store, for the preview
    sender_organisation: str = ""


@dataclass
class CasePreview:
    """One case of the bundle: what happens to its own record, and to all of its records."""

    case_id: str
    ref: str  # as it is (or will be) here
    sender_ref: str
    outcome: str  # create | update | unchanged | conflict
    counts: Counter[str] = field(default_factory=Counter)  # outcome -> records of the case
    # Where the case held here came from, against this bundle's sender (ORIGINS): "new"
    # (not held here), "sender", "other" (another terminal) or "local" (created here).
    origin: str = "new"
    origin_terminal: tuple[str, str, str] | None = None  # "other": fingerprint, name, org
    conflict_reasons: Counter[str] = field(default_factory=Counter)  # reason -> records
    # (record type, id, reason) of the first MAX_LISTED_CONFLICTS conflicting records.
    conflict_records: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def ref_changed(self) -> bool:
        return self.ref != self.sender_ref

    @property
    def more_conflicts(self) -> int:
        """Conflicting records counted but not named in conflict_records."""
        return self.conflict_reasons.total() - len(self.conflict_records)

    def note_conflict(self, kind: str, record_id: str, reason: str) -> None:
        self.conflict_reasons[reason] += 1
        if len(self.conflict_records) < MAX_LISTED_CONFLICTS:
            self.conflict_records.append((kind, record_id, reason))

    def take(self, earlier: CasePreview) -> None:
        """Add the outcomes and conflicts of records met before the case (its people)."""
        self.counts.update(earlier.counts)
        unnamed = earlier.conflict_reasons.copy()
        for kind, record_id, reason in earlier.conflict_records:
            self.note_conflict(kind, record_id, reason)
            unnamed[reason] -= 1
        self.conflict_reasons.update(+unnamed)

    def to_json(self) -> dict[str, Any]:
        terminal = self.origin_terminal
        return {
            "id": self.case_id,
            "ref": self.ref,
            "sender_ref": self.sender_ref,
            "ref_changed": self.ref_changed,
            "outcome": self.outcome,
            "counts": {o: self.counts[o] for o in OUTCOMES},
            "origin": self.origin,
            "origin_terminal": None
            if terminal is None
            else {"fingerprint": terminal[0], "name": terminal[1], "organisation": terminal[2]},
            "conflicts": [{"type": k, "id": i, "reason": r} for k, i, r in self.conflict_records],
            "conflict_reasons": dict(sorted(self.conflict_reasons.items())),
            "more_conflicts": self.more_conflicts,
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
    conflict_reasons: Counter[str] = field(default_factory=Counter)  # reason -> records
    sender: tuple[str, str, str] = ("", "", "")  # the sending terminal: fingerprint, name, org
    owner: NewCaseOwner | None = None  # who owns the cases it creates (import_owner.py)
    # Incoming people who look like people held here (incoming_people.py), for a merge.
    likely_people: list[IncomingLikeLocal] = field(default_factory=list)

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

        fingerprint, name, organisation = self.sender
        sender = {"fingerprint": fingerprint, "name": name, "organisation": organisation}
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
            "conflict_reasons": dict(sorted(self.conflict_reasons.items())),
            "sender": sender,
            # Every case names the sender: who sent what, case by case.
            "cases": [{**c.to_json(), "sender": sender} for c in self.cases],
            "more_cases": self.more_cases,
            "attachments_bytes": self.attachments_bytes,
            "changes_nothing": self.changes_nothing,
            "owner": None if self.owner is None else self.owner.to_json(),
            "likely_people": [m.to_json() for m in self.likely_people],
        }
