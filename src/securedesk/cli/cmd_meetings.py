"""`securedesk meeting ...` and `securedesk copy ...`: panel meetings, their minutes, and the
register of issued pack copies."""

from __future__ import annotations

import argparse
from typing import Any

from securedesk.cli.arg_types import parse_date
from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say, table
from securedesk.cli.paging import add_paging_options, count_line, page_json, paging
from securedesk.core.domain import Meeting, MeetingMember
from securedesk.core.markings import Marking
from securedesk.core.meetings.copy_register import CopyStatus, IssuedCopy
from securedesk.core.meetings.meeting_base import AgendaEntry, Minutes
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.meetings.pack_content import ATTENDANCE, REVIEW_INTERVAL_MONTHS
from securedesk.core.meetings.pack_language import PackLanguage


def register(commands: Any, leaf: Any) -> None:
    meeting = commands.add_parser("meeting", help="panel meetings: members, agenda, minutes")
    group = meeting.add_subparsers(dest="meeting_command", metavar="SUBCOMMAND")

    p = leaf(group, "add", cmd_meeting_add, "plan a panel meeting")
    p.add_argument("--title", required=True)
    p.add_argument("--date", required=True, type=parse_date, metavar="YYYY-MM-DD")
    p.add_argument("--chair", metavar="USER", help="the chairing user (default: you)")
    p.add_argument("--place", default="")
    p.add_argument(
        "--statement", default="", help="the confidentiality statement (default: the standard one)"
    )
    p.add_argument("--next-meeting", type=parse_date, metavar="YYYY-MM-DD")

    p = leaf(group, "member", cmd_meeting_member, "invite a member (name, agency, clearance)")
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("--name", required=True)
    p.add_argument("--agency", required=True)
    p.add_argument(
        "--clearance",
        metavar="MARKING",
        help="OFFICIAL, OFFICIAL-SENSITIVE or SECRET (required; OFFICIAL for a member "
        "without security vetting)",
    )
    p.add_argument(
        "--language",
        default="en",
        metavar="en|cy|bilingual",
        help="the language of the member's pack copies: en (default), cy, or bilingual "
        "(Welsh first, then English)",
    )

    p = leaf(
        group,
        "agenda",
        cmd_meeting_agenda,
        "set the agenda: the cases, children's cases first unless --as-given",
    )
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("refs", nargs="+", metavar="REF")
    p.add_argument(
        "--as-given", action="store_true", help="keep the order given (no children first)"
    )

    p = leaf(group, "move", cmd_meeting_move, "move a case to another place on the agenda")
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("ref", metavar="REF")
    p.add_argument("position", type=int, metavar="POSITION", help="from 1")

    p = leaf(
        group,
        "decision-sought",
        cmd_meeting_decision_sought,
        "what the panel is asked to decide on a case ('' for the default)",
    )
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("ref", metavar="REF")
    p.add_argument("text", metavar="TEXT")

    p = leaf(group, "list", cmd_meeting_list, "list meetings, newest first")
    add_paging_options(p, "meetings")

    p = leaf(group, "show", cmd_meeting_show, "a meeting: members, agenda, minutes, copies")
    p.add_argument("meeting_id", metavar="MEETING_ID")

    p = leaf(group, "minutes", cmd_meeting_minutes, "record the minutes of one agenda case")
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("ref", metavar="REF")
    # A field not given keeps what is recorded; '' clears it. The replaced text is kept.
    p.add_argument("--discussion", help="what was discussed")
    p.add_argument("--decision", help="what the panel decided")
    p.add_argument("--rationale", help="why")
    p.add_argument("--dissent", help="who disagreed, and why")

    p = leaf(
        group,
        "minutes-history",
        cmd_meeting_minutes_history,
        "the minutes of one agenda case and every earlier version (chair and auditor)",
    )
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("ref", metavar="REF")

    p = leaf(
        group, "action", cmd_meeting_action, "an action agreed: it joins the case's support plan"
    )
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("ref", metavar="REF")
    p.add_argument("--description", required=True)
    p.add_argument("--agency", required=True)
    p.add_argument("--owner", required=True)
    p.add_argument("--due", type=parse_date, metavar="YYYY-MM-DD")

    p = leaf(group, "attendance", cmd_meeting_attendance, "record attendance or apologies")
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("member", metavar="MEMBER", help="member id or name")
    p.add_argument("attendance", choices=ATTENDANCE)

    p = leaf(group, "set", cmd_meeting_set, "change the place, statement or next meeting")
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("--place")
    p.add_argument("--statement")
    p.add_argument("--default-statement", action="store_true", help="use the standard statement")
    p.add_argument("--next-meeting", type=parse_date, metavar="YYYY-MM-DD")
    p.add_argument("--no-next-meeting", action="store_true")

    p = leaf(
        group,
        "review-due",
        cmd_meeting_review_due,
        "open cases no meeting has discussed for 12 months: candidates for an agenda",
    )
    p.add_argument("--months", type=int, default=REVIEW_INTERVAL_MONTHS)
    add_paging_options(p, "cases")

    copy = commands.add_parser("copy", help="the register of issued meeting-pack copies")
    cgroup = copy.add_subparsers(dest="copy_command", metavar="SUBCOMMAND")
    p = leaf(cgroup, "list", cmd_copy_list, "the copy register")
    p.add_argument("--meeting", metavar="MEETING_ID")
    p.add_argument("--status", choices=[s.value for s in CopyStatus])
    p = leaf(cgroup, "outstanding", cmd_copy_outstanding, "copies still out with recipients")
    p.add_argument("--meeting", metavar="MEETING_ID")
    for name, status, text in (
        ("return", CopyStatus.RETURNED, "record a copy returned"),
        ("destroy", CopyStatus.DESTROYED, "record a copy destroyed"),
        ("lost", CopyStatus.LOST, "report a copy lost"),
    ):
        p = leaf(cgroup, name, cmd_copy_status, text)
        p.add_argument("meeting_id", metavar="MEETING_ID")
        p.add_argument("copy_number", type=int, metavar="COPY_NUMBER")
        p.add_argument("--note", default="")
        p.set_defaults(copy_status=status)


