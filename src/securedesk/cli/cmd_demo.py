"""`securedesk demo-data` and `securedesk --demo` (headless until the window exists)."""

from __future__ import annotations

import argparse
from typing import Any

from securedesk.cli import progress
from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say, table
from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.paths import demo_vault
from securedesk.demo.demo_vault import (
    DEMO_PASSPHRASE,
    DEMO_USER,
    import_demo_cases,
    open_demo_vault,
)


def register(commands: Any, leaf: Any) -> None:
    p = leaf(
        commands,
        "demo-data",
        cmd_demo_data,
        "fill an empty vault with invented people and cases (deterministic per seed)",
    )
    p.add_argument("--cases", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)


def cmd_demo_data(ctx: Context, args: argparse.Namespace) -> int:
    session = ctx.session()
    with progress.shown("Invented cases", json=ctx.json) as line:
        items = import_demo_cases(
            session, args.cases, args.seed, progress=line.count if line else None
        )
    if ctx.json:
        emit_json({"cases": args.cases, "items": items, "seed": args.seed})
    else:
        say(f"Added {args.cases} invented case(s) with {items} item(s) (seed {args.seed}).")
    return 0


def open_demo(ctx: Context) -> int:
    folder = ctx.vault or demo_vault()
    if not ctx.json:
        say(f"Demo vault: {folder} (invented people only)")
        say(f"Sign in as '{DEMO_USER}' with the passphrase '{DEMO_PASSPHRASE}'.")
    session = open_demo_vault(folder)
    try:
        query = CaseQuery(owner=DEMO_USER, open_only=True, sort="next_review", limit=20)
        rows = session.cases.list_cases(query)
        total = session.cases.count_cases(CaseQuery())
        mine = session.cases.count_cases(query)
    finally:
        session.lock()
    if ctx.json:
        emit_json(
            {
                "vault": str(folder),
                "user": DEMO_USER,
                "cases": total,
                "my_cases": mine,
                "first": [r.to_json() for r in rows],
            }
        )
        return 0
    table(
        ["ref", "subjects", "status", "marking", "next review"],
        [[r.ref, r.subjects, r.status.value, r.marking.value, r.next_review] for r in rows],
    )
    say(
        f"Showing {len(rows)} of your {mine} open case(s), soonest review first; the vault "
        f"holds {total}."
    )
    return 0
