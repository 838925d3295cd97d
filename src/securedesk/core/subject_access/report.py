"""Everything the vault holds on one person, for a subject access request (SPEC "Security:
Subject access"; issue 12).

`gather` reads, for one person: their own record (names, aliases, date of birth,
identifiers, addresses); every case they are a subject of, with its items, chronology
entries, assessments, actions and their updates, minutes, attachment list; the disclosures
of their data (pack copies issued for meetings that discussed the case, bundles sent that
carried it); and the access log of each case. The result is plain data (dicts and lists,
JSON as it stands), which packs/subject_access_pdf.py lays out.

What is withheld is stated, never silently dropped, for the data protection officer to
review before release: every item with a handling caveat (core/cases/caveats.py's rule for
the subject-access exit: any caveat at all), the other subjects of a case and the people
linked to this one (third parties: how many and how related, never who).

`write_report` is the audited disclosure: it needs the auditor role, passes the gate for
every case (the auditor's duty; a case above their clearance or the ceiling refuses the whole
report), and renames the file into place inside the transaction that records it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from securedesk.core.access import Permission
from securedesk.core.atomic_file import place_new, staged_file
from securedesk.core.audit import chain as audit
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category
from securedesk.core.cases import caveats
from securedesk.core.errors import InvalidInput, PolicyRefused
from securedesk.core.id_prefix import IdWhat, lower_id, resolve_prefix
from securedesk.core.markings import Marking, highest
from securedesk.core.retention.retention_kinds import RetentionErrorKind
from securedesk.core.retention.service import require_auditor_role
from securedesk.core.unit_of_work import OnCase, OnObject
from securedesk.core.vault import database

if TYPE_CHECKING:
    from securedesk.core.session import Session

FORMATS = ("pdf", "json")
Renderer = Callable[[dict[str, Any]], bytes]


def _rows(conn: Any, sql: str, *params: Any) -> list[dict[str, Any]]:
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def resolve_person(session: Session, typed: str) -> str:
    return resolve_prefix(
        session.vault.conn, "people", "id", typed, what=IdWhat.PERSON, normalise=lower_id
    )


def case_ids_of(conn: Any, person_id: str) -> list[str]:
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT s.case_id FROM case_subjects s JOIN cases c ON c.id = s.case_id "
            "WHERE s.person_id = ? ORDER BY c.referral_date, c.ref",
            (person_id,),
        )
    ]


def gather(conn: Any, person_id: str) -> dict[str, Any]:
    """The report's content (no audit event: write_report records the disclosure)."""
    (person,) = _rows(
        conn,
        "SELECT id, given_name, family_name, date_of_birth FROM people WHERE id = ?",
        person_id,
    )
    person["aliases"] = [
        r[0]
        for r in conn.execute(
            "SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY rowid", (person_id,)
        )
    ]
    person["identifiers"] = _rows(
        conn,
        "SELECT kind, value FROM person_identifiers WHERE person_id = ? ORDER BY rowid",
        person_id,
    )
    person["addresses"] = [
        r[0]
        for r in conn.execute(
            "SELECT address FROM person_addresses WHERE person_id = ? ORDER BY position",
            (person_id,),
        )
    ]
    links = _rows(
        conn,
        "SELECT relationship FROM person_links WHERE person_id = ? UNION ALL "
        "SELECT relationship FROM person_links WHERE other_id = ?",
        person_id,
        person_id,
    )
    cases = [_case(conn, case_id, person_id) for case_id in case_ids_of(conn, person_id)]
    withheld_items = sum(len(c["items_withheld"]) for c in cases)
    markings = [Marking(c["marking"]) for c in cases]
    return {
        "person": person,
        "linked_people_withheld": [
            {"relationship": link["relationship"], "withheld": "third party"} for link in links
        ],
        "cases": cases,
        "withheld": {
            "items": withheld_items,
            "other_subjects": sum(c["other_subjects_withheld"] for c in cases),
            "linked_people": len(links),
        },
        "marking": highest(markings).value if markings else Marking.OFFICIAL.value,
    }


