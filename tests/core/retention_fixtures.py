"""A vault with two auditors, a case holding one of everything (with a canary string in its
subject's name, an item's text and an attachment), and ways to read the vault's files as an
insider with the key would: every page decrypted, and a plaintext export."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from securedesk.core.access import Role
from securedesk.core.clock import FixedClock
from securedesk.core.domain import ActionStatus, CaseStatus, FactorScore, Person, PersonLink
from securedesk.core.markings import Marking
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.session import Session
from securedesk.core.vault import database
from securedesk.packs.render import MeetingPackRenderer

from ..conftest import ADMIN_PASS, OFFICER_PASS, make_vault

AUDITOR_PASS = "auditor passphrase for tests"
# Unique strings found nowhere else: one per place the case holds text.
CANARY = "Zyqvexcanary"
CANARY_TEXT = "Qorblatcanary"
CANARY_FILE = "Wuxpelcanary"
CANARIES = (CANARY, CANARY_TEXT, CANARY_FILE)
RELATIVE = "Fembrickrelative"
OTHER_SUBJECT = "Keepmehere"
CLOCK = FixedClock("2026-11-01T10:00:00.000000+00:00", date(2026, 11, 1))


def make_retention_vault(folder: Path) -> None:
    """make_vault's users, and auditors 'ada' and 'alan' (cleared to SECRET)."""
    make_vault(folder)
    admin = Session.sign_in(folder, "admin", ADMIN_PASS)
    for name in ("ada", "alan"):
        admin.users.add_user(name, [Role.AUDITOR], AUDITOR_PASS, Marking.SECRET)
    admin.lock()
    for name in ("ada", "alan"):
        s = Session.sign_in(folder, name, AUDITOR_PASS)
        s.users.change_own_passphrase(AUDITOR_PASS)
        s.lock()
    for name, passphrase in (
        ("admin", ADMIN_PASS),
        ("olivia", OFFICER_PASS),
        ("oscar", OFFICER_PASS),
        ("ada", AUDITOR_PASS),
        ("alan", AUDITOR_PASS),
    ):
        Session.sign_in(folder, name, passphrase).lock()


def sign_in(folder: Path, user: str, clock: FixedClock = CLOCK) -> Session:
    passphrase = {"admin": ADMIN_PASS, "ada": AUDITOR_PASS, "alan": AUDITOR_PASS}.get(
        user, OFFICER_PASS
    )
    s = Session.sign_in(folder, user, passphrase)
    s.clock = clock
    return s


@dataclass
class Made:
    ref: str
    case_id: str
    subject_id: str
    relative_id: str
    other_ref: str
    other_case_id: str
    shared_id: str  # a person in both cases: stays


