"""Measure 4 of the GUI benchmark: scrolling a case list end to end in page steps, one
frame a step; and the endurance run that scrolls without the None guard."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from gui_common import (
    OUT_DIR,
    summary,
)
from gui_harness import (
    Gui,
    Instrument,
    sign_in,
)


def phase_endurance(folder: Path, max_frames: int) -> None:
    """The shipped configuration without the bench's None guard: scroll All cases in page
    steps until `max_frames` frames, printing progress; if CPython aborts, the parent sees
    the last progress line and the exit status."""
    gui = Gui()
    inst = Instrument()
    from securedesk.gui.main_window import MainWindow

    session, _sign = sign_in(folder, inst)
    window = MainWindow(session)
    window.show()
    gui.settle(500)
    window.nav.setCurrentRow(window.page_keys.index("all_cases"))
    page: Any = window.page("all_cases")
    page.status.setCurrentIndex(page.status.findData(None))
    gui.settle(300)
    sb = page.table.verticalScrollBar()
    step = max(1, sb.pageStep())
    frames = 0
    print(
        f"ENDURANCE start none_refs={sys.getrefcount(None)} step={step} "
        f"rows={page.model.rowCount()}",
        flush=True,
    )
    value = 0
    while frames < max_frames:
        value = value + step if value + step <= sb.maximum() else 0
        sb.setValue(value)
        gui.app.processEvents()  # painted by the event loop, as when a person scrolls
        frames += 1
        if frames % 10 == 0:
            window.idle.start()
            print(f"ENDURANCE frames={frames} none_refs={sys.getrefcount(None)}", flush=True)
    print(f"ENDURANCE survived frames={frames} none_refs={sys.getrefcount(None)}", flush=True)
    sys.stdout.flush()
    os._exit(0)


def scroll_end_to_end(
    gui: Gui,
    table: Any,
    window: Any,
    passes: int,
    profile: bool,
    label: str = "",
    fetch_log: list[tuple[int, float]] | None = None,
) -> dict[str, Any]:
    sb = table.verticalScrollBar()
    viewport = table.viewport()
    sb.setValue(0)
    gui.settle(100)
    step = max(1, sb.pageStep())
    maximum = sb.maximum()
    values = list(range(step, maximum + 1, step))
    if not values or values[-1] != maximum:
        values.append(maximum)
    out: dict[str, Any] = {"page_step_rows": step, "scrollbar_max": maximum, "passes": []}
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
    # With --profile, one more pass runs under cProfile after the timed passes; its frames
    # and page fetches are left out of the timings.
    for p in range(passes + (1 if prof is not None else 0)):
        profiled = p == passes
        fetches_before = len(fetch_log) if fetch_log is not None else 0
        sb.setValue(0)
        gui.settle(50)
        frames: list[float] = []
        with_events: list[float] = []
        fetched: list[bool] = []
        t_pass = time.perf_counter()
        for i, v in enumerate(values):
            n_fetch = len(fetch_log) if fetch_log is not None else 0
            if window is not None and i % 50 == 0:
                window.idle.start()  # the bench stands in for a user's scrolling input
            if profiled and prof is not None:
                prof.enable()
            t0 = time.perf_counter()
            sb.setValue(v)
            viewport.repaint()
            t1 = time.perf_counter()
            gui.app.processEvents()
            t2 = time.perf_counter()
            if profiled and prof is not None:
                prof.disable()
            frames.append((t1 - t0) * 1000)
            with_events.append((t2 - t0) * 1000)
            fetched.append(fetch_log is not None and len(fetch_log) > n_fetch)
        if profiled:
            if fetch_log is not None:
                del fetch_log[fetches_before:]
            out["profiled_pass_frame_ms"] = summary(frames)
            continue
        out["passes"].append(
            {
                "frames": len(frames),
                "wall_s": time.perf_counter() - t_pass,
                "frame_ms": summary(frames),
                "frame_with_events_ms": summary(with_events),
                "over_16ms": sum(1 for f in frames if f > 16),
                "frames_with_page_fetch": sum(fetched),
                "frame_ms_without_fetch": summary(
                    [f for f, x in zip(frames, fetched, strict=True) if not x]
                ),
                "frame_ms_with_fetch": summary(
                    [f for f, x in zip(frames, fetched, strict=True) if x]
                ),
                "raw_frame_ms": [round(f, 3) for f in frames],
                "raw_fetched": [int(x) for x in fetched],
            }
        )
    all_frames = [f for p_ in out["passes"] for f in p_["raw_frame_ms"]]
    all_fetched = [x for p_ in out["passes"] for x in p_["raw_fetched"]]
    out["frame_ms"] = summary(all_frames)
    out["frame_ms_without_fetch"] = summary(
        [f for f, x in zip(all_frames, all_fetched, strict=True) if not x]
    )
    out["frame_ms_with_fetch"] = summary(
        [f for f, x in zip(all_frames, all_fetched, strict=True) if x]
    )
    out["frame_with_events_ms"] = summary(
        [p_["frame_with_events_ms"]["median"] for p_ in out["passes"]]
    )
    if prof is not None:
        import io
        import pstats

        text = io.StringIO()
        stats = pstats.Stats(prof, stream=text)
        stats.sort_stats("cumulative").print_stats(40)
        stats.sort_stats("tottime").print_stats(20)
        path = OUT_DIR / f"gui-profile-scroll-{label or 'list'}.txt"
        path.write_text(text.getvalue())
        out["profile_file"] = str(path)
    return out