def _case(conn: Any, case_id: str, person_id: str) -> dict[str, Any]:
    (case,) = _rows(
        conn,
        "SELECT id, ref, status, marking, referral_source, referral_date, owner, consent, "
        "next_review, retention_review, closing_reason, created_at FROM cases WHERE id = ?",
        case_id,
    )
    (others,) = conn.execute(
        "SELECT count(*) FROM case_subjects WHERE case_id = ? AND person_id <> ?",
        (case_id, person_id),
    ).fetchone()
    case["other_subjects_withheld"] = int(others)
    items = _rows(
        conn,
        "SELECT id, item_date, agency, author, text, source_grade, information_grade, marking, "
        "caveats, supersedes, recorded_at FROM items WHERE case_id = ? ORDER BY rowid",
        case_id,
    )
    chain = caveats.inherited((i["id"], json.loads(i["caveats"]), i["supersedes"]) for i in items)
    destination = caveats.Destination(caveats.Exit.SUBJECT_ACCESS)
    shown, withheld = [], []
    for item in items:
        item_caveats = chain[item["id"]]
        decision = caveats.may_leave(item_caveats, destination, originator=item["agency"])
        item.pop("caveats")
        if decision.allowed:
            shown.append(item)
        else:
            withheld.append(
                {
                    "id": item["id"],
                    "item_date": item["item_date"],
                    "agency": item["agency"],
                    "marking": item["marking"],
                    "caveats": decision.codes,
                    "withheld": "handling caveat: for the data protection officer to review",
                }
            )
    case["items"] = shown
    case["items_withheld"] = withheld
    case["chronology"] = _rows(
        conn,
        "SELECT event_date, summary, author FROM chronology_entries WHERE case_id = ? "
        "ORDER BY event_date, id",
        case_id,
    )
    assessments = _rows(
        conn,
        "SELECT id, assessed_on, assessor, framework_id, summary FROM assessments "
        "WHERE case_id = ? ORDER BY assessed_on, id",
        case_id,
    )
    for a in assessments:
        a["scores"] = _rows(
            conn,
            "SELECT factor_id, score, evidence FROM assessment_scores WHERE assessment_id = ? "
            "ORDER BY factor_id",
            a["id"],
        )
    case["assessments"] = assessments
    actions = _rows(
        conn,
        "SELECT id, description, agency, owner, due_date, status, created_at FROM actions "
        "WHERE case_id = ? ORDER BY created_at, id",
        case_id,
    )
    for a in actions:
        a["updates"] = _rows(
            conn,
            "SELECT at, author, status, note FROM action_updates WHERE action_id = ? ORDER BY at",
            a["id"],
        )
    case["actions"] = actions
    case["minutes"] = _rows(
        conn,
        "SELECT m.meeting_date, m.title, n.discussion, n.decision, n.rationale, n.dissent "
        "FROM meeting_minutes n JOIN meetings m ON m.id = n.meeting_id WHERE n.case_id = ? "
        "ORDER BY m.meeting_date",
        case_id,
    )
    case["attachments"] = _rows(
        conn,
        "SELECT id, name, media_type, size, added_at FROM attachments WHERE case_id = ? "
        "ORDER BY added_at, id",
        case_id,
    )
    case["disclosures"] = {
        "pack_copies": _rows(
            conn,
            "SELECT m.meeting_date, m.title, k.copy_number, b.name AS recipient, "
            "b.agency, k.variant, k.issued_at, k.status FROM issued_copies k "
            "JOIN meetings m ON m.id = k.meeting_id "
            "JOIN meeting_members b ON b.id = k.member_id "
            "WHERE k.meeting_id IN (SELECT meeting_id FROM meeting_agenda WHERE case_id = ?) "
            "ORDER BY m.meeting_date, k.copy_number",
            case_id,
        ),
        "bundles": [
            {
                "bundle_id": b["bundle_id"],
                "created_at": b["created_at"],
                "recipients": [_terminal_name(conn, f) for f in json.loads(b["recipients"])],
            }
            for b in _rows(
                conn,
                "SELECT bundle_id, created_at, recipients FROM outgoing_bundles "
                "WHERE kind = 'records' AND EXISTS (SELECT 1 FROM json_each(case_ids) "
                "WHERE value = ?) ORDER BY created_at",
                case_id,
            )
        ],
    }
    case["access_log"] = [
        {"at": e.at, "user": e.user, "action": e.action, "outcome": e.outcome}
        for e in audit.events_for_object(conn, case_id)
    ]
    return case


def _terminal_name(conn: Any, fingerprint: str) -> str:
    row = conn.execute(
        "SELECT organisation, name FROM trusted_terminals WHERE fingerprint = ?", (fingerprint,)
    ).fetchone()
    return f"{row[0]} ({row[1]})" if row else fingerprint


def write_report(
    session: Session, typed_person: str, out: Path, fmt: str, render_pdf: Renderer
) -> dict[str, Any]:
    """Gather, render and write the report as one audited disclosure; returns its content."""
    fmt = fmt.strip().lower()
    if fmt not in FORMATS:
        raise InvalidInput(RetentionErrorKind.REPORT_FORMAT, format=fmt)
    if out.exists():
        raise InvalidInput(RetentionErrorKind.REPORT_EXISTS, path=str(out))
    me = require_auditor_role(session, "person", typed_person.strip())
    conn = session.vault.conn
    with database.guarded(conn):
        person_id = resolve_person(session, typed_person)
        case_ids = case_ids_of(conn, person_id)
        if not all(session.may(OnCase(case_id=c, duty=True), Permission.AUDIT) for c in case_ids):
            raise PolicyRefused(
                RetentionErrorKind.PERSON_ABOVE_CLEARANCE,
                person_id=person_id,
                clearance=me.clearance.value,
            )
        for case_id in case_ids:
            session.gate(OnCase(case_id=case_id, duty=True), Permission.AUDIT)
        content = gather(conn, person_id)
    content["report"] = {
        "kind": "subject access report",
        "person_id": person_id,
        "produced_by": me.name,
        "produced_at": session.clock.now(),
        "organisation": session.store.vault_info().get("organisation", ""),
        "format": fmt,
    }
    if fmt == "json":
        data = (json.dumps(content, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    else:
        data = render_pdf(content)
    with staged_file(out) as (tmp, handle):
        handle.write(data)
        handle.flush()
        with session.change(
            Category.DISCLOSURE,
            AuditAction.SUBJECT_ACCESS_REPORT_WRITTEN,
            OnObject("person", person_id),
            permission=Permission.AUDIT,
            details={
                "cases": case_ids,
                "items_withheld": content["withheld"]["items"],
                "format": fmt,
                "sha256": hashlib.sha256(data).hexdigest(),
            },
        ):
            # Never over a file: one that appeared since the check above (another program,
            # another report) is kept, refused, and the disclosure is not recorded.
            place_new(
                tmp, out, InvalidInput(RetentionErrorKind.REPORT_EXISTS, path=str(out)), handle
            )
    return content
