"""The vault: a folder holding the SQLCipher database and its key-slot file.

`Vault.create` makes one; `Vault.unlock` opens it for one user, and the returned object
holds the open database, the process lock and the key until `lock()`.
"""

from __future__ import annotations

import functools
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from securedesk.core.audit.chain import now_utc
from securedesk.core.error_kinds import Detail
from securedesk.core.errors import (
    KeySlotFileDamaged,
    NotAVault,
    SignInFailed,
    UnknownUser,
    UserDisabled,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    WrongPassphrase,
)
from securedesk.core.vault import database, schema, signin_failures, terminal_binding
from securedesk.core.vault.database import Connection
from securedesk.core.vault.kdf import SALT_BYTES, KdfParams, calibrate, derive_key
from securedesk.core.vault.keyslots import DB_KEY_BYTES, KeySlotFile, make_slot, reseal, unwrap_slot
from securedesk.core.vault.process_lock import VaultProcessLock
from securedesk.core.vault.signin_failures import Guard

DB_NAME = "vault.db"
SLOTS_NAME = "keyslots.json"


@functools.cache
def default_kdf_params() -> KdfParams:
    """Tuned once per process to about half a second on this machine."""
    return calibrate()


@dataclass(frozen=True)
class SignInReport:
    """What the vault knows about failed attempts since this user's last sign-in."""

    failed_attempts: int
    last_failure_at: str | None
    unknown_user_attempts: int
    # Set when the failure record was found missing, altered or rolled back: the counts
    # above may then be incomplete ("missing", "altered" or "rolled back").
    record_tampered: str | None = None


