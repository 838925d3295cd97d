"""Which items of the cases being exported their handling caveats keep out of a bundle.

One payload goes to every recipient, so an item goes only if its caveats allow every
recipient's organisation (`core.cases.caveats.may_leave`, the rule packs follow too). An
item's caveats are its own and those of every item it corrects. A withheld item is left out
of the bundle whole (no text, no id); the manifest states how many of each case's items were
withheld, and the officer is told the same. In strict mode a case with any withheld item is
refused instead.

An override, where the policy `caveat_overrides` allows one, releases one item with a
justification; it is recorded in the audit chain, one event per item, when the bundle is
written. An item with a caveat this terminal does not know is never released, and a
correction never travels without the item it corrects.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from securedesk.core.audit.audit_actions import ActionTemplate, compose
from securedesk.core.cases import caveats
from securedesk.core.cases.caveats import Decision, Destination, may_leave
from securedesk.core.errors import InvalidInput, PolicyRefused
from securedesk.core.markings import Marking, highest
from securedesk.core.session import Session
from securedesk.transfer.record_read_store import RecordReadStore
from securedesk.transfer.transfer_error_kinds import ExchangeErrorKind
from securedesk.transfer.trust_store import TrustedTerminal

# The refusal reason an audit event names when strict mode refuses a case.
STRICT_REFUSAL = "withheld-under-caveats"


@dataclass(frozen=True)
class Released:
    """An item an override lets go, with what it overrode and why."""

    item_id: str
    case_id: str
    codes: list[str]
    justification: str


@dataclass
class CaveatPlan:
    withheld: dict[str, frozenset[str]] = field(default_factory=dict)  # case id -> item ids
    released: list[Released] = field(default_factory=list)
    markings: dict[str, Marking] = field(default_factory=dict)  # case id -> what goes

    def count(self, case_id: str) -> int:
        return len(self.withheld.get(case_id, ()))

    @property
    def total(self) -> int:
        return sum(len(ids) for ids in self.withheld.values())

    def by_case(self) -> tuple[tuple[str, int], ...]:
        return tuple((c, len(ids)) for c, ids in self.withheld.items() if ids)


def destinations(session: Session, targets: Sequence[TrustedTerminal]) -> list[Destination]:
    mapping = session.policy()[caveats.ORGANISATIONS_POLICY]
    return [Destination.organisation(t.organisation, mapping) for t in targets]


def plan_caveats(
    session: Session,
    cases: Sequence[tuple[str, str]],
    targets: Sequence[TrustedTerminal],
    overrides: Mapping[str, str],
    *,
    strict: bool = False,
) -> CaveatPlan:
    """`cases`: (case id, ref) in export order; `overrides`: item id -> justification.
    Refused (nothing written) for an override the policy or the item does not allow, and in
    strict mode for a case with a withheld item (the refusal is recorded)."""
    reads = RecordReadStore(session.vault.conn)
    places = destinations(session, targets)
    blocked: dict[str, tuple[Decision, str, str | None]] = {}  # item -> decision, case, corrects
    plan = CaveatPlan()
    handling = {case_id: reads.item_handling(case_id) for case_id, _ in cases}
    for case_id, rows in handling.items():
        effective = caveats.inherited((r.id, r.caveats, r.supersedes) for r in rows)
        for r in rows:
            if not effective[r.id]:
                continue  # no caveat (of its own or inherited): nothing keeps it in
            decision = Decision()
            for place in places:
                decision = decision.also(may_leave(effective[r.id], place, originator=r.agency))
            if not decision.allowed:
                blocked[r.id] = (decision, case_id, r.supersedes)
    released = _released(session, blocked, overrides)
    plan.released = released
    let_go = {r.item_id for r in released}
    kept: dict[str, list[str]] = {}
    for item_id, (_, case_id, _) in blocked.items():
        if item_id not in let_go:
            kept.setdefault(case_id, []).append(item_id)
    for case_id, ref in cases:
        ids = frozenset(kept.get(case_id, ()))
        plan.withheld[case_id] = ids
        if ids and strict:
            session.record_refusal(
                compose(ActionTemplate.BUNDLE_EXPORT_REFUSED, reason=STRICT_REFUSAL),
                "case",
                case_id,
            )
            raise PolicyRefused(ExchangeErrorKind.EXPORT_WITHHELD_STRICT, ref=ref, count=len(ids))
        sent = [r.marking for r in handling[case_id] if r.id not in ids]
        plan.markings[case_id] = highest([reads.case_record_marking(case_id), *sent])
    return plan


def _released(
    session: Session,
    blocked: Mapping[str, tuple[Decision, str, str | None]],
    overrides: Mapping[str, str],
) -> list[Released]:
    if not overrides:
        return []
    if session.policy()[caveats.OVERRIDES_POLICY] != "on":
        first = next(iter(overrides))
        session.record_refusal(
            compose(ActionTemplate.BUNDLE_EXPORT_REFUSED, reason="caveat-override-not-allowed"),
            "item",
            first if first in blocked else "override",
        )
        raise PolicyRefused(ExchangeErrorKind.EXPORT_OVERRIDE_NOT_ALLOWED, item_id=first)
    released: list[Released] = []
    for item_id, justification in overrides.items():
        if item_id not in blocked:
            raise InvalidInput(ExchangeErrorKind.EXPORT_OVERRIDE_NOT_WITHHELD, item_id=item_id)
        decision, case_id, _ = blocked[item_id]
        if not decision.overridable:
            session.record_refusal(
                compose(ActionTemplate.BUNDLE_EXPORT_REFUSED, reason="caveat-unknown"),
                "item",
                item_id,
            )
            raise PolicyRefused(ExchangeErrorKind.EXPORT_OVERRIDE_UNKNOWN_CAVEAT, item_id=item_id)
        if not justification.strip():
            raise InvalidInput(ExchangeErrorKind.EXPORT_OVERRIDE_NO_JUSTIFICATION, item_id=item_id)
        released.append(Released(item_id, case_id, decision.codes, justification.strip()))
    for r in released:
        corrects = blocked[r.item_id][2]
        if corrects is not None and corrects in blocked and corrects not in overrides:
            raise InvalidInput(
                ExchangeErrorKind.EXPORT_OVERRIDE_CORRECTION_ALONE,
                item_id=r.item_id,
                superseded=corrects,
            )
    return released
