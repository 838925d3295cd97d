"""`securedesk person search|show|merge` (and `person report`, from cmd_subject_access), and
the likely-duplicate check `case add` makes before it records a new person."""

from __future__ import annotations

import argparse
from typing import Any

from securedesk.cli import cmd_subject_access
from securedesk.cli.arg_types import JUSTIFICATION_HELP
from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say, table
from securedesk.core.cases.people_kinds import PeopleKind
from securedesk.core.cases.person_service import Duplicate, PersonHit, PersonRecord
from securedesk.core.cases.person_store import PersonCase
from securedesk.core.domain import Person
from securedesk.core.errors import InvalidInput
from securedesk.core.session import Session

SHOWN_MATCHES = 5  # likely duplicates named in case add's refusal (all counted)


def register(commands: Any, leaf: Any) -> None:
    person = commands.add_parser("person", help="people: search, show, merge, subject access")
    group = person.add_subparsers(dest="person_command", metavar="SUBCOMMAND")
    p = leaf(
        group,
        "search",
        cmd_person_search,
        "people whose names, aliases or identifiers match, with their cases (recorded)",
    )
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50, help="at most this many people (max 200)")
    p = leaf(
        group,
        "show",
        cmd_person_show,
        "a person's names, identifiers, addresses, linked people and cases (recorded as a "
        "consultation of one of their cases)",
    )
    p.add_argument("person_id", metavar="PERSON_ID", help="the id or a unique prefix")
    p.add_argument("--justification", default="", help=JUSTIFICATION_HELP)
    p = leaf(
        group,
        "merge",
        cmd_person_merge,
        "one person from two records: OTHER's cases and links move to KEEP, which gains its "
        "names, identifiers and addresses; OTHER is kept, marked as merged (audited)",
    )
    p.add_argument("keep_id", metavar="KEEP_ID")
    p.add_argument("other_id", metavar="OTHER_ID")
    p.add_argument("--reason", required=True, help="why these are one person (recorded)")
    p.add_argument("--justification", default="", help=JUSTIFICATION_HELP)
    cmd_subject_access.register_report(group, leaf)


# -- case add ---------------------------------------------------------------------------------


def add_case_options(p: argparse.ArgumentParser) -> None:
    """The options `case add` takes for people already held (see check_new_subjects)."""
    p.add_argument(
        "--person",
        action="append",
        default=[],
        metavar="PERSON_ID",
        help="a person already held (id or unique prefix) as a subject; repeat for several",
    )
    p.add_argument(
        "--new-person",
        action="store_true",
        help="record each --subject as a new person even where a likely duplicate is held",
    )


def check_new_subjects_given(args: argparse.Namespace) -> None:
    """Before anything else (signing in included): a subject, new or held, is needed."""
    if not args.subject and not args.person:
        raise InvalidInput(PeopleKind.SUBJECT_OR_PERSON_NEEDED)


def check_new_subjects(ctx: Context, args: argparse.Namespace, subjects: list[Person]) -> None:
    """Before `case add` records new people: refuse (exit 2, nothing written) when any looks
    like a person already held, unless --new-person confirms it. A script is never silently
    given a duplicate: it must choose --person ID or --new-person."""
    if args.new_person:
        if not subjects:
            raise InvalidInput(PeopleKind.NEW_PERSON_WITHOUT_SUBJECT)
        return
    if not subjects:
        return
    found = ctx.session().people.likely_duplicates(subjects)
    if found:
        raise InvalidInput(PeopleKind.LIKELY_DUPLICATES, count=len(found), matches=_matches(found))


def _matches(found: list[Duplicate]) -> str:
    shown = []
    for d in found[:SHOWN_MATCHES]:
        m = d.match
        born = f" born {m.date_of_birth.isoformat()}" if m.date_of_birth else ""
        refs = ", ".join(c.ref for c in d.cases) or "linked to a case"
        shown.append(f"{m.person_id[:8]} {m.name}{born} ({m.reason}; {refs})")
    more = f"; and {len(found) - SHOWN_MATCHES} more" if len(found) > SHOWN_MATCHES else ""
    return "; ".join(shown) + more


# -- search and show --------------------------------------------------------------------------


def _case_json(c: PersonCase) -> dict[str, Any]:
    return {
        "id": c.case_id,
        "ref": c.ref,
        "status": c.status.value,
        "marking": c.marking.value,
        "owner": c.owner,
    }


def _hit_json(h: PersonHit) -> dict[str, Any]:
    p = h.person
    return {
        "id": p.id,
        "names": [p.full_name, *p.aliases],
        "dob": p.date_of_birth.isoformat() if p.date_of_birth else None,
        "cases": [c.ref for c in h.cases],
        "linked_cases": [c.ref for c in h.linked_cases],
        "merged_into": h.merged_into,
    }


def _hit_cases(h: PersonHit) -> str:
    """Their own cases, then those they are linked to ('linked: WF-…')."""
    own = ", ".join(c.ref for c in h.cases)
    linked = ", ".join(c.ref for c in h.linked_cases)
    return "; ".join(p for p in (own, f"linked: {linked}" if linked else "") if p)


