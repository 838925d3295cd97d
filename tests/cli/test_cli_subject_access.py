"""`securedesk person report`: everything on one person, withheld material stated."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest

from securedesk.core.domain import Person
from securedesk.core.vault import database

from ..core.retention_fixtures import AUDITOR_PASS, make_retention_vault, sign_in
from ..vault_rows import content_digest
from .conftest import Cli, assert_refused


@pytest.fixture
def three_cases(tmp_path: Path) -> tuple[Path, str, list[str]]:
    """A person who is a subject of three cases (one shared with a second subject), with a
    caveated item, a relative, an attachment and an action."""
    folder = tmp_path / "vault"
    make_retention_vault(folder)
    s = sign_in(folder, "olivia")
    try:
        person = Person("Gwenllian", "Prydderch", date(2001, 5, 6), aliases=["Gwen Ellis"])
        first = s.cases.add_case(
            [person, Person("Thirdparty", "Sibling")],
            referral_source="Education",
            referral_date=date(2026, 1, 5),
        )
        refs = [first.ref]
        for n, source in enumerate(("Police", "Health")):
            other = s.cases.add_case(
                [Person(f"Placeholder{n}", "Temp")],
                referral_source=source,
                referral_date=date(2026, 2 + n, 1),
            )
            with database.transaction(s.vault.conn) as conn:
                conn.execute(
                    "UPDATE case_subjects SET person_id = ? WHERE case_id = ?",
                    (person.id, other.id),
                )
            refs.append(other.ref)
        s.cases.add_item(refs[0], agency="Education", text="Attends regularly; shown in full")
        s.cases.add_item(
            refs[1], agency="Police", text="Police intelligence kept back", caveats=["police only"]
        )
        s.cases.add_item(refs[2], agency="Health", text="Clinic letter shown")
        s.cases.add_action(refs[1], "Mentoring sessions", "Police", "PC Jones", date(2026, 12, 1))
        attachment = tmp_path / "letter.txt"
        attachment.write_text("letter")
        s.attachments.add_attachment(refs[2], attachment)
    finally:
        s.lock()
    return folder, person.id, refs


def test_a_person_in_three_cases_gets_every_case_and_what_was_withheld(
    cli: Cli, three_cases: tuple[Path, str, list[str]], tmp_path: Path
) -> None:
    vault, person_id, refs = three_cases
    out = tmp_path / "report.json"
    r = cli.as_user(
        vault,
        "ada",
        AUDITOR_PASS,
        "person",
        "report",
        person_id[:8],
        "--out",
        out,
        "--format",
        "json",
    )
    assert r.code == 0, r.err
    assert all(ref in r.out for ref in refs)
    report = json.loads(out.read_text("utf-8"))
    assert [c["ref"] for c in report["cases"]] == refs
    assert report["person"]["aliases"] == ["Gwen Ellis"]
    texts = [i["text"] for c in report["cases"] for i in c["items"]]
    assert texts == ["Attends regularly; shown in full", "Clinic letter shown"]
    withheld = report["cases"][1]["items_withheld"]
    assert [w["caveats"] for w in withheld] == [["police-only"]]
    assert "Police intelligence" not in out.read_text("utf-8")
    assert "Thirdparty" not in out.read_text("utf-8")
    assert report["withheld"] == {"items": 1, "other_subjects": 1, "linked_people": 0}
    assert report["cases"][1]["actions"][0]["description"] == "Mentoring sessions"
    assert [a["name"] for a in report["cases"][2]["attachments"]] == ["letter.txt"]
    assert all(c["access_log"] for c in report["cases"])
    # The PDF: marked, page-numbered, every case, the withheld item stated.
    pdf = tmp_path / "report.pdf"
    r = cli.as_user(vault, "alan", AUDITOR_PASS, "person", "report", person_id, "--out", pdf)
    assert r.code == 0, r.err
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")[:-1]
    assert len(pages) >= 4
    for n, page in enumerate(pages, 1):
        assert page.count("OFFICIAL-SENSITIVE") >= 2, n
        assert f"Page {n} of {len(pages)}" in page
    for ref in refs:
        assert ref in text
    assert "Withheld: item" in text and "police-only" in text
    assert "Police intelligence" not in text and "Thirdparty" not in text
    # Each report is a disclosure in the audit log, naming the person by id only.
    events = cli.audit_events(vault, tmp_path / "audit.jsonl")
    written = [e for e in events if e["action"] == "subject access report written"]
    assert [(e["user"], e["object_id"], e["category"]) for e in written] == [
        ("ada", person_id, "disclosure"),
        ("alan", person_id, "disclosure"),
    ]
    assert "Prydderch" not in (tmp_path / "audit.jsonl").read_text("utf-8")


def test_subject_access_bad_inputs(
    cli: Cli, three_cases: tuple[Path, str, list[str]], tmp_path: Path
) -> None:
    vault, person_id, _refs = three_cases
    s = sign_in(vault, "admin")
    before = content_digest(s.vault.conn)
    s.lock()
    out = tmp_path / "r.pdf"
    assert_refused(cli.as_olivia(vault, "person", "report", person_id, "--out", out), 5, "audit")
    assert_refused(
        cli.as_admin(vault, "person", "report", person_id, "--out", out), 5, "auditor role"
    )
    assert_refused(
        cli.as_user(vault, "ada", AUDITOR_PASS, "person", "report", "ffffffff", "--out", out),
        2,
        "ffffffff",
    )
    assert_refused(
        cli.as_user(vault, "ada", AUDITOR_PASS, "person", "report", "ab", "--out", out), 2, "short"
    )
    out.write_text("already here")
    assert_refused(
        cli.as_user(vault, "ada", AUDITOR_PASS, "person", "report", person_id, "--out", out),
        2,
        "already exists",
    )
    assert out.read_text() == "already here"
    r = cli.as_user(
        vault, "ada", AUDITOR_PASS, "person", "report", person_id, "--out", out, "--format", "doc"
    )
    assert r.code == 2 and "invalid choice" in r.err
    s = sign_in(vault, "admin")
    assert content_digest(s.vault.conn) == before
    s.lock()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".r.pdf")) == []
