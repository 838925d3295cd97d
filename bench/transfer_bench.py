"""Transfer bundles: export, verify and import timed beside tar | age + minisign, and the peak
memory of export and import as the bundle grows. Invented data only.

    python bench/transfer_bench.py            # 1,000 cases, ~100,000 items, 500 MB (~15 min)
    python bench/transfer_bench.py --quick    # 100 cases, ~10,000 items, 50 MB (about 1 min)

The source vaults are built in a child process with SQLCipher's cipher_memory_security off
(`database.build_invented_data_only`: invented data only) and cached in bench/out/transfer/,
keyed by their parameters. Everything measured runs with memory security ON, as shipped: the
timing in this process, the memory runs each in a fresh child process. See
bench/transfer_README.md for what is measured and the latest figures.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import json
import os
import platform
import pstats
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlcipher3
from pyrage import x25519

from securedesk.core.access import Role
from securedesk.core.audit import chain as audit
from securedesk.core.audit.chain import Category
from securedesk.core.cases.case_store import Attachment
from securedesk.core.domain import new_id
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.core.vault import database
from securedesk.core.vault import folder as vault_module
from securedesk.core.vault.kdf import KdfParams
from securedesk.demo.invented_data import generate
from securedesk.transfer.bundle_export import export_bundle
from securedesk.transfer.bundle_import import check_bundle, import_bundle
from securedesk.transfer.bundle_writer import PayloadCounts, record_files
from securedesk.transfer.identity import ensure_identity
from securedesk.transfer.records import canonical_json, case_records
from securedesk.transfer.trust_store import TrustStore

HERE = Path(__file__).resolve()
OUT = HERE.parent / "out" / "transfer"
RESULTS = HERE.parent / "out" / "transfer_results.json"
RESULTS_QUICK = HERE.parent / "out" / "transfer_results-quick.json"  # --quick: apart
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)  # invented data only
PASSPHRASE = "invented people only"
ADMIN, OFFICER = "admin", "tess"
OWNERS = ("officer01", "officer02", "officer03", "officer04")
SEED = 20260101
TODAY = date(2026, 1, 15)
ATTACHMENT_BYTES = 500_000  # 500 kB each, random after a "%PDF-1.4" line: incompressible
GOAL_RATIO = 1.5
GOAL_PEAK_MIB = 250.0


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise SystemExit(f"'{name}' is not installed; the baseline needs tar, age and minisign.")
    return path


# --- the source vaults --------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """One cached pair of terminals: A (sender, filled) and B (recipient, empty), trusting
    each other; for timing also the baseline's input files written from A."""

    cases: int
    items_per_case: float
    attachments_per_case: int
    attachment_bytes: int
    baseline_files: bool

    @property
    def folder(self) -> Path:
        return OUT / (
            f"src-c{self.cases}-i{self.items_per_case:g}-a{self.attachments_per_case}"
            f"x{self.attachment_bytes}{'-b' if self.baseline_files else ''}"
        )

    @property
    def vault_a(self) -> Path:
        return self.folder / "a"

    @property
    def vault_b_empty(self) -> Path:
        return self.folder / "b-empty"

    @property
    def baseline_input(self) -> Path:
        return self.folder / "baseline-input"

    @property
    def meta(self) -> Path:
        return self.folder / "meta.json"

    def args(self) -> list[str]:
        return [
            f"--cases={self.cases}",
            f"--items-per-case={self.items_per_case:g}",
            f"--attachments-per-case={self.attachments_per_case}",
            f"--attachment-bytes={self.attachment_bytes}",
            *(["--baseline-files"] if self.baseline_files else []),
        ]


def make_terminal(folder: Path, name: str) -> None:
    admin = Session.create_vault(
        folder,
        admin=ADMIN,
        passphrase=PASSPHRASE,
        terminal_binding=False,
        kdf_params=FAST_KDF,
        terminal_name=f"Benchmark terminal {name}",
        organisation="Invented County Council",
    )
    try:
        admin.users.add_user(OFFICER, [Role.TRANSFER, Role.OFFICER], PASSPHRASE, Marking.SECRET)
        for owner in OWNERS:
            admin.users.add_user(owner, [Role.OFFICER], PASSPHRASE, Marking.SECRET)
        ensure_identity(admin)
    finally:
        admin.lock()
    with Session.sign_in(folder, OFFICER, PASSPHRASE) as officer:
        officer.users.change_own_passphrase(PASSPHRASE)