class Vault:
    """An unlocked vault. Everything that touches key material lives here."""

    def __init__(
        self,
        folder: Path,
        slots: KeySlotFile,
        conn: Connection,
        db_key: bytes,
        private_key: bytes,
        user: str,
        lock: VaultProcessLock,
        binding_secret: bytes | None,
        report: SignInReport,
        signin_guard: Guard | None = None,
    ) -> None:
        self.folder = folder
        self._slots = slots
        self._conn: Connection | None = conn
        self._db_key = bytearray(db_key)
        self._private_key = bytearray(private_key)
        self.user = user
        self._lock = lock
        self._binding_secret = binding_secret
        self.signin_report = report
        self._signin_guard = signin_guard

    # -- paths ------------------------------------------------------------------------

    @staticmethod
    def db_path(folder: Path) -> Path:
        return folder / DB_NAME

    @staticmethod
    def slots_path(folder: Path) -> Path:
        return folder / SLOTS_NAME

    @property
    def vault_id(self) -> str:
        return self._slots.vault_id

    @property
    def terminal_binding(self) -> bool:
        return self._slots.terminal_binding

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    @property
    def is_locked(self) -> bool:
        return self._conn is None

    # -- create -----------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        *,
        admin: str,
        passphrase: str,
        terminal_binding_on: bool = True,
        kdf_params: KdfParams | None = None,
    ) -> Vault:
        """A new, empty vault (schema at the latest version) unlocked for `admin`.

        Refuses a folder that already holds anything; on any failure it removes what it
        made, so a failed creation never leaves a half-made vault to be mistaken for one.
        """
        folder = Path(folder)
        made_folder = not folder.exists()
        if not made_folder and any(folder.iterdir()):
            raise VaultExists(str(folder))
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        lock = VaultProcessLock(folder)
        lock.acquire()
        vault_id = str(uuid.uuid4())
        binding_secret: bytes | None = None
        conn = None
        try:
            if terminal_binding_on:
                binding_secret = terminal_binding.create_secret(vault_id)
            db_key = os.urandom(DB_KEY_BYTES)
            conn = database.connect(cls.db_path(folder), db_key, create=True)
            schema.migrate(conn)
            with database.transaction(conn):
                conn.executemany(
                    "INSERT INTO vault_info (key, value) VALUES (?, ?)",
                    [
                        ("vault_id", vault_id),
                        ("created_at", now_utc()),
                        ("terminal_binding", "yes" if terminal_binding_on else "no"),
                    ],
                )
            params = kdf_params or default_kdf_params()
            priv = X25519PrivateKey.generate().private_bytes_raw()
            slot = make_slot(
                vault_id=vault_id,
                user=admin,
                passphrase=passphrase,
                db_key=db_key,
                params=params,
                binding_secret=binding_secret,
                private_key=priv,
            )
            slots = KeySlotFile(
                vault_id=vault_id,
                terminal_binding=terminal_binding_on,
                database_salt=database.database_salt(cls.db_path(folder)),
                slots=[slot],
            )
            slots.save(cls.slots_path(folder))
            guard = signin_failures.guard_for(slots, cls.slots_path(folder), binding_secret)
            settled = signin_failures.settle(folder, guard, admin, None)
            _store_signin_seq(conn, settled.seq)
        except BaseException:
            if conn is not None:
                conn.close()
            lock.release()
            _remove_partial_vault(folder, made_folder)
            if binding_secret is not None:
                terminal_binding.delete_secret(vault_id)
                signin_failures.forget_anchor(vault_id)
            raise
        report = SignInReport(0, None, 0)
        return cls(folder, slots, conn, db_key, priv, admin, lock, binding_secret, report, guard)

    # -- unlock -----------------------------------------------------------------------

    @classmethod
    def unlock(
        cls,
        folder: Path,
        user: str,
        passphrase: str,
        *,
        on_wait: Callable[[float], None] | None = None,
    ) -> Vault:
        """Open the vault for `user`. After failed attempts for this name the passphrase is
        checked only after a delay (signin_failures.delay_after); `on_wait(seconds)` is told
        before it, so that the interface can say why it waits."""
        folder = Path(folder)
        check_is_vault(folder)
        lock = VaultProcessLock(folder)
        lock.acquire()
        try:
            return cls._unlock_locked(folder, user, passphrase, lock, on_wait)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _unlock_locked(
        cls,
        folder: Path,
        user: str,
        passphrase: str,
        lock: VaultProcessLock,
        on_wait: Callable[[float], None] | None,
    ) -> Vault:
        slots = KeySlotFile.load(cls.slots_path(folder))
        db_path = cls.db_path(folder)
        if database.database_salt(db_path) != slots.database_salt:
            raise KeySlotFileDamaged(
                str(cls.slots_path(folder)),
                Detail.BELONGS_TO_ANOTHER_VAULT,
            )
        slot = slots.slot_for(user)
        if slot is None and user in slots.disabled_users:
            raise UserDisabled(user)
        # Before anything that depends on the name, so that an unknown name and a known one
        # take the same path: the binding secret, the delay, one key derivation, one write.
        binding_secret = (
            terminal_binding.load_secret(slots.vault_id) if slots.terminal_binding else None
        )
        guard = signin_failures.guard_for(slots, cls.slots_path(folder), binding_secret)
        entry = user if slot is not None else signin_failures.unknown_entry(guard, user)
        signin_failures.wait_before_check(folder, guard, entry, on_wait)
        if slot is None:
            _derive_as_a_slot_would(slots, passphrase, binding_secret, user)
            signin_failures.record_failure(folder, guard, entry)
            raise SignInFailed()
        try:
            unwrapped = unwrap_slot(slot, passphrase, binding_secret)
        except WrongPassphrase:
            signin_failures.record_failure(folder, guard, entry)
            raise SignInFailed() from None
        conn = None
        db_key = b""
        for candidate in unwrapped.candidate_keys:
            try:
                conn = database.connect(db_path, candidate)
            except VaultDamaged:
                continue
            db_key = candidate
            break
        if conn is None:
            # The slot authenticated, so the key is the one it was given: either the
            # database is damaged or this slot file is an old copy from before a rotation.
            raise VaultDamaged(str(db_path), Detail.KEY_DOES_NOT_OPEN)
        try:
            stored_id = _vault_id_of(conn, db_path)
            if stored_id != slots.vault_id:
                raise KeySlotFileDamaged(str(cls.slots_path(folder)), Detail.NAMES_ANOTHER_VAULT)
            schema.migrate(conn)
            _check_user_row(conn, user)
            if slot.resealed is not None or db_key != unwrapped.candidate_keys[-1]:
                # Fold a key re-sealed by a rotation back into an ordinary slot, with the
                # current KDF parameters (never those read from the file, which anyone
                # able to edit it could have weakened).
                slots.replace_slot(
                    make_slot(
                        vault_id=slots.vault_id,
                        user=user,
                        passphrase=passphrase,
                        db_key=db_key,
                        params=default_kdf_params(),
                        binding_secret=binding_secret,
                        private_key=unwrapped.private_key,
                    )
                )
                slots.save(cls.slots_path(folder))
            settled = signin_failures.settle(folder, guard, user, _signin_seq(conn))
            _store_signin_seq(conn, settled.seq)
        except BaseException:
            conn.close()
            raise
        report = SignInReport(
            settled.count,
            settled.last,
            settled.unknown,
            None if settled.tampered is None else settled.tampered.value,
        )
        return cls(
            folder,
            slots,
            conn,
            db_key,
            unwrapped.private_key,
            user,
            lock,
            binding_secret,
            report,
            guard,
        )

    def clear_unknown_user_failures(self) -> None:
        if self._signin_guard is None:
            return
        seq = signin_failures.clear_unknown(self.folder, self._signin_guard, _signin_seq(self.conn))
        if seq is not None:
            _store_signin_seq(self.conn, seq)

    # -- slots ------------------------------------------------------------------------

    def verify_passphrase(self, user: str, passphrase: str) -> None:
        """Raise WrongPassphrase unless `passphrase` opens `user`'s slot (re-authentication)."""
        slot = self._slots.slot_for(user)
        if slot is None:
            raise UnknownUser(user)
        unwrap_slot(slot, passphrase, self._binding_secret)

    def has_slot(self, user: str) -> bool:
        return self._slots.slot_for(user) is not None

    def slot_public_key(self, user: str) -> bytes | None:
        """The X25519 public key in `user`'s slot (audit MAC keys are sealed to it)."""
        slot = self._slots.slot_for(user)
        return slot.public_key if slot is not None else None

    def key_agreement(self, peer_public: bytes) -> bytes:
        """X25519 between the signed-in user's slot key and `peer_public`, to unseal what
        was sealed to that user; the private key itself never leaves this object."""
        private = X25519PrivateKey.from_private_bytes(bytes(self._private_key))
        return private.exchange(X25519PublicKey.from_public_bytes(peer_public))

    def set_slot(self, user: str, passphrase: str, kdf_params: KdfParams | None = None) -> None:
        """Give `user` a slot with `passphrase` (new user, change or reset). Call inside the
        database transaction that records it, so a failed write rolls that back too.

        The KDF parameters are this machine's current defaults unless given: never those of
        the old slot, which anyone able to edit the file could have weakened. The slot gets
        a new X25519 key pair every time: an old copy of the slot, opened with the old
        passphrase, yields the old private key, which must not open anything re-sealed
        later (follow with `rotate_key`, so it does not open the database either).
        """
        private_key = X25519PrivateKey.generate().private_bytes_raw()
        new_slot = make_slot(
            vault_id=self.vault_id,
            user=user,
            passphrase=passphrase,
            db_key=bytes(self._db_key),
            params=kdf_params or default_kdf_params(),
            binding_secret=self._binding_secret,
            private_key=private_key,
        )
        self._slots.replace_slot(new_slot)
        if user in self._slots.disabled_users:
            self._slots.disabled_users.remove(user)
        self._slots.save(self.slots_path(self.folder))
        if user == self.user:
            _wipe(self._private_key)
            self._private_key = bytearray(private_key)

    def remove_slot_and_rotate_key(self, user: str) -> None:
        """Remove `user`'s slot and change the database key, so a copy of their old slot
        (or of a key they noted) no longer opens the vault.

        Order matters for a crash at any point: first every remaining slot gets the new key
        re-sealed beside its old one (both are tried at unlock), then the database is
        re-keyed. Whichever step a crash interrupts, one of each slot's keys opens it.
        """
        self._slots.remove_slot(user)
        if user not in self._slots.disabled_users:
            self._slots.disabled_users.append(user)
        self.rotate_key()

    def rotate_key(self) -> None:
        """A new database key: re-sealed to every slot, then the database re-keyed. Every
        copy of the key-slot file made before no longer opens the database.

        Must run outside a transaction (PRAGMA rekey cannot run inside one). The crash
        order is that of `remove_slot_and_rotate_key`: each slot holds the old key wrapped
        and the new one re-sealed until the user's next sign-in folds them into one.
        """
        new_key = os.urandom(DB_KEY_BYTES)
        current = bytes(self._db_key)
        self._slots.slots = [reseal(s, new_key, current) for s in self._slots.slots]
        self._slots.save(self.slots_path(self.folder))
        self.conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        _wipe(self._db_key)
        self._db_key = bytearray(new_key)
        # The signed-in user's own slot keeps its re-sealed copy of the new key (their
        # passphrase is not held in memory); it folds back at their next sign-in.

    def second_connection(self) -> Connection:
        """Another connection to the database with the same key: a backup reads its snapshot
        through it (one read transaction, WAL) while the window goes on with the first."""
        return database.connect(self.db_path(self.folder), bytes(self._db_key))

    # -- lock -------------------------------------------------------------------------

    def lock(self) -> None:
        """Close the database and drop the key; the process lock goes too."""
        if self._conn is not None:
            conn, self._conn = self._conn, None  # new calls see a locked vault at once
            database.close_when_idle(conn)
        # Best effort: Python may hold other copies, but these buffers are ours to wipe.
        for buf in (self._db_key, self._private_key):
            _wipe(buf)
        self._lock.release()


