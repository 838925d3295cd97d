"""Handling caveats: whether an item may leave the vault for a destination.

Every exit an item can leave by asks `may_leave` (packs and bundles today; reports and
subject access reports, when they are built, must too), so one rule decides everywhere.
Caveats are compared without case or extra spaces. What each allows:

- "not for disclosure to subject": allowed to a pack and a bundle; withheld from a subject
  access report.
- "not for panel": withheld from every exit.
- "police only" / "health only": a pack shows it to members of that agency; a bundle carries
  it only to organisations the policy maps to that agency.
- "originator consent before onward disclosure": a pack shows it to members of the item's
  agency; a bundle withholds it (an override is where the officer records the consent).
- any other caveat, unknown to this terminal: withheld from every exit, and no override can
  release it (the terminal cannot tell what it would be overriding).
- A subject access report (not built yet) withholds every item that carries any caveat at
  all: the subject is no partner, and a person decides what to release.

A bundle goes to organisations, whose names come from the partners' own contact cards, so
"police only" is not read from a name that happens to hold the word: an administrator names
the organisations that count as police or health in the policy `caveat_organisations`
("Northshire Police = police; Northshire NHS Trust = health"). An organisation not named
there is neither. A reports exit is treated as a bundle to no organisation until reports
exist and say otherwise.

A correction inherits the caveats of the item it supersedes (`CaseService.add_item`); an
exit also takes the union along the supersedes chain (`inherited`), so corrections recorded
before that rule existed are not a way round it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput

NOT_FOR_SUBJECT = "not for disclosure to subject"
NOT_FOR_PANEL = "not for panel"
POLICE_ONLY = "police only"
HEALTH_ONLY = "health only"
ORIGINATOR_CONSENT = "originator consent before onward disclosure"

# caveat (folded) -> the code the audit chain and the command line use for it
CAVEAT_CODES = {
    NOT_FOR_SUBJECT: "not-for-subject",
    NOT_FOR_PANEL: "not-for-panel",
    POLICE_ONLY: "police-only",
    HEALTH_ONLY: "health-only",
    ORIGINATOR_CONSENT: "originator-consent",
}
UNKNOWN_CODE = "unknown"
# caveat (folded) -> the one agency it allows
FOR_ONE_AGENCY = {POLICE_ONLY: "police", HEALTH_ONLY: "health"}

# Policies (their defaults are in session.DEFAULT_POLICY).
OVERRIDES_POLICY = "caveat_overrides"
ORGANISATIONS_POLICY = "caveat_organisations"


def folded(text: str) -> str:
    """Without case or extra spaces: how caveats, agencies and organisations are compared."""
    return " ".join(text.lower().split())


def caveat_code(caveat: str) -> str:
    return CAVEAT_CODES.get(folded(caveat), UNKNOWN_CODE)


class Exit(enum.Enum):
    PACK = "pack"
    BUNDLE = "bundle"
    REPORT = "report"
    SUBJECT_ACCESS = "subject-access"


@dataclass(frozen=True)
class Destination:
    """Where an item would go: by which exit, and to which agencies (folded) the reader is
    known to belong (a panel member's agency; the agencies the policy maps a partner
    organisation to)."""

    exit: Exit
    agencies: frozenset[str] = frozenset()

    @classmethod
    def panel_member(cls, agency: str) -> Destination:
        return cls(Exit.PACK, frozenset({folded(agency)}))

    @classmethod
    def organisation(cls, name: str, policy_text: str) -> Destination:
        """A partner terminal of organisation `name`, under the `caveat_organisations`
        policy text."""
        mapping = organisation_agencies(policy_text)
        agency = mapping.get(folded(name))
        return cls(Exit.BUNDLE, frozenset({agency}) if agency else frozenset())


@dataclass(frozen=True)
class Decision:
    """`blocking`: the item's caveats (as written) that keep it in; `unknown`: those of them
    this terminal does not know. Allowed when nothing blocks; an override may release it
    only when every blocking caveat is known."""

    blocking: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()

    @property
    def allowed(self) -> bool:
        return not self.blocking

    @property
    def overridable(self) -> bool:
        return bool(self.blocking) and not self.unknown

    @property
    def codes(self) -> list[str]:
        return sorted({caveat_code(c) for c in self.blocking})

    def also(self, other: Decision) -> Decision:
        """Both decisions at once (one payload for several destinations)."""
        return Decision(
            tuple(dict.fromkeys((*self.blocking, *other.blocking))),
            tuple(dict.fromkeys((*self.unknown, *other.unknown))),
        )


def _allows(norm: str, destination: Destination, originator: str) -> bool:
    exit_ = destination.exit
    if exit_ is Exit.SUBJECT_ACCESS:
        return False
    if norm == NOT_FOR_SUBJECT:
        return True
    if norm in FOR_ONE_AGENCY:
        return FOR_ONE_AGENCY[norm] in destination.agencies
    if norm == ORIGINATOR_CONSENT:
        return exit_ is Exit.PACK and folded(originator) in destination.agencies
    return False  # "not for panel" and every caveat this terminal does not know


def may_leave(
    caveats: Iterable[str], destination: Destination, *, originator: str = ""
) -> Decision:
    """Whether an item with these caveats may go to `destination`. `originator` is the
    item's agency (the originating agency a pack member may belong to)."""
    blocking: list[str] = []
    unknown: list[str] = []
    for caveat in caveats:
        norm = folded(caveat)
        if _allows(norm, destination, originator):
            continue
        blocking.append(caveat)
        if norm not in CAVEAT_CODES:
            unknown.append(caveat)
    return Decision(tuple(blocking), tuple(unknown))


