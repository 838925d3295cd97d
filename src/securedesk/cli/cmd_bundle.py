"""`securedesk bundle export|verify|inspect|import|receipt|partner-checkpoints|list`: moving
cases between terminals."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from securedesk.cli import progress
from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say, table
from securedesk.cli.paging import add_paging_options, count_line, page_json, paging
from securedesk.core.access import Permission
from securedesk.core.errors import EXIT_USAGE, BundleRejected, InvalidInput
from securedesk.transfer.bundle_export import export_bundle
from securedesk.transfer.bundle_import import (
    BundleCheck,
    check_bundle,
    import_bundle,
    inspect_bundle,
    verify_with_card,
)
from securedesk.transfer.bundle_log_store import BundleLog
from securedesk.transfer.conflict_store import reason_words
from securedesk.transfer.conflicts import conflicts, keep_local
from securedesk.transfer.contact_card import parse_card, read_card_file
from securedesk.transfer.import_preview import ImportPreview
from securedesk.transfer.limits import DEFAULT_EXPIRY_DAYS
from securedesk.transfer.partner_checkpoints import write_partner_checkpoints
from securedesk.transfer.receipts import make_receipt
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.transfer_error_kinds import ExchangeErrorKind, TransferErrorKind


def register(commands: Any, leaf: Any) -> None:
    bundle = commands.add_parser("bundle", help="signed, encrypted transfer bundles")
    group = bundle.add_subparsers(dest="bundle_command", metavar="SUBCOMMAND")
    p = leaf(group, "export", cmd_export, "export cases to trusted terminals as one bundle file")
    p.add_argument("--to", action="append", required=True, metavar="FINGERPRINT")
    p.add_argument("--case", action="append", required=True, metavar="REF")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--expires-days", type=int, default=DEFAULT_EXPIRY_DAYS, metavar="DAYS")
    p.add_argument(
        "--strict",
        action="store_true",
        help="refuse the export if handling caveats keep any item of a case from a recipient, "
        "instead of leaving the item out and stating the gap",
    )
    p.add_argument(
        "--override-caveat",
        action="append",
        default=[],
        metavar="ITEM_ID",
        help="send this item although its handling caveats withhold it (only where the "
        "policy caveat_overrides is on; recorded with the justification)",
    )
    p.add_argument(
        "--justification",
        action="append",
        default=[],
        metavar="TEXT",
        help="why an override is made (one per --override-caveat, or one for all)",
    )
    p = leaf(group, "verify", cmd_verify, "check sender and integrity (no decryption)")
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--sender-card",
        metavar="CARD",
        help="check against this contact card instead of a vault's trust store (checkpoint)",
    )
    owner_help = "the officer who is to own the cases it creates (default: you)"
    p = leaf(group, "inspect", cmd_inspect, "decrypt and show what an import would do")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--owner", metavar="USER", help=owner_help)
    p = leaf(group, "import", cmd_import, "import a bundle (all of it or nothing)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--owner", metavar="USER", help=owner_help)
    p.add_argument("--yes", action="store_true", help="import without asking after the preview")
    p.add_argument(
        "--accept-older",
        action="store_true",
        help="import although a later bundle from the same sender was imported already",
    )
    p = leaf(group, "receipt", cmd_receipt, "write a signed receipt for an imported bundle")
    p.add_argument("bundle_id", metavar="BUNDLE_ID")
    p.add_argument("--out", required=True, metavar="FILE")
    p = leaf(
        group,
        "partner-checkpoints",
        cmd_partner_checkpoints,
        "write the audit checkpoints a terminal's receipts carried (FILE and FILE.minisig "
        "each) for that terminal's `audit verify --checkpoint`",
    )
    p.add_argument("fingerprint", metavar="FINGERPRINT")
    p.add_argument("--out", required=True, metavar="DIR")
    p = leaf(group, "list", cmd_list, "bundles sent and received, with their receipts")
    add_paging_options(p, "bundles of each list (sent, received)")
    p = leaf(group, "conflicts", cmd_conflicts, "incoming versions set aside by local edits")
    p.add_argument("--all", action="store_true", help="include settled conflicts")
    p = leaf(group, "resolve", cmd_resolve, "settle a conflict, keeping the local record")
    p.add_argument("conflict_id", metavar="CONFLICT_ID")


def _overrides(args: argparse.Namespace) -> dict[str, str]:
    """--override-caveat ITEM_ID paired with --justification TEXT."""
    items: list[str] = [i.strip() for i in args.override_caveat]
    reasons: list[str] = args.justification
    if not items and not reasons:
        return {}
    if len(reasons) not in (1, len(items)) or not items:
        raise InvalidInput(
            ExchangeErrorKind.EXPORT_OVERRIDE_PAIRS,
            overrides=len(items),
            justifications=len(reasons),
        )
    if len(reasons) == 1:
        reasons = reasons * len(items)
    return dict(zip(items, reasons, strict=True))


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    overrides = _overrides(args)
    with progress.shown("Bundle export", json=ctx.json) as meter:
        result = export_bundle(
            ctx.session(),
            recipients=args.to,
            case_refs=args.case,
            out=Path(args.out),
            expires_in_days=args.expires_days,
            overrides=overrides,
            strict=args.strict,
            progress=meter,
        )
    doc = {
        "bundle_id": result.bundle_id,
        "sequence": result.sequence,
        "out": str(result.out),
        "bytes": result.file_size,
        "highest_marking": result.highest_marking.value,
        "recipients": result.recipients,
        "expires": result.expires.isoformat(),
        "counts": result.counts,
        "items_withheld": result.items_withheld,
        "withheld_under_caveats": result.withheld,
        "released_by_override": result.released,
    }
    if ctx.json:
        emit_json(doc)
    else:
        say(
            f"Wrote bundle {result.bundle_id} (number {result.sequence}, "
            f"{result.highest_marking.value}) to {result.out}: {result.cases} case(s), "
            f"{result.records} record(s), {result.attachments} attachment(s), "
            f"{result.file_size:,} bytes; expires {result.expires:%Y-%m-%d}."
        )
        if result.withheld:
            detail = ", ".join(f"{ref}: {n}" for ref, n in result.withheld.items())
            say(
                f"{result.items_withheld} item(s) withheld under handling caveats and not in "
                f"the bundle ({detail}); the bundle states the gap to its recipients."
            )
        if result.released:
            say(
                f"{len(result.released)} item(s) sent under a recorded caveat override: "
                + ", ".join(result.released)
            )
    return 0


def _withheld(check: BundleCheck) -> dict[str, int]:
    """Case id -> items the sender's caveats kept out, as the signed manifest states."""
    manifest = check.checked.manifest
    return dict(manifest.withheld) if manifest is not None else {}