def check_is_vault(folder: Path) -> None:
    """Refuse a folder that is missing or holds no vault, with a message that says which."""
    if not folder.exists():
        raise NotAVault(str(folder), Detail.FOLDER_MISSING)
    if not folder.is_dir():
        raise NotAVault(str(folder), Detail.NOT_A_FOLDER)
    has_db = Vault.db_path(folder).is_file()
    has_slots = Vault.slots_path(folder).is_file()
    if not has_db and not has_slots:
        raise NotAVault(str(folder), Detail.NO_VAULT_FILES)
    if not has_slots:
        raise KeySlotFileDamaged(str(Vault.slots_path(folder)), Detail.FILE_MISSING)
    if not has_db:
        raise VaultDamaged(str(Vault.db_path(folder)), Detail.DATABASE_MISSING)


def _vault_id_of(conn: Connection, db_path: Path) -> str:
    try:
        row = conn.execute("SELECT value FROM vault_info WHERE key = 'vault_id'").fetchone()
    except database.DatabaseError as exc:
        raise VaultDamaged(str(db_path), Detail.TABLES_UNREADABLE) from exc
    if row is None:
        raise VaultDamaged(str(db_path), Detail.NO_VAULT_ID)
    return str(row[0])


def _check_user_row(conn: Connection, user: str) -> None:
    row = conn.execute("SELECT disabled FROM users WHERE name = ?", (user,)).fetchone()
    if row is None:
        raise UnknownUser(user)
    if row[0]:
        raise UserDisabled(user)


