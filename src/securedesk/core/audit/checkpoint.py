"""A checkpoint of the audit chain's head: what `audit checkpoint` signs and `audit verify
--checkpoint` compares. Signing and checking the signature are the caller's (the terminal's
minisign key lives in transfer/); this module holds the content and the comparison."""

from __future__ import annotations

import json
from dataclasses import dataclass

from securedesk.core.audit import chain
from securedesk.core.error_kinds import Detail
from securedesk.core.vault.database import Connection

FORMAT = "securedesk-audit-checkpoint"
VERSION = 1
MAX_BYTES = 4096


class CheckpointMalformed(ValueError):
    pass


@dataclass(frozen=True)
class Checkpoint:
    vault_id: str
    seq: int
    hash: str
    mac: str
    at: str

    def to_bytes(self) -> bytes:
        obj = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "seq": self.seq,
            "hash": self.hash,
            "mac": self.mac,
            "at": self.at,
        }
        return (json.dumps(obj, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def parse(cls, data: bytes) -> Checkpoint:
        if len(data) > MAX_BYTES:
            raise CheckpointMalformed
        try:
            obj = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise CheckpointMalformed from None
        if not isinstance(obj, dict) or obj.get("format") != FORMAT:
            raise CheckpointMalformed
        if obj.get("version") != VERSION:
            raise CheckpointMalformed
        seq = obj.get("seq")
        texts = [obj.get(k) for k in ("vault_id", "hash", "mac", "at")]
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
            raise CheckpointMalformed
        if not all(isinstance(t, str) and len(t) <= 128 for t in texts):
            raise CheckpointMalformed
        vault_id, digest, mac, at = (str(t) for t in texts)
        # A head's hash is 64 lowercase hex digits; its MAC the same, or "" before the MAC
        # chain started.
        if not _is_hex64(digest) or not (mac == "" or _is_hex64(mac)):
            raise CheckpointMalformed
        return cls(vault_id, seq, digest, mac, at)

    @classmethod
    def parse_exact(cls, data: bytes) -> Checkpoint:
        """`parse`, and the bytes must be exactly those `to_bytes` writes (no other spacing,
        no extra or repeated keys): for a checkpoint carried inside something else."""
        cp = cls.parse(data)
        if cp.to_bytes() != data:
            raise CheckpointMalformed
        return cp


def _is_hex64(text: str) -> bool:
    return len(text) == 64 and all(c in "0123456789abcdef" for c in text)


def of_head(conn: Connection, vault_id: str) -> Checkpoint | None:
    head = chain.head(conn)
    if head is None:
        return None
    return Checkpoint(vault_id, head.seq, head.hash, head.mac, head.at)


def compare(conn: Connection, cp: Checkpoint) -> tuple[int, Detail] | None:
    """Where the chain no longer reaches `cp` (the event number and why), or None.

    The stored MAC is compared as well as the hash, so a chain whose MACs were recomputed
    under a new starting key is caught by anyone holding the checkpoint, auditor or not."""
    ev = chain.event_at(conn, cp.seq)
    if ev is None:
        return cp.seq, Detail.AUDIT_CHECKPOINT_BEYOND_HEAD
    if ev.hash != cp.hash or ev.mac != cp.mac:
        return cp.seq, Detail.AUDIT_CHECKPOINT_DIVERGED
    return None
