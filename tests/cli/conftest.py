"""Driving the `securedesk` command in-process, so the autouse fixtures (memory keyring,
fast key derivation, private data folder) apply to every invocation."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from securedesk.cli.main import run
from securedesk.core.domain import CaseStatus, Person
from securedesk.core.markings import Marking
from securedesk.core.session import Session

from ..conftest import ADMIN_PASS, OFFICER_PASS, make_vault
from ..keyring_memory import MemoryKeyring


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def err_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


class Cli:
    """Runs `securedesk.cli.main.run(argv)` and captures what it printed."""

    def __init__(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        self._capsys = capsys
        self._secrets = tmp_path / "passphrases"
        self._secrets.mkdir()
        self._count = 0

    def passfile(self, passphrase: str) -> Path:
        """A file whose first line is `passphrase` (never a command-line argument)."""
        self._count += 1
        path = self._secrets / f"passphrase-{self._count}.txt"
        path.write_text(passphrase + "\n", encoding="utf-8")
        return path

    def __call__(self, *argv: str | Path) -> Result:
        self._capsys.readouterr()  # drop anything printed before this invocation
        try:
            code = run([str(a) for a in argv])
        except SystemExit as exc:  # argparse: --version, --help and usage errors
            code = exc.code if isinstance(exc.code, int) else 1
        out, err = self._capsys.readouterr()
        return Result(code, out, err)

    def signed_in(self, vault: Path, user: str, passphrase: str) -> list[str]:
        """The global options that sign `user` in to `vault`."""
        return [
            "--vault",
            str(vault),
            "--user",
            user,
            "--passphrase-file",
            str(self.passfile(passphrase)),
        ]

    def as_user(self, vault: Path, user: str, passphrase: str, *argv: str | Path) -> Result:
        return self(*self.signed_in(vault, user, passphrase), *argv)

    def as_admin(self, vault: Path, *argv: str | Path) -> Result:
        return self.as_user(vault, "admin", ADMIN_PASS, *argv)

    def as_olivia(self, vault: Path, *argv: str | Path) -> Result:
        return self.as_user(vault, "olivia", OFFICER_PASS, *argv)

    def as_oscar(self, vault: Path, *argv: str | Path) -> Result:
        return self.as_user(vault, "oscar", OFFICER_PASS, *argv)

    def audit_events(self, vault: Path, out: Path) -> list[dict[str, Any]]:
        """Every audit event, read through `audit export` as the administrator."""
        result = self.as_admin(vault, "audit", "export", "--out", out)
        assert result.code == 0, result.err
        return [json.loads(line) for line in out.read_text("utf-8").splitlines()]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    return Cli(capsys, tmp_path)


def assert_refused(result: Result, code: int, *words: str) -> None:
    """A failure as the command contract says: the exit code, one line on standard error
    naming what went wrong, no traceback, nothing on standard output."""
    assert result.code == code, (result.code, result.err)
    assert "Traceback" not in result.err
    assert len(result.err_lines) == 1, result.err
    line = result.err_lines[0]
    assert line.startswith("securedesk: "), line
    for word in words:
        assert word.lower() in line.lower(), (word, line)
    assert result.out == ""


@dataclass
class _Template:
    folder: Path
    keyring_entries: dict[tuple[str, str], str]


_TEMPLATES: list[_Template] = []


def copy_template_vault(dest: Path, memory_keyring: MemoryKeyring, base: Path) -> Path:
    """A copy of one make_vault() vault (admin, olivia, oscar; terminal binding on), built
    once per run and copied with its keyring entry: much quicker than a new one each time.
    Copies share a vault id, so a test that needs *another* vault calls make_vault()."""
    if not _TEMPLATES:
        folder = base / "template-vault"
        before = dict(memory_keyring.secrets)
        make_vault(folder)
        entries = {k: v for k, v in memory_keyring.secrets.items() if k not in before}
        _TEMPLATES.append(_Template(folder, entries))
        for key in entries:
            del memory_keyring.secrets[key]
    template = _TEMPLATES[0]
    shutil.copytree(template.folder, dest)
    (dest / "vault.lock").unlink(missing_ok=True)
    memory_keyring.secrets.update(template.keyring_entries)
    return dest


@pytest.fixture
def vault(
    vault_dir: Path, tmp_path_factory: pytest.TempPathFactory, memory_keyring: MemoryKeyring
) -> Path:
    """Overrides the shared `vault` fixture with a copy of the same vault."""
    base = tmp_path_factory.getbasetemp()
    return copy_template_vault(vault_dir, memory_keyring, base)


@pytest.fixture
def fresh_vault(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, memory_keyring: MemoryKeyring
) -> Callable[[str], Path]:
    def make(name: str) -> Path:
        return copy_template_vault(tmp_path / name, memory_keyring, tmp_path_factory.getbasetemp())

    return make


def seed_cases(vault: Path) -> dict[str, str]:
    """Four cases through the session API: subject's family name -> case ref.

    olivia: Jones (child, referral), Evans (adult, information gathering, an item);
    oscar: Hughes (adult, OFFICIAL), Rees (child, SECRET).
    """
    refs: dict[str, str] = {}
    today = date.today()
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        case = s.cases.add_case(
            [Person("Ann", "Jones", date(today.year - 10, 1, 1))],
            referral_source="Police",
            referral_date=today,
        )
        refs["Jones"] = case.ref
        case = s.cases.add_case(
            [Person("Bryn", "Evans", date(1990, 6, 1))],
            referral_source="Health",
            referral_date=today,
        )
        refs["Evans"] = case.ref
        s.cases.change_status(case.ref, CaseStatus.INFORMATION_GATHERING)
        s.cases.add_item(case.ref, agency="Police", text="A red bicycle was seen near the depot.")
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as s:
        case = s.cases.add_case(
            [Person("Carys", "Hughes", date(1985, 2, 3))],
            referral_source="Education",
            referral_date=today,
            marking=Marking.OFFICIAL,
        )
        refs["Hughes"] = case.ref
        case = s.cases.add_case(
            [Person("Dafydd", "Rees", date(today.year - 15, 3, 4))],
            referral_source="Police",
            referral_date=today,
            marking=Marking.SECRET,
        )
        refs["Rees"] = case.ref
    return refs


_SEEDED: list[tuple[Path, dict[str, str]]] = []


@pytest.fixture
def refs(vault: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """`vault` with seed_cases() applied (seeded once per run, then copied)."""
    if not _SEEDED:
        folder = tmp_path_factory.getbasetemp() / "template-seeded"
        shutil.copytree(vault, folder)
        _SEEDED.append((folder, seed_cases(folder)))
    folder, case_refs = _SEEDED[0]
    shutil.rmtree(vault)
    shutil.copytree(folder, vault)
    (vault / "vault.lock").unlink(missing_ok=True)
    return dict(case_refs)
