"""After a demo run with a destruction and a subject access report, no audit event carries a
subject's name: events refer to cases by reference and id only."""

from __future__ import annotations

import json
import re
from pathlib import Path

from securedesk.core.audit import chain as audit
from securedesk.core.retention.service import RetentionService
from securedesk.core.session import Session
from securedesk.core.subject_access.report import write_report
from securedesk.demo.demo_vault import DEMO_ADMIN, DEMO_PASSPHRASE, DEMO_USER, make_demo_vault
from securedesk.packs.subject_access_pdf import render_subject_access_pdf

from ..conftest import FAST_KDF


def test_no_event_names_a_subject_after_destruction_and_a_report(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    make_demo_vault(folder, 40, FAST_KDF)
    officer = Session.sign_in(folder, DEMO_USER, DEMO_PASSPHRASE)
    try:
        conn = officer.vault.conn
        names = {
            word
            for row in conn.execute(
                "SELECT given_name, family_name FROM people UNION ALL SELECT alias, '' "
                "FROM person_aliases"
            )
            for part in row
            for word in re.findall(r"\w{4,}", part or "")
        }
        ref, person_id = conn.execute(
            "SELECT c.ref, s.person_id FROM cases c JOIN case_subjects s ON s.case_id = c.id "
            "WHERE c.owner = ? ORDER BY c.ref LIMIT 1",
            (DEMO_USER,),
        ).fetchone()
        other_person = conn.execute(
            "SELECT person_id FROM case_subjects WHERE person_id <> ? LIMIT 1", (person_id,)
        ).fetchone()[0]
        RetentionService(officer).propose(ref, "Recorded in error")
    finally:
        officer.lock()
    auditor = Session.sign_in(folder, DEMO_ADMIN, DEMO_PASSPHRASE)
    try:
        write_report(auditor, other_person, tmp_path / "sar.pdf", "pdf", render_subject_access_pdf)
        RetentionService(auditor).approve(ref)
        assert auditor.audit.verify().ok
        checked = 0
        for event in audit.iter_events(auditor.vault.conn):
            fields = json.dumps(
                [event.details, event.object_id, event.action, event.justification],
                ensure_ascii=False,
            )
            words = set(re.findall(r"\w{4,}", fields))
            assert not words & names, (event.seq, event.action, sorted(words & names))
            checked += 1
        assert checked > 50
    finally:
        auditor.lock()
