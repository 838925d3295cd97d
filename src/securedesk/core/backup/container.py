"""The backup file's outer layer: a strict ustar archive of signed members (see
docs/backup-format.md), written as the payload streams and read back with every header,
size and signature checked before anything is decrypted.

It follows the transfer bundle's layout (transfer/ustar.py, transfer/signatures.py), written
again here because the core never imports transfer and a backup's refusals are its own.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from securedesk.core.backup.backup_kinds import BackupErrorKind
from securedesk.core.errors import IntegrityError

FORMAT = "securedesk-backup"
VERSION = 1
BLOCK = 512
END_OF_ARCHIVE = b"\0" * (2 * BLOCK)
PAYLOAD = "payload.age"
CHECKPOINT = "audit-checkpoint.json"
DESCRIPTION = "backup.json"
SIGNATURE_SUFFIX = ".minisig"
# The members in the order they are written, and the only ones a backup may hold.
MEMBERS = (
    PAYLOAD,
    PAYLOAD + SIGNATURE_SUFFIX,
    CHECKPOINT,
    CHECKPOINT + SIGNATURE_SUFFIX,
    DESCRIPTION,
    DESCRIPTION + SIGNATURE_SUFFIX,
)
MAX_SMALL_MEMBER = 64 * 1024
CHUNK = 1024 * 1024  # read and hashing size for the database and the payload
MAX_SIZE = 8**11 - 1
UNTRUSTED_COMMENT = "signature from a SecureDesk terminal"
PREHASHED = b"ED"
MINISIGN_ALGORITHM = b"Ed"


@dataclass(frozen=True)
class Signer:
    """The terminal's minisign key: raw Ed25519 seed, key id (stored order), public key."""

    seed: bytes
    key_id: bytes
    public_key: str  # base64, as `minisign -P` takes it


def trusted_comment(backup_id: str, member: str) -> str:
    return f"securedesk-backup 1 id={backup_id} file={member}"


def checkpoint_comment(vault_id: str, seq: int) -> str:
    """The same words `audit checkpoint` signs, so the member is an ordinary checkpoint."""
    return f"securedesk-audit-checkpoint 1 vault={vault_id} seq={seq}"


def new_digest() -> hashlib.blake2b:
    return hashlib.blake2b(digest_size=64)


def sign_digest(signer: Signer, digest: bytes, comment: str) -> bytes:
    key = ed25519.Ed25519PrivateKey.from_private_bytes(signer.seed)
    signature = key.sign(digest)
    global_signature = key.sign(signature + comment.encode())
    return b"\n".join(
        (
            f"untrusted comment: {UNTRUSTED_COMMENT}".encode(),
            base64.standard_b64encode(PREHASHED + signer.key_id + signature),
            f"trusted comment: {comment}".encode(),
            base64.standard_b64encode(global_signature),
            b"",
        )
    )


def sign_bytes(signer: Signer, data: bytes, comment: str) -> bytes:
    digest = new_digest()
    digest.update(data)
    return sign_digest(signer, digest.digest(), comment)


def header(name: str, size: int) -> bytes:
    encoded = name.encode("ascii")
    if not 0 < len(encoded) < 100 or not 0 <= size <= MAX_SIZE:
        raise ValueError("name or size does not fit a ustar header")
    block = bytearray(BLOCK)
    block[0 : len(encoded)] = encoded
    block[100:108] = b"0000600\0"
    block[108:116] = b"0000000\0"
    block[116:124] = b"0000000\0"
    block[124:136] = b"%011o\0" % size
    block[136:148] = b"00000000000\0"
    block[148:156] = b" " * 8
    block[156:157] = b"0"
    block[257:265] = b"ustar\x0000"
    block[148:156] = b"%06o\0 " % sum(block)
    return bytes(block)


def padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


def write_member(out: BinaryIO, name: str, data: bytes) -> None:
    out.write(header(name, len(data)))
    out.write(data)
    out.write(padding(len(data)))


# -- reading -------------------------------------------------------------------------------


def not_a_backup(path: Path, problem: str) -> IntegrityError:
    return IntegrityError(BackupErrorKind.NOT_A_BACKUP, path=str(path), problem=problem)


@dataclass(frozen=True)
class Layout:
    """Where each member lies in the file (offset of its data, size), and the small ones."""

    offsets: dict[str, tuple[int, int]]
    small: dict[str, bytes]


