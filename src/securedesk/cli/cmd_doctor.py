"""`securedesk doctor`: this terminal's readiness, one line per check.

Exit 0 only when every check holds; 5 when any fails or could not be checked (each line says
what to do). Without --user the clock and backup checks are not made: they need the vault
(and with no vault at the folder yet, they say that instead).
"""

from __future__ import annotations

import argparse
from typing import Any

from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say
from securedesk.core.errors import EXIT_POLICY
from securedesk.core.terminal_checks import Status, all_hold
from securedesk.core.terminal_survey import survey
from securedesk.core.vault.folder import Vault

MARKS = {Status.OK: "ok  ", Status.FAIL: "FAIL", Status.NOT_CHECKED: "----"}


def register(commands: Any, leaf: Any) -> None:
    """Adds this module's commands to the parser."""
    leaf(
        commands,
        "doctor",
        cmd_doctor,
        "check this terminal against what the security model assumes (keyring, swap, "
        "hibernation, core dumps, memory locking, disk encryption, clock, free space, "
        "backups); exit 0 when every check holds, 5 when any does not. With --user the "
        "clock and backups are checked too",
    )


def cmd_doctor(ctx: Context, args: argparse.Namespace) -> int:
    folder = ctx.vault_path  # --vault, else the demo vault with --demo, else the default
    session = ctx.session() if ctx.user and Vault.slots_path(folder).is_file() else None
    results = survey(folder, session)
    ok = all_hold(results)
    if ctx.json:
        emit_json({"ok": ok, "vault": str(folder), "checks": [r.as_json() for r in results]})
    else:
        say(f"SecureDesk doctor: vault {folder}")
        for r in results:
            say(f"{MARKS[r.status]}  {r.check:<15} {r.line()}")
        failing = sum(1 for r in results if not r.holds)
        say("All checks hold." if ok else f"{failing} of {len(results)} checks do not hold.")
    return 0 if ok else EXIT_POLICY
