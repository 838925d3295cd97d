"""The offline kit's install.sh on a fabricated small kit: it installs with no index, and a
tampered kit stops it before anything is installed.

The kit is built by packaging/build_kit.py's own steps (pins, SBOM, parts, manifest, minisign
signature) around one small fabricated 'securedesk' wheel instead of the real 27, so each case
takes seconds; .ci/run builds and installs the real kit.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT / "packaging" / "kit"))
import build_kit  # noqa: E402
import verify_manifest  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("minisign") is None, reason="needs minisign")


def record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def fake_wheel(folder: Path, version: str = "0.0.1") -> Path:
    """A real, installable wheel 'securedesk' whose command prints its version."""
    info = f"securedesk-{version}.dist-info"
    files = {
        "fake_securedesk.py": (
            f"import sys\ndef main():\n    print('securedesk {version}')\n    sys.exit(0)\n"
        ).encode(),
        f"{info}/METADATA": (
            f"Metadata-Version: 2.1\nName: securedesk\nVersion: {version}\n"
            "Summary: fabricated for the kit tests\nLicense-Expression: LicenseRef-test\n"
        ).encode(),
        f"{info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\n"
        b"Tag: py3-none-any\n",
        f"{info}/entry_points.txt": b"[console_scripts]\nsecuredesk = fake_securedesk:main\n",
    }
    record = [record_line(n, d) for n, d in files.items()] + [f"{info}/RECORD,,"]
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    path = folder / f"securedesk-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return path


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("keys")
    secret, public = folder / "kit.key", folder / "kit.pub"
    subprocess.run(
        ["minisign", "-G", "-W", "-p", str(public), "-s", str(secret)],
        check=True,
        capture_output=True,
    )
    return secret, public


def make_kit(folder: Path, secret: Path, version: str = "0.0.1") -> Path:
    kit = folder / "kit"
    (kit / "wheels").mkdir(parents=True)
    fake_wheel(kit / "wheels", version)
    build_kit.finish(kit, secret)
    return kit


def install(
    kit: Path, prefix: Path, home: Path, public: Path, path: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {
        "HOME": str(home),
        "PATH": path or os.environ["PATH"],
        "PYTHON": sys.executable,
        # pip must not reach an index: none is named, and no configuration file is read.
        "PIP_INDEX_URL": "",
        "PIP_CONFIG_FILE": "/dev/null",
    }
    return subprocess.run(
        ["sh", str(kit / "install.sh"), "--public-key", str(public), str(prefix)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def nothing_installed(prefix: Path, home: Path) -> bool:
    return not prefix.exists() and not (home / ".local").exists()


def test_kit_contents_and_sbom(tmp_path: Path, keys: tuple[Path, Path]) -> None:
    kit = make_kit(tmp_path, keys[0])
    names = {p.relative_to(kit).as_posix() for p in kit.rglob("*") if p.is_file()}
    assert {
        "install.sh",
        "verify_manifest.py",
        "README.md",
        "requirements.txt",
        "securedesk.txt",
        "sbom.cdx.json",
        "SHA256SUMS",
        "SHA256SUMS.minisig",
        "desktop/org.securedesk.SecureDesk.desktop",
        "desktop/securedesk.svg",
        "desktop/securedesk.png",
        "wheels/securedesk-0.0.1-py3-none-any.whl",
    } <= names
    sbom = json.loads((kit / "sbom.cdx.json").read_text("utf-8"))
    assert sbom["bomFormat"] == "CycloneDX" and sbom["specVersion"] == "1.5"
    app = sbom["metadata"]["component"]
    assert (app["name"], app["version"], app["type"]) == ("securedesk", "0.0.1", "application")
    wheel = kit / "wheels" / "securedesk-0.0.1-py3-none-any.whl"
    assert app["hashes"] == [{"alg": "SHA-256", "content": build_kit.sha256_of(wheel)}]
    assert f"--hash=sha256:{build_kit.sha256_of(wheel)}" in (kit / "requirements.txt").read_text()
    # The standard-library check (a terminal without minisign) accepts the whole kit.
    trusted = verify_manifest.verify_kit(kit, keys[1].read_text("utf-8"))
    assert trusted.startswith("securedesk ") and "install kit, built" in trusted


def test_installs_offline_then_upgrades_keeping_the_vault(
    tmp_path: Path, keys: tuple[Path, Path]
) -> None:
    prefix, home = tmp_path / "opt" / "securedesk", tmp_path / "home"
    home.mkdir()
    vault = home / ".local" / "share" / "securedesk" / "vaults" / "default"
    vault.mkdir(parents=True)
    (vault / "vault.db").write_bytes(b"a vault's bytes")
    result = install(make_kit(tmp_path / "one", keys[0]), prefix, home, keys[1])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Next:" in result.stdout and "securedesk doctor" in result.stdout
    run = subprocess.run(
        [prefix / "bin" / "securedesk", "--version"], capture_output=True, text=True
    )
    assert run.stdout.strip() == "securedesk 0.0.1"
    entry = home / ".local/share/applications/org.securedesk.SecureDesk.desktop"
    assert f"Exec={prefix}/bin/securedesk" in entry.read_text("utf-8")
    assert (home / ".local/share/icons/hicolor/scalable/apps/securedesk.svg").is_file()

    result = install(make_kit(tmp_path / "two", keys[0], "0.0.2"), prefix, home, keys[1])
    assert result.returncode == 0, result.stderr
    assert "Upgrading the SecureDesk in" in result.stdout and "securedesk 0.0.1" in result.stdout
    assert "Existing vaults were not touched" in result.stdout
    run = subprocess.run(
        [prefix / "bin" / "securedesk", "--version"], capture_output=True, text=True
    )
    assert run.stdout.strip() == "securedesk 0.0.2"
    assert (vault / "vault.db").read_bytes() == b"a vault's bytes"


def tampered_wheel(kit: Path) -> str:
    wheel = next((kit / "wheels").glob("*.whl"))
    with zipfile.ZipFile(wheel, "a") as z:
        z.writestr("fake_securedesk_extra.py", "print('a payload')\n")
    return "does not match the manifest"


def added_wheel(kit: Path) -> str:
    fake_wheel(kit / "wheels", "9.9.9")
    return "which the manifest does not name"


def rehashed_manifest(kit: Path) -> str:
    """The insider who changes a wheel and writes its new hash into the manifest."""
    tampered_wheel(kit)
    build_kit.write_manifest(kit)
    return "signature does not verify"


def changed_installer(kit: Path) -> str:
    with (kit / "install.sh").open("a") as f:
        f.write("\necho owned\n")
    return "install.sh does not match the manifest"


def removed_signature(kit: Path) -> str:
    (kit / "SHA256SUMS.minisig").unlink()
    return "SHA256SUMS.minisig"


@pytest.mark.parametrize(
    "tamper", [tampered_wheel, added_wheel, rehashed_manifest, changed_installer, removed_signature]
)
@pytest.mark.parametrize("checker", ["minisign", "python"])
def test_a_tampered_kit_stops_before_anything_is_installed(
    tmp_path: Path, keys: tuple[Path, Path], tamper: object, checker: str
) -> None:
    kit = make_kit(tmp_path, keys[0])
    expected = tamper(kit)  # type: ignore[operator]
    path = None
    if checker == "python":  # a terminal without the minisign command: only these tools
        tools = tmp_path / "bin"
        tools.mkdir()
        for tool in ("sh", "dirname", "ls", "sed", "cp", "mkdir", "ln", "cat"):
            found = shutil.which(tool)
            assert found is not None
            (tools / tool).symlink_to(found)
        path = str(tools)
    prefix, home = tmp_path / "prefix", tmp_path / "home"
    home.mkdir()
    result = install(kit, prefix, home, keys[1], path)
    assert result.returncode == 4, result.stdout + result.stderr
    assert "REFUSED" in result.stderr and "Nothing was installed" in result.stderr
    if checker == "python" or tamper not in (rehashed_manifest, removed_signature):
        assert expected in result.stderr, result.stderr
    assert nothing_installed(prefix, home)


def test_another_key_is_refused(tmp_path: Path, keys: tuple[Path, Path]) -> None:
    other_secret, other_public = tmp_path / "other.key", tmp_path / "other.pub"
    subprocess.run(
        ["minisign", "-G", "-W", "-p", str(other_public), "-s", str(other_secret)],
        check=True,
        capture_output=True,
    )
    kit = make_kit(tmp_path, other_secret)
    with pytest.raises(verify_manifest.KitRefused, match="signed with key"):
        verify_manifest.verify_kit(kit, keys[1].read_text("utf-8"))
    prefix, home = tmp_path / "prefix", tmp_path / "home"
    home.mkdir()
    assert install(kit, prefix, home, keys[1]).returncode == 4
    assert nothing_installed(prefix, home)


def test_python_ed25519_agrees_with_cryptography() -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    for n in range(5):
        key = Ed25519PrivateKey.generate()
        public = key.public_key().public_bytes_raw()
        message = os.urandom(n * 7)
        signature = key.sign(message)
        assert verify_manifest.ed25519_verify(public, message, signature)
        bad = bytearray(signature)
        bad[n] ^= 1
        assert not verify_manifest.ed25519_verify(public, message, bytes(bad))
        assert not verify_manifest.ed25519_verify(public, message + b"x", signature)


def test_manifest_lines_outside_the_kit_are_refused() -> None:
    for line in (f"{'0' * 64}  ../etc/passwd", f"{'0' * 64}  /etc/passwd", "nonsense"):
        with pytest.raises(verify_manifest.KitRefused):
            verify_manifest.read_manifest(line)