def _withheld_lines(check: BundleCheck, preview: ImportPreview | None) -> list[str]:
    withheld = _withheld(check)
    if not withheld:
        return []
    refs = {c.case_id: c.ref for c in preview.cases} if preview is not None else {}
    detail = ", ".join(f"case {refs.get(c, c)}: {n}" for c, n in withheld.items())
    return [
        f"Withheld    {sum(withheld.values())} item(s) kept back by the sender under handling "
        f"caveats ({detail}); they are not in this bundle"
    ]


def _describe(check: BundleCheck) -> list[str]:
    e = check.checked.envelope
    return [
        f"Bundle      {e.bundle_id} ({e.kind}, number {e.sequence})",
        f"Sender      {check.sender_name}, {check.sender_organisation}",
        f"Fingerprint {check.sender_fingerprint}",
        f"Created     {e.created:%Y-%m-%d %H:%M} UTC; expires {e.expires:%Y-%m-%d %H:%M} UTC",
        f"Marking     {e.highest_marking.value} (highest inside)",
        f"Recipients  {', '.join(e.recipient_fingerprints())}",
        "Signatures  good; payload intact",
    ]


def cmd_verify(ctx: Context, args: argparse.Namespace) -> int:
    path = Path(args.file)
    if args.sender_card:
        card_path = Path(args.sender_card)
        try:
            data = read_card_file(card_path)
        except OSError as exc:
            raise BundleRejected(
                RefusalReason.UNREADABLE,
                TransferErrorKind.CARD_UNREADABLE,
                path=str(card_path),
                os_error=exc.strerror,
            ) from None
        card = parse_card(data)
        checked = verify_with_card(path, card)
        e = checked.envelope
        doc = {
            "ok": True,
            "bundle_id": e.bundle_id,
            "sequence": e.sequence,
            "sender": card.fingerprint,
            "highest_marking": e.highest_marking.value,
            "recipients": e.recipient_fingerprints(),
            "expires": e.expires.isoformat(),
        }
        if ctx.json:
            emit_json(doc)
        else:
            say(f"Bundle {e.bundle_id}: signed by {card.name} ({card.fingerprint}); intact.")
        return 0
    check = check_bundle(ctx.session(), path)
    if ctx.json:
        emit_json({"ok": True, **check.to_json()})
    else:
        for line in _describe(check):
            say(line)
        if not check.addressed_here:
            say("Note        not addressed to this terminal")
    return 0