# -- JSON shapes ----------------------------------------------------------------------


def meeting_json(m: Meeting) -> dict[str, Any]:
    return {
        "id": m.id,
        "title": m.title,
        "date": m.meeting_date.isoformat(),
        "place": m.place,
        "chair": m.chair,
        "next_meeting": m.next_meeting.isoformat() if m.next_meeting else None,
    }


def member_json(m: MeetingMember) -> dict[str, Any]:
    return {
        "id": m.id,
        "name": m.name,
        "agency": m.agency,
        "clearance": m.clearance.value,
        "attendance": m.attendance,
        "language": m.language.value,
    }


def agenda_json(e: AgendaEntry) -> dict[str, Any]:
    return {
        "position": e.position,
        "ref": e.ref,
        "subjects": e.subjects,
        "child": e.is_child,
        "status": e.status.value,
        "marking": e.marking.value,
        "decision_sought": e.decision_sought,
    }


def minutes_json(m: Minutes) -> dict[str, Any]:
    return {
        "ref": m.ref,
        "discussion": m.discussion,
        "decision": m.decision,
        "rationale": m.rationale,
        "dissent": m.dissent,
        "recorded_by": m.recorded_by,
        "recorded_at": m.recorded_at,
    }


def _print_agenda(entries: list[AgendaEntry], withheld: int) -> None:
    table(
        ["no.", "ref", "subjects", "child", "status"],
        [
            [e.position, e.ref, e.subjects, "yes" if e.is_child else "", e.status.value]
            for e in entries
        ],
    )
    if withheld:
        say(f"{withheld} case(s) on the agenda are above your clearance and not listed.")


# -- meetings -------------------------------------------------------------------------


def cmd_meeting_add(ctx: Context, args: argparse.Namespace) -> int:
    meeting = MeetingService(ctx.session()).add_meeting(
        args.title,
        args.date,
        chair=args.chair,
        place=args.place,
        statement=args.statement,
        next_meeting=args.next_meeting,
    )
    if ctx.json:
        emit_json(meeting_json(meeting))
    else:
        say(f"Added meeting {meeting.id} on {meeting.meeting_date.isoformat()}")
    return 0


