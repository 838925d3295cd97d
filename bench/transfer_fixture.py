"""The transfer benchmark's source vaults: build and cache them, and read what runs need of them."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

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
from securedesk.transfer.bundle_writer import PayloadCounts, record_files
from securedesk.transfer.identity import ensure_identity
from securedesk.transfer.records import canonical_json, case_records
from securedesk.transfer.trust_store import TrustStore

BENCH = Path(__file__).resolve().parent
SCRIPT = BENCH / "transfer_bench.py"  # what child() runs
OUT = BENCH / "out" / "transfer"
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)  # invented data only
PASSPHRASE = "invented people only"
ADMIN, OFFICER = "admin", "tess"
OWNERS = ("officer01", "officer02", "officer03", "officer04")
SEED = 20260101
TODAY = date(2026, 1, 15)


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
                    demo.add_to(
                        store,
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


def child(mode: str, *args: str) -> str:
    """Run transfer_bench.py in a fresh process; its last line of output is returned."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    done = subprocess.run(
        [sys.executable, str(SCRIPT), f"--child={mode}", *args],
        check=True,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    lines = done.stdout.strip().splitlines()
    return lines[-1] if lines else ""


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