def _preview_lines(preview: ImportPreview) -> list[str]:
    doc = preview.to_json()
    lines = []
    for label, key in (
        ("Create", "creates"),
        ("Update", "updates"),
        ("Unchanged", "unchanged"),
        ("Conflicts", "conflicts"),
    ):
        counts = doc.get(key, {})
        if counts:
            detail = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
            lines.append(f"{label:<11} {detail}")
    if preview.conflicts:
        lines.append(
            "            conflicting records are not overwritten; the incoming versions are "
            "kept for review"
        )
    if preview.owner is not None and preview.creates["case"]:
        lines.append(preview.owner.line())
    if preview.likely_people:  # people sent who look like people held here
        lines.append(
            f"People      {len(preview.likely_people)} incoming person(s) look like people "
            "held here; after the import, merge each pair with 'securedesk person merge "
            "KEEP_ID OTHER_ID --reason TEXT':"
        )
        lines += [f"            {m.line()}" for m in preview.likely_people[:20]]
        if len(preview.likely_people) > 20:
            lines.append(f"            and {len(preview.likely_people) - 20} more (see --json)")
    return lines + _case_lines(preview)


def _terminal(fingerprint: str, name: str, organisation: str) -> str:
    named = ", ".join(part for part in (name, organisation) if part)
    return f"{named} ({fingerprint})" if named else fingerprint


_ORIGIN_WORDS = {
    "new": "new here",
    "sender": "origin here: this sender",
    "local": "origin here: this terminal (created here), not this sender",
}


def _case_lines(preview: ImportPreview) -> list[str]:
    """Case by case: who sent it, where the case held here came from, and which records
    become conflicts and why."""
    sender = _terminal(*preview.sender)
    lines = []
    for case in preview.cases:
        sent_as = f" (sender's {case.sender_ref})" if case.ref_changed else ""
        lines.append(f"Case        {case.ref}{sent_as}: {case.outcome}; sent by {sender}")
        if case.origin_terminal is not None:
            origin = f"origin here: {_terminal(*case.origin_terminal)}, not this sender"
        else:
            origin = _ORIGIN_WORDS[case.origin]
        lines.append(f"            {origin}")
        for kind, record_id, reason in case.conflict_records:
            lines.append(f"            conflict: {kind} {record_id}: {reason_words(reason)}")
        if case.more_conflicts:
            lines.append(f"            and {case.more_conflicts} more conflicting record(s)")
    if preview.more_cases:
        lines.append(f"            and {preview.more_cases} more case(s)")
    return lines


def cmd_inspect(ctx: Context, args: argparse.Namespace) -> int:
    with progress.shown("Bundle check", json=ctx.json) as meter:
        check, preview = inspect_bundle(
            ctx.session(), Path(args.file), owner=args.owner, progress=meter
        )
    if ctx.json:
        emit_json(
            {
                **check.to_json(),
                "preview": preview.to_json() if preview else None,
                "withheld_under_caveats": _withheld(check),
            }
        )
        return 0
    for line in _describe(check):
        say(line)
    if check.already_imported is not None:
        say("Already     imported before; importing again changes nothing")
    elif check.is_older:
        say(f"Older       number {check.older_than} from this sender was imported already")
    if preview is not None:
        for line in _preview_lines(preview):
            say(line)
    for line in _withheld_lines(check, preview):
        say(line)
    return 0


def cmd_import(ctx: Context, args: argparse.Namespace) -> int:
    session = ctx.session()
    path = Path(args.file)
    expected = None
    if not args.yes:
        with progress.shown("Bundle check", json=ctx.json) as meter:
            check, preview = inspect_bundle(session, path, owner=args.owner, progress=meter)
        if check.already_imported is None:
            lines = _describe(check) + (_preview_lines(preview) if preview else [])
            lines += _withheld_lines(check, preview)
            if not sys.stdin.isatty():
                print(
                    "securedesk: this is what the import would do; run it again with --yes to "
                    "import (nothing was changed).",
                    file=sys.stderr,
                )
                for line in lines:
                    print(line, file=sys.stderr)
                return EXIT_USAGE
            for line in lines:
                say(line)
            if input("Import this bundle? [y/N] ").strip().lower() not in ("y", "yes"):
                say("Nothing was imported.")
                return 0
            expected = check.checked.envelope_sha256
    with progress.shown("Bundle import", json=ctx.json) as meter:
        outcome = import_bundle(
            session,
            path,
            accept_older=args.accept_older,
            expected_envelope_sha256=expected,
            owner=args.owner,
            progress=meter,
        )
    if ctx.json:
        emit_json(
            {
                **outcome.check.to_json(),
                "imported": outcome.imported,
                "message": outcome.message,
                "preview": outcome.preview.to_json() if outcome.preview else None,
                "withheld_under_caveats": _withheld(outcome.check),
            }
        )
    else:
        say(outcome.message)
        if outcome.preview and outcome.preview.owner and outcome.preview.creates["case"]:
            say(outcome.preview.owner.line())
        for line in _withheld_lines(outcome.check, outcome.preview):
            say(line)
    return 0