def trust(folder: Path, other: Path) -> None:
    with Session.sign_in(other, ADMIN, PASSPHRASE) as s:
        card = ensure_identity(s).card().to_bytes()
    with Session.sign_in(folder, ADMIN, PASSPHRASE) as s:
        TrustStore(s).add(card, date.today() + timedelta(days=365), Marking.SECRET)


def fill(folder: Path, src: Source) -> dict[str, Any]:
    """Invented cases (demo generator) with random attachments, in batches of 100 cases."""
    rng = random.Random(SEED)
    counts = {"cases": 0, "items": 0, "attachments": 0, "attachment_bytes": 0}
    with Session.sign_in(folder, ADMIN, PASSPHRASE) as admin:
        store, conn = admin.store, admin.vault.conn
        version = admin.framework.version
        generator = generate(SEED, src.cases, OWNERS, TODAY, src.items_per_case)
        while counts["cases"] < src.cases:
            now = audit.now_utc()
            with database.transaction(conn):
                for demo in generator:
                    store.add_case_with_records(
                        demo.case,
                        demo.people,
                        demo.links,
                        demo.items,
                        demo.chronology,
                        demo.actions,
                        demo.assessments,
                        recorded_by=ADMIN,
                        framework_version=version,
                        now=now,
                    )
                    for k in range(src.attachments_per_case):
                        data = b"%PDF-1.4\n" + rng.randbytes(src.attachment_bytes - 9)
                        attachment = Attachment(
                            id=new_id(),
                            case_id=demo.case.id,
                            name=f"letter-{k + 1}.pdf",
                            media_type="application/pdf",
                            size=len(data),
                            sha256=hashlib.sha256(data).hexdigest(),
                        )
                        store.add_attachment(attachment, data, ADMIN, now)
                        counts["attachments"] += 1
                        counts["attachment_bytes"] += len(data)
                    counts["cases"] += 1
                    counts["items"] += len(demo.items)
                    if counts["cases"] % 100 == 0:
                        break
                audit.record(
                    conn,
                    user=ADMIN,
                    category=Category.COLLECTION,
                    action="invented demo data added",
                    object_type="vault",
                    object_id=admin.vault.vault_id,
                    details={"cases": counts["cases"], "benchmark": "transfer"},
                )
        with database.transaction(conn):
            store.optimize_search()
    return counts


def write_baseline_input(src: Source) -> dict[str, Any]:
    """The records as the exporter writes them (JSON Lines, 8 MiB files) and every attachment
    as a file named by its SHA-256: the same content as the bundle's payload."""
    target = src.baseline_input
    (target / "records").mkdir(parents=True)
    (target / "attachments").mkdir()
    counts = PayloadCounts()
    files = 0
    with Session.sign_in(src.vault_a, OFFICER, PASSPHRASE) as s:
        conn = s.vault.conn
        case_ids = [r[0] for r in conn.execute("SELECT id FROM cases ORDER BY ref")]
        attachments: dict[str, str] = {}

        def lines() -> Iterator[bytes]:
            for case_id in case_ids:
                for record in case_records(conn, case_id):
                    if record["type"] == "attachment":
                        attachments.setdefault(record["sha256"], record["id"])
                    yield canonical_json(record)

        for name, data in record_files(lines(), counts):
            (target / name).write_bytes(data)
            files += 1
        for sha, attachment_id in attachments.items():
            (target / "attachments" / sha).write_bytes(s.store.attachment_data(attachment_id))
    size = sum(p.stat().st_size for p in target.rglob("*") if p.is_file())
    return {"record_files": files, "records": counts.records, "files_bytes": size}


def baseline_keys(folder: Path) -> dict[str, str]:
    """An unencrypted minisign key (minisign -G -W) and an age identity for the baseline."""
    minisign = tool("minisign")
    subprocess.run(
        [
            minisign,
            "-G",
            "-W",
            "-p",
            str(folder / "minisign.pub"),
            "-s",
            str(folder / "minisign.key"),
        ],
        check=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
    )
    identity = x25519.Identity.generate()
    recipient = str(identity.to_public())
    (folder / "age-identity.txt").write_text(f"# public key: {recipient}\n{identity}\n")
    return {"age_recipient": recipient}


