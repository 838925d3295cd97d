"""`securedesk pack render`: issue numbered, marked copies of a meeting's pack as PDF files,
each entered in the copy register."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from securedesk.cli import progress
from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say, table
from securedesk.core.meetings.copy_register import PackVariant
from securedesk.core.meetings.meeting_service import MeetingService


def register(commands: Any, leaf: Any) -> None:
    pack = commands.add_parser("pack", help="meeting packs")
    group = pack.add_subparsers(dest="pack_command", metavar="SUBCOMMAND")
    p = leaf(
        group,
        "render",
        cmd_pack_render,
        "issue one numbered PDF copy per member (or per --for) into a folder; each is "
        "entered in the copy register and recorded as a disclosure",
    )
    p.add_argument("meeting_id", metavar="MEETING_ID")
    p.add_argument("--out", required=True, metavar="DIR", help="an existing folder")
    p.add_argument(
        "--for",
        dest="members",
        action="extend",
        nargs="+",
        default=[],
        metavar="MEMBER",
        help="member id or name (repeatable; default: every member)",
    )
    p.add_argument("--summary", action="store_true", help="the executive summary instead")


def cmd_pack_render(ctx: Context, args: argparse.Namespace) -> int:
    from securedesk.packs.render import MeetingPackRenderer  # ReportLab loads only when needed

    service = MeetingService(ctx.session())
    with progress.shown("Pack copies", json=ctx.json) as meter:
        results = service.issue_copies(
            args.meeting_id,
            MeetingPackRenderer(),
            members=args.members,
            variant=PackVariant.SUMMARY if args.summary else PackVariant.FULL,
            out_dir=Path(args.out),
            progress=meter.count if meter else None,
        )
    if ctx.json:
        emit_json(
            [
                {
                    **r.copy.to_json(),
                    "recipient": r.member.name,
                    "agency": r.member.agency,
                    "file": str(r.path),
                    "withheld_items": r.withheld_items,
                    "withheld_cases": r.withheld_cases,
                }
                for r in results
            ]
        )
        return 0
    table(
        ["copy", "recipient", "marking", "pages", "withheld", "file", "sha256"],
        [
            [
                r.copy.copy_number,
                f"{r.member.name}, {r.member.agency}",
                r.copy.marking.value,
                r.copy.pages,
                f"{r.withheld_items} item(s)"
                + (f", {r.withheld_cases} case(s)" if r.withheld_cases else ""),
                r.path.name if r.path else "",
                r.copy.sha256,
            ]
            for r in results
        ],
    )
    say(f"Issued {len(results)} cop{'y' if len(results) == 1 else 'ies'} into {args.out}")
    return 0
