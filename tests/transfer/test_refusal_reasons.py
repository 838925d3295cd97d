"""Refusal reasons and trust states are contracts: every raise site names an enum member (a
new code cannot be invented as a bare string), and every member is in the document users
read, with the exit code it really has."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterator
from pathlib import Path

import securedesk.transfer
from securedesk.transfer.refusal_reasons import REFUSED_BY_POLICY, RefusalReason
from securedesk.transfer.trust_state import TrustState

TRANSFER = Path(securedesk.transfer.__file__).parent
SOURCES = [*sorted(TRANSFER.glob("*.py")), TRANSFER.parent / "cli" / "cmd_bundle.py"]
DOC = Path(__file__).resolve().parents[2] / "docs" / "bundle-format.md"
ERRORS = {"BundleRejected", "BundleRefused"}


def _calls(path: Path) -> Iterator[tuple[str, ast.Call]]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in ERRORS:
                yield name, node


def _reason_arg(call: ast.Call) -> ast.expr | None:
    if call.args:
        return call.args[0]
    return next((k.value for k in call.keywords if k.arg == "reason"), None)


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(TRANSFER.parent)}:{getattr(node, 'lineno', '?')}"


def test_the_walk_finds_the_raise_sites() -> None:
    # Guards the guard: if the walk stopped finding calls, the tests below would pass idly.
    assert sum(1 for path in SOURCES for _ in _calls(path)) > 50


def test_no_refusal_passes_a_bare_string_as_its_reason() -> None:
    bare = [
        _where(path, call)
        for path in SOURCES
        for _, call in _calls(path)
        if isinstance(_reason_arg(call), ast.Constant | ast.JoinedStr | ast.BinOp)
    ]
    assert bare == [], "use a RefusalReason member, not a string: " + ", ".join(bare)


def test_no_code_is_spelled_out_as_a_string_outside_the_enum() -> None:
    # Catches helpers that take a reason and pass it on (_reject, JsonProblem, ...).
    codes = {reason.value for reason in RefusalReason}
    spelled = [
        f"{_where(path, node)} {node.value!r}"
        for path in SOURCES
        if path.name != "refusal_reasons.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and node.value in codes
    ]
    assert spelled == []


def test_each_code_is_raised_as_the_kind_its_exit_code_says() -> None:
    wrong = []
    for path in SOURCES:
        for name, call in _calls(path):
            arg = _reason_arg(call)
            if isinstance(arg, ast.Attribute) and getattr(arg.value, "id", "") == "RefusalReason":
                refused = RefusalReason[arg.attr] in REFUSED_BY_POLICY
                if refused != (name == "BundleRefused"):
                    wrong.append(f"{_where(path, call)} {name}({arg.attr})")
    assert wrong == []


def _doc_table(heading: str) -> dict[str, list[str]]:
    """The first column (a `code`) -> the other cells, of the table under `heading`."""
    text = DOC.read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(heading)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"docs/bundle-format.md has no '## {heading}' section"
    rows: dict[str, list[str]] = {}
    for line in match.group(1).splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        code = re.fullmatch(r"`([a-z0-9-]+)`", cells[0]) if line.startswith("|") else None
        if code:
            assert code.group(1) not in rows, f"{code.group(1)} is listed twice"
            rows[code.group(1)] = cells[1:]
    return rows


def test_every_refusal_reason_is_documented_with_its_exit_code() -> None:
    table = _doc_table("Refusal reasons")
    assert sorted(table) == sorted(reason.value for reason in RefusalReason)
    for reason in RefusalReason:
        exit_code, meaning, action = table[reason.value][:3]
        assert exit_code == ("5" if reason in REFUSED_BY_POLICY else "4"), reason
        assert meaning and action, reason


def test_every_trust_state_is_documented() -> None:
    table = _doc_table("Trust states")
    assert sorted(table) == sorted(state.value for state in TrustState)
    assert all(cells and cells[0] for cells in table.values())


def test_a_reason_reads_as_its_old_string() -> None:
    # StrEnum: equal to, formatted and JSON-encoded as the plain code, as before the enum.
    for reason in RefusalReason:
        assert reason == reason.value == str(reason) == f"{reason}"
        assert json.dumps({"reason": reason}) == json.dumps({"reason": reason.value})
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", reason.value), reason
