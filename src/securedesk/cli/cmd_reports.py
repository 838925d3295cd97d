"""`securedesk report panel`: panel statistics without names, as a PDF with charts or a CSV
for returns."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from securedesk.cli.arg_types import parse_date
from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say
from securedesk.core.cases.case_service import CaseView
from securedesk.core.domain import CaseStatus
from securedesk.core.markings import Marking
from securedesk.core.reports.categories import ClosingOutcome, allowed_outcomes, load_categories
from securedesk.core.reports.report_service import ReportService


def register(commands: Any, leaf: Any) -> None:
    """Adds this module's commands to the parser."""
    report = commands.add_parser("report", help="statistics without names")
    group = report.add_subparsers(dest="report_command", metavar="SUBCOMMAND")
    p = leaf(
        group,
        "panel",
        cmd_report_panel,
        "panel statistics without names (chair, auditor): .pdf with charts, or .csv for returns",
    )
    p.add_argument(
        "--from",
        dest="start",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="first day of the period (default: 1 April of the financial year --to falls in)",
    )
    p.add_argument(
        "--to", dest="end", type=parse_date, metavar="YYYY-MM-DD", help="last day (default: today)"
    )
    p.add_argument(
        "--up-to",
        metavar="MARKING",
        help="count only cases marked up to this (default: your clearance), e.g. for a return "
        "sent at OFFICIAL-SENSITIVE",
    )
    p.add_argument(
        "--out", required=True, metavar="FILE", help="a new .pdf or .csv file (never replaced)"
    )


def cmd_report_panel(ctx: Context, args: argparse.Namespace) -> int:
    from securedesk.packs.report_pdf import render_report_pdf  # ReportLab loads only when needed

    up_to = Marking.parse(args.up_to) if args.up_to else None
    written = ReportService(ctx.session()).write_report(
        Path(args.out),
        start=args.start,
        end=args.end,
        up_to=up_to,
        render_pdf=render_report_pdf,
    )
    if ctx.json:
        emit_json(
            {
                "path": str(written.path),
                "format": written.format,
                "bytes": written.size,
                "marking": written.marking.value,
            }
        )
    else:
        say(
            f"Wrote the panel report to {written.path} "
            f"({written.format.upper()}, {written.size} bytes), marked {written.marking.value}: "
            "handle it at that marking."
        )
    return 0


# -- a case's categories, for `case add`, `case edit` and `case status` ---------------------


def add_category_options(p: argparse.ArgumentParser) -> None:
    """--gender and --concern, from the lists in resources/reporting_categories.json."""
    cats = load_categories()
    p.add_argument(
        "--gender",
        metavar="G",
        help=f"for returns: {', '.join(cats.gender.codes)} (or not-recorded to clear)",
    )
    p.add_argument(
        "--concern",
        metavar="C",
        help=f"type of concern, for returns: {', '.join(cats.concern_type.codes)} "
        "(or not-recorded to clear)",
    )


def check_category_options(ctx: Context, args: argparse.Namespace) -> None:
    """Refuse a code not on the lists before anything is written."""
    ReportService(ctx.session()).parse(args.gender, args.concern)


def apply_category_options(
    ctx: Context, args: argparse.Namespace, ref: str, justification: str = ""
) -> list[str]:
    """Set what was given; returns the fields changed (none given: nothing done)."""
    if args.gender is None and args.concern is None:
        return []
    return ReportService(ctx.session()).set_categories(
        ref, gender=args.gender, concern=args.concern, justification=justification
    )


def add_outcome_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--outcome",
        metavar="O",
        help=f"required to close a case: {allowed_outcomes()}",
    )


def change_status(ctx: Context, args: argparse.Namespace, status: CaseStatus) -> None:
    """`case status`: closing takes its outcome (required), as the core rules."""
    outcome = ClosingOutcome.parse(args.outcome) if args.outcome else None
    ReportService(ctx.session()).change_status(
        args.ref, status, args.reason, outcome=outcome, justification=args.justification
    )


def categories_json(ctx: Context, view: CaseView) -> dict[str, Any]:
    """`case show --json`: the case's reporting categories (codes; null: not recorded)."""
    cats = ReportService(ctx.session()).read_categories(view.case.id)
    return {
        "gender": cats.gender,
        "concern_type": cats.concern_type,
        "closing_outcome": cats.closing_outcome.value if cats.closing_outcome else None,
    }


def categories_lines(ctx: Context, view: CaseView) -> list[str]:
    """`case show`: what a return counts the case as."""
    service = ReportService(ctx.session())
    cats, lists = service.read_categories(view.case.id), service.categories
    line = (
        f"  For returns: gender {lists.gender.label(cats.gender).lower()}; "
        f"type of concern {lists.concern_type.label(cats.concern_type).lower()}"
    )
    if cats.closing_outcome is not None:
        line += f"; outcome {cats.closing_outcome.label.lower()}"
    return [line]