def cmd_meeting_member(ctx: Context, args: argparse.Namespace) -> int:
    clearance = Marking.parse(args.clearance) if args.clearance is not None else None
    language = PackLanguage.parse(args.language)
    member = MeetingService(ctx.session()).add_member(
        args.meeting_id, args.name, args.agency, clearance, language
    )
    if ctx.json:
        emit_json(member_json(member))
    else:
        say(f"Added member {member.id} ({member.clearance.value}, packs in {language.value})")
    return 0


def cmd_meeting_agenda(ctx: Context, args: argparse.Namespace) -> int:
    service = MeetingService(ctx.session())
    entries = service.set_agenda(args.meeting_id, args.refs, children_first=not args.as_given)
    if ctx.json:
        emit_json([agenda_json(e) for e in entries])
    else:
        _print_agenda(entries, 0)
    return 0


def cmd_meeting_move(ctx: Context, args: argparse.Namespace) -> int:
    entries = MeetingService(ctx.session()).move_on_agenda(args.meeting_id, args.ref, args.position)
    if ctx.json:
        emit_json([agenda_json(e) for e in entries])
    else:
        _print_agenda(entries, 0)
    return 0


def cmd_meeting_decision_sought(ctx: Context, args: argparse.Namespace) -> int:
    MeetingService(ctx.session()).set_decision_sought(args.meeting_id, args.ref, args.text)
    if ctx.json:
        emit_json({"meeting_id": args.meeting_id, "ref": args.ref, "decision_sought": args.text})
    else:
        say(f"Recorded the decision sought on {args.ref}.")
    return 0


def cmd_meeting_list(ctx: Context, args: argparse.Namespace) -> int:
    page = paging(args)
    service = MeetingService(ctx.session())
    every = page.every_row(ctx.json)
    if every:
        rows = service.list_meetings()
    else:
        rows = service.list_meetings(limit=page.limit, offset=page.offset)
        total = service.count_meetings()
    if ctx.json:
        docs = [
            {
                **meeting_json(r.meeting),
                "members": r.members,
                "agenda_cases": r.agenda_cases,
                "copies_outstanding": r.copies_outstanding,
            }
            for r in rows
        ]
        emit_json(docs if every else page_json(docs, page.offset, total))
        return 0
    table(
        ["id", "date", "title", "members", "cases", "copies out"],
        [
            [
                r.meeting.id,
                r.meeting.meeting_date.isoformat(),
                r.meeting.title,
                r.members,
                r.agenda_cases,
                r.copies_outstanding,
            ]
            for r in rows
        ],
    )
    say(count_line(len(rows), page.offset, total, "meeting(s)"))
    return 0


def cmd_meeting_show(ctx: Context, args: argparse.Namespace) -> int:
    d = MeetingService(ctx.session()).details(args.meeting_id)
    names = {m.id: m for m in d.members}
    if ctx.json:
        emit_json(
            {
                **meeting_json(d.meeting),
                "confidentiality_statement": d.statement,
                "members": [member_json(m) for m in d.members],
                "agenda": [agenda_json(e) for e in d.agenda],
                "withheld_cases": d.withheld_cases,
                "minutes": [minutes_json(m) for m in d.minutes],
                "actions": [
                    {
                        "ref": a.ref,
                        "id": a.action.id,
                        "description": a.action.description,
                        "agency": a.action.agency,
                        "owner": a.action.owner,
                        "due": a.action.due_date.isoformat() if a.action.due_date else None,
                        "status": a.action.status.value,
                    }
                    for a in d.actions
                ],
                "copies": [c.to_json() for c in d.copies],
                "outstanding_actions": [
                    {
                        "ref": o.ref,
                        "id": o.action.id,
                        "text": o.action.description,
                        "agency": o.action.agency,
                        "owner": o.action.owner,
                        "due": o.action.due_date.isoformat() if o.action.due_date else None,
                        "status": o.action.status.value,
                        "overdue": o.overdue,
                    }
                    for o in d.outstanding
                ],
            }
        )
        return 0
    m = d.meeting
    say(f"{m.title} — {m.meeting_date.isoformat()}" + (f", {m.place}" if m.place else ""))
    say(f"Chair: {m.chair}")
    if m.next_meeting:
        say(f"Next meeting: {m.next_meeting.isoformat()}")
    say("")
    say("Members")
    table(
        ["id", "name", "agency", "clearance", "attendance", "pack language"],
        [
            [x.id, x.name, x.agency, x.clearance.value, x.attendance, x.language.value]
            for x in d.members
        ],
    )
    say("")
    say("Agenda")
    _print_agenda(d.agenda, d.withheld_cases)
    if d.minutes:
        say("")
        say("Minutes")
        for n in d.minutes:
            say(f"  {n.ref}")
            for label, text in (
                ("Discussion", n.discussion),
                ("Decision", n.decision),
                ("Rationale", n.rationale),
                ("Dissent", n.dissent),
            ):
                if text:
                    say(f"    {label}: {text}")
    if d.actions:
        say("")
        say("Actions agreed")
        for a in d.actions:
            due = a.action.due_date.isoformat() if a.action.due_date else "no date"
            say(f"  {a.ref}: {a.action.description} — {a.action.agency}, {a.action.owner}, {due}")
    if d.agenda and len(d.agenda) > d.withheld_minutes:
        say("")
        say("Actions outstanding")
        if not d.outstanding:
            say("  none")
        for o in d.outstanding:
            due = o.action.due_date.isoformat() if o.action.due_date else "no date"
            flag = " — OVERDUE" if o.overdue else ""
            say(
                f"  {o.ref}: {o.action.description} — {o.action.owner}, due {due}, "
                f"{o.action.status.value}{flag}"
            )
    if d.copies:
        say("")
        say("Copies issued")
        _print_copies(d.copies, names)
    return 0