def merged(*lists: Sequence[str]) -> list[str]:
    """The caveats of several lists, each once (compared folded), in first-seen order."""
    seen: dict[str, str] = {}
    for caveats in lists:
        for c in caveats:
            seen.setdefault(folded(c), c)
    return list(seen.values())


def inherited(
    items: Iterable[tuple[str, Sequence[str], str | None]],
) -> dict[str, list[str]]:
    """(id, caveats, supersedes) in recording order -> each item's caveats with those of
    every item it corrects, directly or through other corrections."""
    result: dict[str, list[str]] = {}
    for item_id, caveats, supersedes in items:
        earlier = result.get(supersedes, []) if supersedes else []
        result[item_id] = merged(caveats, earlier)
    return result


AGENCIES_A_CAVEAT_NAMES = tuple(sorted(set(FOR_ONE_AGENCY.values())))
MAX_ORGANISATIONS = 200


def organisation_agencies(text: str) -> Mapping[str, str]:
    """The `caveat_organisations` policy: 'organisation = agency' pairs separated by
    semicolons -> {folded organisation: agency}. InvalidInput when it is not that form."""
    mapping: dict[str, str] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        name, sep, agency = part.partition("=")
        name, agency = folded(name), folded(agency)
        if not sep or not name or agency not in AGENCIES_A_CAVEAT_NAMES or len(name) > 100:
            raise InvalidInput(
                ErrorKind.POLICY_CAVEAT_ORGANISATIONS_FORM,
                key=ORGANISATIONS_POLICY,
                allowed=", ".join(AGENCIES_A_CAVEAT_NAMES),
            )
        mapping[name] = agency
    if len(mapping) > MAX_ORGANISATIONS:
        raise InvalidInput(
            ErrorKind.POLICY_CAVEAT_ORGANISATIONS_FORM,
            key=ORGANISATIONS_POLICY,
            allowed=", ".join(AGENCIES_A_CAVEAT_NAMES),
        )
    return mapping


def checked_organisations_policy(value: str) -> str:
    """The `caveat_organisations` policy as stored, or InvalidInput (the on/off
    `caveat_overrides` is checked with the other on/off policies, in the session)."""
    organisation_agencies(value)
    return "; ".join(part.strip() for part in value.split(";") if part.strip())
