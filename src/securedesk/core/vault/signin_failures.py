"""Failed sign-in attempts, counted while the vault is locked, and the delay they impose.

A failed sign-in has no database key, so the count sits beside the database in a small file
(user names, counts, times of the last failure). Deleting or editing that file must not
erase the failures unnoticed, so:

- **a MAC** (HMAC-SHA256) covers the whole record. On a terminal-bound vault its key is
  derived from the terminal-binding secret in the operating system's keyring: whoever can
  only edit the vault folder cannot forge a record. A vault without binding has no secret
  outside the folder, so the key is kept in the key-slot file (`signin_key`);
- **a sequence number**, raised at every write, is also kept in two other places: the
  *anchor* (the keyring on a bound vault, `signin_seq` in the key-slot file otherwise),
  written with every failure, and the database, written at every successful sign-in.

A record that is missing, fails its MAC, or holds a lower number than either copy (an older
copy put back) is *tampered*: the next successful sign-in reports it and the session writes
it to the audit chain. Tampering seen while locked (at a failed attempt) is carried inside
the next record, so a failure after a deletion does not hide the deletion. While the record
cannot be trusted, every attempt waits the longest delay.

Limits, stated: on a vault **without** binding, a person who can edit the folder can read
`signin_key`, write a well-formed record with any counts, and set `signin_seq` to match; the
database copy (written only at a successful sign-in) still catches a record rolled back
below that sign-in, and nothing else does. On a bound vault, a person who can also read or
write this terminal's keyring (that is, run code as the terminal's account) is beyond the
trust boundary (SPEC, Security).

User names are not stored for names the vault does not have: a name typed at sign-in that
matches no slot is kept as a keyed hash (it might be a passphrase typed in the wrong box),
under its own entry so that it is paced exactly like a real name. Entries are capped; beyond
the cap every new name, real or not, shares one overflow entry (so the cap cannot tell real
names from others either).

The delay grows with the failures recorded for the name typed: none after the first, then
1, 2, 4 ... seconds, capped at 30 (`delay_after`). It is enforced in the core, before the
passphrase is checked, while the vault's process lock is held, so a second process cannot
try in parallel. `PACING` (clock and sleeper) is replaceable for tests.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import hmac
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import keyring
import keyring.errors
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from securedesk.core.atomic_file import write_atomically
from securedesk.core.errors import KeyringUnavailable

if TYPE_CHECKING:
    from securedesk.core.vault.keyslots import KeySlotFile

FILE_NAME = "signin-failures.json"
FORMAT = "securedesk-signin-failures"
VERSION = 2
MAX_BYTES = 256 * 1024
MAX_ENTRIES = 256
MAX_ENTRY_CHARS = 80
UNKNOWN_PREFIX = "?"  # entries for names the vault does not have (keyed hashes)
OVERFLOW = "?*"  # every new name once MAX_ENTRIES are in use (counted as unknown names)
LEGACY_UNKNOWN = "(unknown user)"  # the one shared entry of version 1 files
DELAY_CAP_SECONDS = 30.0
KEYRING_SERVICE = "SecureDesk sign-in failures"
DB_KEY = "signin_failures_seq"  # the sequence number in vault_info


class Tamper(enum.StrEnum):
    MISSING = "missing"
    ALTERED = "altered"
    ROLLED_BACK = "rolled back"


def delay_after(count: int) -> float:
    """Seconds to wait before checking a passphrase, after `count` recorded failures."""
    if count <= 1:
        return 0.0
    return min(DELAY_CAP_SECONDS, float(2 ** min(count - 2, 16)))


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class Pacing:
    """The clock and the sleeper of the delay (tests replace `PACING`'s members)."""

    now: Callable[[], datetime] = _utc_now
    sleep: Callable[[float], None] = time.sleep


PACING = Pacing()


@dataclass
class Guard:
    """The record's MAC key and where its sequence number is anchored for this vault."""

    vault_id: str
    key: bytes
    read_anchor: Callable[[], int | None]
    write_anchor: Callable[[int], None]


def guard_for(slots: KeySlotFile, slots_path: Path, binding_secret: bytes | None) -> Guard:
    vault_id = slots.vault_id
    if binding_secret is not None:
        key = HKDF(
            algorithm=hashes.SHA256(),
            length=32,
            salt=None,
            info=b"securedesk-signin-failures-v1\0" + vault_id.encode(),
        ).derive(binding_secret)
        return Guard(
            vault_id, key, lambda: _keyring_anchor(vault_id), lambda n: _set_keyring(vault_id, n)
        )
    had_key = slots.signin_key is not None
    if slots.signin_key is None:
        slots.signin_key = os.urandom(32)
        slots.save(slots_path)

    def read() -> int | None:
        # A key with no number beside it: the number was struck out, not never written.
        if slots.signin_seq is None and had_key:
            return 0
        return slots.signin_seq

    def write(seq: int) -> None:
        slots.signin_seq = seq
        slots.save(slots_path)

    return Guard(vault_id, slots.signin_key, read, write)


def _keyring_anchor(vault_id: str) -> int | None:
    try:
        stored = keyring.get_password(KEYRING_SERVICE, f"vault:{vault_id}")
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__) from exc
    if stored is None:
        return None
    # An unreadable anchor is no anchor to trust, but the scheme has started: 0.
    return int(stored) if stored.isdigit() and len(stored) < 19 else 0


