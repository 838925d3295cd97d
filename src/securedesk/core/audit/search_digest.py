"""What the audit chain records of a search: a keyed digest of the words typed, never the
words. A name typed into search is personal data; the chain is append-only and outlives a
destroyed case, so the text itself must not go in. The digest still lets an auditor answer
"did anyone search for this name?" (`securedesk audit searches --for NAME`), because the
same words, however spaced or capitalised, give the same digest under the vault's key.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata

from securedesk.core.vault.database import Connection

KEY_NAME = "search_digest_key"
DIGEST_HEX = 32  # 128 bits: enough to tell queries apart, short in a details column


def normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def query_digest(conn: Connection, text: str) -> str:
    row = conn.execute("SELECT value FROM vault_info WHERE key = ?", (KEY_NAME,)).fetchone()
    if row is None:  # a vault before its migration: never expected once migrated
        raise RuntimeError("the vault has no search digest key")
    key = bytes.fromhex(str(row[0]))
    mac = hmac.new(key, normalised(text).encode("utf-8"), hashlib.sha256)
    return mac.hexdigest()[:DIGEST_HEX]


def search_details(conn: Connection, text: str) -> dict[str, object]:
    """The details of a search event: the digest and how many words were typed."""
    return {"query_digest": query_digest(conn, text), "words": len(normalised(text).split())}
