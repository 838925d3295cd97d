"""Checking a backup without decrypting it: the archive's shape, the three signatures, the
payload's size and digest against the signed description, and the age header's recipients.
Anyone can run it (no vault, no key); with a session it is recorded."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from securedesk.core import age_header
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.checkpoint import Checkpoint, CheckpointMalformed
from securedesk.core.backup import container, recipients
from securedesk.core.backup.backup_kinds import BackupErrorKind
from securedesk.core.errors import IntegrityError, InvalidInput
from securedesk.core.unit_of_work import ONLY_SIGNED_IN, OnObject

if TYPE_CHECKING:
    from securedesk.core.session import Session

MAX_AGE_HEADER = 64 * 1024


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    backup_id: str
    created: str
    vault_id: str
    schema_version: int
    signer_public_key: str
    signer_key_id: str
    recipients: list[str]
    payload_offset: int
    payload_size: int
    checkpoint: Checkpoint
    file_size: int

    def to_json(self) -> dict[str, Any]:
        return {
            "backup_id": self.backup_id,
            "created": self.created,
            "vault_id": self.vault_id,
            "schema_version": self.schema_version,
            "signer_minisign_public_key": self.signer_public_key,
            "signer_minisign_key_id": self.signer_key_id,
            "recipients": self.recipients,
            "audit_checkpoint_seq": self.checkpoint.seq,
            "bytes": self.file_size,
        }


def _text(obj: dict[str, Any], key: str, path: Path) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value or len(value) > 200:
        raise container.not_a_backup(path, f"backup.json has no valid {key}")
    return value


def _number(obj: dict[str, Any], key: str, path: Path) -> int:
    value = obj.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise container.not_a_backup(path, f"backup.json has no valid {key}")
    return value


def _description(data: bytes, path: Path) -> dict[str, Any]:
    try:
        obj = container.loads_object(data)
    except (ValueError, UnicodeDecodeError):
        raise container.not_a_backup(path, "backup.json is not JSON") from None
    if obj.get("format") != container.FORMAT or obj.get("version") != container.VERSION:
        raise container.not_a_backup(path, "backup.json names another format or version")
    return obj


def check_age_header(path: Path, head: bytes, expected: int) -> None:
    """The payload's age header names exactly the recipients the description lists (the
    parser is core/age_header.py, shared with the bundle reader)."""
    fault = age_header.check_stanzas(head, expected, max_recipients=recipients.MAX_RECIPIENTS)
    if fault is None:
        return
    if fault.problem is age_header.HeaderProblem.NOT_AGE:
        raise container.not_a_backup(path, "payload.age is not an age file")
    if fault.problem is age_header.HeaderProblem.TOO_LONG:
        raise container.not_a_backup(path, "payload.age's header is too long")
    raise IntegrityError(BackupErrorKind.DIGEST_BAD, path=str(path), member=container.PAYLOAD)


def read_backup(path: Path) -> BackupInfo:
    """Every check that needs no key; raises IntegrityError (exit 4) naming what is wrong."""
    path = Path(path)
    try:
        f = path.open("rb")
    except OSError as exc:
        raise InvalidInput(
            BackupErrorKind.FILE_UNREADABLE, path=str(path), os_error=exc.strerror
        ) from None
    with f:
        size = path.stat().st_size
        layout = container.read_layout(path, f, size)
        desc_bytes = layout.small[container.DESCRIPTION]
        desc = _description(desc_bytes, path)
        backup_id = _text(desc, "backup_id", path)
        terminal = desc.get("terminal")
        payload = desc.get("payload")
        audit = desc.get("audit_checkpoint")
        keys = desc.get("recipients")
        if not (
            isinstance(terminal, dict)
            and isinstance(payload, dict)
            and isinstance(audit, dict)
            and isinstance(keys, list)
            and 0 < len(keys) <= 16
            and all(isinstance(k, str) for k in keys)
        ):
            raise container.not_a_backup(path, "backup.json lacks a part")
        public_key = _text(terminal, "minisign_public_key", path)
        try:
            container.parse_public_key(public_key)
        except ValueError:
            raise container.not_a_backup(path, "backup.json names no minisign key") from None
        sig = container.SIGNATURE_SUFFIX
        container.verify_signature(
            path,
            container.DESCRIPTION,
            layout.small[container.DESCRIPTION + sig],
            hashlib.blake2b(desc_bytes, digest_size=64).digest(),
            public_key,
            container.trusted_comment(backup_id, container.DESCRIPTION),
        )
        cp_bytes = layout.small[container.CHECKPOINT]
        if hashlib.sha256(cp_bytes).hexdigest() != audit.get("sha256"):
            raise IntegrityError(
                BackupErrorKind.DIGEST_BAD, path=str(path), member=container.CHECKPOINT
            )
        try:
            cp = Checkpoint.parse_exact(cp_bytes)
        except CheckpointMalformed:
            raise container.not_a_backup(path, "the audit checkpoint is malformed") from None
        container.verify_signature(
            path,
            container.CHECKPOINT,
            layout.small[container.CHECKPOINT + sig],
            hashlib.blake2b(cp_bytes, digest_size=64).digest(),
            public_key,
            container.checkpoint_comment(cp.vault_id, cp.seq),
        )
        offset, payload_size = layout.offsets[container.PAYLOAD]
        if payload_size != _number(payload, "size", path):
            raise IntegrityError(
                BackupErrorKind.DIGEST_BAD, path=str(path), member=container.PAYLOAD
            )
        f.seek(offset)
        check_age_header(path, f.read(min(payload_size, MAX_AGE_HEADER)), len(keys))
        f.seek(offset)
        blake, sha = container.new_digest(), hashlib.sha256()
        left = payload_size
        while left:
            block = f.read(min(container.CHUNK, left))
            if not block:
                raise container.not_a_backup(path, "payload.age is cut short")
            blake.update(block)
            sha.update(block)
            left -= len(block)
        if sha.hexdigest() != payload.get("sha256"):
            raise IntegrityError(
                BackupErrorKind.DIGEST_BAD, path=str(path), member=container.PAYLOAD
            )
        container.verify_signature(
            path,
            container.PAYLOAD,
            layout.small[container.PAYLOAD + sig],
            blake.digest(),
            public_key,
            container.trusted_comment(backup_id, container.PAYLOAD),
        )
    return BackupInfo(
        path=path,
        backup_id=backup_id,
        created=_text(desc, "created", path),
        vault_id=_text(desc, "vault_id", path),
        schema_version=_number(desc, "schema_version", path),
        signer_public_key=public_key,
        signer_key_id=str(terminal.get("minisign_key_id", "")),
        recipients=[str(k) for k in keys],
        payload_offset=offset,
        payload_size=payload_size,
        checkpoint=cp,
        file_size=size,
    )


def verify_backup(path: Path, session: Session | None = None) -> BackupInfo:
    """read_backup, recorded as "backup verified" when a user is signed in."""
    info = read_backup(path)
    if session is not None:
        with session.consult(
            AuditAction.BACKUP_VERIFIED,
            OnObject("backup", info.backup_id),
            permission=ONLY_SIGNED_IN,
            details={"audit_seq": info.checkpoint.seq, "vault_id": info.vault_id},
        ):
            pass
    return info