def _set_keyring(vault_id: str, seq: int) -> None:
    try:
        keyring.set_password(KEYRING_SERVICE, f"vault:{vault_id}", str(seq))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__) from exc


def forget_anchor(vault_id: str) -> None:
    """Drop a bound vault's anchor (a vault whose creation failed)."""
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(KEYRING_SERVICE, f"vault:{vault_id}")


def unknown_entry(guard: Guard, name: str) -> str:
    """The entry for a name the vault does not have: a keyed hash, never the name."""
    digest = hmac.new(guard.key, b"name\0" + name.encode("utf-8"), hashlib.sha256)
    return UNKNOWN_PREFIX + digest.hexdigest()[:24]


@dataclass
class FailureRecord:
    seq: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    last: dict[str, str] = field(default_factory=dict)
    tampered: Tamper | None = None

    def entry(self, name_entry: str) -> str:
        """Where `name_entry`'s failures are counted (the overflow entry once full)."""
        if name_entry in self.counts or len(self.counts) < MAX_ENTRIES:
            return name_entry
        return OVERFLOW

    def add(self, name_entry: str, at: str) -> None:
        where = self.entry(name_entry)
        self.counts[where] = self.counts.get(where, 0) + 1
        self.last[where] = at

    def take(self, name_entry: str) -> tuple[int, str | None]:
        """The count and time of the last failure for an entry, then forget them."""
        return self.counts.pop(name_entry, 0), self.last.pop(name_entry, None)

    def unknown_total(self) -> int:
        return sum(n for k, n in self.counts.items() if k.startswith(UNKNOWN_PREFIX))

    def drop_unknown(self) -> bool:
        gone = [k for k in self.counts if k.startswith(UNKNOWN_PREFIX)]
        for k in gone:
            del self.counts[k]
            self.last.pop(k, None)
        return bool(gone)

    def body(self, vault_id: str) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": vault_id,
            "seq": self.seq,
            "counts": self.counts,
            "last": self.last,
            "tampered": None if self.tampered is None else self.tampered.value,
        }


