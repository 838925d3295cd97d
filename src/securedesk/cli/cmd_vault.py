"""`securedesk vault check` and `securedesk policy show|set`: the vault as a whole."""

from __future__ import annotations

import argparse
from typing import Any

from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say, table
from securedesk.core.error_kinds import ErrorKind, word
from securedesk.core.session import DEFAULT_POLICY
from securedesk.core.vault.database import MEMORY_SECURITY_POLICY


def register(commands: Any, leaf: Any) -> None:
    vault = commands.add_parser("vault", help="the vault as a whole")
    group = vault.add_subparsers(dest="vault_command", metavar="SUBCOMMAND")
    leaf(
        group,
        "check",
        cmd_check,
        "authenticate every page of the database and check its structure (exit 4 if damaged)",
    )
    leaf(group, "info", cmd_info, "vault id, terminal name, organisation, binding")
    leaf(
        group,
        "rekey",
        cmd_rekey,
        "administrators: a new database key re-sealed to every user (after a suspected "
        "exposure); old copies of keyslots.json stop opening the vault",
    )

    policy = commands.add_parser(
        "policy", help="idle lock, classification ceiling, memory security and more"
    )
    pgroup = policy.add_subparsers(dest="policy_command", metavar="SUBCOMMAND")
    leaf(pgroup, "show", cmd_policy_show, "show the policy")
    p = leaf(pgroup, "set", cmd_policy_set, "change one policy value (administrators)")
    p.add_argument("key", choices=sorted(DEFAULT_POLICY))
    p.add_argument("value")


def cmd_check(ctx: Context, args: argparse.Namespace) -> int:
    pages = ctx.session().check_integrity()
    if ctx.json:
        emit_json({"ok": True, "pages": pages})
    else:
        say(f"Vault intact: {pages} page(s) authenticated and checked.")
    return 0


def cmd_info(ctx: Context, args: argparse.Namespace) -> int:
    info = ctx.session().describe()
    if ctx.json:
        emit_json(info)
    else:
        for key, value in info.items():
            say(f"{key}: {value}")
    return 0


def cmd_rekey(ctx: Context, args: argparse.Namespace) -> int:
    # The passphrase is the sign-in's own: from the prompt or --passphrase-file, never
    # from the command line.
    session = ctx.session()
    session.users.rotate_database_key()
    if ctx.json:
        emit_json({"ok": True, "vault_id": session.vault.vault_id})
    else:
        say(
            "Database key rotated. Older copies of keyslots.json no longer open the vault; "
            "each user's slot takes the new key at their next sign-in."
        )
    return 0


def cmd_policy_show(ctx: Context, args: argparse.Namespace) -> int:
    policy = ctx.session().policy()
    if ctx.json:
        emit_json(policy)
    else:
        table(["policy", "value"], sorted(policy.items()))
    return 0


def cmd_policy_set(ctx: Context, args: argparse.Namespace) -> int:
    session = ctx.session()
    session.set_policy(args.key, args.value)
    if ctx.json:
        emit_json(session.policy())
    else:
        say(f"{args.key} is now {session.policy()[args.key]}")
        if args.key == MEMORY_SECURITY_POLICY:
            say(word(ErrorKind.MEMORY_SECURITY_FROM_NEXT_SIGN_IN, {"key": args.key}))
    return 0
