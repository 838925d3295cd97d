"""`securedesk report panel`: PDF and CSV without names, figures matching the vault, and every
bad input refused with its message, its exit code and nothing written."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from securedesk.core.reports.report_csv import HEADERS

from .conftest import Cli, assert_refused

NAMES = ("Ann", "Jones", "Bryn", "Evans", "Carys", "Hughes", "Dafydd", "Rees")


def _report(cli: Cli, vault: Path, out: Path, *extra: str):  # type: ignore[no-untyped-def]
    return cli.as_oscar(vault, "report", "panel", "--out", out, *extra)


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8"))))


def test_csv_has_stable_headers_one_row_per_category_and_no_names(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "return.csv"
    r = _report(cli, vault, out)
    assert r.code == 0, r.err
    assert "Wrote the panel report" in r.out and "marked SECRET" in r.out
    text = out.read_text("utf-8")
    assert text.splitlines()[0] == ",".join(HEADERS)
    for name in NAMES:
        assert name.lower() not in text.lower()
    rows = _rows(out)
    by = {(row["section"], row["code"]): row["count"] for row in rows}
    # Four cases referred today, one of them SECRET (oscar is cleared for it): fewer than 5.
    assert by[("stage-reached", "referred")] == "fewer than 5"
    assert by[("referrals-by-sector", "police")] == "fewer than 5"
    assert by[("referrals-by-sector", "total")] == "fewer than 5"
    assert by[("referrals-by-gender", "not-recorded")] == "fewer than 5"
    assert by[("report", "marking")] == "SECRET"
    sections = {row["section"] for row in rows}
    assert {
        "caseload-by-status",
        "referrals-by-sector",
        "referrals-by-age-band",
        "referrals-by-gender",
        "referrals-by-concern-type",
        "children",
        "consent",
        "stage-reached",
        "time-in-stage",
        "outcomes-at-closing",
        "overdue-actions",
    } <= sections
    assert (out.stat().st_mode & 0o777) == 0o600
    # --up-to leaves the SECRET case out, and the report is marked for what it counts.
    limited = tmp_path / "limited.csv"
    assert _report(cli, vault, limited, "--up-to", "OFFICIAL-SENSITIVE").code == 0
    assert {(r["section"], r["code"]): r["count"] for r in _rows(limited)}[
        ("report", "marking")
    ] == "OFFICIAL-SENSITIVE"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_pdf_is_marked_numbered_and_names_nobody(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "panel.pdf"
    r = _report(cli, vault, out, "--from", "2020-01-01")
    assert r.code == 0, r.err
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Panel report" in text and "Referrals by source (sector)" in text
    assert "SECRET" in text and "Page 1 of" in text
    assert "fewer than 5" in text
    for name in NAMES:
        assert name not in text
    events = cli.audit_events(vault, tmp_path / "audit.jsonl")
    produced = [e for e in events if e["action"] == "panel report produced"]
    assert len(produced) == 1
    assert produced[0]["user"] == "oscar" and produced[0]["category"] == "disclosure"
    assert produced[0]["details"]["from"] == "2020-01-01"
    assert produced[0]["details"]["to"] == date.today().isoformat()
    assert produced[0]["details"]["format"] == "pdf"


def _nothing_written(folder: Path, before: set[str]) -> None:
    assert {p.name for p in folder.iterdir()} == before


@pytest.mark.parametrize(
    ("argv", "code", "words"),
    [
        (["--from", "2026-02-30"], 2, ["'2026-02-30' is not a date"]),
        (["--to", "yesterday"], 2, ["'yesterday' is not a date"]),
        (["--from", "2026-03-01", "--to", "2026-02-01"], 2, ["starts on 2026-03-01", "after"]),
        (["--up-to", "TOP SECRET"], 2, ["not a protective marking"]),
    ],
)
def test_bad_periods_are_refused_and_nothing_is_written(
    cli: Cli, vault: Path, tmp_path: Path, argv: list[str], code: int, words: list[str]
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    r = _report(cli, vault, folder / "r.csv", *argv)
    assert_refused(r, code, *words)
    _nothing_written(folder, set())


def test_bad_outputs_are_refused_and_nothing_is_written(
    cli: Cli, vault: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    existing = folder / "old.pdf"
    existing.write_bytes(b"keep me")
    assert_refused(_report(cli, vault, folder / "r.docx"), 2, "as .pdf or .csv")
    assert_refused(_report(cli, vault, existing), 2, "already exists", "not replaced")
    assert existing.read_bytes() == b"keep me"
    assert_refused(_report(cli, vault, folder / "missing" / "r.csv"), 2, "does not exist")
    _nothing_written(folder, {"old.pdf"})


def test_an_officer_may_not_make_a_report(cli: Cli, vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    r = cli.as_olivia(vault, "report", "panel", "--out", out)
    assert_refused(r, 5, "manage meetings or audit")
    assert not out.exists()
    events = cli.audit_events(vault, tmp_path / "audit.jsonl")
    refusals = [e for e in events if e["action"] == "refused: needs manage meetings or audit"]
    assert [(e["user"], e["outcome"]) for e in refusals] == [("olivia", "refused")]


def test_case_commands_record_categories_and_outcomes(
    cli: Cli, vault: Path, tmp_path: Path
) -> None:
    r = cli.as_olivia(
        vault, "--json", "case", "add", "--subject", "Gwen Test", "--source", "Education",
        "--gender", "female", "--concern", "incel",
    )  # fmt: skip
    assert r.code == 0, r.err
    ref = r.json()["ref"]
    bad = cli.as_olivia(
        vault, "case", "add", "--subject", "Other Test", "--gender", "robot", "--source", "Police"
    )
    assert_refused(bad, 2, "'robot' is not on the list of genders", "male, female, other")
    listed = cli.as_olivia(vault, "--json", "case", "list").json()
    rows = listed["rows"] if isinstance(listed, dict) else listed
    assert len(rows) == 1  # the refused case was never written
    assert_refused(
        cli.as_olivia(vault, "case", "status", ref, "closed", "--reason", "Done"),
        2,
        "closed with its outcome",
    )
    assert_refused(
        cli.as_olivia(vault, "case", "status", ref, "closed", "--reason", "Done", "--outcome", "x"),
        2,
        "'x' is not a closing outcome",
    )
    r = cli.as_olivia(
        vault, "case", "status", ref, "closed", "--reason", "Done", "--outcome", "signposted"
    )
    assert r.code == 0, r.err
    out = tmp_path / "r.csv"
    assert _report(cli, vault, out).code == 0
    by = {(row["section"], row["code"]): row["count"] for row in _rows(out)}
    assert by[("outcomes-at-closing", "signposted")] == "fewer than 5"
    assert by[("referrals-by-concern-type", "incel")] == "fewer than 5"


def test_case_edit_sets_and_clears_categories(cli: Cli, vault: Path, tmp_path: Path) -> None:
    ref = cli.as_olivia(
        vault, "--json", "case", "add", "--subject", "Gwen Test", "--source", "Education"
    ).json()["ref"]
    r = cli.as_olivia(vault, "case", "edit", ref, "--gender", "Male", "--concern", "islamist")
    assert r.code == 0, r.err
    assert "gender" in r.out and "concern type" in r.out
    assert_refused(
        cli.as_olivia(
            vault, "case", "edit", ref, "--concern", "nonsense", "--next-review", "2030-01-01"
        ),
        2,
        "'nonsense' is not on the list of types of concern",
    )
    shown = cli.as_olivia(vault, "--json", "case", "show", ref).json()
    assert shown.get("next_review") in (None, "")  # the refused edit changed nothing
    r = cli.as_olivia(vault, "--json", "case", "edit", ref, "--gender", "not-recorded")
    assert r.code == 0, r.err
    assert r.json()["changed"] == ["gender"]


def test_case_show_gives_the_categories(cli: Cli, vault: Path) -> None:
    ref = cli.as_olivia(
        vault, "--json", "case", "add", "--subject", "Gwen Test", "--source", "Police",
        "--concern", "conflicted",
    ).json()["ref"]  # fmt: skip
    shown = cli.as_olivia(vault, "--json", "case", "show", ref).json()
    assert (shown["gender"], shown["concern_type"], shown["closing_outcome"]) == (
        None,
        "conflicted",
        None,
    )
    r = cli.as_olivia(vault, "case", "show", ref)
    assert "For returns: gender not recorded; type of concern conflicted" in r.out
