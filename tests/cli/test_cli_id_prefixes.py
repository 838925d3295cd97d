"""Ids typed as unique prefixes and case references in any case, through the command."""

from __future__ import annotations

from pathlib import Path

from securedesk.core.meetings.meeting_store import MeetingStore
from securedesk.core.session import Session

from ..conftest import OFFICER_PASS
from ..vault_rows import content_digest
from .conftest import Cli, assert_refused


def _digest(vault: Path) -> str:
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as s:
        return content_digest(s.vault.conn)


def test_a_meeting_is_named_by_a_unique_prefix_in_either_case(
    cli: Cli, vault: Path, refs: dict[str, str]
) -> None:
    r = cli.as_oscar(vault, "--json", "meeting", "add", "--title", "P", "--date", "2026-03-04")
    assert r.code == 0, r.err
    meeting_id = str(r.json()["id"])
    r = cli.as_oscar(vault, "--json", "meeting", "show", meeting_id[:6].upper())
    assert r.code == 0, r.err
    assert r.json()["id"] == meeting_id
    r = cli.as_oscar(vault, "meeting", "agenda", meeting_id[:8], refs["Evans"].lower())
    assert r.code == 0, r.err
    r = cli.as_oscar(vault, "--json", "meeting", "show", meeting_id[:5])
    assert refs["Evans"] in r.out
    before = _digest(vault)
    assert_refused(
        cli.as_oscar(vault, "meeting", "agenda", meeting_id[:3], refs["Evans"]),
        2,
        f"'{meeting_id[:3]}' is too short to name a meeting: type at least 4 characters",
    )
    unknown = "ffff" if not meeting_id.startswith("ffff") else "0000"
    assert_refused(
        cli.as_oscar(vault, "meeting", "agenda", unknown, refs["Evans"]),
        2,
        f"There is no meeting {unknown}.",
    )
    assert _digest(vault) == before


def test_two_meetings_sharing_a_prefix_are_refused_with_the_count(
    cli: Cli, vault: Path, refs: dict[str, str]
) -> None:
    ids = []
    for title in ("A", "B"):
        r = cli.as_oscar(
            vault, "--json", "meeting", "add", "--title", title, "--date", "2026-03-04"
        )
        assert r.code == 0, r.err
        ids.append(str(r.json()["id"]))
    # Give both ids the same first eight characters (as a rare but possible collision would).
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as s:
        for n, old in enumerate(ids):
            new = "abcdef01" + old[8:-1] + str(n)
            s.vault.conn.execute("UPDATE meetings SET id = ? WHERE id = ?", (new, old))
            ids[n] = new
        assert MeetingStore(s.vault.conn).meeting_id("ABCDEF01" + ids[0][8:]) == ids[0]
    before = _digest(vault)
    assert_refused(
        cli.as_oscar(vault, "meeting", "agenda", "abcdef", refs["Evans"]),
        2,
        "'abcdef' is the beginning of 2 ids (meeting)",
        ids[0],
        ids[1],
        "Type more characters",
    )
    assert _digest(vault) == before
    r = cli.as_oscar(vault, "meeting", "agenda", ids[1][:-1] + "1", refs["Evans"])
    assert r.code == 0, r.err


def test_case_references_are_matched_without_regard_to_case(
    cli: Cli, vault: Path, refs: dict[str, str]
) -> None:
    ref = refs["Evans"]
    r = cli.as_olivia(vault, "--json", "case", "show", ref.lower())
    assert r.code == 0, r.err
    assert r.json()["ref"] == ref
    r = cli.as_olivia(vault, "case", "show", " " + ref.swapcase() + " ")
    assert r.code == 0, r.err
