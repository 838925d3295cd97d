"""`securedesk case ...` and `securedesk item add`: cases and what partners contribute."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from securedesk.cli import cmd_case_record, cmd_people, cmd_reports
from securedesk.cli.arg_types import JUSTIFICATION_HELP, parse_date
from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say, table
from securedesk.cli.paging import add_paging_options, count_line, page_json, paging
from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.cases.case_service import CaseView
from securedesk.core.cases.case_store import CaseRow
from securedesk.core.domain import CaseStatus, Person
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput
from securedesk.core.markings import Marking
from securedesk.core.text_rules import MAX_TEXT_CHARS

SEARCH_TEXT_PAGE = 50  # the hits a person reads when no --limit is given


def register(commands: Any, leaf: Any) -> None:
    case = commands.add_parser("case", help="work with cases")
    group = case.add_subparsers(dest="case_command", metavar="SUBCOMMAND")

    p = leaf(group, "add", cmd_case_add, "open a new case for one or more subjects")
    p.add_argument(
        "--subject",
        action="append",
        default=[],
        metavar="NAME",
        help="a new subject's full name (repeat for several; or --person for one held)",
    )
    p.add_argument(
        "--dob",
        action="append",
        type=parse_date,
        default=[],
        metavar="YYYY-MM-DD",
        help="date of birth, in the order of --subject",
    )
    p.add_argument("--marking", default=Marking.OFFICIAL_SENSITIVE.value)
    p.add_argument("--owner", help="the owning officer (default: you)")
    p.add_argument(
        "--source", required=True, help="who referred the case (for example Police, School)"
    )
    p.add_argument("--referral-date", type=parse_date, help="default: today")
    cmd_reports.add_category_options(p)  # --gender, --concern
    cmd_people.add_case_options(p)  # --person ID, --new-person: likely duplicates

    p = leaf(group, "list", cmd_case_list, "list cases, sorted and filtered in the vault")
    p.add_argument("--status", help="only cases at this status")
    p.add_argument("--mine", action="store_true", help="only your caseload")
    p.add_argument("--owner")
    p.add_argument("--marking")
    p.add_argument("--child", action="store_true", help="only cases with a child subject")
    p.add_argument("--open", action="store_true", help="leave out closed cases")
    p.add_argument(
        "--review-due",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="only cases whose review is due by this date",
    )
    p.add_argument(
        "--sort",
        default="ref",
        choices=["ref", "status", "owner", "next_review", "updated", "marking", "child"],
    )
    p.add_argument("--desc", action="store_true")
    add_paging_options(p, "cases")

    p = leaf(group, "show", cmd_case_show, "show a case (recorded in the audit log)")
    p.add_argument("ref")
    p.add_argument(
        "--justification", default="", help="why you need a case outside your caseload (recorded)"
    )

    p = leaf(group, "search", cmd_case_search, "full-text search over cases, people and items")
    p.add_argument("query")
    add_paging_options(p, "cases")

    p = leaf(group, "assign", cmd_case_record.cmd_case_assign, "give a case to another officer")
    cmd_case_record.add_assign_options(p)
    p = leaf(group, "consent", cmd_case_record.cmd_case_consent, "record consent (history kept)")
    cmd_case_record.add_consent_options(p)
    p = leaf(group, "edit", cmd_case_edit, "change review dates or the marking (with a reason)")
    cmd_case_record.add_edit_options(p)
    cmd_reports.add_category_options(p)  # --gender, --concern

    p = leaf(group, "status", cmd_case_status, "move a case along its workflow")
    p.add_argument("ref")
    p.add_argument("status")
    p.add_argument("--reason", default="", help="required to close a case")
    cmd_reports.add_outcome_option(p)  # --outcome, required to close
    p.add_argument("--justification", default="", help=JUSTIFICATION_HELP)

    item = commands.add_parser("item", help="information items from partners")
    igroup = item.add_subparsers(dest="item_command", metavar="SUBCOMMAND")
    p = leaf(igroup, "add", cmd_item_add, "record an information item on a case")
    p.add_argument("ref")
    p.add_argument("--agency", required=True)
    p.add_argument("--text-file", required=True, metavar="FILE")
    p.add_argument("--marking", default=Marking.OFFICIAL_SENSITIVE.value)
    p.add_argument("--caveat", action="append", default=[])
    p.add_argument("--date", type=parse_date, help="when the information dates from")
    p.add_argument("--author", default="")
    p.add_argument("--source-grade", default="C", choices=["A", "B", "C", "D", "E"])
    p.add_argument("--info-grade", default="3", choices=["1", "2", "3", "4", "5"])
    p.add_argument("--supersedes", metavar="ITEM_ID", help="the item this one corrects")
    p.add_argument("--justification", default="", help=JUSTIFICATION_HELP)


def _person(name: str, dob: date | None) -> Person:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput(ErrorKind.CLI_SUBJECT_NAME_EMPTY)
    given, _, family = name.rpartition(" ")
    return Person(
        given_name=given or family, family_name=family if given else "", date_of_birth=dob
    )


def cmd_case_add(ctx: Context, args: argparse.Namespace) -> int:
    cmd_people.check_new_subjects_given(args)
    cmd_reports.check_category_options(ctx, args)  # before anything is written
    if len(args.dob) > len(args.subject):
        raise InvalidInput(ErrorKind.CLI_MORE_DATES_THAN_SUBJECTS)
    dobs: list[date | None] = [*args.dob, *([None] * (len(args.subject) - len(args.dob)))]
    subjects = [_person(n, d) for n, d in zip(args.subject, dobs, strict=True)]
    cmd_people.check_new_subjects(ctx, args, subjects)
    case = ctx.session().cases.add_case(
        subjects,
        existing=args.person,
        referral_source=args.source,
        referral_date=args.referral_date or ctx.session().clock.today(),
        owner=args.owner,
        marking=Marking.parse(args.marking),
    )
    cmd_reports.apply_category_options(ctx, args, case.ref)
    if ctx.json:
        emit_json(
            {"ref": case.ref, "id": case.id, "owner": case.owner, "marking": case.marking.value}
        )
    else:
        say(f"Opened case {case.ref}")
    return 0


def cmd_case_list(ctx: Context, args: argparse.Namespace) -> int:
    page = paging(args)
    session = ctx.session()
    query = CaseQuery(
        status=CaseStatus.parse(args.status) if args.status else None,
        owner=session.vault.user if args.mine else args.owner,
        marking=Marking.parse(args.marking) if args.marking else None,
        child=True if args.child else None,
        open_only=args.open,
        review_due_by=args.review_due,
        sort=args.sort,
        descending=args.desc,
        limit=page.limit,
        offset=page.offset,
    )
    total = session.cases.count_cases(query)
    if page.every_row(ctx.json):
        # Never silently cut: without a page asked for, every row, read page by page.
        rows: list[CaseRow] = []
        while len(rows) < total:
            more = session.cases.list_cases(replace(query, limit=10_000, offset=len(rows)))
            if not more:
                break
            rows += more
        emit_json([r.to_json() for r in rows])
        return 0
    rows = session.cases.list_cases(query)
    if ctx.json:
        emit_json(page_json([r.to_json() for r in rows], page.offset, total))
        return 0
    table(
        ["ref", "subjects", "status", "marking", "owner", "next review", "child"],
        [
            [
                r.ref,
                r.subjects,
                r.status.value,
                r.marking.value,
                r.owner,
                r.next_review,
                "yes" if r.is_child else "",
            ]
            for r in rows
        ],
    )
    line = f"{len(rows)} of {total} case(s)"
    if page.offset + len(rows) < total:
        line += f"; {total - page.offset - len(rows)} more (--offset {page.offset + len(rows)})"
    say(line)
    return 0


def _view_json(view: CaseView) -> dict[str, Any]:
    c = view.case
    return {
        "ref": c.ref,
        "id": c.id,
        "status": c.status.value,
        "marking": c.marking.value,
        "owner": c.owner,
        "referral_source": c.referral_source,
        "referral_date": c.referral_date.isoformat(),
        "consent": c.consent.value,
        "closing_reason": c.closing_reason,
        "next_review": c.next_review.isoformat() if c.next_review else None,
        "received": None
        if view.origin is None
        else {
            "bundle_id": view.origin.bundle_id,
            "sender": view.origin.sender_name,
            "sender_fingerprint": view.origin.sender_fingerprint,
            "received_at": view.origin.received_at,
        },
        "subjects": [
            {
                "id": p.id,
                "name": p.full_name,
                "date_of_birth": p.date_of_birth.isoformat() if p.date_of_birth else None,
                "child": p.is_child_on(c.referral_date),
                "aliases": p.aliases,
                "identifiers": [{"type": i.kind, "value": i.value} for i in p.identifiers],
                "addresses": p.addresses,
            }
            for p in view.record.subjects
        ],
        "items": [
            {
                "id": s.item.id,
                "agency": s.item.agency,
                "author": s.item.author,
                "date": s.item.item_date.isoformat(),
                "marking": s.item.marking.value,
                "grading": s.item.source_grade + s.item.information_grade,
                "caveats": s.item.caveats,
                "text": s.item.text,
                "supersedes": s.item.supersedes,
                "superseded_by": s.superseded_by,
            }
            for s in view.items
        ],
        "withheld_items": view.withheld_items,
        "chronology": [
            {"date": r.on.isoformat(), "kind": r.kind, "summary": r.summary}
            for r in view.chronology
        ],
        "actions": [
            {
                "id": a.id,
                "description": a.description,
                "agency": a.agency,
                "owner": a.owner,
                "due": a.due_date.isoformat() if a.due_date else None,
                "status": a.status.value,
            }
            for a in view.actions
        ],
        "assessments": [
            {
                "id": a.id,
                "date": a.assessed_on.isoformat(),
                "assessor": a.assessor,
                "summary": a.summary,
                "scores": {s.factor_id: s.score for s in a.scores},
            }
            for a in view.assessments
        ],
        "changes_since_previous_assessment": [
            {"factor": ch.factor_id, "before": ch.before, "after": ch.after}
            for ch in view.changes_since_previous
        ],
    }


def cmd_case_show(ctx: Context, args: argparse.Namespace) -> int:
    view = ctx.session().cases.open_case(args.ref, args.justification)
    consent_history = cmd_case_record.consent_history(ctx, view)
    if ctx.json:
        categories = cmd_reports.categories_json(ctx, view)
        emit_json({**_view_json(view), "consent_history": consent_history, **categories})
        return 0
    c = view.case
    say(f"{c.marking.value}")
    say(f"Case {c.ref} — {c.status.value} — owner {c.owner}")
    for p in view.record.subjects:
        child = " (child)" if p.is_child_on(c.referral_date) else ""
        dob = f", born {p.date_of_birth.isoformat()}" if p.date_of_birth else ""
        say(f"  Subject: {p.full_name}{dob}{child}")
    say(
        f"  Referred by {c.referral_source} on {c.referral_date.isoformat()}; "
        f"consent: {c.consent.value}"
    )
    for line in cmd_case_record.consent_history_lines(consent_history):
        say(line)
    if c.closing_reason:
        say(f"  Closed: {c.closing_reason}")
    for line in cmd_reports.categories_lines(ctx, view):
        say(line)
    if view.origin is not None:
        o = view.origin
        say(
            f"  Received from {o.sender_name or 'a terminal no longer trusted'} "
            f"({o.sender_fingerprint}) on {o.received_at[:10]} in bundle {o.bundle_id}"
        )
    say("")
    say(
        f"Information ({len(view.items)} item(s)"
        + (f"; {view.withheld_items} withheld above your clearance" if view.withheld_items else "")
        + ")"
    )
    for s in view.items:
        flag = " [superseded]" if s.superseded_by else ""
        caveats = f" caveats: {'; '.join(s.item.caveats)}" if s.item.caveats else ""
        say(
            f"  {s.item.item_date.isoformat()} {s.item.agency} "
            f"[{s.item.marking.value} {s.item.source_grade}{s.item.information_grade}]"
            f"{flag}{caveats}"
        )
        say(f"    {s.item.text}")
    say("")
    say("Chronology")
    for r in view.chronology:
        say(f"  {r.on.isoformat()}  {r.kind:<10} {r.summary}")
    if view.actions:
        say("")
        say("Actions")
        for a in view.actions:
            due = a.due_date.isoformat() if a.due_date else "no date"
            say(f"  [{a.status.value}] {a.description} — {a.agency}, {a.owner}, due {due}")
    if view.changes_since_previous:
        say("")
        say("Changes since the previous assessment")
        for ch in view.changes_since_previous:
            say(f"  {ch.factor_name}: {ch.before} -> {ch.after}")
    say(f"{c.marking.value}")
    return 0


def cmd_case_search(ctx: Context, args: argparse.Namespace) -> int:
    # Every match is read, not the window's first few hundred per index, so that the total
    # is exact and the pages join up into the whole list.
    page = paging(args, text_page=SEARCH_TEXT_PAGE)
    every = page.every_row(ctx.json)
    hits, total = ctx.session().cases.search_every(
        args.query,
        offset=page.offset,
        limit=None if every else page.limit,
    )
    if ctx.json:
        rows = [
            {
                "ref": h.ref,
                "subjects": h.subjects,
                "marking": h.marking.value,
                "owner": h.owner,
                "matched": list(h.matched),
            }
            for h in hits
        ]
        emit_json(rows if every else page_json(rows, page.offset, total))
        return 0
    table(
        ["ref", "subjects", "marking", "owner", "matched"],
        [[h.ref, h.subjects, h.marking.value, h.owner, ", ".join(h.matched)] for h in hits],
    )
    say(count_line(len(hits), page.offset, total, "case(s)"))
    return 0


def cmd_case_edit(ctx: Context, args: argparse.Namespace) -> int:
    """Each step applies the options it knows and returns what it changed."""
    cmd_reports.check_category_options(ctx, args)  # before any step writes
    changed = cmd_case_record.edit_record_step(ctx, args)  # review dates, marking
    changed += cmd_reports.apply_category_options(ctx, args, args.ref, args.justification)
    return cmd_case_record.finish_edit(ctx, args, changed)


def cmd_case_status(ctx: Context, args: argparse.Namespace) -> int:
    status = CaseStatus.parse(args.status)
    cmd_reports.change_status(ctx, args, status)
    if ctx.json:
        emit_json({"ref": args.ref, "status": status.value})
    else:
        say(f"Case {args.ref} is now at '{status.value}'.")
    return 0


def cmd_item_add(ctx: Context, args: argparse.Namespace) -> int:
    path = Path(args.text_file)
    try:
        with path.open("rb") as f:
            raw = f.read(MAX_TEXT_CHARS * 4 + 1)
    except OSError as exc:
        raise InvalidInput(
            ErrorKind.CLI_TEXT_FILE_UNREADABLE, path=str(path), os_error=exc.strerror
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(ErrorKind.CLI_TEXT_FILE_NOT_UTF8, path=str(path)) from None
    if len(raw) > MAX_TEXT_CHARS * 4:
        raise InvalidInput(ErrorKind.CLI_TEXT_FILE_TOO_LONG, path=str(path), limit=MAX_TEXT_CHARS)
    item = ctx.session().cases.add_item(
        args.ref,
        agency=args.agency,
        text=text,
        item_date=args.date,
        author=args.author,
        marking=Marking.parse(args.marking),
        caveats=args.caveat,
        source_grade=args.source_grade,
        information_grade=args.info_grade,
        supersedes=args.supersedes,
        justification=args.justification,
    )
    if ctx.json:
        emit_json({"id": item.id, "ref": args.ref, "marking": item.marking.value})
    else:
        say(f"Recorded item {item.id} on {args.ref}.")
    return 0
