"""An import killed with SIGKILL at any point leaves the vault exactly as it was before:
the database intact, the audit chain verifying, and none of the bundle's records; the same
bundle then imports completely."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from securedesk.core.session import Session
from securedesk.transfer.bundle_export import export_bundle

from .conftest import TRANSFER_PASS, add_full_case, make_site

HERE = Path(__file__).resolve().parent


def state(folder: Path) -> tuple[str, bool, int, int, int]:
    with Session.sign_in(folder, "admin", "admin passphrase for tests") as s:
        conn = s.vault.conn
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        chain = s.audit.verify().ok
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        items = conn.execute("SELECT count(*) FROM items").fetchone()[0]
        bundles = conn.execute("SELECT count(*) FROM incoming_bundles").fetchone()[0]
        return integrity, chain, cases, items, bundles


def run_until(folder: Path, bundle: Path, passfile: Path, stop_after: int | None) -> str:
    """Start the import; SIGKILL it after `stop_after` lines of progress (None: let it end)."""
    child = subprocess.Popen(
        [
            sys.executable,
            str(HERE / "import_child.py"),
            str(folder),
            "tess",
            str(passfile),
            str(bundle),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    last = ""
    for seen, line in enumerate(child.stdout, start=1):
        last = line.strip()
        if stop_after is not None and seen >= stop_after:
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=120)
    if stop_after is None:
        assert child.returncode == 0, child.stderr.read() if child.stderr else ""
    return last


@pytest.mark.slow
def test_import_killed_at_any_point_leaves_the_vault_unchanged(tmp_path: Path) -> None:
    a = make_site(tmp_path / "a" / "vault", "a", binding=False)
    b = make_site(tmp_path / "b" / "vault", "b", binding=False)
    a.trust(b)
    b.trust(a)
    refs = [
        add_full_case(a, f"Person{n} Example", attachment=b"%PDF-1.4\n" + bytes([n]) * 300_000)
        for n in range(6)
    ]
    bundle = tmp_path / "to-b.sdbundle"
    with a.as_user("tess") as s:
        export_bundle(s, recipients=[b.fingerprint()], case_refs=refs, out=bundle)
    passfile = tmp_path / "pass.txt"
    passfile.write_text(TRANSFER_PASS + "\n")
    pristine = tmp_path / "pristine"
    shutil.copytree(b.folder, pristine)
    before = state(b.folder)
    assert before[:2] == ("ok", True) and before[2:] == (0, 0, 0)

    # How many progress lines a full import prints, in a copy.
    probe = tmp_path / "probe"
    shutil.copytree(pristine, probe)
    child = subprocess.run(
        [
            sys.executable,
            str(HERE / "import_child.py"),
            str(probe),
            "tess",
            str(passfile),
            str(bundle),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = len(child.stdout.splitlines())
    full = state(probe)
    assert full[2] == 6 and full[4] == 1
    assert lines > 20

    # Kill points: signed in, during verification, throughout decryption, and after the last
    # progress line (while the transaction commits).
    points = sorted({1, 2, 3, lines // 4, lines // 2, (3 * lines) // 4, lines - 2, lines - 1})
    for point in points:
        target = tmp_path / f"kill-{point}"
        shutil.copytree(pristine, target)
        run_until(target, bundle, passfile, point)
        after = state(target)
        assert after[:2] == ("ok", True), point
        # All of the bundle or none of it, never part.
        assert after[2:] in ((0, 0, 0), full[2:]), (point, after)
        if point < lines - 2:  # still decrypting: the transaction cannot have committed
            assert after[2:] == (0, 0, 0), point
        # And it imports in full afterwards.
        if after[2:] == (0, 0, 0):
            run_until(target, bundle, passfile, None)
            assert state(target)[2:] == full[2:], point
