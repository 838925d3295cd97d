"""Build SecureDesk's offline install kit (run by packaging/build-kit on a connected machine).

    python3 packaging/build_kit.py OUT_DIR --key SECRET.key [--lock FILE]

OUT_DIR receives:

    wheels/                    SecureDesk's wheel and every runtime dependency's wheel
    requirements.txt           every wheel pinned by name, version and its file's SHA-256
    securedesk.txt             SecureDesk's own line of it (install.sh reinstalls it)
    install.sh                 the offline installer (see its header)
    verify_manifest.py         the installer's signature and hash check, standard library only
    desktop/                   desktop entry, SVG and PNG icon, AppStream metainfo
    sbom.cdx.json              CycloneDX 1.5 SBOM of what the kit installs
    README.md                  for the installing administrator
    SHA256SUMS                 SHA-256 of every file above
    SHA256SUMS.minisig         its minisign signature with SECRET.key

The dependencies come from the hash-pinned lock (packaging/requirements-*.lock): pip
downloads each with --require-hashes, so a wheel that is not the one locked stops the build.
The public key is not put in the kit: it travels separately (see packaging/README.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import uuid
import zipfile
from datetime import UTC, datetime
from email.parser import Parser
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_LOCK = HERE / "requirements-py311-linux-x86_64.lock"
APP_ID = "org.securedesk.SecureDesk"
DESKTOP_FILES = {
    HERE / "desktop" / f"{APP_ID}.desktop": f"{APP_ID}.desktop",
    HERE / "desktop" / f"{APP_ID}.metainfo.xml": f"{APP_ID}.metainfo.xml",
    ROOT / "resources" / "icons" / "securedesk.svg": "securedesk.svg",
    ROOT / "resources" / "icons" / "securedesk.png": "securedesk.png",
}
MANIFEST = "SHA256SUMS"
SIGNATURE = "SHA256SUMS.minisig"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def wheel_metadata(wheel: Path) -> dict[str, object]:
    """Name, version, licence and summary from a wheel's METADATA."""
    with zipfile.ZipFile(wheel) as z:
        meta_name = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(z.read(meta_name).decode("utf-8", "replace"), headersonly=True)
    licences = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    expression = meta.get("License-Expression") or ""
    plain = (meta.get("License") or "").strip()
    return {
        "name": meta["Name"],
        "version": meta["Version"],
        "summary": meta.get("Summary") or "",
        "license_expression": expression,
        "licenses": licences
        or ([plain] if plain and "\n" not in plain and len(plain) < 80 else []),
    }


def build_wheels(out: Path, lock: Path) -> None:
    wheels = out / "wheels"
    wheels.mkdir(parents=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--only-binary=:all:",
            "--require-hashes",
            "-r",
            str(lock),
            "-d",
            str(wheels),
        ],
        check=True,
    )


