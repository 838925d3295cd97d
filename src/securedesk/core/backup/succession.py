"""A restored vault's terminal identity: the old one is retired, a new one takes its place.

A restore makes a new vault on a new machine. Keeping the backed-up terminal's keys would run
one identity on two machines if the old terminal is still in use, and reuse its bundle
sequence numbers. So the restore retires that identity (its public half is kept, for the
record; its secrets are not) and the transfer layer makes a new one with a fresh sequence
space, which partners must be sent as a new contact card.

The old key signs a succession statement naming the new key, kept in the vault. A recovery
key file names the terminal it was written on; a later restore with it accepts a backup
signed by a successor only through an unbroken chain of such statements, each signed by the
key before it (the old secret is in the backup, so only someone who could read the vault
could make one).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from securedesk.core.users.user_store import UserStore
from securedesk.core.vault.database import Connection

SUCCESSION_KEY = "terminal_succession"  # vault_info: JSON list of links, oldest first
RETIRED_KEY = "retired_terminal_identities"  # vault_info: JSON list, public parts only
MAX_LINKS = 64

# (connection inside the restore's transaction, the retired identity, the restoring user)
# -> the new identity's (fingerprint, minisign public key); supplied by the transfer layer,
# which owns the keys.
Renew = Callable[[Connection, "Retired", str], tuple[str, str]]


@dataclass(frozen=True)
class Retired:
    name: str
    organisation: str
    fingerprint: str
    age_recipient: str
    minisign_public: str
    minisign_secret: bytes
    last_sequence: int


def statement(old_public: str, new_public: str) -> bytes:
    return f"securedesk-terminal-succession 1\n{old_public}\n{new_public}\n".encode("ascii")


def _raw_public(minisign_public: str) -> bytes:
    raw = base64.b64decode(minisign_public, validate=True)
    if len(raw) != 42:
        raise ValueError("not a minisign public key")
    return raw[10:]


def _json_list(conn: Connection, key: str) -> list[Any]:
    row = conn.execute("SELECT value FROM vault_info WHERE key = ?", (key,)).fetchone()
    if row is None:
        return []
    try:
        value = json.loads(str(row[0]))
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def _put(conn: Connection, key: str, value: list[Any]) -> None:
    UserStore(conn).set_vault_info(key, json.dumps(value, sort_keys=True, separators=(",", ":")))


def retire(conn: Connection, at: str) -> Retired | None:
    """Take the terminal identity out of the vault (caller holds the transaction), keeping
    its public half in the retired list. None when the vault never made one."""
    row = conn.execute(
        "SELECT name, organisation, fingerprint, age_recipient, minisign_public, "
        "minisign_secret, last_sequence FROM terminal_identity WHERE singleton = 1"
    ).fetchone()
    if row is None:
        return None
    old = Retired(
        str(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), bytes(row[5]), int(row[6])
    )
    retired = _json_list(conn, RETIRED_KEY)
    retired.append(
        {
            "fingerprint": old.fingerprint,
            "age_recipient": old.age_recipient,
            "minisign_public": old.minisign_public,
            "last_sequence": old.last_sequence,
            "retired_at": at,
            "reason": "restored from a backup on another terminal",
        }
    )
    _put(conn, RETIRED_KEY, retired)
    conn.execute("DELETE FROM terminal_identity WHERE singleton = 1")
    return old


def record_successor(conn: Connection, old: Retired, new_public: str, at: str) -> None:
    """The old key's signed statement that `new_public` succeeds it."""
    signature = Ed25519PrivateKey.from_private_bytes(old.minisign_secret).sign(
        statement(old.minisign_public, new_public)
    )
    links = _json_list(conn, SUCCESSION_KEY)
    links.append(
        {
            "from": old.minisign_public,
            "to": new_public,
            "at": at,
            "signature": base64.b64encode(signature).decode("ascii"),
        }
    )
    _put(conn, SUCCESSION_KEY, links[-MAX_LINKS:])


def descends_from(conn: Connection, signer: str, named: list[str]) -> bool:
    """Whether `signer` reaches one of the `named` keys through signed succession links."""
    links = _json_list(conn, SUCCESSION_KEY)
    current, seen = signer, {signer}
    for _ in range(MAX_LINKS):
        if current in named:
            return True
        link = next((x for x in links if isinstance(x, dict) and x.get("to") == current), None)
        if link is None:
            return False
        before = link.get("from")
        if not isinstance(before, str) or before in seen:
            return False
        try:
            Ed25519PublicKey.from_public_bytes(_raw_public(before)).verify(
                base64.b64decode(str(link.get("signature", "")), validate=True),
                statement(before, current),
            )
        except (InvalidSignature, ValueError):
            return False
        seen.add(before)
        current = before
    return current in named
