"""Minisign signatures made and checked over a digest computed while streaming.

The minisign format's pre-hashed mode signs BLAKE2b-512 of the file, which lets a writer hash
a payload as it streams out (one pass, memory flat) and a reader hash it as it streams in.
py-minisign hashes by reading the data itself, so the two Ed25519 operations are done here
with `cryptography`; py-minisign parses the signature file, and the standard `minisign -V`
command checks what this module writes (tested).
"""

from __future__ import annotations

import base64
import hashlib

import minisign
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import ed25519

from securedesk.core.errors import BundleRejected
from securedesk.transfer.limits import MAX_SIGNATURE_BYTES
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.transfer_error_kinds import TransferErrorKind

PREHASHED = b"ED"
UNTRUSTED_COMMENT = "signature from a SecureDesk terminal"


def trusted_comment(bundle_id: str, member: str) -> str:
    """What each signature vouches for besides the bytes: which bundle, which member."""
    return f"securedesk-bundle 1 id={bundle_id} file={member}"


def new_digest() -> hashlib.blake2b:
    return hashlib.blake2b(digest_size=64)


def sign_digest(seed: bytes, key_id: bytes, digest: bytes, comment: str) -> bytes:
    """A minisign signature file (pre-hashed) over `digest` = BLAKE2b-512 of the signed bytes."""
    key = ed25519.Ed25519PrivateKey.from_private_bytes(seed)
    signature = key.sign(digest)
    global_signature = key.sign(signature + comment.encode())
    return b"\n".join(
        (
            f"untrusted comment: {UNTRUSTED_COMMENT}".encode(),
            base64.standard_b64encode(PREHASHED + key_id + signature),
            f"trusted comment: {comment}".encode(),
            base64.standard_b64encode(global_signature),
            b"",
        )
    )


def sign_bytes(seed: bytes, key_id: bytes, data: bytes, comment: str) -> bytes:
    digest = new_digest()
    digest.update(data)
    return sign_digest(seed, key_id, digest.digest(), comment)


def signature_key_id(signature_file: bytes, member: str) -> bytes:
    """The key id a signature file names, so the signer can be looked up; no check yet."""
    return _parse(signature_file, member)[0]


def _parse(signature_file: bytes, member: str) -> tuple[bytes, bytes, str, bytes]:
    if len(signature_file) > MAX_SIGNATURE_BYTES:
        raise BundleRejected(
            RefusalReason.SIGNATURE_MALFORMED, TransferErrorKind.SIGNATURE_TOO_LARGE, member=member
        )
    try:
        sig = minisign.Signature.from_bytes(signature_file.rstrip(b"\n"))
    except (minisign.Error, ValueError, UnicodeDecodeError) as exc:
        raise BundleRejected(
            RefusalReason.SIGNATURE_MALFORMED,
            TransferErrorKind.SIGNATURE_NOT_MINISIGN,
            member=member,
            error=type(exc).__name__,
        ) from None
    if sig.untrusted_comment != UNTRUSTED_COMMENT:
        # Minisign leaves this line unsigned; SecureDesk always writes the same words, so any
        # other text is an alteration and is refused rather than ignored.
        raise BundleRejected(
            RefusalReason.SIGNATURE_MALFORMED,
            TransferErrorKind.SIGNATURE_COMMENT_ALTERED,
            member=member,
        )
    lines = signature_file.split(b"\n")
    line = base64.standard_b64decode(lines[1])
    global_signature = base64.standard_b64decode(lines[3])
    if (
        base64.standard_b64encode(line) != lines[1]
        or base64.standard_b64encode(global_signature) != lines[3]
    ):
        # Base64 leaves a few bits of the last character unused; a decoder ignores them, so
        # only the canonical encoding is accepted and no byte of a signature can change.
        raise BundleRejected(
            RefusalReason.SIGNATURE_MALFORMED,
            TransferErrorKind.SIGNATURE_NOT_CANONICAL,
            member=member,
        )
    algorithm, key_id, signature = line[:2], line[2:10], line[10:74]
    if algorithm != PREHASHED:
        raise BundleRejected(
            RefusalReason.SIGNATURE_MALFORMED,
            TransferErrorKind.SIGNATURE_NOT_PREHASHED,
            member=member,
        )
    return key_id, signature, sig.trusted_comment, global_signature


def verify_digest(
    public_key_b64: str,
    signature_file: bytes,
    digest: bytes,
    expected_comment: str | None,
    member: str,
) -> str:
    """Check a pre-hashed signature against a digest and the expected trusted comment; the
    trusted comment, now known to be the signer's. With `expected_comment` None the comment
    is left for the caller to compare (check_comment) once it knows what to expect."""
    key_id, signature, comment, global_signature = _parse(signature_file, member)
    minisign.PublicKey.from_base64(public_key_b64)  # checks its shape
    raw = base64.standard_b64decode(public_key_b64)  # algorithm (2), key id (8), key (32)
    if raw[2:10] != key_id:
        raise BundleRejected(
            RefusalReason.SIGNATURE_WRONG_KEY, TransferErrorKind.SIGNATURE_OTHER_KEY, member=member
        )
    key = ed25519.Ed25519PublicKey.from_public_bytes(raw[10:42])
    try:
        key.verify(signature, digest)
        key.verify(global_signature, signature + comment.encode())
    except InvalidSignature:
        raise BundleRejected(
            RefusalReason.SIGNATURE_BAD, TransferErrorKind.SIGNATURE_DOES_NOT_MATCH, member=member
        ) from None
    if expected_comment is not None:
        check_comment(comment, expected_comment, member)
    return comment


def check_comment(comment: str, expected_comment: str, member: str) -> None:
    """A signature's trusted comment must name the bundle and member it was found in."""
    if comment != expected_comment:
        raise BundleRejected(
            RefusalReason.SIGNATURE_MISPLACED,
            TransferErrorKind.SIGNATURE_FROM_ELSEWHERE,
            member=member,
        )
