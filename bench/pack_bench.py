"""Meeting packs: a 30-case pack (about 150 pages) issued as 8 numbered copies, timed and
measured beside the same content rendered by plain ReportLab, in the same run.

    python bench/pack_bench.py [--runs N]

The vault is new each run (bench/out/pack-bench, invented people only): 30 demo cases from
`import_demo_cases`, each given more invented items so the pack reaches about 150 pages, a
chair (officer and chair roles, SECRET) and a meeting with the 30 cases and 8 members of
mixed agencies and clearances.

What is timed:

- issue: `MeetingService.issue_copies` for the 8 members into a folder, the command's whole
  path: read the meeting's cases from the vault, decide each copy's content, lay out and
  draw 8 PDFs (marking, page numbers, watermark, cover), write each atomically, enter it in
  the register and record the disclosure.
- plain x1: the same content (every case and every item: no filtering) as one PDF with
  ReportLab's SimpleDocTemplate, stock Paragraphs, the same tables and fonts, but no
  watermark, no marking, no copy furniture. plain x8: that done 8 times, as 8 copies
  would be.

Peak memory (tracemalloc) is measured in separate runs, since tracing slows Python down.
Goal: the 8-copy issue in <= 3 s, and <= 1.5 x plain. Both ratios are printed: against
one plain rendering (the strict reading) and against eight (like for like). The machine is
shared, so compare the ratios, measured in the same run, rather than seconds across runs.
The result is also written to bench/out/pack_bench.json.
"""

from __future__ import annotations

import argparse
import io
import json
import platform
import shutil
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, SimpleDocTemplate

from common import PASSPHRASE, create_invented_vault, timed
from securedesk.core.access import Role
from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.domain import MeetingMember
from securedesk.core.markings import Marking
from securedesk.core.meetings.copy_register import PackVariant
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.meetings.pack_content import CaseInCopy, CopyContent, PackSource
from securedesk.core.session import Session
from securedesk.demo.demo_vault import import_demo_cases
from securedesk.demo.invented_data import generate
from securedesk.packs.document import PackStory, make_styles
from securedesk.packs.fonts import load_fonts
from securedesk.packs.page_furniture import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X
from securedesk.packs.render import MeetingPackRenderer

OUT = Path(__file__).resolve().parent / "out"
FOLDER = OUT / "pack-bench"
RESULTS = OUT / "pack_bench.json"
TODAY = date(2026, 1, 15)
MEETING_DAY = date(2026, 2, 4)
SEED = 2026
CASES = 30
EXTRA_ITEMS_PER_CASE = 15  # brings the demo cases' packs to about 150 pages
MEMBERS = (
    ("Police", Marking.SECRET),
    ("Security service", Marking.SECRET),
    ("Local authority", Marking.SECRET),
    ("Health", Marking.OFFICIAL_SENSITIVE),
    ("Education", Marking.OFFICIAL_SENSITIVE),
    ("Housing", Marking.OFFICIAL_SENSITIVE),
    ("Children's social care", Marking.OFFICIAL_SENSITIVE),
    ("Probation", Marking.OFFICIAL),
)


def build_vault() -> str:
    """A fresh vault holding the benchmark's meeting; returns the meeting's id."""
    shutil.rmtree(FOLDER, ignore_errors=True)
    OUT.mkdir(exist_ok=True)
    admin = create_invented_vault(FOLDER)
    try:
        admin.users.add_user("chair", [Role.OFFICER, Role.CHAIR], PASSPHRASE, Marking.SECRET)
        import_demo_cases(admin, CASES, SEED, today=TODAY)
    finally:
        admin.lock()
    with Session.sign_in(FOLDER, "chair", PASSPHRASE) as chair:
        chair.users.change_own_passphrase(PASSPHRASE)
        refs = [r.ref for r in chair.cases.list_cases(CaseQuery(limit=CASES))]
        # More invented items, taken from other invented cases, each at most at its
        # case's marking and with its own handling caveats.
        spare = [i for d in generate(SEED + 1, 4 * CASES, ["chair"], TODAY) for i in d.items]
        n = 0
        for ref in refs:
            marking = chair.store.case_row(chair.store.case_id_for_ref(ref)).marking
            for _ in range(EXTRA_ITEMS_PER_CASE):
                item = spare[n % len(spare)]
                n += 1
                chair.cases.add_item(
                    ref,
                    agency=item.agency,
                    text=item.text,
                    item_date=item.item_date,
                    marking=min(item.marking, marking),
                    caveats=item.caveats,
                    today=TODAY,
                )
        service = MeetingService(chair)
        meeting = service.add_meeting("Benchmark panel", MEETING_DAY, place="Council chamber")
        for k, (agency, clearance) in enumerate(MEMBERS, start=1):
            service.add_member(meeting.id, f"Member {k} of {agency}", agency, clearance)
        service.set_agenda(meeting.id, refs)
        return meeting.id