def fill_case(folder: Path, tmp: Path, *, close: bool = True) -> Made:
    """Oscar (officer and chair) records a case with one of everything, and another case
    sharing one subject; a meeting discusses both, with minutes, an action and a copy."""
    s = sign_in(folder, "oscar")
    try:
        subject = Person(CANARY, "Prydderch", date(1990, 5, 6), aliases=[f"{CANARY} Ellis"])
        shared = Person("Sharedperson", "Bothcases", date(1985, 1, 2))
        case = s.cases.add_case(
            [subject, shared], referral_source="Education", referral_date=date(2026, 1, 5)
        )
        relative = Person(RELATIVE, "Prydderch", date(1960, 3, 4))
        with database.transaction(s.vault.conn):
            s.store.add_person(relative, s.clock.now())
            s.store.add_person_link(PersonLink(subject.id, relative.id, "parent"))
        other = s.cases.add_case(
            [Person(OTHER_SUBJECT, "Staying", date(1991, 1, 1))],
            referral_source="Police",
            referral_date=date(2026, 2, 1),
        )
        with database.transaction(s.vault.conn):  # one person in both cases
            s.vault.conn.execute(
                "INSERT INTO case_subjects (case_id, person_id, position) VALUES (?, ?, 1)",
                (other.id, shared.id),
            )
        s.cases.add_item(
            other.ref, agency="Police", text="The other case's own note stays", today=CLOCK.today()
        )
        for n in range(3):
            s.cases.add_item(
                case.ref,
                agency="Education",
                text=f"Observed {CANARY_TEXT} drawings, note {n}",
                today=CLOCK.today(),
            )
        s.cases.add_chronology_entry(case.ref, date(2026, 3, 1), f"Visit about {CANARY_TEXT}")
        action = s.cases.add_action(
            case.ref, f"Mentor {CANARY_TEXT}", "Education", "Mentor", date(2026, 12, 1)
        )
        s.cases.update_action(case.ref, action.id, ActionStatus.IN_PROGRESS, f"{CANARY_TEXT} met")
        framework = s.framework
        s.cases.add_assessment(
            case.ref,
            [
                FactorScore(f.id, framework.scale_min, f"ev {CANARY_TEXT}")
                for f in framework.factors
            ],
            f"summary {CANARY_TEXT}",
            date(2026, 4, 1),
        )
        attachment = tmp / "letter.txt"
        attachment.write_bytes(f"Letter about {CANARY_FILE}\n".encode() * 50)
        s.attachments.add_attachment(case.ref, attachment)
        meetings = MeetingService(s)
        meeting = meetings.add_meeting("Panel", date(2026, 10, 1))
        meetings.add_member(meeting.id, "Pat Member", "Police", Marking.SECRET)
        meetings.set_agenda(meeting.id, [case.ref, other.ref])
        meetings.record_minutes(
            meeting.id, case.ref, discussion=f"Discussed {CANARY_TEXT}", decision="Support"
        )
        meetings.issue_copies(meeting.id, MeetingPackRenderer())
        if close:
            s.cases.change_status(case.ref, CaseStatus.CLOSED, "Support ended")
        return Made(case.ref, case.id, subject.id, relative.id, other.ref, other.id, shared.id)
    finally:
        s.lock()


# -- reading the files as an insider with the key would ------------------------------------

PAGE = 4096
RESERVE = 80  # SQLCipher 4: a 16-byte IV and a 64-byte HMAC at the end of every page


def decrypted_pages(db_file: Path, key: bytes) -> bytes:
    """Every page of an SQLCipher 4 file decrypted (AES-256-CBC with the raw key, the IV in
    each page's reserved bytes): live rows, free pages, slack space, all of it."""
    data = db_file.read_bytes()
    out = bytearray()
    for start in range(0, len(data) - PAGE + 1, PAGE):
        page = data[start : start + PAGE]
        offset = 16 if start == 0 else 0  # page 1 begins with the file's salt
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        body = page[offset : PAGE - RESERVE]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += dec.update(body) + dec.finalize()
    return bytes(out)


def wal_pages(wal_file: Path, key: bytes) -> bytes:
    """The page images in a write-ahead log, decrypted (each frame: 24-byte header, page)."""
    if not wal_file.exists():
        return b""
    data = wal_file.read_bytes()
    out = bytearray()
    pos = 32
    while pos + 24 + PAGE <= len(data):
        page = data[pos + 24 : pos + 24 + PAGE]
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        for offset in (0, 16):  # page 1 or any other
            dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
            body = page[offset : PAGE - RESERVE]
            body = body[: len(body) - len(body) % 16]
            out += dec.update(body) + dec.finalize()
        pos += 24 + PAGE
    return bytes(out)


def plaintext_export(session: Session, out: Path) -> bytes:
    """sqlcipher_export of the vault into an unencrypted copy, as an insider could."""
    conn = session.vault.conn
    conn.execute(f"ATTACH DATABASE '{out}' AS plain KEY ''")
    try:
        conn.execute("SELECT sqlcipher_export('plain')").fetchone()
    finally:
        conn.execute("DETACH DATABASE plain")
    return out.read_bytes()


def forms(text: str) -> list[bytes]:
    """The ways a string may sit in a file: UTF-8, UTF-16 either way, folded to lower case
    (the search index keeps terms folded)."""
    return [
        v
        for t in {text, text.lower()}
        for v in (t.encode(), t.encode("utf-16-le"), t.encode("utf-16-be"))
    ]


def found_in(blob: bytes, texts: tuple[str, ...]) -> list[str]:
    return [t for t in texts if any(f in blob for f in forms(t))]


def files_digest(folder: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(folder.iterdir()):
        if p.is_file():
            h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()