def build(src: Source) -> None:
    """Child process: invented data only, so memory security stays off here."""
    database.build_invented_data_only()
    vault_module.default_kdf_params = lambda: FAST_KDF  # type: ignore[assignment]
    started = time.perf_counter()
    shutil.rmtree(src.folder, ignore_errors=True)
    src.folder.mkdir(parents=True)
    make_terminal(src.vault_a, "A")
    make_terminal(src.vault_b_empty, "B")
    trust(src.vault_a, src.vault_b_empty)
    trust(src.vault_b_empty, src.vault_a)
    counts = fill(src.vault_a, src)
    filled = time.perf_counter() - started
    meta: dict[str, Any] = {"source": asdict(src), **counts, "fill_seconds": round(filled, 1)}
    if src.baseline_files:
        meta.update(write_baseline_input(src))
        meta.update(baseline_keys(src.folder))
    with Session.sign_in(src.vault_a, ADMIN, PASSPHRASE) as s:
        meta["records_total"] = sum(
            s.vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("cases", "people", "items", "assessments", "actions", "attachments")
        )
    meta["vault_a_bytes"] = folder_bytes(src.vault_a)
    meta["build_seconds"] = round(time.perf_counter() - started, 1)
    meta["built"] = datetime.now(UTC).isoformat(timespec="seconds")
    src.meta.write_text(json.dumps(meta, indent=2) + "\n")


def ensure_built(src: Source, rebuild: bool) -> dict[str, Any]:
    if rebuild or not src.meta.exists():
        print(
            f"building {src.folder.name} in a child process (memory security off) ...", flush=True
        )
        started = time.perf_counter()
        child("build", *src.args())
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    meta: dict[str, Any] = json.loads(src.meta.read_text())
    return meta


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def fresh_copy(template: Path, target: Path) -> Path:
    """A new recipient vault: the empty trusted template copied while no session is open."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(template, target)
    return target


def warm(*folders: Path) -> None:
    """Read every file once so the page cache holds it for both sides."""
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                with path.open("rb") as f:
                    while f.read(1 << 22):
                        pass


def case_refs(vault: Path, limit: int | None = None) -> list[str]:
    with Session.sign_in(vault, OFFICER, PASSPHRASE) as s:
        rows = s.vault.conn.execute("SELECT ref FROM cases ORDER BY ref").fetchall()
    refs = [r[0] for r in rows]
    return refs if limit is None else refs[:limit]


def fingerprint_of(vault: Path) -> str:
    with Session.sign_in(vault, OFFICER, PASSPHRASE) as s:
        return ensure_identity(s).fingerprint


def memory_security_on(vault: Path) -> bool:
    """What SQLCipher reports on a vault connection opened by this process."""
    with Session.sign_in(vault, OFFICER, PASSPHRASE) as s:
        value = s.vault.conn.execute("PRAGMA cipher_memory_security").fetchone()[0]
    return str(value) == "1"


# --- SecureDesk's side ----------------------------------------------------------------------


def sd_export(vault: Path, to: str, refs: list[str], out: Path) -> Any:
    out.unlink(missing_ok=True)
    with Session.sign_in(vault, OFFICER, PASSPHRASE) as s:
        gc.collect()
        start = time.perf_counter()
        result = export_bundle(s, recipients=[to], case_refs=refs, out=out)
        return time.perf_counter() - start, result


def sd_check(vault: Path, bundle: Path) -> float:
    with Session.sign_in(vault, OFFICER, PASSPHRASE) as s:
        gc.collect()
        start = time.perf_counter()
        check = check_bundle(s, bundle)
        elapsed = time.perf_counter() - start
    assert check.addressed_here
    return elapsed


def sd_import(vault: Path, bundle: Path) -> tuple[float, Any]:
    with Session.sign_in(vault, OFFICER, PASSPHRASE) as s:
        gc.collect()
        start = time.perf_counter()
        outcome = import_bundle(s, bundle)
        elapsed = time.perf_counter() - start
    assert outcome.imported, outcome.message
    return elapsed, outcome


# --- the baseline: tar | age, minisign ------------------------------------------------------


def bl_export(src: Source, out: Path) -> float:
    """tar -c (JSONL + attachments) | age -r RECIPIENT -o out.age; minisign -S -s KEY -m out.age."""
    recipient = json.loads(src.meta.read_text())["age_recipient"]
    out.unlink(missing_ok=True)
    Path(f"{out}.minisig").unlink(missing_ok=True)
    start = time.perf_counter()
    tar = subprocess.Popen(
        [tool("tar"), "-cf", "-", "-C", str(src.baseline_input), "records", "attachments"],
        stdout=subprocess.PIPE,
    )
    age = subprocess.Popen([tool("age"), "-r", recipient, "-o", str(out)], stdin=tar.stdout)
    assert tar.stdout is not None
    tar.stdout.close()
    if age.wait() != 0 or tar.wait() != 0:
        raise RuntimeError("tar | age failed")
    subprocess.run(
        [tool("minisign"), "-S", "-s", str(src.folder / "minisign.key"), "-m", str(out)],
        check=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def bl_fsync(out: Path) -> float:
    """Detail: what an fsync of the baseline's output costs (SecureDesk fsyncs its bundle)."""
    start = time.perf_counter()
    for path in (out, Path(f"{out}.minisig")):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    return time.perf_counter() - start


