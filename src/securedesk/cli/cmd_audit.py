"""`securedesk audit verify|export|checkpoint`: checking, exporting and checkpointing the
audit chain (docs/audit-chain.md)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say
from securedesk.core.audit.audit_service import Verification
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import AuditChainBroken, IntegrityError
from securedesk.transfer.audit_checkpoint import (
    signature_path,
    verify_against,
    write_checkpoint,
)
from securedesk.transfer.identity import load_identity


def register(commands: Any, leaf: Any) -> None:
    audit = commands.add_parser("audit", help="the tamper-evident audit log")
    group = audit.add_subparsers(dest="audit_command", metavar="SUBCOMMAND")
    p = leaf(
        group,
        "verify",
        cmd_verify,
        "recompute the audit chain (and, for an auditor, its MACs); exit 4 at the first "
        "broken link, a checkpoint the chain no longer reaches, or a role or clearance "
        "change with no event",
    )
    p.add_argument(
        "--checkpoint",
        action="append",
        default=[],
        metavar="FILE",
        help="a checkpoint written by `audit checkpoint` (FILE.minisig beside it); repeatable",
    )
    p = leaf(
        group, "export", cmd_export, "write the audit log as JSON Lines (an audited disclosure)"
    )
    p.add_argument("--out", required=True, metavar="FILE")
    p = leaf(
        group,
        "searches",
        cmd_searches,
        "who searched for these words, and when (the chain keeps a keyed digest of each "
        "search, never its words)",
    )
    p.add_argument("--for", dest="words", required=True, metavar="WORDS")
    p = leaf(
        group,
        "checkpoint",
        cmd_checkpoint,
        "sign the chain head with this terminal's key: FILE and FILE.minisig, to keep off "
        "the terminal",
    )
    p.add_argument("--out", required=True, metavar="FILE")


def _mac_note(result: Verification) -> str:
    r = result.report
    if not r.mac_started:
        return (
            "MACs: none yet (the MAC chain starts once the vault has an auditor); "
            "checked by hash only."
        )
    if not result.is_auditor:
        return (
            "MACs were NOT checked: only a user with the auditor role can check them; "
            "checked by hash only."
        )
    text = f"MACs checked: {r.macs_checked}."
    if r.macs_unchecked:
        text += (
            f" {r.macs_unchecked} event(s) are in periods whose MAC key was not sealed to "
            "you (before you became an auditor, or before a reset of your passphrase): "
            "another auditor can check them."
        )
    return text


def cmd_verify(ctx: Context, args: argparse.Namespace) -> int:
    session = ctx.session()
    result = verify_against(session, [Path(p) for p in args.checkpoint])
    report = result.report
    if ctx.json:
        emit_json(
            {
                "ok": result.ok,
                "events": report.events,
                "first_broken": report.first_broken_seq,
                "reason": report.reason,
                "head": report.head_hash if report.ok else None,
                "mac_started": report.mac_started,
                "macs_checked": report.macs_checked if result.is_auditor else None,
                "macs_unchecked": report.macs_unchecked if result.is_auditor else None,
                "checkpoint_seq": result.checkpoint_seq,
                "unrecorded_users": result.unrecorded,
                "key_holders": result.key_holders,
            }
        )
    if not report.ok:
        assert report.first_broken_seq is not None
        raise AuditChainBroken(report.first_broken_seq, report.reason)
    if result.unrecorded:
        raise IntegrityError(ErrorKind.AUDIT_TRAIL_MISMATCH, users=", ".join(result.unrecorded))
    if not ctx.json:
        say(f"Audit chain intact: {report.events} event(s); head {report.head_hash}")
        say(_mac_note(result))
        if result.key_holders == []:
            say(
                "No auditor holds the current MAC key: grant the auditor role to someone so "
                "that new events can be checked."
            )
        if result.checkpoint_seq is not None:
            say(f"The chain reaches the checkpoint at event {result.checkpoint_seq}.")
        say("Every user's roles and clearance match the events that set them.")
    return 0


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    out = Path(args.out)
    count = ctx.session().audit.export(out)
    if ctx.json:
        emit_json({"events": count, "out": str(out)})
    else:
        say(f"Wrote {count} event(s) to {out}")
    return 0


def cmd_checkpoint(ctx: Context, args: argparse.Namespace) -> int:
    out = Path(args.out)
    session = ctx.session()
    cp = write_checkpoint(session, out)
    identity = load_identity(session.vault.conn)
    assert identity is not None  # write_checkpoint made it if needed
    if ctx.json:
        emit_json(
            {
                "out": str(out),
                "signature": str(signature_path(out)),
                "seq": cp.seq,
                "hash": cp.hash,
                "minisign_public": identity.minisign_public,
            }
        )
    else:
        say(f"Checkpoint of event {cp.seq} written to {out} and {signature_path(out)}.")
        say(f"Check it with: minisign -Vm {out} -P {identity.minisign_public}")
        say("Keep both files off the terminal.")
    return 0


def cmd_searches(ctx: Context, args: argparse.Namespace) -> int:
    events = ctx.session().audit.searches_for(args.words)
    if ctx.json:
        emit_json([{"seq": e.seq, "at": e.at, "user": e.user, "action": e.action} for e in events])
        return 0
    for e in events:
        say(f"{e.seq}  {e.at}  {e.user}  {e.action}")
    say(f"{len(events)} search(es) for those words.")
    return 0