def _wipe(buf: bytearray) -> None:
    for i in range(len(buf)):
        buf[i] = 0


def _derive_as_a_slot_would(
    slots: KeySlotFile, passphrase: str, binding_secret: bytes | None, user: str
) -> None:
    """The key derivation a real slot costs, for a name without one: the refusal takes as
    long as a wrong passphrase does, so its timing does not tell the names apart."""
    params = slots.slots[0].kdf if slots.slots else default_kdf_params()
    context = f"securedesk-slot-v1\0{slots.vault_id}\0{user}".encode()
    derive_key(passphrase, os.urandom(SALT_BYTES), params, secret=binding_secret, context=context)


def _signin_seq(conn: Connection) -> int | None:
    row = conn.execute(
        "SELECT value FROM vault_info WHERE key = ?", (signin_failures.DB_KEY,)
    ).fetchone()
    if row is None:
        return None
    value = str(row[0])
    return int(value) if value.isdigit() else 0


def _store_signin_seq(conn: Connection, seq: int) -> None:
    with database.transaction(conn):
        conn.execute(
            "INSERT INTO vault_info (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (signin_failures.DB_KEY, str(seq)),
        )


def _remove_partial_vault(folder: Path, made_folder: bool) -> None:
    if made_folder:
        shutil.rmtree(folder, ignore_errors=True)
        return
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", SLOTS_NAME, "vault.lock"):
        (folder / name).unlink(missing_ok=True)