def cmd_receipt(ctx: Context, args: argparse.Namespace) -> int:
    result = make_receipt(ctx.session(), args.bundle_id, Path(args.out))
    if ctx.json:
        emit_json(
            {
                "receipt": result.bundle_id,
                "receipt_for": result.receipt_for,
                "out": str(result.out),
                "to": result.recipient,
            }
        )
    else:
        say(f"Wrote receipt {result.bundle_id} for bundle {result.receipt_for} to {result.out}.")
    return 0


def cmd_partner_checkpoints(ctx: Context, args: argparse.Namespace) -> int:
    paths = write_partner_checkpoints(ctx.session(), args.fingerprint, Path(args.out))
    if ctx.json:
        emit_json({"out": args.out, "checkpoints": [str(p) for p in paths]})
    else:
        for path in paths:
            say(str(path))
        say(
            f"Wrote {len(paths)} checkpoint(s), each with its .minisig, to {args.out}. "
            "Give them to that terminal's auditor for 'securedesk audit verify --checkpoint'."
        )
    return 0


def cmd_list(ctx: Context, args: argparse.Namespace) -> int:
    # Two lists, each paged alike: --offset N is the Nth bundle of each.
    page = paging(args)
    session = ctx.session()
    if not ({Permission.EXPORT, Permission.IMPORT, Permission.AUDIT} & session.permissions):
        session.require(Permission.IMPORT)
    log = BundleLog(session.vault.conn)
    if page.every_row(ctx.json):
        emit_json(
            {
                "sent": [vars(b) for b in log.outgoing()],
                "received": [vars(b) for b in log.incoming()],
            }
        )
        return 0
    sent = log.outgoing(page.limit, page.offset)
    received = log.incoming(page.limit, page.offset)
    sent_total, received_total = log.count_outgoing(), log.count_incoming()
    if ctx.json:
        emit_json(
            {
                "sent": page_json([vars(b) for b in sent], page.offset, sent_total),
                "received": page_json([vars(b) for b in received], page.offset, received_total),
            }
        )
        return 0
    table(
        ["sent", "kind", "number", "created", "to", "marking", "receipts"],
        [
            (
                b.bundle_id,
                b.kind,
                b.sequence,
                b.created_at[:16],
                len(b.recipients),
                b.highest_marking,
                f"{len(b.receipts)}/{len(b.recipients)}" if b.kind == "records" else "-",
            )
            for b in sent
        ],
    )
    say(count_line(len(sent), page.offset, sent_total, "bundle(s) sent"))
    say("")
    table(
        ["received", "kind", "number", "imported", "from", "receipt sent"],
        [
            (
                b.bundle_id,
                b.kind,
                b.sequence,
                b.imported_at[:16],
                b.sender_fingerprint,
                (b.receipt_issued_at or "")[:16] if b.kind == "records" else "-",
            )
            for b in received
        ],
    )
    say(count_line(len(received), page.offset, received_total, "bundle(s) received"))
    return 0


def cmd_conflicts(ctx: Context, args: argparse.Namespace) -> int:
    found = conflicts(ctx.session(), include_resolved=args.all)
    if ctx.json:
        emit_json([vars(c) for c in found])
        return 0
    if not found:
        say("No open import conflicts." if not args.all else "No import conflicts.")
        return 0
    table(
        ["conflict", "case", "record", "reason", "bundle", "detected", "settled"],
        [
            (
                c.id,
                c.case_ref,
                f"{c.record_type} {c.record_id}",
                reason_words(c.reason),
                c.bundle_id,
                c.detected_at[:16],
                f"{(c.resolved_at or '')[:16]} {c.resolved_by or ''}".strip(),
            )
            for c in found
        ],
    )
    return 0


def cmd_resolve(ctx: Context, args: argparse.Namespace) -> int:
    settled = keep_local(ctx.session(), args.conflict_id)
    if ctx.json:
        emit_json(vars(settled))
    else:
        say(
            f"Conflict {settled.id} settled: the local {settled.record_type} of case "
            f"{settled.case_ref or '?'} is kept."
        )
    return 0
