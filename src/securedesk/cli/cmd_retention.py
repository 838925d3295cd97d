"""`securedesk retention ...`: retention review and two-person destruction."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from securedesk.cli.arg_types import JUSTIFICATION_HELP, parse_date
from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say, table
from securedesk.core.retention.backups import backups_made_before, destructions_after
from securedesk.core.retention.service import RetentionService

if TYPE_CHECKING:
    from securedesk.core.session import Session


def register(commands: Any, leaf: Any) -> None:
    """Adds this module's commands to the parser."""
    retention = commands.add_parser(
        "retention", help="retention review, two-person destruction, the destruction register"
    )
    group = retention.add_subparsers(dest="retention_command", metavar="SUBCOMMAND")
    p = leaf(
        group,
        "due",
        cmd_due,
        "cases whose retention review date has passed, and cases proposed for destruction",
    )
    p.add_argument("--on", type=parse_date, metavar="YYYY-MM-DD", help="as on this day")
    p = leaf(group, "keep", cmd_keep, "keep a case that is due until a later date, with a reason")
    p.add_argument("ref", metavar="REF")
    p.add_argument("--until", type=parse_date, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--reason", required=True, help="why (kept; may name no person)")
    p = leaf(
        group,
        "propose",
        cmd_propose,
        "propose destroying a case (any case: one recorded in error need not be due); a "
        "different user holding the auditor role approves",
    )
    p.add_argument("ref", metavar="REF")
    p.add_argument("--reason", required=True, help="why (kept in the register; may name no person)")
    p.add_argument("--justification", default="", help=JUSTIFICATION_HELP)
    p = leaf(
        group,
        "approve",
        cmd_approve,
        "approve a proposal (the auditor role, not the proposer): the case is destroyed",
    )
    p.add_argument("ref", metavar="REF")
    leaf(group, "register", cmd_register, "the destruction register: no personal data")
    leaf(
        group,
        "wipe",
        cmd_wipe,
        "wipe the space freed by destruction from the vault's files (if an approval's wipe "
        "could not finish)",
    )


def cmd_due(ctx: Context, args: argparse.Namespace) -> int:
    rows = RetentionService(ctx.session()).review_queue(args.on)
    if ctx.json:
        emit_json([r.to_json() for r in rows])
        return 0
    if not rows:
        say("No case is due for retention review or proposed for destruction.")
        return 0
    table(
        ["ref", "status", "marking", "review date", "proposed by"],
        [
            (
                r.ref,
                r.status,
                r.marking.value,
                r.review_date.isoformat() if r.review_date else "",
                f"{r.proposed_by} on {r.proposed_on}" if r.proposed_by else "",
            )
            for r in rows
        ],
    )
    return 0


def cmd_keep(ctx: Context, args: argparse.Namespace) -> int:
    RetentionService(ctx.session()).keep(args.ref, args.until, args.reason)
    if ctx.json:
        emit_json({"ref": args.ref, "until": args.until.isoformat()})
    else:
        say(f"Case {args.ref} kept until {args.until.isoformat()}; it comes up for review then.")
    return 0


def cmd_propose(ctx: Context, args: argparse.Namespace) -> int:
    RetentionService(ctx.session()).propose(args.ref, args.reason, justification=args.justification)
    if ctx.json:
        emit_json({"ref": args.ref, "proposed": True})
    else:
        say(
            f"Destruction of case {args.ref} proposed. A different user holding the auditor "
            f"role approves it with: securedesk retention approve {args.ref}"
        )
    return 0


def cmd_approve(ctx: Context, args: argparse.Namespace) -> int:
    session = ctx.session()
    entry = RetentionService(session).approve(args.ref)
    older = backups_made_before(session.vault.conn, entry.destroyed_at)
    if ctx.json:
        emit_json({**entry.to_json(), "backups_made_before": [b for b, _at in older]})
    else:
        total = sum(entry.counts.values())
        say(
            f"Case {entry.ref} destroyed ({total} record(s)); register entry {entry.id}, "
            f"destroyed at {entry.destroyed_at[:19].replace('T', ' ')}. Its freed space was "
            "wiped from the vault's files."
        )
        say(backups_notice(entry.ref, older))
    return 0


def backups_notice(ref: str, older: list[tuple[str, str]]) -> str:
    """What the approver must do about backups that still hold the destroyed case."""
    made = (
        f"{len(older)} made on this vault, the latest on {older[-1][1][:10]}"
        if older
        else "none is recorded on this vault, but check any made elsewhere"
    )
    return (
        f"Backups made before this destruction still hold case {ref} ({made}). Under the "
        "backup retention rule, make and verify a new backup, then destroy every backup made "
        "before this destruction; `securedesk backup verify FILE` (signed in) says whether a "
        "backup predates it. See docs/backup-format.md, 'Backups and destroyed cases'."
    )


def cmd_register(ctx: Context, args: argparse.Namespace) -> int:
    entries = RetentionService(ctx.session()).register()
    if ctx.json:
        emit_json([e.to_json() for e in entries])
        return 0
    if not entries:
        say("The destruction register is empty.")
        return 0
    table(
        [
            "ref",
            "referred",
            "closed",
            "review",
            "destroyed",
            "proposed by",
            "approved by",
            "reason",
            "records",
        ],
        [
            (
                e.ref,
                e.referral_date,
                e.closed_on or "",
                e.review_date or "",
                e.destroyed_at[:16].replace("T", " "),
                e.proposed_by,
                e.approved_by,
                e.reason,
                ", ".join(f"{k} {v}" for k, v in sorted(e.counts.items())),
            )
            for e in entries
        ],
    )
    return 0


def cmd_wipe(ctx: Context, args: argparse.Namespace) -> int:
    report = RetentionService(ctx.session()).wipe()
    if ctx.json:
        emit_json(
            {
                "pages_before": report.pages_before,
                "free_pages_before": report.free_pages_before,
                "pages_after": report.pages_after,
            }
        )
    else:
        say(f"Freed space wiped: {report.pages_before} pages before, {report.pages_after} after.")
    return 0


def backup_predates(session: Session | None, created: str) -> tuple[dict[str, Any], str]:
    """For `backup verify` signed in: whether the backup (made at `created`) predates
    destructions in this vault's register, as --json fields and a line of text ("" if not).
    Counts and times only: the register itself is the auditors'."""
    if session is None:
        return {}, ""
    since = destructions_after(session.vault.conn, created)
    fields: dict[str, Any] = {
        "destructions_since": len(since),
        "latest_destruction_at": since[-1].destroyed_at if since else None,
    }
    if not since:
        return fields, ""
    return fields, (
        f"This backup was made before {len(since)} destruction(s) in this vault's register "
        f"(the latest at {since[-1].destroyed_at[:19].replace('T', ' ')}): it still holds "
        "those cases. Once a newer backup is made and verified, destroy this one (see "
        "docs/backup-format.md, 'Backups and destroyed cases')."
    )
