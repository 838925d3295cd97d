"""`securedesk audit verify|export`: checking and exporting the audit chain."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say
from securedesk.core.errors import AuditChainBroken


def register(commands: Any, leaf: Any) -> None:
    audit = commands.add_parser("audit", help="the tamper-evident audit log")
    group = audit.add_subparsers(dest="audit_command", metavar="SUBCOMMAND")
    leaf(group, "verify", cmd_verify, "recompute the audit chain; exit 4 at the first broken link")
    p = leaf(
        group, "export", cmd_export, "write the audit log as JSON Lines (an audited disclosure)"
    )
    p.add_argument("--out", required=True, metavar="FILE")


def cmd_verify(ctx: Context, args: argparse.Namespace) -> int:
    report = ctx.session().audit.verify()
    if ctx.json:
        emit_json(
            {
                "ok": report.ok,
                "events": report.events,
                "first_broken": report.first_broken_seq,
                "reason": report.reason,
                "head": report.head_hash if report.ok else None,
            }
        )
    if not report.ok:
        assert report.first_broken_seq is not None
        raise AuditChainBroken(report.first_broken_seq, report.reason)
    if not ctx.json:
        say(f"Audit chain intact: {report.events} event(s); head {report.head_hash}")
    return 0


def cmd_export(ctx: Context, args: argparse.Namespace) -> int:
    out = Path(args.out)
    count = ctx.session().audit.export(out)
    if ctx.json:
        emit_json({"events": count, "out": str(out)})
    else:
        say(f"Wrote {count} event(s) to {out}")
    return 0