def cmd_person_search(ctx: Context, args: argparse.Namespace) -> int:
    hits = ctx.session().people.search(args.query, limit=args.limit)
    if ctx.json:
        emit_json([_hit_json(h) for h in hits])
        return 0
    table(
        ["ID", "NAME", "BORN", "ALSO KNOWN AS", "CASES"],
        [
            [
                h.person.id[:8],
                h.person.full_name,
                h.person.date_of_birth.isoformat() if h.person.date_of_birth else "",
                ", ".join(h.person.aliases),
                f"merged into {h.merged_into[:8]}" if h.merged_into else _hit_cases(h),
            ]
            for h in hits
        ],
    )
    return 0


def _record_json(r: PersonRecord) -> dict[str, Any]:
    p = r.person
    return {
        "id": p.id,
        "given_name": p.given_name,
        "family_name": p.family_name,
        "names": [p.full_name, *p.aliases],
        "aliases": p.aliases,
        "dob": p.date_of_birth.isoformat() if p.date_of_birth else None,
        "identifiers": [{"kind": i.kind, "value": i.value} for i in p.identifiers],
        "addresses": p.addresses,
        "links": [
            {
                "relationship": link.relationship,
                "direction": "to" if link.outgoing else "from",
                "person": link.other_id,
                "name": link.other_name,
                "dob": link.other_dob.isoformat() if link.other_dob else None,
            }
            for link in r.links
        ],
        "cases": [_case_json(c) for c in r.cases],
        "linked_cases": [_case_json(c) for c in r.linked_cases],
        "merged_into": r.merged_into,
        "merges": [
            {
                "id": m.id,
                "kept": m.kept_id,
                "merged": m.merged_id,
                "reason": m.reason,
                "by": m.merged_by,
                "at": m.merged_at,
                "moved": m.moved,
            }
            for m in r.merges
        ],
        "seen_through": r.seen_through,
    }


def link_phrase(relationship: str, outgoing: bool, other: str) -> str:
    """A link from this person names the other's relationship to them (the demo's subject
    -> "mother" -> Mair): 'Mair Howells (mother)'. A link to this person says what this
    person is to the other: 'mother of Rhys Howells'."""
    return f"{other} ({relationship})" if outgoing else f"{relationship} of {other}"


def merge_lines(r: PersonRecord) -> list[str]:
    lines = []
    for m in r.merges:
        day = m.merged_at[:10]
        if m.merged_id == r.person.id:
            lines.append(
                f"Merged into {m.kept_id[:8]} on {day} by {m.merged_by}: {m.reason}. Its cases "
                "and links now belong to that person; this record is kept to explain the merge."
            )
        else:
            moved = m.moved
            lines.append(
                f"Record {m.merged_id[:8]} was merged into this one on {day} by {m.merged_by}: "
                f"{m.reason}. Moved: {len(moved.get('cases', []))} case(s), "
                f"{moved.get('links', 0)} link(s); gained {moved.get('aliases', 0)} name(s), "
                f"{moved.get('identifiers', 0)} identifier(s), "
                f"{moved.get('addresses', 0)} address(es)."
            )
    return lines


def cmd_person_show(ctx: Context, args: argparse.Namespace) -> int:
    r = ctx.session().people.show(args.person_id, args.justification)
    if ctx.json:
        emit_json(_record_json(r))
        return 0
    p = r.person
    born = p.date_of_birth.isoformat() if p.date_of_birth else "unknown"
    shown = [c.marking for c in (*r.cases, *r.linked_cases)]
    marking = max(shown).value if shown else ""
    if marking:
        say(marking)  # the highest marking of the cases shown, as case show is marked
    say(f"Person {p.id}")
    say(f"  Name: {p.full_name}; born {born}")
    if p.aliases:
        say(f"  Also known as: {', '.join(p.aliases)}")
    for i in p.identifiers:
        say(f"  {i.kind}: {i.value}")
    for a in p.addresses:
        say(f"  Address: {a}")
    for line in merge_lines(r):
        say(f"  {line}")
    say("")
    say("Linked people")
    if not r.links:
        say("  none recorded")
    for link in r.links:
        dob = f", born {link.other_dob.isoformat()}" if link.other_dob else ""
        say(
            f"  {link_phrase(link.relationship, link.outgoing, link.other_name)}{dob}"
            f"  [{link.other_id[:8]}]"
        )
    say("")
    say("Cases (subject of)")
    if not r.cases:
        say("  none")
    for c in r.cases:
        say(f"  {c.ref}  {c.status.value}  {c.marking.value}  owner {c.owner}")
    if r.linked_cases:
        say("Cases of linked people")
        for c in r.linked_cases:
            say(f"  {c.ref}  {c.status.value}  {c.marking.value}  owner {c.owner}")
    if marking:
        say(marking)
    return 0


def cmd_person_merge(ctx: Context, args: argparse.Namespace) -> int:
    session: Session = ctx.session()
    m = session.people.merge(
        args.keep_id, args.other_id, args.reason, justification=args.justification
    )
    if ctx.json:
        emit_json({"merge": m.id, "kept": m.kept_id, "merged": m.merged_id, "moved": m.moved})
        return 0
    moved = m.moved
    extra = ""
    if moved.get("shared_cases"):
        extra += f"; {len(moved['shared_cases'])} case(s) held both, now once"
    if moved.get("links_dropped"):
        extra += f"; {moved['links_dropped']} link(s) between the two or repeated, dropped"
    say(
        f"Merged {m.merged_id[:8]} into {m.kept_id[:8]}: {len(moved['cases'])} case(s) and "
        f"{moved['links']} link(s) moved{extra}; 'securedesk person show {m.kept_id[:8]}' "
        "explains it."
    )
    return 0
