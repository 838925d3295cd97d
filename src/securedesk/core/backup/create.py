"""Making a backup: a consistent snapshot of the open vault, encrypted to the recipients with
age, signed with the terminal's minisign key, carrying the audit checkpoint.

The snapshot is `sqlcipher_export` into a copy keyed with a fresh random key, through a second
connection in one read transaction, so the window goes on working (WAL) while it is taken.
The copy is encrypted on disk from its first page; its key exists only in memory and inside
the age-encrypted payload. No plaintext reaches the disk. The copy is then streamed through
age into the backup file, written under a temporary name and moved into place only after the
backup is recorded.
"""

from __future__ import annotations

import hashlib
import io
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, cast

import pyrage
from pyrage import x25519

from securedesk.core import storage_faults
from securedesk.core.access import Permission
from securedesk.core.atomic_file import place_new, staged_file
from securedesk.core.audit import chain
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category
from securedesk.core.audit.checkpoint import Checkpoint
from securedesk.core.backup import container, recipients
from securedesk.core.backup.backup_kinds import BackupErrorKind
from securedesk.core.backup.container import Signer
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput, PolicyRefused
from securedesk.core.unit_of_work import OnObject
from securedesk.core.vault import schema

if TYPE_CHECKING:
    from securedesk.core.session import Session

Progress = Callable[[int, int], None]  # bytes done, bytes in all
DATABASE_MEMBER = "vault.db"
MANIFEST_MEMBER = "manifest.json"


@dataclass(frozen=True)
class MadeBackup:
    backup_id: str
    path: Path
    bytes: int
    sha256: str
    audit_seq: int
    recipients: int


@dataclass(frozen=True)
class Snapshot:
    path: Path
    key: bytes
    size: int
    schema_version: int
    checkpoint: Checkpoint


def _snapshot(session: Session, into: Path) -> Snapshot:
    """Export the vault, as of one moment, into `into` under a fresh key."""
    key = os.urandom(32)
    reader = session.vault.second_connection()
    try:
        reader.execute(
            "ATTACH DATABASE ? AS snapshot KEY ?", (f"file:{into}?mode=rwc", f"x'{key.hex()}'")
        )
        reader.execute("BEGIN")  # one read transaction: every table as of the same moment
        version = schema.current_version(reader)
        head = chain.head(reader)
        assert head is not None  # a signed-in session has its sign-in event
        cp = Checkpoint(session.vault.vault_id, head.seq, head.hash, head.mac, head.at)
        reader.execute("SELECT sqlcipher_export('snapshot')")
        reader.execute(f"PRAGMA snapshot.user_version = {version:d}")
        reader.execute("COMMIT")
        reader.execute("DETACH DATABASE snapshot")
    finally:
        reader.close()
    return Snapshot(into, key, into.stat().st_size, version, cp)


def _payload_chunks(snap: Snapshot, manifest_for: Callable[[str], bytes]) -> Iterator[bytes]:
    """The payload archive: the snapshot, then the manifest, made from the snapshot's
    SHA-256 as it was streamed (one read of the snapshot, not one to hash and one to send)."""
    digest = hashlib.sha256()
    yield container.header(DATABASE_MEMBER, snap.size)
    with snap.path.open("rb") as f:
        while block := f.read(container.CHUNK):
            digest.update(block)
            yield block
    yield container.padding(snap.size)
    manifest = manifest_for(digest.hexdigest())
    yield container.header(MANIFEST_MEMBER, len(manifest))
    yield manifest
    yield container.padding(len(manifest))
    yield container.END_OF_ARCHIVE


class _ChunkReader(io.RawIOBase):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._pending = memoryview(b"")
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            while not self._pending:
                self._pending = memoryview(next(self._chunks))
        except StopIteration:
            return 0
        except BaseException as exc:
            self.error = exc
            raise
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


class _HashingWriter(io.RawIOBase):
    def __init__(self, out: BinaryIO, progress: Progress | None, total: int) -> None:
        self._out = out
        self._progress = progress
        self._total = total
        self.size = 0
        self.blake2b = container.new_digest()
        self.sha256 = hashlib.sha256()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self._out.write(data)
        self.blake2b.update(data)
        self.sha256.update(data)
        self.size += len(data)
        if self._progress is not None:
            self._progress(min(self.size, self._total), self._total)
        return len(data)


def _buffered(stream: io.RawIOBase) -> io.BufferedIOBase:
    return cast(io.BufferedIOBase, stream)


def check_output(out: Path) -> None:
    if out.is_dir():
        raise InvalidInput(ErrorKind.OUTPUT_IS_A_FOLDER, path=str(out))
    if out.exists() or out.is_symlink():
        raise InvalidInput(BackupErrorKind.OUTPUT_EXISTS, path=str(out))
    if not out.parent.is_dir():
        raise InvalidInput(BackupErrorKind.TARGET_PARENT_MISSING, folder=str(out.parent))


