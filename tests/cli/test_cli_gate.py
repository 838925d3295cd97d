"""The issue's reproductions, through the command a hostile insider would type.

olivia is an officer cleared to OFFICIAL-SENSITIVE; oscar owns Hughes (OFFICIAL) and Rees
(SECRET). Each attempt must exit 5 with one line that says nothing of the case, and leave
the vault as it was but for one refusal event.
"""

from __future__ import annotations

import json
from pathlib import Path

from securedesk.core.domain import CaseStatus
from securedesk.core.session import Session

from ..conftest import OFFICER_PASS
from ..vault_rows import content_digest
from .conftest import Cli, assert_refused


def _content(vault: Path) -> str:
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as s:
        return content_digest(s.vault.conn)


def _refused_quietly(cli: Cli, vault: Path, tmp_path: Path, *argv: str) -> str:
    before = _content(vault)
    events = len(cli.audit_events(vault, tmp_path / "a.jsonl"))
    r = cli.as_olivia(vault, *argv)
    assert_refused(r, 5)
    line = r.err_lines[0]
    # Nothing about the case: not its marking, not its state.
    assert "SECRET" not in line
    assert not any(f"'{s.value}'" in line for s in CaseStatus)
    assert _content(vault) == before
    after = cli.audit_events(vault, tmp_path / "b.jsonl")
    # One refusal; besides it only sign-ins, locks and the audit exports of this check.
    new = [
        e
        for e in after[events:]
        if e["category"] != "authentication" and e["action"] != "audit log exported"
    ]
    assert [e["outcome"] for e in new] == ["refused"], new
    return line


def test_status_change_on_a_secret_case_is_refused(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    close = ("case", "status", refs["Rees"], "closed", "--reason", "x", "--outcome", "signposted")
    line = _refused_quietly(cli, vault, tmp_path, *close, "--justification", "curious")
    assert "clearance" in line
    # Without a justification the same attempt is refused before clearance is even looked at.
    line = _refused_quietly(cli, vault, tmp_path, *close)
    assert "outside your caseload" in line


def test_item_add_on_a_secret_case_is_refused(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    text = tmp_path / "t.txt"
    text.write_text("planted\n")
    argv = ["item", "add", refs["Rees"], "--agency", "Police", "--text-file", str(text)]
    _refused_quietly(cli, vault, tmp_path, *argv, "--justification", "curious")


def test_adding_to_another_officers_case_needs_a_justification(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    text = tmp_path / "t.txt"
    text.write_text("a note\n")
    argv = ["item", "add", refs["Hughes"], "--agency", "Police", "--text-file", str(text)]
    line = _refused_quietly(cli, vault, tmp_path, *argv)
    assert "justification" in line
    r = cli.as_olivia(vault, *argv, "--justification", "covering for oscar")
    assert r.code == 0, r.err


def test_search_does_not_match_item_text_outside_the_caseload(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    text = tmp_path / "t.txt"
    text.write_text("Seen with zephyrine at the depot\n")
    r = cli.as_oscar(
        vault, "item", "add", refs["Hughes"], "--agency", "Police", "--text-file", str(text)
    )
    assert r.code == 0, r.err
    assert [h["ref"] for h in cli.as_oscar(vault, "--json", "case", "search", "zephyrine").json()]
    assert cli.as_olivia(vault, "--json", "case", "search", "zephyrine").json() == []
    # The search itself is a recorded consultation: a keyed digest of the words (never the
    # words, which may name a person), and never its results.
    events = cli.audit_events(vault, tmp_path / "a.jsonl")
    searched = [e for e in events if e["action"] == "cases searched" and e["user"] == "olivia"]
    assert set(searched[-1]["details"]) == {"query_digest", "words"}
    assert searched[-1]["details"]["words"] == 1
    assert "zephyrine" not in json.dumps(events)
