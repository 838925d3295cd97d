"""Files attached to cases, behind the same gate as the case: `session.attachments`."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from securedesk.core.access import Permission
from securedesk.core.atomic_file import place_new, place_replacing, staged_file
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category
from securedesk.core.cases.attachment_types import clean_name, identify
from securedesk.core.cases.case_store import Attachment
from securedesk.core.cases.people_kinds import PeopleKind
from securedesk.core.domain import new_id
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput
from securedesk.core.unit_of_work import OnCase
from securedesk.core.vault import database

if TYPE_CHECKING:
    from securedesk.core.session import Session


class AttachmentService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = session.store

    def limit_bytes(self) -> int:
        return int(self.session.policy()["attachment_limit_mb"]) * 1024 * 1024

    def add_attachment(self, ref: str, source: Path, *, justification: str = "") -> Attachment:
        """Copy a file into the vault after checking its size and that it is what its name
        says. The size is checked before the file is read."""
        subject = OnCase(ref, justification=justification)
        case_id = self.session.gate(subject, Permission.EDIT_CASES).case.id
        name = clean_name(source.name)
        limit = self.limit_bytes()
        try:
            size = source.stat().st_size
            if not source.is_file():
                raise InvalidInput(ErrorKind.ATTACHMENT_NOT_A_FILE, name=name)
            if size > limit:
                raise InvalidInput(
                    ErrorKind.ATTACHMENT_TOO_LARGE,
                    name=name,
                    size_mb=size / 1048576,
                    limit_mb=limit // 1048576,
                )
            with source.open("rb") as f:
                data = f.read(limit + 1)
        except OSError as exc:
            raise InvalidInput(
                ErrorKind.ATTACHMENT_UNREADABLE, name=name, os_error=exc.strerror
            ) from None
        if len(data) > limit:
            raise InvalidInput(ErrorKind.ATTACHMENT_GREW, name=name)
        media_type = identify(name, data)
        attachment = Attachment(
            id=new_id(),
            case_id=case_id,
            name=name,
            media_type=media_type,
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
        )
        with self.session.change(
            Category.COLLECTION,
            AuditAction.ATTACHMENT_ADDED,
            OnCase(case_id=case_id, justification=justification),
            details={"case": case_id, "bytes": len(data), "type": media_type},
        ) as tx:
            tx.object_type, tx.object_id = "attachment", attachment.id
            self.store.add_attachment(
                attachment, data, self.session.vault.user, self.session.clock.now()
            )
        return attachment

    def for_case(self, ref: str, justification: str = "") -> list[Attachment]:
        """A case's attachments (names, sizes, types): part of viewing the case."""
        with database.guarded(self.session.vault.conn):
            subject = OnCase(ref, justification=justification)
            case_id = self.session.gate(subject, Permission.VIEW_CASES).case.id
            return self.store.attachments_for_case(case_id)

    def by_id(self, attachment_id: str, justification: str = "") -> Attachment:
        """One attachment's name, size and type, behind its case's gate."""
        with database.guarded(self.session.vault.conn):
            subject = OnCase(
                case_id=self.store.attachment_case_id(attachment_id), justification=justification
            )
            case_id = self.session.gate(subject, Permission.VIEW_CASES).case.id
            found = self.store.attachments_for_case(case_id)
            return next(a for a in found if a.id == attachment_id)

    def _subject(self, attachment: Attachment, justification: str) -> OnCase:
        # The case is looked up from the vault, never taken from the object handed in.
        return OnCase(
            case_id=self.store.attachment_case_id(attachment.id), justification=justification
        )

    def read(self, attachment: Attachment, justification: str = "") -> bytes:
        """The content, to view inside the application (recorded as a consultation)."""
        with self.session.consult(
            AuditAction.ATTACHMENT_VIEWED, self._subject(attachment, justification)
        ) as tx:
            tx.object_type, tx.object_id = "attachment", attachment.id
            tx.details = {"case": tx.case_id}
            return self.store.attachment_data(attachment.id)

    def save_out(
        self, attachment: Attachment, out: Path, justification: str = "", *, overwrite: bool = True
    ) -> None:
        """Write an attachment to disk: an explicit disclosure, audited, written atomically.
        Without `overwrite` an existing file is never replaced (checked again as the file
        is put in place, so a file made meanwhile is not replaced either)."""
        if not overwrite and (out.exists() or out.is_symlink()):
            raise InvalidInput(PeopleKind.ATTACHMENT_OUT_EXISTS, path=str(out))
        subject = self._subject(attachment, justification)
        with (
            staged_file(out) as (tmp, handle),
            self.session.change(
                Category.DISCLOSURE,
                AuditAction.ATTACHMENT_SAVED_TO_DISK,
                subject,
                permission=Permission.VIEW_CASES,
            ) as tx,
        ):
            tx.object_type, tx.object_id = "attachment", attachment.id
            tx.details = {"case": tx.case_id}
            handle.write(self.store.attachment_data(attachment.id))
            handle.flush()
            if overwrite:
                place_replacing(tmp, out, handle)
            else:
                # The one never-overwrite rule: fsynced before the name appears, and never
                # over a file that appeared meanwhile (also on FAT drives without hard links).
                place_new(
                    tmp, out, InvalidInput(PeopleKind.ATTACHMENT_OUT_EXISTS, path=str(out)), handle
                )
