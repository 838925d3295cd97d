"""`securedesk case assign|consent|edit`: the case record (core/cases/case_record.py).

The parsers are in cmd_cases.py with the other `case` commands; the handlers are here.
`case edit` is made of steps, each taking the options it knows and returning what it
changed: `edit_record_step` (review dates, marking) is one; other options of `case edit` add
their own step in cmd_cases.cmd_case_edit, and `finish_edit` reports them all (or refuses an
edit that names nothing to change).
"""

from __future__ import annotations

import argparse
from typing import Any

from securedesk.cli.arg_types import JUSTIFICATION_HELP, parse_date
from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say
from securedesk.core.cases.case_record import (
    CaseRecordService,
    ConsentEntry,
    RecordEdit,
    consent_word,
    parse_consent,
)
from securedesk.core.cases.case_record_kinds import CaseRecordKind
from securedesk.core.cases.case_service import CaseView
from securedesk.core.errors import InvalidInput
from securedesk.core.markings import Marking


def add_assign_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("ref", metavar="REF")
    p.add_argument("--owner", required=True, metavar="USER", help="the officer to own the case")


def add_consent_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("ref", metavar="REF")
    p.add_argument(
        "--status",
        required=True,
        metavar="STATUS",
        help="given, refused, withdrawn, not-sought (or parental-given)",
    )
    p.add_argument(
        "--date",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="when consent was given, refused or withdrawn (default: today)",
    )
    p.add_argument("--note", default="", metavar="TEXT", help="kept in the consent history")
    p.add_argument("--justification", default="", help=JUSTIFICATION_HELP)


def add_edit_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("ref", metavar="REF")
    p.add_argument("--next-review", type=parse_date, metavar="YYYY-MM-DD")
    p.add_argument("--retention-review", type=parse_date, metavar="YYYY-MM-DD")
    p.add_argument(
        "--marking",
        metavar="MARKING",
        help="raise or lower the case's marking (not below what it holds); needs --reason",
    )
    p.add_argument(
        "--reason",
        default="",
        metavar="TEXT",
        help="why the marking changes (kept in the case's history, not in the audit log)",
    )
    p.add_argument("--justification", default="", help=JUSTIFICATION_HELP)


def cmd_case_assign(ctx: Context, args: argparse.Namespace) -> int:
    service = CaseRecordService(ctx.session())
    previous = service.assign(args.ref, args.owner)
    owner = args.owner.strip()
    if ctx.json:
        emit_json({"ref": args.ref.strip().upper(), "owner": owner, "previous_owner": previous})
    else:
        say(f"Case {args.ref.strip().upper()} is now owned by {owner} (was {previous}).")
    return 0


def consent_json(entry: ConsentEntry) -> dict[str, Any]:
    return {
        "status": consent_word(entry.status),
        "date": entry.on_date.isoformat() if entry.on_date else None,
        "note": entry.note,
        "recorded_by": entry.recorded_by,
        "recorded_at": entry.recorded_at,
    }


def consent_line(entry: ConsentEntry) -> str:
    """One line of a consent history, as `case show` prints it."""
    return _line(consent_json(entry))


def _line(h: dict[str, Any]) -> str:
    when = h["date"] or "date not recorded"
    if h["recorded_at"] is None:
        who = "as opened"
    elif h["recorded_by"] is None:
        who = f"recorded {h['recorded_at'][:10]} (before history was kept, or from a bundle)"
    else:
        who = f"recorded by {h['recorded_by']} {h['recorded_at'][:10]}"
    note = f" — {h['note']}" if h["note"] else ""
    return f"{h['status']}, {when}; {who}{note}"


def cmd_case_consent(ctx: Context, args: argparse.Namespace) -> int:
    status = parse_consent(args.status)
    entry = CaseRecordService(ctx.session()).set_consent(
        args.ref, status, args.date, args.note, justification=args.justification
    )
    ref = args.ref.strip().upper()
    if ctx.json:
        emit_json({"ref": ref, **consent_json(entry)})
    else:
        say(f"Consent on case {ref}: {consent_line(entry)}")
    return 0


def edit_record_step(ctx: Context, args: argparse.Namespace) -> list[str]:
    """The review dates and the marking of `case edit`; [] when none of them was given (a
    reason alone is refused: it belongs to a marking change)."""
    change = RecordEdit(
        next_review=args.next_review,
        retention_review=args.retention_review,
        marking=Marking.parse(args.marking) if args.marking else None,
        reason=args.reason,
    )
    if change.empty:
        if args.reason.strip():
            raise InvalidInput(CaseRecordKind.REASON_WITHOUT_MARKING)
        return []
    return CaseRecordService(ctx.session()).edit(args.ref, change, justification=args.justification)


def finish_edit(ctx: Context, args: argparse.Namespace, changed: list[str]) -> int:
    if not changed:
        raise InvalidInput(CaseRecordKind.EDIT_NOTHING)
    ref = args.ref.strip().upper()
    if ctx.json:
        emit_json({"ref": ref, "changed": changed})
    else:
        say(f"Case {ref}: changed {', '.join(c.replace('_', ' ') for c in changed)}.")
    return 0


def consent_history(ctx: Context, view: CaseView) -> list[dict[str, Any]]:
    """The consent history of a case just opened, oldest first (as `case show --json`
    gives it), read on the grounds the case was opened on."""
    entries = CaseRecordService(ctx.session()).consent_history(view.case.ref, view.justification)
    return [consent_json(e) for e in entries]


def consent_history_lines(history: list[dict[str, Any]]) -> list[str]:
    """`case show`'s consent history: shown when consent has changed since the case opened."""
    if len(history) < 2:
        return []
    return ["  Consent history:", *(f"    {_line(h)}" for h in history)]
