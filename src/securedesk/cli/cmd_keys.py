"""`securedesk keys ...` and `securedesk trust ...`: this terminal's keys and contact card,
and the trust store of partner terminals."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from securedesk.cli.arg_types import parse_date
from securedesk.cli.context import Context
from securedesk.cli.output import emit_json, say, table
from securedesk.core.errors import InvalidInput
from securedesk.core.markings import Marking
from securedesk.transfer.contact_card import read_card_file
from securedesk.transfer.identity import (
    ensure_identity,
    export_card,
    export_identity,
    minisign_key_id_hex,
)
from securedesk.transfer.transfer_error_kinds import TransferErrorKind
from securedesk.transfer.trust_store import TrustedTerminal, TrustStore


def register(commands: Any, leaf: Any) -> None:
    keys = commands.add_parser("keys", help="this terminal's keys and contact card")
    group = keys.add_subparsers(dest="keys_command", metavar="SUBCOMMAND")
    leaf(group, "show", cmd_keys_show, "this terminal's fingerprint and public keys")
    p = leaf(group, "export-card", cmd_keys_export_card, "write the contact card for partners")
    p.add_argument("--out", required=True, metavar="FILE")
    p = leaf(
        group,
        "export-identity",
        cmd_keys_export_identity,
        "write the age identity to a new owner-only file, for recovery with the age command "
        "(administrators only; an audited disclosure)",
    )
    p.add_argument("--out", required=True, metavar="FILE", help="a file that does not exist")

    trust = commands.add_parser("trust", help="partner terminals this terminal trusts")
    group = trust.add_subparsers(dest="trust_command", metavar="SUBCOMMAND")
    p = leaf(
        group,
        "add",
        cmd_trust_add,
        "trust a partner's contact card until a date; compare the printed fingerprint with "
        "the partner out of band",
    )
    p.add_argument("card", metavar="CARD", help="the contact card file")
    p.add_argument("--expires", required=True, type=parse_date, metavar="YYYY-MM-DD")
    p.add_argument(
        "--ceiling", metavar="MARKING", help="at most this marking (default: the card's own)"
    )
    leaf(group, "list", cmd_trust_list, "trusted, expired and revoked partner terminals")
    p = leaf(group, "revoke", cmd_trust_revoke, "revoke a partner terminal for good")
    p.add_argument("fingerprint", metavar="FINGERPRINT")


# -- keys ---------------------------------------------------------------------------------


def cmd_keys_show(ctx: Context, args: argparse.Namespace) -> int:
    identity = ensure_identity(ctx.session())
    doc = {
        "name": identity.name,
        "organisation": identity.organisation,
        "fingerprint": identity.fingerprint,
        "age_recipient": identity.age_recipient,
        "minisign_public_key": identity.minisign_public,
        "minisign_key_id": minisign_key_id_hex(identity.minisign_key_id),
        "created_at": identity.created_at,
    }
    if ctx.json:
        emit_json(doc)
    else:
        say(f"Terminal:            {identity.name}")
        say(f"Organisation:        {identity.organisation}")
        say(f"Fingerprint:         {identity.fingerprint}")
        say(f"Age recipient:       {identity.age_recipient}")
        say(f"Minisign public key: {identity.minisign_public}")
        say(f"Minisign key id:     {doc['minisign_key_id']}")
    return 0


def cmd_keys_export_card(ctx: Context, args: argparse.Namespace) -> int:
    out = Path(args.out)
    card = export_card(ctx.session(), out)
    if ctx.json:
        emit_json({"out": str(out), "fingerprint": card.fingerprint, "ceiling": card.ceiling.value})
    else:
        say(f"Wrote the contact card to {out}")
        say(f"Fingerprint: {card.fingerprint}")
        say("Read this fingerprint to the partner's administrator by telephone or in person.")
    return 0


def cmd_keys_export_identity(ctx: Context, args: argparse.Namespace) -> int:
    out = Path(args.out)
    identity = export_identity(ctx.session(), out)
    if ctx.json:
        emit_json({"out": str(out), "age_recipient": identity.age_recipient})
    else:
        say(f"Wrote the age identity to {out} (readable by its owner only).")
        say("It opens every bundle sent to this terminal: keep it offline and locked away.")
    return 0


# -- trust --------------------------------------------------------------------------------


def _read_card(path: str) -> bytes:
    try:
        return read_card_file(Path(path))
    except OSError as exc:
        raise InvalidInput(
            TransferErrorKind.CARD_FILE_UNREADABLE, path=path, os_error=exc.strerror
        ) from None


def _terminal_json(t: TrustedTerminal, today: date) -> dict[str, Any]:
    return {
        "fingerprint": t.fingerprint,
        "name": t.name,
        "organisation": t.organisation,
        "ceiling": t.ceiling.value,
        "age_recipient": t.age_recipient,
        "minisign_public_key": t.minisign_public,
        "minisign_key_id": minisign_key_id_hex(t.minisign_key_id),
        "added_by": t.added_by,
        "added_at": t.added_at,
        "expires_on": t.expires_on.isoformat(),
        "revoked_at": t.revoked_at,
        "revoked_by": t.revoked_by,
        "status": t.status(today),
    }


def cmd_trust_add(ctx: Context, args: argparse.Namespace) -> int:
    ceiling = Marking.parse(args.ceiling) if args.ceiling else None
    data = _read_card(args.card)
    terminal = TrustStore(ctx.session()).add(data, args.expires, ceiling)
    if ctx.json:
        emit_json(_terminal_json(terminal, ctx.session().clock.today()))
    else:
        say(f"Trusted {terminal.name} ({terminal.organisation}) until {terminal.expires_on}")
        say(f"Ceiling: {terminal.ceiling.value}")
        say(f"Fingerprint: {terminal.fingerprint}")
        say(
            "Compare this fingerprint with the partner's administrator by telephone or in "
            "person; if it differs, revoke it at once with 'securedesk trust revoke'."
        )
    return 0


def cmd_trust_list(ctx: Context, args: argparse.Namespace) -> int:
    terminals = TrustStore(ctx.session()).list()
    today = ctx.session().clock.today()
    if ctx.json:
        emit_json([_terminal_json(t, today) for t in terminals])
    elif not terminals:
        say("No partner terminals are trusted yet: 'securedesk trust add CARD --expires ...'.")
    else:
        table(
            ["Fingerprint", "Name", "Organisation", "Ceiling", "Expires", "Status"],
            [
                [
                    t.fingerprint,
                    t.name,
                    t.organisation,
                    t.ceiling.value,
                    t.expires_on.isoformat(),
                    t.status(today),
                ]
                for t in terminals
            ],
        )
    return 0


def cmd_trust_revoke(ctx: Context, args: argparse.Namespace) -> int:
    terminal = TrustStore(ctx.session()).revoke(args.fingerprint)
    if ctx.json:
        emit_json(_terminal_json(terminal, ctx.session().clock.today()))
    else:
        say(f"Revoked {terminal.name} ({terminal.organisation}), {terminal.fingerprint}")
    return 0
