"""The `securedesk` command: parse, sign in, call the session, map errors to exit codes."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from securedesk import __version__
from securedesk.cli import (
    cmd_actions,
    cmd_assessments,
    cmd_audit,
    cmd_backup,
    cmd_bundle,
    cmd_cases,
    cmd_demo,
    cmd_doctor,
    cmd_keys,
    cmd_meetings,
    cmd_pack,
    cmd_people,
    cmd_reports,
    cmd_retention,
    cmd_users,
    cmd_vault,
    window_needs,
)
from securedesk.cli.context import Context, chosen_vault
from securedesk.core import process_hardening
from securedesk.core.errors import (
    EXIT_INTEGRITY,
    EXIT_UNEXPECTED,
    EXIT_USAGE,
    SecureDeskError,
)
from securedesk.core.storage_faults import fault_for
from securedesk.core.vault.database import DatabaseError, is_damage

Handler = Callable[[Context, argparse.Namespace], int]


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Global options go before or after the command: each leaf parser takes them too,
    with suppressed defaults so a value given before the command is not overwritten."""
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--vault", metavar="DIR", default=default, help="the vault folder")
    parser.add_argument("--user", metavar="NAME", default=default, help="who signs in")
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=default,
        help="read the passphrase from the first line of FILE instead of a prompt",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="machine-readable output: one JSON document on standard output",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="the demo vault of invented people (made on first use); with a command, signed "
        "in as 'demo' (or --user, e.g. demo-admin) with the demo passphrase",
    )


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line on standard error and exit 2, as the command contract says.
        self.exit(EXIT_USAGE, f"securedesk: {message} (see 'securedesk --help')\n")


def build_parser() -> argparse.ArgumentParser:
    root = _Parser(
        prog="securedesk",
        description="SecureDesk: the secure room's case application. Without a command it "
        "opens the window; with one it works headless.",
    )
    _global_options(root, suppress=False)
    root.add_argument(
        "--headless",
        action="store_true",
        help="with --demo: make the demo vault and list your cases, without a window",
    )
    root.add_argument("--version", action="version", version=f"securedesk {__version__}")
    commands = root.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def leaf(
        group: argparse._SubParsersAction[_Parser], name: str, handler: Handler, help_text: str
    ) -> _Parser:
        p = group.add_parser(name, help=help_text, description=help_text)
        _global_options(p, suppress=True)
        p.set_defaults(handler=handler)
        return p

    cmd_users.register(commands, leaf)
    cmd_cases.register(commands, leaf)
    cmd_audit.register(commands, leaf)
    cmd_demo.register(commands, leaf)
    cmd_vault.register(commands, leaf)
    cmd_meetings.register(commands, leaf)
    cmd_pack.register(commands, leaf)
    cmd_keys.register(commands, leaf)
    cmd_bundle.register(commands, leaf)
    cmd_actions.register(commands, leaf)
    cmd_assessments.register(commands, leaf)
    cmd_people.register(commands, leaf)
    cmd_reports.register(commands, leaf)
    cmd_backup.register(commands, leaf)
    cmd_retention.register(commands, leaf)
    cmd_doctor.register(commands, leaf)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = Context(
        vault=Path(args.vault) if args.vault else None,
        user=args.user,
        passphrase_file=args.passphrase_file,
        json=bool(args.json),
        demo=bool(args.demo),
    )
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        if args.command:
            # A group such as 'user' or 'case' without its sub-command: a usage error.
            print(
                f"securedesk: '{args.command}' needs a sub-command "
                f"(see 'securedesk {args.command} --help')",
                file=sys.stderr,
            )
            return EXIT_USAGE
        if args.demo and (args.headless or ctx.json):
            return cmd_demo.open_demo(ctx)
        return _open_window(ctx, demo=args.demo)
    try:
        return handler(ctx, args)
    finally:
        ctx.close()


def _open_window(ctx: Context, *, demo: bool) -> int:
    problem = window_needs.missing_for_window()
    if problem is not None:
        print(f"securedesk: {problem}", file=sys.stderr)
        return EXIT_UNEXPECTED
    from securedesk.app import run_gui  # Qt loads only when a window is wanted
    from securedesk.core.paths import demo_vault

    folder = ctx.vault_path if not demo else (ctx.vault or demo_vault())
    return run_gui(folder, demo=demo)


def entry_point() -> None:
    # Before anything opens a vault, for the window and the command alike: no core dumps,
    # no ptrace by other processes, memory locked where the lock limit allows (a step the
    # platform refuses is reported by `vault info` and the About box, never fatal).
    process_hardening.harden()
    from securedesk.demo.demo_vault import CHILD_FLAG, child_main

    if sys.argv[1:2] == [CHILD_FLAG]:  # the demo builder's child, in a frozen program
        child_main(sys.argv[2:])
        sys.exit(0)
    sys.exit(run(sys.argv[1:]))


def _vault_folder(argv: Sequence[str]) -> Path:
    """The vault folder a command names, chosen as Context.vault_path chooses it (--vault DIR
    or --vault=DIR, else the demo vault with --demo, else the default): read from the raw
    arguments, since the failure being reported may have come before they were parsed."""
    args = list(argv)
    vault = None
    for i, arg in enumerate(args):
        if arg == "--vault" and i + 1 < len(args):
            vault = Path(args[i + 1])
            break
        if arg.startswith("--vault="):
            vault = Path(arg.split("=", 1)[1])
            break
    return chosen_vault(vault, demo="--demo" in args)


def run(argv: Sequence[str]) -> int:
    """main() with every expected failure turned into one line and an exit code.

    Never a traceback: an exception's text could carry case content, so unexpected errors
    show only their type.
    """
    try:
        return main(argv)
    except SecureDeskError as exc:
        print(f"securedesk: {exc}", file=sys.stderr)
        return exc.exit_code
    except (DatabaseError, OSError) as exc:
        # A full disk, a read-only folder, a missing -wal/-shm, a drive taken out: named as
        # what they are, with what to do; never called damage (core/storage_faults.py).
        fault = fault_for(exc, _vault_folder(argv))
        if fault is not None:
            print(f"securedesk: {fault}", file=sys.stderr)
            return fault.exit_code
        if isinstance(exc, BrokenPipeError):
            # The reader went away (say, `| head`): nothing to report, nothing more to print.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return EXIT_UNEXPECTED
        if not isinstance(exc, DatabaseError):
            print(
                f"securedesk: unexpected error ({type(exc).__name__}); the step in progress "
                "was rolled back. Report it with the time it happened.",
                file=sys.stderr,
            )
            return EXIT_UNEXPECTED
        if is_damage(exc):
            print(
                "securedesk: The vault database is damaged: a page failed its integrity "
                "check. It was not modified, reset or recreated. Restore it from a backup "
                "and report the damage.",
                file=sys.stderr,
            )
            return EXIT_INTEGRITY
        print(f"securedesk: unexpected database error ({type(exc).__name__}).", file=sys.stderr)
        return EXIT_UNEXPECTED
    except KeyboardInterrupt:
        print("securedesk: interrupted; the step in progress was rolled back.", file=sys.stderr)
        return EXIT_UNEXPECTED
    except Exception as exc:  # the last line of defence: no traceback, no content
        print(
            f"securedesk: unexpected error ({type(exc).__name__}); the step in progress was "
            "rolled back. Report it with the time it happened.",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED
