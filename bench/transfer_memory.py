"""Peak memory of export and import, one fresh child process per run; the diagnostic run."""

from __future__ import annotations

import gc
import json
import resource
import shutil
import time
from pathlib import Path
from typing import Any

from securedesk.core.session import Session
from securedesk.core.vault import database
from securedesk.transfer.bundle_export import export_bundle
from securedesk.transfer.bundle_import import import_bundle
from transfer_fixture import (
    OFFICER,
    OUT,
    PASSPHRASE,
    Source,
    case_refs,
    child,
    fingerprint_of,
    fresh_copy,
    memory_security_on,
)
from transfer_steps import sd_check, sd_export, sd_import

# --- memory: a fresh child per run -----------------------------------------------------------


def status_mib(field: str) -> float:
    """A /proc/self/status figure (VmRSS: now, VmHWM: peak since start or the last reset)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak() -> bool:
    """Reset this process's peak RSS (Linux >= 4.0). A child's ru_maxrss otherwise starts at
    the RSS of the process it was forked from (the kernel keeps the old image's high-water
    mark across exec), which here is the parent's, not the child's own."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def peaks() -> dict[str, float]:
    return {
        "peak_mib": round(status_mib("VmHWM"), 1),
        "ru_maxrss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def memory_export(src: Source, n_cases: int, bundle: Path) -> dict[str, Any]:
    """Child process (memory security on): sign in, then export the first n_cases cases."""
    to = fingerprint_of(src.vault_b_empty)
    refs = case_refs(src.vault_a, n_cases)
    bundle.unlink(missing_ok=True)
    with Session.sign_in(src.vault_a, OFFICER, PASSPHRASE) as s:
        gc.collect()
        before, before_peak = status_mib("VmRSS"), status_mib("VmHWM")
        start = time.perf_counter()
        result = export_bundle(s, recipients=[to], case_refs=refs, out=bundle)
        elapsed = time.perf_counter() - start
    return {
        "cases": n_cases,
        "bundle_bytes": result.file_size,
        "attachment_bytes": result.counts.get("attachment_bytes", 0),
        "records": result.records,
        "rss_after_sign_in_mib": round(before, 1),
        "peak_before_mib": round(before_peak, 1),
        **peaks(),
        "seconds": round(elapsed, 1),
        "memory_security": memory_security_on(src.vault_a),
    }


def memory_import(src: Source, bundle: Path) -> dict[str, Any]:
    """Child process (memory security on): a fresh recipient vault imports the bundle."""
    target = fresh_copy(src.vault_b_empty, OUT / "work" / "b-memory")
    reset_peak()  # the copy above is not the import's
    try:
        with Session.sign_in(target, OFFICER, PASSPHRASE) as s:
            gc.collect()
            before, before_peak = status_mib("VmRSS"), status_mib("VmHWM")
            start = time.perf_counter()
            outcome = import_bundle(s, bundle)
            elapsed = time.perf_counter() - start
        assert outcome.imported, outcome.message
    finally:
        shutil.rmtree(target, ignore_errors=True)
    return {
        "rss_after_sign_in_mib": round(before, 1),
        "peak_before_mib": round(before_peak, 1),
        **peaks(),
        "seconds": round(elapsed, 1),
        "memory_security": memory_security_on(src.vault_a),
    }


def diagnostic(src: Source) -> dict[str, Any]:
    """Child process, invented data only: one export and one import with memory security ON,
    as a site that turns the policy on has it (the product ships with it off)."""
    database.measure_with_memory_security()
    work = OUT / "work"
    bundle = work / "diagnostic.sdbundle"
    to = fingerprint_of(src.vault_b_empty)
    refs = case_refs(src.vault_a)
    export_s, _ = sd_export(src.vault_a, to, refs, bundle)
    target = fresh_copy(src.vault_b_empty, work / "b-diagnostic")
    check_s = sd_check(target, bundle)
    import_s, _ = sd_import(target, bundle)
    shutil.rmtree(target)
    bundle.unlink()
    return {
        "export": round(export_s, 2),
        "check": round(check_s, 2),
        "import": round(import_s, 2),
        "memory_security": memory_security_on(src.vault_a),
    }


def memory(src: Source, fractions: tuple[float, ...]) -> list[dict[str, Any]]:
    rows = []
    work = OUT / "work"
    work.mkdir(parents=True, exist_ok=True)
    for fraction in fractions:
        n = max(1, round(src.cases * fraction))
        bundle = work / f"memory-{n}.sdbundle"
        exp = json.loads(
            child("memory-export", *src.args(), f"--n-cases={n}", f"--bundle={bundle}")
        )
        imp = json.loads(child("memory-import", *src.args(), f"--bundle={bundle}"))
        bundle.unlink(missing_ok=True)
        rows.append({"export": exp, "import": imp})
        print(
            f"  {n} cases, {exp['bundle_bytes'] / 1e6:,.0f} MB bundle: export peak "
            f"{exp['peak_mib']:.0f} MiB ({exp['seconds']:.0f} s), import peak "
            f"{imp['peak_mib']:.0f} MiB ({imp['seconds']:.0f} s)",
            flush=True,
        )
    return rows