def cmd_meeting_minutes(ctx: Context, args: argparse.Namespace) -> int:
    minutes = MeetingService(ctx.session()).record_minutes(
        args.meeting_id,
        args.ref,
        discussion=args.discussion,
        decision=args.decision,
        rationale=args.rationale,
        dissent=args.dissent,
    )
    if ctx.json:
        emit_json(minutes_json(minutes))
    else:
        say(f"Recorded the minutes of {minutes.ref}.")
    return 0


def cmd_meeting_minutes_history(ctx: Context, args: argparse.Namespace) -> int:
    current, earlier = MeetingService(ctx.session()).minutes_history(args.meeting_id, args.ref)
    if ctx.json:
        emit_json(
            {
                "current": minutes_json(current),
                "earlier": [
                    {
                        "discussion": v.discussion,
                        "decision": v.decision,
                        "rationale": v.rationale,
                        "dissent": v.dissent,
                        "recorded_by": v.recorded_by,
                        "recorded_at": v.recorded_at,
                        "replaced_by": v.replaced_by,
                        "replaced_at": v.replaced_at,
                        "fields_changed": list(v.fields),
                    }
                    for v in earlier
                ],
            }
        )
        return 0
    say(f"Minutes of {current.ref} now (recorded by {current.recorded_by} {current.recorded_at})")
    _print_minutes_texts(current.discussion, current.decision, current.rationale, current.dissent)
    if not earlier:
        say("")
        say("Never amended.")
    for n, v in enumerate(reversed(earlier), start=1):
        say("")
        say(
            f"Before amendment {len(earlier) - n + 1} (recorded by {v.recorded_by} "
            f"{v.recorded_at}; replaced by {v.replaced_by} {v.replaced_at}, "
            f"changing {', '.join(v.fields)})"
        )
        _print_minutes_texts(v.discussion, v.decision, v.rationale, v.dissent)
    return 0


def _print_minutes_texts(*texts: str) -> None:
    for label, text in zip(("Discussion", "Decision", "Rationale", "Dissent"), texts, strict=True):
        say(f"    {label}: {text or '—'}")


def cmd_meeting_action(ctx: Context, args: argparse.Namespace) -> int:
    action = MeetingService(ctx.session()).agree_action(
        args.meeting_id,
        args.ref,
        description=args.description,
        agency=args.agency,
        owner=args.owner,
        due_date=args.due,
    )
    if ctx.json:
        emit_json({"id": action.id, "ref": args.ref, "status": action.status.value})
    else:
        say(f"Action {action.id} joins the support plan of {args.ref}.")
    return 0


def cmd_meeting_attendance(ctx: Context, args: argparse.Namespace) -> int:
    member = MeetingService(ctx.session()).set_attendance(
        args.meeting_id, args.member, args.attendance
    )
    if ctx.json:
        emit_json(member_json(member))
    else:
        say(f"Member {member.id}: {member.attendance}.")
    return 0


