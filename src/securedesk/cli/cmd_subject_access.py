"""`securedesk person report`: everything held on one person, as an audited disclosure."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say
from securedesk.core.meetings.pack_language import PackLanguage
from securedesk.core.subject_access.report import FORMATS, write_report


def register_report(group: Any, leaf: Any) -> None:
    """Adds `person report` to the `person` group."""
    p = leaf(
        group,
        "report",
        cmd_report,
        "everything held on one person (subject access): a marked, page-numbered PDF or "
        "JSON, with what is withheld stated; the auditor role; an audited disclosure",
    )
    p.add_argument("person_id", metavar="PERSON_ID", help="the person's id (or a unique prefix)")
    p.add_argument(
        "--out", required=True, metavar="FILE", help="the file to write (must not exist)"
    )
    p.add_argument("--format", default="pdf", choices=FORMATS, help="pdf (default) or json")
    p.add_argument(
        "--language",
        default="en",
        metavar="en|cy|bilingual",
        help="the PDF's language: English (default), Welsh, or both with Welsh first",
    )


def cmd_report(ctx: Context, args: argparse.Namespace) -> int:
    from securedesk.packs.subject_access_pdf import (  # ReportLab loads only when needed
        render_subject_access_pdf,
    )

    out = Path(args.out)
    language = PackLanguage.parse(args.language)
    content = write_report(
        ctx.session(),
        args.person_id,
        out,
        args.format,
        lambda data: render_subject_access_pdf(data, language),
    )
    withheld = content["withheld"]
    summary = {
        "out": str(out),
        "person_id": content["report"]["person_id"],
        "cases": [c["ref"] for c in content["cases"]],
        "withheld": withheld,
    }
    if ctx.json:
        emit_json(summary)
    else:
        say(
            f"Subject access report for person {summary['person_id']} written to {out}: "
            f"{len(summary['cases'])} case(s) ({', '.join(summary['cases']) or 'none'})."
        )
        say(
            f"Withheld for the data protection officer to review: {withheld['items']} item(s) "
            f"under handling caveats, {withheld['other_subjects']} other subject(s), "
            f"{withheld['linked_people']} linked person(s)."
        )
        say("Recorded in the audit log as a disclosure.")
    return 0
