"""Write the contract documents from the code: docs/error-kinds.md (every error kind's code
and English wording) and docs/audit-actions.md (every action the audit chain records).

python scripts/contract_docs.py          # rewrite the documents
python scripts/contract_docs.py --check  # exit 1 if a document is out of date
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from pathlib import Path

from securedesk.core.audit.audit_actions import ActionTemplate, AuditAction
from securedesk.core.error_kinds import Kind

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "securedesk"
# A module that marks error templates for the catalogues (the formatter may break the call).
MARKED = re.compile(r'QT_TRANSLATE_NOOP\(\s*"Errors"')
DOCUMENT = ROOT / "docs" / "error-kinds.md"
ACTIONS_DOCUMENT = ROOT / "docs" / "audit-actions.md"

HEADER = """# Error kinds

Every expected failure SecureDesk reports has a **kind**: a stable code that scripts and tests
compare, and a wording with fields filled from the error's data (ids, references, file names,
counts; never case content). The command line prints the English wording on standard error
and exits with the code of the failure's class (see CLI.md: 2 usage, 3 authentication,
4 integrity, 5 policy, 1 anything else). The window shows the same kind in the user's
language (English or Welsh) from the catalogues in `translations/`.

A kind's code never changes once released. Bundle, receipt and contact-card refusals also
carry a refusal reason, listed in [bundle-format.md](bundle-format.md#refusal-reasons).

This page is written by `scripts/contract_docs.py` from the code; a test fails when it is
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


ACTIONS_HEADER = """# Audit actions

Every event in the audit chain names its action. The action's text is hashed into the chain
and auditors filter by it, so it never changes once released: an old vault's chain must
still verify, and the same filter must still find its events. An event also records who,
when, the category (authentication, consultation, collection, alteration, disclosure,
administration), the object's type and id, the outcome (success, refused, failed), the
justification given for a case outside the caseload, and details made of ids and counts,
never case content.

This page is written by `scripts/contract_docs.py` from `core/audit/audit_actions.py`; a test
fails when it is out of date.

## Fixed actions

| action | name in the code |
|---|---|
"""


def actions_document() -> str:
    parts = [ACTIONS_HEADER]
    parts += [f"| `{a.value}` | `{a.name}` |\n" for a in AuditAction]
    parts.append(
        "\n## Actions that name a code\n\nThe braces are filled with a code: a permission's "
        "name, a copy status, an import outcome, a refusal reason.\n\n"
        "| action | name in the code |\n|---|---|\n"
    )
    parts += [f"| `{a.value}` | `{a.name}` |\n" for a in ActionTemplate]
    return "".join(parts)


def documents() -> dict[Path, str]:
    return {DOCUMENT: document(), ACTIONS_DOCUMENT: actions_document()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    stale = 0
    for path, text in documents().items():
        current = path.read_text("utf-8") if path.exists() else ""
        if args.check and current != text:
            print(f"{path.relative_to(ROOT)} is out of date: run {Path(__file__).name}")
            stale += 1
        elif not args.check:
            path.write_text(text, "utf-8")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
