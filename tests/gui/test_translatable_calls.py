"""Window strings reach the catalogues only through calls the extractor reads: self.tr(...),
QCoreApplication.translate("Context", "literal") or QT_TRANSLATE_NOOP. A wrapper such as
`def _tr(text): return QCoreApplication.translate("X", text)` hides every string passed to it
from the extractor, so the Help and Language menus stayed English in a Welsh window while the
translation check passed. This test finds such wrappers."""

from __future__ import annotations

import ast
from pathlib import Path

GUI = Path(__file__).resolve().parents[2] / "src" / "securedesk" / "gui"
# Modules that translate texts marked elsewhere with QT_TRANSLATE_NOOP (which the
# extractor does read): the values of the core's enumerations and the error kinds.
MARKED_ELSEWHERE = {
    "labels.py",
    "error_text.py",
    "terminal_report.py",
    "reports_page.py",
    "audit_words.py",
}


def wrappers(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.FunctionDef):
            continue
        params = {a.arg for a in node.args.args}
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr in ("translate", "tr")
                and any(isinstance(a, ast.Name) and a.id in params for a in call.args[:2])
            ):
                found.append(f"{path.name}:{node.lineno} {node.name}")
    return found


def test_no_window_module_hides_its_strings_behind_a_wrapper() -> None:
    found = [
        w for p in sorted(GUI.glob("*.py")) if p.name not in MARKED_ELSEWHERE for w in wrappers(p)
    ]
    assert found == []


def foreign_tr_calls(path: Path) -> list[str]:
    """`view.tr("...")` outside the view's class: the extractor files the string under the
    context "view" (the variable's name), while Qt looks it up under the object's class
    name at run time, so it is never translated."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "tr"
            and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
        ):
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_tr_is_called_only_on_self() -> None:
    assert [c for p in sorted(GUI.glob("*.py")) for c in foreign_tr_calls(p)] == []


def test_the_check_finds_a_wrapper(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('X', text)\n"
    )
    assert wrappers(module) == ["m.py:2 _tr"]
