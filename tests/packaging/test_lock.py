"""The hash-pinned lock (packaging/requirements-py311-linux-x86_64.lock) matches
pyproject.toml: every runtime dependency is pinned within its range, with hashes, and the lock
is closed (everything a locked package needs on this platform is locked too).

Offline: the check reads the lock, pyproject.toml and the installed packages' metadata; only
packaging/lock-update, which regenerates the lock, needs a package index.
"""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
LOCK = ROOT / "packaging" / "requirements-py311-linux-x86_64.lock"
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\]+)")
HASH = re.compile(r"--hash=sha256:([0-9a-f]{64})\b")


def parse_lock(text: str) -> dict[str, tuple[Version, list[str]]]:
    """name -> (version, sha256 hashes), from pip-compile's output."""
    entries: dict[str, tuple[Version, list[str]]] = {}
    current = ""
    for line in text.splitlines():
        pin = PIN.match(line)
        if pin:
            current = canonicalize_name(pin.group(1))
            assert current not in entries, f"{current} pinned twice"
            entries[current] = (Version(pin.group(2)), [])
        elif line.startswith("    --hash=") and current:
            found = HASH.search(line)
            assert found, line
            entries[current][1].append(found.group(1))
        elif line.strip() and not line.lstrip().startswith("#"):
            pytest.fail(f"unexpected line in the lock: {line!r}")
    return entries


def runtime_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    return [Requirement(r) for r in project["dependencies"]]


def mismatches(lock: dict[str, tuple[Version, list[str]]]) -> list[str]:
    problems = []
    for req in runtime_requirements():
        name = canonicalize_name(req.name)
        if name not in lock:
            problems.append(f"{name} is a dependency in pyproject.toml but not in the lock")
        elif not req.specifier.contains(lock[name][0], prereleases=True):
            problems.append(f"{name}=={lock[name][0]} is outside pyproject.toml's {req.specifier}")
    for name, (version, hashes) in lock.items():
        if not hashes:
            problems.append(f"{name}=={version} has no --hash=sha256 line")
    return problems


def test_the_lock_matches_pyproject() -> None:
    lock = parse_lock(LOCK.read_text("utf-8"))
    assert mismatches(lock) == []
    assert "packaging/lock-update" in LOCK.read_text("utf-8")  # how to regenerate it


def test_the_lock_is_closed_over_what_each_locked_package_needs() -> None:
    """Each locked package installed here at its locked version: what its metadata requires
    on this platform (markers evaluated, no extras) is locked too."""
    lock = parse_lock(LOCK.read_text("utf-8"))
    checked = 0
    for name, (version, _hashes) in lock.items():
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        if Version(dist.version) != version:
            continue
        checked += 1
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue
            needed = canonicalize_name(req.name)
            assert needed in lock, f"{name} needs {needed}, which the lock lacks"
            assert req.specifier.contains(lock[needed][0], prereleases=True), (name, spec)
    assert checked >= len(runtime_requirements())  # the direct dependencies at least


def test_the_check_catches_a_lock_that_drifted() -> None:
    text = LOCK.read_text("utf-8")
    lock = parse_lock(text)
    assert any(
        "pyside6" in p for p in mismatches(dict(lock, pyside6=(Version("6.12.0"), ["0" * 64])))
    )
    without = {k: v for k, v in lock.items() if k != "keyring"}
    assert mismatches(without) == ["keyring is a dependency in pyproject.toml but not in the lock"]
    unhashed = dict(lock, reportlab=(lock["reportlab"][0], []))
    assert any("reportlab" in p and "no --hash" in p for p in mismatches(unhashed))