def write_requirements(out: Path) -> None:
    """Pin every wheel in the kit by its own file's hash (what install.sh installs)."""
    lines, own = [], []
    for wheel in sorted((out / "wheels").glob("*.whl")):
        meta = wheel_metadata(wheel)
        line = f"{normalise(str(meta['name']))}=={meta['version']} --hash=sha256:{sha256_of(wheel)}"
        lines.append(line)
        if normalise(str(meta["name"])) == "securedesk":
            own.append(line)
    if len(own) != 1:
        raise SystemExit("build-kit: the kit must hold exactly one SecureDesk wheel")
    (out / "requirements.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "securedesk.txt").write_text(own[0] + "\n", encoding="utf-8")


def write_sbom(out: Path) -> None:
    """CycloneDX 1.5 JSON: SecureDesk as the application, each wheel a library component."""
    components = []
    application: dict[str, object] = {}
    for wheel in sorted((out / "wheels").glob("*.whl")):
        meta = wheel_metadata(wheel)
        name, version = normalise(str(meta["name"])), str(meta["version"])
        component: dict[str, object] = {
            "type": "library",
            "bom-ref": f"pkg:pypi/{name}@{version}",
            "name": name,
            "version": version,
            "purl": f"pkg:pypi/{name}@{version}",
            "description": meta["summary"],
            "hashes": [{"alg": "SHA-256", "content": sha256_of(wheel)}],
            "externalReferences": [{"type": "distribution", "url": f"wheels/{wheel.name}"}],
        }
        if meta["license_expression"]:
            component["licenses"] = [{"expression": meta["license_expression"]}]
        elif meta["licenses"]:
            component["licenses"] = [
                {"license": {"name": lic}}
                for lic in meta["licenses"]  # type: ignore[attr-defined]
            ]
        if name == "securedesk":
            application = dict(component, type="application")
        else:
            components.append(component)
    bom = {
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "serialNumber": f"urn:uuid:{uuid.uuid4()}",
        "version": 1,
        "metadata": {
            "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
            "tools": {"components": [{"type": "application", "name": "securedesk build-kit"}]},
            "component": application,
        },
        "components": components,
        "dependencies": [
            {
                "ref": application["bom-ref"],
                "dependsOn": [c["bom-ref"] for c in components],
            }
        ],
    }
    (out / "sbom.cdx.json").write_text(json.dumps(bom, indent=2) + "\n", encoding="utf-8")


def copy_parts(out: Path) -> None:
    shutil.copy2(HERE / "kit" / "install.sh", out / "install.sh")
    (out / "install.sh").chmod(0o755)
    shutil.copy2(HERE / "kit" / "verify_manifest.py", out / "verify_manifest.py")
    shutil.copy2(HERE / "kit" / "README.md", out / "README.md")
    (out / "desktop").mkdir()
    for source, name in DESKTOP_FILES.items():
        shutil.copy2(source, out / "desktop" / name)


def write_manifest(out: Path) -> None:
    names = sorted(
        p.relative_to(out).as_posix()
        for p in out.rglob("*")
        if p.is_file() and p.name not in (MANIFEST, SIGNATURE)
    )
    text = "".join(f"{sha256_of(out / n)}  {n}\n" for n in names)
    (out / MANIFEST).write_text(text, encoding="utf-8")


def sign_manifest(out: Path, key: Path, comment: str) -> None:
    """minisign -S with the secret key (it asks for the key's password when it has one)."""
    minisign = shutil.which("minisign")
    if minisign is None:
        raise SystemExit("build-kit: the minisign command is needed to sign the manifest")
    subprocess.run(
        [
            minisign,
            "-S",
            "-s",
            str(key),
            "-m",
            str(out / MANIFEST),
            "-x",
            str(out / SIGNATURE),
            "-t",
            comment,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def version() -> str:
    text = (ROOT / "src" / "securedesk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    assert found is not None
    return found.group(1)


def finish(out: Path, key: Path) -> None:
    """Everything after the wheels: pins, SBOM, parts, manifest and signature."""
    write_requirements(out)
    write_sbom(out)
    copy_parts(out)
    write_manifest(out)
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    sign_manifest(out, key, f"securedesk {version()} install kit, built {stamp}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Build SecureDesk's offline install kit.")
    parser.add_argument("out", type=Path, help="the kit's folder (must not exist, or be empty)")
    parser.add_argument("--key", type=Path, required=True, help="minisign secret key")
    parser.add_argument("--lock", type=Path, default=DEFAULT_LOCK)
    args = parser.parse_args(argv)
    out: Path = args.out
    if out.exists() and any(out.iterdir()):
        raise SystemExit(f"build-kit: {out} is not empty")
    if not args.key.is_file():
        raise SystemExit(f"build-kit: no secret key at {args.key}")
    with tempfile.TemporaryDirectory(prefix="securedesk-kit-") as tmp:
        work = Path(tmp) / "kit"
        build_wheels(work, args.lock)
        finish(work, args.key)
        out.mkdir(parents=True, exist_ok=True)
        for item in work.iterdir():
            shutil.move(str(item), out / item.name)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    wheels = len(list((out / "wheels").glob("*.whl")))
    print(f"build-kit: {out}: {wheels} wheels, {size / 2**20:.0f} MiB, manifest signed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
