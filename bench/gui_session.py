"""Measures 3 to 5 of the GUI benchmark in one signed-in application: scroll, search as you
type and memory (with the bare-Qt memory baseline)."""

from __future__ import annotations

import argparse
import random
import time
import unicodedata
from pathlib import Path
from typing import Any

from PySide6 import QtCore, QtTest

from gui_common import (
    DEFAULT_CASES,
    GOALS,
    JUSTIFICATION,
    OUT_DIR,
    proc_status,
    summary,
)
from gui_harness import (
    Gui,
    Instrument,
    baseline_window,
    case_table_with_rows,
    close_main_window,
    computed_model_class,
    sign_in,
)
from gui_scroll import scroll_end_to_end


def make_queries(n: int, refs: list[str], seed: int = 3) -> list[dict[str, str]]:
    """What an officer types: surnames, given names, the first letters of a name, a word
    remembered from an information item, a given name and surname, a case reference.
    Names come from the invented-data generator's own lists; typed without accents."""
    from securedesk.demo.invented_names import HERITAGES

    rng = random.Random(seed)
    heritages = list(dict.fromkeys(HERITAGES))
    extra = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae"})

    def plain(word: str) -> str:
        # Typed on a UK keyboard without accents (QTest can only type ASCII keys).
        decomposed = unicodedata.normalize("NFKD", word.translate(extra))
        return "".join(ch for ch in decomposed if ch.isascii() and not unicodedata.combining(ch))

    def family() -> str:
        return plain(rng.choice(rng.choice(heritages).family).split()[-1])

    def given() -> str:
        h = rng.choice(heritages)
        return plain(rng.choice(h.male + h.female))

    item_words = [
        "stickers",
        "broadband",
        "leaflets",
        "strategy",
        "withdrawn",
        "intelligence",
        "skate park",
        "gaming",
        "boxing gym",
        "neighbour",
        "downloads folder",
        "grievance",
        "parental controls",
        "livestreaming",
        "extremist slogans",
        "home visit",
        "social isolation",
        "religious studies",
        "college",
        "argumentative",
    ]
    kinds = [
        "surname",
        "prefix",
        "item word",
        "given + surname",
        "given name",
        "surname",
        "prefix",
        "item word",
        "case ref",
    ]
    out: list[dict[str, str]] = []
    i = 0
    while len(out) < n:
        kind = kinds[i % len(kinds)]
        i += 1
        if kind == "surname":
            q = family()
        elif kind == "given name":
            q = given()
        elif kind == "prefix":
            name = family()
            q = name[: rng.randint(3, min(5, len(name)))] if len(name) >= 3 else name
        elif kind == "item word":
            q = rng.choice(item_words)
        elif kind == "given + surname":
            q = f"{given()} {family()}"
        else:
            if not refs:
                continue
            q = rng.choice(refs)
        q = plain(q).strip()
        if len(q) >= 2:
            out.append({"kind": kind, "text": q})
    return out


