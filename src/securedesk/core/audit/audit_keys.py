"""Starting MAC keys for the auditors of the time (an "epoch" per set of auditors).

Whenever the set of auditors changes — the first auditor of a vault (or of a vault upgraded
from before MACs), a role granted or taken away, an auditor's key pair replaced by a reset,
an auditor disabled — a new starting key is made, sealed to every current auditor's X25519
public key, and announced by an "audit key started" event. That event is MACed under the old
epoch's key, so an epoch cannot be inserted anywhere but at the head; its details name the
new key (by id) and whom it was sealed to (by name and public-key id). Nobody has to hold an
older key for this: sealing needs only public keys. A new auditor checks MACs from the epoch
that first included them; older auditors keep their copies of earlier epochs.
"""

from __future__ import annotations

import hashlib
import os

from securedesk.core.audit import chain, mac_chain
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category, MacKeys
from securedesk.core.vault.database import Connection, has_table

CHAIN_OBJECT = ("audit", "chain")


def public_key_id(public_key: bytes) -> str:
    return hashlib.sha256(public_key).hexdigest()[:16]


def current_auditors(conn: Connection) -> list[str]:
    rows = conn.execute(
        "SELECT u.name FROM users u JOIN user_roles r ON r.user = u.name "
        "WHERE r.role = 'auditor' AND u.disabled = 0 ORDER BY u.name"
    ).fetchall()
    return [str(r[0]) for r in rows]


def follow_auditors(
    conn: Connection, *, vault_id: str, actor: str, auditors: dict[str, bytes]
) -> int | None:
    """Start a new epoch when `auditors` (name -> X25519 public key) is not the set the
    current epoch was sealed to; the new epoch's number, or None when nothing changed.
    Call inside a transaction. With no auditor and no epoch yet, nothing starts."""
    if not has_table(conn, "audit_mac_state"):
        return None  # a schema from before version 8 (built so by the migration tests)
    state = mac_chain.load_state(conn)
    if state is None and not auditors:
        return None
    if state is not None and mac_chain.recipients(conn, state.epoch) == auditors:
        return None
    epoch = (state.epoch if state is not None else 0) + 1
    start_key = os.urandom(mac_chain.KEY_BYTES)
    sealed_to = {name: public_key_id(pub) for name, pub in sorted(auditors.items())}
    seq = chain.record(
        conn,
        user=actor,
        category=Category.ADMINISTRATION,
        action=AuditAction.AUDIT_KEY_STARTED,
        object_type=CHAIN_OBJECT[0],
        object_id=CHAIN_OBJECT[1],
        details={
            "epoch": epoch,
            "key_id": mac_chain.key_id(start_key),
            "sealed_to": sealed_to,
        },
    )
    # The announcement took the old key (if any); from the next event on, the new one.
    mac_chain.save_state(conn, mac_chain.MacState(epoch, seq + 1, start_key))
    for name, pub in sorted(auditors.items()):
        mac_chain.store_seal(
            conn,
            mac_chain.seal(start_key, vault_id=vault_id, epoch=epoch, user=name, public_key=pub),
        )
    return epoch


def auditor_keys(
    conn: Connection,
    *,
    vault_id: str,
    auditor: str,
    public_key: bytes,
    agree: mac_chain.KeyAgreement,
) -> MacKeys:
    """The starting keys `auditor` can unseal with their slot key. A copy that does not
    open is left out; verification then reports it if the chain says it was sealed to this
    key."""
    keys: dict[int, bytes] = {}
    stale = set()
    for epoch, sealed in mac_chain.seals_for(conn, auditor).items():
        if sealed.public_key != public_key:
            stale.add(epoch)  # sealed to a key pair this auditor had before a reset
            continue
        start = mac_chain.unseal(sealed, vault_id=vault_id, agree=agree)
        if start is not None:
            keys[epoch] = start
    return MacKeys(auditor, keys, frozenset(stale))


def current_epoch_recipients(conn: Connection) -> list[str] | None:
    """Whom the current MAC key is sealed to (None: the MAC chain has not started)."""
    state = mac_chain.load_state(conn)
    if state is None:
        return None
    return sorted(mac_chain.recipients(conn, state.epoch))
