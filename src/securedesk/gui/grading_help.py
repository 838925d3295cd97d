"""What the grades of an information item mean, for tooltips: a letter for how reliable the
source is and a figure for how reliable the information is (so "B2", "C3")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def source_grade_help() -> str:
    return QCoreApplication.translate(
        "Grading",
        "Source reliability, A to E: A always reliable, B mostly reliable, C sometimes "
        "reliable, D unreliable, E untested or cannot be judged.",
    )


def information_grade_help() -> str:
    return QCoreApplication.translate(
        "Grading",
        "Information reliability, 1 to 5: 1 known to be true without reservation, 2 known "
        "personally to the source but not to the officer, 3 not known personally to the "
        "source but corroborated, 4 cannot be judged, 5 suspected to be false.",
    )


def grade_help() -> str:
    """Both parts, for a grade shown as one code such as B2."""
    return (
        QCoreApplication.translate(
            "Grading",
            "A grade such as B2 is the source's reliability (letter) and the "
            "information's (figure).",
        )
        + "\n"
        + source_grade_help()
        + "\n"
        + information_grade_help()
    )