def phase_session(folder: Path, args: argparse.Namespace) -> dict[str, Any]:
    gui = Gui()
    gui.guard_none(args.none_guard)
    inst = Instrument()
    from securedesk.gui.main_window import MainWindow

    result: dict[str, Any] = {"memory": {"process_start": proc_status()}, "none_refs": {}}
    ComputedModel = computed_model_class()

    session, sign = sign_in(folder, inst)
    result["sign_in"] = sign
    fetch_log: list[tuple[int, float]] = []
    Instrument.wrap_list_cases(session, fetch_log)
    watch = gui.paint_watch(case_table_with_rows)
    gui.app.installEventFilter(watch)
    t0 = time.perf_counter()
    window = MainWindow(session)
    window.show()
    gui.wait(lambda: watch.done_at is not None, 60, "case rows painted")
    gui.app.removeEventFilter(watch)
    result["unlock_once_ms"] = (watch.done_at - t0) * 1000
    gui.settle(300)
    result["memory"]["after_sign_in"] = proc_status()
    result["none_refs"]["after_sign_in"] = -gui.none_refs_lost()

    # -- measure 4: scroll All cases end to end --------------------------------------------
    window.nav.setCurrentRow(window.page_keys.index("all_cases"))
    page: Any = window.page("all_cases")
    table = page.table
    gui.settle(300)

    def scroll_now(label: str, prof: bool) -> dict[str, Any]:
        rows = page.model.rowCount()
        fetch_log.clear()
        before = gui.none_refs_lost()
        out = scroll_end_to_end(gui, table, window, args.scroll_passes, prof, label, fetch_log)
        out["rows"] = rows
        out["filter"] = page.status.currentText()
        out["fetches"] = [(o, round(ms, 3)) for o, ms in fetch_log]
        out["fetch_summary"] = summary([ms for _o, ms in fetch_log])
        out["none_refs_lost"] = gui.none_refs_lost() - before
        out["none_refs_lost_per_frame"] = out["none_refs_lost"] / max(1, out["frame_ms"]["n"])
        return out

    # The list as it opens (the "Open cases" filter), then every case ("All statuses").
    result["scroll"] = scroll_now("open", args.profile)
    page.status.setCurrentIndex(page.status.findData(None))
    gui.settle(300)
    result["scroll_all"] = scroll_now("all", args.profile)
    gui.settle(300)
    result["memory"]["after_scroll"] = proc_status()
    result["none_refs"]["after_scroll"] = -gui.none_refs_lost()

    # baseline scroll: as many rows through a computed model, same process, same window size
    base = baseline_window(gui, ComputedModel(result["scroll_all"]["rows"]))
    base.show()
    gui.settle(300)
    result["scroll_baseline"] = scroll_end_to_end(gui, base.table, None, 1, False, "baseline")
    base.close()
    base.deleteLater()
    gui.settle(100)

    # References for the searches and the cases to open, spread over the whole list.
    rows = page.model.rowCount()
    search_refs = [page.model.ref_at(i) for i in range(0, min(rows, 3000), 211)]
    open_refs = [page.model.ref_at(i) for i in range(0, rows, max(1, rows // 10))][:10]

    # -- measure 3: search as you type ------------------------------------------------------
    window.nav.setCurrentRow(window.page_keys.index("all_cases"))
    gui.settle(200)
    qs = make_queries(args.queries, [r for r in search_refs if r])
    result["search"] = search_as_you_type(gui, window, page, qs)
    if args.profile:
        result["search_profile"] = profile_search(session, qs)
    gui.settle(200)
    result["none_refs"]["after_search"] = -gui.none_refs_lost()

    # -- open 10 cases (for memory; the time of each is information) ----------------------
    opened = []
    for ref in [r for r in open_refs if r]:
        t = time.perf_counter()
        widget = window.open_case(ref, JUSTIFICATION)
        gui.app.processEvents()
        opened.append(
            {"ref": ref, "ok": widget is not None, "ms": (time.perf_counter() - t) * 1000}
        )
        window.idle.start()
    result["open_cases"] = opened
    result["open_cases_summary"] = summary([o["ms"] for o in opened])
    gui.settle(500)
    result["memory"]["after_searches_and_cases"] = proc_status()
    result["none_refs"]["after_cases"] = -gui.none_refs_lost()
    result["list_cases_total_calls"] = len(fetch_log)

    close_main_window(gui, window)
    gui.settle(200)
    result["memory"]["after_close"] = proc_status()
    result["none_guard"] = gui.none_guard
    return result


def search_as_you_type(
    gui: Gui, window: Any, page: Any, queries: list[dict[str, str]]
) -> dict[str, Any]:
    Qt = QtCore.Qt
    timer_type = QtCore.QEvent.Type.Timer
    debounce = page._debounce
    table = page.table

    class State(QtCore.QObject):
        def __init__(self) -> None:
            super().__init__()
            self.reset()

        def reset(self) -> None:
            self.timeouts: list[float] = []
            self.reset_at: float | None = None
            self.painted_at: float | None = None
            self.paint_armed = False

        def eventFilter(self, obj: Any, ev: Any) -> bool:
            t = ev.type()
            if obj is debounce and t == timer_type:
                self.timeouts.append(time.perf_counter())
            elif self.paint_armed and t == QtCore.QEvent.Type.Paint:
                self.paint_armed = False
                QtCore.QTimer.singleShot(0, self._painted)
            return False

        def _painted(self) -> None:
            self.painted_at = time.perf_counter()

        def on_reset(self) -> None:
            if self.timeouts and self.reset_at is None:
                self.reset_at = time.perf_counter()
                self.paint_armed = True

    state = State()
    debounce.installEventFilter(state)
    table.viewport().installEventFilter(state)
    page.model.modelReset.connect(state.on_reset)

    def type_query(text: str) -> dict[str, Any]:
        window.idle.start()
        page.search.setFocus()
        QtTest.QTest.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        state.reset()
        typed_at = time.perf_counter()
        QtTest.QTest.keyClicks(page.search, text)
        typed_end = time.perf_counter()
        gui.wait(lambda: state.painted_at is not None, 120, f"search '{text}'")
        gui.settle(20)
        t0 = state.timeouts[-1]
        assert state.reset_at is not None and state.painted_at is not None
        return {
            "text": text,
            "debounce_to_reset_ms": (state.reset_at - t0) * 1000,
            "debounce_to_painted_ms": (state.painted_at - t0) * 1000,
            "typing_ms": (typed_end - typed_at) * 1000,
            "last_key_to_painted_ms": (state.painted_at - typed_end) * 1000,
            "debounce_fired": len(state.timeouts),
            "last_search_ms": page.last_search_ms,
            "hits": page.model.rowCount(),
        }

    type_query("Taylor")  # warm-up (the first search of a session, reported separately)
    warm = type_query("Jones")
    runs = []
    for q in queries:
        r = type_query(q["text"])
        r["kind"] = q["kind"]
        runs.append(r)
    page.model.modelReset.disconnect(state.on_reset)
    debounce.removeEventFilter(state)
    table.viewport().removeEventFilter(state)
    by_kind: dict[str, list[float]] = {}
    for r in runs:
        by_kind.setdefault(r["kind"], []).append(r["debounce_to_reset_ms"])
    return {
        "warmup": warm,
        "runs": runs,
        "summary": summary([r["debounce_to_reset_ms"] for r in runs]),
        "to_painted_summary": summary([r["debounce_to_painted_ms"] for r in runs]),
        "by_kind": {k: summary(v) for k, v in by_kind.items()},
        "over_goal": [
            {"text": r["text"], "kind": r["kind"], "ms": round(r["debounce_to_reset_ms"], 1)}
            for r in runs
            if r["debounce_to_reset_ms"] > GOALS["search"]
        ],
    }


def profile_search(session: Any, queries: list[dict[str, str]]) -> dict[str, Any]:
    """The search work itself (it runs in the thread pool in the window, so cProfile sees it
    only when called directly): Session.search for every query, on this thread."""
    import cProfile
    import io
    import pstats

    prof = cProfile.Profile()
    times: list[dict[str, Any]] = []
    for q in queries:
        t = time.perf_counter()
        prof.enable()
        session.cases.search(q["text"], limit=200)
        prof.disable()
        times.append({"text": q["text"], "ms": (time.perf_counter() - t) * 1000})
    text = io.StringIO()
    stats = pstats.Stats(prof, stream=text)
    stats.sort_stats("tottime").print_stats(20)
    path = OUT_DIR / "gui-profile-search.txt"
    path.write_text(text.getvalue())
    return {"file": str(path), "direct_ms": summary([t["ms"] for t in times]), "runs": times}


def phase_memory_baseline() -> dict[str, Any]:
    """A bare Qt application's resident memory with a window like the application's."""
    gui = Gui()
    ComputedModel = computed_model_class()
    window = baseline_window(gui, ComputedModel(DEFAULT_CASES))
    window.show()
    gui.settle(500)
    return {"rss": proc_status()}
