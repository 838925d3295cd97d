"""Every agenda case's outstanding actions in the pack, with an overdue one flagged in words
(issue 11): the seeded 'Arrange mentoring' fell due on 2026-04-01 and is still open; the
'Home visit' is done."""

from __future__ import annotations

import re

from .conftest import Issued, needs_poppler, page_texts


@needs_poppler
def test_the_full_pack_flags_an_overdue_action_in_words(issued: Issued) -> None:
    text = "\n".join(page_texts(issued.by_name("Siân Wyn").path))  # type: ignore[arg-type]
    sections = [s.split("Actions completed")[0] for s in text.split("Actions outstanding")[1:]]
    (outstanding,) = [s for s in sections if "Arrange mentoring" in s]
    row = next(line for line in outstanding.splitlines() if "Arrange mentoring" in line)
    assert re.search(r"2026-04-01\s+Open — OVERDUE", row), row
    completed = text[text.index("Home visit", text.index(outstanding)) - 200 :]
    row = next(line for line in completed.splitlines() if "Home visit" in line)
    assert "Done" in row and "OVERDUE" not in row
    # The other agenda cases have their own (empty) section.
    assert text.count("Actions outstanding") == 3


@needs_poppler
def test_the_summary_counts_overdue_actions(issued: Issued) -> None:
    text = "\n".join(page_texts(issued.summary[0].path))  # type: ignore[arg-type]
    assert re.search(r"Actions outstanding\s+1 \(1 OVERDUE\)", text), text
