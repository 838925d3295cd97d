"""SQL for meetings: members, agenda, minutes, and the copy register."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from securedesk.core.cases.case_store import (
    CASE_ROW_COLUMNS,
    CaseRow,
    case_row_from,
)
from securedesk.core.domain import (
    Meeting,
    MeetingMember,
    iso_day,
    parse_day,
)
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import NotFound
from securedesk.core.id_prefix import IdWhat, lower_id, resolve_prefix
from securedesk.core.markings import Marking
from securedesk.core.meetings.copy_register import CopyStatus, IssuedCopy, PackVariant
from securedesk.core.meetings.pack_language import PackLanguage
from securedesk.core.vault.database import Connection

_MEMBER_COLUMNS = "id, meeting_id, name, agency, clearance, attendance, language"


def _member_row(r: Sequence[Any]) -> MeetingMember:
    return MeetingMember(
        id=r[0],
        meeting_id=r[1],
        name=r[2],
        agency=r[3],
        clearance=Marking(r[4]),
        attendance=r[5],
        language=PackLanguage(r[6]),
    )


_COPY_COLUMNS = (
    "k.id, k.meeting_id, k.copy_number, k.member_id, k.variant, k.marking, k.pages, k.size, "
    "k.sha256, k.saved, k.issued_at, k.issued_by, k.status, k.status_at, k.status_by, "
    "k.status_note"
)


def _issued_copy(r: Sequence[Any]) -> IssuedCopy:
    return IssuedCopy(
        id=r[0],
        meeting_id=r[1],
        copy_number=int(r[2]),
        member_id=r[3],
        variant=PackVariant(r[4]),
        marking=Marking(r[5]),
        pages=int(r[6]),
        size=int(r[7]),
        sha256=r[8],
        saved=bool(r[9]),
        issued_at=r[10],
        issued_by=r[11],
        status=CopyStatus(r[12]),
        status_at=r[13],
        status_by=r[14],
        status_note=r[15],
    )


# Open cases within a clearance, with the last meeting to discuss each (on or before :today),
# the next one planned, and the date each has waited since, narrowed to those waiting since
# :cutoff or before: what cases_not_reviewed_since() lists and counts.
_NOT_REVIEWED_SINCE = """
              FROM (SELECT k.rowid AS rid, k.referral_date AS referral,
                           (SELECT max(m.meeting_date) FROM meeting_agenda a
                              JOIN meetings m ON m.id = a.meeting_id
                             WHERE a.case_id = k.id AND m.meeting_date <= :today) AS last_meeting,
                           (SELECT min(m.meeting_date) FROM meeting_agenda a
                              JOIN meetings m ON m.id = a.meeting_id
                             WHERE a.case_id = k.id AND m.meeting_date > :today) AS next_meeting
                      FROM cases k
                     WHERE k.status <> 'closed' AND k.marking_rank <= :rank) r
              JOIN cases c ON c.rowid = r.rid
             WHERE coalesce(r.last_meeting, r.referral) <= :cutoff"""


class MeetingStore:
    """Meeting rows and the copy register."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add_meeting(self, meeting: Meeting, now: str) -> None:
        self.conn.execute(
            "INSERT INTO meetings (id, title, meeting_date, place, chair, "
            "confidentiality_statement, next_meeting, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                meeting.id,
                meeting.title,
                meeting.meeting_date.isoformat(),
                meeting.place,
                meeting.chair,
                meeting.confidentiality_statement,
                iso_day(meeting.next_meeting),
                now,
            ),
        )

    def add_meeting_member(self, member: MeetingMember) -> None:
        self.conn.execute(
            "INSERT INTO meeting_members (id, meeting_id, name, agency, clearance, attendance, "
            "language) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                member.id,
                member.meeting_id,
                member.name,
                member.agency,
                member.clearance.value,
                member.attendance,
                member.language.value,
            ),
        )

    def set_agenda(self, meeting_id: str, case_ids: Sequence[str]) -> None:
        self.conn.execute("DELETE FROM meeting_agenda WHERE meeting_id = ?", (meeting_id,))
        self.conn.executemany(
            "INSERT INTO meeting_agenda (meeting_id, case_id, position) VALUES (?, ?, ?)",
            [(meeting_id, cid, n) for n, cid in enumerate(case_ids)],
        )

    def meeting_id(self, typed: str) -> str:
        """The meeting a person's id names: the whole id or a unique prefix (id_prefix)."""
        return resolve_prefix(
            self.conn,
            "meetings",
            "id",
            typed,
            what=IdWhat.MEETING,
            normalise=lower_id,
            missing=lambda p: NotFound(ErrorKind.MEETING_NOT_FOUND, meeting_id=p),
        )

    def get_meeting(self, meeting_id: str) -> Meeting:
        """The meeting with this id, or with this unique prefix of its id."""
        r = self.conn.execute(
            "SELECT id, title, meeting_date, place, chair, confidentiality_statement, "
            "next_meeting FROM meetings WHERE id = ?",
            (self.meeting_id(meeting_id),),
        ).fetchone()
        if r is None:
            raise NotFound(ErrorKind.MEETING_NOT_FOUND, meeting_id=meeting_id)
        return Meeting(
            id=r[0],
            title=r[1],
            meeting_date=date.fromisoformat(r[2]),
            place=r[3],
            chair=r[4],
            confidentiality_statement=r[5],
            next_meeting=parse_day(r[6]),
        )

    def list_meetings(self, limit: int | None = None, offset: int = 0) -> list[Meeting]:
        """Newest first: every meeting, or the `limit` from `offset`."""
        ids = [
            mid
            for (mid,) in self.conn.execute(
                "SELECT id FROM meetings ORDER BY meeting_date DESC, created_at DESC, id "
                "LIMIT ? OFFSET ?",
                (-1 if limit is None else limit, offset),
            )
        ]
        return [self.get_meeting(m) for m in ids]

    def count_meetings(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM meetings").fetchone()[0])

    def meeting_members(self, meeting_id: str) -> list[MeetingMember]:
        return [
            _member_row(r)
            for r in self.conn.execute(
                f"SELECT {_MEMBER_COLUMNS} FROM meeting_members WHERE meeting_id = ? ORDER BY name",
                (meeting_id,),
            )
        ]

    def agenda(self, meeting_id: str) -> list[str]:
        return [
            cid
            for (cid,) in self.conn.execute(
                "SELECT case_id FROM meeting_agenda WHERE meeting_id = ? ORDER BY position",
                (meeting_id,),
            )
        ]

    def agenda_refs(self, meeting_id: str, max_marking: Marking) -> list[str]:
        """The references on an agenda, in order, of the cases marked at most `max_marking`."""
        return [
            ref
            for (ref,) in self.conn.execute(
                "SELECT c.ref FROM meeting_agenda a JOIN cases c ON c.id = a.case_id "
                "WHERE a.meeting_id = ? AND c.marking_rank <= ? ORDER BY a.position",
                (meeting_id, max_marking.rank),
            )
        ]

    def meetings_for_case(self, case_id: str) -> list[Meeting]:
        ids = [
            mid
            for (mid,) in self.conn.execute(
                "SELECT a.meeting_id FROM meeting_agenda a JOIN meetings m ON m.id = a.meeting_id "
                "WHERE a.case_id = ? ORDER BY m.meeting_date",
                (case_id,),
            )
        ]
        return [self.get_meeting(m) for m in ids]

    def set_meeting_details(
        self, meeting_id: str, place: str, statement: str, next_meeting: date | None
    ) -> None:
        changed = self.conn.execute(
            "UPDATE meetings SET place = ?, confidentiality_statement = ?, next_meeting = ? "
            "WHERE id = ?",
            (place, statement, iso_day(next_meeting), meeting_id),
        ).rowcount
        if not changed:
            raise NotFound(ErrorKind.MEETING_NOT_FOUND, meeting_id=meeting_id)

    def get_meeting_member(self, member_id: str) -> MeetingMember:
        r = self.conn.execute(
            f"SELECT {_MEMBER_COLUMNS} FROM meeting_members WHERE id = ?", (member_id,)
        ).fetchone()
        if r is None:
            raise NotFound(ErrorKind.MEETING_MEMBER_ID_NOT_FOUND, member_id=member_id)
        return _member_row(r)

    def set_member_attendance(self, member_id: str, attendance: str) -> None:
        changed = self.conn.execute(
            "UPDATE meeting_members SET attendance = ? WHERE id = ?", (attendance, member_id)
        ).rowcount
        if not changed:
            raise NotFound(ErrorKind.MEETING_MEMBER_ID_NOT_FOUND, member_id=member_id)

    def set_decision_sought(self, meeting_id: str, case_id: str, text: str) -> None:
        """What the panel is asked to decide on a case; empty text removes it."""
        if not text:
            self.conn.execute(
                "DELETE FROM meeting_decisions_sought WHERE meeting_id = ? AND case_id = ?",
                (meeting_id, case_id),
            )
            return
        self.conn.execute(
            "INSERT INTO meeting_decisions_sought (meeting_id, case_id, text) VALUES (?, ?, ?) "
            "ON CONFLICT (meeting_id, case_id) DO UPDATE SET text = excluded.text",
            (meeting_id, case_id, text),
        )

    def decisions_sought(self, meeting_id: str) -> dict[str, str]:
        """case id -> what the panel is asked to decide."""
        return dict(
            self.conn.execute(
                "SELECT case_id, text FROM meeting_decisions_sought WHERE meeting_id = ?",
                (meeting_id,),
            ).fetchall()
        )

    def save_minutes(
        self,
        meeting_id: str,
        case_id: str,
        texts: tuple[str, str, str, str],
        recorded_by: str,
        now: str,
    ) -> bool:
        """Minutes of one case at one meeting: (discussion, decision, rationale, dissent).
        Replaces earlier minutes of the same case at the same meeting; True if it did."""
        existed = self.conn.execute(
            "SELECT 1 FROM meeting_minutes WHERE meeting_id = ? AND case_id = ?",
            (meeting_id, case_id),
        ).fetchone()
        self.conn.execute(
            "INSERT INTO meeting_minutes (meeting_id, case_id, discussion, decision, rationale, "
            "dissent, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (meeting_id, case_id) DO UPDATE SET discussion = excluded.discussion, "
            "decision = excluded.decision, rationale = excluded.rationale, "
            "dissent = excluded.dissent, recorded_by = excluded.recorded_by, "
            "recorded_at = excluded.recorded_at",
            (meeting_id, case_id, *texts, recorded_by, now),
        )
        return existed is not None

    def minutes_for_meeting(self, meeting_id: str) -> list[tuple[str, ...]]:
        """(case id, discussion, decision, rationale, dissent, recorded by, recorded at)."""
        return [
            tuple(str(v) for v in r)
            for r in self.conn.execute(
                "SELECT n.case_id, n.discussion, n.decision, n.rationale, n.dissent, "
                "n.recorded_by, n.recorded_at FROM meeting_minutes n "
                "LEFT JOIN meeting_agenda a ON a.meeting_id = n.meeting_id "
                "AND a.case_id = n.case_id WHERE n.meeting_id = ? ORDER BY a.position",
                (meeting_id,),
            )
        ]

    def earlier_decisions(self, case_id: str, before: date) -> list[tuple[str, ...]]:
        """Minutes of a case at meetings dated before `before`, oldest first:
        (meeting id, meeting title, meeting date, decision, rationale, dissent)."""
        return [
            tuple(str(v) for v in r)
            for r in self.conn.execute(
                "SELECT m.id, m.title, m.meeting_date, n.decision, n.rationale, n.dissent "
                "FROM meeting_minutes n JOIN meetings m ON m.id = n.meeting_id "
                "WHERE n.case_id = ? AND m.meeting_date < ? ORDER BY m.meeting_date, m.id",
                (case_id, before.isoformat()),
            )
        ]

    def link_meeting_action(self, meeting_id: str, case_id: str, action_id: str, now: str) -> None:
        self.conn.execute(
            "INSERT INTO meeting_actions (meeting_id, case_id, action_id, agreed_at) "
            "VALUES (?, ?, ?, ?)",
            (meeting_id, case_id, action_id, now),
        )

    def meeting_action_ids(self, meeting_id: str) -> list[tuple[str, str]]:
        """(case id, action id) of the actions a meeting agreed, in the order agreed."""
        return [
            (str(c), str(a))
            for c, a in self.conn.execute(
                "SELECT case_id, action_id FROM meeting_actions WHERE meeting_id = ? "
                "ORDER BY agreed_at, action_id",
                (meeting_id,),
            )
        ]

    def cases_not_reviewed_since(
        self,
        cutoff: date,
        today: date,
        max_marking: Marking,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[tuple[CaseRow, date | None, date | None, date]]:
        """Open cases last discussed at a meeting (or, never discussed, referred) on or before
        `cutoff`, longest waiting first: (row, last meeting date, next meeting date, the
        date it has waited since). Every such case, or the `limit` from `offset`."""
        rows = self.conn.execute(
            f"""
            SELECT {CASE_ROW_COLUMNS}, r.last_meeting, r.next_meeting,
                   coalesce(r.last_meeting, r.referral)
              {_NOT_REVIEWED_SINCE}
             ORDER BY coalesce(r.last_meeting, r.referral), c.ref
             LIMIT :limit OFFSET :offset
            """,
            {
                "today": today.isoformat(),
                "cutoff": cutoff.isoformat(),
                "rank": max_marking.rank,
                "limit": -1 if limit is None else limit,
                "offset": offset,
            },
        ).fetchall()
        return [
            (case_row_from(r[:9]), parse_day(r[9]), parse_day(r[10]), date.fromisoformat(r[11]))
            for r in rows
        ]

    def count_not_reviewed_since(self, cutoff: date, today: date, max_marking: Marking) -> int:
        """How many cases cases_not_reviewed_since() lists in all."""
        row = self.conn.execute(
            f"SELECT count(*) {_NOT_REVIEWED_SINCE}",
            {"today": today.isoformat(), "cutoff": cutoff.isoformat(), "rank": max_marking.rank},
        ).fetchone()
        return int(row[0])

    def next_copy_number(self, meeting_id: str) -> int:
        row = self.conn.execute(
            "SELECT max(copy_number) FROM issued_copies WHERE meeting_id = ?", (meeting_id,)
        ).fetchone()
        return int(row[0] or 0) + 1

    def add_issued_copy(self, copy: IssuedCopy) -> None:
        self.conn.execute(
            "INSERT INTO issued_copies (id, meeting_id, copy_number, member_id, variant, marking, "
            "pages, size, sha256, saved, issued_at, issued_by, status, status_at, status_by, "
            "status_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                copy.id,
                copy.meeting_id,
                copy.copy_number,
                copy.member_id,
                copy.variant.value,
                copy.marking.value,
                copy.pages,
                copy.size,
                copy.sha256,
                int(copy.saved),
                copy.issued_at,
                copy.issued_by,
                copy.status.value,
                copy.status_at or copy.issued_at,
                copy.status_by or copy.issued_by,
                copy.status_note,
            ),
        )

    def issued_copies(
        self, meeting_id: str | None = None, status: CopyStatus | None = None
    ) -> list[IssuedCopy]:
        """The register, by meeting date then copy number, optionally narrowed."""
        clauses: list[str] = []
        params: list[Any] = []
        if meeting_id is not None:
            clauses.append("k.meeting_id = ?")
            params.append(meeting_id)
        if status is not None:
            clauses.append("k.status = ?")
            params.append(status.value)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return [
            _issued_copy(r)
            for r in self.conn.execute(
                f"SELECT {_COPY_COLUMNS} FROM issued_copies k "
                f"JOIN meetings m ON m.id = k.meeting_id{where} "
                "ORDER BY m.meeting_date, k.meeting_id, k.copy_number",
                params,
            )
        ]

    def get_issued_copy(self, meeting_id: str, copy_number: int) -> IssuedCopy:
        r = self.conn.execute(
            f"SELECT {_COPY_COLUMNS} FROM issued_copies k "
            "WHERE k.meeting_id = ? AND k.copy_number = ?",
            (meeting_id, copy_number),
        ).fetchone()
        if r is None:
            raise NotFound(ErrorKind.COPY_NOT_FOUND, meeting_id=meeting_id, copy_number=copy_number)
        return _issued_copy(r)

    def set_copy_status(
        self, copy_id: str, status: CopyStatus, at: str, by: str, note: str
    ) -> None:
        self.conn.execute(
            "UPDATE issued_copies SET status = ?, status_at = ?, status_by = ?, status_note = ? "
            "WHERE id = ?",
            (status.value, at, by, note, copy_id),
        )
