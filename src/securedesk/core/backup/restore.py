"""Restoring a backup: a NEW vault, bound to this terminal, made in a temporary folder beside
the target and renamed into place only when complete, so that a restore stopped at any point
(a kill, a full disk) leaves no vault folder behind.

Every check that needs no key runs first (read_backup); then the payload is decrypted with
the recovery identity, streaming the database (still SQLCipher-encrypted under the backup's
own key) to the temporary folder. The database is authenticated page by page, the audit chain
verified against the checkpoint the backup carries, and only then is the vault made: a new
vault id, a new database key, one key slot for the restoring administrator. Every other user
keeps their row but has no slot: an administrator resets them before they can sign in.
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

import pyrage
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from securedesk.core import storage_faults
from securedesk.core.atomic_file import rename_no_replace
from securedesk.core.audit import chain
from securedesk.core.audit import checkpoint as checkpoints
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category
from securedesk.core.backup import container, leftovers, recipients, succession
from securedesk.core.backup.backup_kinds import BackupErrorKind
from securedesk.core.backup.create import DATABASE_MEMBER, MANIFEST_MEMBER
from securedesk.core.backup.verify import BackupInfo, read_backup
from securedesk.core.errors import (
    IntegrityError,
    InvalidInput,
    PolicyRefused,
    SecureDeskError,
    VaultDamaged,
)
from securedesk.core.users.user_rules import check_new_passphrase, check_user_name
from securedesk.core.users.user_store import UserStore
from securedesk.core.vault import database, schema, signin_failures, terminal_binding
from securedesk.core.vault.folder import DB_NAME, SLOTS_NAME, default_kdf_params
from securedesk.core.vault.kdf import KdfParams
from securedesk.core.vault.keyslots import DB_KEY_BYTES, KeySlotFile, make_slot

MAX_MANIFEST = 64 * 1024


def _reached(step: str) -> None:
    """Called at each step of a restore (tests stop the process here to prove that a restore
    killed at any point leaves no vault folder)."""


@dataclass(frozen=True)
class RestoredVault:
    folder: Path
    vault_id: str
    backup_id: str
    from_vault_id: str
    users_to_reset: list[str]
    audit_seq: int
    old_terminal: str | None = None  # the retired terminal identity's fingerprint
    cleared: tuple[Path, ...] = ()  # working folders of earlier, killed restores removed
    new_terminal: str | None = None  # its successor's (None: made on first use)


def _content_bad(path: Path, problem: str) -> IntegrityError:
    return IntegrityError(BackupErrorKind.CONTENT_BAD, path=str(path), problem=problem)


def read_identity(identity_file: Path) -> tuple[pyrage.x25519.Identity, str]:
    try:
        text = Path(identity_file).read_text("ascii")
    except (OSError, UnicodeDecodeError):
        raise InvalidInput(
            BackupErrorKind.IDENTITY_UNREADABLE, identity=str(identity_file)
        ) from None
    keys = [line.strip() for line in text.splitlines() if line.startswith("AGE-SECRET-KEY-1")]
    if len(keys) != 1:
        raise InvalidInput(BackupErrorKind.IDENTITY_UNREADABLE, identity=str(identity_file))
    try:
        return pyrage.x25519.Identity.from_str(keys[0]), text
    except Exception:
        raise InvalidInput(
            BackupErrorKind.IDENTITY_UNREADABLE, identity=str(identity_file)
        ) from None


class _RangeReader(io.RawIOBase):
    def __init__(self, f: BinaryIO, offset: int, size: int) -> None:
        f.seek(offset)
        self._f = f
        self._left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if not self._left:
            return 0
        data = self._f.read(min(len(buffer), self._left))
        n = len(data)
        buffer[:n] = data
        self._left -= n
        return n


class _PayloadWriter(io.RawIOBase):
    """Takes the decrypted payload archive as age releases it: the database (ciphertext
    under the backup's key) to its file, the manifest into memory. Strict: exactly these two
    members, in this order, and the end-of-archive marker."""

    def __init__(self, db_file: BinaryIO, path: Path) -> None:
        self._db = db_file
        self._path = path
        self._buffer = bytearray()
        self._member = 0  # 0 header of db, 1 db data, 2 header of manifest, 3 manifest, 4 end
        self._left = 0
        self._pad = 0
        self.db_size = 0
        self.db_sha256 = hashlib.sha256()
        self.manifest = bytearray()
        self.error: SecureDeskError | None = None
        self._end = b""

    def writable(self) -> bool:
        return True

    def _header(self, expected: str) -> None:
        block = bytes(self._buffer[: container.BLOCK])
        del self._buffer[: container.BLOCK]
        if block != container.header(expected, _size_of(block)):
            raise _content_bad(self._path, f"{expected} is not where it should be")
        self._left = _size_of(block)
        self._pad = -self._left % container.BLOCK
        if expected == MANIFEST_MEMBER and self._left > MAX_MANIFEST:
            raise _content_bad(self._path, "the manifest is too large")

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            self._take(bytes(data))
        except SecureDeskError as exc:
            self.error = exc
            raise OSError("payload refused") from None
        return len(data)

    def _take(self, data: bytes) -> None:
        self._buffer += data
        while self._buffer:
            if self._member in (0, 2):
                if len(self._buffer) < container.BLOCK:
                    return
                self._header(DATABASE_MEMBER if self._member == 0 else MANIFEST_MEMBER)
                if self._member == 0:
                    self.db_size = self._left
                self._member += 1
            elif self._member in (1, 3) and self._left:
                take = min(self._left, len(self._buffer))
                chunk = bytes(self._buffer[:take])
                del self._buffer[:take]
                self._left -= take
                if self._member == 1:
                    self._db.write(chunk)
                    self.db_sha256.update(chunk)
                else:
                    self.manifest += chunk
            elif self._member in (1, 3):
                take = min(self._pad, len(self._buffer))
                if self._buffer[:take].strip(b"\0"):
                    raise _content_bad(self._path, "padding is not empty")
                del self._buffer[:take]
                self._pad -= take
                if self._pad == 0:
                    self._member += 1
            else:
                self._end += bytes(self._buffer)
                self._buffer.clear()
                if len(self._end) > len(container.END_OF_ARCHIVE) or self._end.strip(b"\0"):
                    raise _content_bad(self._path, "there is more after the archive's end")

    def finish(self) -> None:
        if self._member != 4 or self._end != container.END_OF_ARCHIVE:
            raise _content_bad(self._path, "the payload archive is incomplete")


def _size_of(block: bytes) -> int:
    try:
        return int(block[124:135].decode("ascii"), 8)
    except ValueError:
        return -1


def _decrypt(
    info: BackupInfo, identity: pyrage.x25519.Identity, db_path: Path
) -> dict[str, object]:
    path = info.path
    with path.open("rb") as f, db_path.open("xb") as db_file:
        os.fchmod(db_file.fileno(), 0o600)
        source = _RangeReader(f, info.payload_offset, info.payload_size)
        sink = _PayloadWriter(cast(BinaryIO, db_file), path)
        try:
            pyrage.decrypt_io(
                cast(io.BufferedIOBase, source), cast(io.BufferedIOBase, sink), [identity]
            )
        except Exception as exc:
            if sink.error is not None:
                raise sink.error from None
            if isinstance(exc, OSError):
                raise
            # The signature matched, so the file is as its terminal made it: the key is
            # not one of its recipients.
            raise _content_bad(path, "the payload does not decrypt") from None
        sink.finish()
        db_file.flush()
        os.fsync(db_file.fileno())
    try:
        manifest = container.loads_object(bytes(sink.manifest))
    except (ValueError, UnicodeDecodeError):
        raise _content_bad(path, "the manifest is not JSON") from None
    database_part = manifest.get("database")
    if (
        manifest.get("format") != "securedesk-backup-payload"
        or manifest.get("backup_id") != info.backup_id
        or manifest.get("vault_id") != info.vault_id
        or manifest.get("schema_version") != info.schema_version
        or not isinstance(database_part, dict)
    ):
        raise _content_bad(path, "the manifest does not match the signed description")
    if (
        database_part.get("size") != sink.db_size
        or database_part.get("sha256") != sink.db_sha256.hexdigest()
    ):
        raise _content_bad(path, "the database is not the one the manifest names")
    key = database_part.get("key")
    if not isinstance(key, str) or len(key) != 64:
        raise _content_bad(path, "the manifest holds no database key")
    return {"key": bytes.fromhex(key)}


def _check_database(info: BackupInfo, conn: database.Connection) -> None:
    path = info.path
    bad = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
    if bad or [r[0] for r in conn.execute("PRAGMA quick_check")] != ["ok"]:
        raise _content_bad(path, "pages fail their check")
    row = conn.execute("SELECT value FROM vault_info WHERE key = 'vault_id'").fetchone()
    if row is None or row[0] != info.vault_id:
        raise _content_bad(path, "the database belongs to another vault")
    signer = conn.execute("SELECT minisign_public FROM terminal_identity").fetchone()
    if signer is None or signer[0] != info.signer_public_key:
        raise IntegrityError(
            BackupErrorKind.FOREIGN_SIGNER, path=str(path), key_id=info.signer_key_id
        )
    report = chain.verify(conn)
    if not report.ok:
        raise _content_bad(path, f"the audit chain breaks at event {report.first_broken_seq}")
    head = chain.head(conn)
    if (
        head is None
        or head.seq != info.checkpoint.seq
        or checkpoints.compare(conn, info.checkpoint)
    ):
        raise _content_bad(path, "the audit chain does not reach the checkpoint it carries")


def restore_backup(
    backup: Path,
    target: Path,
    identity_file: Path,
    *,
    admin: str,
    passphrase: str,
    terminal_binding_on: bool = True,
    now: Callable[[], str] = chain.now_utc,
    kdf_params: KdfParams | None = None,
    renew_identity: succession.Renew | None = None,
) -> RestoredVault:
    """A new vault at `target` from `backup`. The backed-up terminal identity is retired;
    `renew_identity` (the transfer layer's) makes its successor in the same transaction,
    else a new one is made on first use. Either way no keys or bundle numbers are shared
    with the terminal the backup came from."""
    backup, target = Path(backup), Path(target)
    if target.exists() or target.is_symlink():
        raise InvalidInput(BackupErrorKind.TARGET_EXISTS, path=str(target))
    parent = target.absolute().parent
    if not parent.is_dir():
        raise InvalidInput(BackupErrorKind.TARGET_PARENT_MISSING, folder=str(parent))
    check_user_name(admin)
    check_new_passphrase(passphrase)
    identity, identity_text = read_identity(identity_file)
    info = read_backup(backup)
    if str(identity.to_public()) not in info.recipients:
        raise IntegrityError(
            BackupErrorKind.NOT_FOR_THIS_KEY, path=str(backup), identity=str(identity_file)
        )
    named = recipients.terminals_named(identity_text)
    # A signer the key file does not name may be a successor of one it names (a vault
    # restored before): proven, or refused, once the database is open (succession.py).
    successor_to_prove = bool(named) and info.signer_public_key not in named
    if info.schema_version > schema.latest_version():
        raise PolicyRefused(
            BackupErrorKind.BACKUP_TOO_NEW,
            found=info.schema_version,
            known=schema.latest_version(),
        )
    cleared = leftovers.clear(parent, target)  # before the space check: they take space
    storage_faults.require_free_space(
        parent, info.payload_size + storage_faults.WORKING_MARGIN_BYTES
    )
    work = parent / leftovers.working_name(target, uuid.uuid4().hex[:12])
    work.mkdir(mode=0o700)
    held = leftovers.lock(work)  # released by the kernel if this process is killed
    vault_id = str(uuid.uuid4())
    binding_secret: bytes | None = None
    try:
        _reached("folder made")
        db_path = work / DB_NAME
        backup_key = cast(bytes, _decrypt(info, identity, db_path)["key"])
        _reached("database written")
        try:
            conn = database.connect(db_path, backup_key)
        except VaultDamaged:
            raise _content_bad(backup, "the database does not open with its key") from None
        try:
            _check_database(info, conn)
            if successor_to_prove and not succession.descends_from(
                conn, info.signer_public_key, named
            ):
                raise IntegrityError(
                    BackupErrorKind.FOREIGN_SIGNER, path=str(backup), key_id=info.signer_key_id
                )
            schema.migrate(conn)
            users = _users(conn)
            if admin not in users["admins"]:
                raise InvalidInput(BackupErrorKind.ADMIN_NOT_IN_BACKUP, user=admin)
            new_key = os.urandom(DB_KEY_BYTES)
            conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            _reached("database rekeyed")
            if terminal_binding_on:
                binding_secret = terminal_binding.create_secret(vault_id)
            to_reset = sorted(u for u in users["enabled"] if u != admin)
            at = now()
            store = UserStore(conn)
            with database.transaction(conn):
                for key, value in (
                    ("vault_id", vault_id),
                    ("terminal_binding", "yes" if terminal_binding_on else "no"),
                    ("restored_from_vault_id", info.vault_id),
                    ("restored_from_backup", info.backup_id),
                    ("restored_at", at),
                ):
                    store.set_vault_info(key, value)
                conn.execute("DELETE FROM vault_info WHERE key = ?", (signin_failures.DB_KEY,))
                conn.execute("UPDATE users SET must_change_passphrase = 0 WHERE name = ?", (admin,))
                old = succession.retire(conn, at)
                new_terminal: str | None = None
                if old is not None and renew_identity is not None:
                    new_terminal, new_public = renew_identity(conn, old, admin)
                    succession.record_successor(conn, old, new_public, at)
                conn.execute(
                    "INSERT INTO backup_history (backup_id, kind, at, by_user, bytes, sha256, "
                    "audit_seq, recipients, file_name) VALUES (?, 'restored-from', ?, ?, ?, '', "
                    "?, ?, ?)",
                    (
                        info.backup_id,
                        info.created,
                        admin,
                        info.file_size,
                        info.checkpoint.seq,
                        len(info.recipients),
                        backup.name,
                    ),
                )
                seq = chain.record(
                    conn,
                    user=admin,
                    category=Category.ADMINISTRATION,
                    action=AuditAction.BACKUP_RESTORED,
                    object_type="backup",
                    object_id=info.backup_id,
                    details={
                        "from_vault_id": info.vault_id,
                        "vault_id": vault_id,
                        "audit_seq": info.checkpoint.seq,
                        "terminal_binding": terminal_binding_on,
                        "users_to_reset": len(to_reset),
                        "old_terminal": None if old is None else old.fingerprint,
                        "new_terminal": new_terminal,
                    },
                )
            slots = KeySlotFile(
                vault_id=vault_id,
                terminal_binding=terminal_binding_on,
                database_salt=database.database_salt(db_path),
                slots=[
                    make_slot(
                        vault_id=vault_id,
                        user=admin,
                        passphrase=passphrase,
                        db_key=new_key,
                        params=kdf_params or default_kdf_params(),
                        binding_secret=binding_secret,
                        private_key=X25519PrivateKey.generate().private_bytes_raw(),
                    )
                ],
                disabled_users=sorted(users["disabled"]),
            )
            slots.save(work / SLOTS_NAME)
            guard = signin_failures.guard_for(slots, work / SLOTS_NAME, binding_secret)
            settled = signin_failures.settle(work, guard, admin, None)
            with database.transaction(conn):
                store.set_vault_info(signin_failures.DB_KEY, str(settled.seq))
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
        _fsync_tree(work)
        _reached("vault complete")
        rename_no_replace(
            work, target, InvalidInput(BackupErrorKind.TARGET_EXISTS, path=str(target))
        )
        _reached("renamed")
    except BaseException as exc:
        shutil.rmtree(work, ignore_errors=True)
        if binding_secret is not None:
            terminal_binding.delete_secret(vault_id)
            signin_failures.forget_anchor(vault_id)
        if isinstance(exc, OSError):
            fault = storage_faults.fault_for(exc, parent)
            if fault is not None:
                raise fault from None
        raise
    finally:
        os.close(held)
    _fsync_tree(parent, files=False)
    return RestoredVault(
        target,
        vault_id,
        info.backup_id,
        info.vault_id,
        to_reset,
        seq,
        old_terminal=None if old is None else old.fingerprint,
        new_terminal=new_terminal,
        cleared=tuple(cleared),
    )


def _users(conn: database.Connection) -> dict[str, set[str]]:
    rows = conn.execute("SELECT name, disabled FROM users").fetchall()
    admins = {
        str(r[0])
        for r in conn.execute(
            "SELECT u.name FROM users u JOIN user_roles r ON r.user = u.name "
            "WHERE r.role = 'admin' AND u.disabled = 0"
        )
    }
    return {
        "enabled": {str(r[0]) for r in rows if not r[1]},
        "disabled": {str(r[0]) for r in rows if r[1]},
        "admins": admins,
    }


def _fsync_tree(folder: Path, *, files: bool = True) -> None:
    if files:
        for child in folder.iterdir():
            if child.is_file():
                fd = os.open(child, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
