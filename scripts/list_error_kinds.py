"""Write docs/error-kinds.md: every error kind's code and English wording, from the code.

python scripts/list_error_kinds.py          # rewrite the document
python scripts/list_error_kinds.py --check  # exit 1 if the document is out of date
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from pathlib import Path

from securedesk.core.error_kinds import Kind

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "securedesk"
# A module that marks error templates for the catalogues (the formatter may break the call).
MARKED = re.compile(r'QT_TRANSLATE_NOOP\(\s*"Errors"')
DOCUMENT = ROOT / "docs" / "error-kinds.md"

HEADER = """# Error kinds

Every expected failure SecureDesk reports has a **kind**: a stable code that scripts and tests
compare, and a wording with fields filled from the error's data (ids, references, file names,
counts; never case content). The command line prints the English wording on standard error
and exits with the code of the failure's class (see CLI.md: 2 usage, 3 authentication,
4 integrity, 5 policy, 1 anything else). The window shows the same kind in the user's
language (English or Welsh) from the catalogues in `translations/`.

A kind's code never changes once released. Bundle, receipt and contact-card refusals also
carry a refusal reason, listed in [bundle-format.md](bundle-format.md#refusal-reasons).

This page is written by `scripts/list_error_kinds.py` from the code; a test fails when it is
out of date.
"""


def kind_enums() -> list[type[Kind]]:
    """Every Kind enum in the package, found by importing each module that marks templates."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if "gui" in path.parts or not MARKED.search(path.read_text("utf-8")):
            continue
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        importlib.import_module(module)
    found: list[type[Kind]] = []
    pending = list(Kind.__subclasses__())
    while pending:
        enum_class = pending.pop(0)
        found.append(enum_class)
        pending.extend(enum_class.__subclasses__())
    return sorted(found, key=lambda e: (e.__module__, e.__qualname__))


def document() -> str:
    parts = [HEADER]
    for enum_class in kind_enums():
        doc = (enum_class.__doc__ or "").strip().splitlines()
        parts.append(f"\n## {enum_class.__qualname__} (`{enum_class.__module__}`)\n")
        if doc:
            parts.append(f"\n{doc[0]}\n")
        parts.append("\n| code | wording |\n|---|---|\n")
        for member in enum_class:
            wording = member.template.replace("|", "\\|")
            parts.append(f"| `{member.value}` | {wording} |\n")
    return "".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = document()
    if args.check:
        current = DOCUMENT.read_text("utf-8") if DOCUMENT.exists() else ""
        if current != text:
            print(f"{DOCUMENT.relative_to(ROOT)} is out of date: run {Path(__file__).name}")
            return 1
        return 0
    DOCUMENT.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