def create_backup(
    session: Session, out: Path, signer: Signer, progress: Progress | None = None
) -> MadeBackup:
    """Write a backup of the vault to the new file `out`; audited as "backup created"."""
    out = Path(out)
    session.require(Permission.ADMINISTER)
    check_output(out)
    keys = [r.public_key for r in recipients.active(session.vault.conn)]
    if not keys:
        raise PolicyRefused(BackupErrorKind.NO_RECIPIENTS)
    # The snapshot and the backup both lie beside `out` until it is complete: checked
    # before any work starts, by the rule the sign-in window and doctor warn by.
    db_bytes = storage_faults.database_bytes(session.vault.folder)
    storage_faults.require_free_space(out.parent, storage_faults.backup_bytes_needed(db_bytes))
    backup_id = str(uuid.uuid4())
    created = session.clock.now()
    # Owner-only from the first byte: SQLite takes an empty file as a new database, and its
    # journal copies these permissions.
    snap_path = out.parent / f".{out.name}.{backup_id}.snapshot"
    os.close(os.open(snap_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        snap = _snapshot(session, snap_path)

        def manifest(sha256: str) -> bytes:
            return container.dumps_object(
                {
                    "format": "securedesk-backup-payload",
                    "version": container.VERSION,
                    "backup_id": backup_id,
                    "vault_id": session.vault.vault_id,
                    "created": created,
                    "schema_version": snap.schema_version,
                    "database": {
                        "member": DATABASE_MEMBER,
                        "size": snap.size,
                        "sha256": sha256,
                        "key": snap.key.hex(),
                    },
                }
            )

        with staged_file(out) as (tmp, handle):
            written = _write_file(
                handle, snap, manifest, backup_id, created, session, keys, signer, progress
            )
            with session.change(
                Category.ADMINISTRATION,
                AuditAction.BACKUP_CREATED,
                OnObject("backup", backup_id),
                permission=Permission.ADMINISTER,
                details={
                    "bytes": written[0],
                    "audit_seq": snap.checkpoint.seq,
                    "recipients": len(keys),
                },
            ) as tx:
                tx.conn.execute(
                    "INSERT INTO backup_history (backup_id, kind, at, by_user, bytes, sha256, "
                    "audit_seq, recipients, file_name) VALUES (?, 'created', ?, ?, ?, ?, ?, ?, ?)",
                    (
                        backup_id,
                        created,
                        session.vault.user,
                        written[0],
                        written[1],
                        snap.checkpoint.seq,
                        len(keys),
                        out.name,
                    ),
                )
                # The name is taken only as the history row is written: a file that appeared
                # at `out` meanwhile is kept, and nothing is recorded.
                place_new(
                    tmp, out, InvalidInput(BackupErrorKind.OUTPUT_EXISTS, path=str(out)), handle
                )
    except OSError as exc:
        fault = storage_faults.fault_for(exc, out.parent)
        if fault is not None:
            raise fault from None
        raise
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(snap_path) + suffix).unlink(missing_ok=True)
    return MadeBackup(backup_id, out, written[0], written[1], snap.checkpoint.seq, len(keys))


def _write_file(
    handle: BinaryIO,
    snap: Snapshot,
    manifest: Callable[[str], bytes],
    backup_id: str,
    created: str,
    session: Session,
    keys: list[str],
    signer: Signer,
    progress: Progress | None,
) -> tuple[int, str]:
    handle.write(container.header(container.PAYLOAD, 0))  # size patched below
    source = _ChunkReader(_payload_chunks(snap, manifest))
    sink = _HashingWriter(handle, progress, snap.size)
    try:
        pyrage.encrypt_io(
            _buffered(source), _buffered(sink), [x25519.Recipient.from_str(k) for k in keys]
        )
    except Exception:
        if source.error is not None:
            raise source.error from None
        raise
    handle.write(container.padding(sink.size))
    end = handle.tell()
    handle.seek(0)
    handle.write(container.header(container.PAYLOAD, sink.size))
    handle.seek(end)
    comment = container.trusted_comment
    container.write_member(
        handle,
        container.PAYLOAD + container.SIGNATURE_SUFFIX,
        container.sign_digest(signer, sink.blake2b.digest(), comment(backup_id, container.PAYLOAD)),
    )
    cp = snap.checkpoint
    cp_bytes = cp.to_bytes()
    container.write_member(handle, container.CHECKPOINT, cp_bytes)
    container.write_member(
        handle,
        container.CHECKPOINT + container.SIGNATURE_SUFFIX,
        container.sign_bytes(signer, cp_bytes, container.checkpoint_comment(cp.vault_id, cp.seq)),
    )
    description = container.dumps_object(
        {
            "format": container.FORMAT,
            "version": container.VERSION,
            "backup_id": backup_id,
            "created": created,
            "vault_id": session.vault.vault_id,
            "schema_version": snap.schema_version,
            "terminal": {
                "minisign_public_key": signer.public_key,
                "minisign_key_id": signer.key_id[::-1].hex().upper(),
            },
            "recipients": keys,
            "payload": {"size": sink.size, "sha256": sink.sha256.hexdigest()},
            "audit_checkpoint": {
                "seq": cp.seq,
                "sha256": hashlib.sha256(cp_bytes).hexdigest(),
            },
        }
    )
    container.write_member(handle, container.DESCRIPTION, description)
    container.write_member(
        handle,
        container.DESCRIPTION + container.SIGNATURE_SUFFIX,
        container.sign_bytes(signer, description, comment(backup_id, container.DESCRIPTION)),
    )
    handle.write(container.END_OF_ARCHIVE)
    # The signed description names the payload's SHA-256, so its own hash names the backup.
    return handle.tell(), hashlib.sha256(description).hexdigest()