def issue(meeting_id: str, out: Path) -> list[Any]:
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir()
    with Session.sign_in(FOLDER, "chair", PASSPHRASE) as chair:
        return MeetingService(chair).issue_copies(meeting_id, MeetingPackRenderer(), out_dir=out)


def unfiltered(source: PackSource) -> CopyContent:
    """Every case with every item: the content with no recipient's filter."""
    everyone = MeetingMember(source.meeting.id, "Everyone", "Panel", Marking.SECRET)
    cases = tuple(CaseInCopy(c, c.items, c.chronology, 0, c.case_marking) for c in source.cases)
    return CopyContent(source, everyone, PackVariant.FULL, cases, 0, 0, Marking.SECRET)


class PlainStory(PackStory):
    """The pack's flowables with ReportLab's own Paragraph: no line breaks or drawings kept
    between uses (the packs' MemoParagraph), nothing shared between copies."""

    def para(self, markup_text: str, style: Any) -> Any:
        return Paragraph(markup_text, style)


def plain_render(content: CopyContent) -> tuple[bytes, int]:
    """The same content with ReportLab's stock template, canvas and paragraphs."""
    regular, bold = load_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        initialFontName=regular,
    )
    width = A4[0] - 2 * MARGIN_X
    doc.build(PlainStory(content, make_styles(regular, bold), width).build())
    return buffer.getvalue(), doc.page


def peak_mib(fn: Callable[[], Any]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each (best is kept)")
    args = parser.parse_args()

    started = time.perf_counter()
    meeting_id = build_vault()
    built = time.perf_counter() - started
    copies_dir = OUT / "pack-bench-copies"
    results = issue(meeting_id, copies_dir)  # warm: fonts loaded, code imported
    with Session.sign_in(FOLDER, "chair", PASSPHRASE) as chair:
        content = unfiltered(MeetingService(chair).pack_source(meeting_id))
    plain_pdf, plain_pages = plain_render(content)

    issue_times = timed(lambda: issue(meeting_id, copies_dir), args.runs)
    plain1_times = timed(lambda: plain_render(content), args.runs)
    plain8_times = timed(lambda: [plain_render(content) for _ in MEMBERS], 1)
    issue_peak = peak_mib(lambda: issue(meeting_id, copies_dir))
    plain1_peak = peak_mib(lambda: plain_render(content))

    pages = [r.copy.pages for r in results]
    best_issue, best_plain1, best_plain8 = min(issue_times), min(plain1_times), min(plain8_times)
    report = {
        "machine": f"{platform.machine()}, Python {platform.python_version()}",
        "reportlab_accelerated": _accelerated(),
        "cases": CASES,
        "copies": len(results),
        "pages_per_copy": pages,
        "pages_issued": sum(pages),
        "plain_pages": plain_pages,
        "plain_bytes": len(plain_pdf),
        "copy_bytes": [r.copy.size for r in results],
        "withheld_items_per_copy": [r.withheld_items for r in results],
        "withheld_cases_per_copy": [r.withheld_cases for r in results],
        "issue_seconds": issue_times,
        "plain_x1_seconds": plain1_times,
        "plain_x8_seconds": plain8_times,
        "issue_peak_mib": round(issue_peak, 1),
        "plain_x1_peak_mib": round(plain1_peak, 1),
        "ratio_issue_to_plain_x1": round(best_issue / best_plain1, 2),
        "ratio_issue_to_plain_x8": round(best_issue / best_plain8, 2),
        "goal_issue_seconds": 3.0,
        "goal_ratio": 1.5,
        "setup_seconds": round(built, 1),
    }
    RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")

    print(f"Meeting pack benchmark ({report['machine']}; setup {built:.1f} s)")
    print(
        f"  {CASES} cases, {len(results)} copies of {min(pages)}-{max(pages)} pages "
        f"({sum(pages)} pages issued); plain rendering: {plain_pages} pages"
    )
    print(f"  withheld items per copy: {report['withheld_items_per_copy']}")
    print(f"  withheld cases per copy: {report['withheld_cases_per_copy']}")
    print(
        f"  issue, 8 copies to files      {best_issue:6.2f} s  (median "
        f"{statistics.median(issue_times):.2f})  peak {issue_peak:6.1f} MiB"
    )
    print(f"  plain ReportLab, 1 rendering  {best_plain1:6.2f} s  peak {plain1_peak:6.1f} MiB")
    print(f"  plain ReportLab, 8 renderings {best_plain8:6.2f} s")
    print(
        f"  ratio issue / plain x1: {report['ratio_issue_to_plain_x1']:.2f}  "
        f"(goal <= 1.5)   issue / plain x8: {report['ratio_issue_to_plain_x8']:.2f}"
    )
    verdict = "met" if best_issue <= 3.0 else "NOT met"
    print(f"  goal of <= 3 s for the 8-copy issue: {verdict}")
    print(f"  results: {RESULTS}")
    return 0


def _accelerated() -> bool:
    try:
        import _rl_accel  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    sys.exit(main())
