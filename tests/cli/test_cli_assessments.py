"""`assessment add|show` and `attachment add|list|save`: every bad input refused with its
message and exit code, nothing written; evidence shown beside each score."""

from __future__ import annotations

import json
from pathlib import Path

from securedesk.core.session import Session

from ..conftest import OFFICER_PASS
from ..vault_rows import content_digest
from .conftest import Cli, assert_refused


def _digest(vault: Path) -> str:
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        return content_digest(s.vault.conn)


def _factors(vault: Path) -> list[str]:
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        return [f.id for f in s.framework.factors]


def _scores_file(tmp_path: Path, factors: list[str], score: int = 1, **extra: object) -> Path:
    doc = {
        "scores": {f: {"score": score, "evidence": f"seen at school ({f})"} for f in factors},
        "conclusion": "Low concern; keep under review.",
        **extra,
    }
    path = tmp_path / f"scores-{score}-{len(factors)}.json"
    path.write_text(json.dumps(doc), "utf-8")
    return path


def test_assessment_add_then_show_evidence_and_movement(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    ref = refs["Jones"]
    factors = _factors(vault)
    first = cli.as_olivia(
        vault, "assessment", "add", ref, "--file", _scores_file(tmp_path, factors)
    )
    assert first.code == 0, first.err
    assert "First assessment" in first.out
    assert "— → 0" not in first.out and "->" not in first.out
    shown = cli.as_olivia(vault, "assessment", "show", ref)
    assert shown.code == 0, shown.err
    assert f"evidence: seen at school ({factors[0]})" in shown.out
    assert "First assessment" in shown.out and "(was" not in shown.out
    doc = json.loads(_scores_file(tmp_path, factors).read_text())
    doc["scores"][factors[2]] = {"score": 3, "evidence": "new posts online"}
    second = tmp_path / "second.json"
    second.write_text(json.dumps(doc))
    assert cli.as_olivia(vault, "assessment", "add", ref, "--file", second).code == 0
    shown = cli.as_olivia(vault, "--json", "assessment", "show", ref).json()
    latest = shown["assessments"][0]
    assert latest["first"] is False
    moved = [s for s in latest["scores"] if s["before"] != s["score"]]
    assert [(s["factor"], s["before"], s["score"], s["evidence"]) for s in moved] == [
        (factors[2], 1, 3, "new posts online")
    ]
    text = cli.as_olivia(vault, "assessment", "show", ref).out
    assert "evidence: new posts online" in text and "(was 1)" in text
    every = cli.as_olivia(vault, "--json", "assessment", "show", ref, "--all").json()
    assert [a["first"] for a in every["assessments"]] == [True, False]


def test_assessment_add_bad_files_are_refused_and_nothing_is_written(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    ref = refs["Jones"]
    factors = _factors(vault)
    before = _digest(vault)
    cases: list[tuple[Path, list[str]]] = []

    def raw(name: str, data: bytes | str) -> Path:
        path = tmp_path / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode())
        return path

    good = json.loads(_scores_file(tmp_path, factors).read_text())
    unknown = dict(good, scores={**good["scores"], "made.up": {"score": 1, "evidence": ""}})
    missing = dict(good, scores={f: good["scores"][f] for f in factors[1:]})
    cases += [
        (raw("unknown.json", json.dumps(unknown)), ["made.up", "not a factor", factors[0]]),
        (raw("missing.json", json.dumps(missing)), [factors[0], "no score"]),
        (_scores_file(tmp_path, factors, score=9), ["outside", "0..3"]),
        (_scores_file(tmp_path, factors, score=-1), ["outside"]),
        (raw("notjson.json", "{scores: 1"), ["is not valid JSON", "Nothing was recorded"]),
        (raw("list.json", "[]"), ["is not a JSON object"]),
        (raw("deep.json", '{"scores": {"a": {"score": [[[[1]]]]}}}'), ["nests deeper"]),
        (raw("big.json", b" " * (256 * 1024 + 1)), ["larger than 262144 bytes"]),
        (raw("dup.json", '{"scores": {}, "scores": {}}'), ["same key twice"]),
        (raw("noscores.json", '{"conclusion": "x"}'), ['no "scores" object']),
        (raw("extra.json", json.dumps(dict(good, risk="high"))), ["'risk'", "not part of"]),
        (raw("nan.json", json.dumps(good).replace('"score": 1', '"score": NaN', 1)), ["JSON"]),
        (
            raw("str.json", json.dumps(good).replace('"score": 1', '"score": "1"', 1)),
            ["not a whole number"],
        ),
        (
            raw("bool.json", json.dumps(good).replace('"score": 1', '"score": true', 1)),
            ["not a whole number"],
        ),
        (
            raw("float.json", json.dumps(good).replace('"score": 1', '"score": 1.5', 1)),
            ["not a whole number"],
        ),
        (
            raw(
                "ev.json", json.dumps(good).replace('"evidence": "seen', '"evidence": 5, "x": "', 1)
            ),
            [factors[0]],
        ),
        (raw("noconc.json", json.dumps(dict(good, conclusion="  "))), ['no "conclusion"']),
        (raw("latin1.json", '{"conclusion": "caf\xe9"}'.encode("latin-1")), ["UTF-8"]),
        (tmp_path / "absent.json", ["cannot be read"]),
        (tmp_path, ["cannot be read", "not a regular file"]),
        (Path("/dev/zero"), ["cannot be read", "not a regular file"]),
    ]
    for path, words in cases:
        result = cli.as_olivia(vault, "assessment", "add", ref, "--file", path)
        assert_refused(result, 2, *words)
    assert _digest(vault) == before


def test_assessment_of_a_case_outside_the_caseload_needs_a_justification(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    path = _scores_file(tmp_path, _factors(vault))
    before = _digest(vault)
    result = cli.as_olivia(vault, "assessment", "add", refs["Hughes"], "--file", path)
    assert_refused(result, 5, "outside your caseload")
    assert_refused(cli.as_olivia(vault, "assessment", "show", refs["Hughes"]), 5, "caseload")
    assert _digest(vault) == before


def test_attachment_add_list_save(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    ref = refs["Evans"]
    note = tmp_path / "note.txt"
    note.write_text("meeting notes\n")
    added = cli.as_olivia(vault, "--json", "attachment", "add", ref, note)
    assert added.code == 0, added.err
    attachment_id = added.json()["id"]
    listed = cli.as_olivia(vault, "--json", "attachment", "list", ref.lower()).json()
    assert [a["name"] for a in listed] == ["note.txt"]
    out = tmp_path / "out" / "copy.txt"
    out.parent.mkdir()
    saved = cli.as_olivia(vault, "attachment", "save", attachment_id[:8], "--out", out)
    assert saved.code == 0, saved.err
    assert out.read_text() == "meeting notes\n"
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    # Never replaces a file, and says so.
    out.write_text("mine")
    again = cli.as_olivia(vault, "attachment", "save", attachment_id, "--out", out)
    assert_refused(again, 2, "already exists", "not replaced")
    assert out.read_text() == "mine"
    assert sorted(p.name for p in out.parent.iterdir()) == ["copy.txt"]  # no temporary left
    # A prefix too short, unknown, or another officer's case without a reason.
    assert_refused(cli.as_olivia(vault, "attachment", "save", "ab", "--out", tmp_path / "x"), 2)
    assert_refused(
        cli.as_olivia(vault, "attachment", "save", "ffffffff", "--out", tmp_path / "x"),
        2,
        "no attachment",
    )
    assert_refused(
        cli.as_oscar(vault, "attachment", "save", attachment_id, "--out", tmp_path / "y"),
        5,
        "outside your caseload",
    )
    assert not (tmp_path / "y").exists()
    assert_refused(cli.as_olivia(vault, "attachment", "add", ref, tmp_path / "none.txt"), 2)
