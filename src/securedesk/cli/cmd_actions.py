"""`securedesk action add|update|list|show`: a case's support plan."""

from __future__ import annotations

import argparse
from typing import Any

from securedesk.cli.arg_types import JUSTIFICATION_HELP, parse_date
from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say, table
from securedesk.core.cases.action_service import ActionLine, parse_status
from securedesk.core.domain import Action
from securedesk.core.session import Session

STATUS_HELP = "open, in-progress, done or cancelled"


def register(commands: Any, leaf: Any) -> None:
    """Adds this module's commands to the parser."""
    action = commands.add_parser("action", help="a case's support plan: actions and their progress")
    group = action.add_subparsers(dest="action_command", metavar="SUBCOMMAND")

    p = leaf(group, "add", cmd_action_add, "add an action to a case's support plan")
    p.add_argument("ref", metavar="REF")
    p.add_argument("--text", required=True, help="what is to be done")
    p.add_argument("--agency", required=True, help="the agency that delivers it")
    p.add_argument("--owner", default="", metavar="NAME", help="who delivers it (default: you)")
    p.add_argument("--due", type=parse_date, metavar="YYYY-MM-DD", help="when it is due")
    p.add_argument(
        "--agreed",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="when it was agreed (default: today)",
    )
    p.add_argument("--justification", default="", help=JUSTIFICATION_HELP)

    p = leaf(group, "update", cmd_action_update, "record progress: status, due date, owner, note")
    p.add_argument("action_id", metavar="ACTION_ID", help="the id, or its first characters")
    p.add_argument("--status", help=STATUS_HELP)
    p.add_argument("--due", type=parse_date, metavar="YYYY-MM-DD", help="a new due date")
    p.add_argument("--owner", metavar="NAME", help="hand the action to someone else")
    p.add_argument("--note", default="", help="what happened (kept in the action's history)")
    p.add_argument("--justification", default="", help=JUSTIFICATION_HELP)

    p = leaf(group, "list", cmd_action_list, "actions of your caseload, or of one case")
    p.add_argument("--case", metavar="REF", help="only this case (any case the gate allows)")
    p.add_argument(
        "--overdue", action="store_true", help="only open or in-progress actions past due"
    )
    p.add_argument("--mine", action="store_true", help="only actions you own")
    p.add_argument("--justification", default="", help=JUSTIFICATION_HELP)

    p = leaf(group, "show", cmd_action_show, "an action and every update to it")
    p.add_argument("action_id", metavar="ACTION_ID", help="the id, or its first characters")
    p.add_argument("--justification", default="", help=JUSTIFICATION_HELP)


def _line(session: Session, action: Action) -> ActionLine:
    """The action as listed: with its case's ref and whether it is overdue."""
    return ActionLine(
        action, session.store.case_row(action.case_id).ref, session.actions.overdue(action)
    )


def _status_text(line: ActionLine) -> str:
    text = line.action.status.value
    return f"{text} — OVERDUE" if line.overdue else text


def cmd_action_add(ctx: Context, args: argparse.Namespace) -> int:
    session = ctx.session()
    action = session.actions.add(
        args.ref,
        args.text,
        args.agency,
        args.owner,
        args.due,
        agreed_on=args.agreed,
        justification=args.justification,
    )
    line = _line(session, action)
    if ctx.json:
        emit_json(line.to_json())
    else:
        say(f"Action {action.id} added to the support plan of {line.ref}.")
        if line.overdue:
            say("It is already OVERDUE.")
    return 0


def cmd_action_update(ctx: Context, args: argparse.Namespace) -> int:
    session = ctx.session()
    status = parse_status(args.status) if args.status is not None else None
    action = session.actions.update(
        args.action_id,
        status=status,
        due=args.due,
        owner=args.owner,
        note=args.note,
        justification=args.justification,
    )
    line = _line(session, action)
    if ctx.json:
        emit_json(line.to_json())
    else:
        say(f"Action {action.id} of {line.ref} is {_status_text(line)}.")
    return 0


def cmd_action_list(ctx: Context, args: argparse.Namespace) -> int:
    actions = ctx.session().actions
    if args.case:
        lines = actions.for_case(
            args.case, args.justification, overdue=args.overdue, mine=args.mine
        )
    else:
        lines = actions.in_caseload(overdue=args.overdue, mine=args.mine)
    if ctx.json:
        emit_json([x.to_json() for x in lines])  # every row: never cut
        return 0
    table(
        ["id", "case", "due", "status", "agency", "owner", "action"],
        [
            [
                x.action.id[:8],
                x.ref,
                x.action.due_date.isoformat() if x.action.due_date else "",
                _status_text(x),
                x.action.agency,
                x.action.owner,
                x.action.description,
            ]
            for x in lines
        ],
    )
    overdue = sum(1 for x in lines if x.overdue)
    say(f"{len(lines)} action(s), {overdue} overdue.")
    return 0


def cmd_action_show(ctx: Context, args: argparse.Namespace) -> int:
    session = ctx.session()
    action, updates = session.actions.history(args.action_id, args.justification)
    line = _line(session, action)
    history: list[dict[str, str]] = [
        {
            "at": u.at,
            "by": u.author,
            "status": u.status.value,
            "note": u.note,
            "due": u.due_date.isoformat() if u.due_date else "",
            "owner": u.owner or "",
        }
        for u in updates
    ]
    if ctx.json:
        emit_json({**line.to_json(), "updates": history})
        return 0
    a = action
    say(f"Action {a.id} of {line.ref}: {a.description}")
    say(f"Agency: {a.agency} · Owner: {a.owner}")
    say(
        f"Agreed: {a.agreed_on.isoformat() if a.agreed_on else '—'} · "
        f"Due: {a.due_date.isoformat() if a.due_date else '—'} · Status: {_status_text(line)}"
    )
    if history:
        say("")
        table(
            ["when", "by", "status", "due", "owner", "note"],
            [
                [
                    h["at"][:16].replace("T", " "),
                    h["by"],
                    h["status"],
                    h["due"] or "",
                    h["owner"] or "",
                    h["note"],
                ]
                for h in history
            ],
        )
    return 0