def _mac(key: bytes, body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hmac.new(key, canonical, hashlib.sha256).hexdigest()


def _entries(counts: object, last: object) -> tuple[dict[str, int], dict[str, str]] | None:
    if not isinstance(counts, dict) or not isinstance(last, dict):
        return None
    if len(counts) > MAX_ENTRIES + 1 or len(last) > MAX_ENTRIES + 1:
        return None
    good_counts = {
        k: v
        for k, v in counts.items()
        if isinstance(k, str) and len(k) <= MAX_ENTRY_CHARS and type(v) is int and v > 0
    }
    good_last = {k: v for k, v in last.items() if isinstance(v, str) and len(v) <= 40}
    if len(good_counts) != len(counts) or len(good_last) != len(last):
        return None
    return good_counts, good_last


def _read(folder: Path, guard: Guard) -> tuple[FailureRecord, bool] | Tamper:
    """The record and whether it is in the old, unauthenticated format; or what is wrong."""
    try:
        with (folder / FILE_NAME).open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return Tamper.MISSING
    except OSError:
        return Tamper.ALTERED
    try:
        obj = json.loads(data) if len(data) <= MAX_BYTES else None
    except ValueError:
        obj = None
    if not isinstance(obj, dict):
        return Tamper.ALTERED
    if "format" not in obj:  # version 1: counts and times, no MAC
        entries = _entries(obj.get("counts", {}), obj.get("last", {}))
        if entries is None:
            return Tamper.ALTERED
        counts, last = entries
        if LEGACY_UNKNOWN in counts:
            counts[UNKNOWN_PREFIX + LEGACY_UNKNOWN] = counts.pop(LEGACY_UNKNOWN)
        if LEGACY_UNKNOWN in last:
            last[UNKNOWN_PREFIX + LEGACY_UNKNOWN] = last.pop(LEGACY_UNKNOWN)
        return FailureRecord(counts=counts, last=last), True
    mac = obj.pop("mac", None)
    if not isinstance(mac, str) or not hmac.compare_digest(mac, _mac(guard.key, obj)):
        return Tamper.ALTERED
    entries = _entries(obj.get("counts"), obj.get("last"))
    seq = obj.get("seq")
    tampered = obj.get("tampered")
    if (
        obj.get("format") != FORMAT
        or obj.get("version") != VERSION
        or obj.get("vault_id") != guard.vault_id
        or type(seq) is not int
        or seq < 0
        or entries is None
        or tampered not in (None, *(t.value for t in Tamper))
    ):
        return Tamper.ALTERED
    counts, last = entries
    record = FailureRecord(seq, counts, last, None if tampered is None else Tamper(tampered))
    return record, False


def assess(folder: Path, guard: Guard, db_seq: int | None) -> tuple[FailureRecord, Tamper | None]:
    """The record to go on from, and the tampering it shows (None when it is sound).

    `db_seq` is the number the database holds (None while locked, or before the first
    sign-in that kept one). A vault that has neither an anchor nor a database number has
    never written a version 2 record: its old file is taken as it is, once.
    """
    anchor = guard.read_anchor()
    floor = max(anchor or 0, db_seq or 0)
    started = anchor is not None or db_seq is not None
    found = _read(folder, guard)
    if isinstance(found, Tamper):
        if found is Tamper.MISSING and not started:
            return FailureRecord(seq=floor), None
        return FailureRecord(seq=floor), found
    record, legacy = found
    if legacy:
        return (FailureRecord(seq=floor), Tamper.ALTERED) if started else (record, None)
    if record.seq < floor:
        return FailureRecord(seq=floor), Tamper.ROLLED_BACK
    return record, record.tampered


def save(folder: Path, guard: Guard, record: FailureRecord) -> int:
    """Write the record under a new sequence number: the file first, then the anchor (a
    crash between them leaves a file ahead of its anchor, which is sound). The number."""
    record.seq = max(record.seq, guard.read_anchor() or 0) + 1
    body = record.body(guard.vault_id)
    body["mac"] = _mac(guard.key, body)
    write_atomically(folder / FILE_NAME, json.dumps(body, sort_keys=True).encode("utf-8"))
    guard.write_anchor(record.seq)
    return record.seq


def seconds_to_wait(record: FailureRecord, tamper: Tamper | None, name_entry: str) -> float:
    if tamper is not None:
        return DELAY_CAP_SECONDS  # the count cannot be trusted: assume the worst
    where = record.entry(name_entry)
    due = delay_after(record.counts.get(where, 0))
    if due <= 0:
        return 0.0
    try:
        last = datetime.fromisoformat(record.last.get(where, ""))
    except ValueError:
        return due
    if last.tzinfo is None:
        return due
    elapsed = (PACING.now() - last).total_seconds()
    # A last failure "in the future" (the clock was put back) counts as just now.
    return max(0.0, due - max(0.0, elapsed))


def wait_before_check(
    folder: Path, guard: Guard, name_entry: str, on_wait: Callable[[float], None] | None
) -> float:
    """Sleep for whatever delay the failures recorded for this name still impose."""
    record, tamper = assess(folder, guard, None)
    seconds = seconds_to_wait(record, tamper, name_entry)
    if seconds > 0:
        if on_wait is not None:
            on_wait(seconds)
        PACING.sleep(seconds)
    return seconds


def record_failure(folder: Path, guard: Guard, name_entry: str) -> None:
    record, tamper = assess(folder, guard, None)
    if tamper is not None and record.tampered is None:
        record.tampered = tamper  # kept for the next successful sign-in to report
    record.add(name_entry, PACING.now().isoformat(timespec="microseconds"))
    save(folder, guard, record)


@dataclass(frozen=True)
class Settled:
    """What a successful sign-in learns from the record, and the number it now holds."""

    count: int
    last: str | None
    unknown: int
    tampered: Tamper | None
    seq: int


def settle(folder: Path, guard: Guard, user: str, db_seq: int | None) -> Settled:
    """At a successful sign-in: take `user`'s failures, note tampering, and leave a sound
    record whose number the caller stores in the database."""
    record, tamper = assess(folder, guard, db_seq)
    count, last = record.take(user)
    unknown = record.unknown_total()
    anchor = guard.read_anchor()
    seq = record.seq
    if count or tamper is not None or db_seq != seq or anchor != seq:
        record.tampered = None
        seq = save(folder, guard, record)
    return Settled(count, last, unknown, tamper, seq)


def clear_unknown(folder: Path, guard: Guard, db_seq: int | None) -> int | None:
    """Forget failures by unknown names (an administrator has been told); the new number."""
    record, tamper = assess(folder, guard, db_seq)
    if tamper is None and record.drop_unknown():
        return save(folder, guard, record)
    return None