def _parse_header(block: bytes, path: Path) -> tuple[str, int] | None:
    if len(block) != BLOCK:
        raise not_a_backup(path, "it ends inside an entry")
    if block == b"\0" * BLOCK:
        return None
    expected = sum(block[:148]) + 8 * 32 + sum(block[156:])
    if block[148:156] != b"%06o\0 " % expected:
        raise not_a_backup(path, "a header's checksum is wrong")
    if block[257:265] != b"ustar\x0000" or block[156:157] != b"0":
        raise not_a_backup(path, "an entry is not a plain file")
    if block[157:257].strip(b"\0") or block[345:500].strip(b"\0"):
        raise not_a_backup(path, "an entry is a link")
    name = block[0:100].split(b"\0", 1)[0].decode("ascii", "replace")
    try:
        size = int(block[124:136].rstrip(b"\0").decode("ascii"), 8)
    except ValueError:
        raise not_a_backup(path, "a size is not a number") from None
    if block[124:136] != b"%011o\0" % size:
        raise not_a_backup(path, "a size is not written in the standard form")
    return name, size


def read_layout(path: Path, f: BinaryIO, file_size: int) -> Layout:
    """The members, exactly those of MEMBERS in that order, each within the file, then the
    end-of-archive marker and nothing after it."""
    offsets: dict[str, tuple[int, int]] = {}
    small: dict[str, bytes] = {}
    position = 0
    for expected in MEMBERS:
        f.seek(position)
        parsed = _parse_header(f.read(BLOCK), path)
        if parsed is None or parsed[0] != expected:
            raise not_a_backup(path, f"{expected} is missing or out of place")
        name, size = parsed
        start = position + BLOCK
        end = start + size + (-size % BLOCK)
        if end > file_size:
            raise not_a_backup(path, f"{name} is cut short")
        if name != PAYLOAD:
            if size > MAX_SMALL_MEMBER:
                raise not_a_backup(path, f"{name} is too large")
            small[name] = f.read(size)
        offsets[name] = (start, size)
        position = end
    f.seek(position)
    if f.read(2 * BLOCK) != END_OF_ARCHIVE or position + 2 * BLOCK != file_size:
        raise not_a_backup(path, "the archive does not end where it should")
    return Layout(offsets, small)


def parse_public_key(public_key: str) -> tuple[bytes, ed25519.Ed25519PublicKey]:
    raw = base64.b64decode(public_key.encode("ascii"), validate=True)
    if len(raw) != 42 or raw[:2] != MINISIGN_ALGORITHM:
        raise ValueError("not a minisign public key")
    return raw[2:10], ed25519.Ed25519PublicKey.from_public_bytes(raw[10:])


def verify_signature(
    path: Path, member: str, signature_file: bytes, digest: bytes, public_key: str, comment: str
) -> None:
    """A pre-hashed minisign signature over `digest` by `public_key`, with exactly
    `comment` as its trusted comment; anything else is an alteration."""

    def bad() -> IntegrityError:
        return IntegrityError(BackupErrorKind.SIGNATURE_BAD, path=str(path), member=member)

    try:
        key_id, key = parse_public_key(public_key)
        lines = signature_file.split(b"\n")
        if len(lines) != 5 or lines[4] != b"":
            raise bad()
        if lines[0] != f"untrusted comment: {UNTRUSTED_COMMENT}".encode():
            raise bad()
        line = base64.standard_b64decode(lines[1])
        global_signature = base64.standard_b64decode(lines[3])
        if base64.standard_b64encode(line) != lines[1] or len(line) != 74:
            raise bad()
        if lines[2] != f"trusted comment: {comment}".encode():
            raise bad()
        if line[:2] != PREHASHED or line[2:10] != key_id:
            raise bad()
        key.verify(line[10:74], digest)
        key.verify(global_signature, line[10:74] + comment.encode())
    except (ValueError, InvalidSignature, UnicodeError):
        raise bad() from None


def loads_object(data: bytes) -> dict[str, Any]:
    obj = json.loads(data.decode("utf-8"))
    if not isinstance(obj, dict):
        raise ValueError("not an object")
    return obj


def dumps_object(obj: dict[str, Any]) -> bytes:
    return (json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=True) + "\n").encode("ascii")
