"""Audit checkpoints signed with this terminal's minisign key (docs/audit-chain.md).

`write_checkpoint` writes FILE (the head as JSON) and FILE.minisig, a standard minisign
signature that `minisign -Vm FILE -P <terminal public key>` checks. The core gives the head
and records the disclosure; the key lives here, so core never imports transfer.
"""

from __future__ import annotations

from pathlib import Path

from securedesk.core.atomic_file import write_atomically
from securedesk.core.audit import checkpoint as checkpoints
from securedesk.core.audit.audit_service import Verification
from securedesk.core.audit.checkpoint import Checkpoint, CheckpointMalformed
from securedesk.core.error_kinds import Detail, ErrorKind
from securedesk.core.errors import BundleRejected, IntegrityError
from securedesk.core.session import Session
from securedesk.transfer import signatures
from securedesk.transfer.identity import TerminalIdentity, ensure_identity, load_identity
from securedesk.transfer.limits import MAX_SIGNATURE_BYTES

SIGNATURE_SUFFIX = ".minisig"


def trusted_comment(cp: Checkpoint) -> str:
    """What the signature vouches for besides the bytes (minisign prints it when checking)."""
    return f"securedesk-audit-checkpoint 1 vault={cp.vault_id} seq={cp.seq}"


def signature_path(path: Path) -> Path:
    return path.with_name(path.name + SIGNATURE_SUFFIX)


def _sign(identity: TerminalIdentity, cp: Checkpoint, data: bytes) -> bytes:
    return signatures.sign_bytes(
        identity.minisign_secret, identity.minisign_key_id, data, trusted_comment(cp)
    )


def write_checkpoint(session: Session, out: Path) -> Checkpoint:
    """Sign the chain's head with the terminal key and write FILE and FILE.minisig."""
    session.require_signed_in()
    identity = ensure_identity(session)

    def write(cp: Checkpoint) -> None:
        data = cp.to_bytes()
        write_atomically(signature_path(out), _sign(identity, cp, data))
        write_atomically(out, data)

    return session.audit.checkpoint(write)


def signed_head(session: Session, identity: TerminalIdentity) -> tuple[Checkpoint, bytes, bytes]:
    """The chain's head now, as the bytes `audit checkpoint` writes to FILE and its signature
    by the terminal key (FILE.minisig): what a receipt carries to the partner. The caller
    records the disclosure (the receipt's own event names the checkpoint's seq)."""
    cp = checkpoints.of_head(session.vault.conn, session.vault.vault_id)
    assert cp is not None  # a signed-in session has events (its sign-in)
    data = cp.to_bytes()
    return cp, data, _sign(identity, cp, data)


def verify_carried(data: bytes, sig: bytes, minisign_public: str, where: str) -> Checkpoint:
    """A checkpoint a partner's receipt carries, checked as `minisign -Vm FILE -P <key>`
    would with the partner's key: sizes first, then the exact format, then the signature
    and its trusted comment. Raises CheckpointMalformed or BundleRejected."""
    if len(data) > checkpoints.MAX_BYTES or len(sig) > MAX_SIGNATURE_BYTES:
        raise CheckpointMalformed
    cp = Checkpoint.parse_exact(data)
    digest = signatures.new_digest()
    digest.update(data)
    signatures.verify_digest(minisign_public, sig, digest.digest(), trusted_comment(cp), where)
    return cp


def _unusable(path: Path, why: Detail, **data: object) -> IntegrityError:
    return IntegrityError(ErrorKind.AUDIT_CHECKPOINT_UNUSABLE, path=str(path), why=why, **data)


def read_checkpoint(session: Session, path: Path) -> Checkpoint:
    """A checkpoint whose signature this terminal's key verifies, made for this vault."""
    try:
        with path.open("rb") as f:
            data = f.read(checkpoints.MAX_BYTES + 1)
    except OSError as exc:
        raise _unusable(path, Detail.FILE_UNREADABLE, os_error=exc.strerror) from None
    sig_path = signature_path(path)
    try:
        with sig_path.open("rb") as f:
            sig = f.read(MAX_SIGNATURE_BYTES + 1)
    except OSError:
        raise _unusable(
            path, Detail.CHECKPOINT_SIGNATURE_MISSING, signature=str(sig_path)
        ) from None
    try:
        cp = Checkpoint.parse(data)
    except CheckpointMalformed:
        raise _unusable(path, Detail.CHECKPOINT_MALFORMED) from None
    identity = load_identity(session.vault.conn)
    if identity is None:
        # This vault never signed anything: the checkpoint cannot be its own.
        raise _unusable(path, Detail.CHECKPOINT_NO_TERMINAL_KEY)
    digest = signatures.new_digest()
    digest.update(data)
    try:
        signatures.verify_digest(
            identity.minisign_public, sig, digest.digest(), trusted_comment(cp), path.name
        )
    except BundleRejected:
        raise _unusable(path, Detail.CHECKPOINT_SIGNATURE_BAD) from None
    if cp.vault_id != session.vault.vault_id:
        raise _unusable(path, Detail.CHECKPOINT_OTHER_VAULT, vault_id=cp.vault_id)
    return cp


def verify_against(session: Session, paths: list[Path]) -> Verification:
    """`audit verify --checkpoint`: the chain checked against the newest of the checkpoints
    (each must verify; the one reaching furthest is the strictest test)."""
    cps = [read_checkpoint(session, p) for p in paths]
    newest = max(cps, key=lambda c: c.seq) if cps else None
    if newest is None:
        return session.audit.check()
    # Every checkpoint must be reached, not only the newest: compare each in turn and
    # report the first that fails.
    result = session.audit.check(newest)
    for cp in sorted(cps, key=lambda c: c.seq):
        if cp is newest or not result.ok:
            continue
        broken = checkpoints.compare(session.vault.conn, cp)
        if broken is not None:
            return session.audit.check(cp)
    return result
