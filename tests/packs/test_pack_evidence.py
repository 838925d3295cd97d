"""The full pack shows each score of the latest assessment beside its evidence (issue 11)."""

from __future__ import annotations

from .conftest import Issued, needs_poppler, page_texts


@needs_poppler
def test_scores_and_evidence_in_the_full_pack(issued: Issued) -> None:
    text = "\n".join(page_texts(issued.by_name("Siân Wyn").path))  # type: ignore[arg-type]
    assert "Scores and evidence" in text
    section = text.split("Scores and evidence", 1)[1].split("Changes since the previous", 1)[0]
    rows = [line for line in section.splitlines() if "evidence" in line and "(" in line]
    # Every factor of the framework (16), each with its score, label and evidence.
    assert len(rows) >= 16, section
    assert any("2 (Moderate)" in r for r in rows), rows
    assert "Need for identity" in section