def cmd_meeting_set(ctx: Context, args: argparse.Namespace) -> int:
    statement = "" if args.default_statement else args.statement
    meeting = MeetingService(ctx.session()).update_meeting(
        args.meeting_id,
        place=args.place,
        statement=statement,
        next_meeting=args.next_meeting,
        clear_next_meeting=args.no_next_meeting,
    )
    if ctx.json:
        emit_json(meeting_json(meeting))
    else:
        say(f"Updated meeting {meeting.id}.")
    return 0


def cmd_meeting_review_due(ctx: Context, args: argparse.Namespace) -> int:
    page = paging(args)
    session = ctx.session()
    service = MeetingService(session)
    today = session.clock.today()  # one day for the page and its total
    every = page.every_row(ctx.json)
    if every:
        rows = service.cases_due_review(today=today, months=args.months)
    else:
        rows = service.cases_due_review(
            today=today, months=args.months, limit=page.limit, offset=page.offset
        )
        total = service.count_cases_due_review(today=today, months=args.months)
    if ctx.json:
        docs = [
            {
                **r.row.to_json(),
                "last_discussed": r.last_discussed.isoformat() if r.last_discussed else None,
                "next_scheduled": r.next_scheduled.isoformat() if r.next_scheduled else None,
                "waiting_since": r.waiting_since.isoformat(),
            }
            for r in rows
        ]
        emit_json(docs if every else page_json(docs, page.offset, total))
        return 0
    table(
        ["ref", "subjects", "status", "last discussed", "waiting since", "scheduled"],
        [
            [
                r.row.ref,
                r.row.subjects,
                r.row.status.value,
                r.last_discussed.isoformat() if r.last_discussed else "never",
                r.waiting_since.isoformat(),
                r.next_scheduled.isoformat() if r.next_scheduled else "",
            ]
            for r in rows
        ],
    )
    say(count_line(len(rows), page.offset, total, f"case(s) not reviewed for {args.months} months"))
    return 0


# -- the copy register ----------------------------------------------------------------


def _print_copies(copies: list[IssuedCopy], members: dict[str, MeetingMember]) -> None:
    def who(c: IssuedCopy) -> str:
        m = members.get(c.member_id)
        return f"{m.name}, {m.agency}" if m else c.member_id

    table(
        ["meeting", "copy", "recipient", "variant", "marking", "issued", "status", "sha256"],
        [
            [
                c.meeting_id[:8],
                c.copy_number,
                who(c),
                c.variant.value,
                c.marking.value,
                c.issued_at[:16].replace("T", " "),
                c.status.value,
                c.sha256[:16] + "…",
            ]
            for c in copies
        ],
    )


def _copies_out(ctx: Context, copies: list[IssuedCopy], service: MeetingService) -> None:
    members: dict[str, MeetingMember] = {}
    for meeting_id in {c.meeting_id for c in copies}:
        members.update(service.member_names(meeting_id))
    if ctx.json:
        emit_json(
            [
                {
                    **c.to_json(),
                    "recipient": members[c.member_id].name if c.member_id in members else None,
                    "agency": members[c.member_id].agency if c.member_id in members else None,
                }
                for c in copies
            ]
        )
        return
    _print_copies(copies, members)
    say(f"{len(copies)} cop{'y' if len(copies) == 1 else 'ies'}")


def cmd_copy_list(ctx: Context, args: argparse.Namespace) -> int:
    service = MeetingService(ctx.session())
    status = CopyStatus.parse(args.status) if args.status else None
    _copies_out(ctx, service.copies(args.meeting, status), service)
    return 0


def cmd_copy_outstanding(ctx: Context, args: argparse.Namespace) -> int:
    service = MeetingService(ctx.session())
    _copies_out(ctx, service.outstanding_copies(args.meeting), service)
    return 0


def cmd_copy_status(ctx: Context, args: argparse.Namespace) -> int:
    copy = MeetingService(ctx.session()).set_copy_status(
        args.meeting_id, args.copy_number, args.copy_status, args.note
    )
    if ctx.json:
        emit_json(copy.to_json())
    else:
        say(f"Copy {copy.copy_number} of meeting {copy.meeting_id} is now {copy.status.value}.")
    return 0
