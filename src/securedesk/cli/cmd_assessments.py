"""`securedesk assessment add|show` and `securedesk attachment add|list|save`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from securedesk.cli.arg_types import JUSTIFICATION_HELP
from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say, table
from securedesk.core.cases.assessment_framework import Framework
from securedesk.core.cases.assessment_view import AssessmentReading, read_assessment
from securedesk.core.cases.case_store import Attachment
from securedesk.core.cases.people_kinds import AssessmentFileProblem, PeopleKind
from securedesk.core.domain import FactorScore
from securedesk.core.errors import InvalidInput
from securedesk.core.id_prefix import IdWhat, lower_id, resolve_prefix
from securedesk.core.vault import database
from securedesk.transfer.strict_json import JsonProblem, parse_object

# An assessment's scores and evidence: 16 factors of a few paragraphs each fit many times over.
MAX_ASSESSMENT_FILE = 256 * 1024
MAX_ASSESSMENT_DEPTH = 4  # the object, scores, one factor's entry: nothing deeper is meant
MAX_EVIDENCE_CHARS = 4000
FILE_FORM = (
    'SCORES.json holds {"scores": {FACTOR_ID: {"score": N, "evidence": "..."}, ...}, '
    '"conclusion": "..."}: every factor of the framework once (see `assessment show` for '
    "their ids), each score within the framework's scale."
)


def register(commands: Any, leaf: Any) -> None:
    """Adds this module's commands to the parser."""
    assessment = commands.add_parser("assessment", help="assessments of a case")
    group = assessment.add_subparsers(dest="assessment_command", metavar="SUBCOMMAND")
    p = leaf(group, "add", cmd_assessment_add, "record an assessment from a file of scores")
    p.epilog = FILE_FORM
    p.add_argument("ref")
    p.add_argument("--file", required=True, metavar="SCORES.json", help=FILE_FORM)
    p.add_argument("--justification", default="", help=JUSTIFICATION_HELP)
    p = leaf(
        group,
        "show",
        cmd_assessment_show,
        "the latest assessment: each score with its evidence and its change since the one "
        "before (recorded as viewing the case)",
    )
    p.add_argument("ref")
    p.add_argument("--all", action="store_true", help="every assessment, oldest first")
    p.add_argument("--justification", default="", help=JUSTIFICATION_HELP)

    attachment = commands.add_parser("attachment", help="files attached to a case")
    agroup = attachment.add_subparsers(dest="attachment_command", metavar="SUBCOMMAND")
    p = leaf(agroup, "add", cmd_attachment_add, "attach a file to a case (copied into the vault)")
    p.add_argument("ref")
    p.add_argument("file")
    p.add_argument("--justification", default="", help=JUSTIFICATION_HELP)
    p = leaf(agroup, "list", cmd_attachment_list, "a case's attachments")
    p.add_argument("ref")
    p.add_argument("--justification", default="", help=JUSTIFICATION_HELP)
    p = leaf(
        agroup,
        "save",
        cmd_attachment_save,
        "write an attachment to a file (an audited disclosure; never replaces a file)",
    )
    p.add_argument("attachment_id", metavar="ATTACHMENT_ID", help="its id or a unique prefix")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--justification", default="", help=JUSTIFICATION_HELP)


# -- assessments ----------------------------------------------------------------------------


def _refused(path: str, problem: AssessmentFileProblem, **data: object) -> InvalidInput:
    return InvalidInput(PeopleKind.ASSESSMENT_FILE_REFUSED, path=path, problem=problem, **data)


