"""`securedesk person report`: everything on one person, withheld material stated."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from securedesk.core.domain import Person
from securedesk.core.vault import database
from securedesk.packs import pack_words

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
    assert "Withheld: item" in text and "(police only)" in " ".join(text.split())
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
    fresh = tmp_path / "fresh.pdf"
    assert_refused(
        cli.as_user(
            vault,
            "ada",
            AUDITOR_PASS,
            "person",
            "report",
            person_id,
            "--out",
            fresh,
            "--language",
            "fr",
        ),
        2,
        "'fr'",
        "bilingual",
    )
    assert not fresh.exists()
    s = sign_in(vault, "admin")
    assert content_digest(s.vault.conn) == before
    s.lock()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".r.pdf")) == []


# Written by people in the fixture (printed as written in every language).
CONTENT = [
    "Attends regularly; shown in full",
    "Clinic letter shown",
    "Mentoring sessions",
    "PC Jones",
    "Gwenllian Prydderch",
    "Gwen Ellis",
    "letter.txt",
    "text/plain",
]


def _english_pieces() -> list[str]:
    """Every fixed English text of the report's table and the pack's, as the literal pieces
    between its fields, where the Welsh differs (as tests/packs/test_pack_language.py)."""
    pieces: set[str] = set()
    for english, welsh in pack_words.WELSH.items():
        if english == welsh:
            continue
        for piece in re.split(r"\{[a-z_]+\}", english):
            piece = piece.strip(" .,;:()…—·")
            if len(piece) >= 3 and piece not in welsh:
                pieces.add(piece)
    return sorted(pieces)


def _report(cli: Cli, vault: Path, person_id: str, out: Path, *more: str) -> str:
    r = cli.as_user(vault, "ada", AUDITOR_PASS, "person", "report", person_id, "--out", out, *more)
    assert r.code == 0, r.err
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_a_welsh_report_has_no_english_fixed_text(
    cli: Cli, three_cases: tuple[Path, str, list[str]], tmp_path: Path
) -> None:
    vault, person_id, refs = three_cases
    data = tmp_path / "data.json"
    r = cli.as_user(
        vault,
        "ada",
        AUDITOR_PASS,
        "person",
        "report",
        person_id,
        "--out",
        data,
        "--format",
        "json",
    )
    assert r.code == 0, r.err
    report = json.loads(data.read_text("utf-8"))
    # The access log's event names are printed as the audit log records them (its heading
    # says so): they are content here, like what people wrote.
    recorded = {e["action"] for c in report["cases"] for e in c["access_log"]}
    text = _report(cli, vault, person_id, tmp_path / "cy.pdf", "--language", "cy")
    flat = " ".join(text.split())
    for phrase in sorted([*CONTENT, *recorded], key=len, reverse=True):
        flat = flat.replace(phrase, " ")
    left = [t for t in _english_pieces() if re.search(rf"(?<![\w'’]){re.escape(t)}(?!\w)", flat)]
    assert left == [], left
    for welsh in (
        "Adroddiad mynediad at ddata'r unigolyn",
        "Beth a ddaliwyd yn ôl",
        "Cofnod mynediad",
        "Gwybodaeth a gedwir",
        "(yr heddlu yn unig)",
        "Addysg",  # a usual agency, in Welsh
        "Tudalen 1 o",
    ):
        assert welsh in flat, welsh
    for ref in refs:
        assert ref in flat
    pages = text.split("\f")[:-1]
    assert all(page.count("OFFICIAL-SENSITIVE") >= 2 for page in pages)
    assert "Police intelligence" not in text and "Thirdparty" not in text
    # Bilingual: Welsh first, then English; English stays English.
    both = " ".join(
        _report(cli, vault, person_id, tmp_path / "both.pdf", "--language", "bilingual").split()
    )
    assert both.index("Adroddiad mynediad") < both.index("Subject access report")
    assert both.index("Cofnod mynediad") < both.index("Access log")
    english = _report(cli, vault, person_id, tmp_path / "en.pdf", "--language", "en")
    assert "Subject access report" in english and "Adroddiad" not in english


def test_a_file_that_appears_while_the_report_is_made_is_never_replaced(
    three_cases: tuple[Path, str, list[str]], tmp_path: Path
) -> None:
    """The output is checked before the work starts, and linked into place at the end: a
    file another program wrote meanwhile is kept, and no disclosure is recorded."""
    from securedesk.core.errors import InvalidInput
    from securedesk.core.subject_access.report import write_report

    vault, person_id, _refs = three_cases
    out = tmp_path / "r.json"

    def render_and_meanwhile(content: object) -> bytes:
        out.write_text("someone else's file")
        return b"%PDF"

    s = sign_in(vault, "ada")
    try:
        before = content_digest(s.vault.conn)
        with pytest.raises(InvalidInput) as refused:
            write_report(s, person_id, out, "pdf", render_and_meanwhile)
        assert "already exists; nothing was written" in str(refused.value)
        assert out.read_text() == "someone else's file"
        assert content_digest(s.vault.conn) == before  # no disclosure recorded
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".r.json")] == []
    finally:
        s.lock()
