"""`securedesk init` and `securedesk user ...`: creating the vault and managing accounts."""

from __future__ import annotations

import argparse
from typing import Any

from securedesk.cli import passphrases
from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say, table
from securedesk.core.access import Role
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.markings import Marking
from securedesk.core.session import Session


def register(commands: Any, leaf: Any) -> None:
    p = leaf(commands, "init", cmd_init, "create a new vault with its first administrator")
    p.add_argument("--admin", required=True, metavar="NAME", help="the administrator's name")
    p.add_argument(
        "--no-terminal-binding",
        action="store_true",
        help="do not bind the vault to this terminal's keyring (an explicit, visible choice)",
    )
    p.add_argument("--name", default="", metavar="TERMINAL_NAME", help="this terminal's name")
    p.add_argument("--org", default="", metavar="ORG", help="the organisation")

    user = commands.add_parser("user", help="manage user accounts")
    group = user.add_subparsers(dest="user_command", metavar="SUBCOMMAND")
    p = leaf(group, "add", cmd_user_add, "add a user (they set their own passphrase at sign-in)")
    p.add_argument("name")
    p.add_argument("--role", action="append", required=True, choices=[r.value for r in Role])
    p.add_argument("--clearance", default=Marking.OFFICIAL_SENSITIVE.value, metavar="MARKING")
    p.add_argument("--display-name", default="")
    p.add_argument(
        "--new-passphrase-file", metavar="FILE", help="the new user's first (one-time) passphrase"
    )
    p = leaf(
        group,
        "passwd",
        cmd_user_passwd,
        "change your own passphrase, or (administrators) reset another's",
    )
    p.add_argument("name")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    leaf(group, "list", cmd_user_list, "list users, their roles and clearance")
    p = leaf(
        group,
        "disable",
        cmd_user_disable,
        "disable a user; their key slot goes and the database key is rotated",
    )
    p.add_argument("name")
    p = leaf(group, "clearance", cmd_user_clearance, "set a user's clearance")
    p.add_argument("name")
    p.add_argument("marking")
    p = leaf(group, "roles", cmd_user_roles, "set a user's roles")
    p.add_argument("name")
    p.add_argument("--role", action="append", required=True, choices=[r.value for r in Role])


def cmd_init(ctx: Context, args: argparse.Namespace) -> int:
    secret = passphrases.new_passphrase(
        ctx.passphrase_file, ErrorKind.PROMPT_PASSPHRASE_FOR, user=args.admin
    )
    session = Session.create_vault(
        ctx.vault_path,
        admin=args.admin,
        passphrase=secret,
        terminal_binding=not args.no_terminal_binding,
        terminal_name=args.name,
        organisation=args.org,
    )
    try:
        info = session.describe()
    finally:
        session.lock()
    if ctx.json:
        emit_json({**info, "vault": str(ctx.vault_path), "admin": args.admin})
    else:
        say(f"Created vault {info['vault_id']} in {ctx.vault_path}")
        say(f"Administrator: {args.admin}")
        if info["terminal_binding"]:
            say("Bound to this terminal: its keyring holds a secret the vault needs.")
        else:
            say(
                "NOT bound to this terminal: a copy of the folder opens anywhere with a "
                "passphrase. This was chosen explicitly with --no-terminal-binding."
            )
    return 0


def cmd_user_add(ctx: Context, args: argparse.Namespace) -> int:
    session = ctx.session()
    roles = [Role.parse(r) for r in args.role]
    secret = passphrases.new_passphrase(
        args.new_passphrase_file, ErrorKind.PROMPT_ONE_TIME_PASSPHRASE_FOR, user=args.name
    )
    session.users.add_user(
        args.name, roles, secret, Marking.parse(args.clearance), args.display_name
    )
    if ctx.json:
        emit_json({"user": args.name, "roles": sorted(r.value for r in roles)})
    else:
        say(f"Added user {args.name}. They must choose their own passphrase at first sign-in.")
    return 0


def cmd_user_passwd(ctx: Context, args: argparse.Namespace) -> int:
    session = ctx.session()
    if args.name == session.vault.user:
        secret = passphrases.new_passphrase(args.new_passphrase_file)
        session.users.change_own_passphrase(secret)
        if ctx.json:
            emit_json({"user": args.name, "changed": True})
        else:
            say("Your passphrase is changed.")
        return 0
    one_time = (
        passphrases.read_passphrase_file(args.new_passphrase_file)
        if args.new_passphrase_file
        else None
    )
    issued = session.users.reset_passphrase(args.name, one_time)
    if ctx.json:
        emit_json({"user": args.name, "one_time_passphrase": None if one_time else issued})
    elif one_time:
        say(
            f"User {args.name} has the one-time passphrase from the file; they must change it "
            "at their next sign-in."
        )
    else:
        say(
            f"One-time passphrase for {args.name} (give it to them in person; they must "
            f"change it at their next sign-in): {issued}"
        )
    return 0


def cmd_user_list(ctx: Context, args: argparse.Namespace) -> int:
    users = ctx.session().users.list_users()
    if ctx.json:
        emit_json(
            [
                {
                    "name": u.name,
                    "display_name": u.display_name,
                    "clearance": u.clearance.value,
                    "roles": sorted(r.value for r in u.roles),
                    "disabled": u.disabled,
                    "must_change_passphrase": u.must_change_passphrase,
                }
                for u in users
            ]
        )
        return 0
    table(
        ["user", "roles", "clearance", "state"],
        [
            [
                u.name,
                ", ".join(sorted(r.value for r in u.roles)),
                u.clearance.value,
                "disabled"
                if u.disabled
                else ("must change passphrase" if u.must_change_passphrase else "active"),
            ]
            for u in users
        ],
    )
    return 0


def cmd_user_disable(ctx: Context, args: argparse.Namespace) -> int:
    ctx.session().users.disable_user(args.name)
    if ctx.json:
        emit_json({"user": args.name, "disabled": True, "key_rotated": True})
    else:
        say(f"Disabled {args.name}; their key slot is removed and the database key rotated.")
    return 0


def cmd_user_roles(ctx: Context, args: argparse.Namespace) -> int:
    roles = [Role.parse(r) for r in args.role]
    ctx.session().users.set_roles(args.name, roles)
    if ctx.json:
        emit_json({"user": args.name, "roles": sorted(r.value for r in roles)})
    else:
        say(f"{args.name} now has: {', '.join(sorted(r.value for r in roles))}")
    return 0


def cmd_user_clearance(ctx: Context, args: argparse.Namespace) -> int:
    marking = Marking.parse(args.marking)
    ctx.session().users.set_clearance(args.name, marking)
    if ctx.json:
        emit_json({"user": args.name, "clearance": marking.value})
    else:
        say(f"{args.name} is now cleared to {marking.value}")
    return 0