def read_scores_file(path: Path, framework: Framework) -> tuple[list[FactorScore], str]:
    """The scores and conclusion of an assessment file, checked before anything is written:
    its size before it is read in full, its nesting before it is parsed, then its form. The
    framework's own rules (every factor once, each in range) follow in the core."""
    shown = str(path)
    try:
        if not path.is_file():  # a folder, a pipe or a device is never read (nor waited on)
            raise (
                IsADirectoryError(0, "not a regular file")
                if path.exists()
                else FileNotFoundError(2, "No such file or directory")
            )
        with path.open("rb") as f:
            data = f.read(MAX_ASSESSMENT_FILE + 1)
    except OSError as exc:
        raise InvalidInput(
            PeopleKind.ASSESSMENT_FILE_UNREADABLE, path=shown, os_error=exc.strerror or "?"
        ) from None
    if len(data) > MAX_ASSESSMENT_FILE:
        raise _refused(shown, AssessmentFileProblem.TOO_LARGE, limit=MAX_ASSESSMENT_FILE)
    try:
        doc = parse_object(data, limit=MAX_ASSESSMENT_FILE, max_depth=MAX_ASSESSMENT_DEPTH)
    except JsonProblem as exc:
        raise InvalidInput(
            PeopleKind.ASSESSMENT_FILE_REFUSED, path=shown, problem=exc.problem, **exc.data
        ) from None
    for key in doc:
        if key not in ("scores", "conclusion"):
            raise _refused(shown, AssessmentFileProblem.UNKNOWN_KEY, key=key[:60])
    scores_doc = doc.get("scores")
    if not isinstance(scores_doc, dict) or not scores_doc:
        raise _refused(shown, AssessmentFileProblem.NO_SCORES)
    known = {f.id for f in framework.factors}
    scores: list[FactorScore] = []
    for factor, entry in scores_doc.items():
        if factor not in known:
            raise _refused(
                shown,
                AssessmentFileProblem.UNKNOWN_FACTOR,
                factor=factor[:80],
                framework=framework.id,
                factors=", ".join(f.id for f in framework.factors),
            )
        if not isinstance(entry, dict) or set(entry) - {"score", "evidence"}:
            raise _refused(shown, AssessmentFileProblem.ENTRY_NOT_OBJECT, factor=factor)
        score = entry.get("score")
        # bool is an int in Python; true is not a score.
        if type(score) is not int:
            raise _refused(
                shown,
                AssessmentFileProblem.SCORE_NOT_WHOLE,
                factor=factor,
                low=framework.scale_min,
                high=framework.scale_max,
            )
        evidence = entry.get("evidence", "")
        if not isinstance(evidence, str) or len(evidence) > MAX_EVIDENCE_CHARS:
            raise _refused(
                shown,
                AssessmentFileProblem.EVIDENCE_NOT_TEXT,
                factor=factor,
                limit=MAX_EVIDENCE_CHARS,
            )
        scores.append(FactorScore(factor, score, evidence.strip()))
    conclusion = doc.get("conclusion")
    if not isinstance(conclusion, str) or not conclusion.strip():
        raise _refused(shown, AssessmentFileProblem.NO_CONCLUSION)
    return scores, conclusion


def cmd_assessment_add(ctx: Context, args: argparse.Namespace) -> int:
    session = ctx.session()
    scores, conclusion = read_scores_file(Path(args.file), session.framework)
    assessment, _ = session.cases.add_assessment(
        args.ref, scores, conclusion, justification=args.justification
    )
    view = session.cases.open_case(args.ref, args.justification)
    reading = view.latest_assessment
    if ctx.json:
        emit_json(_reading_json(reading) if reading else {"id": assessment.id})
        return 0
    say(f"Recorded assessment {assessment.id[:8]} on {view.case.ref}.")
    if reading is not None and reading.assessment.id == assessment.id:
        _say_movement(reading)
    return 0


def _reading_json(reading: AssessmentReading) -> dict[str, Any]:
    a = reading.assessment
    return {
        "id": a.id,
        "date": a.assessed_on.isoformat(),
        "assessor": a.assessor,
        "framework": a.framework_id,
        "conclusion": a.summary,
        "first": reading.first,
        "scores": [
            {
                "factor": f.factor_id,
                "name": f.name,
                "domain": f.domain,
                "score": f.score,
                "evidence": f.evidence,
                # null for a first assessment: there is nothing before it
                "before": None if reading.first else f.before,
            }
            for f in reading.factors
        ],
    }


