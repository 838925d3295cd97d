"""The case list from the command: filters, sorting, pages, and every row in --json."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from securedesk.core.session import Session

from ..conftest import OFFICER_PASS
from .conftest import Cli, assert_refused


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--mine"], ["Hughes", "Rees"]),
        (["--owner", "olivia"], ["Jones", "Evans"]),
        (["--status", "information gathering"], ["Evans"]),
        (["--status", "information-gathering", "--owner", "olivia"], ["Evans"]),
        (["--status", "closed"], []),
        (["--child"], ["Jones", "Rees"]),
        (["--child", "--owner", "olivia"], ["Jones"]),
        (["--marking", "SECRET"], ["Rees"]),
        (["--sort", "marking"], ["Hughes", "Jones", "Evans", "Rees"]),
        (["--sort", "marking", "--desc"], ["Rees", "Evans", "Jones", "Hughes"]),
        (["--sort", "owner", "--desc"], ["Rees", "Hughes", "Evans", "Jones"]),
        (["--desc"], ["Rees", "Hughes", "Evans", "Jones"]),
        (["--limit", "2"], ["Jones", "Evans"]),
        (["--limit", "2", "--offset", "2"], ["Hughes", "Rees"]),
        (["--limit", "3", "--offset", "3"], ["Rees"]),
        (["--offset", "10"], []),
    ],
)
def test_case_list_filters_sorting_and_paging(
    cli: Cli, vault: Path, options: list[str], expected: list[str], refs: dict[str, str]
) -> None:
    # refs are numbered in the order Jones, Evans, Hughes, Rees; oscar is cleared to SECRET
    r = cli.as_oscar(vault, "--json", "case", "list", *options)
    assert r.code == 0, r.err
    doc = r.json()
    if "--limit" in options or "--offset" in options:
        # A page asked for: the rows, with the total and where the next page starts.
        rows = doc["rows"]
        assert doc["next_offset"] is None or doc["next_offset"] < doc["total"]
    else:
        rows = doc  # no page asked for: every row
    assert [c["ref"] for c in rows] == [refs[name] for name in expected]


def test_case_list_json_is_never_silently_cut(cli: Cli, fresh_vault: Callable[[str], Path]) -> None:
    # 150 cases: without --limit every one comes back; with it, a page says what is left.
    vault = fresh_vault("many")
    r = cli.as_admin(vault, "demo-data", "--cases", "150", "--seed", "3")
    assert r.code == 0, r.err
    everything = cli.as_oscar(vault, "--json", "case", "list").json()
    assert isinstance(everything, list)
    page = cli.as_oscar(vault, "--json", "case", "list", "--limit", "100").json()
    assert page["total"] == len(everything) and len(page["rows"]) == 100
    assert page["next_offset"] == 100
    rest = cli.as_oscar(vault, "--json", "case", "list", "--limit", "100", "--offset", "100")
    assert [c["ref"] for c in page["rows"] + rest.json()["rows"]] == [c["ref"] for c in everything]
    assert rest.json()["next_offset"] is None


def test_demo_data(cli: Cli, vault: Path, fresh_vault: Callable[[str], Path]) -> None:
    r = cli.as_admin(vault, "--json", "demo-data", "--cases", "30", "--seed", "5")
    assert r.code == 0, r.err
    doc = r.json()
    assert doc["cases"] == 30
    assert doc["seed"] == 5
    assert doc["items"] > 0
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as s:
        assert s.vault.conn.execute("SELECT count(*) FROM items").fetchone()[0] == doc["items"]

    r = cli.as_oscar(vault, "--json", "case", "list")
    cases = r.json()
    assert len(cases) == 30
    assert {c["owner"] for c in cases} <= {"olivia", "oscar"}

    # Again on the now non-empty vault: refused, and nothing is added.
    r = cli.as_admin(vault, "demo-data", "--cases", "30", "--seed", "5")
    assert_refused(r, 2, "already holds cases", "empty vault")
    r = cli.as_oscar(vault, "--json", "case", "list")
    assert len(r.json()) == 30

    # Deterministic per seed.
    other = fresh_vault("other")
    r = cli.as_admin(other, "--json", "demo-data", "--cases", "30", "--seed", "5")
    assert r.json() == doc
    r = cli.as_oscar(other, "--json", "case", "list")
    strip = [{k: c[k] for k in ("ref", "subjects", "status", "marking", "owner")} for c in cases]
    assert [{k: c[k] for k in strip[0]} for c in r.json()] == strip