def bl_verify(src: Source, out: Path) -> float:
    pub = (src.folder / "minisign.pub").read_text().splitlines()[-1]
    start = time.perf_counter()
    subprocess.run(
        [tool("minisign"), "-Vm", str(out), "-P", pub], check=True, stdout=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def bl_import(src: Source, out: Path, target: Path) -> float:
    """minisign -Vm out.age -P KEY; age -d -i ID out.age | tar -x -C dir."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    pub = (src.folder / "minisign.pub").read_text().splitlines()[-1]
    start = time.perf_counter()
    subprocess.run(
        [tool("minisign"), "-Vm", str(out), "-P", pub], check=True, stdout=subprocess.DEVNULL
    )
    age = subprocess.Popen(
        [tool("age"), "-d", "-i", str(src.folder / "age-identity.txt"), str(out)],
        stdout=subprocess.PIPE,
    )
    tar = subprocess.Popen([tool("tar"), "-xf", "-", "-C", str(target)], stdin=age.stdout)
    assert age.stdout is not None
    age.stdout.close()
    if tar.wait() != 0 or age.wait() != 0:
        raise RuntimeError("age -d | tar -x failed")
    return time.perf_counter() - start


# --- timing ---------------------------------------------------------------------------------


def timing(src: Source, meta: dict[str, Any], runs: int) -> dict[str, Any]:
    work = OUT / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    bundle, bl_out = work / "bench.sdbundle", work / "out.age"
    to = fingerprint_of(src.vault_b_empty)
    refs = case_refs(src.vault_a)
    warm(src.vault_a, src.baseline_input)
    times: dict[str, list[float]] = {
        k: []
        for k in ("export", "bl_export", "bl_fsync", "check", "bl_verify", "import", "bl_import")
    }
    info: dict[str, Any] = {}
    for run in range(runs):
        # The order alternates between runs, so neither side always goes first.
        for side in ("sd", "bl") if run % 2 == 0 else ("bl", "sd"):
            if side == "sd":
                elapsed, result = sd_export(src.vault_a, to, refs, bundle)
                times["export"].append(elapsed)
                info["bundle_bytes"] = result.file_size
                info["bundle_records"] = result.records
                info["bundle_attachments"] = result.attachments
            else:
                times["bl_export"].append(bl_export(src, bl_out))
                times["bl_fsync"].append(bl_fsync(bl_out))
                info["baseline_bytes"] = bl_out.stat().st_size
        print(
            f"  run {run + 1}: export {times['export'][-1]:.1f} s, "
            f"baseline {times['bl_export'][-1]:.1f} s",
            flush=True,
        )
    for run in range(runs):
        target = fresh_copy(src.vault_b_empty, work / "b")
        extract = work / "extract"
        for side in ("sd", "bl") if run % 2 == 0 else ("bl", "sd"):
            if side == "sd":
                times["check"].append(sd_check(target, bundle))
                elapsed, outcome = sd_import(target, bundle)
                times["import"].append(elapsed)
                info["import_totals"] = outcome.preview.to_json()["totals"]
                with Session.sign_in(target, OFFICER, PASSPHRASE) as s:
                    n = s.vault.conn.execute("SELECT count(*) FROM cases").fetchone()[0]
                assert n == meta["cases"], (n, meta["cases"])
                info["vault_b_bytes_after_import"] = folder_bytes(target)
            else:
                times["bl_verify"].append(bl_verify(src, bl_out))
                times["bl_import"].append(bl_import(src, bl_out, extract))
                got = sum(1 for _ in (extract / "attachments").iterdir())
                assert got == meta["attachments"], (got, meta["attachments"])
        shutil.rmtree(target)
        shutil.rmtree(extract, ignore_errors=True)
        print(
            f"  run {run + 1}: check {times['check'][-1]:.1f} s, "
            f"verify {times['bl_verify'][-1]:.1f} s; import {times['import'][-1]:.1f} s, "
            f"baseline {times['bl_import'][-1]:.1f} s",
            flush=True,
        )
    info["bundle_path"] = str(bundle)
    return {"seconds": times, **info}


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
    """Child process, invented data only: one export and one import with memory security OFF,
    to separate its cost from the rest (not the product as shipped)."""
    database.build_invented_data_only()
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


def child(mode: str, *args: str) -> str:
    """Run this script in a fresh process; its last line of output is returned."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    done = subprocess.run(
        [sys.executable, str(HERE), f"--child={mode}", *args],
        check=True,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    lines = done.stdout.strip().splitlines()
    return lines[-1] if lines else ""


# --- profile (when a goal is missed) ---------------------------------------------------------


def profile(src: Source, what: str, memory_security: bool) -> None:
    """cProfile of one export or import, top functions to a file. Memory security is on as
    shipped unless `memory_security` is False (invented data only, to see what remains)."""
    if not memory_security:
        database.build_invented_data_only()
    work = OUT / "work"
    work.mkdir(parents=True, exist_ok=True)
    bundle = work / f"profile-{src.folder.name}.sdbundle"
    to = fingerprint_of(src.vault_b_empty)
    refs = case_refs(src.vault_a)
    warm(src.vault_a)
    profiler = cProfile.Profile()
    if what == "export":
        bundle.unlink(missing_ok=True)
        with Session.sign_in(src.vault_a, OFFICER, PASSPHRASE) as s:
            profiler.enable()
            export_bundle(s, recipients=[to], case_refs=refs, out=bundle)
            profiler.disable()
    else:
        if not bundle.exists() or bundle.stat().st_mtime < src.meta.stat().st_mtime:
            sd_export(src.vault_a, to, refs, bundle)
        target = fresh_copy(src.vault_b_empty, work / "b-profile")
        with Session.sign_in(target, OFFICER, PASSPHRASE) as s:
            profiler.enable()
            import_bundle(s, bundle)
            profiler.disable()
        shutil.rmtree(target)
    suffix = "" if memory_security else "-memsec-off"
    report = HERE.parent / "out" / f"transfer-profile-{what}{suffix}.txt"
    with report.open("w") as f:
        stats = pstats.Stats(profiler, stream=f)
        stats.sort_stats("tottime").print_stats(40)
        stats.sort_stats("cumulative").print_stats(60)
    print(f"profile of {what}: {report}")


# --- the tables -----------------------------------------------------------------------------


def render(headers: list[str], rows: list[list[str]], right: set[int]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return " | ".join(
            c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(cells)
        ).rstrip()

    sep = "-+-".join("-" * w for w in widths)
    return "\n".join([line(headers), sep, *(line(r) for r in rows)])


def time_rows(
    t: dict[str, list[float]], diag: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    med = {k: statistics.median(v) for k, v in t.items()}
    best = {k: min(v) for k, v in t.items()}
    rows = []
    for label, sd, bl, goal in (
        ("export (export_bundle)", "export", "bl_export", True),
        ("verify alone (check_bundle)", "check", "bl_verify", False),
        ("import (import_bundle, incl. verify)", "import", "bl_import", True),
    ):
        ratio = med[sd] / med[bl]
        rows.append(
            {
                "measure": label,
                "securedesk_median_s": round(med[sd], 2),
                "securedesk_best_s": round(best[sd], 2),
                "baseline_median_s": round(med[bl], 2),
                "baseline_best_s": round(best[bl], 2),
                "ratio": round(ratio, 2),
                "goal": f"<= {GOAL_RATIO}x" if goal else "(detail)",
                "met": (ratio <= GOAL_RATIO) if goal else None,
            }
        )
    for label, key, bl in (
        ("export", "export", "bl_export"),
        ("verify alone", "check", "bl_verify"),
        ("import", "import", "bl_import"),
    ):
        if diag is None:
            break
        rows.append(
            {
                "measure": f"  diagnostic: {label}, memory security OFF (1 run)",
                "securedesk_median_s": diag[key],
                "securedesk_best_s": None,
                "baseline_median_s": round(med[bl], 2),
                "baseline_best_s": None,
                "ratio": round(diag[key] / med[bl], 2),
                "goal": "(not as shipped)",
                "met": None,
            }
        )
    rows.append(
        {
            "measure": "  detail: fsync of the baseline's out.age",
            "securedesk_median_s": None,
            "securedesk_best_s": None,
            "baseline_median_s": round(med["bl_fsync"], 2),
            "baseline_best_s": round(best["bl_fsync"], 2),
            "ratio": None,
            "goal": "(not in the ratio)",
            "met": None,
        }
    )
    return rows


def time_table(rows: list[dict[str, Any]]) -> str:
    def s(v: float | None) -> str:
        return "-" if v is None else f"{v:,.2f}"

    body = [
        [
            r["measure"],
            s(r["securedesk_median_s"]),
            s(r["securedesk_best_s"]),
            s(r["baseline_median_s"]),
            s(r["baseline_best_s"]),
            "-" if r["ratio"] is None else f"{r['ratio']:.2f}x",
            r["goal"],
            "-" if r["met"] is None else ("yes" if r["met"] else f"NO: {r['ratio']:.2f}x"),
        ]
        for r in rows
    ]
    headers = [
        "measure (s)",
        "SecureDesk median",
        "best",
        "baseline median",
        "best",
        "ratio",
        "goal",
        "met?",
    ]
    return render(headers, body, {1, 2, 3, 4, 5})


def memory_table(rows: list[dict[str, Any]]) -> str:
    headers = ["", *(f"{r['export']['bundle_bytes'] / 1e6:,.0f} MB bundle" for r in rows)]
    cases = [
        "cases / records",
        *(f"{r['export']['cases']} / {r['export']['records']:,}" for r in rows),
    ]
    lines = [cases]
    for side in ("export", "import"):
        lines.append(
            [
                f"{side}: RSS after sign-in (MiB)",
                *(f"{r[side]['rss_after_sign_in_mib']:.0f}" for r in rows),
            ]
        )
        lines.append([f"{side}: peak RSS (MiB)", *(f"{r[side]['peak_mib']:.0f}" for r in rows)])
        lines.append(
            [f"{side}: ru_maxrss (MiB, see README)"]
            + [f"{r[side]['ru_maxrss_mib']:.0f}" for r in rows]
        )
        lines.append([f"{side}: time (s)", *(f"{r[side]['seconds']:.0f}" for r in rows)])
    top = max(max(r["export"]["peak_mib"], r["import"]["peak_mib"]) for r in rows)
    verdict = "yes" if top <= GOAL_PEAK_MIB else f"NO: {top:.0f} MiB"
    lines.append(
        [f"goal: peak <= {GOAL_PEAK_MIB:.0f} MiB, flat", verdict, *([""] * (len(rows) - 1))]
    )
    return render(headers, lines, set(range(1, len(headers))))


# --- main -----------------------------------------------------------------------------------


def sources(quick: bool) -> tuple[Source, Source]:
    """(timing, memory): the memory vault holds twice the attachment bytes per case and fewer
    items, so that exporting a quarter, half and all of its cases gives ~250 MB, ~500 MB and
    ~1 GB bundles (1/10 of that with --quick)."""
    cases = 100 if quick else 1000
    timing_src = Source(cases, 101.0, 1, ATTACHMENT_BYTES, True)
    memory_src = Source(cases, 10.0, 2, ATTACHMENT_BYTES, False)
    return timing_src, memory_src


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="100 cases, ~10k items, 50 MB")
    parser.add_argument("--runs", type=int, default=2, help="timed runs of each side")
    parser.add_argument("--rebuild", action="store_true", help="build the source vaults anew")
    parser.add_argument("--no-timing", action="store_true")
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument(
        "--no-diagnostic",
        action="store_true",
        help="skip the export and import with memory security off (a child process)",
    )
    parser.add_argument(
        "--profile", choices=("export", "import"), help="cProfile one run instead (timing vault)"
    )
    parser.add_argument(
        "--profile-memory-security-off",
        action="store_true",
        help="with --profile: memory security off (invented data only), to see what remains",
    )
    # Internal: the child processes.
    parser.add_argument(
        "--child", choices=("build", "memory-export", "memory-import", "diagnostic")
    )
    parser.add_argument("--cases", type=int)
    parser.add_argument("--items-per-case", type=float)
    parser.add_argument("--attachments-per-case", type=int)
    parser.add_argument("--attachment-bytes", type=int)
    parser.add_argument("--baseline-files", action="store_true")
    parser.add_argument("--n-cases", type=int)
    parser.add_argument("--bundle", type=Path)
    args = parser.parse_args()

    if args.child:
        if args.child.startswith("memory") and not reset_peak():
            raise SystemExit("cannot reset the peak RSS (/proc/self/clear_refs)")
        src = Source(
            args.cases,
            args.items_per_case,
            args.attachments_per_case,
            args.attachment_bytes,
            args.baseline_files,
        )
        if args.child == "build":
            build(src)
        elif args.child == "diagnostic":
            print(json.dumps(diagnostic(src)))
        elif args.child == "memory-export":
            print(json.dumps(memory_export(src, args.n_cases, args.bundle)))
        else:
            print(json.dumps(memory_import(src, args.bundle)))
        return 0

    started = time.perf_counter()
    timing_src, memory_src = sources(args.quick)
    if args.profile:
        ensure_built(timing_src, args.rebuild)
        profile(timing_src, args.profile, not args.profile_memory_security_off)
        return 0
    report: dict[str, Any] = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores (shared), Python "
        f"{platform.python_version()}, SQLCipher {sqlcipher3.sqlite_version}",
        "quick": args.quick,
        "runs": args.runs,
        "memory_security_in_measuring_processes": True,
    }
    if not args.no_timing:
        meta = ensure_built(timing_src, args.rebuild)
        report["timing_source"] = meta
        print(
            f"timing: {meta['cases']:,} cases, {meta['items']:,} items, {meta['attachments']:,} "
            f"attachments ({meta['attachment_bytes'] / 1e6:,.0f} MB); memory security "
            f"{'ON' if memory_security_on(timing_src.vault_a) else 'OFF'} in this process",
            flush=True,
        )
        timed = timing(timing_src, meta, args.runs)
        if not args.no_diagnostic:
            print("diagnostic: export and import with memory security OFF (child) ...", flush=True)
            timed["diagnostic"] = json.loads(child("diagnostic", *timing_src.args()))
        report["timing"] = timed
        report["table"] = time_rows(timed["seconds"], timed.get("diagnostic"))
    if not args.no_memory:
        meta = ensure_built(memory_src, args.rebuild)
        report["memory_source"] = meta
        print(
            f"memory: {meta['cases']:,} cases, {meta['items']:,} items, "
            f"{meta['attachment_bytes'] / 1e6:,.0f} MB of attachments; one child per run",
            flush=True,
        )
        report["memory"] = memory(memory_src, (0.25, 0.5, 1.0))
    report["wall_seconds"] = round(time.perf_counter() - started, 1)
    # A run of one part keeps the other part of an earlier run of the same size.
    results = RESULTS_QUICK if args.quick else RESULTS
    previous = json.loads(results.read_text()) if results.exists() else {}
    if previous.get("quick") == args.quick:
        for part, keys in (
            ("timing", ("timing_source", "timing", "table")),
            ("memory", ("memory_source", "memory")),
        ):
            if part not in report and part in previous:
                report.update({k: previous[k] for k in keys if k in previous})
                report[f"{part}_date"] = previous.get(f"{part}_date", previous.get("date"))
    for part in ("timing", "memory"):
        report.setdefault(f"{part}_date", report["date"])
    results.write_text(json.dumps(report, indent=2) + "\n")

    print()
    print(f"Transfer bundles ({report['machine']}); measured with cipher_memory_security ON")
    if "table" in report:
        t = report["timing"]
        m = report["timing_source"]
        print(
            f"{m['cases']:,} cases, {m['items']:,} items, {t['bundle_records']:,} records, "
            f"{t['bundle_attachments']:,} attachments ({m['attachment_bytes'] / 1e6:,.0f} MB); "
            f"bundle {t['bundle_bytes'] / 1e6:,.1f} MB, baseline out.age "
            f"{t['baseline_bytes'] / 1e6:,.1f} MB; {len(t['seconds']['export'])} runs of each "
            f"({report['timing_date']})"
        )
        print(time_table(report["table"]))
    if "memory" in report:
        print()
        print(
            "Peak memory (a fresh child process per run, memory security ON; "
            f"{report['memory_date']})"
        )
        print(memory_table(report["memory"]))
    print(f"\nresults: {results} (wall time {report['wall_seconds']:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
