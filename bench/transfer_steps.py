"""The measured steps: SecureDesk export, check, import; the tar | age + minisign baseline."""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

from securedesk.core.session import Session
from securedesk.transfer.bundle_export import export_bundle
from securedesk.transfer.bundle_import import check_bundle, import_bundle
from transfer_fixture import OFFICER, PASSPHRASE, Source, tool

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