def _say_movement(reading: AssessmentReading) -> None:
    if reading.first:
        say("First assessment: there is nothing earlier to compare with.")
    elif not reading.changed:
        say("No change since the previous assessment.")
    else:
        say(f"{len(reading.changed)} factor(s) changed since the previous assessment.")


def _score(value: int | None) -> str:
    return "—" if value is None else str(value)


def _say_reading(reading: AssessmentReading, framework: Framework) -> None:
    a = reading.assessment
    say(f"Assessment {a.id[:8]} of {a.assessed_on.isoformat()} by {a.assessor}")
    say(f"  Conclusion: {a.summary}")
    _say_movement(reading)
    domain = None
    for f in reading.factors:
        if f.domain != domain:
            domain = f.domain
            say("")
            say(framework.domain_names.get(domain, domain or "Other factors"))
        label = framework.scale_labels.get(f.score, "") if f.score is not None else ""
        move = ""
        if not reading.first and f.changed:
            move = f"   (was {_score(f.before)})"
        say(f"  {f.name}: {_score(f.score)}{f' {label}' if label else ''}{move}")
        say(f"      evidence: {f.evidence or '(none given)'}")


def cmd_assessment_show(ctx: Context, args: argparse.Namespace) -> int:
    session = ctx.session()
    view = session.cases.open_case(args.ref, args.justification)
    framework = session.framework
    if args.all:
        readings = [
            read_assessment(framework, a, view.assessments[n - 1] if n else None)
            for n, a in enumerate(view.assessments)
        ]
    else:
        readings = [view.latest_assessment] if view.latest_assessment else []
    if ctx.json:
        emit_json({"ref": view.case.ref, "assessments": [_reading_json(r) for r in readings]})
        return 0
    say(view.case.marking.value)
    if not readings:
        say(f"Case {view.case.ref} has no assessment yet.")
    for n, reading in enumerate(readings):
        if n:
            say("")
        _say_reading(reading, framework)
    say(view.case.marking.value)
    return 0


# -- attachments ----------------------------------------------------------------------------


def cmd_attachment_add(ctx: Context, args: argparse.Namespace) -> int:
    attachment = ctx.session().attachments.add_attachment(
        args.ref, Path(args.file), justification=args.justification
    )
    if ctx.json:
        emit_json(_attachment_json(attachment))
    else:
        say(
            f"Attached {attachment.name} ({attachment.media_type}, {attachment.size} bytes) "
            f"as {attachment.id}"
        )
    return 0


def _attachment_json(a: Attachment) -> dict[str, Any]:
    return {
        "id": a.id,
        "name": a.name,
        "type": a.media_type,
        "size": a.size,
        "sha256": a.sha256,
        "added_by": a.added_by,
        "added_at": a.added_at,
    }


def cmd_attachment_list(ctx: Context, args: argparse.Namespace) -> int:
    rows = ctx.session().attachments.for_case(args.ref, args.justification)
    if ctx.json:
        emit_json([_attachment_json(a) for a in rows])
        return 0
    table(
        ["ID", "ADDED", "BY", "TYPE", "BYTES", "NAME"],
        [[a.id[:8], a.added_at[:10], a.added_by, a.media_type, a.size, a.name] for a in rows],
    )
    return 0


def cmd_attachment_save(ctx: Context, args: argparse.Namespace) -> int:
    session = ctx.session()
    out = Path(args.out)
    with database.guarded(session.vault.conn):
        attachment_id = resolve_prefix(
            session.vault.conn,
            "attachments",
            "id",
            args.attachment_id,
            what=IdWhat.ATTACHMENT,
            normalise=lower_id,
        )
    # The case's gate decides before anything about the attachment is read back.
    attachment = session.attachments.by_id(attachment_id, args.justification)
    session.attachments.save_out(attachment, out, args.justification, overwrite=False)
    if ctx.json:
        emit_json({**_attachment_json(attachment), "out": str(out)})
    else:
        say(f"Wrote {attachment.name} ({attachment.size} bytes) to {out}")
    return 0
